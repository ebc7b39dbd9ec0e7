"""In English, the interface around the (Dutch) content speaks English: no Dutch labels left behind."""

import pytest
from django.contrib.auth import get_user_model

from peergroups.portal import actions as thread_actions

pytestmark = pytest.mark.django_db


def english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    return client


def test_home_and_knowledge_index_label_their_parts_in_english(demo, client):
    home = english(client).get("/").content.decode()
    assert "Featured by the editors" in home and "Uitgelicht door de redactie" not in home
    index = client.get("/kennisbank/").content.decode()
    sections = index.split('class="knowledge-sections"')[1].split("</nav>")[0]
    for label in ("Instruments", "Themes", "Agenda", "News"):
        assert f">{label}</a>" in sections, label
    for dutch in ("Instrumenten", "Thema's", "Nieuws"):
        assert dutch not in sections, dutch


def test_the_dutch_interface_keeps_the_editors_section_titles(demo, client):
    index = client.get("/kennisbank/").content.decode()
    sections = index.split('class="knowledge-sections"')[1].split("</nav>")[0]
    assert ">Instrumenten</a>" in sections and ">Nieuws</a>" in sections
    assert "Uitgelicht door de redactie" in client.get("/").content.decode()


def test_meeting_place_and_a_dilemma_poll_speak_english(demo, client):
    manager = get_user_model().objects.get(email="manager@leerplatform.example")
    client.force_login(manager)
    english(client)
    place = client.get("/ontmoetingsplaats/").content.decode()
    assert "Meeting place" in place and "Ontmoetingsplaats" not in place
    dilemma = thread_actions.do_create_thread(
        manager,
        thread_actions.get_portal(),
        kind="dilemma",
        title="Reorganisatie of niet?",
        body="Wij twijfelen.",
        poll_options=["Ja", "Nee"],
    )
    page = client.get(dilemma.get_absolute_url()).content.decode()
    assert "What would you do?" in page and "Wat zou jij doen?" not in page
    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert "Wat zou jij doen?" in client.get(dilemma.get_absolute_url()).content.decode()
