"""Site-wide template context: platform name and the main navigation."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from . import page_cache

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


def _navigation(request):
    items = []
    for name, label in NAVIGATION:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": request.path.startswith(url)})
    return items


def platform(request):
    return {
        "platform": {
            "name": settings.WAGTAIL_SITE_NAME,
            "mode": settings.PLATFORM_MODE,
            "navigation": _navigation(request),
        },
        # For {% cache %} fragments of content that is the same for every viewer: a write changes it.
        # A callable, so only pages that use it ask the cache.
        "content_version": page_cache.content_version,
    }
