"""The hooks live.js needs, as the server renders them (issue 7): the page works without JavaScript,
and with it the client can place every event and show only server-translated text."""

import json
import re

import pytest

from peergroups.live import events
from peergroups.portal import actions as thread_actions
from peergroups.templatetags.peergroups_live import live_strings_dict
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


def _strings(html: str) -> dict:
    found = re.search(r'<script id="live-strings" type="application/json">(.*?)</script>', html, re.S)
    assert found, "the page carries the client's strings"
    return json.loads(found.group(1))


def test_thread_page_carries_the_live_hooks(client, make_user, portal):  # noqa: F811
    asker, reader = make_user(first_name="Anke"), make_user(first_name="Bart")
    thread = ask(asker, portal)
    top = thread_actions.do_reply(reader, thread, body="Eerste")
    answer = thread_actions.do_reply(asker, thread, body="Antwoord", parent=top)
    client.force_login(reader)

    html = client.get(thread.get_absolute_url()).content.decode()

    section = re.search(r'<section [^>]*data-live-kind="thread"[^>]*>', html).group(0)
    assert f'data-live-url="/ws/threads/{thread.pk}/"' in section
    assert f'data-live-poll-url="{thread.get_absolute_url()}live/"' in section
    seq = events.latest_seq(events.thread_stream(thread.pk))
    assert seq >= 2 and f'data-live-seq="{seq}"' in section
    assert 'data-live-last-page="true"' in section
    first = re.search(rf'<article [^>]*id="reactie-{top.pk}"[^>]*>', html).group(0)
    second = re.search(rf'<article [^>]*id="reactie-{answer.pk}"[^>]*>', html).group(0)
    assert 'data-parent-id=""' in first and 'data-depth="0"' in first
    assert f'data-parent-id="{top.pk}"' in second and 'data-depth="1"' in second
    assert "data-live-typing-form" in html and "data-live-body" in html and "data-live-votes" in html
    # Without JavaScript the live containers are hidden and empty; the announcer is silent.
    for hook in ("data-live-typing", "data-live-viewers", "data-live-status", "data-live-notice"):
        tag = re.search(rf"<[a-z0-9]+ [^>]*{hook}(?![-\w])[^>]*>", html).group(0)
        assert " hidden" in tag, tag
    announcer = '<div id="live-announcer" class="platform-visually-hidden" aria-live="polite" aria-atomic="true"></div>'
    assert announcer in html
    # The header counter the personal stream updates.
    assert re.search(r'data-live-kind="me" data-live-url="/ws/me/"', html)
    assert re.search(r"<span data-live-unread>\d+</span>", html)


def test_client_strings_are_translated_dutch_by_default(client, make_user):
    client.force_login(make_user())
    strings = _strings(client.get("/").content.decode())
    # Plain JSON, nothing escaped away (no HTML entities): the page carries exactly the server's texts.
    assert strings == json.loads(json.dumps(live_strings_dict()))
    assert strings["new_replies_one"] == "%(n)s nieuwe reactie"
    assert strings["new_replies_other"] == "%(n)s nieuwe reacties"
    assert strings["typing_one"] == "%(names)s is aan het typen…"
    assert strings["status"]["answered"] == "Beantwoord"
    # Every key has text: nothing the client shows is left empty.
    assert all(value for value in strings.values())
    assert set(strings) == set(live_strings_dict())
