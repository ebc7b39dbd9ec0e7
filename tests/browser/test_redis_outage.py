"""A Redis outage under a real browser: replies still arrive, reconnects stay few, the line stays put.

A real outage on a Redis of the fault tests' own (``tests/faults.py``: started by
``scripts/services.sh`` on a port of its own); the shared one is never touched. daphne (a
subprocess, as in production) serves the platform on the test database with
its channel layer and cache on that instance. A member reads a question in Chromium while a
colleague replies through the form; Redis is stopped for ``OUTAGE_SECONDS``:

- the colleague's reply, posted meanwhile, reaches the reader's page (the polling fallback);
- the reader's page opens at most ``MAX_SOCKETS_PER_STREAM`` WebSockets per live stream during
  the outage (the back-off grows; before, each tab reconnected about once a second);
- the "live updates interrupted" line appears once and stays until the socket is live again;
- after Redis returns the socket is live again, and a reply arrives over it.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from peergroups.portal import actions as thread_actions
from tests.conftest import PASSWORD
from tests.faults import REDIS_URL, private_service

pytestmark = [pytest.mark.browser, pytest.mark.services, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
OUTAGE_SECONDS = 20
#: WebSockets one live stream of the page may open while Redis is down for OUTAGE_SECONDS. With
#: the back-off (ceilings 1, 2, 4, 8, 16 s, full jitter) about 5 are expected.
MAX_SOCKETS_PER_STREAM = 10
#: Seconds from Redis answering again to the page's socket being live.
RECOVERY_BOUND = 45


@pytest.fixture
def private_redis():
    try:
        private_service("up", "redis")
        yield REDIS_URL
    finally:
        private_service("down", "redis")  # the private instance goes, even when the test fails


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def daphne(private_redis, transactional_db):
    """daphne on the test database, its channel layer and cache on the private Redis."""
    port = _free_port()
    db = connection.settings_dict
    env = dict(
        os.environ,
        DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        REDIS_URL=private_redis,
        DEBUG="false",
        PRODUCTION="false",
        LOG_LEVEL="WARNING",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    log_path = REPO / "test-artifacts" / f"daphne-redis-outage-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "platform_site.asgi:application"]
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
                    if getattr(exc, "code", None):  # 503 is an answer too
                        break
                assert process.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "daphne did not start"
                time.sleep(0.3)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            wait_for_sessions_to_close(db["NAME"])


def wait_for_sessions_to_close(name: str) -> None:
    """daphne's database sessions end a moment after it exits; the test database is dropped after."""
    deadline = time.monotonic() + 10
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name]
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.2)


def open_member(browser, base, email):
    page = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800}).new_page()
    page.goto(base + "/account/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    return page


THREAD_LIVE = (
    "() => { const root = document.querySelector('[data-live-kind=thread]'); const s = root.liveStream;"
    " return s && s.ws && s.ws.readyState === 1 && root.querySelector('[data-live-status]').hidden; }"
)
WATCH_STATUS = """() => {
  const line = document.querySelector('[data-live-kind=thread] [data-live-status]');
  let was = line.hidden;
  window.__statusChanges = [];
  new MutationObserver(() => {
    if (line.hidden !== was) window.__statusChanges.push(line.hidden ? 'hidden' : 'shown');
    was = line.hidden;
  }).observe(line, { attributes: true, attributeFilter: ['hidden'] });
}"""


def reply(page, text):
    page.get_by_label("Uw reactie").fill(text)
    page.get_by_role("button", name="Reactie plaatsen").click()
    page.wait_for_load_state()


def test_replies_arrive_and_reconnects_stay_few_while_redis_is_down(daphne, make_user, browser):
    base = daphne
    reader_user, writer_user = make_user(), make_user()
    thread = thread_actions.do_create_thread(
        reader_user, thread_actions.get_portal(), kind="question", title="Hoe houdt u een overleg kort?",
        body="Onze overleggen lopen steeds uit.", themes=[], is_anonymous=False, poll_options=[],
    )  # fmt: skip
    url = f"{base}/vraagbaak/vragen/{thread.pk}/"
    reader = open_member(browser, base, reader_user.email)
    writer = open_member(browser, base, writer_user.email)
    sockets: list[tuple[float, str]] = []
    reader.on("websocket", lambda ws: sockets.append((time.monotonic(), ws.url.split("?")[0])))
    reader.goto(url)
    reader.wait_for_function(THREAD_LIVE, timeout=15_000)
    reader.evaluate(WATCH_STATUS)
    writer.goto(url)

    down = time.monotonic()
    private_service("stop", "redis")
    try:
        reader.wait_for_function(
            "() => !document.querySelector('[data-live-kind=thread] [data-live-status]').hidden", timeout=15_000
        )
        reply(writer, "Tijdens de storing: wij zetten een wekker op vijfentwintig minuten.")
        arrived = reader.locator(".pg-reply", has_text="wekker op vijfentwintig minuten")
        arrived.wait_for(state="attached", timeout=20_000)  # POLL_MS is 10 s, with jitter
        polled_after = time.monotonic() - down
        reader.wait_for_timeout(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down)) * 1000)  # events keep coming
        during = [path for at, path in sockets if down <= at]
        changes = reader.evaluate("window.__statusChanges")
    finally:
        private_service("start", "redis")
    back = time.monotonic()

    reader.wait_for_function(THREAD_LIVE, timeout=RECOVERY_BOUND * 1000)
    recovered = time.monotonic() - back
    per_stream = {path: during.count(path) for path in set(during)}
    print(
        f"reply by polling {polled_after:.1f} s into the outage; sockets during {OUTAGE_SECONDS} s: {per_stream};"
        f" socket live {recovered:.1f} s after Redis returned"
    )

    assert per_stream, "the page never tried to reconnect"
    assert max(per_stream.values()) <= MAX_SOCKETS_PER_STREAM, per_stream
    assert changes == ["shown"], f"the status line flickered: {changes}"
    assert arrived.count() == 1

    # Live again: a reply arrives well within one polling interval.
    reply(writer, "Na de storing: het overleg eindigt op het hele uur.")
    reader.locator(".pg-reply", has_text="eindigt op het hele uur").wait_for(state="attached", timeout=5_000)
