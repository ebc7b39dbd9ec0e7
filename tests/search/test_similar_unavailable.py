"""The ask form's similar-questions box tells "search is down" from "nothing similar"."""

import socket

import pytest

from peergroups.portal import actions as thread_actions

pytestmark = pytest.mark.django_db

NOTHING_SIMILAR = "No similar questions found yet."
UNAVAILABLE = "temporarily unavailable"


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def member_client(client, make_user):
    client.cookies["django_language"] = "en"
    client.force_login(make_user())
    return client


def similar(client):
    response = client.get("/vraagbaak/vergelijkbaar/", {"title": "Wachttijden klantcontactcentrum terugdringen"})
    assert response.status_code == 200
    return response.content.decode()


def test_with_elasticsearch_down_the_box_says_suggestions_are_unavailable(member_client, settings):
    # The search service's connection points at a closed port: the shared Elasticsearch stays up.
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    html = similar(member_client)
    assert UNAVAILABLE in html
    assert NOTHING_SIMILAR not in html


def test_with_elasticsearch_up_and_nothing_similar_the_box_says_so(member_client, search_index, reindex, make_user):
    thread_actions.do_create_thread(
        make_user(), thread_actions.get_portal(), kind="question", title="Begroting", body="Over de begroting."
    )
    reindex()
    html = similar(member_client)
    assert NOTHING_SIMILAR in html
    assert UNAVAILABLE not in html
