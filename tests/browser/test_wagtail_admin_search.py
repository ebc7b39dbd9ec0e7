"""An editor searches Wagtail's admin (/cms/pages/search/) on the real Elasticsearch, in Chromium.

The search used to answer 500 (``KeyError: 'fields'``) for any query with hits; its pagination
must not print "None". Wagtail's index lives under a private prefix on the shared Elasticsearch,
removed afterwards.
"""

import re
import uuid

import pytest
from django.conf import settings as django_settings

from knowledge.models import NewsIndexPage, NewsPage
from peergroups.policy import ROLE_EDITORS
from search import connection
from tests.conftest import PASSWORD
from tests.second_factor import code_for

pytestmark = [pytest.mark.browser, pytest.mark.services, pytest.mark.django_db(transaction=True)]

#: More hits than Wagtail shows on one page of results (20), so there is a second page.
PAGES = 23


@pytest.fixture
def wagtail_index(settings):
    prefix = f"test-{uuid.uuid4().hex[:10]}-wagtail-"
    backends = {name: dict(conf) for name, conf in django_settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"]["INDEX_PREFIX"] = prefix
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield prefix
    client = connection.get_client()
    for name in client.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        client.indices.delete(index=name, ignore_unavailable=True)


def test_an_editor_finds_pages_in_the_admin_search(live_server, wagtail_index, make_user, page, screenshot):
    parent = NewsIndexPage.objects.get()
    for n in range(PAGES):
        news = NewsPage(title=f"Omgevingsvisie deel {n + 1}", slug=f"omgevingsvisie-{n + 1}", summary="Over de visie.")
        parent.add_child(instance=news)
        news.save_revision().publish()
    connection.get_client().indices.refresh(index=f"{wagtail_index}*")
    editor = make_user(roles=[ROLE_EDITORS], is_staff=True)

    page.goto(live_server.url + "/account/login/")
    page.get_by_label("Email address").or_(page.get_by_label("E-mailadres")).fill(editor.email)
    page.get_by_label("Password").or_(page.get_by_label("Wachtwoord")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").or_(page.get_by_role("button", name="Inloggen")).click()
    page.wait_for_load_state()
    assert "/account/2fa/authenticate/" in page.url  # editors have a second factor (make_user gives one)
    page.locator("input[name=code]").fill(code_for(editor.totp_secret))
    with page.expect_navigation():
        page.locator("input[name=code]").press("Enter")
    response = page.goto(live_server.url + "/cms/pages/search/?q=omgevingsvisie")

    assert response.status == 200
    results = page.locator("main")
    titles = results.get_by_role("link", name="Omgevingsvisie deel")
    titles.first.wait_for()
    first_page = titles.count()
    assert 0 < first_page < PAGES
    assert "None" not in results.inner_text()
    assert re.search(rf"1-{first_page}\s*van {PAGES}\s*pagina's", results.inner_text())  # the count names pages
    screenshot(page, "wagtail_admin_search")

    page.goto(live_server.url + "/cms/pages/search/?q=omgevingsvisie&p=2")
    assert "None" not in results.inner_text()
    assert titles.count() == PAGES - first_page
