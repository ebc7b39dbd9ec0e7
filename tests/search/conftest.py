import uuid

import pytest
from django.core.management import call_command

from search import connection


@pytest.fixture
def search_index(settings):
    """A private index prefix for one test on the real Elasticsearch; removed afterwards."""
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"
    yield settings.SEARCH_INDEX_PREFIX
    client = connection.get_client()
    for name in client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", expand_wildcards="all"):
        client.indices.delete(index=name, ignore_unavailable=True)


@pytest.fixture
def reindex(search_index):
    def run():
        call_command("search_reindex", verbosity=0)

    return run


@pytest.fixture(scope="module")
def demo_index(django_db_setup, django_db_blocker):
    """The demo content, indexed in a private Elasticsearch index, for one module's search-quality
    tests (loaded once: a rolled-back transaction around the module, as in tests/knowledge)."""
    from django.db import transaction
    from django.test import override_settings

    prefix = f"test-{uuid.uuid4().hex[:10]}"
    with override_settings(SEARCH_INDEX_PREFIX=prefix), django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", verbosity=0)  # ends with search_reindex into the private index
            yield prefix
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            client = connection.get_client()
            for name in client.indices.get(index=f"{prefix}-*", expand_wildcards="all"):
                client.indices.delete(index=name, ignore_unavailable=True)
