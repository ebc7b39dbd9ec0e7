"""Attach the user's permission context to every request (built lazily)."""

from django.utils.functional import SimpleLazyObject

from .permissions import context_for


class PermissionContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.permissions = SimpleLazyObject(lambda: context_for(request.user))
        return self.get_response(request)
