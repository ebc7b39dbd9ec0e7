"""View helpers: refusals as the login page, the members-only page or one 404."""

from __future__ import annotations

from functools import wraps

from django.shortcuts import render

from peergroups.policy.context import LoginRequired, MembersOnly
from peergroups.policy.people import require_member


def members_only(view):
    """Decorator for views that need an admitted member.

    Anonymous visitors are sent to the login page; pending accounts get a 403
    page that says why, in the platform's style.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        ctx = request.permissions
        if not ctx.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        try:
            require_member(ctx)
        except MembersOnly as exc:
            return render(request, "peergroups/members_only.html", {"reason": exc.reason}, status=403)
        return view(request, *args, **kwargs)

    return wrapped


def policy_view(view):
    """Decorator: turn the policy's refusals into the right response.

    ``LoginRequired`` sends a visitor to the login page, ``MembersOnly`` shows
    the pending account why; other ``PermissionDenied`` go to the 403 page with
    their reason, and ``Http404`` to the one not-found page.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except LoginRequired:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        except MembersOnly as exc:
            return render(request, "peergroups/members_only.html", {"reason": exc.reason}, status=403)

    return wrapped


def login_required_here(view):
    """Decorator: any logged-in account (pending included)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.permissions.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped
