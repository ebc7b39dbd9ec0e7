"""Wagtail's front-end URLs with a cached route: the site, the page and its view restrictions.

Wagtail finds the page of an address with a query per level of the tree plus
one for the site and two for the view restrictions — on every request, for every
viewer. None of that depends on who is looking, so :func:`serve` keeps the result
in the cache, keyed by the host, the path and the *content version*
(``request.content_version``, set by ``platform_site.page_cache``'s middleware;
every ORM write changes it: publishing, unpublishing, moving a page, adding or
removing a view restriction). A route stored before such a write is never read
again. What is cached:

* the ``Site`` of the host (what ``Site.find_for_request`` returns);
* the route result (the specific page with its parents, as ``route()`` left them,
  or "no page": a 404);
* the page's view restriction rows. Whether *this* viewer passes them is decided
  on every request by Wagtail's own ``check_view_restrictions`` hook.

Wagtail's ``serve`` then runs as usual with the route it finds on the request:
``before_serve_page`` and ``on_serve_page`` hooks, ``page.serve``. Requests
without a content version (no middleware) and non-GET requests route as before.
"""

from __future__ import annotations

import hashlib
import pickle

from django.core.cache import cache
from django.http import Http404
from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

#: Seconds a route stays cached at most (any write retires it at once through the content version).
TIMEOUT = 600
_NO_PAGE = "no-page"


def _key(request, path: str) -> str | None:
    version_of = getattr(request, "content_version", None)
    if version_of is None or request.method not in ("GET", "HEAD"):
        return None
    language = translation.get_language() or ""
    raw = "|".join([str(version_of()), request._get_raw_host(), str(request.get_port()), language, path])
    return "knowledge-route:" + hashlib.sha256(raw.encode()).hexdigest()


def _route_and_store(request, path: str, key: str) -> None:
    site = Site.find_for_request(request)
    route = Page.route_for_request(request, path)
    restrictions = list(route[0].get_view_restrictions()) if route is not None else []
    entry = (site, route if route is not None else _NO_PAGE, restrictions)
    try:
        pickle.dumps(entry)
    except Exception:  # a page holding something that does not pickle: just not cached
        return
    cache.set(key, entry, TIMEOUT)
    if route is not None:
        _use_restrictions(route[0], restrictions)


def _use_restrictions(page, restrictions: list) -> None:
    """Let Wagtail's view-restriction hook read these rows instead of querying them again."""
    page.get_view_restrictions = lambda: restrictions


def route(request, path: str):
    """The page at ``path`` (or None), from the cache when it can; leaves the route on the request."""
    key = _key(request, path)
    if key is None:
        found = Page.route_for_request(request, path)
        return found[0] if found is not None else None
    try:
        entry = cache.get(key)
    except Exception:  # noqa: BLE001 (an entry that no longer unpickles, e.g. after a deploy: route afresh)
        entry = None
    if entry is None:
        _route_and_store(request, path, key)
    else:
        site, found, restrictions = entry
        request._wagtail_site = site
        request._wagtail_route_for_request = None if found == _NO_PAGE else found
        if found != _NO_PAGE:
            _use_restrictions(found[0], restrictions)
    found = request._wagtail_route_for_request
    return found[0] if found is not None else None


def serve(request, path):
    """Wagtail's ``serve`` on the cached route (its hooks and ``page.serve`` run as always)."""
    if route(request, path) is None:
        raise Http404
    return wagtail_views.serve(request, path)


# Wagtail's own front-end URLs, with this serve in place of Wagtail's (same pattern and name).
urlpatterns = [
    re_path(pattern.pattern.regex.pattern, serve, name="wagtail_serve")
    if getattr(pattern, "name", None) == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]
