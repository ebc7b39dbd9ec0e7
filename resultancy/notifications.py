"""How resultancy's notifications read (registered with peergroups' notification kinds)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from peergroups.notifications.kinds import Rendered, register_kind, register_target


def _actor(n) -> str:
    return n.actor.display_name if n.actor_id and n.actor else _("Someone")


def _issue_url(target) -> str | None:
    return reverse("resultancy:issue_detail", args=[target.pk]) if target is not None else None


def _team_url(n) -> str | None:
    return reverse("resultancy:team_detail", args=[n.space.slug]) if n.space_id else None


@register_kind("resultancy_issue_ready")
def _issue_ready(n, target, ctx) -> Rendered:
    title = target.title if target is not None else ""
    return Rendered(
        _("The strategic issue “%(title)s” has enough endorsements for a team.") % {"title": title}, _issue_url(target)
    )


@register_kind("resultancy_issue_comment")
def _issue_comment(n, target, ctx) -> Rendered:
    title = target.title if target is not None else ""
    return Rendered(
        _("%(person)s commented on your strategic issue “%(title)s”.") % {"person": _actor(n), "title": title},
        _issue_url(target),
    )


@register_kind("resultancy_issue_triaged")
def _issue_triaged(n, target, ctx) -> Rendered:
    title = target.title if target is not None else ""
    outcome = n.params.get("outcome")
    if outcome == "team_formed":
        text = _("A resultancy team has been formed for your strategic issue “%(title)s”.")
    elif outcome == "merged":
        text = _("Your strategic issue “%(title)s” has been merged with a similar issue.")
    else:
        text = _("Your strategic issue “%(title)s” has been declined.")
    detail = target.decline_reason if target is not None and outcome == "declined" else ""
    return Rendered(text % {"title": title}, _issue_url(target), detail=detail)


@register_kind("resultancy_team_formed")
def _team_formed(n, target, ctx) -> Rendered:
    return Rendered(
        _("%(person)s formed the resultancy team %(team)s with you as team lead.")
        % {"person": _actor(n), "team": n.space.name},
        _team_url(n),
    )


@register_kind("resultancy_team_status")
def _team_status(n, target, ctx) -> Rendered:
    from .models import TeamStatus

    status = n.params.get("status", "")
    label = TeamStatus(status).label if status in TeamStatus.values else status
    return Rendered(
        _("The resultancy team %(team)s is now: %(status)s.") % {"team": n.space.name, "status": label}, _team_url(n)
    )


@register_kind("resultancy_pledge")
def _pledge(n, target, ctx) -> Rendered:
    hours = target.hours_per_month if target is not None else 0
    return Rendered(
        _("%(person)s pledges %(hours)s hours per month to %(team)s.")
        % {"person": _actor(n), "hours": hours, "team": n.space.name},
        _team_url(n),
    )


@register_kind("resultancy_pledge_decided")
def _pledge_decided(n, target, ctx) -> Rendered:
    if n.params.get("outcome") == "accepted":
        text = _("Your pledge to %(team)s has been accepted. Welcome to the team!")
    else:
        text = _("Your pledge to %(team)s has been declined.")
    return Rendered(text % {"team": n.space.name}, _team_url(n))


@register_kind("resultancy_deliverable_sent")
def _deliverable_sent(n, target, ctx) -> Rendered:
    if target is None:
        return Rendered(_("A team deliverable was sent to the editors."), None)
    url = f"/cms/pages/{target.knowledge_page_id}/edit/" if target.knowledge_page_id else None
    return Rendered(
        _("%(person)s sent the deliverable “%(title)s” to the editors; a draft page is ready.")
        % {"person": _actor(n), "title": target.title},
        url,
    )


def register_targets() -> None:
    from .models import Deliverable, Pledge, StrategicIssue

    register_target("strategic_issue", StrategicIssue.objects.all)
    register_target("pledge", Pledge.objects.all)
    register_target("deliverable", Deliverable.objects.all)
