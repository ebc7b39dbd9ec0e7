"""The rules of resultancy: strategic issues, teams, pledges, milestones, deliverables.

Built from the space rules of ``peergroups.policy``: a team's visibility is its
space's (whoever may know the space may see the team page; a secret team is the
same 404 as a missing one), its lead is the coordinator of its space, and its
members are the members of its space. Strategic issues are for admitted members.
Network coordinators (a platform-wide role) and site admins triage issues and
form teams. Statuses come from resultancy's own choices. Rules only, no writes.
"""

from __future__ import annotations

from django.db.models import Q

from peergroups import policy
from peergroups.core.roles import ROLE_NETWORK_COORDINATORS
from peergroups.policy import PermissionContext

from . import lifecycle
from .models import Deliverable, Pledge, StrategicIssue, TeamStatus

#: Issues still being considered: they can be endorsed, merged, declined or get a team.
TRIAGEABLE_ISSUE = (StrategicIssue.Status.OPEN, StrategicIssue.Status.READY)
#: Teams whose milestones can still change.
RUNNING_TEAM = (TeamStatus.PROPOSED, TeamStatus.FORMING, TeamStatus.ACTIVE, TeamStatus.DELIVERED)


def is_network_coordinator(ctx: PermissionContext) -> bool:
    return ctx.is_member and (ctx.is_site_admin or ROLE_NETWORK_COORDINATORS in ctx.role_names)


def can_view_issues(ctx: PermissionContext) -> bool:
    """Strategic issues are discussed among admitted members."""
    return ctx.is_member


def can_submit_issue(ctx: PermissionContext) -> bool:
    return ctx.is_member


def can_endorse(ctx: PermissionContext, issue) -> bool:
    """Any member but the submitter, while the issue is still being considered."""
    return ctx.is_member and issue.status in TRIAGEABLE_ISSUE and issue.submitted_by_id != ctx.user_id


def can_comment_on_issue(ctx: PermissionContext, issue) -> bool:
    return ctx.is_member and issue.status in (*TRIAGEABLE_ISSUE, StrategicIssue.Status.TEAM_FORMED)


def can_triage(ctx: PermissionContext, issue=None) -> bool:
    """Merge, decline or form a team: network coordinators and site admins, on undecided issues."""
    if not is_network_coordinator(ctx):
        return False
    return issue is None or issue.status in TRIAGEABLE_ISSUE


def can_form_team(ctx: PermissionContext, issue) -> bool:
    return can_triage(ctx, issue)


def can_view_team(ctx: PermissionContext, team) -> bool:
    return policy.can_view_space(ctx, team.space)


def teams_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on ResultancyTeam with exactly the rule of ``can_view_team``."""
    if ctx.is_site_admin:
        return Q()
    return Q(space__visibility__in=policy.LISTED) | Q(space_id__in=sorted(ctx.known_space_ids))


def can_manage_team(ctx: PermissionContext, team) -> bool:
    """Edit the team, milestones, decide on pledges: the team lead (space coordinator) and site admins."""
    return policy.can_manage_space(ctx, team.space)


def can_change_team_status(ctx: PermissionContext, team) -> bool:
    """Move the team through its lifecycle: the team lead, network coordinators and site admins."""
    if not can_view_team(ctx, team):
        return False
    return can_manage_team(ctx, team) or is_network_coordinator(ctx)


def can_pledge(ctx: PermissionContext, team) -> bool:
    """A member pledges on behalf of their organisation, while the team recruits."""
    return (
        ctx.is_member
        and ctx.organisation_id is not None
        and can_view_team(ctx, team)
        and team.status in lifecycle.RECRUITING
    )


def can_decide_pledge(ctx: PermissionContext, pledge) -> bool:
    return pledge.status == Pledge.Status.PENDING and can_manage_team(ctx, pledge.team)


def can_see_pledgers(ctx: PermissionContext, team) -> bool:
    """Names of the people pledged: as for the members of the team's space."""
    return policy.can_see_members(ctx, team.space)


def can_edit_milestones(ctx: PermissionContext, team) -> bool:
    return team.status in RUNNING_TEAM and can_manage_team(ctx, team)


def can_see_draft_deliverables(ctx: PermissionContext, team) -> bool:
    return policy.can_see_content(ctx, team.space)


def can_record_deliverable(ctx: PermissionContext, team) -> bool:
    """Team members write deliverables while the team works or has delivered."""
    return team.status in lifecycle.DELIVERING and policy.can_post(ctx, team.space)


def can_send_deliverable(ctx: PermissionContext, deliverable) -> bool:
    """The team lead sends a draft deliverable to the editors, once the team works or delivered."""
    team = deliverable.team
    return (
        deliverable.status == Deliverable.Status.DRAFT
        and team.status in lifecycle.DELIVERING
        and can_manage_team(ctx, team)
    )
