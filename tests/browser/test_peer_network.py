"""The peer network in the real browser: asking to join a working group, approval, the space; axe-core."""

import pytest
from django.core.management import call_command

from peergroups.demo.spaces import PLAN_YEAR
from tests.browser.accounts import log_in, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRETARY = "secretaris@leerplatform.example"
COORDINATOR = "coordinator@leerplatform.example"
GROUP = "/groepen/werkgroep-dienstverlening/"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def log_in_member(browser, live_server, email):
    page = log_in(new_page(browser), live_server.url, email)
    page.wait_for_url("**/leden/**")
    return page.context, page


def test_member_asks_to_join_coordinator_approves_member_sees_the_space(
    live_server, demo, browser, axe_check, screenshot
):
    secretary_context, secretary = log_in_member(browser, live_server, SECRETARY)
    secretary.goto(live_server.url + "/werkgroepen/")
    screenshot(secretary, "peer-working-groups")
    axe_check(secretary)
    secretary.get_by_role("link", name="Dienstverlening", exact=True).click()
    secretary.wait_for_url(f"**{GROUP}")
    assert secretary.get_by_role("link", name="Documenten").count() == 0  # members-only before joining
    secretary.get_by_role("link", name="Vragen om mee te doen").click()
    secretary.get_by_label("Waarom wilt u meedoen?").fill(
        "In Olst-Wijhe richten we een klantcontactcentrum in; ik deel graag wat we leren."
    )
    secretary.get_by_role("button", name="Aanvraag versturen").click()
    secretary.wait_for_url(f"**{GROUP}")
    assert secretary.get_by_text("Uw aanvraag is verstuurd").is_visible()
    screenshot(secretary, "peer-request-sent")

    coordinator_context, coordinator = log_in_member(browser, live_server, COORDINATOR)
    coordinator.goto(live_server.url + "/meldingen/")
    assert coordinator.get_by_role(
        "link", name="Sanne Secretaris vraagt om lid te worden van Dienstverlening."
    ).is_visible()
    axe_check(coordinator)
    screenshot(coordinator, "peer-notifications")
    coordinator.goto(live_server.url + GROUP + "beheer/")
    request = coordinator.get_by_role("article").filter(has_text="Sanne Secretaris")
    request.get_by_label("Bericht aan de aanvrager").fill("Welkom in de werkgroep!")
    request.get_by_role("button", name="Goedkeuren").click()
    coordinator.wait_for_url(f"**{GROUP}beheer/")
    assert coordinator.get_by_text("Sanne Secretaris is nu lid.").is_visible()
    axe_check(coordinator)
    screenshot(coordinator, "peer-manage")

    # The invitation picker searches; it lists nobody before a search.
    assert coordinator.locator('input[name="member"][type="radio"]').count() == 0
    coordinator.get_by_label("Zoek een lid op naam, e-mailadres of organisatie").fill("Lotte")
    coordinator.get_by_role("button", name="Zoeken").click()
    coordinator.wait_for_url("**wie=Lotte**")
    assert coordinator.get_by_label("Lotte Lid (Kadaster)").is_visible()
    axe_check(coordinator)
    screenshot(coordinator, "peer-manage-picker")
    # Removing a member asks first; cancelling keeps her.
    row = coordinator.get_by_role("row").filter(has_text="Sanne Secretaris")
    row.get_by_role("link", name="Sanne Secretaris").click()  # "Verwijderen" + the hidden name
    assert coordinator.get_by_role("heading", name="Sanne Secretaris uit de groep verwijderen?").is_visible()
    axe_check(coordinator)
    screenshot(coordinator, "peer-remove-member-question")
    coordinator.get_by_role("link", name="Annuleren").click()
    coordinator.wait_for_url(f"**{GROUP}beheer/")
    assert coordinator.get_by_text("Sanne Secretaris").first.is_visible()

    secretary.goto(live_server.url + GROUP)
    assert secretary.get_by_text("U bent lid van deze groep.").is_visible()
    assert "Meldingen (" in secretary.get_by_role("link", name="Meldingen").first.inner_text()
    axe_check(secretary)
    screenshot(secretary, "peer-group-page")
    secretary.get_by_role("link", name="Werkplan", exact=True).click()
    secretary.wait_for_url(f"**{GROUP}werkplan/")
    assert secretary.get_by_role("link", name="10. Ontwikkeling servicenormen").is_visible()
    axe_check(secretary)
    screenshot(secretary, "peer-work-plan")
    secretary.get_by_role("link", name="Documenten").click()
    assert secretary.get_by_role("link", name=f"Werkplan {PLAN_YEAR} (samenvatting)").is_visible()
    secretary_context.close()
    coordinator_context.close()


@pytest.mark.parametrize(
    "path,name",
    [
        ("/peergroepen/", "peer-group-list"),
        ("/groepen/peergroep-registratie-organisaties/", "peer-open-group-visitor"),
        ("/werkgroepen/voortgang/", "peer-progress-overview"),
        ("/ontmoetingsplaats/", "peer-meeting-place"),
    ],
)
def test_public_peer_pages_are_accessible(live_server, demo, page, axe_check, screenshot, path, name):
    page.goto(live_server.url + path)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", level=1).count() == 1
    screenshot(page, name)
    axe_check(page)


def test_member_pages_are_accessible(live_server, demo, browser, axe_check, screenshot):
    context, page = log_in_member(browser, live_server, "manager@leerplatform.example")
    # The heading first: an error page or the login page would pass axe as well.
    for path, heading, name in [
        ("/mijn-groepen/", "Mijn groepen", "peer-my-groups"),
        (
            "/groepen/intervisie-directeuren-uitvoering/",
            "Intervisie directeuren uitvoering",
            "peer-secret-group-member",
        ),
        (
            "/groepen/werkgroep-benchmarking-en-kwaliteit/",
            "Benchmarking en kwaliteit van de overheid",
            "peer-closed-group-outsider",
        ),
        ("/groepen/peergroep-uitkeringsverstrekkers/bijeenkomsten/", "Uitkeringsverstrekkers", "peer-meetings"),
        ("/groepen/peergroep-uitkeringsverstrekkers/documenten/", "Uitkeringsverstrekkers", "peer-documents"),
        ("/ontmoetingsplaats/", "Ontmoetingsplaats", "peer-meeting-place-member"),
    ]:
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200 and page.url == live_server.url + path, path
        assert page.get_by_role("heading", level=1).all_inner_texts() == [heading], path
        screenshot(page, name)
        axe_check(page)
    context.close()
