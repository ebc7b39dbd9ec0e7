"""Shared page bodies: the main content of a knowledge page is the same for every viewer.

Knowledge pages are public (``visible_pages_q``) and their templates show
nothing of the person looking, so the rendered body (between the header and
the footer of ``base.html``) is cached once for everybody, keyed by the page,
the address with its query (finder facets), the language and the *content
version*. The version comes from the request (``request.content_version``, set
by ``platform_site.page_cache``'s middleware, which changes it on every write),
so a published, edited or unpublished page is never served stale. The header,
which does depend on the viewer, is rendered fresh on every request.

Not cached: previews, htmx partials, and requests without a content version.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.utils import translation

TIMEOUT = 600


def body_key(request, page) -> str | None:
    version_of = getattr(request, "content_version", None)
    if version_of is None or request.method != "GET" or getattr(request, "is_preview", False):
        return None
    if request.headers.get("HX-Request"):
        return None
    raw = "|".join([str(page.pk), str(version_of()), request.get_full_path(), translation.get_language() or ""])
    return "knowledge-body:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_body(request, page) -> str | None:
    """The cached body of ``page`` for this request, or None (then remember where to store it)."""
    key = body_key(request, page)
    request.shared_body_key = key
    return cache.get(key) if key else None


def store(request, html: str) -> None:
    key = getattr(request, "shared_body_key", None)
    if key:
        cache.set(key, html, TIMEOUT)
