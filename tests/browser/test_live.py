"""Live discussion in the real browser (issue 7): two members in two Chromium contexts.

The pages and sockets are served by a real ASGI server (uvicorn, a subprocess) on the test
database and the test Redis: the same stack as production, not the threaded WSGI live server.
"""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from peergroups.models import Membership, Notification, Space, User
from peergroups.portal import actions as thread_actions
from platform_site.management.commands.load_demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
AUTHOR = "lid@leerplatform.example"  # B: asks the question, reads along
REPLIER = "manager@leerplatform.example"  # A: types and replies


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def asgi_server(transactional_db):
    """uvicorn on the test database and Redis; yields its base URL."""
    assert os.environ.get("REDIS_URL"), "the live browser tests need the Redis channel layer: export REDIS_URL"
    port = int(os.environ.get("LIVE_TEST_PORT", 0)) or _free_port()
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "DEBUG": "false",
            "PRODUCTION": "false",
            "LOG_LEVEL": "WARNING",
        }
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    command = [
        sys.executable, "-m", "uvicorn", "platform_site.asgi:application", "--host", "127.0.0.1",
        "--port", str(port), "--no-access-log", "--lifespan", "off",
    ]
    log_path = REPO / "test-artifacts" / f"live-server-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=2):
                        break
                except OSError as exc:
                    # /healthz answers 503 while a service is down; any answer means the server is up.
                    if getattr(exc, "code", None):
                        break
                assert process.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "the ASGI server did not start"
                time.sleep(0.3)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            _wait_for_sessions_to_close(db["NAME"])


def _wait_for_sessions_to_close(name: str) -> None:
    """The server's database sessions end a moment after it exits; the test database is dropped after."""
    deadline = time.monotonic() + 10
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name]
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.2)


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


@pytest.fixture
def question(demo):
    """A fresh portal question by B, with enough replies that the end of the list is off-screen."""
    author = User.objects.get(email=AUTHOR)
    thread = thread_actions.do_create_thread(
        author,
        thread_actions.get_portal(),
        kind="question",
        title="Hoe houdt u een digitale vergadering levendig?",
        body="Wij vergaderen steeds vaker online. Wat werkt bij u?",
        themes=[],
        is_anonymous=False,
        poll_options=[],
    )
    others = list(User.objects.filter(profile__status="member").exclude(email__in=[AUTHOR, REPLIER])[:6])
    for i, other in enumerate(others):
        thread_actions.do_reply(other, thread, body=f"Ervaring {i + 1}: korte agenda, vaste rollen, camera aan.")
    return thread


