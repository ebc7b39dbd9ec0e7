"""Attach the user's permission context to every request (built lazily, inputs from
peergroups.caching.user_cache), and keep the admins closed to powerful accounts without a second factor."""

import functools

from django.contrib.auth.middleware import AuthenticationMiddleware
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from peergroups.caching.user_cache import request_user
from peergroups.policy import request_context, second_factor


class PermissionContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.permissions = SimpleLazyObject(lambda: request_context(request.user))
        return self.get_response(request)


class CachedUserAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's authentication middleware, with the user row from ``user_cache.request_user``."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: request_user(request))


class SecondFactorAdminGateMiddleware:
    """The Wagtail admin (/cms/) and Django's admin only for holders of a second factor.

    Whoever would enter them without one gets the page that leads to the set-up; with an
    authenticator the admins work as before. After the permission context and the user.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(_admin_prefixes()) and second_factor.admin_access_withheld(request.user):
            return second_factor.second_factor_page(request)
        return self.get_response(request)


@functools.cache
def _admin_prefixes() -> tuple[str, ...]:
    return (reverse("wagtailadmin_home"), reverse("admin:index"))
