"""Writes of resultancy: the only place that changes issues, teams, pledges and deliverables.

Zulip style: ``check_…`` validates (asking ``peergroups.policy``), ``do_…``
writes inside a transaction and registers what happens after commit: search
index updates (``search.indexing.schedule`` writes an outbox row in the same
transaction) and notifications (rows with the write, e-mails on commit).
The team's space, its membership and coordinator come from
``peergroups.spaces.actions``; the draft knowledge page from ``knowledge``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.core.roles import ROLE_NETWORK_COORDINATORS
from peergroups.models import Activity, SpaceKind, User, Visibility
from peergroups.notifications.actions import notify
from peergroups.spaces import actions as space_actions
from search.indexing import schedule

from . import lifecycle
from . import permissions as team_permissions
from .models import (
    Deliverable,
    Endorsement,
    IssueComment,
    Milestone,
    Pledge,
    ResultancyTeam,
    StrategicIssue,
    TeamStatus,
    ready_threshold,
)

MAX_HOURS_PER_MONTH = 160


def _ctx(user):
    return permissions.fresh_context(user)


def _deny(ctx, allowed: bool, message) -> None:
    permissions.require(ctx, allowed, message)


def _text(value, field: str, errors: dict, message, *, max_length: int) -> str:
    value = (value or "").strip()
    if not value:
        errors[field] = message
    elif len(value) > max_length:
        errors[field] = _("At most %(count)s characters.") % {"count": max_length}
    return value


def _tags(values) -> list[str]:
    """Tag names from a list or a comma-separated string."""
    if isinstance(values, str):
        values = values.split(",")
    return sorted({v.strip()[:100] for v in values if v and v.strip()})


def _network_coordinator_ids() -> list[int]:
    return list(
        User.objects.filter(groups__name=ROLE_NETWORK_COORDINATORS, is_active=True).values_list(
            "pk", flat=True
        )
    )


def _schedule_issue(issue: StrategicIssue) -> None:
    schedule("strategic_issue", issue.pk)


def _schedule_team(team: ResultancyTeam) -> None:
    schedule("resultancy_team", team.pk)


# --- strategic issues ------------------------------------------------------------------


@transaction.atomic
def do_submit_issue(actor, *, title, problem, why_it_matters, themes=(), organisations=()) -> StrategicIssue:
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_submit_issue(ctx), _("Only members can submit a strategic issue."))
    errors: dict = {}
    title = _text(title, "title", errors, _("Give the issue a title."), max_length=200)
    problem = _text(problem, "problem", errors, _("Describe the problem."), max_length=5000)
    why = _text(
        why_it_matters, "why_it_matters", errors, _("Say why it matters across organisations."), max_length=5000
    )
    if errors:
        raise ValidationError(errors)
    issue = StrategicIssue.objects.create(
        title=title,
        problem=problem,
        why_it_matters=why,
        submitted_by=actor,
        submitter_organisation_id=ctx.organisation_id,
    )
    issue.themes.set(themes)
    issue.organisations.set(organisations)
    _schedule_issue(issue)
    return issue


@transaction.atomic
def do_endorse(actor, issue: StrategicIssue) -> Endorsement:
    """One endorsement per member; at the threshold an open issue becomes ready for a team."""
    ctx = _ctx(actor)
    issue = StrategicIssue.objects.select_for_update().get(pk=issue.pk)
    if issue.submitted_by_id == ctx.user_id and ctx.is_member:
        raise ValidationError(_("You submitted this issue yourself; others endorse it."))
    _deny(ctx, team_permissions.can_endorse(ctx, issue), _("This issue can no longer be endorsed."))
    if Endorsement.objects.filter(issue=issue, user=actor).exists():
        raise ValidationError(_("You have already endorsed this issue."))
    try:
        with transaction.atomic():
            endorsement = Endorsement.objects.create(issue=issue, user=actor, organisation_id=ctx.organisation_id)
    except IntegrityError as exc:  # a simultaneous second click
        raise ValidationError(_("You have already endorsed this issue.")) from exc
    if issue.status == StrategicIssue.Status.OPEN and issue.endorsements.count() >= ready_threshold():
        issue.status = StrategicIssue.Status.READY
        issue.save(update_fields=["status", "updated_at"])
        notify(
            _network_coordinator_ids(),
            "resultancy_issue_ready",
            actor=actor,
            target_type="strategic_issue",
            target_id=issue.pk,
        )
    _schedule_issue(issue)
    return endorsement


@transaction.atomic
def do_withdraw_endorsement(actor, issue: StrategicIssue) -> None:
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_endorse(ctx, issue), _("This issue can no longer be endorsed."))
    Endorsement.objects.filter(issue=issue, user=actor).delete()
    _schedule_issue(issue)


@transaction.atomic
def do_comment(actor, issue: StrategicIssue, *, body: str) -> IssueComment:
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_comment_on_issue(ctx, issue), _("Comments on this issue are closed."))
    errors: dict = {}
    body = _text(body, "body", errors, _("Write a comment."), max_length=4000)
    if errors:
        raise ValidationError(errors)
    comment = IssueComment.objects.create(issue=issue, author=actor, body=body)
    if issue.submitted_by_id:
        notify(
            [issue.submitted_by_id],
            "resultancy_issue_comment",
            actor=actor,
            target_type="strategic_issue",
            target_id=issue.pk,
        )
    _schedule_issue(issue)
    return comment


def _triage_denied(ctx, issue) -> None:
    if team_permissions.is_network_coordinator(ctx) and not issue.is_triageable:
        raise ValidationError(_("This issue has already been dealt with."))
    _deny(ctx, team_permissions.can_triage(ctx, issue), _("Only network coordinators triage strategic issues."))


def _tell_submitter(actor, issue: StrategicIssue, outcome: str) -> None:
    if issue.submitted_by_id:
        notify(
            [issue.submitted_by_id],
            "resultancy_issue_triaged",
            actor=actor,
            target_type="strategic_issue",
            target_id=issue.pk,
            params={"outcome": outcome},
        )


@transaction.atomic
def do_merge_issue(actor, issue: StrategicIssue, *, into: StrategicIssue) -> StrategicIssue:
    """A duplicate joins the issue it repeats; its endorsers are counted there (once each)."""
    ctx = _ctx(actor)
    _triage_denied(ctx, issue)
    if into is None or into.pk == issue.pk:
        raise ValidationError({"into": _("Choose another issue to merge into.")})
    if into.status in (StrategicIssue.Status.MERGED, StrategicIssue.Status.DECLINED):
        raise ValidationError({"into": _("That issue has itself been merged or declined.")})
    already = set(Endorsement.objects.filter(issue=into).values_list("user_id", flat=True))
    for endorsement in issue.endorsements.exclude(user_id__in=already | {into.submitted_by_id}):
        Endorsement.objects.create(issue=into, user_id=endorsement.user_id, organisation_id=endorsement.organisation_id)
    issue.status = StrategicIssue.Status.MERGED
    issue.merged_into = into
    issue.triaged_by = actor
    issue.save(update_fields=["status", "merged_into", "triaged_by", "updated_at"])
    if into.status == StrategicIssue.Status.OPEN and into.endorsements.count() >= ready_threshold():
        into.status = StrategicIssue.Status.READY
        into.save(update_fields=["status", "updated_at"])
    _tell_submitter(actor, issue, "merged")
    _schedule_issue(issue)
    _schedule_issue(into)
    return issue


@transaction.atomic
def do_decline_issue(actor, issue: StrategicIssue, *, reason: str) -> StrategicIssue:
    ctx = _ctx(actor)
    _triage_denied(ctx, issue)
    errors: dict = {}
    reason = _text(reason, "reason", errors, _("Give a reason for declining."), max_length=2000)
    if errors:
        raise ValidationError(errors)
    issue.status = StrategicIssue.Status.DECLINED
    issue.decline_reason = reason
    issue.triaged_by = actor
    issue.save(update_fields=["status", "decline_reason", "triaged_by", "updated_at"])
    _tell_submitter(actor, issue, "declined")
    _schedule_issue(issue)
    return issue


# --- teams -------------------------------------------------------------------------------


@transaction.atomic
def do_form_team(
    actor,
    issue: StrategicIssue,
    *,
    name: str,
    goal: str,
    lead,
    planned_end: dt.date,
    requested_hours: int,
    visibility: str = Visibility.OPEN,
    description: str = "",
    wanted_expertise=(),
) -> ResultancyTeam:
    """A network coordinator forms a team for an issue: a space of kind resultancy_team, lead as coordinator."""
    ctx = _ctx(actor)
    _triage_denied(ctx, issue)
    errors: dict = {}
    goal = _text(
        goal, "goal", errors, _("State the solution or solution direction the team will deliver."), max_length=3000
    )
    if lead is None or not permissions.context_for(lead).is_member:
        errors["lead"] = _("The team lead must be an admitted member.")
    if planned_end is None or planned_end <= timezone.localdate():
        errors["planned_end"] = _("The planned end date must lie in the future.")
    if requested_hours is None or not (1 <= requested_hours <= 10000):
        errors["requested_hours"] = _("Ask for between 1 and 10000 hours per month.")
    if visibility not in Visibility.values:
        errors["visibility"] = _("Unknown visibility.")
    if not (name or "").strip():
        errors["name"] = _("Give the team a name.")
    if errors:
        raise ValidationError(errors)
    space = space_actions.create_space(
        kind=SpaceKind.RESULTANCY_TEAM,
        name=name,
        coordinator=lead,
        description=description or issue.problem,
        visibility=visibility,
        themes=list(issue.themes.all()),
    )
    team = ResultancyTeam.objects.create(
        space=space,
        issue=issue,
        goal=goal,
        planned_end=planned_end,
        requested_hours=requested_hours,
        status_changed_at=timezone.now(),
    )
    team.wanted_expertise.set(_tags(wanted_expertise))
    issue.status = StrategicIssue.Status.TEAM_FORMED
    issue.triaged_by = actor
    issue.save(update_fields=["status", "triaged_by", "updated_at"])
    notify([lead], "resultancy_team_formed", actor=actor, space=space, target_type="resultancy_team", target_id=team.pk)
    _tell_submitter(actor, issue, "team_formed")
    _schedule_issue(issue)
    _schedule_team(team)
    return team


TEAM_FIELDS = ("goal", "planned_end", "requested_hours")


@transaction.atomic
def do_update_team(
    actor, team: ResultancyTeam, *, goal: str, planned_end: dt.date, requested_hours: int, wanted_expertise=None
):
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_manage_team(ctx, team), _("Only the team lead can change the team."))
    errors: dict = {}
    goal = _text(
        goal, "goal", errors, _("State the solution or solution direction the team will deliver."), max_length=3000
    )
    if planned_end is None:
        errors["planned_end"] = _("Give a planned end date.")
    if requested_hours is None or not (1 <= requested_hours <= 10000):
        errors["requested_hours"] = _("Ask for between 1 and 10000 hours per month.")
    if errors:
        raise ValidationError(errors)
    team.goal, team.planned_end, team.requested_hours = goal, planned_end, requested_hours
    team.save(update_fields=["goal", "planned_end", "requested_hours"])
    if wanted_expertise is not None:
        team.wanted_expertise.set(_tags(wanted_expertise))
    _schedule_team(team)
    return team


@transaction.atomic
def do_change_team_status(actor, team: ResultancyTeam, to: str, *, reason: str = "") -> ResultancyTeam:
    """Move a team one step in its lifecycle (who: the policy; whether: ``lifecycle``)."""
    ctx = _ctx(actor)
    _deny(
        ctx,
        team_permissions.can_change_team_status(ctx, team),
        _("Only the team lead or a network coordinator can do this."),
    )
    given, team = team, ResultancyTeam.objects.select_for_update().select_related("space").get(pk=team.pk)
    try:
        lifecycle.check_transition(team, to, reason=reason)
    except lifecycle.TransitionRefused as exc:
        raise ValidationError(exc.reason) from exc
    team.status = to
    team.status_changed_at = timezone.now()
    if to == TeamStatus.STOPPED:
        team.stop_reason = reason.strip()
    team.save(update_fields=["status", "status_changed_at", "stop_reason"])
    given.status, given.status_changed_at, given.stop_reason = team.status, team.status_changed_at, team.stop_reason
    member_ids = team.space.memberships.values_list("user_id", flat=True)
    notify(
        member_ids,
        "resultancy_team_status",
        actor=actor,
        space=team.space,
        target_type="resultancy_team",
        target_id=team.pk,
        params={"status": to},
    )
    _schedule_team(team)
    for deliverable_id in team.deliverables.values_list("pk", flat=True):
        schedule("deliverable", deliverable_id)
    return team


# --- pledges -------------------------------------------------------------------------------


def check_pledge(ctx, team: ResultancyTeam, *, role, expertise, hours_per_month, starts_on, ends_on) -> dict:
    if ctx.is_member and ctx.organisation_id is None:
        raise PermissionDenied(_("Only members who work at a member organisation can pledge on its behalf."))
    if ctx.is_member and team_permissions.can_view_team(ctx, team) and team.status not in lifecycle.RECRUITING:
        raise ValidationError(_("This team is not looking for people at the moment."))
    _deny(ctx, team_permissions.can_pledge(ctx, team), _("You cannot pledge to this team."))
    errors: dict = {}
    role = _text(role, "role", errors, _("Say what role you would take in the team."), max_length=120)
    expertise = (expertise or "").strip()[:300]
    if hours_per_month is None or not (1 <= hours_per_month <= MAX_HOURS_PER_MONTH):
        errors["hours_per_month"] = _("Pledge between 1 and %(max)s hours per month.") % {"max": MAX_HOURS_PER_MONTH}
    if starts_on is None:
        errors["starts_on"] = _("Give the first day of the period.")
    if ends_on is None:
        errors["ends_on"] = _("Give the last day of the period.")
    elif starts_on is not None and ends_on < starts_on:
        errors["ends_on"] = _("The period must end after it starts.")
    elif ends_on < timezone.localdate():
        errors["ends_on"] = _("The period must not lie in the past.")
    if Pledge.objects.filter(team=team, user_id=ctx.user_id, status=Pledge.Status.PENDING).exists():
        errors["__all__"] = _("You already have a pledge awaiting the team lead's decision.")
    if errors:
        raise ValidationError(errors)
    return {
        "role": role,
        "expertise": expertise,
        "hours_per_month": hours_per_month,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }


@transaction.atomic
def do_pledge(actor, team: ResultancyTeam, **data) -> Pledge:
    ctx = _ctx(actor)
    clean = check_pledge(ctx, team, **data)
    pledge = Pledge.objects.create(team=team, user=actor, organisation_id=ctx.organisation_id, **clean)
    notify(
        space_actions.coordinator_ids(team.space),
        "resultancy_pledge",
        actor=actor,
        space=team.space,
        target_type="pledge",
        target_id=pledge.pk,
    )
    return pledge


@transaction.atomic
def do_decide_pledge(actor, pledge: Pledge, *, accept: bool) -> Pledge:
    """The team lead accepts (the person joins the team's space) or declines a pledge."""
    ctx = _ctx(actor)
    pledge = Pledge.objects.select_for_update().select_related("team__space", "user").get(pk=pledge.pk)
    if pledge.status != Pledge.Status.PENDING and team_permissions.can_manage_team(ctx, pledge.team):
        raise ValidationError(_("This pledge has already been decided."))
    _deny(ctx, team_permissions.can_decide_pledge(ctx, pledge), _("Only the team lead decides on pledges."))
    pledge.status = Pledge.Status.ACCEPTED if accept else Pledge.Status.DECLINED
    pledge.decided_by = actor
    pledge.decided_at = timezone.now()
    pledge.save(update_fields=["status", "decided_by", "decided_at"])
    if accept:
        # Reuse the space's membership: the pledger is now a member of the team space.
        space_actions.add_member(pledge.team.space, pledge.user, actor=actor)
    notify(
        [pledge.user_id],
        "resultancy_pledge_decided",
        actor=actor,
        space=pledge.team.space,
        target_type="pledge",
        target_id=pledge.pk,
        params={"outcome": pledge.status},
    )
    _schedule_team(pledge.team)
    return pledge


# --- milestones ------------------------------------------------------------------------------


@transaction.atomic
def do_add_milestone(actor, team: ResultancyTeam, *, title: str, due_on: dt.date) -> Milestone:
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_edit_milestones(ctx, team), _("Only the team lead plans milestones."))
    errors: dict = {}
    title = _text(title, "title", errors, _("Name the milestone."), max_length=200)
    if due_on is None:
        errors["due_on"] = _("Give a due date.")
    if errors:
        raise ValidationError(errors)
    return Milestone.objects.create(team=team, title=title, due_on=due_on)


