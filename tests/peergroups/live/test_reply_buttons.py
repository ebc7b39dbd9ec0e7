"""A reply that arrives live is the ``<article>`` a reload shows this reader: the same buttons.

For each reader the thread page is fetched (what a reload renders) and the reply's event is
decided for that reader (``replay.for_reader``: catch-up, gap filling and HTTP polling; and the
push to an open socket). The two ``<article>`` elements must be equal, byte for byte, except for
the CSRF token (masked anew on every page; live forms carry an empty one that the page fills in).
A reader who may not vote or report gets no such button; an anonymous author stays unnamed.
"""

import re

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from peergroups import policy as permissions
from peergroups.live import events, replay
from peergroups.models import Thread
from peergroups.portal import actions as thread_actions
from tests.peergroups.live.conftest import next_event, open_socket, thread_path

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def _article(html: str, reply_id: int) -> str:
    found = re.search(rf'<article [^>]*id="reactie-{reply_id}".*?</article>', html, re.S)
    assert found, f"no article of reply {reply_id}"
    return CSRF.sub(r"\1\2", found.group(0))


def _reload(user, thread, reply_id: int) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    client.cookies["django_language"] = "nl"
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    return _article(response.content.decode(), reply_id)


def _live(user, thread, reply_id: int) -> str:
    rows = events.stored_after(events.thread_stream(thread.pk), 0)
    (payload,) = [
        p
        for p in replay.for_reader(permissions.reader_context(user), rows)
        if p.get("kind") == "reply.created" and p.get("object_id") == reply_id
    ]
    return _article(payload["html"], reply_id)


def _buttons(article: str) -> set[str]:
    found = set()
    if "/stem/" in article:
        found.add("vote")
    if "?antwoord=" in article:
        found.add("reply")
    if "?reactie=" in article:
        found.add("flag")
    if 'name="operation"' in article:
        found.add("moderate")
    return found


@pytest.mark.parametrize("visibility", ["open", "closed"])
def test_live_reply_is_the_reloaded_reply_for_every_reader(visibility, make_world):
    world = make_world(visibility)
    reply = thread_actions.do_reply(world["other_member"], world.thread, body="Wij huren een boerderij.")
    readers = {
        "thread_author": world["group_member"],
        "reply_author": world["other_member"],
        "coordinator": world["coordinator"],
        "member": world["member"],
    }
    seen = {}
    for name, user in readers.items():
        if not permissions.can_view_thread(permissions.reader_context(user), world.thread):
            continue
        reloaded, live = _reload(user, world.thread, reply.pk), _live(user, world.thread, reply.pk)
        assert live == reloaded, name
        seen[name] = _buttons(live)
    # The thread's author may vote on, answer and report someone else's reply.
    assert {"vote", "reply", "flag"} <= seen["thread_author"]
    # Nobody votes on their own reply.
    assert "vote" not in seen["reply_author"] and "reply" in seen["reply_author"]
    if visibility == "closed":
        assert "member" not in seen  # the closed group's thread is not for outsiders at all


def test_a_reader_who_may_not_vote_gets_no_vote_button_live(make_world):
    world = make_world("closed")
    reply = thread_actions.do_reply(world["other_member"], world.thread, body="Wij huren een boerderij.")
    thread_actions.do_set_locked(world["moderator"], world.thread, locked=True)
    reader = world["group_member"]
    world.thread.refresh_from_db()
    live = _live(reader, world.thread, reply.pk)
    # The page is stamped with the stream's latest seq (the lock's event), the live reply with its own.
    version = re.compile(r'data-version="\d+"')
    assert version.sub("", live) == version.sub("", _reload(reader, world.thread, reply.pk))
    # Locked: nobody votes or answers any more; reporting stays possible.
    assert _buttons(live) == {"flag"}


def test_anonymous_author_sees_themself_live_as_on_reload_and_nobody_sees_the_name(make_world):
    world = make_world("closed")
    asker = world["other_member"]
    dilemma = thread_actions.do_create_thread(
        asker,
        world.space,
        kind=Thread.Kind.DILEMMA,
        title="Mag ik dit zeggen?",
        body="Een lastige kwestie.",
        is_anonymous=True,
    )
    reply = thread_actions.do_reply(asker, dilemma, body="Nog een aanvulling van mij.")
    assert reply.is_anonymous
    name = asker.display_name
    for user in (asker, world["group_member"], world["coordinator"]):
        live = _live(user, dilemma, reply.pk)
        assert live == _reload(user, dilemma, reply.pk)
        assert name not in live
    assert _live(asker, dilemma, reply.pk) != _live(world["group_member"], dilemma, reply.pk)  # "(you)"


@pytest.mark.asyncio
async def test_pushed_reply_carries_the_readers_buttons(make_world):
    world = await database_sync_to_async(make_world)("closed")
    reader = world["group_member"]
    socket, hello = await open_socket(reader, thread_path(world.thread))
    assert hello["type"] == "hello"
    try:
        reply = await database_sync_to_async(thread_actions.do_reply)(
            world["other_member"], world.thread, body="Live met knoppen."
        )
        while True:
            event = await next_event(socket)
            if event.get("kind") == "reply.created":
                break
        live = _article(event["html"], reply.pk)
        reloaded = await database_sync_to_async(_reload)(reader, world.thread, reply.pk)
        assert live == reloaded
        assert {"vote", "reply", "flag"} <= _buttons(live)
    finally:
        await socket.disconnect()
