"""Thin views of resultancy: look up through the policy, validate with a form, write through actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from peergroups import policy as permissions
from peergroups.models import Membership, Theme, Visibility
from peergroups.policy import members_only, policy_view, require

from . import actions, lifecycle, queries
from . import permissions as team_permissions
from .forms import (
    CommentForm,
    DeclineForm,
    DeliverableForm,
    IssueForm,
    MergeForm,
    MilestoneForm,
    PledgeForm,
    StatusForm,
    TeamEditForm,
    TeamForm,
)
from .models import Deliverable, IssueComment, Milestone, Pledge, ResultancyTeam, StrategicIssue, TeamStatus


def _apply_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _flash_errors(request, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


def _submit(request, form, write, *, success: str, invalid: str) -> bool:
    """The shape of the small POST forms: validate, call the action, tell the person.

    Returns True when the write succeeded; errors become messages, never a 500.
    """
    if not form.is_valid():
        messages.error(request, invalid)
        return False
    try:
        write(form.cleaned_data)
    except ValidationError as exc:
        _flash_errors(request, exc)
        return False
    messages.success(request, success)
    return True


def access_team(ctx, slug: str) -> ResultancyTeam:
    """The team with this space slug, or the same 404 as for one that does not exist."""
    team = (
        ResultancyTeam.objects.filter(team_permissions.teams_visible_to(ctx), space__slug=slug)
        .select_related("space", "issue")
        .first()
    )
    if team is None:
        raise Http404(permissions.NOT_FOUND)
    return team


def _issue(pk) -> StrategicIssue:
    return get_object_or_404(queries.issues_with_counts(), pk=pk)


# --- overview ------------------------------------------------------------------------------


@policy_view
def overview(request):
    ctx = request.permissions
    teams = (
        ResultancyTeam.objects.filter(team_permissions.teams_visible_to(ctx))
        .select_related("space", "issue")
        .prefetch_related("space__themes")
    )
    themes = Theme.objects.filter(spaces__resultancy_team__isnull=False).distinct().order_by("name")
    theme = None
    slug = request.GET.get("thema", "")
    if slug:
        theme = themes.filter(slug=slug).first()
        if theme is not None:
            teams = teams.filter(space__themes=theme)
    groups = []
    teams = list(teams.order_by("space__name"))
    for status, label in TeamStatus.choices:
        in_status = [t for t in teams if t.status == status]
        if in_status:
            groups.append({"status": status, "label": label, "teams": in_status})
    return render(
        request,
        "resultancy/overview.html",
        {
            "groups": groups,
            "themes": themes,
            "theme": theme,
            "wanted": queries.teams_looking_for_people(ctx),
            "has_expertise": bool(ctx.profile and ctx.is_member and ctx.profile.expertise.exists()),
            "can_view_issues": team_permissions.can_view_issues(ctx),
        },
    )


# --- strategic issues --------------------------------------------------------------------------


@members_only
def issue_list(request):
    ctx = request.permissions
    status = request.GET.get("status", "")
    issues = queries.issues_with_counts().prefetch_related("themes", "endorsements")
    if status in StrategicIssue.Status.values:
        issues = issues.filter(status=status)
    else:
        status = ""
        issues = issues.filter(status__in=[StrategicIssue.Status.OPEN, StrategicIssue.Status.READY])
    rows = [
        {"issue": issue, "shared_by": queries.shared_by_prefetched(issue)}
        for issue in issues.order_by("-endorsement_total", "-created_at")
    ]
    return render(
        request,
        "resultancy/issue_list.html",
        {
            "rows": rows,
            "status": status,
            "statuses": StrategicIssue.Status.choices,
            "can_submit": team_permissions.can_submit_issue(ctx),
            "can_triage": team_permissions.can_triage(ctx),
            "threshold": actions.ready_threshold(),
        },
    )


@members_only
def issue_submit(request):
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            issue = actions.do_submit_issue(request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Your strategic issue has been submitted. Colleagues can now endorse it."))
            return redirect(issue)
    return render(
        request,
        "resultancy/form_page.html",
        {
            "form": form,
            "title": _("Submit a strategic issue"),
            "submit": _("Submit the issue"),
            "back": reverse("resultancy:issue_list"),
        },
    )


@members_only
def issue_detail(request, pk):
    ctx = request.permissions
    issue = _issue(pk)
    endorsed = issue.endorsements.filter(user_id=ctx.user_id).exists()
    team = ResultancyTeam.objects.filter(issue=issue).select_related("space").first()
    return render(
        request,
        "resultancy/issue_detail.html",
        {
            "issue": issue,
            "shared_by": queries.shared_by(issue),
            "endorsed": endorsed,
            "team": team if team is not None and team_permissions.can_view_team(ctx, team) else None,
            "comments": IssueComment.objects.filter(issue=issue).select_related("author__profile__organisation"),
            "organisations": issue.organisations.all(),
            "themes": issue.themes.all(),
            "merged_issues": issue.merged_issues.all(),
            "can_endorse": team_permissions.can_endorse(ctx, issue),
            "can_comment": team_permissions.can_comment_on_issue(ctx, issue),
            "can_triage": team_permissions.can_triage(ctx, issue),
            "can_form_team": team_permissions.can_form_team(ctx, issue),
            "comment_form": CommentForm(),
            "decline_form": DeclineForm(),
            "merge_form": MergeForm(issue=issue),
            "threshold": actions.ready_threshold(),
        },
    )


@require_POST
@members_only
def issue_endorse(request, pk):
    issue = _issue(pk)
    withdraw = request.POST.get("withdraw") == "1"
    try:
        if withdraw:
            actions.do_withdraw_endorsement(request.user, issue)
            messages.success(request, _("Your endorsement has been withdrawn."))
        else:
            actions.do_endorse(request.user, issue)
            messages.success(request, _("Thank you: you endorse this issue on behalf of your organisation."))
    except ValidationError as exc:
        _flash_errors(request, exc)
    return redirect(issue)


@require_POST
@members_only
def issue_comment(request, pk):
    issue = _issue(pk)
    _submit(
        request,
        CommentForm(request.POST),
        lambda data: actions.do_comment(request.user, issue, **data),
        success=_("Your comment has been added."),
        invalid=_("Write a comment."),
    )
    return redirect(issue)


@require_POST
@members_only
def issue_decline(request, pk):
    issue = _issue(pk)
    _submit(
        request,
        DeclineForm(request.POST),
        lambda data: actions.do_decline_issue(request.user, issue, **data),
        success=_("The issue has been declined; the submitter has been told why."),
        invalid=_("Give a reason for declining."),
    )
    return redirect(issue)


@require_POST
@members_only
def issue_merge(request, pk):
    issue = _issue(pk)
    form = MergeForm(request.POST, issue=issue)
    merged = _submit(
        request,
        form,
        lambda data: actions.do_merge_issue(request.user, issue, into=data["into"]),
        success=_("The issue has been merged."),
        invalid=_("Choose another issue to merge into."),
    )
    return redirect(form.cleaned_data["into"] if merged else issue)


@members_only
def team_form(request, pk):
    ctx = request.permissions
    issue = _issue(pk)
    require(
        ctx,
        team_permissions.can_form_team(ctx, issue),
        _("Only network coordinators form teams, for undecided issues."),
    )
    form = TeamForm(request.POST or None, initial={"name": issue.title, "visibility": Visibility.OPEN})
    if request.method == "POST" and form.is_valid():
        try:
            team = actions.do_form_team(request.user, issue, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("The team has been formed. The team lead has been told."))
            return redirect(team)
    return render(
        request,
        "resultancy/form_page.html",
        {
            "form": form,
            "title": _("Form a team"),
            "intro": issue.title,
            "submit": _("Form the team"),
            "back": issue.get_absolute_url(),
        },
    )


# --- teams ---------------------------------------------------------------------------------------


@policy_view
def team_detail(request, slug):
    ctx = request.permissions
    team = access_team(ctx, slug)
    space = team.space
    can_manage = team_permissions.can_manage_team(ctx, team)
    deliverables = Deliverable.objects.filter(team=team).select_related("knowledge_page")
    if not team_permissions.can_see_draft_deliverables(ctx, team):
        deliverables = deliverables.filter(status=Deliverable.Status.PUBLISHED)
    pledges = Pledge.objects.filter(team=team).select_related("user", "organisation")
    lead = (
        Membership.objects.filter(space=space, role="coordinator").select_related("user__profile__organisation").first()
    )
    return render(
        request,
        "resultancy/team_detail.html",
        {
            "team": team,
            "space": space,
            "lead": lead.user if lead else None,
            "capacity": queries.capacity(team),
            "needed": queries.expertise_still_needed(team),
            "steps": lifecycle.next_steps(team) if team_permissions.can_change_team_status(ctx, team) else [],
            "pending_pledges": pledges.filter(status=Pledge.Status.PENDING) if can_manage else [],
            "accepted_pledges": pledges.filter(status=Pledge.Status.ACCEPTED)
            if team_permissions.can_see_pledgers(ctx, team)
            else [],
            "my_pending": pledges.filter(status=Pledge.Status.PENDING, user_id=ctx.user_id).first()
            if ctx.user_id
            else None,
            "milestones": Milestone.objects.filter(team=team),
            "deliverables": [(d, team_permissions.can_send_deliverable(ctx, d)) for d in deliverables],
            "can_manage": can_manage,
            "can_pledge": team_permissions.can_pledge(ctx, team),
            "can_edit_milestones": team_permissions.can_edit_milestones(ctx, team),
            "can_record": team_permissions.can_record_deliverable(ctx, team),
            "can_see_members": permissions.can_see_members(ctx, space),
            "can_see_content": permissions.can_see_content(ctx, space),
            "can_join_room": permissions.can_join_room(ctx, space),
            "milestone_form": MilestoneForm(),
            "is_member": permissions.is_space_member(ctx, space),
            "statuses": TeamStatus.choices,
        },
    )


@members_only
def team_edit(request, slug):
    ctx = request.permissions
    team = access_team(ctx, slug)
    require(ctx, team_permissions.can_manage_team(ctx, team), _("Only the team lead can change the team."))
    initial = {
        "goal": team.goal,
        "planned_end": team.planned_end,
        "requested_hours": team.requested_hours,
        "wanted_expertise": ", ".join(sorted(team.wanted_expertise.names())),
    }
    form = TeamEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_update_team(request.user, team, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("The team has been updated."))
            return redirect(team)
    return render(
        request,
        "resultancy/form_page.html",
        {
            "form": form,
            "title": _("Change the team"),
            "intro": team.title,
            "submit": _("Save"),
            "back": team.get_absolute_url(),
        },
    )


@require_POST
@members_only
def team_status(request, slug):
    ctx = request.permissions
    team = access_team(ctx, slug)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Unknown status."))
        return redirect(team)
    try:
        actions.do_change_team_status(request.user, team, form.cleaned_data["to"], reason=form.cleaned_data["reason"])
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("The team's status has been changed."))
    return redirect(team)


@members_only
def pledge(request, slug):
    ctx = request.permissions
    team = access_team(ctx, slug)
    require(ctx, team_permissions.can_pledge(ctx, team), _("You cannot pledge to this team."))
    form = PledgeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_pledge(request.user, team, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Thank you. Your pledge has been sent to the team lead."))
            return redirect(team)
    organisation = ctx.profile.organisation if ctx.profile else None
    return render(
        request,
        "resultancy/form_page.html",
        {
            "form": form,
            "title": _("Pledge hours to %(team)s") % {"team": team.title},
            "intro": _("You pledge on behalf of %(organisation)s.") % {"organisation": organisation}
            if organisation
            else "",
            "submit": _("Send the pledge"),
            "back": team.get_absolute_url(),
        },
    )


@require_POST
@members_only
def pledge_decide(request, slug, pk):
    ctx = request.permissions
    team = access_team(ctx, slug)
    item = Pledge.objects.filter(team=team, pk=pk).first()
    if item is None:
        raise Http404(permissions.NOT_FOUND)
    accept = request.POST.get("decision") == "accept"
    try:
        actions.do_decide_pledge(request.user, item, accept=accept)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        name = item.user.display_name
        if accept:
            messages.success(
                request, _("The pledge of %(person)s has been accepted; they are now in the team.") % {"person": name}
            )
        else:
            messages.success(request, _("The pledge of %(person)s has been declined.") % {"person": name})
    return redirect(team)


@require_POST
@members_only
def milestone_add(request, slug):
    team = access_team(request.permissions, slug)
    _submit(
        request,
        MilestoneForm(request.POST),
        lambda data: actions.do_add_milestone(request.user, team, **data),
        success=_("The milestone has been added."),
        invalid=_("Give the milestone a name and a due date."),
    )
    return redirect(team.get_absolute_url() + "#mijlpalen")


@require_POST
@members_only
def milestone_toggle(request, slug, pk):
    team = access_team(request.permissions, slug)
    milestone = Milestone.objects.filter(team=team, pk=pk).first()
    if milestone is None:
        raise Http404(permissions.NOT_FOUND)
    actions.do_set_milestone_done(request.user, milestone, done=request.POST.get("done") == "1")
    return redirect(team.get_absolute_url() + "#mijlpalen")


@members_only
def deliverable_add(request, slug):
    ctx = request.permissions
    team = access_team(ctx, slug)
    require(
        ctx,
        team_permissions.can_record_deliverable(ctx, team),
        _("Only team members record deliverables of an active team."),
    )
    form = DeliverableForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_record_deliverable(request.user, team, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("The deliverable has been recorded."))
            return redirect(team.get_absolute_url() + "#resultaten")
    return render(
        request,
        "resultancy/form_page.html",
        {
            "form": form,
            "title": _("Record a deliverable"),
            "intro": team.title,
            "submit": _("Save the deliverable"),
            "back": team.get_absolute_url(),
        },
    )


@require_POST
@members_only
def deliverable_send(request, slug, pk):
    team = access_team(request.permissions, slug)
    deliverable = Deliverable.objects.filter(team=team, pk=pk).select_related("team__space").first()
    if deliverable is None:
        raise Http404(permissions.NOT_FOUND)
    try:
        actions.do_send_deliverable(request.user, deliverable)
    except ValidationError as exc:
        _flash_errors(request, exc)
    else:
        messages.success(request, _("The deliverable has been sent to the editors as a draft knowledge page."))
    return redirect(team.get_absolute_url() + "#resultaten")
