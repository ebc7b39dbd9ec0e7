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
