"""Attach the user's permission context to every request (built lazily, inputs from peergroups.caching.user_cache)."""

from django.contrib.auth.middleware import AuthenticationMiddleware
from django.utils.functional import SimpleLazyObject

from peergroups.caching.user_cache import request_user
from peergroups.policy import request_context


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
