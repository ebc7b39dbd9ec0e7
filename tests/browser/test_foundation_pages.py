"""A visitor and a demo member in the real browser, with axe-core on every page."""

import pytest
from django.core.management import call_command

from platform_site.management.commands.load_demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def test_home_page_is_dutch_and_accessible(live_server, demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/")
    # Dutch first, even though the browser asks for English.
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("link", name="Organisaties").first.is_visible()
    assert page.get_by_role("link", name="Naar de inhoud").count() == 1
    screenshot(page, "home")
    axe_check(page)


def test_member_logs_in_and_opens_profile(live_server, demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/account/login/")
    screenshot(page, "login")
    axe_check(page)
    page.get_by_label("E-mailadres").fill("manager@leerplatform.example")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/leden/**")
    assert page.get_by_role("heading", level=1).inner_text().strip() != ""
    assert page.locator(".platform-user").inner_text().startswith("Ingelogd als Daan Directeur")
    screenshot(page, "profile")
    axe_check(page)


def test_language_switch_to_english_and_back(live_server, demo, page):
    page.goto(live_server.url + "/organisaties/")
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Organisations"
    page.get_by_role("button", name="Nederlands").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Organisaties"


def test_system_status_page_is_dutch_and_accessible(live_server, page, axe_check, screenshot):
    page.goto(live_server.url + "/organisaties/")
    page.get_by_role("link", name="Systeemstatus").click()
    page.wait_for_url("**/status/")
    assert page.get_by_role("heading", level=1).inner_text() == "Systeemstatus"
    table = page.get_by_role("table", name="Onderdelen van het platform")
    assert table.get_by_role("rowheader").all_inner_texts() == [
        "Database", "Live bijwerken (channel layer)", "Zoeken", "Achtergrondverwerking",
    ]  # fmt: skip
    screenshot(page, "system_status")
    axe_check(page)
