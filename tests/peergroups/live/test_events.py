"""What reaches which socket: events after commit, nothing private, removals, revocations, catch-up."""

import json
import uuid

import pytest
from channels.db import database_sync_to_async
from django.db import transaction

from peergroups.live import events, room_actions
from peergroups.models import LiveEvent, Notification, RoomMessage
from peergroups.policy import fresh_context
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from tests.peergroups.live.conftest import drain, next_event, next_output, open_socket, room_path, thread_path


def only_events(texts):
    """The event and error frames among raw frames (presence and heartbeats left out)."""
    return [f for f in map(json.loads, texts) if f.get("type") in ("event", "error")]


pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

db = database_sync_to_async


async def test_reply_reaches_readers_of_the_thread_and_the_notified_follower_only(make_world):
    world = await db(make_world)("closed")
    other = await db(make_world)("closed")  # a second group: its sockets must hear nothing
    reader, _hello = await open_socket(world["other_member"], thread_path(world.thread))
    elsewhere, _ = await open_socket(other["group_member"], thread_path(other.thread))
    asker_me, _ = await open_socket(world["group_member"], "/ws/me/")  # follows the thread: notified
    outsider_me, _ = await open_socket(world["member"], "/ws/me/")

    reply = await db(thread_actions.do_reply)(world["other_member"], world.thread, body="Begin met een **doel**.")

    event = await next_event(reader)
    assert event["kind"] == "reply.created" and event["object_id"] == reply.pk
    assert event["stream"] == f"thread:{world.thread.pk}" and event["seq"] == event["version"] >= 1
    assert event["parent_id"] is None and event["reply_count"] == 1
    assert f'id="reactie-{reply.pk}"' in event["html"] and "<strong>doel</strong>" in event["html"]
    assert "csrfmiddlewaretoken" not in event["html"]  # no per-viewer forms in a shared fragment

    notified = await next_event(asker_me)
    unread = await db(Notification.objects.filter(recipient=world["group_member"], read_at__isnull=True).count)()
    assert notified["kind"] == "notification.created" and notified["unread"] == unread >= 1
    assert "Olga" in notified["html"]  # who replied, in the recipient's own notification
    assert notified["stream"] == f"user:{world['group_member'].pk}"

    assert only_events(await drain(elsewhere)) == []
    assert only_events(await drain(outsider_me)) == []
    for communicator in (reader, elsewhere, asker_me, outsider_me):
        await communicator.disconnect()


async def test_anonymous_author_is_in_no_payload(make_world, make_user, make_organisation):
    world = await db(make_world)("open")
    portal = await db(thread_actions.get_portal)()
    organisation = await db(make_organisation)("Provincie Anoniem")
    author = await db(make_user)(organisation=organisation, first_name="Geheimnaam", last_name="Verborgenhuis")
    moderator = world["moderator"]
    # The moderator of the world is a platform moderator (the strongest reader that still must not see the author).
    assert await db(lambda: fresh_context(moderator).is_moderator)()
    dilemma = await db(thread_actions.do_create_thread)(
        author,
        portal,
        kind="dilemma",
        title="Een lastig dilemma",
        body="Wat zou u doen?",
        is_anonymous=True,
        poll_options=["Ja", "Nee"],
    )
    follower = world["member"]
    await db(thread_actions.do_reply)(follower, dilemma, body="Ik denk mee.")  # now follows: gets notified

    sockets = {
        "follower": (await open_socket(follower, thread_path(dilemma)))[0],
        "moderator": (await open_socket(moderator, thread_path(dilemma)))[0],
        "follower_me": (await open_socket(follower, "/ws/me/"))[0],
    }
    author_socket, _ = await open_socket(author, thread_path(dilemma))  # presence of the author itself
    await author_socket.send_to(text_data=json.dumps({"type": "typing"}))

    reply = await db(thread_actions.do_reply)(author, dilemma, body="Dank, ik twijfel nog steeds.")
    await db(thread_actions.do_edit_reply)(author, reply, body="Dank, ik twijfel nog.")
    poll = await db(lambda: dilemma.poll)()
    option = await db(lambda: poll.options.first())()
    await db(thread_actions.do_vote_in_poll)(follower, poll, option)

    texts = []
    for communicator in sockets.values():
        texts += await drain(communicator, quiet=1.5)
    raw = "\n".join(texts)
    kinds = [json.loads(t).get("kind") for t in texts]
    assert "reply.created" in kinds and "reply.edited" in kinds and "poll.updated" in kinds
    assert "notification.created" in kinds
    assert any(json.loads(t).get("type") == "presence" and json.loads(t)["typing"] for t in texts)
    for secret in ("Geheimnaam", "Verborgenhuis", author.email, author.email.split("@")[0], "Provincie Anoniem"):
        assert secret not in raw, secret
    assert f'"id":{author.pk}' not in raw.replace(" ", "")
    # The stored log (what catch-up and polling send) holds no trace of the author either.
    stored = await db(lambda: json.dumps([e.payload for e in LiveEvent.objects.all()]))()
    assert "Geheimnaam" not in stored and author.email not in stored
    for communicator in [*sockets.values(), author_socket]:
        await communicator.disconnect()


