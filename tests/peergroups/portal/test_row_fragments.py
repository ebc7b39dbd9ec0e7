"""Thread listing rows (peergroups.portal.row_fragments): cached by what they show, never stale, never a leak."""

import pytest
from django.test import Client

from peergroups.portal import actions as thread_actions
from peergroups.portal import row_fragments as list_fragments
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def _count_renders(monkeypatch):
    renders = []
    original = list_fragments.get_template

    def counting(name):
        template = original(name)

        class Counting:
            @property
            def template(self):
                return template.template

            def render(self, context):
                renders.append(context["thread"].pk)
                return template.render(context)

        return Counting()

    monkeypatch.setattr(list_fragments, "get_template", counting)
    return renders


def test_a_second_listing_renders_no_row_again(portal, people, monkeypatch):  # noqa: F811
    ask(people["member"], portal, title="Hoe meet u wachttijden aan de telefoon?")
    ask(people["member"], portal, title="Wie heeft een burgerpanel opgezet?")
    member = Client()
    member.force_login(people["group_member"])
    renders = _count_renders(monkeypatch)
    first = member.get("/vraagbaak/").content.decode()
    assert len(renders) == 2
    second = member.get("/vraagbaak/").content.decode()
    assert len(renders) == 2  # both rows came from the cache
    for html in (first, second):
        assert "Hoe meet u wachttijden aan de telefoon?" in html and "Wie heeft een burgerpanel opgezet?" in html


def test_a_reply_an_edit_and_a_language_change_show_at_once(portal, people):  # noqa: F811
    thread = ask(people["member"], portal, title="Hoe meet u wachttijden aan de telefoon?")
    member = Client()
    member.force_login(people["group_member"])
    assert "0 reacties" in member.get("/vraagbaak/").content.decode()
    thread_actions.do_reply(people["group_member"], thread, body="Wij meten elke week.")
    assert "1 reactie" in member.get("/vraagbaak/").content.decode()
    stale = type(thread).objects.get(pk=thread.pk)
    thread_actions.do_reply(people["moderator"], thread, body="Wij ook, per dag.")
    # An edit through an object read before the last reply keeps the reply count (only edited fields saved).
    thread_actions.do_edit_thread(people["member"], stale, title="Hoe meet u de wachttijd?", body=thread.body)
    html = member.get("/vraagbaak/").content.decode()
    assert "Hoe meet u de wachttijd?" in html and "Hoe meet u wachttijden aan de telefoon?" not in html
    assert "2 reacties" in html
    member.cookies["django_language"] = "en"
    assert "2 replies" in member.get("/vraagbaak/").content.decode()


def test_an_anonymous_dilemma_row_names_nobody(portal, people):  # noqa: F811
    ask(people["member"], portal, title="Melden of zwijgen?", kind="dilemma", is_anonymous=True)
    moderator, reader = Client(), Client()
    moderator.force_login(people["moderator"])
    reader.force_login(people["group_member"])
    moderator.get("/vraagbaak/")  # the moderator fills the cache first
    html = reader.get("/vraagbaak/").content.decode()
    assert "Melden of zwijgen?" in html
    assert people["member"].display_name not in html.split("<main", 1)[-1]
