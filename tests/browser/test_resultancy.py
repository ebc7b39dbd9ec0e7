"""Resultancy teams in the real browser: endorse, form a team, pledge, accept; axe-core on every page."""

import pytest
from django.core.management import call_command

from peergroups.models import Membership
from resultancy.models import Pledge, ResultancyTeam, StrategicIssue
from tests.browser.accounts import log_in, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER = "manager@leerplatform.example"  # Daan Directeur, UWV
COORDINATOR = "coordinator@leerplatform.example"  # network coordinator in the demo
PLEDGER = "klant.rdw@leerplatform.example"  # Roos de Wit, RDW
ISSUE = "Integriteit bij plaats- en tijdonafhankelijk werken"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def log_in_member(browser, live_server, email):
    page = log_in(new_page(browser), live_server.url, email)
    page.wait_for_url("**/leden/**")
    return page.context, page


def test_from_issue_to_team_with_pledged_people(live_server, demo, browser, axe_check, screenshot):
    # The overview is public and lists the seed's teams.
    visitor = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}).new_page()
    visitor.goto(live_server.url + "/resultancy/")
    assert visitor.get_by_role("link", name="Samenwerking in Europa").first.is_visible()
    axe_check(visitor)
    screenshot(visitor, "resultancy-overview-visitor")

    # A member endorses an open issue.
    member_context, member = log_in_member(browser, live_server, MEMBER)
    member.get_by_role("link", name="Resultancy-teams").click()
    member.wait_for_url("**/resultancy/")
    assert member.get_by_text("Past bij uw expertise").first.is_visible()
    screenshot(member, "resultancy-overview-member")
    member.get_by_role("link", name="Strategische vraagstukken").first.click()
    member.get_by_role("link", name=ISSUE).click()
    member.get_by_role("button", name="Dit vraagstuk onderschrijven").click()
    # htmx swaps the support block in place (without JavaScript: post, redirect, message).
    member.get_by_text("U onderschrijft dit vraagstuk.").wait_for()
    assert member.get_by_role("button", name="Mijn steun intrekken").is_visible()
    axe_check(member)
    screenshot(member, "resultancy-issue-endorsed")
    issue = StrategicIssue.objects.get(title=ISSUE)
    assert issue.endorsements.filter(user__email=MEMBER).exists()

    # A network coordinator forms a team for it.
    coordinator_context, coordinator = log_in_member(browser, live_server, COORDINATOR)
    coordinator.goto(live_server.url + issue.get_absolute_url())
    axe_check(coordinator)
    screenshot(coordinator, "resultancy-issue-triage")
    coordinator.get_by_role("link", name="Een team vormen").click()
    coordinator.get_by_label("Naam van het team").fill("Integriteit op afstand")
    coordinator.get_by_label("Doel").fill("Een dilemmatraining voor hybride werken die elke organisatie kan gebruiken.")
    coordinator.get_by_label("Teamleider").select_option(label="Daan Directeur")
    coordinator.get_by_label("Geplande einddatum").fill("2031-06-30")
    coordinator.get_by_label("Gevraagde capaciteit (uur per maand)").fill("30")
    coordinator.get_by_label("Gezochte expertise").fill("klantcontact, integriteit")
    screenshot(coordinator, "resultancy-form-team")
    coordinator.get_by_role("button", name="Het team vormen").click()
    coordinator.wait_for_url("**/resultancy/teams/integriteit-op-afstand/")
    assert coordinator.get_by_text("Het team is gevormd.").is_visible()
    team = ResultancyTeam.objects.get(space__slug="integriteit-op-afstand")
    assert team.issue == issue

    # The lead opens the team for pledges.
    member.goto(live_server.url + team.get_absolute_url())
    member.get_by_role("button", name="Mensen gaan werven").click()
    assert member.get_by_text("De status van het team is gewijzigd.").is_visible()

    # A member of another organisation pledges hours.
    pledger_context, pledger = log_in_member(browser, live_server, PLEDGER)
    pledger.goto(live_server.url + team.get_absolute_url())
    pledger.get_by_role("link", name="Uren aanbieden").click()
    pledger.get_by_label("Uw rol in het team").fill("Trainer")
    pledger.get_by_label("Expertise die u meebrengt").fill("klantcontact")
    pledger.get_by_label("Uren per maand").fill("12")
    pledger.get_by_label("Van", exact=True).fill("2030-01-01")
    pledger.get_by_label("Tot en met").fill("2030-12-31")
    axe_check(pledger)
    pledger.get_by_role("button", name="Aanbod versturen").click()
    assert pledger.get_by_text("Uw aanbod is naar de teamleider gestuurd.").is_visible()

    # The lead accepts; the capacity and the gap show it.
    member.goto(live_server.url + team.get_absolute_url())
    pledge_card = member.get_by_role("article").filter(has_text="Roos de Wit")
    pledge_card.get_by_role("button", name="Accepteren").click()
    assert member.get_by_text("Het aanbod van Roos de Wit is geaccepteerd").is_visible()
    assert Pledge.objects.get(team=team).status == Pledge.Status.ACCEPTED
    assert Membership.objects.filter(space=team.space, user__email=PLEDGER).exists()
    assert member.get_by_role("row", name="Rijksdienst voor het Wegverkeer (RDW) 12").is_visible()
    axe_check(member)
    screenshot(member, "resultancy-team-lead")

    # The seed's teams: active with capacity per organisation; delivered with a published deliverable.
    pledger.goto(live_server.url + "/resultancy/teams/samenwerking-in-europa/")
    axe_check(pledger)
    screenshot(pledger, "resultancy-team-europa")
    visitor.goto(live_server.url + "/resultancy/teams/klantgerichtheid/")
    assert visitor.get_by_role("link", name="Lees het in de kennisbank").is_visible()
    axe_check(visitor)
    screenshot(visitor, "resultancy-team-delivered")
    for context in (member_context, coordinator_context, pledger_context):
        context.close()
