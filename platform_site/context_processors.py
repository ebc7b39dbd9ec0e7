"""Site-wide template context: platform name and the main navigation."""

import functools

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import gettext_lazy as _

from peergroups.caching import versions

# The main navigation, in order. A section appears once its app serves the URL,
# so the menu never links to a page that does not exist.
NAVIGATION = [
    ("knowledge:index", _("Knowledge base")),
    ("peergroups:portal", _("Help portal")),
    ("peergroups:peer_group_list", _("Peer groups")),
    ("peergroups:working_group_list", _("Working groups")),
    ("resultancy:overview", _("Resultancy teams")),
    ("peergroups:organisation_list", _("Organisations")),
    ("search:search", _("Search")),
]


@functools.cache
def _navigation_urls(script_prefix: str, urlconf) -> tuple:
    """``(url, label)`` of each section, reversed once per URL configuration (not once per request)."""
    found = []
    for name, label in NAVIGATION:
        try:
            found.append((reverse(name, urlconf=urlconf), label))
        except NoReverseMatch:
            continue
    return tuple(found)


def _navigation(request):
    urls = _navigation_urls(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    return [{"url": url, "label": label, "current": request.path.startswith(url)} for url, label in urls]


def platform(request):
    return {
        "platform": {
            "name": settings.WAGTAIL_SITE_NAME,
            "mode": settings.PLATFORM_MODE,
            "navigation": _navigation(request),
        },
        # For {% cache %} fragments of content that is the same for every viewer: a write changes it.
        # A callable, so only pages that use it ask the cache.
        "content_version": getattr(request, "content_version", versions.content_version),
    }
