"""The live event log and its fan-out.

``record`` writes a ``LiveEvent`` inside the caller's transaction (gap-free
``seq`` per stream) and publishes it to the stream's channel group only after
commit: a rolled-back write leaves neither a row nor a message. Publishing is
best effort — when the channel layer (Redis) is down the failure is logged,
the HTTP request still succeeds, and clients catch up from the table.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import threading
from collections.abc import Sequence
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from ..models import LiveEvent, LiveStream

logger = logging.getLogger(__name__)

#: Seconds a publish may take before it is given up (the event stays in the log), and the
#: delays of the background retries after a failed one.
PUBLISH_TIMEOUT = 3.0
PUBLISH_RETRY_DELAYS = (0.5, 2.0, 8.0)
#: Most events one catch-up sends over a socket; beyond this the client reloads.
CATCH_UP_LIMIT = 500
#: Days the event log keeps events for catch-up (``manage.py live_prune_events``).
KEEP_DAYS = 14


def thread_stream(thread_id: int) -> str:
    return f"thread:{thread_id}"


def room_stream(space_id: int) -> str:
    return f"room:{space_id}"


def user_stream(user_id: int) -> str:
    return f"user:{user_id}"


def control_stream(user_id: int) -> str:
    """The control channel of one person's sockets (re-check signals only, never events): every
    socket of theirs joins it, whatever its stream, so its seq space stays its own."""
    return f"control:user:{user_id}"


def group_name(stream: str) -> str:
    """The channel-layer group of a stream ("thread:12" → "live.thread.12")."""
    return "live." + stream.replace(":", ".")


def _next_seq(stream: str) -> int:
    """Bump the stream's counter; the row stays locked until the transaction ends (gap-free)."""
    table = LiveStream._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (name, last_seq) VALUES (%s, 1) "  # noqa: S608 (table name is ours)
            f"ON CONFLICT (name) DO UPDATE SET last_seq = {table}.last_seq + 1 RETURNING last_seq",
            [stream],
        )
        return int(cursor.fetchone()[0])


#: Largest event frame, in bytes (daphne and autobahn close a socket over 1 MiB with 1011). A bigger
#: event is stored and sent as a "reload this item" marker (``fit``); the client fetches the item.
MAX_EVENT_BYTES = 256 * 1024
#: Fields of an event that never carry content (a marker or a redacted event keeps these only).
ENVELOPE = ("type", "stream", "seq", "kind", "object_id", "version", "at")
NEUTRAL_FIELDS = ("parent_id", "root_id", "reply_count", "status", "locked", "previous_id", "unread")


def frame_text(payload: dict) -> str:
    return json.dumps(payload, separators=(",", ":"))


def fit(payload: dict) -> dict:
    """The payload itself, or, when its frame would exceed ``MAX_EVENT_BYTES``, a "reload" marker:
    the envelope and neutral fields, ``reload: true`` (the client fetches the item instead)."""
    if len(frame_text(payload).encode("utf-8")) <= MAX_EVENT_BYTES:
        return payload
    marker = {name: payload[name] for name in (*ENVELOPE, *NEUTRAL_FIELDS) if name in payload}
    marker["reload"] = True
    return marker


def wire_message(payload: dict, sources: dict | None = None) -> dict:
    """The channel-layer message of an event: its stream and seq (for de-duplication), what it
    depends on (each socket asks the policy for its reader, ``replay``) and the frame's text,
    serialised once here rather than once per socket."""
    return {
        "type": "live.event",
        "stream": payload["stream"],
        "seq": payload["seq"],
        "payload": payload,
        "sources": sources or {},
        "text": frame_text(payload),
    }


def latest_seq(stream: str) -> int:
    return LiveStream.objects.filter(name=stream).values_list("last_seq", flat=True).first() or 0


_deferred = threading.local()


