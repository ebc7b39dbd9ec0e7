"""Read-side helpers: pledged capacity and the gap, teams looking for people, issue counts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone

from . import lifecycle
from . import permissions as team_permissions
from .models import Pledge, ResultancyTeam, StrategicIssue


@dataclass
class Capacity:
    requested: int
    total: int
    pending: int
    by_organisation: list[tuple[str, int]] = field(default_factory=list)

    @property
    def gap(self) -> int:
        return max(0, self.requested - self.total)

    @property
    def percent(self) -> int:
        if not self.requested:
            return 100
        return min(100, round(100 * self.total / self.requested))


def capacity(team: ResultancyTeam, today=None) -> Capacity:
    """Accepted hours per month per organisation (pledges not yet ended), the total and the gap."""
    today = today or timezone.localdate()
    per_org: dict[str, int] = defaultdict(int)
    pending = 0
    for pledge in team.pledges.select_related("organisation").filter(ends_on__gte=today):
        if pledge.status == Pledge.Status.ACCEPTED:
            per_org[pledge.organisation.name] += pledge.hours_per_month
        elif pledge.status == Pledge.Status.PENDING:
            pending += pledge.hours_per_month
    rows = sorted(per_org.items(), key=lambda item: (-item[1], item[0]))
    return Capacity(team.requested_hours, sum(per_org.values()), pending, rows)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def expertise_still_needed(team: ResultancyTeam) -> list[str]:
    """Wanted expertise that no accepted pledge covers yet."""
    covered: set[str] = set()
    for text in team.pledges.filter(status=Pledge.Status.ACCEPTED).values_list("expertise", flat=True):
        covered |= _words(text)
    return [name for name in sorted(team.wanted_expertise.names()) if name.lower() not in covered]


@dataclass
class Wanted:
    team: ResultancyTeam
    capacity: Capacity
    needed: list[str]
    matches: list[str]


def teams_looking_for_people(ctx) -> list[Wanted]:
    """Recruiting teams the viewer may see with hours or expertise still needed; best matches first."""
    mine: set[str] = set()
    if ctx.profile is not None and ctx.is_member:
        mine = {name.lower() for name in ctx.profile.expertise.names()}
    teams = (
        ResultancyTeam.objects.filter(team_permissions.teams_visible_to(ctx), status__in=lifecycle.RECRUITING)
        .select_related("space")
        .prefetch_related("wanted_expertise")
    )
    rows = []
    for team in teams:
        cap = capacity(team)
        needed = expertise_still_needed(team)
        if not cap.gap and not needed:
            continue
        rows.append(Wanted(team, cap, needed, [n for n in needed if n.lower() in mine]))
    rows.sort(key=lambda w: (-len(w.matches), -w.capacity.gap, w.team.title))
    return rows


def issues_with_counts():
    """Strategic issues annotated with their number of endorsements."""
    return StrategicIssue.objects.select_related("submitted_by", "submitter_organisation").annotate(
        endorsement_total=Count("endorsements", distinct=True)
    )


def shared_by(issue: StrategicIssue) -> int:
    """Number of organisations sharing the issue (submitter's and endorsers')."""
    return len(issue.organisation_ids())


def shared_by_prefetched(issue: StrategicIssue) -> int:
    """``shared_by`` from prefetched endorsements (listings: no query per issue)."""
    ids = {e.organisation_id for e in issue.endorsements.all() if e.organisation_id}
    if issue.submitter_organisation_id:
        ids.add(issue.submitter_organisation_id)
    return len(ids)
