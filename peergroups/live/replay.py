"""Stored live events for one reader, now: the one place every delivery path goes through.

A ``LiveEvent`` names what it shows (``sources``: ``{"thread": 12, "reply": 34}``, recorded by
``announce``; for rows without them the stream and the kind imply them). Socket catch-up, gap
filling, the live push to each socket and HTTP polling all hand their payloads to
``for_reader``, which loads those objects as they are now and asks the policy
(``peergroups.policy``) about each of them for this reader:

- the stream's own object (the thread, the room's group) not visible: only the envelope goes out
  (kind, ids, seq — the seq space stays gap-free, nothing is told);
- an item not visible (a hidden reply, a hidden room message, poll results before one voted):
  its content fields go, the neutral ones (counts of the thread, ids) stay, ``redacted: true``;
- a notification is rendered again from its row for its recipient (``notification_kinds``, the
  same rules as the notification list and the e-mails), so a revoked invitation, a removal, a
  hidden reply or a group made secret turns it into the neutral sentence everywhere.

Then ``events.fit``: a frame over the size limit becomes a "reload this item" marker.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from channels.db import database_sync_to_async

from peergroups import policy as permissions
from peergroups.caching import versions as cache_versions
from peergroups.notifications import kinds as notification_kinds

from ..models import Notification, Poll, PollVote, Reply, RoomMessage, Space, Thread
from . import events, fragments

#: Seconds the objects loaded for one pushed event are shared by the sockets of this process.
SHARED_SECONDS = 2.0


@dataclass(frozen=True)
class Source:
    """One kind of object an event can show: how to load it and whether a reader may see it."""

    load: Callable[[set[int]], dict[int, object]]
    #: ``visible(ctx, obj, facts)``; ``facts``: what ``reader_facts`` found for this reader.
    visible: Callable[..., bool]
    #: "stream": the stream's own object (nothing of the event is told without it); "item": one item.
    scope: str = "item"
    reader_facts: Callable[..., set] | None = None


def _in_bulk(queryset_factory):
    return lambda ids: queryset_factory().in_bulk(sorted(ids))


def _voted_polls(ctx, poll_ids: set[int]) -> set:
    if ctx.user_id is None:
        return set()
    return set(
        PollVote.objects.filter(poll_id__in=sorted(poll_ids), user_id=ctx.user_id).values_list("poll_id", flat=True)
    )


#: The registry: every name an event may give in ``sources``.
SOURCES: dict[str, Source] = {
    "thread": Source(
        _in_bulk(lambda: Thread.objects.select_related("space")),
        lambda ctx, thread, facts: permissions.can_view_thread(ctx, thread),
        scope="stream",
    ),
    "space": Source(
        _in_bulk(Space.objects.all),
        lambda ctx, space, facts: permissions.can_join_room(ctx, space),
        scope="stream",
    ),
    "reply": Source(
        _in_bulk(lambda: Reply.objects.select_related("thread__space")),
        lambda ctx, reply, facts: permissions.can_view_reply(ctx, reply),
    ),
    "poll": Source(
        _in_bulk(lambda: Poll.objects.select_related("thread__space")),
        lambda ctx, poll, facts: permissions.can_see_poll_results(ctx, poll, has_voted=poll.pk in facts),
        reader_facts=_voted_polls,
    ),
    "room_message": Source(
        _in_bulk(lambda: RoomMessage.objects.select_related("space")),
        lambda ctx, message, facts: permissions.can_see_room_message(ctx, message),
    ),
    "notification": Source(
        _in_bulk(lambda: Notification.objects.select_related("actor", "space")),
        lambda ctx, notification, facts: notification.recipient_id == ctx.user_id,
    ),
}

_IMPLIED_BY_KIND = {
    "reply.created": "reply",
    "reply.unhidden": "reply",
    "reply.edited": "reply",
    "reply.voted": "reply",
    "poll.updated": "poll",
    "room.message": "room_message",
    "notification.created": "notification",
}


def sources_of(payload: dict, recorded: dict | None) -> dict[str, int]:
    """What the event shows: as recorded, plus what its stream and kind imply (rows stored before
    events named their sources)."""
    found = {name: int(pk) for name, pk in (recorded or {}).items() if pk is not None and name in SOURCES}
    kind_of_stream, _sep, stream_id = str(payload.get("stream", "")).partition(":")
    if kind_of_stream == "thread" and stream_id.isdigit():
        found.setdefault("thread", int(stream_id))
    elif kind_of_stream == "room" and stream_id.isdigit():
        found.setdefault("space", int(stream_id))
    implied = _IMPLIED_BY_KIND.get(payload.get("kind", ""))
    if implied and payload.get("object_id") is not None:
        found.setdefault(implied, int(payload["object_id"]))
    return found


_shared: dict[tuple[str, int], tuple[float, dict]] = {}


def _load(wanted: dict[str, set[int]], shared_key: tuple[str, int] | None) -> dict[str, dict[int, object]]:
    """The objects, one query per kind; for a pushed event loaded once per process (``shared_key``)."""
    now = time.monotonic()
    if shared_key is not None:
        hit = _shared.get(shared_key)
        if hit is not None and now - hit[0] < SHARED_SECONDS:
            return hit[1]
    loaded = {name: SOURCES[name].load(ids) for name, ids in wanted.items()}
    if shared_key is not None:
        for key in [key for key, (at, _objects) in _shared.items() if now - at >= SHARED_SECONDS]:
            _shared.pop(key, None)
        _shared[shared_key] = (now, loaded)
    return loaded


def _envelope(payload: dict, *, neutral: bool) -> dict:
    names = (*events.ENVELOPE, *events.NEUTRAL_FIELDS) if neutral else events.ENVELOPE
    kept = {name: payload[name] for name in names if name in payload}
    if kept != payload:
        kept["redacted"] = True
    return kept


def for_reader(ctx, rows: list[tuple[dict, dict]], *, shared: bool = False) -> list[dict]:
    """The payloads of ``rows`` (``(payload, sources)``) as this reader may receive them now, in order.

    A payload that needs no change is returned as the same object (a socket then sends the text
    serialised once for everyone). ``shared``: one pushed event, whose objects the sockets of this
    process load once.
    """
    if not rows:
        return []
    named = [sources_of(payload, recorded) for payload, recorded in rows]
    wanted: dict[str, set[int]] = defaultdict(set)
    for sources in named:
        for name, pk in sources.items():
            wanted[name].add(pk)
    shared_key = (rows[0][0].get("stream", ""), rows[0][0].get("seq", 0)) if shared and len(rows) == 1 else None
    loaded = _load(wanted, shared_key)
    facts = {
        name: source.reader_facts(ctx, wanted[name])
        for name, source in SOURCES.items()
        if source.reader_facts is not None and wanted.get(name)
    }
    notifications = [
        obj for obj in loaded.get("notification", {}).values() if getattr(obj, "recipient_id", None) == ctx.user_id
    ]
    targets = notification_kinds.load_targets(notifications) if notifications else {}

    out = []
    for (payload, _recorded), sources in zip(rows, named, strict=True):
        out.append(events.fit(_decide(ctx, payload, sources, loaded, facts, targets)))
    return out


def _decide(ctx, payload: dict, sources: dict[str, int], loaded, facts, targets) -> dict:
    stream = str(payload.get("stream", ""))
    if stream.startswith("user:") and stream != events.user_stream(ctx.user_id or 0):
        return _envelope(payload, neutral=False)  # someone else's personal stream
    item_hidden = False
    for name, pk in sources.items():
        source = SOURCES[name]
        obj = loaded.get(name, {}).get(pk)
        if obj is not None and source.visible(ctx, obj, facts.get(name, set())):
            continue
        if source.scope == "stream":
            return _envelope(payload, neutral=False)
        item_hidden = True
    if item_hidden:
        return _envelope(payload, neutral=True)
    notification_id = sources.get("notification")
    if notification_id is not None:
        notification = loaded["notification"][notification_id]  # visible above, so loaded
        # Rendered for this reader now: the policy of the notification list and the e-mails.
        return {**payload, "html": fragments.notification_html(notification, ctx.user, targets, ctx)}
    if payload.get("kind") in PER_READER_REPLY_KINDS and payload.get("html") and "reply" in sources:
        reply = _full_reply(loaded, sources["reply"])
        if reply is not None:
            # The reader's own buttons, asked of the policy now: the <article> a reload would show.
            version = int(payload.get("seq") or 0)
            return {**payload, "html": fragments.reply_html_for(ctx, reply, reply.thread, version=version)}
    return payload


#: Events whose reply ``<article>`` is rendered again for each reader, with that reader's buttons.
PER_READER_REPLY_KINDS = ("reply.created", "reply.unhidden")


def _full_reply(loaded: dict, reply_id: int):
    """The reply as its ``<article>`` needs it, loaded once per ``loaded`` (for a pushed event: once
    for the sockets of this process)."""
    full = loaded.setdefault("_full_reply", {})
    if reply_id not in full:
        full[reply_id] = fragments.load_reply(reply_id)
    return full[reply_id]


# --- the live push: one decision round per pushed event and process ---------------------------

#: Seconds a pushed event waits for the other sockets of this process to ask about it too.
PUSH_BATCH_SECONDS = 0.002


class Reader:
    """One socket's reader: the user and the permission context last built for them.

    The context is used again while the user's permission versions (``peergroups.caching.versions``) are the same
    ones it was built under; any write that changes what the policy knows of them bumps a version,
    so the next event builds it anew (as ``permissions.reader_context`` would).
    """

    def __init__(self, user):
        self.user = user
        self.ctx = None
        self.versions: tuple | None = None

    def context(self, versions) -> permissions.PermissionContext:
        if self.ctx is None or versions is None or versions != self.versions:
            self.ctx = permissions.reader_context(self.user)
            self.versions = versions
        return self.ctx


_pending: dict[tuple[str, int], list[tuple[Reader, asyncio.Future]]] = {}


def _decide_pushed(readers: list[Reader], message: dict) -> list[dict | None]:
    """``for_reader`` of one pushed event for several sockets: their users' versions in one round
    trip, each context reused while its versions hold, the event's objects loaded once."""
    versions = cache_versions.permission_versions(reader.user.pk for reader in readers)
    row = [(message["payload"], message.get("sources"))]
    decided = [for_reader(reader.context(versions.get(reader.user.pk)), row, shared=True)[0] for reader in readers]
    # ``None``: unchanged — each socket then sends its own copy as serialised once by the publisher.
    return [None if payload is message["payload"] else payload for payload in decided]


