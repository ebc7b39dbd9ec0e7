"""In Chromium: a reply that arrives live has the reader's buttons (and they work), and in a group
room Enter sends while Shift+Enter makes a new line, and the typing line expires by itself."""

import time

import pytest

from peergroups.models import Space, User, Vote
from tests.browser.accounts import log_in, new_page
from tests.browser.test_live import AUTHOR, REPLIER, asgi_server, demo, question, wait_connected  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_live_reply_has_the_readers_buttons(asgi_server, question, browser, axe_check, screenshot):  # noqa: F811
    base = asgi_server
    url = f"{base}/vraagbaak/vragen/{question.pk}/"
    reader = log_in(new_page(browser), base, AUTHOR)
    writer = log_in(new_page(browser), base, REPLIER)
    reader.goto(url)
    wait_connected(reader)
    reader.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # at the end: shown in place

    writer.goto(url)
    writer.get_by_label("Uw reactie").fill("Live met knoppen: stem, reageer of meld.")
    writer.get_by_role("button", name="Reactie plaatsen").click()
    writer.wait_for_load_state()

    live = reader.locator(".pg-reply", has_text="Live met knoppen")
    live.wait_for(state="visible", timeout=10_000)
    assert live.get_attribute("data-live-inserted") is not None  # arrived over the socket
    for name in ("Nuttig", "Hierop reageren", "Melden"):
        assert live.get_by_role("button", name=name).or_(live.get_by_role("link", name=name)).count() == 1, name
    # The writer's own reply, on the writer's page after the redirect: no vote on one's own reply.
    own = writer.locator(".pg-reply", has_text="Live met knoppen")
    assert own.get_by_role("button", name="Nuttig").count() == 0
    screenshot(reader, "live_reply_buttons")
    axe_check(reader)

    # The vote form got this page's CSRF token: voting from the live reply works.
    reply_id = int(live.get_attribute("data-reply-id"))
    live.get_by_role("button", name="Nuttig").click()
    reader.wait_for_load_state()
    voted = reader.locator(f"#reactie-{reply_id}")
    voted.get_by_role("button", name="Stem intrekken").wait_for(timeout=10_000)
    assert Vote.objects.filter(reply_id=reply_id, user__email=AUTHOR).count() == 1


def _room(page, url):
    page.goto(url)
    page.wait_for_function(
        "() => { const s = document.querySelector('[data-live-kind=room]').liveStream;"
        " return s && s.ws && s.ws.readyState === 1; }",
        timeout=15_000,
    )


def test_enter_sends_shift_enter_breaks_and_typing_expires(asgi_server, demo, browser, axe_check, screenshot):  # noqa: F811
    base = asgi_server
    shared = Space.objects.filter(memberships__user__email=AUTHOR).filter(memberships__user__email=REPLIER).first()
    url = f"{base}/groepen/{shared.slug}/kamer/"
    reader = log_in(new_page(browser), base, AUTHOR)
    writer = log_in(new_page(browser), base, REPLIER)
    for page in (reader, writer):
        _room(page, url)
    intro = writer.locator(".pg-room > p").first.inner_text()
    assert "opnieuw" not in intro and "vanzelf" in intro
    hint = writer.get_by_text("Enter verstuurt je bericht; Shift+Enter begint een nieuwe regel.")
    assert hint.is_visible()

    writer_name = User.objects.get(email=REPLIER).display_name
    box = writer.locator("[data-live-room-form] textarea")
    box.press_sequentially("Eerste regel", delay=15)
    box.press("Shift+Enter")
    box.press_sequentially("tweede regel", delay=15)
    assert box.input_value() == "Eerste regel\ntweede regel"  # Shift+Enter: a new line, nothing sent
    typing = reader.locator("[data-live-typing]")
    typing.get_by_text(f"{writer_name} is aan het typen…").wait_for(timeout=10_000)
    stopped = time.monotonic()
    screenshot(reader, "live_room_typing")

    # The typing line goes away by itself a few seconds after the last keystroke.
    typing.wait_for(state="hidden", timeout=10_000)
    assert time.monotonic() - stopped < 9

    box.press("Enter")
    sent = writer.locator("[data-live-messages] li", has_text="Eerste regel")
    sent.wait_for(timeout=10_000)
    assert box.input_value() == ""
    received = reader.locator("[data-live-messages] li", has_text="tweede regel")
    received.wait_for(timeout=10_000)
    assert received.count() == 1 and sent.count() == 1
    assert writer.url.rstrip("/").endswith("/kamer")  # sent over the socket, no page load
    screenshot(writer, "live_room_enter_sent")
    axe_check(writer)

    # Enter in an empty box sends nothing.
    before = writer.locator("[data-live-messages] li").count()
    box.press("Enter")
    time.sleep(1)
    assert writer.locator("[data-live-messages] li").count() == before
