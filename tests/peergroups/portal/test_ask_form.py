"""The ask form: dilemma-only fields, the Markdown preview and @mention suggestions (server side)."""

from html import unescape

import pytest
from django.test import Client

from peergroups.models import Notification, Thread
from peergroups.portal import actions as thread_actions
from tests.peergroups.conftest import add_member

ASK = "/vraagbaak/vragen/nieuw/"
PREVIEW = "/vraagbaak/voorbeeld/"
MENTIONS = "/vraagbaak/collegas/"


@pytest.fixture
def portal(db):
    return thread_actions.get_portal()


@pytest.fixture
def asker(make_user, client):
    user = make_user(email="vrager@example.org", first_name="Vera")
    client.force_login(user)
    return user


# --- dilemma-only fields -------------------------------------------------------------------


def test_dilemma_fields_sit_in_their_own_fieldset_with_an_explanation(asker, client, portal):
    page = client.get(ASK).content.decode()
    assert 'id="dilemma-velden"' in page and 'data-kind-value="dilemma"' in page
    fieldset = page.split('id="dilemma-velden"', 1)[1].split("</fieldset>", 1)[0]
    assert 'name="is_anonymous"' in fieldset and 'name="poll_options"' in fieldset
    assert "gelden alleen als u „Dilemma” kiest" in fieldset
    # Without JavaScript nothing is hidden: the fieldset carries no hidden attribute from the server.
    assert "hidden" not in page.split('id="dilemma-velden"', 1)[0].rsplit("<fieldset", 1)[1]


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"is_anonymous": "on"}, "is_anonymous", "Alleen dilemma's kunt u anoniem plaatsen"),
        ({"poll_options": "Ja\nNee"}, "poll_options", "Alleen een dilemma kan een peiling hebben"),
    ],
)
def test_a_question_with_anonymity_or_a_poll_is_refused_with_a_message(
    asker,
    client,
    portal,
    extra,
    field,
    message,
):
    response = client.post(ASK, {"kind": "question", "title": "Hoe pakt u dit aan?", "body": "Tekst.", **extra})
    assert response.status_code == 400
    assert message in unescape(response.content.decode())
    assert not Thread.objects.filter(title="Hoe pakt u dit aan?").exists()


def test_a_dilemma_keeps_anonymity_and_poll(asker, client, portal):
    response = client.post(
        ASK,
        {
            "kind": "dilemma",
            "title": "Wat zou u doen?",
            "body": "Lastig.",
            "is_anonymous": "on",
            "poll_options": "A\nB",
        },
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="Wat zou u doen?")
    assert thread.is_anonymous and thread.poll.options.count() == 2


def test_a_group_discussion_form_offers_no_dilemma_fields(people, make_world):
    world = make_world("open")
    client = Client()
    client.force_login(people["group_member"])
    page = client.get(f"/groepen/{world.space.slug}/discussies/nieuw/").content.decode()
    assert 'name="is_anonymous"' not in page and "dilemma-velden" not in page
    response = client.post(
        f"/groepen/{world.space.slug}/discussies/nieuw/",
        {"kind": "discussion", "title": "Overleg", "body": "Tekst.", "is_anonymous": "on"},
    )
    assert response.status_code == 302
    assert not Thread.objects.get(title="Overleg").is_anonymous


# --- the Markdown preview --------------------------------------------------------------------


def test_preview_endpoint_renders_sanitized_markdown(asker, client, portal):
    response = client.post(PREVIEW, {"body": "**vet** <script>alert(1)</script> [x](javascript:alert(1))"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>vet</strong>" in html
    assert "<script" not in html and "javascript:" not in html
    assert response["Cache-Control"] == "no-store"


def test_preview_endpoint_needs_login_post_and_csrf(make_user, portal):
    assert Client().post(PREVIEW, {"body": "x"}).status_code == 302  # to the login page
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_user())
    assert strict.post(PREVIEW, {"body": "x"}).status_code == 403
    assert strict.get(PREVIEW).status_code == 405


def test_preview_without_javascript_keeps_everything_typed_and_publishes_nothing(asker, client, portal):
    response = client.post(
        ASK,
        {
            "kind": "dilemma",
            "title": "Mijn titel",
            "body": "- een\n- twee",
            "poll_options": "Ja\nNee",
            "voorbeeld": "1",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<li>een</li>" in html
    assert 'value="Mijn titel"' in html and "Ja\nNee</textarea>" in html
    assert '<option value="dilemma" selected>' in html
    assert "Dit veld is verplicht" not in html and "This field is required" not in html
    assert not Thread.objects.exists()


# --- @mention suggestions --------------------------------------------------------------------


def test_mentions_offer_active_members_by_name_with_their_handle_and_no_email(
    asker,
    client,
    portal,
    make_user,
):
    make_user(email="nadia.bakker@gemeente.example", first_name="Nadia", last_name="Bakker")
    make_user(email="nadine@rijk.example", first_name="Nadine", last_name="Vos", member=False)  # pending
    make_user(email="nathan@rijk.example", first_name="Nathan", last_name="Smit", is_active=False)
    data = client.get(MENTIONS, {"q": "na"}).json()
    assert data == {"results": [{"name": "Nadia Bakker", "handle": "nadia.bakker"}]}
    assert "@" not in str(data)


def test_mentions_are_capped_at_eight(asker, client, portal, make_user):
    for n in range(12):
        make_user(first_name=f"Naam{n:02d}")
    assert len(client.get(MENTIONS, {"q": "naam"}).json()["results"]) == 8


def test_mentions_in_a_closed_group_offer_only_its_members(people, make_world, make_user):
    world = make_world("closed")
    outsider = make_user(first_name="Gerrit")
    insider = make_user(first_name="Gerda")
    add_member(world.space, insider, people["coordinator"])
    client = Client()
    client.force_login(people["group_member"])
    names = [r["name"] for r in client.get(MENTIONS, {"q": "ger", "ruimte": world.space.slug}).json()["results"]]
    assert insider.display_name in names and outsider.display_name not in names
    # Someone outside the group learns nothing about its members.
    client.force_login(outsider)
    assert client.get(MENTIONS, {"q": "ger", "ruimte": world.space.slug}).json() == {"results": []}


def test_mentions_need_a_member(make_user, portal):
    assert Client().get(MENTIONS, {"q": "na"}).status_code == 302
    pending = Client()
    pending.force_login(make_user(member=False))
    assert pending.get(MENTIONS, {"q": "na"}).status_code == 403


def test_the_inserted_handle_is_the_one_that_notifies(asker, client, portal, make_user):
    nadia = make_user(email="nadia.bakker@gemeente.example", first_name="Nadia", last_name="Bakker")
    handle = client.get(MENTIONS, {"q": "nad"}).json()["results"][0]["handle"]
    client.post(ASK, {"kind": "question", "title": "Wie weet dit?", "body": f"Vraag aan @{handle} hierover."})
    assert Notification.objects.filter(recipient=nadia, kind="thread_mention").exists()
