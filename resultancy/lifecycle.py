"""The lifecycle of a resultancy team, as checked rules in one place.

    proposed → forming → active → delivered → closed
        └──────────┴─────────┴──→ stopped (with a reason)

Each transition has a condition on the team's state, with a reason that the
team page shows when the step is not (yet) possible. *Who* may move a team is
the policy's business (``resultancy.permissions.can_change_team_status``); *whether* the
team is ready for the step is decided here. ``actions.do_change_team_status``
asks both.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Deliverable, Pledge, ResultancyTeam, TeamStatus

#: Allowed next states per state; ``closed`` and ``stopped`` are final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    TeamStatus.PROPOSED: (TeamStatus.FORMING, TeamStatus.STOPPED),
    TeamStatus.FORMING: (TeamStatus.ACTIVE, TeamStatus.STOPPED),
    TeamStatus.ACTIVE: (TeamStatus.DELIVERED, TeamStatus.STOPPED),
    TeamStatus.DELIVERED: (TeamStatus.CLOSED,),
    TeamStatus.CLOSED: (),
    TeamStatus.STOPPED: (),
}

#: Button labels of the steps (what the team lead does).
STEP_LABELS = {
    TeamStatus.FORMING: gettext_lazy("Start recruiting people"),
    TeamStatus.ACTIVE: gettext_lazy("Start the work"),
    TeamStatus.DELIVERED: gettext_lazy("Mark as delivered"),
    TeamStatus.CLOSED: gettext_lazy("Close the team"),
    TeamStatus.STOPPED: gettext_lazy("Stop the team"),
}

#: States in which people may pledge hours.
RECRUITING = (TeamStatus.FORMING, TeamStatus.ACTIVE)
#: States in which the team records and sends deliverables.
DELIVERING = (TeamStatus.ACTIVE, TeamStatus.DELIVERED)


class TransitionRefused(Exception):
    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class Step:
    to: str
    label: str
    allowed: bool
    reason: str = ""
    needs_reason: bool = False


def refusal(team: ResultancyTeam, to: str, *, reason: str = "") -> str | None:
    """Why ``team`` cannot move to ``to`` now, or None when it can."""
    if to not in TeamStatus.values:
        return _("Unknown status.")
    if to not in TRANSITIONS[team.status]:
        if team.status in (TeamStatus.CLOSED, TeamStatus.STOPPED):
            return _("The team has ended; its status can no longer change.")
        return _("A team cannot go from “%(current)s” to “%(next)s”.") % {
            "current": TeamStatus(team.status).label,
            "next": TeamStatus(to).label,
        }
    if to == TeamStatus.ACTIVE and not team.pledges.filter(status=Pledge.Status.ACCEPTED).exists():
        return _("Accept at least one pledge of people before the work starts.")
    if to == TeamStatus.DELIVERED and not team.deliverables.exists():
        return _("Record at least one deliverable before marking the team as delivered.")
    if to == TeamStatus.CLOSED and team.deliverables.filter(status=Deliverable.Status.DRAFT).exists():
        return _("Send every deliverable to the editors before closing the team.")
    if to == TeamStatus.STOPPED and not (reason or "").strip():
        return _("Give a reason for stopping the team.")
    return None


def check_transition(team: ResultancyTeam, to: str, *, reason: str = "") -> None:
    """Raise ``TransitionRefused`` (with the reason) unless the step is allowed now."""
    why = refusal(team, to, reason=reason)
    if why is not None:
        raise TransitionRefused(why)


def next_steps(team: ResultancyTeam) -> list[Step]:
    """The possible next steps with whether each is possible now and, if not, why."""
    steps = []
    for to in TRANSITIONS[team.status]:
        needs_reason = to == TeamStatus.STOPPED
        why = refusal(team, to, reason="x" if needs_reason else "")
        steps.append(Step(to, str(STEP_LABELS[TeamStatus(to)]), why is None, why or "", needs_reason))
    return steps
