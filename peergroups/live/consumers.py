"""The socket consumers: a thread, a group's room, one's personal stream (and a bare bench one).

Thin on purpose: who may connect or send is asked from ``peergroups.policy``
(on connect, on every client frame, and whenever a "re-check" signal arrives),
writes go through ``room_actions``, events come from ``events``. See
``docs/LIVE_PROTOCOL.md`` for the frames.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from peergroups import policy as permissions
from search.numbers import parse_count

from ..models import Notification, Space, Thread, User
from . import events, presence, replay

logger = logging.getLogger(__name__)

#: Close code when the live service itself is unavailable (the channel layer, i.e. Redis, cannot be
#: reached): an application code (4000-4999), since daphne/autobahn refuse 1011 from a server
#: ("invalid close code") and turn it into an abrupt 1006. Clients reconnect with back-off and poll.
CLOSE_UNAVAILABLE = 4503
#: Channel-layer errors that mean "Redis is unreachable", not a bug.
LAYER_ERRORS = (ConnectionError, OSError, RedisConnectionError, RedisTimeoutError)
#: Seconds between receive attempts on a lost channel layer (while the socket is being closed).
LAYER_RETRY_SECONDS = 1.0

#: Largest client frame, in bytes, and the per-connection frame budget.
MAX_FRAME_BYTES = 8 * 1024
RATE_FRAMES = 30
RATE_WINDOW = 10.0
#: Presence frames name at most this many viewers (``count`` says how many there are).
MAX_VIEWERS_LISTED = 50


def _error_text(code: str) -> str:
    texts = {
        "malformed": _("This message could not be read."),
        "unknown_type": _("This kind of message is not known here."),
        "too_large": _("This message is too large."),
        "rate_limited": _("You are sending too many messages. Please wait a moment."),
        "forbidden": _("This is not possible here."),
    }
    return texts.get(code, _("Something went wrong."))


class LiveConsumer(AsyncWebsocketConsumer):
    """Common ground of the live streams: auth, catch-up, gap-free delivery, limits, presence."""

    with_presence = True
    frame_types: tuple[str, ...] = ("resume", "heartbeat", "typing")

    # --- the channel layer's receive loop, guarded -------------------------------------
    # Channels sets ``channel_receive`` in ``__call__`` and awaits it next to the client's
    # messages; when Redis is gone it raises, the whole consumer dies and the server drops the
    # socket abruptly (daphne logged "invalid close code" for the 1011 that followed). Through
    # this property a lost layer becomes a ``live.layer_lost`` message instead, and the socket is
    # closed with CLOSE_UNAVAILABLE, which the client answers with back-off and polling.

    @property
    def channel_receive(self):
        return self._guarded_channel_receive

    @channel_receive.setter
    def channel_receive(self, receive):
        self._layer_receive = receive
        self._layer_failures = 0

    async def _guarded_channel_receive(self):
        try:
            message = await self._layer_receive()
        except LAYER_ERRORS:
            self._layer_failures += 1
            if self._layer_failures == 1:
                logger.warning("live: channel layer lost", exc_info=True)
            else:
                await asyncio.sleep(LAYER_RETRY_SECONDS)  # no busy loop while it stays down
            return {"type": "live.layer_lost"}
        self._layer_failures = 0
        return message

    async def live_layer_lost(self, message):
        # Before ``connect`` has joined its groups there is nothing to close: joining fails too
        # and closes with the same code.
        if getattr(self, "active", False) and not getattr(self, "closing_unavailable", False):
            self.closing_unavailable = True
            await self.close(CLOSE_UNAVAILABLE)

    # --- lifecycle ------------------------------------------------------------------

    async def connect(self):
        self.stream = ""
        self.last_seq = 0
        self.joined: list[str] = []
        self.reader: replay.Reader | None = None  # the context of live pushes, kept while valid
        self.frames: deque[float] = deque()
        self.active = False
        self.last_presence: dict | None = None
        self.presence_task: asyncio.Task | None = None
        self.user = self.scope.get("user")
        # Accept first so that a refusal reaches the browser with its close code.
        await self.accept()
        code = await self.refusal()
        if code is not None:
            await self.close(code)
            return
        try:
            # The stream's own group, and the person's control group (re-checks; no events, so
            # no other stream's seq ever reaches this socket).
            for group in (events.group_name(self.stream), events.group_name(events.control_stream(self.user.pk))):
                await events.with_retry(self.channel_layer.group_add, group, self.channel_name)
                self.joined.append(group)
        except Exception:
            logger.warning("live: channel layer unavailable on connect", exc_info=True)
            await self.close(CLOSE_UNAVAILABLE)
            return
        self.active = True
        self.last_seq = await database_sync_to_async(events.latest_seq)(self.stream)
        snapshot = await self.touch_presence()
        await self.send_json(
            {
                "type": "hello",
                "stream": self.stream,
                "seq": self.last_seq,
                "me": self.user.pk,
                "presence": self.presence_payload(snapshot),
                **(await self.hello_extra()),
            }
        )
        after = self._query_after()
        if after is not None:
            await self.catch_up(after)
        await self.broadcast_presence()

    async def disconnect(self, code):
        if not getattr(self, "active", False):
            return
        self.active = False
        if self.presence_task is not None:
            self.presence_task.cancel()
        if self.with_presence:
            try:
                await presence.backend().leave(self.stream, self.channel_name, self.user.pk, self.display_name)
            except Exception:
                logger.warning("live: presence unavailable on disconnect", exc_info=True)
            else:
                await self.broadcast_presence(wait=True)
        for group in self.joined:
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception:
                logger.warning("live: could not leave %s", group, exc_info=True)

    # --- what subclasses define ----------------------------------------------------

    async def refusal(self) -> int | None:
        """Load the target, set ``self.stream``; None when allowed, else a close code."""
        raise NotImplementedError

    async def handle(self, frame: dict) -> None:
        """Frames beyond the common ones (e.g. ``room.post``)."""
        await self.error("unknown_type")

    async def hello_extra(self) -> dict:
        """More fields of the hello frame."""
        return {}

    # --- helpers -------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        return self.user.display_name

    def fresh_user(self):
        """The account as it is now (status and activity may have changed since the socket opened)."""
        user = self.scope.get("user")
        if not getattr(user, "is_authenticated", False):
            return None
        self.user = User.objects.select_related("profile").filter(pk=user.pk).first()
        return self.user

    def _query_after(self) -> int | None:
        values = parse_qs(self.scope.get("query_string", b"").decode("latin-1")).get("after")
        if not values:
            return None
        return parse_count(values[0])

    def _language(self) -> str:
        cookie = (self.scope.get("cookies") or {}).get(settings.LANGUAGE_COOKIE_NAME)
        return cookie if cookie in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    async def send_json(self, payload: dict) -> None:
        await self.send(text_data=json.dumps(payload, separators=(",", ":")))

    async def error(self, code: str, message: str = "") -> None:
        if not message:
            with translation.override(self._language()):
                message = _error_text(code)
        await self.send_json({"type": "error", "code": code, "message": str(message)})

    def _within_rate(self) -> bool:
        now = time.monotonic()
        while self.frames and self.frames[0] < now - RATE_WINDOW:
            self.frames.popleft()
        if len(self.frames) >= RATE_FRAMES:
            return False
        self.frames.append(now)
        return True

    # --- catch-up and delivery -------------------------------------------------------

    def _stored_for_reader(self, after: int, *, limit: int = events.CATCH_UP_LIMIT, upto: int | None = None):
        """Stored events of this stream, as this reader may see them now (``replay``)."""
        rows = events.stored_after(self.stream, after, limit=limit, upto=upto)
        return rows, replay.for_reader(permissions.reader_context(self.user), rows)

    async def catch_up(self, after: int) -> None:
        rows, payloads = await database_sync_to_async(self._stored_for_reader)(after, limit=events.CATCH_UP_LIMIT + 1)
        if len(rows) > events.CATCH_UP_LIMIT:
            await self.send_json({"type": "resync", "stream": self.stream, "seq": self.last_seq})
            return
        for payload in payloads:
            await self.send_json(payload)
            self.last_seq = max(self.last_seq, payload["seq"])

    async def live_event(self, message):
        if not self.active or message.get("stream", self.stream) != self.stream:
            return  # seqs count per stream: another stream's event never moves this one's
        seq = message["seq"]
        if seq <= self.last_seq:
            return  # already sent (catch-up, or a duplicate publish)
        if seq > self.last_seq + 1:  # a gap: an earlier event's publish was lost or is late
            _rows, missing = await database_sync_to_async(self._stored_for_reader)(self.last_seq, upto=seq - 1)
            for earlier in missing:
                await self.send_json(earlier)
        # Asked again for this reader now; unchanged, it goes out as serialised once for everyone.
        if self.reader is None or self.reader.user is not self.user:
            self.reader = replay.Reader(self.user)
        payload = await replay.pushed_for(self.reader, message)
        if payload is message["payload"]:
            await self.send(text_data=message["text"])
        else:
            await self.send_json(payload)
        self.last_seq = seq

    async def live_recheck(self, message):
        """Something changed (membership, visibility, hidden thread): may this socket stay?"""
        if not self.active:
            return
        code = await self.refusal()
        if code is not None:
            await self.close(code)
            await self.disconnect(code)

    # --- presence ------------------------------------------------------------------------

    def presence_payload(self, snapshot) -> dict:
        if snapshot is None:
            return {"viewers": [], "typing": [], "count": 0}
        return {
            "viewers": [{"id": uid, "name": name} for uid, name in snapshot.viewers[:MAX_VIEWERS_LISTED]],
            "typing": [{"id": uid, "name": name} for uid, name in snapshot.typing],
            "count": len(snapshot.viewers),
        }

    async def touch_presence(self):
        if not self.with_presence:
            return None
        try:
            await presence.backend().touch(self.stream, self.channel_name, self.user.pk, self.display_name)
            return await presence.backend().snapshot(self.stream)
        except Exception:
            logger.warning("live: presence unavailable", exc_info=True)
            return None

    async def broadcast_presence(self, *, wait: bool = False) -> None:
        """Send the stream's presence, as read now, to every socket on it — at most once per
        ``presence.BROADCAST_WINDOW`` per stream (all processes together). A change that finds the
        window taken is sent by a retry after the window (``wait``: retry here, else in a task);
        if that retry finds it taken again, the newer broadcast read the state after our change."""
        if not self.with_presence:
            return
        backend = presence.backend()
        try:
            if not await backend.claim_broadcast(self.stream):
                if not wait:
                    self._presence_later()
                    return
                await asyncio.sleep(presence.BROADCAST_WINDOW + 0.1)
                if not await backend.claim_broadcast(self.stream):
                    return
            payload = self.presence_payload(await backend.snapshot(self.stream))
            await self.channel_layer.group_send(
                events.group_name(self.stream), {"type": "live.presence", "presence": payload}
            )
        except Exception:
            logger.warning("live: could not broadcast presence", exc_info=True)

    def _presence_later(self) -> None:
        if self.presence_task is None or self.presence_task.done():
            self.presence_task = asyncio.ensure_future(self._broadcast_after_window())

    async def _broadcast_after_window(self) -> None:
        if self.active:
            await self.broadcast_presence(wait=True)

    async def live_presence(self, message):
        if self.active:
            self.last_presence = message["presence"]
            await self.send_json({"type": "presence", **message["presence"]})

    # --- client frames ---------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None):
        if not self.active:
            return
        if not self._within_rate():
            await self.error("rate_limited")
            return
        raw = text_data if text_data is not None else bytes_data
        size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw or b"")
        if size > MAX_FRAME_BYTES:
            await self.error("too_large")
            return
        try:
            frame = json.loads(raw)
        except (TypeError, ValueError):
            await self.error("malformed")
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
            await self.error("malformed")
            return
        # Every frame is allowed only while the socket itself still is.
        code = await self.refusal()
        if code is not None:
            await self.close(code)
            await self.disconnect(code)
            return
        kind = frame["type"]
        if kind == "resume":
            after = frame.get("after")
            if isinstance(after, bool) or not isinstance(after, int) or after < 0:
                await self.error("malformed")
                return
            await self.catch_up(after)
        elif kind == "heartbeat":
            # With the stream's seq: a client that is behind (a lost tail) asks to resume.
            latest = await database_sync_to_async(events.latest_seq)(self.stream)
            await self.send_json({"type": "heartbeat", "seq": latest})
            snapshot = await self.touch_presence()
            if snapshot is not None and self.presence_payload(snapshot) != self.last_presence:
                await self.broadcast_presence()  # someone's heartbeat expired meanwhile
        elif kind == "typing":
            if not self.with_presence:
                await self.error("forbidden")
                return
            await self.typing()
        else:
            await self.handle(frame)

    async def typing(self) -> None:
        try:
            await presence.backend().typing(self.stream, self.user.pk, self.display_name)
        except Exception:
            logger.warning("live: presence unavailable", exc_info=True)
            return
        await self.broadcast_presence()


class ThreadConsumer(LiveConsumer):
    """``/ws/threads/<thread_id>/``: the events of one thread, for whoever may read it."""

    async def refusal(self) -> int | None:
        thread_id = self.scope["url_route"]["kwargs"]["thread_id"]
        self.stream = events.thread_stream(thread_id)
        return await database_sync_to_async(self._refusal)(thread_id)

    def _refusal(self, thread_id: int) -> int | None:
        thread = Thread.objects.select_related("space").filter(pk=thread_id).first()
        self.thread = thread
        return permissions.live_thread_refusal(permissions.fresh_context(self.fresh_user()), thread)

    def presence_payload(self, snapshot) -> dict:
        payload = super().presence_payload(snapshot)
        thread = getattr(self, "thread", None)
        if thread is not None and thread.is_anonymous:
            with translation.override(self._language()):
                anonymous = str(_("Anonymous member"))
            payload["viewers"] = [v for v in payload["viewers"] if v["id"] != thread.author_id]
            if snapshot is not None and any(uid == thread.author_id for uid, _name in snapshot.viewers):
                payload["count"] -= 1  # not even "one more viewer" betrays the asker
            payload["typing"] = [
                {"id": None, "name": anonymous} if t["id"] == thread.author_id else t for t in payload["typing"]
            ]
        return payload


class RoomConsumer(LiveConsumer):
    """``/ws/spaces/<space_id>/room/``: a group's live room (peer group, working group, resultancy team)."""

    frame_types = LiveConsumer.frame_types + ("room.post",)

    async def refusal(self) -> int | None:
        space_id = self.scope["url_route"]["kwargs"]["space_id"]
        self.stream = events.room_stream(space_id)
        return await database_sync_to_async(self._refusal)(space_id)

    def _refusal(self, space_id: int) -> int | None:
        self.space = Space.objects.filter(pk=space_id).first()
        return permissions.live_room_refusal(permissions.fresh_context(self.fresh_user()), self.space)

    async def handle(self, frame: dict) -> None:
        if frame["type"] != "room.post":
            await self.error("unknown_type")
            return
        body, client_id = frame.get("body"), frame.get("client_id")
        if not isinstance(body, str) or not isinstance(client_id, (str, type(None))):
            await self.error("malformed")
            return
        try:
            message = await database_sync_to_async(self._post)(body, client_id)
        except PermissionDenied:
            await self.error("forbidden")
            return
        except ValidationError as exc:
            await self.error("invalid", " ".join(str(m) for m in exc.messages))
            return
        await self.send_json({"type": "ack", "client_id": client_id, "object_id": message.pk})

    def _post(self, body: str, client_id):
        from peergroups.live import room_actions

        if self.space is None:
            raise PermissionDenied
        with translation.override(self._language()):
            try:
                return room_actions.do_post(self.user, self.space, body=body, client_id=client_id)
            except ValidationError as exc:
                raise ValidationError([str(m) for m in exc.messages])


class PersonalConsumer(LiveConsumer):
    """``/ws/me/``: one's own notifications and unread counter. No presence."""

    with_presence = False
    frame_types = ("resume", "heartbeat")

    async def refusal(self) -> int | None:
        user = self.scope.get("user")
        if not getattr(user, "is_authenticated", False):
            return permissions.LIVE_NOT_LOGGED_IN
        self.stream = events.user_stream(user.pk)
        return await database_sync_to_async(self._refusal)()

    def _refusal(self) -> int | None:
        return permissions.live_personal_refusal(permissions.fresh_context(self.fresh_user()))

    async def hello_extra(self) -> dict:
        return {"unread": await database_sync_to_async(self._unread)()}

    def _unread(self) -> int:
        return Notification.objects.filter(
            permissions.notifications_visible_to(permissions.context_for(self.user)), read_at__isnull=True
        ).count()


class BareBenchConsumer(AsyncWebsocketConsumer):
    """The bench's ceiling: no auth, no database; forwards every group message. Routed only when
    ``LIVE_BENCH_BARE`` is set."""

    group = "bench.bare"

    async def connect(self):
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(self.group, self.channel_name)

    async def bench_message(self, message):
        await self.send(text_data=message["text"])
