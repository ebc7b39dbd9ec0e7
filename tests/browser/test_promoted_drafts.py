"""Drafts promoted into the knowledge base open in the Wagtail page editor, lists and all, in the real browser.

A solved question ("Opnemen in de kennisbank") and a team's deliverable
("Naar de redactie sturen"), both typed with lists right below a line, with
single newlines, a heading and a link. Before, their edit view was a 500
("Unmatched tags: expected br, got p").
"""

import pytest
from django.core.management import call_command

from peergroups.models import Membership, Role, User
from peergroups.portal import actions as thread_actions
from resultancy import actions as resultancy_actions
from resultancy.models import Deliverable, ResultancyTeam
from tests.browser.accounts import log_in, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR = "redactie@leerplatform.example"
ASKER = "manager@leerplatform.example"
HELPER = "lid@leerplatform.example"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def editor_list_items(page) -> list[str]:
    """The list items Draftail shows in the body (once the StreamField's editors are built)."""
    page.locator(".Draftail-Editor li").first.wait_for(timeout=15_000)
    return [text.strip() for text in page.locator(".Draftail-Editor li").all_inner_texts()]


def assert_opens_in_the_editor(page, screenshot, name):
    """The body's Draftail editor, built; returns its list items (and leaves a screenshot)."""
    items = editor_list_items(page)
    page.locator(".Draftail-Editor").first.scroll_into_view_if_needed()
    screenshot(page, name)
    return items


def test_a_promoted_question_and_a_sent_deliverable_open_in_the_page_editor(live_server, demo, browser, screenshot):
    portal = thread_actions.get_portal()
    asker, helper = User.objects.get(email=ASKER), User.objects.get(email=HELPER)
    thread = thread_actions.do_create_thread(
        asker,
        portal,
        kind="question",
        title="Wachttijden aan het loket verkorten",
        body="### Onze situatie\nDrie loketten,\nlange rijen.\nWat werkt bij u?\n- terugbellen\n- afspraken op tijd",
    )
    answer = thread_actions.do_reply(
        helper, thread, body="Bij ons hielp:\n1. een vast aanspreekpunt\n2. een [handreiking](https://www.example.nl/)"
    )
    thread_actions.do_accept(asker, thread, answer)

    editor = log_in(new_page(browser), live_server.url, EDITOR)
    editor.goto(live_server.url + thread.get_absolute_url())
    editor.get_by_role("link", name="Opnemen in de kennisbank").click()
    editor.wait_for_url("**/kennisbank/concept/nieuw/**")
    with editor.expect_response(lambda r: r.request.method == "GET" and r.url.endswith("/edit/")) as opened:
        editor.get_by_role("button", name="Concept maken").click()
    assert "/cms/pages/" in opened.value.url and opened.value.status == 200  # a 500 before

    items = assert_opens_in_the_editor(editor, screenshot, "promoted-question-in-editor")
    assert items == ["terugbellen", "afspraken op tijd", "een vast aanspreekpunt", "een handreiking"]
    body = editor.locator(".Draftail-Editor").first
    assert body.locator("h3", has_text="Onze situatie").count() == 1
    assert "Drie loketten, lange rijen." in body.inner_text()
    assert "- terugbellen" not in body.inner_text() and "](" not in body.inner_text()

    # The deliverable path, in the same test: a second transactional test in one run reloads the
    # demo after a flush, and the editors' admin access does not survive that (a harness matter).
    team = ResultancyTeam.objects.filter(status__in=("active", "delivered")).first()
    lead = Membership.objects.filter(space=team.space, role=Role.COORDINATOR).first().user
    deliverable = resultancy_actions.do_record_deliverable(
        lead,
        team,
        title="Drie aanbevelingen voor samenwerking",
        summary="Wat wij aanraden.",
        body="# Advies\nWij raden aan:\n- één loket\n- een gedeelde **begrippenlijst**\n\nZie ook\nde bijlage.",
        kind="advice",
    )

    leader = log_in(new_page(browser), live_server.url, lead.email)
    leader.goto(live_server.url + team.get_absolute_url())
    leader.locator(f"#resultaat-{deliverable.pk}").get_by_role("button", name="Naar de redactie sturen").click()
    leader.wait_for_load_state()
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.SENT

    response = editor.goto(f"{live_server.url}/cms/pages/{deliverable.knowledge_page_id}/edit/")
    assert response.url.endswith(f"/cms/pages/{deliverable.knowledge_page_id}/edit/")
    assert response.status == 200  # a 500 before

    items = assert_opens_in_the_editor(editor, screenshot, "sent-deliverable-in-editor")
    assert items == ["één loket", "een gedeelde begrippenlijst"]
    body = editor.locator(".Draftail-Editor").first
    assert body.locator("h2", has_text="Advies").count() == 1
    assert "Zie ook de bijlage." in body.inner_text() and "**" not in body.inner_text()
