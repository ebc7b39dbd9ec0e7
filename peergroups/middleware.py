"""Attach the user's permission context to every request (built lazily, inputs from peergroups.user_cache)."""

from django.utils.functional import SimpleLazyObject

from .permissions import request_context


class PermissionContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.permissions = SimpleLazyObject(lambda: request_context(request.user))
        return self.get_response(request)
