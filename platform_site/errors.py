"""Error pages in the platform's layout, in the person's language."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from peergroups.policy.second_factor import SecondFactorRequired, second_factor_page

#: Seconds a client or proxy is asked to wait after a database outage answer (503).
RETRY_AFTER_SECONDS = 30


def permission_denied(request, exception=None):
    reason = str(exception) if exception and str(exception) else ""
    if isinstance(exception, SecondFactorRequired) or getattr(
        getattr(request, "permissions", None), "powers_withheld", False
    ):
        # A powerful role without its second factor: lead to the set-up rather than a dead end.
        return second_factor_page(request, reason)
    return render(request, "errors/403.html", {"reason": reason}, status=403)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def database_unavailable(exception: BaseException | None) -> bool:
    """Whether the error (or one it was raised from) is a lost or refused database connection."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, OperationalError | InterfaceError):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def server_error(request):
    # Rendered without the request: its session, user or context processors may be what failed
    # (e.g. the database is unreachable), and the error page must not fail in turn.
    # Django calls this handler inside its ``except`` block, so the exception is sys.exc_info().
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return HttpResponseServerError(render_to_string("errors/500.html"))


def service_unavailable(request) -> HttpResponse:
    """503 with Retry-After: proxies and monitors can tell an outage from a bug."""
    response: HttpResponse
    if wants_json(request):
        response = JsonResponse(
            {"error": "service_unavailable", "detail": "database unreachable", "retry_after": RETRY_AFTER_SECONDS},
            status=503,
        )
    else:
        response = HttpResponse(render_to_string("errors/503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
