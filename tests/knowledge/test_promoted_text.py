"""A solved question with typed lists, promoted into the knowledge base, opens and publishes in the page editor.

The draft is made the way an editor makes it: from the thread's
"Opnemen in de kennisbank" link, through the prefilled form, into the Wagtail
edit view; then finished, submitted and approved in the admin, and read live.
"""

import re
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from knowledge.actions import create_draft_knowledge_page
from knowledge.models import BestPracticePage, SourceKind
from peergroups.portal import actions as thread_actions

from .admin_forms import submit_and_approve

pytestmark = pytest.mark.django_db

QUESTION = (
    "## Onze situatie\n"
    "Wij hebben drie loketten.\n"
    "Wat werkt bij u voor **kortere wachttijden**?\n"
    "- terugbellen\n"
    "- afspraken op tijd"
)
ANSWER = (
    "Bij ons hielp:\n"
    "1. een vast aanspreekpunt\n"
    "2. een [handreiking](https://www.example.nl/handreiking) voor het team\n"
    "\n"
    "Meer uitleg volgt <script>alert(1)</script>[hier](javascript:alert(1))."
)


def live_body(client, page) -> str:
    html = client.get(page.url).content.decode()
    return html.split("<main", 1)[1]


def items(html: str, tag: str) -> list[list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    return [[li.get_text(" ", strip=True) for li in lst.find_all("li")] for lst in soup.find_all(tag)]


def test_promoting_a_solved_question_opens_in_the_editor_and_publishes_its_lists(
    editor, second_editor, make_user, client_for, client
):
    portal = thread_actions.get_portal()
    asker, helper = make_user(), make_user()
    thread = thread_actions.do_create_thread(
        asker, portal, kind="question", title="Wachttijden aan het loket", body=QUESTION
    )
    answer = thread_actions.do_reply(helper, thread, body=ANSWER)
    thread_actions.do_accept(asker, thread, answer)

    editing = client_for(editor)
    thread_page = editing.get(thread.get_absolute_url()).content.decode()
    promote = unescape(re.search(r'href="([^"]*/kennisbank/concept/nieuw/[^"]*)"', thread_page).group(1))
    form_page = BeautifulSoup(editing.get(promote).content.decode(), "html.parser")
    form = form_page.find("textarea", attrs={"name": "body_text"}).find_parent("form")
    data = {field["name"]: field.get("value", "") for field in form.find_all("input") if field.get("name")}
    data.update({area["name"]: area.get_text() for area in form.find_all("textarea")})
    data["source_kind"] = "thread"
    assert "**" not in data["summary"] and "kortere wachttijden" in data["summary"]

    created = editing.post(promote.split("?")[0], data)
    page = BestPracticePage.objects.get(title="Wachttijden aan het loket")
    assert created["Location"] == reverse("wagtailadmin_pages:edit", args=(page.pk,))

    # The editor opens the draft (a 500, "Unmatched tags: expected br, got p", before).
    edit = editing.get(created["Location"])
    assert edit.status_code == 200
    assert "terugbellen" in edit.content.decode()

    submitted, page = submit_and_approve(editing, client_for(second_editor), page)
    assert submitted.status_code == 302
    assert page.live
    body = live_body(client, page)
    assert ["terugbellen", "afspraken op tijd"] in items(body, "ul")
    assert ["een vast aanspreekpunt", "een handreiking voor het team"] in items(body, "ol")
    assert '<a href="https://www.example.nl/handreiking">handreiking</a>' in body
    assert re.search(r"<h2[^>]*>Onze situatie</h2>", body)
    assert "<strong>kortere wachttijden</strong>" in body or "<b>kortere wachttijden</b>" in body
    for leftover in ("**", "- terugbellen", "1. een", "## ", "](", "<script>alert", "javascript:"):
        assert leftover not in body


def test_a_draft_with_single_newlines_opens_in_the_editor(editor, client_for):
    page = create_draft_knowledge_page(
        title="Regel voor regel",
        body_text="Eerste regel\nTweede regel\n\nWat u kunt doen:\n- vragen\n- luisteren",
        source_kind=SourceKind.QUESTION,
        actor=editor,
    )
    response = client_for(editor).get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    [block] = page.body
    assert re.sub(r' data-block-key="[^"]*"', "", block.value.source) == (
        "<p>Eerste regel Tweede regel</p><p>Wat u kunt doen:</p><ul><li>vragen</li><li>luisteren</li></ul>"
    )
