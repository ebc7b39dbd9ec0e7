"""Drafts for the knowledge base start from what the platform already knows.

A promoted question carries its themes and its author's organisation (type, layer, size,
province); an anonymous dilemma carries its themes but never its author's organisation.
A team's deliverables: tests/resultancy/test_deliverable_prefill.py.
"""

import re
from html import unescape

import pytest
from bs4 import BeautifulSoup

from knowledge.models import BestPracticePage
from peergroups.core.taxonomy import GovernmentLayer, OrganisationType
from peergroups.models import Theme
from peergroups.portal import actions as thread_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return Theme.objects.create(name="Dienstverlening", slug="dienstverlening-test", kind="pillar")


@pytest.fixture
def utrecht(make_organisation):
    return make_organisation(
        "Gemeente Utrecht",
        organisation_type=OrganisationType.GEMEENTE,
        government_layer=GovernmentLayer.LOKAAL,
        staff_count=4200,
        province="utrecht",
        city="Utrecht",
    )


def answered_thread(make_user, organisation, theme, **fields):
    asker, helper = make_user(organisation=organisation), make_user()
    thread = thread_actions.do_create_thread(
        asker,
        thread_actions.get_portal(),
        body="Hoe korten wij de wachttijd aan het loket in?",
        themes=[theme],
        **fields,
    )
    thread_actions.do_accept(asker, thread, thread_actions.do_reply(helper, thread, body="Met een terugbelafspraak."))
    return thread


def promote_form(client, thread) -> tuple[str, BeautifulSoup]:
    page = client.get(thread.get_absolute_url()).content.decode()
    url = unescape(re.search(r'href="([^"]*/kennisbank/concept/nieuw/[^"]*)"', page).group(1))
    return url, BeautifulSoup(client.get(url).content.decode(), "html.parser")


def chosen(form: BeautifulSoup, name: str) -> list[str]:
    selected = form.select(f'select[name="{name}"] option[selected]')
    checked = form.select(f'input[name="{name}"][checked]')
    return [o.get("value") for o in selected + checked if o.get("value")]


def test_a_promoted_question_carries_its_themes_and_its_organisation(make_user, editor, client_for, theme, utrecht):
    thread = answered_thread(make_user, utrecht, theme, kind="question", title="Wachttijd aan het loket")
    client = client_for(editor)
    url, form = promote_form(client, thread)

    assert chosen(form, "themes") == [str(theme.pk)]
    assert chosen(form, "organisation") == [utrecht.slug]
    assert chosen(form, "source_kind") == ["question"]

    data = {"title": thread.title, "source_kind": "question", "organisation": utrecht.slug, "themes": [theme.pk]}
    assert client.post(url.split("?")[0], data).status_code == 302
    page = BestPracticePage.objects.get(title="Wachttijd aan het loket")
    assert page.organisation == utrecht and page.organisation_name == "Gemeente Utrecht"
    assert (page.organisation_type, page.government_layer) == (OrganisationType.GEMEENTE, GovernmentLayer.LOKAAL)
    assert (page.staff_count, page.province, page.city) == (4200, "utrecht", "Utrecht")
    assert list(page.get_latest_revision_as_object().themes.all()) == [theme]


def test_an_anonymous_dilemma_never_carries_its_authors_organisation(make_user, editor, client_for, theme, utrecht):
    thread = answered_thread(
        make_user, utrecht, theme, kind="dilemma", title="Een cadeau van een leverancier", is_anonymous=True
    )
    url, form = promote_form(client_for(editor), thread)

    assert chosen(form, "source_kind") == ["dilemma"]
    assert chosen(form, "themes") == [str(theme.pk)]
    assert chosen(form, "organisation") == []
    assert utrecht.slug not in url
