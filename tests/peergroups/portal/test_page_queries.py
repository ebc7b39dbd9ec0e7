"""A member's thread page and group page cost a fixed number of SQL queries, at most 15 (issue 9),
whatever the number of replies, votes, threads and themes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peergroups.core.taxonomy import ThemeKind
from peergroups.models import Theme
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401

BUDGET = 15


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


def _queries(client, url) -> int:
    client.get(url)  # sessions and caches warm, as for a member who browses
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_thread_page_queries_do_not_grow_with_replies(client, make_user, portal):  # noqa: F811
    asker, reader = make_user(), make_user()
    people = [make_user() for _ in range(4)]
    thread = ask(asker, portal)
    client.force_login(reader)

    def grow(count):
        for i in range(count):
            top = thread_actions.do_reply(people[i % 4], thread, body=f"Antwoord {i}")
            answer = thread_actions.do_reply(people[(i + 1) % 4], thread, body=f"Reactie {i}", parent=top)
            thread_actions.do_reply(people[(i + 2) % 4], thread, body=f"Dieper {i}", parent=answer)
            thread_actions.do_toggle_vote(people[(i + 3) % 4], top)
            thread_actions.do_toggle_vote(reader, answer)

    grow(2)
    small = _queries(client, thread.get_absolute_url())
    grow(18)  # more than a page of branches, nested answers, votes of the reader
    large = _queries(client, thread.get_absolute_url())
    assert large == small <= BUDGET


def test_group_page_queries_do_not_grow_with_threads(client, make_user):
    coordinator = make_user()
    group = space_actions.do_create_peer_group(coordinator, name="Kring", visibility="open")
    themes = [Theme.objects.create(name=f"Thema {i}", slug=f"thema-{i}", kind=ThemeKind.CASE_THEME) for i in range(3)]
    client.force_login(coordinator)
    url = f"/groepen/{group.slug}/"

    ask(coordinator, group, title="De eerste", kind="discussion", themes=themes[:1])
    small = _queries(client, url)
    for i in range(6):
        ask(coordinator, group, title=f"Discussie {i}", kind="discussion", themes=themes)
    large = _queries(client, url)
    assert large == small <= BUDGET