async def test_hidden_reply_is_removed_live_and_from_the_log(make_world):
    world = await db(make_world)("closed")
    reply = await db(thread_actions.do_reply)(world["other_member"], world.thread, body="Iets ongepasts hier.")
    reader, hello = await open_socket(world["group_member"], thread_path(world.thread))

    await db(thread_actions.do_set_hidden)(world["moderator"], reply, hidden=True, note="Niet passend.")

    event = await next_event(reader)
    assert event["kind"] == "reply.hidden" and event["object_id"] == reply.pk and event["reply_count"] == 0
    assert "html" not in event
    log = await db(events.events_after)(f"thread:{world.thread.pk}", 0)
    assert "ongepasts" not in json.dumps(log)  # the earlier reply.created lost its html

    await db(thread_actions.do_set_hidden)(world["moderator"], reply, hidden=False)
    event = await next_event(reader)
    assert event["kind"] == "reply.unhidden" and "ongepasts" in event["html"]
    await reader.disconnect()


async def test_removed_member_is_disconnected_at_once(make_world):
    world = await db(make_world)("closed")
    member = world["other_member"]
    on_thread, _ = await open_socket(member, thread_path(world.thread))
    in_room, _ = await open_socket(member, room_path(world.space))
    stays, _ = await open_socket(world["group_member"], room_path(world.space))

    await db(space_actions.do_remove_member)(world["coordinator"], world.space, member)

    assert await next_event(on_thread) == 4403
    assert await next_event(in_room) == 4403
    # The one who stays keeps the socket and gets the next message.
    await db(room_actions.do_post)(world["group_member"], world.space, body="Verder met de agenda.")
    assert (await next_event(stays))["kind"] == "room.message"
    await stays.disconnect()


async def test_hidden_thread_closes_the_sockets_of_readers_but_not_moderators(make_world, make_user):
    world = await db(make_world)("open")
    portal = await db(thread_actions.get_portal)()
    thread = await db(thread_actions.do_create_thread)(
        world["member"], portal, kind="question", title="Vraag", body="?"
    )
    reader, _ = await open_socket(world["group_member"], thread_path(thread))
    moderator, _ = await open_socket(world["moderator"], thread_path(thread))

    await db(thread_actions.do_set_hidden)(world["moderator"], thread, hidden=True, note="Dubbel.")

    assert (await next_event(reader))["kind"] == "thread.updated"
    assert await next_event(reader) == 4404
    assert (await next_event(moderator))["kind"] == "thread.updated"
    assert only_events(await drain(moderator)) == []  # still open: presence frames only
    await moderator.send_to(text_data='{"type":"heartbeat"}')
    assert (await next_output(moderator))["type"] == "heartbeat"
    await moderator.disconnect()


async def test_rolled_back_write_sends_nothing_and_leaves_no_gap(make_world):
    world = await db(make_world)("closed")
    reader, hello = await open_socket(world["other_member"], thread_path(world.thread))

    def failing_reply():
        with transaction.atomic():
            thread_actions.do_reply(world["coordinator"], world.thread, body="Dit wordt teruggedraaid.")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await db(failing_reply)()
    assert only_events(await drain(reader)) == []
    assert await db(events.latest_seq)(f"thread:{world.thread.pk}") == hello["seq"]

    await db(thread_actions.do_reply)(world["coordinator"], world.thread, body="Deze blijft.")
    event = await next_event(reader)
    assert event["seq"] == hello["seq"] + 1 and "Deze blijft" in event["html"]
    await reader.disconnect()


async def test_bad_frames_get_error_frames_and_the_socket_keeps_working(make_world):
    world = await db(make_world)("closed")
    sock, _ = await open_socket(world["group_member"], room_path(world.space))
    cases = [
        ("not json at all", "malformed"),
        ("[1, 2, 3]", "malformed"),
        ('{"no_type": true}', "malformed"),
        ('{"type": "launch.rockets"}', "unknown_type"),
        ('{"type": "resume", "after": "gisteren"}', "malformed"),
        ('{"type": "room.post", "body": 42}', "malformed"),
        ('{"type": "room.post", "body": "   "}', "invalid"),
        (json.dumps({"type": "room.post", "body": "x" * 9000}), "too_large"),
    ]
    for text, code in cases:
        await sock.send_to(text_data=text)
        frame = await next_event(sock)
        assert frame["type"] == "error" and frame["code"] == code, (text[:40], frame)
        assert frame["message"]  # a translated sentence for the person
    await sock.send_to(bytes_data=b"\xff\xfe")
    assert (await next_event(sock))["code"] == "malformed"
    await sock.send_to(text_data='{"type":"heartbeat"}')
    assert (await next_output(sock))["type"] == "heartbeat"
    await sock.disconnect()


