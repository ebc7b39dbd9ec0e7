"""live.js during an outage (issue 15): back-off that grows, and a status line that stays put.

While Redis is down the server accepts each socket and closes it at once (4503). Before, every
short-lived open reset the back-off, so a tab reconnected about once a second and the status line
flickered. Here the page runs the real live.js against a fake WebSocket that does just that, on
Playwright's fake clock (20 s take milliseconds), with Math.random pinned so delays are their
ceilings.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser]

LIVE_JS = Path(__file__).resolve().parents[2] / "peergroups" / "static" / "peergroups" / "live.js"
ORIGIN = "http://live.test"
START = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)

PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>live</title></head><body>
<script id="live-strings" type="application/json">{"connection_lost": "Live bijwerken onderbroken"}</script>
<div data-live-kind="me" data-live-url="/ws/me/" data-live-poll-url="/live/?stream=me" data-live-seq="0">
  <p data-live-status hidden></p><span data-live-unread>0</span></div>
<script src="/live.js"></script></body></html>"""

FAKE_SOCKET = """
window.__sockets = [];
window.__openFor = [];  // ms each next socket stays open before the server closes it (default 20)
Math.random = function () { return 1; };
window.WebSocket = function (url) {
  var ws = this, openFor = window.__openFor.length ? window.__openFor.shift() : 20;
  ws.readyState = 0;
  window.__sockets.push(Date.now());
  setTimeout(function () { ws.readyState = 1; ws.onopen && ws.onopen({}); }, 10);
  setTimeout(function () { ws.readyState = 3; ws.onclose && ws.onclose({ code: 4503 }); }, 10 + openFor);
};
window.WebSocket.prototype.send = function () {};
window.WebSocket.prototype.close = function () {};
window.__flips = 0;
document.addEventListener("DOMContentLoaded", function () {
  var line = document.querySelector("[data-live-status]");
  new MutationObserver(function () { if (line.hidden) window.__flips += 1; })
    .observe(line, { attributes: true, attributeFilter: ["hidden"] });
});
"""


@pytest.fixture
def outage_page(page):
    page.route(f"{ORIGIN}/", lambda route: route.fulfill(body=PAGE, content_type="text/html"))
    page.route(f"{ORIGIN}/live.js", lambda route: route.fulfill(path=str(LIVE_JS), content_type="text/javascript"))
    page.route(
        f"{ORIGIN}/live/**",
        lambda route: route.fulfill(body=json.dumps({"seq": 0, "events": []}), content_type="application/json"),
    )
    # Time stands still except when a test runs the clock: page loading on a busy machine adds
    # no real milliseconds to the delays measured.
    page.clock.install(time=START)
    page.clock.pause_at(START + dt.timedelta(seconds=1))
    page.add_init_script(FAKE_SOCKET)
    return page


def socket_times(page) -> list[int]:
    times = page.evaluate("window.__sockets")
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_reconnects_back_off_while_every_socket_is_closed_at_once(outage_page):
    outage_page.goto(f"{ORIGIN}/")
    outage_page.clock.run_for(20_000)

    gaps = socket_times(outage_page)
    # 1 s, 2 s, 4 s, 8 s (+ the 30 ms each socket lived): five sockets in 20 s, not twenty.
    assert len(gaps) + 1 <= 6, gaps
    assert all(later > earlier for earlier, later in zip(gaps, gaps[1:], strict=False)), gaps
    status = outage_page.locator("[data-live-status]")
    assert status.is_visible() and "onderbroken" in status.inner_text()
    assert outage_page.evaluate("window.__flips") == 0  # never hidden again: no flicker


def test_the_back_off_starts_again_after_a_connection_that_stayed_up(outage_page):
    # Three quick failures, then one socket that lives 12 s, then quick failures again.
    outage_page.add_init_script("window.__openFor = [20, 20, 20, 12000];")
    outage_page.goto(f"{ORIGIN}/")
    outage_page.clock.run_for(40_000)

    gaps = socket_times(outage_page)
    # 1 s, 2 s, 4 s, then the long one (12 s + 1 s: its attempt counter was reset), then 2 s.
    assert gaps[:3] == pytest.approx([1030, 2030, 4030], abs=20), gaps
    assert gaps[3] == pytest.approx(12_010 + 1_000, abs=20), gaps
    assert gaps[4] == pytest.approx(2_030, abs=20), gaps
