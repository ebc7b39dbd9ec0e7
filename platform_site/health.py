"""/healthz: the state of the database, the channel layer, the search backend and the worker.

200 when every required part is up, 503 naming the failing part(s) otherwise.
All parts are required; in the embedded default they are SQLite, the
in-memory channel layer, the database search fallback and immediate tasks.

The ``worker`` part (when tasks run on a worker, ``manage.py run_worker``): the age of its
heartbeat, of the oldest task waiting to run and of the oldest pending search outbox row; it fails
when the heartbeat is older than ``WORKER_MAX_HEARTBEAT_AGE`` or a queue older than
``WORKER_MAX_QUEUE_AGE`` seconds, so a dead worker does not leave /healthz at 200.
"""

import asyncio
import time

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone

from search import health as search_health


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return {"ok": True, "backend": connection.vendor}
    except Exception as exc:  # any driver error means "down"
        return {"ok": False, "backend": connection.vendor, "detail": type(exc).__name__}


#: Cache key of the worker's heartbeat (a Unix time), written by ``run_worker`` on every loop.
HEARTBEAT_KEY = "worker:heartbeat"


def _age(moment) -> float | None:
    return None if moment is None else round((timezone.now() - moment).total_seconds(), 1)


def tasks_on_worker() -> bool:
    """Whether tasks wait for a worker (the database backend) or run at once (immediate)."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.compat import task_backends

    return isinstance(task_backends["default"], DatabaseBackend)


def _worker() -> dict:
    from django_tasks_db.models import DBTaskResult

    from search.models import IndexOutbox

    if not tasks_on_worker():
        return {"ok": True, "backend": "immediate"}
    max_beat, max_queue = thresholds()["heartbeat"], thresholds()["queue"]
    try:
        beat = cache.get(HEARTBEAT_KEY)
        heartbeat_age = None if beat is None else round(time.time() - float(beat), 1)
        oldest_task = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True)
        task_age = _age(oldest_task.first())
        oldest_row = IndexOutbox.objects.filter(processed_at__isnull=True).order_by("created_at")
        outbox_age = _age(oldest_row.values_list("created_at", flat=True).first())
    except Exception as exc:
        return {"ok": False, "backend": "database", "detail": type(exc).__name__}
    problems = []
    if heartbeat_age is None or heartbeat_age > max_beat:
        problems.append("no heartbeat" if heartbeat_age is None else "heartbeat too old")
    if task_age is not None and task_age > max_queue:
        problems.append("tasks waiting too long")
    if outbox_age is not None and outbox_age > max_queue:
        problems.append("search outbox waiting too long")
    part = {
        "ok": not problems,
        "backend": "database",
        "heartbeat_age": heartbeat_age,
        "oldest_task_age": task_age,
        "oldest_outbox_age": outbox_age,
    }
    if problems:
        part["detail"] = ", ".join(problems)
    return part


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


def thresholds() -> dict:
    """Seconds after which the worker counts as failing (heartbeat; oldest task or outbox row)."""
    return {
        "heartbeat": getattr(settings, "WORKER_MAX_HEARTBEAT_AGE", 60),
        "queue": getattr(settings, "WORKER_MAX_QUEUE_AGE", 300),
    }


async def check_parts() -> dict:
    """Every part's state; what /healthz answers and the system-status page shows."""
    return {
        "database": await sync_to_async(_database, thread_sensitive=True)(),
        "channel_layer": await _channel_layer(),
        "search": await sync_to_async(search_health.check, thread_sensitive=False)(),
        "worker": await sync_to_async(_worker, thread_sensitive=True)(),
    }


async def healthz(request):
    parts = await check_parts()
    failing = sorted(name for name, part in parts.items() if not part["ok"])
    body = {
        "status": "ok" if not failing else "unavailable",
        "mode": settings.PLATFORM_MODE,
        "failing": failing,
        "parts": parts,
    }
    return JsonResponse(body, status=503 if failing else 200)