async def test_dutch_error_text_by_default(make_world):
    world = await db(make_world)("closed")
    sock, _ = await open_socket(world["group_member"], thread_path(world.thread))
    await sock.send_to(text_data="{")
    frame = await next_event(sock)
    assert frame["message"] == "Dit bericht kon niet worden gelezen."
    await sock.disconnect()


async def test_rate_limit_per_connection(make_world):
    world = await db(make_world)("closed")
    sock, _ = await open_socket(world["group_member"], thread_path(world.thread))
    from peergroups.live.consumers import RATE_FRAMES

    for _ in range(RATE_FRAMES + 3):
        await sock.send_to(text_data='{"type":"heartbeat"}')
    texts = [json.loads(t) for t in await drain(sock)]
    answered = [f for f in texts if f["type"] == "heartbeat"]
    limited = [f for f in texts if f["type"] == "error" and f["code"] == "rate_limited"]
    assert len(answered) == RATE_FRAMES and len(limited) == 3
    # Another connection of the same person has its own budget.
    fresh, _ = await open_socket(world["group_member"], thread_path(world.thread))
    await fresh.send_to(text_data='{"type":"heartbeat"}')
    # Presence broadcasts of the new connection may interleave; apart from them exactly one answer.
    answers = [f for f in map(json.loads, await drain(fresh)) if f["type"] != "presence"]
    assert [f["type"] for f in answers] == ["heartbeat"], answers
    await sock.disconnect()
    await fresh.disconnect()


async def test_catch_up_sends_exactly_the_missed_events_in_order(make_world):
    world = await db(make_world)("closed")
    sock, hello = await open_socket(world["other_member"], thread_path(world.thread))
    await db(thread_actions.do_reply)(world["coordinator"], world.thread, body="Eerste, nog gezien.")
    seen = await next_event(sock)
    last = seen["seq"]
    await sock.disconnect()

    bodies = ["Gemist een.", "Gemist twee.", "Gemist drie."]
    for body in bodies:
        await db(thread_actions.do_reply)(world["coordinator"], world.thread, body=body)

    back, hello = await open_socket(world["other_member"], thread_path(world.thread) + f"?after={last}")
    assert hello["seq"] == last + 3
    received = [await next_event(back) for _ in bodies]
    assert [e["seq"] for e in received] == [last + 1, last + 2, last + 3]
    assert [b in e["html"] for e, b in zip(received, bodies, strict=True)] == [True] * 3
    assert only_events(await drain(back)) == []  # nothing more, no duplicates

    # The same through a resume frame on an open socket.
    await back.send_to(text_data=json.dumps({"type": "resume", "after": last + 1}))
    again = [await next_event(back) for _ in range(2)]
    assert [e["seq"] for e in again] == [last + 2, last + 3]
    await back.disconnect()


async def test_room_post_over_the_socket_is_stored_once_and_fanned_out(make_world):
    world = await db(make_world)("closed")
    sender, _ = await open_socket(world["group_member"], room_path(world.space))
    listener, _ = await open_socket(world["other_member"], room_path(world.space))
    client_id = str(uuid.uuid4())
    frame = json.dumps({"type": "room.post", "body": "Goedemorgen **allemaal**", "client_id": client_id})

    await sender.send_to(text_data=frame)
    heard = await next_event(listener)
    assert heard["kind"] == "room.message" and heard["client_id"] == client_id
    assert "<strong>allemaal</strong>" in heard["html"] and heard["author_name"]
    await sender.send_to(text_data=frame)  # resent after a reconnect: the same message
    texts = [json.loads(t) for t in await drain(sender)]
    acks = [f for f in texts if f["type"] == "ack"]
    assert len(acks) == 2 and acks[0]["object_id"] == acks[1]["object_id"] == heard["object_id"]
    assert await db(RoomMessage.objects.filter(space=world.space).count)() == 1
    assert only_events(await drain(listener)) == []  # the resend was not announced again
    for communicator in (sender, listener):
        await communicator.disconnect()


