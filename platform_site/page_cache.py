"""Whole-page cache for anonymous visitors, and the content version that invalidates it.

Only requests that cannot belong to anybody in particular are served from the
cache: a GET without a session cookie (so no logged-in member, no pending
messages), with no cookie but the CSRF and language cookies. What such a
visitor sees depends only on the address, the language and the htmx headers;
those make up the key. Logged-in members are always rendered fresh (they get
fragment caches inside the pages instead).

Correctness rests on the *content version*: every ORM write (``post_save``,
``post_delete``, ``m2m_changed`` of any model but sessions and task rows) sets
a new version, and a cached page only counts when it was stored under the
current one. So a reply that is hidden, a space that becomes secret or a page
that is unpublished disappears from every cached page at the next request.
Writes that bypass the signals (``QuerySet.update``) are caught by the time
limit, ``settings.PAGE_CACHE_SECONDS`` (the thread view counter is such a
write: anonymous views are counted when the page is rendered, not on hits).

One renderer per page: when a write has renewed the version (or the time limit
has passed), the visitors asking for the same page at that moment do not all
render it. The first takes a short lock and renders; the others wait a moment
for its result (``FILL_WAIT_SECONDS``) and render themselves only if it does not
come. So a burst of visitors after a write costs one rendering, not one each.

Redirects are cached too (a members-only page sends a visitor to the login
page): the answer is the same for every visitor and follows the same version.

CSRF tokens: the stored page holds a placeholder where the rendering request's
tokens were; each hit puts in a token of its own visitor (and so sets the CSRF
cookie as an uncached page would).
"""

from __future__ import annotations

import hashlib
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token

from peergroups.caching import versions

CSRF_PLACEHOLDER = "__PAGE_CACHE_CSRF_TOKEN__"
#: Paths that are never cached: admin, accounts, health, language switch, files.
EXCLUDED_PREFIXES = ("/cms/", "/django-admin/", "/account/", "/healthz", "/i18n/", "/jsi18n/", "/static/",
                     "/media/", "/documenten/", "/ws/")
#: Models whose writes do not change what visitors see.
IGNORED_APPS = {"sessions", "django_tasks_db", "admin"}
#: How long a visitor waits for another request that is rendering the same page.
FILL_WAIT_SECONDS = 2.0
FILL_POLL_SECONDS = 0.01
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")


# --- content version ------------------------------------------------------------------
# Created and bumped in peergroups.caching.versions; set anew by every ORM write here.


def _on_write(sender, **kwargs):
    if sender._meta.app_label not in IGNORED_APPS:
        versions.bump_content()


def connect_signals() -> None:
    post_save.connect(_on_write, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_write, dispatch_uid="page_cache_post_delete")
    m2m_changed.connect(_on_write, dispatch_uid="page_cache_m2m_changed")


# --- the middleware -----------------------------------------------------------------


def _cacheable_request(request) -> bool:
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    if request.method != "GET" or request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return set(request.COOKIES) <= allowed


def _key(request) -> str:
    parts = "|".join(
        [
            request.get_host(),
            request.get_full_path(),
            getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
            request.headers.get("HX-Request", ""),
            request.headers.get("HX-Target", ""),
        ]
    )
    return "page-cache:page:" + hashlib.sha256(parts.encode()).hexdigest()


def _cacheable_response(request, response) -> bool:
    if response.streaming:
        return False
    if response.status_code in (301, 302):
        if not response.get("Location"):
            return False
    elif response.status_code != 200 or not response.get("Content-Type", "").startswith(
        ("text/html", "application/json")
    ):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _strip_tokens(request, body: str) -> str:
    """Replace this request's CSRF tokens in ``body`` by the placeholder."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return body

    def swap(match):
        token = match.group(0)
        return CSRF_PLACEHOLDER if _unmask_cipher_token(token) == secret else token

    return _TOKEN.sub(swap, body)


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors (see the module docstring).

    Sits after the session, locale, CSRF and authentication middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # For the fragment caches of content that is the same for every viewer (e.g. knowledge.shared_cache).
        request.content_version = versions.request_content_version()
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        found = cache.get_many([versions.CONTENT_VERSION_KEY, key])
        version = found.get(versions.CONTENT_VERSION_KEY) or versions.content_version()
        request.content_version = versions.request_content_version(version)
        entry = found.get(key)
        if _current(entry, version):
            return _from_entry(request, entry)
        if entry is not None and entry.get("uncacheable") == version:
            # This page was not storable (e.g. search results, marked private): nothing to
            # wait for, every visitor renders it.
            return self.get_response(request)
        lock = f"{key}:filling:{version}"
        if not cache.add(lock, 1, int(FILL_WAIT_SECONDS) + 1):
            entry = _wait_for_fill(key, version)
            if entry is not None:
                return _from_entry(request, entry)
        try:
            response = self.get_response(request)
            if _cacheable_response(request, response):
                cache.set(key, _entry(request, response, version), settings.PAGE_CACHE_SECONDS)
                response["X-Page-Cache"] = "miss"
            else:
                cache.set(key, {"uncacheable": version}, settings.PAGE_CACHE_SECONDS)
        finally:
            cache.delete(lock)
        return response


def _current(entry, version) -> bool:
    return entry is not None and entry.get("version") == version


def _wait_for_fill(key: str, version: str):
    """The entry another request is rendering right now, or None when it does not come in time
    (or that rendering turned out not to be storable)."""
    deadline = time.monotonic() + FILL_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(FILL_POLL_SECONDS)
        entry = cache.get(key)
        if _current(entry, version):
            return entry
        if entry is not None and entry.get("uncacheable") == version:
            return None
    return None


def _entry(request, response, version: str) -> dict:
    if response.status_code != 200:
        return {"version": version, "status": response.status_code, "location": response["Location"]}
    charset = response.charset or "utf-8"
    body = _strip_tokens(request, response.content.decode(charset))
    return {"version": version, "body": body, "content_type": response["Content-Type"]}


def _from_entry(request, entry) -> HttpResponse:
    if "location" in entry:
        response = HttpResponse(status=entry["status"])
        response["Location"] = entry["location"]
    else:
        body = entry["body"]
        if CSRF_PLACEHOLDER in body:
            body = body.replace(CSRF_PLACEHOLDER, get_token(request))
        response = HttpResponse(body, content_type=entry["content_type"])
    response["X-Page-Cache"] = "hit"
    return response
