"""Every page's window title reads "Page – Leerplatform Publiek Management", and user text cannot flip it."""

import re

import pytest

from peergroups.portal import actions as thread_actions
from tests.peergroups.portal.threads_helpers import ask

SITE = "Leerplatform Publiek Management"
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def window_title(response) -> str:
    match = TITLE.search(response.content.decode())
    assert match, "no <title>"
    return match.group(1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/vraagbaak/",
        "/organisaties/",
        "/zoeken/?q=werkgroep",
        "/account/login/",
        "/account/signup/",
        "/bestaat-niet/",
    ],
)
def test_each_page_title_names_the_page_then_the_platform(client, url):
    title = window_title(client.get(url))
    page, sep, site = title.rpartition(" – ")
    assert sep and site == SITE, title
    assert page.strip() and page == " ".join(page.split()), f"page part missing or has stray whitespace: {title!r}"


@pytest.mark.django_db
def test_bidi_controls_in_a_thread_title_do_not_reach_the_window_title(make_user, make_organisation, login):
    asker = make_user(organisation=make_organisation())
    flipped = "Werkdruk \u202eeciffo\u202c in het team \u2067x\u2069"
    thread = ask(asker, thread_actions.get_portal(), title=flipped)
    title = window_title(login(asker).get(thread.get_absolute_url()))
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]", title), repr(title)
    assert title.startswith("Werkdruk eciffo in het team x") and title.endswith(f" – {SITE}"), repr(title)


def test_a_favicon_is_served_by_the_platform(client, settings):
    page = client.get("/vraagbaak/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)"', page)
    assert icon and icon.group(1).startswith(settings.STATIC_URL), "no icon of our own"
    redirect = client.get("/favicon.ico")
    assert redirect.status_code == 301 and redirect["Location"] == icon.group(1)
