"""Searchable kinds owned by resultancy: strategic issues, teams and deliverables.

Found by the search app's autodiscovery. Issues are for admitted members; a
team and its deliverables follow the team space's visibility (listed spaces:
findable by everyone; secret: by its members), as the policy decides.
"""

from django.utils.translation import gettext_lazy as _

from peergroups.policy import space_listing_audience
from search import service
from search.registry import IndexedKind, SearchDocument, dated, register
from search.scope import AUDIENCE_MEMBERS, AUDIENCE_SPACE

from .models import Deliverable, ResultancyTeam, StrategicIssue, TeamStatus


def issue_document(issue: StrategicIssue) -> SearchDocument:
    return SearchDocument(
        kind="strategic_issue",
        object_id=str(issue.pk),
        title=issue.title,
        url=issue.get_absolute_url(),
        summary=issue.problem,
        body="\n".join([issue.why_it_matters, *issue.comments.values_list("body", flat=True)]),
        themes=[t.slug for t in issue.themes.all()],
        status=issue.status,
        **dated(issue.created_at),
        audience=AUDIENCE_MEMBERS,
        info={"organisations": issue.endorsements.values("organisation").distinct().count()},
    )


def team_document(team: ResultancyTeam) -> SearchDocument:
    space = team.space
    return SearchDocument(
        kind="resultancy_team",
        object_id=str(team.pk),
        title=space.name,
        url=team.get_absolute_url(),
        summary=team.goal,
        body="\n".join(filter(None, [space.description, team.issue.title if team.issue else ""])),
        themes=[t.slug for t in space.themes.all()],
        status=team.status,
        **dated(team.created_at),
        audience=space_listing_audience(space),
        space_id=space.pk,
        boost=1.1,
    )


def deliverable_document(deliverable: Deliverable) -> SearchDocument:
    """Drafts are for the team (space audience); sent and published ones follow the team's visibility."""
    space = deliverable.team.space
    audience = space_listing_audience(space) if deliverable.status != Deliverable.Status.DRAFT else AUDIENCE_SPACE
    return SearchDocument(
        kind="deliverable",
        object_id=str(deliverable.pk),
        title=deliverable.title,
        url=deliverable.get_absolute_url(),
        summary=deliverable.summary,
        body=deliverable.body,
        themes=[t.slug for t in space.themes.all()],
        status=deliverable.status,
        **dated(deliverable.created_at),
        audience=audience,
        space_id=space.pk,
        info={"team": space.name},
    )


register(
    IndexedKind(
        name="strategic_issue",
        label=_("Strategic issue"),
        model=StrategicIssue,
        queryset=lambda: StrategicIssue.objects.prefetch_related("themes"),
        to_document=issue_document,
    )
)
register(
    IndexedKind(
        name="resultancy_team",
        label=_("Resultancy team"),
        model=ResultancyTeam,
        queryset=lambda: ResultancyTeam.objects.select_related("space", "issue").prefetch_related("space__themes"),
        to_document=team_document,
        depends_on_space=lambda space_id: ResultancyTeam.objects.filter(space_id=space_id),
    )
)
register(
    IndexedKind(
        name="deliverable",
        label=_("Team deliverable"),
        model=Deliverable,
        queryset=lambda: Deliverable.objects.select_related("team__space").prefetch_related("team__space__themes"),
        to_document=deliverable_document,
        depends_on_space=lambda space_id: Deliverable.objects.filter(team__space_id=space_id),
    )
)

# The statuses of issues, teams and deliverables as the status facet shows them ("Team formed",
# "Delivered"), not their stored values ("team_formed", "delivered").
_STATUS_LABELS = [StrategicIssue.Status.choices, TeamStatus.choices, Deliverable.Status.choices]
service.register_facet_labels(
    "status", lambda value: next((dict(choices)[value] for choices in _STATUS_LABELS if value in dict(choices)), None)
)