@transaction.atomic
def do_set_milestone_done(actor, milestone: Milestone, *, done: bool) -> Milestone:
    ctx = _ctx(actor)
    _deny(ctx, team_permissions.can_edit_milestones(ctx, milestone.team), _("Only the team lead plans milestones."))
    milestone.done = done
    milestone.done_at = timezone.now() if done else None
    milestone.save(update_fields=["done", "done_at"])
    return milestone


# --- deliverables ------------------------------------------------------------------------------


@transaction.atomic
def do_record_deliverable(actor, team: ResultancyTeam, *, title, summary, body, kind) -> Deliverable:
    ctx = _ctx(actor)
    _deny(
        ctx,
        team_permissions.can_record_deliverable(ctx, team),
        _("Only team members record deliverables of an active team."),
    )
    errors: dict = {}
    title = _text(title, "title", errors, _("Give the deliverable a title."), max_length=200)
    summary = _text(summary, "summary", errors, _("Summarise the deliverable."), max_length=1000)
    body = _text(body, "body", errors, _("Write the deliverable's text."), max_length=20000)
    if kind not in Deliverable.Kind.values:
        errors["kind"] = _("Choose the type of deliverable.")
    if errors:
        raise ValidationError(errors)
    deliverable = Deliverable.objects.create(
        team=team, title=title, summary=summary, body=body, kind=kind, created_by=actor
    )
    space_actions.record_activity(
        team.space,
        actor,
        Activity.Verb.DOCUMENT_ADDED,
        target_type="deliverable",
        target_id=deliverable.pk,
        title=title,
    )
    schedule("deliverable", deliverable.pk)
    return deliverable


