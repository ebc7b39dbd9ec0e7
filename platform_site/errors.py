"""Error pages in the platform's layout, in the person's language."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string


def permission_denied(request, exception=None):
    reason = str(exception) if exception and str(exception) else ""
    return render(request, "errors/403.html", {"reason": reason}, status=403)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # Rendered without the request: its session, user or context processors may be what failed
    # (e.g. the database is unreachable), and the error page must not fail in turn.
    return HttpResponseServerError(render_to_string("errors/500.html"))
