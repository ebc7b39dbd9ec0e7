"""Error pages in the platform's layout, in the person's language."""

from django.shortcuts import render


def permission_denied(request, exception=None):
    reason = str(exception) if exception and str(exception) else ""
    return render(request, "errors/403.html", {"reason": reason}, status=403)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # Plain render without request context processors that might be what failed.
    return render(request, "errors/500.html", status=500)
