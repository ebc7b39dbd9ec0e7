"""The cached reply fragments of thread pages (issue 9): reused between requests, never stale after a
write, never a moderator's or an anonymous author's variant for someone else; the per-viewer buttons
added per page; the colleagues panel loaded after the page."""

import re

import pytest
from django.urls import reverse

from peergroups.core.taxonomy import ThemeKind
from peergroups.models import Theme
from peergroups.policy import ROLE_MODERATORS
from peergroups.portal import actions as thread_actions
from peergroups.portal import reply_fragments
from peergroups.spaces import actions as space_actions
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


@pytest.fixture
def renders(monkeypatch):
    """Counts the shared parts actually rendered (cache misses)."""
    calls = []
    original = reply_fragments._render_shared

    def counting(inputs):
        calls.append(inputs["pk"])
        return original(inputs)

    monkeypatch.setattr(reply_fragments, "_render_shared", counting)
    return calls


def _article(html: str, reply) -> str:
    found = re.search(rf'<article [^>]*id="reactie-{reply.pk}".*?</article>', html, re.S)
    assert found, f"reply {reply.pk} is on the page"
    return found.group(0)


def _page(client, user, thread) -> str:
    client.force_login(user)
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_view_renders_no_reply_again(client, make_user, portal, renders):  # noqa: F811
    asker, reader, other = make_user(), make_user(), make_user()
    thread = ask(asker, portal)
    replies = [thread_actions.do_reply(other, thread, body=f"Antwoord {i}") for i in range(4)]
    renders.clear()  # the live events rendered them already

    first = _page(client, reader, thread)
    second = _page(client, asker, thread)  # another member of the same audience: the same shared parts

    assert renders == []
    for reply in replies:
        assert f"Antwoord {replies.index(reply)}" in _article(second, reply)
    assert _article(first, replies[0]).count("Nuttig") == 1


def test_an_edit_a_vote_and_an_accepted_answer_show_at_once(client, make_user, portal, renders):  # noqa: F811
    asker, author, voter = make_user(), make_user(first_name="Wim"), make_user()
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(author, thread, body="De eerste versie.")
    before = _article(_page(client, asker, thread), reply)
    assert "De eerste versie." in before and "0 stemmen" in before and "Geaccepteerd antwoord" not in before

    thread_actions.do_edit_reply(author, reply, body="De tweede versie.")
    thread_actions.do_toggle_vote(voter, reply)
    thread_actions.do_accept(asker, thread, reply)
    after = _article(_page(client, asker, thread), reply)

    assert "De tweede versie." in after and "De eerste versie." not in after and "bewerkt" in after
    assert "1 stem" in after and "Geaccepteerd antwoord" in after and "pg-reply--accepted" in after
    assert "Accepteren als antwoord" in before and "Niet meer als antwoord accepteren" in after  # the asker's button


def test_a_renamed_author_shows_at_once(client, make_user, portal):  # noqa: F811
    asker, author = make_user(), make_user(first_name="Wim", last_name="Oud")
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(author, thread, body="Een antwoord.")
    assert "Wim Oud" in _article(_page(client, asker, thread), reply)
    author.last_name = "Nieuw"
    author.save()
    html = _article(_page(client, asker, thread), reply)
    assert "Wim Nieuw" in html and "Wim Oud" not in html


def test_own_vote_state_and_buttons_are_per_viewer(client, make_user, portal):  # noqa: F811
    asker, author, voter, reader = make_user(), make_user(), make_user(), make_user()
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(author, thread, body="Stem hierop.")
    thread_actions.do_toggle_vote(voter, reply)

    mine = _article(_page(client, voter, thread), reply)
    assert 'aria-pressed="true"' in mine and "Stem intrekken" in mine
    theirs = _page(client, reader, thread)
    article = _article(theirs, reply)
    assert 'aria-pressed="false"' in article and "Stem intrekken" not in article
    assert f'action="{reverse("peergroups:reply_vote", args=[reply.pk])}"' in article
    assert f'href="{reverse("peergroups:reply_edit", args=[reply.pk])}"' not in article  # not the reader's
    own = _article(_page(client, author, thread), reply)
    assert "aria-pressed" not in own  # no vote on one's own reply
    assert f'href="{reverse("peergroups:reply_edit", args=[reply.pk])}"' in own


