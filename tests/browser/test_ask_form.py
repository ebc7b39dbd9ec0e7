"""The ask form in the real browser: dilemma-only fields, Markdown preview, @mention autocomplete; axe-core."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from peergroups.models import Notification, Thread
from tests.browser.accounts import log_in, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def test_manager_posts_an_anonymous_dilemma_with_poll_preview_and_mention(
    live_server, demo, browser, axe_check, screenshot
):
    base = live_server.url
    manager = log_in(new_page(browser), base, "manager@leerplatform.example")
    manager.goto(base + "/vraagbaak/vragen/nieuw/")

    dilemma_fields = manager.locator("#dilemma-velden")
    anonymous = manager.get_by_label("Dit dilemma anoniem plaatsen", exact=False)
    expect(dilemma_fields).to_be_hidden()
    manager.get_by_label("Wat wilt u plaatsen?").select_option("dilemma")
    expect(dilemma_fields).to_be_visible()
    expect(anonymous).to_be_enabled()
    axe_check(manager)

    manager.get_by_label("Titel").fill("Reorganisatie aankondigen vóór of na de verkiezingen?")
    body = manager.get_by_label("Uw vraag of dilemma")
    body.fill("Wij twijfelen:\n- **nu** aankondigen\n- na de verkiezingen\n\nWat denkt ")
    body.press_sequentially("@Lot", delay=40)
    expect(body).to_have_attribute("aria-expanded", "true")
    option = manager.get_by_role("option", name="Lotte Lid (@lid)")
    expect(option).to_be_visible()
    expect(manager.get_by_role("listbox")).not_to_contain_text("@leerplatform.example")
    screenshot(manager, "ask_form_mention")
    axe_check(manager)
    body.press("ArrowDown")
    body.press("ArrowUp")
    body.press("Enter")
    expect(body).to_have_attribute("aria-expanded", "false")
    assert body.input_value().endswith("Wat denkt @lid ")
    body.press_sequentially("ervan?")

    manager.get_by_role("button", name="Voorbeeld bekijken").click()
    preview = manager.locator("#voorbeeld")
    expect(preview.locator("strong")).to_have_text("nu")
    expect(preview.locator("li")).to_have_count(2)
    assert "/vraagbaak/vragen/nieuw/" in manager.url  # htmx: no page load, nothing posted
    screenshot(manager, "ask_form_preview")
    axe_check(manager)

    anonymous.check()
    manager.get_by_label("Peiling", exact=False).fill("Nu aankondigen\nNa de verkiezingen")
    manager.get_by_role("button", name="Plaatsen").click()
    manager.wait_for_url("**/vraagbaak/vragen/*/")
    expect(manager.get_by_role("heading", level=1)).to_have_text(
        "Reorganisatie aankondigen vóór of na de verkiezingen?"
    )
    thread = Thread.objects.get(title="Reorganisatie aankondigen vóór of na de verkiezingen?")
    assert thread.kind == "dilemma" and thread.is_anonymous and thread.poll.options.count() == 2
    assert Notification.objects.filter(recipient__email="lid@leerplatform.example", kind="thread_mention").exists()
    screenshot(manager, "ask_form_posted")
    axe_check(manager)


def test_switching_back_to_question_drops_the_dilemma_fields(live_server, demo, browser):
    base = live_server.url
    manager = log_in(new_page(browser), base, "manager@leerplatform.example")
    manager.goto(base + "/vraagbaak/vragen/nieuw/")
    manager.get_by_label("Wat wilt u plaatsen?").select_option("dilemma")
    manager.get_by_label("Dit dilemma anoniem plaatsen", exact=False).check()
    manager.get_by_label("Wat wilt u plaatsen?").select_option("question")
    expect(manager.locator("#dilemma-velden")).to_be_hidden()
    manager.get_by_label("Titel").fill("Een gewone vraag over inkoop")
    manager.get_by_label("Uw vraag of dilemma").fill("Hoe doen jullie dit?")
    manager.get_by_role("button", name="Plaatsen").click()
    manager.wait_for_url("**/vraagbaak/vragen/*/")
    assert not Thread.objects.get(title="Een gewone vraag over inkoop").is_anonymous
