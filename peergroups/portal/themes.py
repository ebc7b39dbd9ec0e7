"""Peer-network listings for a theme page (called by ``knowledge.registry``).

Returns ``ThemeListing``-shaped objects without importing knowledge: any object
with ``key``, ``heading`` and ``items`` will do, so a small local dataclass is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from peergroups import policy as permissions
from peergroups.models import Space, SpaceKind
from peergroups.portal.queries import visible_threads


@dataclass
class ThemeListing:
    key: str
    heading: object
    items: list = field(default_factory=list)


def theme_listings(theme, ctx) -> list[ThemeListing]:
    """Groups and discussions tagged with ``theme`` that the viewer may see (two queries)."""
    groups = (
        Space.objects.filter(permissions.spaces_visible_to(ctx), themes=theme)
        .exclude(kind=SpaceKind.PORTAL)
        .distinct()
        .order_by("name")
    )
    threads = visible_threads(ctx).filter(themes=theme).distinct().order_by("-created_at", "-pk")[:10]
    return [
        ThemeListing("peer_groups", _("Groups"), list(groups)),
        ThemeListing("threads", _("Questions and dilemmas"), list(threads)),
    ]
