"""Every text a person writes has a limit they can read (issue 20, item 5).

A 3,000,000-character reply was accepted and made its thread page 3.9 MB for every reader.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django import forms
from django.utils import translation

from peergroups.core import limits
from peergroups.models import MemberProfile, Reply, Thread
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401

OUR_APPS = ("peergroups", "knowledge", "resultancy", "search", "platform_site")
#: Modules that are entry points, not code that defines forms (importing them starts things).
_SKIP = ("migrations", "management", "settings", "wsgi", "asgi", "scale_data", "demo")


def _import_our_modules():
    for app in OUR_APPS:
        package = importlib.import_module(app)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
            if any(part in _SKIP or part.startswith(_SKIP) for part in info.name.split(".")[1:]):
                continue
            importlib.import_module(info.name)


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def our_form_classes() -> list[type]:
    _import_our_modules()
    found = {c for c in _subclasses(forms.BaseForm) if c.__module__.split(".")[0] in OUR_APPS}
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def test_the_form_classes_are_found():
    names = {c.__qualname__ for c in our_form_classes()}
    assert {"ReplyForm", "AskForm", "ProfileForm", "OrganisationForm", "RoomMessageForm", "SignupForm"} <= names
    assert {"IssueForm", "PromoteDraftForm", "MeetingForm"} <= names


def test_every_text_field_of_every_form_has_a_max_length():
    missing = []
    for form_class in our_form_classes():
        for name, field in form_class.base_fields.items():
            text = isinstance(field, forms.CharField) and not isinstance(field, forms.UUIDField)
            if text and not field.max_length:
                missing.append(f"{form_class.__module__}.{form_class.__qualname__}.{name}")
    assert missing == []


def test_the_limit_is_in_the_html_and_told_in_dutch(db):
    from django.template.loader import render_to_string

    from peergroups.portal.forms import ReplyForm

    with translation.override("nl"):
        html = render_to_string("includes/form_fields.html", {"form": ReplyForm()})
    assert f'maxlength="{limits.BODY_MAX}"' in html
    assert "Maximaal 20.000 tekens." in html
    assert 'aria-describedby="id_body_help"' in html


def test_filter_forms_do_not_show_a_limit(db):
    from django.template.loader import render_to_string

    from peergroups.spaces.forms import SpaceFilterForm

    with translation.override("nl"):
        html = render_to_string("includes/form_fields.html", {"form": SpaceFilterForm()})
    assert 'maxlength="100"' in html and "Maximaal" not in html


@pytest.fixture
def member_client(client, make_user, make_organisation, portal):  # noqa: F811
    user = make_user(organisation=make_organisation())
    client.force_login(user)
    return client, user


def _dutch_error(response, limit: int) -> bool:
    return f"niet meer dan {limit} tekens" in response.content.decode()


def test_an_over_long_reply_is_refused_with_the_text_kept(member_client, portal):  # noqa: F811
    client, user = member_client
    thread = ask(user, portal)
    body = "woord " * (limits.BODY_MAX // 6) + "x" * (limits.BODY_MAX % 6 + 1)
    assert len(body) == limits.BODY_MAX + 1
    response = client.post(f"/vraagbaak/vragen/{thread.pk}/reageren/", {"body": body}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400  # the thread page with the form and its error, like any invalid reply
    assert _dutch_error(response, limits.BODY_MAX)
    assert body[:200] in response.content.decode()  # what they wrote is still in the form
    assert not Reply.objects.filter(thread=thread).exists()


def test_a_reply_at_the_limit_is_accepted(member_client, portal):  # noqa: F811
    client, user = member_client
    thread = ask(user, portal)
    body = "x" * limits.BODY_MAX
    response = client.post(f"/vraagbaak/vragen/{thread.pk}/reageren/", {"body": body})
    assert response.status_code == 302
    assert Reply.objects.get(thread=thread).body == body


def test_an_over_long_thread_is_refused(member_client):
    client, user = member_client
    data = {"kind": "question", "title": "Hoe doet u dat?", "body": "x" * (limits.BODY_MAX + 1)}
    response = client.post("/vraagbaak/vragen/nieuw/", data, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400
    assert _dutch_error(response, limits.BODY_MAX)
    data = {"kind": "question", "title": "T" * (limits.TITLE_MAX + 1), "body": "Kort."}
    response = client.post("/vraagbaak/vragen/nieuw/", data, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400 and _dutch_error(response, limits.TITLE_MAX)
    assert not Thread.objects.filter(author=user).exists()
    data = {"kind": "question", "title": "T" * limits.TITLE_MAX, "body": "x" * limits.BODY_MAX}
    assert client.post("/vraagbaak/vragen/nieuw/", data).status_code == 302
    assert Thread.objects.get(author=user).body == data["body"]


def test_an_over_long_bio_is_refused_and_the_profile_unchanged(member_client):
    client, user = member_client
    data = {"first_name": "Anna", "last_name": "Bakker", "bio": "b" * (limits.SHORT_TEXT_MAX + 1)}
    response = client.post("/profiel/bewerken/", data, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    assert _dutch_error(response, limits.SHORT_TEXT_MAX)
    assert "Maximaal 1.000 tekens." in response.content.decode()
    assert MemberProfile.objects.get(user=user).bio == ""
    data["bio"] = "b" * limits.SHORT_TEXT_MAX
    assert client.post("/profiel/bewerken/", data).status_code == 302
    assert MemberProfile.objects.get(user=user).bio == data["bio"]


def test_an_over_long_organisation_text_is_refused(client, make_user, make_organisation):
    organisation = make_organisation()
    user = make_user(organisation=organisation)
    client.force_login(user)
    data = {"description": "d" * (limits.MODEL_TEXT_MAX + 1), "website": "https://example.org/" + "p" * 200}
    response = client.post(f"/organisaties/{organisation.slug}/bewerken/", data, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    assert _dutch_error(response, limits.MODEL_TEXT_MAX) and _dutch_error(response, limits.URL_MAX)
    assert f'maxlength="{limits.MODEL_TEXT_MAX}"' in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.description == "" and organisation.website == ""


def test_an_over_long_room_message_over_http_is_refused(client, make_world, people):
    world = make_world("open")
    client.force_login(people["group_member"])
    body = "k" * (limits.ROOM_MESSAGE_MAX + 1)
    response = client.post(f"/groepen/{world.space.slug}/kamer/", {"body": body}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400
    # the room's own sentence (room_actions.clean_body), the same the socket answers
    assert f"Een bericht heeft hooguit {limits.ROOM_MESSAGE_MAX} tekens" in response.content.decode()
    assert f'maxlength="{limits.ROOM_MESSAGE_MAX}"' in response.content.decode()
    assert not world.space.room_messages.exists()
