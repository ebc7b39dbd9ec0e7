"""Permissions through HTTP: the same policy decides on every page and form."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from peergroups.models import Membership
from resultancy import actions
from resultancy.models import Deliverable, Pledge, ResultancyTeam, StrategicIssue, TeamStatus

from .conftest import pledge

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def normalise(html: str) -> str:
    return CSRF.sub('name="csrfmiddlewaretoken" value=""', html)


def team_url(team, name="team_detail"):
    return reverse(f"resultancy:{name}", args=[team.space.slug])


def test_nav_shows_resultancy_and_overview_is_public(client, make_team):
    team = make_team("forming")
    response = client.get(reverse("resultancy:overview"))
    assert response.status_code == 200
    assert team.title in response.content.decode()
    assert 'href="/resultancy/"' in response.content.decode()


def test_issues_are_for_members(client, login, cast, issue):
    assert client.get(reverse("resultancy:issue_list")).status_code == 302
    assert login(cast.pending).get(issue.get_absolute_url()).status_code == 403
    response = login(cast.other).get(issue.get_absolute_url())
    assert response.status_code == 200 and issue.title in response.content.decode()


def test_member_submits_and_endorses_over_http(login, cast, issue):
    client = login(cast.other)
    response = client.post(reverse("resultancy:issue_submit"), {"title": "", "problem": "", "why_it_matters": ""})
    assert response.status_code == 200  # the form again, with messages; nothing stored
    assert StrategicIssue.objects.count() == 1
    response = client.post(
        reverse("resultancy:issue_submit"),
        {"title": "Kennisbehoud", "problem": "Uitstroom.", "why_it_matters": "Iedereen heeft ermee te maken."},
    )
    assert response.status_code == 302
    client.post(reverse("resultancy:issue_endorse", args=[issue.pk]))
    client.post(reverse("resultancy:issue_endorse", args=[issue.pk]))  # twice: a message, not a 500
    assert issue.endorsements.filter(user=cast.other).count() == 1


def test_only_network_coordinators_form_a_team(client, login, cast, issue):
    url = reverse("resultancy:team_form", args=[issue.pk])
    assert client.get(url).status_code == 302  # visitor: log in
    assert login(cast.member).get(url).status_code == 403
    assert login(cast.pending).get(url).status_code == 403
    coordinator = login(cast.coordinator)
    assert coordinator.get(url).status_code == 200
    response = coordinator.post(
        url,
        {
            "name": "Europa",
            "goal": "Een oplossingsrichting.",
            "lead": cast.lead.pk,
            "planned_end": (timezone.localdate() + dt.timedelta(days=100)).isoformat(),
            "requested_hours": "40",
            "visibility": "open",
            "wanted_expertise": "privacyrecht, Europese regelgeving",
        },
    )
    team = ResultancyTeam.objects.get()
    assert response.status_code == 302 and response["Location"] == team.get_absolute_url()
    assert sorted(team.wanted_expertise.names()) == ["Europese regelgeving", "privacyrecht"]
    assert coordinator.get(url).status_code == 403  # the issue is no longer undecided


def test_bad_team_input_gives_a_message_not_a_500(login, cast, issue):
    response = login(cast.coordinator).post(
        reverse("resultancy:team_form", args=[issue.pk]),
        {"name": "X", "goal": "Y", "lead": "999999", "planned_end": "gisteren", "requested_hours": "-3"},
    )
    assert response.status_code == 200
    assert not ResultancyTeam.objects.exists()


def test_only_the_lead_edits_the_team(client, login, cast, make_team):
    team = make_team("forming")
    url = team_url(team, "team_edit")
    assert login(cast.member).get(url).status_code == 403
    assert login(cast.coordinator).get(url).status_code == 403  # triage is not team management
    lead = login(cast.lead)
    assert lead.get(url).status_code == 200
    lead.post(url, {"goal": "Nieuw doel", "planned_end": "2031-01-01", "requested_hours": "50", "wanted_expertise": ""})
    team.refresh_from_db()
    assert (team.goal, team.requested_hours) == ("Nieuw doel", 50)


def test_members_pledge_and_the_lead_accepts(client, login, cast, make_team):
    team = make_team("forming")
    url = team_url(team, "pledge")
    assert client.get(url).status_code == 302
    assert login(cast.pending).get(url).status_code == 403
    member = login(cast.other)
    today = timezone.localdate()
    response = member.post(
        url,
        {
            "role": "Jurist",
            "expertise": "privacyrecht",
            "hours_per_month": "8",
            "starts_on": today.isoformat(),
            "ends_on": (today + dt.timedelta(days=60)).isoformat(),
        },
    )
    assert response.status_code == 302
    item = Pledge.objects.get(user=cast.other)
    decide = reverse("resultancy:pledge_decide", args=[team.space.slug, item.pk])
    assert login(cast.member).post(decide, {"decision": "accept"}).status_code == 403
    assert login(cast.lead).post(decide, {"decision": "accept"}).status_code == 302
    item.refresh_from_db()
    assert item.status == Pledge.Status.ACCEPTED
    assert Membership.objects.filter(space=team.space, user=cast.other).exists()
    page = login(cast.lead).get(team_url(team)).content.decode()
    assert "Kadaster" in page


def test_a_closed_team_and_a_closed_visibility_team_are_visible(client, login, cast, make_team):
    team = make_team("forming", visibility="closed")
    assert client.get(team_url(team)).status_code == 200
    assert login(cast.other).get(team_url(team)).status_code == 200
    actions.do_change_team_status(cast.lead, team, TeamStatus.STOPPED, reason="Geen mensen.")
    client.logout()
    response = client.get(team_url(team))
    assert response.status_code == 200 and "Geen mensen." in response.content.decode()
    assert login(cast.other).get(team_url(team, "pledge")).status_code == 403  # no pledges to an ended team


def test_a_secret_team_gives_the_same_404_as_a_missing_one(client, login, cast, make_team):
    team = make_team("forming", visibility="secret")
    outsider = login(cast.other)
    secret = outsider.get(team_url(team))
    missing = outsider.get(reverse("resultancy:team_detail", args=["bestaat-niet"]))
    assert secret.status_code == missing.status_code == 404
    # Equal but for the requested path (echoed by the language switch).
    assert normalise(secret.content.decode()).replace(team.space.slug, "…") == normalise(
        missing.content.decode()
    ).replace("bestaat-niet", "…")
    assert team.title not in outsider.get(reverse("resultancy:overview")).content.decode()
    assert outsider.get(team_url(team, "pledge")).status_code == 404
    assert login(cast.lead).get(team_url(team)).status_code == 200


def test_draft_deliverables_only_for_the_team_and_sending_over_http(client, login, cast, make_team):
    team = make_team("active")
    deliverable = actions.do_record_deliverable(
        cast.member, team, title="Conceptadvies", summary="Kort.", body="Tekst.", kind="advice"
    )
    assert "Conceptadvies" not in client.get(team_url(team)).content.decode()
    assert "Conceptadvies" in login(cast.member).get(team_url(team)).content.decode()
    send = reverse("resultancy:deliverable_send", args=[team.space.slug, deliverable.pk])
    assert login(cast.member).post(send).status_code == 403
    assert login(cast.lead).post(send).status_code == 302
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.SENT and deliverable.knowledge_page_id


def test_lifecycle_buttons_and_refusals_over_http(login, cast, make_team):
    team = make_team("forming")
    lead = login(cast.lead)
    page = lead.get(team_url(team)).content.decode()
    assert 'name="to" value="stopped"' in page and 'name="to" value="active"' not in page
    response = lead.post(team_url(team, "team_status"), {"to": "active"}, follow=True)
    assert response.status_code == 200
    team.refresh_from_db()
    assert team.status == TeamStatus.FORMING
    assert login(cast.member).post(team_url(team, "team_status"), {"to": "stopped", "reason": "x"}).status_code == 403
    pledge(team, cast.member)
