"""The lifecycle rules of a team: allowed and refused transitions, each refusal with its reason."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from resultancy import actions, lifecycle
from resultancy.models import Deliverable, TeamStatus

from .conftest import accept

pytestmark = pytest.mark.django_db


def reason(team, to, **kwargs):
    return lifecycle.refusal(team, to, **kwargs)


def test_the_happy_path_proposed_to_closed(cast, make_team):
    team = make_team()
    assert team.status == TeamStatus.PROPOSED
    actions.do_change_team_status(cast.lead, team, TeamStatus.FORMING)
    accept(team, cast.member, lead=cast.lead)
    actions.do_change_team_status(cast.lead, team, TeamStatus.ACTIVE)
    deliverable = actions.do_record_deliverable(
        cast.member, team, title="Oplossing", summary="Kort.", body="Tekst.", kind="solution"
    )
    actions.do_change_team_status(cast.lead, team, TeamStatus.DELIVERED)
    actions.do_send_deliverable(cast.lead, deliverable)
    actions.do_change_team_status(cast.coordinator, team, TeamStatus.CLOSED)
    team.refresh_from_db()
    assert team.status == TeamStatus.CLOSED


def test_skipping_a_step_is_refused_with_the_reason(make_team):
    team = make_team()
    assert "cannot go from" in reason(team, TeamStatus.ACTIVE)
    assert "cannot go from" in reason(team, TeamStatus.CLOSED)
    assert reason(team, "unknown") == "Unknown status."


def test_active_needs_an_accepted_pledge(cast, make_team):
    team = make_team(TeamStatus.FORMING)
    assert reason(team, TeamStatus.ACTIVE) == "Accept at least one pledge of people before the work starts."
    with pytest.raises(ValidationError, match="Accept at least one pledge"):
        actions.do_change_team_status(cast.lead, team, TeamStatus.ACTIVE)
    accept(team, cast.member, lead=cast.lead)
    assert reason(team, TeamStatus.ACTIVE) is None


def test_delivered_needs_a_deliverable(cast, make_team):
    team = make_team(TeamStatus.ACTIVE)
    assert "at least one deliverable" in reason(team, TeamStatus.DELIVERED)


def test_closing_needs_every_deliverable_sent(cast, make_team):
    team = make_team(TeamStatus.DELIVERED)
    assert team.deliverables.filter(status=Deliverable.Status.DRAFT).exists()
    assert reason(team, TeamStatus.CLOSED) == "Send every deliverable to the editors before closing the team."


def test_stopping_needs_a_reason_and_ends_the_team(cast, make_team):
    team = make_team(TeamStatus.FORMING)
    assert reason(team, TeamStatus.STOPPED) == "Give a reason for stopping the team."
    with pytest.raises(ValidationError):
        actions.do_change_team_status(cast.lead, team, TeamStatus.STOPPED, reason="  ")
    actions.do_change_team_status(cast.lead, team, TeamStatus.STOPPED, reason="Geen capaciteit gevonden.")
    team.refresh_from_db()
    assert team.stop_reason == "Geen capaciteit gevonden."
    assert reason(team, TeamStatus.ACTIVE) == "The team has ended; its status can no longer change."
    assert lifecycle.next_steps(team) == []


def test_a_delivered_team_can_no_longer_be_stopped(make_team):
    team = make_team(TeamStatus.DELIVERED)
    assert "cannot go from" in reason(team, TeamStatus.STOPPED, reason="x")


def test_next_steps_show_what_is_possible_and_why_not(make_team):
    team = make_team(TeamStatus.FORMING)
    steps = {s.to: s for s in lifecycle.next_steps(team)}
    assert set(steps) == {TeamStatus.ACTIVE, TeamStatus.STOPPED}
    assert not steps[TeamStatus.ACTIVE].allowed and "pledge" in steps[TeamStatus.ACTIVE].reason
    assert steps[TeamStatus.STOPPED].allowed and steps[TeamStatus.STOPPED].needs_reason


def test_only_the_lead_or_a_network_coordinator_moves_the_team(cast, make_team):
    team = make_team()
    with pytest.raises(PermissionDenied):
        actions.do_change_team_status(cast.member, team, TeamStatus.FORMING)
    actions.do_change_team_status(cast.coordinator, team, TeamStatus.FORMING)
    assert team.status == TeamStatus.FORMING
