"""Odd numbers never give a 500 (issue 20, item 6).

Walks every URL pattern of our apps: each ``<int:…>`` in a path gets a 25-digit number, and
every view gets the odd values under every parameter name that some view reads as a number
(``search.numbers.QUERY_PARAMETERS``), by GET and by POST, anonymous and as a group member.
Before the one parser, ``"²".isdigit()`` let ``int("²")`` raise in e.g. ``?after=`` of the live
poll and ``?leervraag=`` of the contact form and the peer-group start.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from peergroups.live import room_actions
from peergroups.portal import actions as thread_actions
from search.numbers import QUERY_PARAMETERS
from tests.peergroups.portal.threads_helpers import ask

pytestmark = pytest.mark.django_db

ODD = ["²", "٣", "9" * 25, "-1", ""]
OUR_APPS = ("peergroups", "knowledge", "resultancy", "search", "platform_site")
_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def our_routes(patterns=None, prefix: str = ""):
    """``(route, view module)`` for every pattern of our apps, with the resolver's prefixes."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = getattr(entry.pattern, "_route", None)
        if route is None:  # a regex pattern (Wagtail's page serving, static files): not ours
            continue
        if isinstance(entry, URLResolver):
            yield from our_routes(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            module = getattr(entry.callback, "__module__", "") or ""
            if module.split(".")[0] in OUR_APPS:
                yield prefix + str(route), module


def fill(route: str, ints: dict[str, int], slugs: dict[str, str], number=None) -> str:
    """The route as a path: ints from ``ints`` (or ``number`` for all), slugs by the route's section."""

    def value(match):
        converter, name = match.group(1) or "str", match.group(2)
        if converter == "int":
            return str(number if number is not None else ints.get(name, 1))
        if route.startswith(("organisaties/", "ontmoetingsplaats/contact/")):
            return slugs["organisation"]
        if route.startswith("resultancy/"):
            return slugs.get("team", slugs["space"])
        return slugs["space"] if converter == "slug" else "onbekend"

    return "/" + _CONVERTER.sub(value, route)


def ids_for(route: str, objects: dict[str, int]) -> dict[str, int]:
    """Real ids for the int parameters of ``route``, so the view gets as far as reading its parameters."""
    if route.startswith("vraagbaak/vragen/"):
        return {"pk": objects["thread"]}
    if route.startswith("vraagbaak/reactie/"):
        return {"pk": objects["reply"]}
    if "/documenten/" in route:
        return {"pk": objects["document"]}
    if "/kamer/" in route:
        return {"pk": objects["room_message"]}
    return {"user_id": objects["user"], "pk": 1, "number": 1, "profile_id": 1}


@pytest.fixture
def site(make_world, people):
    world = make_world("open")
    member = people["group_member"]
    thread = ask(member, world.space, kind="dilemma", poll_options=["Ja", "Nee"])
    reply = thread_actions.do_reply(people["coordinator"], thread, body="Zo doen wij het.")
    message = room_actions.do_post(member, world.space, body="Goedemorgen")
    objects = {
        "thread": thread.pk,
        "reply": reply.pk,
        "document": world.document.pk,
        "room_message": message.pk,
        "user": member.pk,
    }
    organisation = member.profile.organisation
    return world, member, objects, {"space": world.space.slug, "organisation": organisation.slug}


def _status(client: Client, method: str, url: str, data: dict) -> int:
    try:
        return getattr(client, method)(url, data).status_code
    except Exception:  # the test client re-raises what would have been a 500
        return 500


def test_the_routes_are_found():
    routes = dict(our_routes())
    assert "vraagbaak/vragen/<int:pk>/live/" in routes
    assert "zoeken/" in routes
    assert len(routes) > 50


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_no_number_gives_a_500(site, who, embedded_search):
    world, member, objects, slugs = site
    client = Client()
    if who == "member":
        client.force_login(member)
    failures = []
    routes = list(our_routes())
    for method in ("get", "post"):
        for route, _module in routes:
            if _CONVERTER.search(route) and "<int:" in route:
                url = fill(route, {}, slugs, number="9" * 25)
                if _status(client, method, url, {}) >= 500:
                    failures.append((method, url, "path"))
            url = fill(route, ids_for(route, objects), slugs)
            for odd in ODD:
                data = dict.fromkeys(sorted(QUERY_PARAMETERS), odd)
                if _status(client, method, url, data) >= 500:
                    failures.append((method, url, odd))
    assert failures == []


@pytest.mark.parametrize("odd", ["²", "9" * 25])
def test_live_poll_refuses_odd_after(site, client, odd):
    world, member, objects, slugs = site
    client.force_login(member)
    response = client.get(f"/vraagbaak/vragen/{objects['thread']}/live/", {"after": odd})
    assert response.status_code == 400
    assert response.json() == {"error": "malformed"}


def test_contact_form_ignores_an_odd_learning_question(site, client, make_user, make_organisation):
    world, member, objects, slugs = site
    client.force_login(make_user(organisation=make_organisation()))
    response = client.get(f"/ontmoetingsplaats/contact/{slugs['organisation']}/", {"leervraag": "²"})
    assert response.status_code == 200
