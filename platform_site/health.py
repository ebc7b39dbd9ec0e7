"""/healthz: the state of the database, the channel layer and the search backend.

200 when every required part is up, 503 naming the failing part(s) otherwise.
All three parts are required; in the embedded default they are SQLite, the
in-memory channel layer and the database search fallback.
"""

import asyncio
import time

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django.http import JsonResponse

from search import health as search_health


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return {"ok": True, "backend": connection.vendor}
    except Exception as exc:  # any driver error means "down"
        return {"ok": False, "backend": connection.vendor, "detail": type(exc).__name__}


async def _channel_layer() -> dict:
    layer = get_channel_layer()
    backend = type(layer).__name__ if layer else "none"
    if layer is None:
        return {"ok": False, "backend": backend, "detail": "no channel layer configured"}
    try:

        async def round_trip():
            channel = await layer.new_channel("healthz.")
            await layer.send(channel, {"type": "healthz.ping", "at": time.time()})
            return await layer.receive(channel)

        message = await asyncio.wait_for(round_trip(), timeout=2.0)
        return {"ok": message.get("type") == "healthz.ping", "backend": backend}
    except Exception as exc:  # connection refused, timeout, ...
        return {"ok": False, "backend": backend, "detail": type(exc).__name__}


async def healthz(request):
    parts = {
        "database": await sync_to_async(_database, thread_sensitive=True)(),
        "channel_layer": await _channel_layer(),
        "search": await sync_to_async(search_health.check, thread_sensitive=False)(),
    }
    failing = sorted(name for name, part in parts.items() if not part["ok"])
    body = {
        "status": "ok" if not failing else "unavailable",
        "mode": settings.PLATFORM_MODE,
        "failing": failing,
        "parts": parts,
    }
    return JsonResponse(body, status=503 if failing else 200)
