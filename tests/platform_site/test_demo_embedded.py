"""The embedded default (`make run`): demo content loads and is findable through the database fallback."""

import pytest
from django.core.management import call_command

from search import service
from search.scope import PUBLIC_SCOPE

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_and_is_searchable_without_elasticsearch(settings, client):
    settings.ELASTICSEARCH_URL = ""
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)  # idempotent
    results = service.search(service.SearchParams(text="Kadaster"), PUBLIC_SCOPE)
    assert results.backend == "database"
    assert any("Kadaster" in hit.title for hit in results.hits)
    page = client.get("/zoeken/?q=Kadaster")
    assert page.status_code == 200 and "Kadaster" in page.content.decode()
