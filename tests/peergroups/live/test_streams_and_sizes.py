"""Each stream keeps its own seq space on every socket; an event of any size reaches the socket.

On the real Redis channel layer and real consumers (WebsocketCommunicator).
"""

import json

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from peergroups.live import events
from peergroups.portal import actions as thread_actions
from tests.peergroups.live.conftest import drain, next_event, open_socket, thread_path

pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

db = database_sync_to_async

#: What daphne (autobahn) accepts in one WebSocket message; a bigger frame closes the socket (1011).
DAPHNE_MAX_MESSAGE = 1024 * 1024


def _frames(texts):
    return [json.loads(text) for text in texts if text.startswith("{")]


async def test_personal_notifications_do_not_make_a_thread_socket_skip_its_events(make_world):
    world = await db(make_world)("closed")
    reader = world["group_member"]
    # A second thread the reader follows: every reply in it is a notification on the reader's own stream.
    other_thread = await db(thread_actions.do_create_thread)(
        world["coordinator"], world.space, kind="discussion", title="Tweede draad", body="Ook hier."
    )
    await db(thread_actions.do_follow)(reader, other_thread)
    for n in range(3):  # the personal stream is well ahead of the thread's
        await db(thread_actions.do_reply)(world["coordinator"], other_thread, body=f"Vooraf {n}.")
    on_thread, hello = await open_socket(reader, thread_path(world.thread))
    me, _ = await open_socket(reader, "/ws/me/")

    posted = []
    for n in range(3):  # interleaved: a notification, then a reply in the watched thread
        await db(thread_actions.do_reply)(world["coordinator"], other_thread, body=f"Elders {n}.")
        posted.append(await db(thread_actions.do_reply)(world["other_member"], world.thread, body=f"Hier {n}."))

    thread_frames = [f for f in _frames(await drain(on_thread, quiet=1.5)) if f.get("type") == "event"]
    stream = events.thread_stream(world.thread.pk)
    assert {f["stream"] for f in thread_frames} == {stream}  # nothing of the personal stream
    assert [f["object_id"] for f in thread_frames] == [reply.pk for reply in posted]
    assert [f["seq"] for f in thread_frames] == list(range(hello["seq"] + 1, hello["seq"] + 4))

    personal = [f for f in _frames(await drain(me, quiet=1.0)) if f.get("type") == "event"]
    assert {f["stream"] for f in personal} == {events.user_stream(reader.pk)}
    seqs = [f["seq"] for f in personal]
    assert len(seqs) == 6 and seqs == list(range(seqs[0], seqs[0] + 6))  # 3 elsewhere + 3 here, gap-free
    for communicator in (on_thread, me):
        await communicator.disconnect()


def _poll(user, thread) -> dict:
    client = Client()
    client.force_login(user)
    response = client.get(thread.get_absolute_url() + "live/", {"after": "0"})
    assert response.status_code == 200
    return response.json()


async def test_a_reply_over_the_frame_limit_goes_out_as_a_reload_marker_and_the_sockets_stay(make_world):
    world = await db(make_world)("closed")
    reader, hello = await open_socket(world["other_member"], thread_path(world.thread))
    body = "Een heel lang verslag. " * 50_000  # 1.15 MB of text, more as HTML
    big = await db(thread_actions.do_reply)(world["group_member"], world.thread, body=body)

    pushed = [json.loads(t) for t in await drain(reader, quiet=2.0) if t.startswith("{")]
    marker = next(f for f in pushed if f.get("type") == "event")
    assert marker["kind"] == "reply.created" and marker["object_id"] == big.pk and marker["reload"] is True
    assert "html" not in marker and marker["reply_count"] == 1 and marker["seq"] == hello["seq"] + 1

    # The socket is still open: the next (small) reply arrives on it.
    small = await db(thread_actions.do_reply)(world["coordinator"], world.thread, body="Kort en krachtig.")
    event = await next_event(reader)
    assert event["object_id"] == small.pk and "Kort en krachtig" in event["html"]
    await reader.disconnect()

    # Catch-up from the start over a new socket: every frame fits, the marker stands in for the reply.
    again, _ = await open_socket(world["other_member"], thread_path(world.thread) + "?after=0")
    texts = await drain(again, quiet=1.5)
    assert texts and max(len(t.encode()) for t in texts) <= events.MAX_EVENT_BYTES < DAPHNE_MAX_MESSAGE
    caught = [f for f in _frames(texts) if f.get("type") == "event"]
    assert [(f["object_id"], bool(f.get("reload"))) for f in caught] == [(big.pk, True), (small.pk, False)]
    await again.disconnect()

    # Polling gives the same marker; the thread page itself shows the whole reply.
    polled = await db(_poll)(world["other_member"], world.thread)
    assert [(f["object_id"], bool(f.get("reload"))) for f in polled["events"]] == [(big.pk, True), (small.pk, False)]
