"""Redis as a cache that may be down: an outage turns reads into misses and writes into no-ops.

Sessions (``cached_db``), the page cache and fragment caches all use the default cache. With
the plain ``RedisCache`` a Redis outage would make every request fail; this cache keeps
posting over HTTP working while Redis is down (the database stays the source of truth).
Errors are logged at most once per ``LOG_EVERY`` seconds per process.
"""

from __future__ import annotations

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
LOG_EVERY = 30.0
_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)
#: What each operation answers while Redis is down.
_FALLBACKS = {
    "get": lambda *a, **k: k.get("default", a[1] if len(a) > 1 else None),
    "get_many": lambda *a, **k: {},
    "has_key": lambda *a, **k: False,
    "add": lambda *a, **k: False,
    "set": lambda *a, **k: None,
    "set_many": lambda keys, *a, **k: list(keys),
    "touch": lambda *a, **k: False,
    "delete": lambda *a, **k: False,
    "delete_many": lambda *a, **k: None,
    "clear": lambda *a, **k: False,
}
_last_log = 0.0


def _tolerant(name: str, method):
    fallback = _FALLBACKS[name]

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        global _last_log
        try:
            return method(self, *args, **kwargs)
        except _DOWN:
            if time.monotonic() - _last_log > LOG_EVERY:
                _last_log = time.monotonic()
                logger.warning("cache: Redis unavailable, serving without cache", exc_info=True)
            return fallback(*args, **kwargs)

    return wrapper


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, with one ``redis.Redis`` per connection pool instead of one per command.

    Django builds a new ``redis.Redis`` for every cache call (a fifth of a millisecond each,
    several per request); the client is thread-safe and holds no connection of its own
    (the pool does), so one per pool serves every call.
    """

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)  # type: ignore[attr-defined]  # Django's private helper
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)  # type: ignore[attr-defined]
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        options.setdefault("socket_connect_timeout", 1)
        options.setdefault("socket_timeout", 1)
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient


for _name in _FALLBACKS:
    setattr(ResilientRedisCache, _name, _tolerant(_name, getattr(RedisCache, _name)))