@contextlib.contextmanager
def recorded_at_end():
    """Inside this block ``record`` and ``record_many`` only collect their events; they are written
    when the block ends without an error, in the order they were recorded.

    Writing an event locks its stream's counter row until commit, so every other write to that
    stream waits from then on. An action that announces early and then does much more work (a
    reply notifies its followers) wraps that work in this block: everything is prepared first and
    the contended rows are locked only at the end, just before commit. Callable field values are
    still called with the seq, i.e. at the end. Nested blocks write with the outermost one.
    """
    if getattr(_deferred, "events", None) is not None:
        yield
        return
    _deferred.events = []
    try:
        yield
        pending = _deferred.events
    finally:
        _deferred.events = None
    for write, args, kwargs in pending:
        write(*args, **kwargs)


def _defer(write, *args, **kwargs) -> bool:
    """Collect a write while ``recorded_at_end`` is active; False when it must happen now."""
    pending = getattr(_deferred, "events", None)
    if pending is None:
        return False
    pending.append((write, args, kwargs))
    return True


def record(
    stream: str, kind: str, *, object_id: int | None = None, sources: dict | None = None, **fields: Any
) -> LiveEvent | None:
    """Store an event of ``stream`` in the current transaction and publish it after commit
    (``None``: collected by ``recorded_at_end``, written when that block ends).

    ``sources``: the objects the event shows (``{"thread": 12, "reply": 34}``, see ``replay``).
    A callable field value is called with the event's seq (e.g. a fragment that carries its version).
    """
    if _defer(record, stream, kind, object_id=object_id, sources=sources, **fields):
        return None
    sources = sources or {}
    with transaction.atomic():
        seq = _next_seq(stream)
        fields = {name: value(seq) if callable(value) else value for name, value in fields.items()}
        payload = {
            "type": "event",
            "stream": stream,
            "seq": seq,
            "kind": kind,
            "object_id": object_id,
            "version": seq,
            "at": timezone.now().isoformat(),
            **fields,
        }
        payload = fit(payload)
        event = LiveEvent.objects.create(
            stream=stream, seq=seq, kind=kind, object_id=object_id, payload=payload, sources=sources
        )
        message = wire_message(payload, sources)
        transaction.on_commit(lambda: publish(stream, message))
    return event


def _next_seqs(streams: list[str]) -> dict[str, int]:
    """``_next_seq`` for several distinct streams in one statement (rows locked in name order)."""
    table = LiveStream._meta.db_table
    names = sorted(streams)
    values = ", ".join(["(%s, 1)"] * len(names))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (name, last_seq) VALUES {values} "  # noqa: S608 (placeholders only)
            f"ON CONFLICT (name) DO UPDATE SET last_seq = {table}.last_seq + 1 RETURNING name, last_seq",
            names,
        )
        return {name: int(seq) for name, seq in cursor.fetchall()}


def record_many(items: Sequence[tuple[str, str, int | None, dict]]) -> list[LiveEvent]:
    """Several events of *different* streams (``(stream, kind, object_id, fields)``) in three queries,
    e.g. one notification per recipient; published after commit in the given order. A ``sources``
    entry of ``fields`` is what the event shows (as for ``record``)."""
    if not items or _defer(record_many, items):
        return []
    streams = [stream for stream, *_rest in items]
    if len(set(streams)) != len(streams):  # the same stream twice: one by one keeps seq right
        recorded = [record(stream, kind, object_id=oid, **fields) for stream, kind, oid, fields in items]
        return [event for event in recorded if event is not None]
    with transaction.atomic():
        seqs = _next_seqs(streams)
        now = timezone.now().isoformat()
        rows = []
        for stream, kind, object_id, given in items:
            seq = seqs[stream]
            fields = dict(given)
            sources = fields.pop("sources", None) or {}
            payload = {
                "type": "event",
                "stream": stream,
                "seq": seq,
                "kind": kind,
                "object_id": object_id,
                "version": seq,
                "at": now,
                **fields,
            }
            rows.append(
                LiveEvent(stream=stream, seq=seq, kind=kind, object_id=object_id, payload=fit(payload), sources=sources)
            )
        created = LiveEvent.objects.bulk_create(rows)
        messages = [(row.stream, wire_message(row.payload, row.sources)) for row in rows]
        transaction.on_commit(lambda: publish_many(messages))
    return created


def redact(stream: str, object_id: int) -> int:
    """Erase the stored html of an object's earlier events (it was hidden): catch-up never restores it."""
    changed = 0
    for event in LiveEvent.objects.filter(stream=stream, object_id=object_id):
        if event.payload.get("html"):
            event.payload["html"] = ""
            event.save(update_fields=["payload"])
            changed += 1
    return changed