def open_member(browser, base, email):
    page = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800}).new_page()
    page.goto(base + "/account/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    return page


def wait_connected(page):
    """The thread's socket is open (live.js exposes its stream on the container)."""
    page.wait_for_function(
        "() => { const s = document.querySelector('[data-live-kind=thread]').liveStream;"
        " return s && s.ws && s.ws.readyState === 1; }",
        timeout=15_000,
    )


def test_reply_typing_and_presence_reach_the_other_member(asgi_server, question, browser, axe_check, screenshot):
    base = asgi_server
    url = f"{base}/vraagbaak/vragen/{question.pk}/"
    reader = open_member(browser, base, AUTHOR)  # B
    writer = open_member(browser, base, REPLIER)  # A
    writer_name = User.objects.get(email=REPLIER).display_name
    unread_before = Notification.objects.filter(recipient__email=AUTHOR, read_at__isnull=True).count()

    reader.goto(url)
    wait_connected(reader)
    writer.goto(url)
    wait_connected(writer)

    # Presence: B sees that A is watching too ("Wie kijkt er mee").
    viewers = reader.locator("[data-live-viewers]")
    viewers.get_by_text(writer_name).wait_for(timeout=10_000)
    assert viewers.get_by_role("heading").inner_text() == "Wie kijkt er mee"

    # Typing: while A types, B sees "… is aan het typen".
    box = writer.get_by_label("Uw reactie")
    box.press_sequentially("Werk met korte blokken van twintig minuten", delay=20)
    typing = reader.locator("[data-live-typing]")
    typing.wait_for(state="visible", timeout=10_000)
    assert typing.inner_text() == f"{writer_name} is aan het typen…"
    screenshot(reader, "live_thread_typing")

    # B reads at the top of the page: the new reply is offered, not pushed into view.
    reader.evaluate("window.scrollTo(0, 0)")
    box.press_sequentially(" en een **vaste** pauze.")
    writer.get_by_role("button", name="Reactie plaatsen").click()
    writer.wait_for_load_state()
    notice = reader.get_by_role("button", name="1 nieuwe reactie")
    notice.wait_for(timeout=10_000)
    new_reply = reader.locator(".pg-reply", has_text="vaste pauze")
    assert new_reply.count() == 1 and new_reply.is_hidden()
    assert reader.locator("[data-live-reply-count]").inner_text() == "7 reacties"
    reader.wait_for_function(
        "() => document.getElementById('live-announcer').textContent.includes('1 nieuwe reactie')", timeout=5_000
    )
    screenshot(reader, "live_thread_notice")
    axe_check(reader)

    notice.click()
    assert new_reply.is_visible()
    assert reader.evaluate("document.activeElement.id") == new_reply.get_attribute("id")
    assert new_reply.locator("strong", has_text="vaste").count() == 1
    assert notice.is_hidden()
    # The typing line cleared once A stopped typing.
    typing.wait_for(state="hidden", timeout=15_000)

    # B now reads at the end of the list: the next reply appears in place, without a notice.
    writer.get_by_label("Uw reactie").fill("Nog een tip: sluit af met een rondje van één zin per persoon.")
    writer.get_by_role("button", name="Reactie plaatsen").click()
    writer.wait_for_load_state()
    second = reader.locator(".pg-reply", has_text="rondje van één zin")
    second.wait_for(state="visible", timeout=10_000)
    assert notice.is_hidden()
    assert reader.locator("[data-live-reply-count]").inner_text() == "8 reacties"

    # B follows their own question: the header counter went up live, twice.
    counter = reader.locator("[data-live-unread]")
    reader.wait_for_function(
        "(n) => document.querySelector('[data-live-unread]').textContent === String(n)",
        arg=unread_before + 2,
        timeout=10_000,
    )
    assert counter.inner_text() == str(unread_before + 2)
    screenshot(reader, "live_thread_after")
    axe_check(reader)


def test_a_nested_reply_lands_under_its_parent(asgi_server, question, browser):
    base = asgi_server
    url = f"{base}/vraagbaak/vragen/{question.pk}/"
    reader = open_member(browser, base, AUTHOR)
    reader.goto(url)
    wait_connected(reader)
    replies = reader.locator("[data-reply-id]")
    parent_id = replies.nth(1).get_attribute("data-reply-id")
    next_id = replies.nth(2).get_attribute("data-reply-id")
    # Bring the parent into view so the answer is shown in place.
    reader.locator(f"#reactie-{parent_id}").scroll_into_view_if_needed()

    writer = open_member(browser, base, REPLIER)
    writer.goto(f"{url}?antwoord={parent_id}#reageren")
    writer.get_by_label("Uw reactie").fill("Een antwoord op de tweede ervaring.")
    writer.get_by_role("button", name="Reactie plaatsen").click()
    writer.wait_for_load_state()

    nested = reader.locator(".pg-reply", has_text="antwoord op de tweede ervaring")
    nested.wait_for(state="attached", timeout=10_000)
    order = reader.eval_on_selector_all("[data-reply-id]", "els => els.map(e => e.dataset.replyId)")
    new_id = nested.get_attribute("data-reply-id")
    assert order.index(new_id) == order.index(parent_id) + 1
    assert order.index(next_id) == order.index(new_id) + 1
    assert nested.get_attribute("data-parent-id") == parent_id
    assert re.search(r"pg-reply--depth-1\b", nested.get_attribute("class"))

    # Ordering: an event that arrives before its predecessor waits for it; a duplicate is dropped.
    template = nested.evaluate("e => e.outerHTML")
    seq = reader.evaluate("document.querySelector('[data-live-kind=thread]').liveStream.seq")

    def frame(number, reply_id):
        html = template.replace(f"reactie-{new_id}", f"reactie-{reply_id}").replace(
            f'data-reply-id="{new_id}"', f'data-reply-id="{reply_id}"'
        )
        return {
            "type": "event", "stream": f"thread:{question.pk}", "seq": number, "kind": "reply.created",
            "object_id": reply_id, "version": number, "parent_id": None, "html": html,
        }

    feed = "f => document.querySelector('[data-live-kind=thread]').liveStream.frame(f)"
    reader.evaluate(feed, frame(seq + 2, 990002))
    assert reader.locator("#reactie-990002").count() == 0  # waits for seq + 1
    reader.evaluate(feed, frame(seq + 1, 990001))
    reader.evaluate(feed, frame(seq + 1, 990001))  # the same event again
    order = reader.eval_on_selector_all("[data-reply-id]", "els => els.map(e => e.dataset.replyId)")
    assert order[-2:] == ["990001", "990002"]
    assert order.count("990001") == 1


def test_a_room_message_reaches_the_other_member(asgi_server, demo, browser, axe_check, screenshot):
    base = asgi_server
    shared = Space.objects.filter(memberships__user__email=AUTHOR).filter(memberships__user__email=REPLIER).first()
    assert shared is not None, "the demo has a group with both members"
    assert Membership.objects.filter(space=shared, user__email__in=[AUTHOR, REPLIER]).count() == 2
    url = f"{base}/groepen/{shared.slug}/kamer/"
    reader = open_member(browser, base, AUTHOR)
    writer = open_member(browser, base, REPLIER)
    for page in (reader, writer):
        page.goto(url)
        page.wait_for_function(
            "() => { const s = document.querySelector('[data-live-kind=room]').liveStream;"
            " return s && s.ws && s.ws.readyState === 1; }",
            timeout=15_000,
        )
    writer_name = User.objects.get(email=REPLIER).display_name
    box = writer.locator("[data-live-room-form] textarea")
    box.press_sequentially("Zullen we na de pauze verder met punt 3?", delay=15)
    reader.locator("[data-live-typing]").get_by_text(f"{writer_name} is aan het typen…").wait_for(timeout=10_000)
    writer.locator("[data-live-room-form]").get_by_role("button").click()

    # Sent over the socket: the writer's page did not reload, the box is empty, the message is there once.
    sent = writer.locator("[data-live-messages] li", has_text="verder met punt 3")
    sent.wait_for(timeout=10_000)
    assert box.input_value() == ""
    received = reader.locator("[data-live-messages] li", has_text="verder met punt 3")
    received.wait_for(timeout=10_000)
    assert received.count() == 1 and sent.count() == 1
    assert writer_name in received.inner_text()
    reader.wait_for_function(
        "(text) => document.getElementById('live-announcer').textContent.includes(text)",
        arg=f"Nieuw bericht van {writer_name}.",
        timeout=5_000,
    )
    screenshot(reader, "live_room")
    axe_check(reader)

    # After a reload (no JavaScript needed) the stored message is still there, once.
    reader.reload()
    assert reader.locator("[data-live-messages] li", has_text="verder met punt 3").count() == 1


def test_without_a_socket_the_page_polls_and_still_updates(asgi_server, question, browser, screenshot):
    """The socket keeps failing (a proxy without WebSockets): live.js says so and polls /live/?after=."""
    base = asgi_server
    url = f"{base}/vraagbaak/vragen/{question.pk}/"
    reader = open_member(browser, base, AUTHOR)
    refused = []

    def refuse(ws):
        refused.append(ws.url)
        ws.close(code=1011)

    reader.route_web_socket(re.compile(r".*/ws/threads/.*"), refuse)
    polls = []
    reader.on("request", lambda request: polls.append(request.url) if "/live/?after=" in request.url else None)
    reader.goto(url)
    status = reader.locator("[data-live-status]")
    status.wait_for(state="visible", timeout=10_000)
    assert "onderbroken" in status.inner_text()
    reader.locator("[data-reply-id]").last.scroll_into_view_if_needed()

    writer = open_member(browser, base, REPLIER)
    writer.goto(url)
    writer.get_by_label("Uw reactie").fill("Via de omweg van het peilen toch binnen.")
    writer.get_by_role("button", name="Reactie plaatsen").click()
    writer.wait_for_load_state()

    arrived = reader.locator(".pg-reply", has_text="omweg van het peilen")
    arrived.wait_for(state="attached", timeout=25_000)
    assert refused, "the socket was tried"
    assert any(f"/vraagbaak/vragen/{question.pk}/live/?after=" in u for u in polls)
    assert reader.locator(".pg-reply", has_text="omweg van het peilen").count() == 1
    screenshot(reader, "live_thread_polling")
