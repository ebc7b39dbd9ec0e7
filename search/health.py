"""Health of the search backend, for /healthz."""

from elasticsearch import ApiError, TransportError

from . import connection


def check() -> dict:
    """Return {"ok": bool, "backend": ..., "detail": ...}; never raises."""
    if not connection.is_configured():
        return {"ok": True, "backend": "database", "detail": "database fallback (embedded default)"}
    try:
        health = connection.get_client().options(request_timeout=2).cluster.health()
    except (TransportError, ApiError, OSError) as exc:
        return {"ok": False, "backend": "elasticsearch", "detail": f"unreachable: {type(exc).__name__}"}
    status = health.get("status")
    return {
        "ok": status in ("green", "yellow"),
        "backend": "elasticsearch",
        "detail": f"cluster status {status}",
    }