def stored_after(
    stream: str, after: int, *, limit: int = CATCH_UP_LIMIT, upto: int | None = None
) -> list[tuple[dict, dict]]:
    """``(payload, sources)`` of the stored events with ``seq > after`` (and ``<= upto``), in order:
    the raw log. Whatever sends them to a reader goes through ``replay.for_reader``."""
    rows = LiveEvent.objects.filter(stream=stream, seq__gt=after)
    if upto is not None:
        rows = rows.filter(seq__lte=upto)
    return list(rows.order_by("seq").values_list("payload", "sources")[:limit])


def events_after(stream: str, after: int, *, limit: int = CATCH_UP_LIMIT, upto: int | None = None) -> list[dict]:
    """The stored payloads with ``seq > after`` (and ``<= upto``), in order, as recorded (for no reader)."""
    return [payload for payload, _sources in stored_after(stream, after, limit=limit, upto=upto)]


def prune(*, days: int = KEEP_DAYS) -> int:
    """Delete events older than ``days`` (a client away that long reloads the page instead)."""
    cutoff = timezone.now() - dt.timedelta(days=days)
    deleted, _per_model = LiveEvent.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def recheck_stream(stream: str) -> None:
    """After commit: every socket on the stream re-checks its permission (e.g. the thread was hidden)."""
    transaction.on_commit(lambda: publish(stream, {"type": "live.recheck"}))


def recheck_user(user_id: int) -> None:
    """After commit: every socket of this person re-checks its permission (e.g. removed from a group)."""
    transaction.on_commit(lambda: publish(control_stream(user_id), {"type": "live.recheck"}))


async def with_retry(operation, *args):
    """Run a channel-layer call; once more after a connection error (a pooled connection that
    died with a Redis restart is dropped by the first attempt)."""
    try:
        return await operation(*args)
    except (ConnectionError, OSError, RedisConnectionError):
        await asyncio.sleep(0.05)
        return await operation(*args)


def _retry_later(stream: str, message: dict, attempt: int) -> None:
    if attempt <= len(PUBLISH_RETRY_DELAYS):
        retry = threading.Timer(
            PUBLISH_RETRY_DELAYS[attempt - 1], publish, args=(stream, message), kwargs={"attempt": attempt + 1}
        )
        retry.daemon = True
        retry.start()


def publish_many(items: Sequence[tuple[str, dict]]) -> None:
    """Publish messages to *different* streams concurrently, in one hop to the event loop."""
    layer = get_channel_layer()
    if layer is None or not items:
        return

    async def send_all() -> list:
        sends = [
            asyncio.wait_for(with_retry(layer.group_send, group_name(stream), message), timeout=PUBLISH_TIMEOUT)
            for stream, message in items
        ]
        return await asyncio.gather(*sends, return_exceptions=True)

    try:
        results = async_to_sync(send_all)()
    except Exception as exc:  # the loop hop itself failed
        results = [exc] * len(items)
    for (stream, message), result in zip(items, results, strict=True):
        if isinstance(result, BaseException):
            logger.warning("live: could not publish to %s (attempt 1): %r", stream, result)
            _retry_later(stream, message, 1)


def publish(stream: str, message: dict, *, attempt: int = 1) -> bool:
    """Send a message to the stream's group now; False (and a log line) when the layer is down.

    A failed publish is tried again in the background (``PUBLISH_RETRY_DELAYS``): sockets drop
    what they already have by seq, and whatever is still lost is recovered by catch-up (the
    heartbeat answer carries the stream's seq, so even a lost tail is noticed).
    """
    layer = get_channel_layer()
    if layer is None:
        return False

    async def send() -> None:
        await asyncio.wait_for(with_retry(layer.group_send, group_name(stream), message), timeout=PUBLISH_TIMEOUT)

    try:
        async_to_sync(send)()
    except Exception:  # Redis down, timeout, …: the event stays in the log for catch-up
        logger.warning("live: could not publish to %s (attempt %s)", stream, attempt, exc_info=True)
        _retry_later(stream, message, attempt)
        return False
    return True
