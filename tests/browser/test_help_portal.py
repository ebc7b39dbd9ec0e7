"""The help portal in the real browser: ask (with similar questions while typing), answer, accept; axe-core."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.accounts import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def test_ask_answer_accept(live_server, demo, browser, axe_check, screenshot):
    base = live_server.url
    manager = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}).new_page()
    log_in(manager, base, "manager@leerplatform.example")

    manager.goto(base + "/vraagbaak/")
    assert manager.get_by_role("heading", level=1).inner_text() == "Vraagbaak"
    expect(
        manager.get_by_role("link", name="Eigen klantcontactcentrum of aansluiten bij een gedeelde voorziening?")
    ).to_have_count(1)
    screenshot(manager, "help_portal_list")
    axe_check(manager)

    manager.get_by_role("link", name="Stel een vraag of deel een dilemma").first.click()
    manager.wait_for_url("**/vraagbaak/vragen/nieuw/")
    manager.get_by_label("Titel").fill("Gedeeld klantcontactcentrum: hoe borgt u de kwaliteit?")
    manager.get_by_label("Uw vraag of dilemma").press_sequentially(
        "Wij overwegen aansluiting bij een gedeelde voorziening."
    )
    similar = manager.locator("#vergelijkbaar")
    similar.get_by_role("link", name="Eigen klantcontactcentrum of aansluiten bij een gedeelde voorziening?").wait_for(
        timeout=10_000
    )
    screenshot(manager, "help_portal_ask_similar")
    axe_check(manager)
    manager.get_by_role("button", name="Plaatsen").click()
    manager.wait_for_url("**/vraagbaak/vragen/*/")
    thread_url = manager.url
    assert (
        manager.get_by_role("heading", level=1).inner_text() == "Gedeeld klantcontactcentrum: hoe borgt u de kwaliteit?"
    )

    colleague = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}).new_page()
    log_in(colleague, base, "lid@leerplatform.example")
    colleague.goto(thread_url)
    colleague.get_by_label("Uw reactie").fill("Leg **vaste kwaliteitsafspraken** vast en kalibreer maandelijks.")
    colleague.get_by_role("button", name="Reactie plaatsen").click()
    colleague.wait_for_load_state()
    assert colleague.locator(".pg-reply strong", has_text="vaste kwaliteitsafspraken").count() == 1

    manager.goto(thread_url)
    # "Colleagues who struggled with this" arrives after the page (htmx replaces its link: a list or nothing).
    show_colleagues = manager.get_by_role("link", name="Collega's tonen die hiermee worstelden")
    show_colleagues.wait_for(state="detached", timeout=10_000)
    manager.get_by_role("button", name="Accepteren als antwoord").click()
    manager.wait_for_load_state()
    assert manager.locator(".pg-reply--accepted").count() == 1
    assert manager.locator(".pg-kicker", has_text="Beantwoord").count() == 1
    screenshot(manager, "help_portal_thread")
    axe_check(manager)