def test_the_buttons_carry_the_viewers_own_csrf_token(make_user, portal):  # noqa: F811
    from django.test import Client

    from peergroups.models import Vote

    asker, author, reader = make_user(), make_user(), make_user()
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(author, thread, body="Stem hierop.")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reader)
    _page(browser, reader, thread)  # sets the CSRF cookie
    article = _article(_page(browser, reader, thread), reply)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', article).group(1)

    response = browser.post(reverse("peergroups:reply_vote", args=[reply.pk]), {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert Vote.objects.filter(reply=reply, user=reader).exists()


def test_a_moderators_fragment_of_a_hidden_reply_never_reaches_a_member(client, make_user, portal):  # noqa: F811
    asker, author, reader = make_user(), make_user(), make_user()
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(asker, portal)
    hidden = thread_actions.do_reply(author, thread, body="Iets ongepasts.")
    answer = thread_actions.do_reply(asker, thread, body="Daar ben ik het niet mee eens.", parent=hidden)
    assert "Iets ongepasts." in _page(client, reader, thread)  # cached while visible

    thread_actions.do_set_hidden(moderator, hidden, hidden=True, note="Niet passend.")
    seen_by_moderator = _article(_page(client, moderator, thread), hidden)
    assert "Iets ongepasts." in seen_by_moderator and "Verborgen" in seen_by_moderator

    page = _page(client, reader, thread)
    placeholder = _article(page, hidden)
    assert "Iets ongepasts." not in page
    assert "verborgen door een moderator" in placeholder
    assert "Daar ben ik het niet mee eens." in _article(page, answer)


def test_an_anonymous_authors_own_variant_never_reaches_anyone_else(client, make_user, portal):  # noqa: F811
    asker = make_user(first_name="Geheim", last_name="Persoon")
    other = make_user(first_name="Open", last_name="Lid")
    moderator = make_user(roles=[ROLE_MODERATORS])
    dilemma = ask(asker, portal, kind="dilemma", is_anonymous=True)
    first = thread_actions.do_reply(other, dilemma, body="Wat zou u zelf doen?")
    own = thread_actions.do_reply(asker, dilemma, body="Ik twijfel nog.", parent=first)

    assert "Anoniem (u)" in _article(_page(client, asker, dilemma), own)  # fills the author's own variant
    for viewer in (other, moderator):
        page = _page(client, viewer, dilemma)
        article = _article(page, own)
        assert "Anoniem lid" in article and "Anoniem (u)" not in article
        assert "Geheim" not in page and "Persoon" not in article


def test_the_live_fragment_is_the_shared_part_without_buttons(make_user, portal):  # noqa: F811
    from peergroups.live import fragments

    asker, author = make_user(), make_user()
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(author, thread, body="Live erbij.")
    html = fragments.reply_html(reply)(41)
    assert 'data-version="41"' in html and "Live erbij." in html
    assert "csrfmiddlewaretoken" not in html and "<form" not in html and "data-live-votes" in html


def test_colleagues_load_after_the_page_and_work_without_javascript(client, make_user, portal, embedded_search):  # noqa: F811
    theme = Theme.objects.create(name="Dienstverlening", slug="dienstverlening-test", kind=ThemeKind.CASE_THEME)
    earlier_asker, asker = make_user(first_name="Eva", last_name="Eerder"), make_user()
    ask(earlier_asker, portal, title="Wachttijden aan de telefoon", themes=[theme])
    thread = ask(asker, portal, title="Klantcontact verbeteren", themes=[theme])
    page = _page(client, asker, thread)
    url = reverse("peergroups:thread_colleagues", args=[thread.pk])
    assert f'hx-get="{url}"' in page and f'href="{url}"' in page  # htmx, and a link without JavaScript
    assert "Eva Eerder" not in page  # not computed with the page

    partial = client.get(url, headers={"HX-Request": "true"})
    assert partial.status_code == 200 and "<html" not in partial.content.decode()
    assert "Eva Eerder" in partial.content.decode() and "Uitnodigen om te antwoorden" in partial.content.decode()
    full = client.get(url).content.decode()
    assert "<h1" in full and "Eva Eerder" in full and thread.get_absolute_url() in full

    client.logout()
    assert client.get(url).status_code == 302  # visitors log in first


def test_colleagues_follow_the_thread_policy(client, make_user):
    coordinator, outsider = make_user(), make_user()
    group = space_actions.do_create_peer_group(coordinator, name="Besloten kring", visibility="secret")
    thread = ask(coordinator, group)
    client.force_login(outsider)
    assert client.get(reverse("peergroups:thread_colleagues", args=[thread.pk])).status_code == 404