async def _decide_batch(key: tuple[str, int], message: dict) -> None:
    batch = _pending.pop(key, [])
    if not batch:
        return
    try:
        results = await database_sync_to_async(_decide_pushed)([reader for reader, _future in batch], message)
    except Exception as error:  # noqa: BLE001 (every waiting socket gets the error, none hangs)
        for _reader, future in batch:
            if not future.done():
                future.set_exception(error)
        return
    for (_reader, future), payload in zip(batch, results, strict=True):
        if not future.done():
            future.set_result(payload)


async def pushed_for(reader: Reader, message: dict) -> dict:
    """The pushed ``message``'s payload as ``reader`` may receive it now (``for_reader``).

    The sockets of one process that receive the same event within ``PUSH_BATCH_SECONDS`` are
    decided together in one thread hop, so a push to N sockets costs a few rounds, not N.
    """
    loop = asyncio.get_running_loop()
    key = (str(message["payload"].get("stream", "")), int(message["payload"].get("seq", 0)))
    future: asyncio.Future = loop.create_future()
    batch = _pending.get(key)
    if batch is None:
        batch = _pending[key] = []
        loop.call_later(PUSH_BATCH_SECONDS, lambda: asyncio.ensure_future(_decide_batch(key, message)))
    batch.append((reader, future))
    decided = await future
    return message["payload"] if decided is None else decided
