"""The system-status page: the facts of /healthz for people, in their language.

The same parts as /healthz (``health.check_parts``), the same verdict (503 when a part fails,
with ``Retry-After``), and never more than /healthz shows: backend names, states, exception class
names and ages — no URLs, hosts or credentials. The page is rendered in the site's layout; when
that layout cannot be rendered (it reads the session and the user, so the database may be what is
down) a plain page with the same table is answered instead.
"""

from asgiref.sync import sync_to_async
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .errors import RETRY_AFTER_SECONDS
from .health import check_parts, thresholds


def _labels() -> dict:
    return {
        "database": _("Database"),
        "channel_layer": _("Live updates (channel layer)"),
        "search": _("Search"),
        "worker": _("Background worker"),
    }


def _seconds(value) -> str:
    return _("unknown") if value is None else _("%(n)s s") % {"n": value}


def _worker_facts(part: dict) -> list[dict]:
    """Rows for the worker's ages, each with the threshold it is judged by."""
    if part.get("backend") != "database":
        return []
    limits = thresholds()
    return [
        {
            "label": _("Last heartbeat"),
            "value": _("none") if part.get("heartbeat_age") is None else _seconds(part.get("heartbeat_age")),
            "limit": _seconds(limits["heartbeat"]),
        },
        {
            "label": _("Oldest queued task"),
            "value": _("none waiting") if part.get("oldest_task_age") is None else _seconds(part["oldest_task_age"]),
            "limit": _seconds(limits["queue"]),
        },
        {
            "label": _("Oldest search update waiting"),
            "value": _("none waiting")
            if part.get("oldest_outbox_age") is None
            else _seconds(part["oldest_outbox_age"]),
            "limit": _seconds(limits["queue"]),
        },
    ]


def status_context(parts: dict) -> dict:
    labels = _labels()
    rows = [
        {
            "name": name,
            "label": labels[name],
            "ok": part["ok"],
            "backend": part.get("backend", ""),
            "detail": part.get("detail", ""),
            "facts": _worker_facts(part) if name == "worker" else [],
        }
        for name, part in parts.items()
    ]
    return {"rows": rows, "all_ok": all(row["ok"] for row in rows)}


def _render(request, context: dict, status: int) -> HttpResponse:
    try:
        return render(request, "platform_site/system_status.html", context, status=status)
    except (OperationalError, InterfaceError):
        return HttpResponse(render_to_string("platform_site/system_status_plain.html", context), status=status)


async def system_status(request):
    context = status_context(await check_parts())
    status = 200 if context["all_ok"] else 503
    response = await sync_to_async(_render, thread_sensitive=True)(request, context, status)
    response["Cache-Control"] = "no-store"
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
