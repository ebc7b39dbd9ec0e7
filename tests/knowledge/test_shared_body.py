"""The shared body cache of knowledge pages (knowledge.shared_cache): the same page for everyone, never stale."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from knowledge.models import BestPracticePage

CASE = "/kennisbank/waterschap-brabantse-delta/"
CSRF = re.compile(r'value="[A-Za-z0-9]{64}"')

pytestmark = pytest.mark.usefixtures("demo")


def main(html: str) -> str:
    return CSRF.sub("", html.split('<main id="inhoud"', 1)[1].split("</main>", 1)[0])


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_cached_body_is_the_same_page_with_fewer_queries(client_for, make_user):
    reader = client_for(make_user(first_name="Lotte"))
    with CaptureQueriesContext(connection) as first:
        rendered = reader.get(CASE).content.decode()
    with CaptureQueriesContext(connection) as second:
        cached = reader.get(CASE).content.decode()
    assert main(rendered) == main(cached)
    assert len(second.captured_queries) < len(first.captured_queries)
    assert "Lotte" in cached  # the header is still the viewer's own


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_body_cached_for_one_viewer_shows_the_next_viewer_their_own_header(client_for, make_user):
    client_for(make_user(first_name="Anna")).get(CASE)
    html = client_for(make_user(first_name="Bram")).get(CASE).content.decode()
    assert "Bram" in html and "Anna" not in html


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_published_change_shows_at_once(client):
    assert "Een nieuwe samenvatting" not in client.get(CASE).content.decode()
    page = BestPracticePage.objects.get(url_path__endswith="/waterschap-brabantse-delta/")
    page.summary = "Een nieuwe samenvatting"
    page.save_revision().publish()
    assert "Een nieuwe samenvatting" in client.get(CASE).content.decode()


@override_settings(PAGE_CACHE_ENABLED=False)
def test_each_finder_selection_and_language_has_its_own_body(client, english):
    dutch = client.get("/kennisbank/?bestuurslaag=regionaal").content.decode()
    other = client.get("/kennisbank/?bestuurslaag=lokaal").content.decode()
    assert main(dutch) != main(other)
    assert 'lang="en"' in english.get("/kennisbank/?bestuurslaag=regionaal").content.decode()
    assert "Find comparable organisations" in english.get("/kennisbank/?bestuurslaag=regionaal").content.decode()
