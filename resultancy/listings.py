"""What resultancy shows elsewhere: theme-page listings and the team sections of a space page."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from knowledge.registry import ThemeListing

from . import permissions as team_permissions
from .models import Deliverable, ResultancyTeam


@dataclass
class _Item:
    title: str
    url: str
    summary: str = ""

    def get_absolute_url(self) -> str:
        return self.url


def theme_listings(theme, ctx) -> list[ThemeListing]:
    """Teams on a theme and their published deliverables, as far as the viewer may see them."""
    teams = list(
        ResultancyTeam.objects.filter(team_permissions.teams_visible_to(ctx), space__themes=theme)
        .select_related("space")
        .distinct()
        .order_by("space__name")
    )
    team_items = [_Item(t.title, t.get_absolute_url(), t.goal) for t in teams]
    deliverables = (
        Deliverable.objects.filter(team__in=teams, status=Deliverable.Status.PUBLISHED)
        .select_related("team__space", "knowledge_page")
        .order_by("title")
    )
    deliverable_items = []
    for d in deliverables:
        page = d.knowledge_page
        url = page.url if page is not None and page.live and page.url else d.get_absolute_url()
        deliverable_items.append(_Item(d.title, url, d.summary))
    return [
        ThemeListing("resultancy_teams", _("Resultancy teams"), team_items),
        ThemeListing("resultancy_deliverables", _("Results of resultancy teams"), deliverable_items),
    ]


def team_section_context(request, space) -> dict:
    team = ResultancyTeam.objects.filter(space=space).first()
    return {"team": team}
