"""Who is watching a stream and who is typing: in Redis, so every server process agrees.

Two sorted sets per stream, scored by the time of the last sign of life:
``live:p:<stream>`` holds one member per connection (``user_id|connection|name``,
refreshed by heartbeats), ``live:t:<stream>`` one per typist (``user_id|name``).
Reading drops entries older than their time-to-live, and the keys themselves
expire, so connections of a crashed process disappear on their own.
Without ``REDIS_URL`` (the embedded default) the same rules run in-process.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from dataclasses import dataclass

from django.conf import settings

#: A viewer without a heartbeat for this long is gone; typing shows this long after the last keystroke signal.
VIEWER_TTL = 60.0
TYPING_TTL = 5.0
KEY_TTL = 120  # seconds: leftovers of a crashed process vanish with the key
#: At most one presence broadcast per stream per this many seconds, across all processes: with
#: hundreds of sockets on one thread, a broadcast per join would cost n² deliveries.
BROADCAST_WINDOW = 1.0


@dataclass(frozen=True)
class Snapshot:
    viewers: tuple[tuple[int, str], ...]
    typing: tuple[tuple[int, str], ...]


def _viewers(members) -> tuple[tuple[int, str], ...]:
    seen: dict[int, str] = {}
    for member in members:
        user_id, _conn, name = member.split("|", 2)
        seen.setdefault(int(user_id), name)
    return tuple(sorted(seen.items()))


def _typists(members) -> tuple[tuple[int, str], ...]:
    found = {}
    for member in members:
        user_id, name = member.split("|", 1)
        found[int(user_id)] = name
    return tuple(sorted(found.items()))


class RedisPresence:
    def __init__(self, url: str):
        self.url = url
        self._clients: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def _client(self):
        import redis.asyncio as aioredis

        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = aioredis.from_url(self.url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2)
            self._clients[loop] = client
        return client

    async def touch(self, stream: str, conn: str, user_id: int, name: str) -> None:
        key = f"live:p:{stream}"
        pipe = self._client().pipeline()
        pipe.zadd(key, {f"{user_id}|{conn}|{name}": time.time()})
        pipe.expire(key, KEY_TTL)
        await pipe.execute()

    async def leave(self, stream: str, conn: str, user_id: int, name: str) -> None:
        client = self._client()
        await client.zrem(f"live:p:{stream}", f"{user_id}|{conn}|{name}")
        await client.zrem(f"live:t:{stream}", f"{user_id}|{name}")

    async def typing(self, stream: str, user_id: int, name: str) -> None:
        key = f"live:t:{stream}"
        pipe = self._client().pipeline()
        pipe.zadd(key, {f"{user_id}|{name}": time.time()})
        pipe.expire(key, KEY_TTL)
        await pipe.execute()

    async def claim_broadcast(self, stream: str) -> bool:
        """True for the one caller (of any process) that may broadcast this stream's presence now."""
        return bool(await self._client().set(f"live:pb:{stream}", "1", nx=True, px=int(BROADCAST_WINDOW * 1000)))

    async def snapshot(self, stream: str) -> Snapshot:
        now = time.time()
        pipe = self._client().pipeline()
        pipe.zremrangebyscore(f"live:p:{stream}", "-inf", now - VIEWER_TTL)
        pipe.zremrangebyscore(f"live:t:{stream}", "-inf", now - TYPING_TTL)
        pipe.zrange(f"live:p:{stream}", 0, -1)
        pipe.zrange(f"live:t:{stream}", 0, -1)
        _a, _b, viewers, typists = await pipe.execute()
        return Snapshot(_viewers(viewers), _typists(typists))


class MemoryPresence:
    """The in-process fallback of the embedded default (one server process)."""

    def __init__(self):
        self._viewers: dict[str, dict[str, float]] = {}
        self._typing: dict[str, dict[str, float]] = {}
        self._claims: dict[str, float] = {}

    async def claim_broadcast(self, stream: str) -> bool:
        now = time.monotonic()
        if self._claims.get(stream, 0.0) > now:
            return False
        self._claims[stream] = now + BROADCAST_WINDOW
        return True

    async def touch(self, stream: str, conn: str, user_id: int, name: str) -> None:
        self._viewers.setdefault(stream, {})[f"{user_id}|{conn}|{name}"] = time.time()

    async def leave(self, stream: str, conn: str, user_id: int, name: str) -> None:
        self._viewers.get(stream, {}).pop(f"{user_id}|{conn}|{name}", None)
        self._typing.get(stream, {}).pop(f"{user_id}|{name}", None)

    async def typing(self, stream: str, user_id: int, name: str) -> None:
        self._typing.setdefault(stream, {})[f"{user_id}|{name}"] = time.time()

    async def snapshot(self, stream: str) -> Snapshot:
        now = time.time()
        for store, ttl in ((self._viewers, VIEWER_TTL), (self._typing, TYPING_TTL)):
            entries = store.get(stream, {})
            for member in [m for m, at in entries.items() if at < now - ttl]:
                del entries[member]
        return Snapshot(_viewers(self._viewers.get(stream, {})), _typists(self._typing.get(stream, {})))


_backend: RedisPresence | MemoryPresence | None = None


def backend() -> RedisPresence | MemoryPresence:
    global _backend
    if _backend is None:
        url = getattr(settings, "REDIS_URL", "")
        _backend = RedisPresence(url) if url else MemoryPresence()
    return _backend