async def test_presence_and_typing_across_connections(make_world):
    world = await db(make_world)("closed")
    first, hello = await open_socket(world["group_member"], thread_path(world.thread))
    second, hello2 = await open_socket(world["other_member"], thread_path(world.thread))
    ids = {v["id"] for v in hello2["presence"]["viewers"]}
    assert {world["group_member"].pk, world["other_member"].pk} <= ids
    await second.send_to(text_data='{"type":"typing"}')
    frames = [json.loads(t) for t in await drain(first, quiet=1.5)]  # presence goes out at most once a second
    typing = [f for f in frames if f["type"] == "presence" and f["typing"]]
    assert typing and typing[-1]["typing"][0]["id"] == world["other_member"].pk
    await second.disconnect(timeout=3)
    frames = [json.loads(t) for t in await drain(first, quiet=1.5)]
    assert frames and world["other_member"].pk not in {v["id"] for v in frames[-1]["viewers"]}
    await first.disconnect()


async def test_presence_settles_on_the_truth_after_a_burst_of_joins_and_leaves(make_world):
    """Presence is broadcast at most once a second per stream; the last frame must still be right."""
    world = await db(make_world)("closed")
    watcher, _ = await open_socket(world["group_member"], room_path(world.space))
    tab_one, _ = await open_socket(world["other_member"], room_path(world.space))
    tab_two, _ = await open_socket(world["other_member"], room_path(world.space))
    coordinator, _ = await open_socket(world["coordinator"], room_path(world.space))

    def last_presence(texts):
        return [f for f in map(json.loads, texts) if f["type"] == "presence"][-1]

    settled = last_presence(await drain(watcher, quiet=1.5))
    ids = {world[r].pk for r in ("group_member", "other_member", "coordinator")}
    assert settled["count"] == 3 and {v["id"] for v in settled["viewers"]} == ids

    await tab_one.disconnect(timeout=3)  # the same person is still there in another tab
    await coordinator.disconnect(timeout=3)
    settled = last_presence(await drain(watcher, quiet=1.5))
    assert {v["id"] for v in settled["viewers"]} == ids - {world["coordinator"].pk}
    for communicator in (watcher, tab_two):
        await communicator.disconnect(timeout=3)


async def test_a_catch_up_longer_than_the_limit_asks_the_client_to_reload(make_world, monkeypatch):
    monkeypatch.setattr(events, "CATCH_UP_LIMIT", 2)
    world = await db(make_world)("closed")
    for body in ("Een.", "Twee.", "Drie."):
        await db(room_actions.do_post)(world["coordinator"], world.space, body=body)
    sock, hello = await open_socket(world["group_member"], room_path(world.space) + "?after=0")
    frame = await next_event(sock)
    assert frame["type"] == "resync" and frame["seq"] == hello["seq"] == 3
    assert only_events(await drain(sock)) == []
    await sock.disconnect()


class _FlakyLayer:
    """The real channel layer, whose first ``failures`` group_send calls fail like a Redis hiccup."""

    def __init__(self, layer, failures):
        self.layer, self.failures = layer, failures

    async def group_send(self, group, message):
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("simulated Redis hiccup")
        return await self.layer.group_send(group, message)


async def test_a_failed_publish_is_retried_in_the_background(make_world, monkeypatch):
    from channels.layers import get_channel_layer

    world = await db(make_world)("closed")
    sock, hello = await open_socket(world["group_member"], thread_path(world.thread))
    flaky = _FlakyLayer(get_channel_layer(), failures=2)  # the publish and its immediate retry fail
    monkeypatch.setattr(events, "get_channel_layer", lambda: flaky)
    monkeypatch.setattr(events, "PUBLISH_RETRY_DELAYS", (0.2,))

    await db(thread_actions.do_reply)(world["other_member"], world.thread, body="Komt toch aan.")

    event = await next_event(sock, timeout=10)
    assert event["kind"] == "reply.created" and event["seq"] == hello["seq"] + 1
    await sock.disconnect()


async def test_a_lost_tail_shows_in_the_heartbeat_and_resume_brings_it(make_world, monkeypatch):
    from channels.layers import get_channel_layer

    world = await db(make_world)("closed")
    sock, hello = await open_socket(world["group_member"], thread_path(world.thread))
    monkeypatch.setattr(events, "get_channel_layer", lambda: _FlakyLayer(get_channel_layer(), failures=99))
    monkeypatch.setattr(events, "PUBLISH_RETRY_DELAYS", ())

    await db(thread_actions.do_reply)(world["other_member"], world.thread, body="Nooit live verstuurd.")
    assert only_events(await drain(sock)) == []

    await sock.send_to(text_data='{"type":"heartbeat"}')
    beat = await next_output(sock)
    while beat["type"] != "heartbeat":
        beat = await next_output(sock)
    assert beat["seq"] == hello["seq"] + 1  # the client sees it is behind …
    await sock.send_to(text_data=json.dumps({"type": "resume", "after": hello["seq"]}))
    event = await next_event(sock)  # … and gets the reply from the log
    assert event["kind"] == "reply.created" and "Nooit live verstuurd." in event["html"]
    await sock.disconnect()
