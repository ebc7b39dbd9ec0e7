"""The search page in the real browser: a facet link loads only the results (htmx) and keeps the URL shareable."""

import uuid

import pytest
from django.core.management import call_command

from search import connection

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def indexed_demo(transactional_db, settings):
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"
    call_command("load_demo", verbosity=0, no_index=True)
    call_command("search_reindex", verbosity=0)
    yield
    client = connection.get_client()
    for name in client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", expand_wildcards="all"):
        client.indices.delete(index=name, ignore_unavailable=True)


def test_facet_link_updates_results_in_place(live_server, indexed_demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/zoeken/?q=gemeente")
    page.wait_for_load_state("networkidle")
    marker = page.evaluate("() => { window.notReloaded = true; return true; }")
    facets = page.locator(".platform-facet").first
    link = facets.get_by_role("link").first
    label = link.inner_text().split(" (")[0]
    link.click()
    selected = page.locator('.platform-facets a[aria-current="true"]')
    selected.first.wait_for()
    assert label in selected.first.inner_text()
    assert "q=gemeente" in page.url and "kind=" in page.url  # the address is shareable
    assert page.evaluate("() => window.notReloaded === true") is marker  # swapped in place, no page load
    assert page.locator("#zoekresultaten .platform-hit").count() >= 1
    screenshot(page, "search-facet-selected")
    axe_check(page)
