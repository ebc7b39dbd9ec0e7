"""Fixtures for resultancy: people in every role and teams made through the real actions."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone, translation

from peergroups.core.roles import ROLE_EDITORS, ROLE_NETWORK_COORDINATORS
from peergroups.spaces import actions as space_actions
from resultancy import actions
from resultancy.models import TeamStatus


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted by their English msgids (the Dutch catalogue is tested by the i18n test)."""
    with translation.override("en"):
        yield


@dataclass
class Cast:
    uwv: object
    svb: object
    kadaster: object
    coordinator: object
    lead: object
    member: object
    colleague: object
    other: object
    third: object
    editor: object
    pending: object


@pytest.fixture
def cast(make_user, make_organisation):
    uwv = make_organisation("UWV")
    svb = make_organisation("SVB")
    kadaster = make_organisation("Kadaster")
    return Cast(
        uwv=uwv,
        svb=svb,
        kadaster=kadaster,
        coordinator=make_user(organisation=uwv, first_name="Nina", roles=[ROLE_NETWORK_COORDINATORS]),
        lead=make_user(organisation=uwv, first_name="Tara"),
        member=make_user(organisation=svb, first_name="Sam"),
        colleague=make_user(organisation=svb, first_name="Sara"),
        other=make_user(organisation=kadaster, first_name="Kees"),
        third=make_user(organisation=kadaster, first_name="Karin"),
        editor=make_user(organisation=svb, first_name="Eva", roles=[ROLE_EDITORS]),
        pending=make_user(member=False, first_name="Pim"),
    )


def submit(user, title="Samenwerking in Europa", **extra):
    fields = {
        "title": title,
        "problem": "Gegevensuitwisseling met Europese zusterorganisaties verloopt per organisatie anders.",
        "why_it_matters": "Europese regels raken meerdere uitvoeringsorganisaties tegelijk.",
    }
    fields.update(extra)
    return actions.do_submit_issue(user, **fields)


@pytest.fixture
def issue(cast):
    return submit(cast.member)


@pytest.fixture
def make_team(cast):
    def make(status=TeamStatus.PROPOSED, visibility="open", title="Samenwerking in Europa", requested_hours=40):
        issue = submit(cast.member, title=title)
        team = actions.do_form_team(
            cast.coordinator,
            issue,
            name=title,
            goal="Een gezamenlijke oplossingsrichting.",
            lead=cast.lead,
            planned_end=timezone.localdate() + dt.timedelta(days=200),
            requested_hours=requested_hours,
            visibility=visibility,
            wanted_expertise=["Europese regelgeving", "privacyrecht"],
        )
        if status == TeamStatus.PROPOSED:
            return team
        actions.do_change_team_status(cast.lead, team, TeamStatus.FORMING)
        if status == TeamStatus.FORMING:
            return team
        if visibility == "secret":  # only invitees know a secret team: invite before they pledge
            invitation = space_actions.do_invite(cast.lead, team.space, user=cast.member)
            space_actions.do_respond_to_invitation(cast.member, invitation, accept=True)
        accept(team, cast.member, hours=10, lead=cast.lead)
        actions.do_change_team_status(cast.lead, team, TeamStatus.ACTIVE)
        if status == TeamStatus.ACTIVE:
            return team
        actions.do_record_deliverable(
            cast.lead, team, title="Advies", summary="Kort advies.", body="De tekst.", kind="advice"
        )
        actions.do_change_team_status(cast.lead, team, TeamStatus.DELIVERED)
        if status == TeamStatus.DELIVERED:
            return team
        raise ValueError(status)

    return make


def pledge(team, user, hours=10, expertise="", **extra):
    today = timezone.localdate()
    fields = {
        "role": "Meedenker",
        "expertise": expertise,
        "hours_per_month": hours,
        "starts_on": today,
        "ends_on": today + dt.timedelta(days=90),
    }
    fields.update(extra)
    return actions.do_pledge(user, team, **fields)


def accept(team, user, hours=10, *, lead, expertise=""):
    return actions.do_decide_pledge(lead, pledge(team, user, hours=hours, expertise=expertise), accept=True)
