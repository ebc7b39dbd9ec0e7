"""Shared helpers for the thread tests."""

import pytest

from peergroups.portal import actions as thread_actions


@pytest.fixture
def portal(db):
    return thread_actions.get_portal()


def ask(
    user, space, title="Hoe organiseert u het klantcontactcentrum?", body="Wij twijfelen over de inrichting.", **kw
):
    return thread_actions.do_create_thread(user, space, kind=kw.pop("kind", "question"), title=title, body=body, **kw)


@pytest.fixture
def reindexed(settings):
    """A private index on the real search backend, filled from the database on demand; removed afterwards."""
    import uuid

    from django.core.management import call_command

    from search import connection

    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"

    def run():
        call_command("search_reindex", verbosity=0)

    yield run
    if connection.is_configured():
        client = connection.get_client()
        for name in client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", expand_wildcards="all"):
            client.indices.delete(index=name, ignore_unavailable=True)