@transaction.atomic
def do_send_deliverable(actor, deliverable: Deliverable):
    """The team lead sends a deliverable to the editors: a draft knowledge page with provenance.

    The draft hook of ``knowledge`` creates the unpublished page; the right to
    send comes from resultancy's rule (``can_send_deliverable``), not from the
    editor role the hook asks of ad-hoc promotions, so the hook's two steps are
    called with resultancy's own check in front (see ``docs/architecture/resultancy.md``).
    """
    from knowledge.actions import PAGE_CASE, PAGE_INSTRUMENT, DraftRequest, do_create_draft_knowledge_page, draft_parent
    from knowledge.models import SourceKind

    ctx = _ctx(actor)
    deliverable = Deliverable.objects.select_for_update().select_related("team__space").get(pk=deliverable.pk)
    team = deliverable.team
    if deliverable.status != Deliverable.Status.DRAFT and team_permissions.can_manage_team(ctx, team):
        raise ValidationError(_("This deliverable has already been sent to the editors."))
    _deny(
        ctx,
        team_permissions.can_send_deliverable(ctx, deliverable),
        _("Only the team lead sends deliverables to the editors."),
    )
    page_type = PAGE_INSTRUMENT if deliverable.kind == Deliverable.Kind.INSTRUMENT else PAGE_CASE
    parent = draft_parent(page_type)
    if parent is None:
        raise ValidationError(_("The knowledge base is not set up yet; try again later."))
    issue = team.issue
    request = DraftRequest(
        title=deliverable.title[:255],
        summary=deliverable.summary,
        body_text=deliverable.body,
        source_kind=SourceKind.DELIVERABLE,
        source_url=deliverable.get_absolute_url(),
        source_label=(_("Resultancy team %(name)s") % {"name": team.title})[:255],
        themes=list(team.space.themes.all()),
        parent=parent,
        organisation=issue.submitter_organisation if issue is not None else None,
        page_type=page_type,
    )
    page = do_create_draft_knowledge_page(actor, request)
    deliverable.knowledge_page = page
    deliverable.status = Deliverable.Status.SENT
    deliverable.sent_at = timezone.now()
    deliverable.save(update_fields=["knowledge_page", "status", "sent_at"])
    editors = User.objects.filter(groups__name=permissions.ROLE_EDITORS, is_active=True).values_list("pk", flat=True)
    notify(editors, "resultancy_deliverable_sent", actor=actor, target_type="deliverable", target_id=deliverable.pk)
    schedule("deliverable", deliverable.pk)
    return page


def mark_published(page) -> int:
    """Called when a knowledge page is published: its deliverables count as published."""
    with transaction.atomic():
        deliverables = list(
            Deliverable.objects.filter(knowledge_page_id=page.pk).exclude(status=Deliverable.Status.PUBLISHED)
        )
        for deliverable in deliverables:
            deliverable.status = Deliverable.Status.PUBLISHED
            deliverable.published_at = timezone.now()
            deliverable.save(update_fields=["status", "published_at"])
            schedule("deliverable", deliverable.pk)
    return len(deliverables)
