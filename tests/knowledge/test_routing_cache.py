"""The cached Wagtail route (knowledge/routing.py): fewer queries, never a stale page.

Each test first requests the page so the route is cached, then makes the write
an editor would make, then asserts the next request follows it.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from knowledge.models import BestPracticePage

CASE = "/kennisbank/waterschap-brabantse-delta/"

pytestmark = pytest.mark.usefixtures("demo")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every request renders (the anonymous page cache would hide what routing does)."""
    settings.PAGE_CACHE_ENABLED = False


def _case():
    return BestPracticePage.objects.get(url_path__endswith="/waterschap-brabantse-delta/")


def test_a_cached_route_asks_the_database_nothing_for_routing(client_for, make_user):
    reader = client_for(make_user(first_name="Lotte"))
    assert reader.get(CASE).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        assert reader.get(CASE).status_code == 200
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "wagtailcore_site" not in sql
    assert "wagtailcore_page" not in sql
    assert "wagtailcore_pageviewrestriction" not in sql


def test_an_unpublished_page_is_gone_at_once(client):
    assert client.get(CASE).status_code == 200
    _case().unpublish()
    assert client.get(CASE).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client):
    assert client.get(CASE).status_code == 200
    page = _case()
    new_parent = Page.objects.get(url_path__endswith="/kennisbank/instrumenten/")
    page.move(new_parent, pos="last-child")
    moved = "/kennisbank/instrumenten/waterschap-brabantse-delta/"
    old = client.get(CASE)
    assert (old.status_code, old.get("Location")) == (301, moved)  # Wagtail's automatic redirect, not the page
    assert client.get(moved).status_code == 200


def test_a_new_restriction_applies_at_once_and_is_checked_per_viewer(client, client_for, make_user):
    assert client.get(CASE).status_code == 200
    restriction = PageViewRestriction.objects.create(page=_case(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(CASE)
    assert response.status_code == 302 and "login" in response["Location"]
    member = client_for(make_user(first_name="Lotte"))
    assert member.get(CASE).status_code == 200  # the cached restriction, decided for this viewer
    assert client.get(CASE).status_code == 302  # and again for the visitor, from the cache
    restriction.delete()
    assert client.get(CASE).status_code == 200


def test_a_group_restriction_follows_the_group_of_the_viewer(client_for, make_user):
    editors = Group.objects.create(name="Lezerskring")
    restriction = PageViewRestriction.objects.create(page=_case(), restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(editors)
    reader = make_user(first_name="Lotte")
    client = client_for(reader)
    refused = client.get(CASE)  # Wagtail sends a reader outside the groups to its login view
    assert refused.status_code == 302 and refused["Location"].startswith(f"/_util/login/?next={CASE}")
    reader.groups.add(editors)
    assert client.get(CASE).status_code == 200


def test_an_unknown_address_stays_a_404_and_a_new_page_there_appears(client):
    assert client.get("/kennisbank/bestaat-niet/").status_code == 404
    page = _case()
    page.slug = "bestaat-niet"
    page.save_revision().publish()
    assert client.get("/kennisbank/bestaat-niet/").status_code == 200


def test_an_entry_that_no_longer_unpickles_is_routed_afresh(client, monkeypatch):
    import pickle

    from knowledge import routing

    assert client.get(CASE).status_code == 200

    real_get = routing.cache.get

    def broken(key, *args, **kwargs):
        if key.startswith("knowledge-route:"):
            raise pickle.UnpicklingError("a page model changed by a deploy")
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(routing.cache, "get", broken)
    assert client.get(CASE).status_code == 200
