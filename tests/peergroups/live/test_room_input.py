"""Room messages: one validation for the HTTP form and the socket (issue 20, item 9).

The socket used to accept what the form refused (NUL bytes, which PostgreSQL will not store, and
other control characters); now both paths call ``room_actions.clean_body``, refuse the same texts
with the same sentence and save nothing. The socket runs on the real Redis channel layer.
"""

import json

import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from peergroups.models import ROOM_MESSAGE_MAX, RoomMessage
from tests.peergroups.live.conftest import next_output, open_socket, room_path

pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

db = database_sync_to_async

REFUSED = {
    "nul": "Hallo\x00wereld",
    "only_nul": "\x00",
    "bell": "Regel\x07met een bel",
    "escape": "Kleur \x1b[31mrood",
    "c1": "Tekst\x85erbij",
    "empty": "   ",
    "too_long": "x" * (ROOM_MESSAGE_MAX + 1),
}
ACCEPTED = "Eerste regel\r\n\tTweede regel"


def _stored(space):
    return list(RoomMessage.objects.filter(space=space).values_list("body", flat=True))


def _http_errors(client, user, space, body):
    client.force_login(user)
    response = client.post(reverse("peergroups:room", args=[space.slug]), {"body": body})
    if response.status_code == 302:
        return None
    assert response.status_code == 400
    return [str(e) for e in response.context["form"].errors["body"]]


async def _socket_answer(sock, body):
    """The ack or error frame answering the post (events and presence frames skipped)."""
    await sock.send_to(text_data=json.dumps({"type": "room.post", "body": body}))
    while True:
        frame = await next_output(sock)
        if isinstance(frame, int) or frame["type"] in ("ack", "error"):
            return frame


async def _heartbeat(sock) -> bool:
    for _ in range(5):
        frame = await next_output(sock)
        if isinstance(frame, dict) and frame["type"] == "heartbeat":
            return True
    return False


@pytest.mark.parametrize("case", sorted(REFUSED))
async def test_both_paths_refuse_the_same_text_with_the_same_sentence(make_world, client, case):
    world = await db(make_world)("closed")
    body = REFUSED[case]
    http = await db(_http_errors)(client, world["group_member"], world.space, body)
    assert http, f"the form accepted {case}"
    sock, _hello = await open_socket(world["group_member"], room_path(world.space))
    frame = await _socket_answer(sock, body)
    assert frame["type"] == "error" and frame["code"] == "invalid", frame
    assert [frame["message"]] == http  # one validation: the same sentence on both paths
    assert "Null characters" not in frame["message"]
    assert await db(_stored)(world.space) == []  # nothing saved by either
    await sock.send_to(text_data='{"type":"heartbeat"}')
    assert await _heartbeat(sock)  # the socket keeps working
    await sock.disconnect()


async def test_lone_surrogates_over_the_socket_are_refused_not_crashed_on(make_world):
    """JSON can carry what an HTTP form cannot (``\\ud800``): refused, the socket stays open."""
    world = await db(make_world)("closed")
    sock, _hello = await open_socket(world["group_member"], room_path(world.space))
    frame = await _socket_answer(sock, "Half \ud800 teken")
    assert frame["type"] == "error" and frame["code"] == "invalid"
    assert await db(_stored)(world.space) == []
    await sock.disconnect()


async def test_both_paths_accept_tabs_and_line_breaks(make_world, client):
    world = await db(make_world)("closed")
    assert await db(_http_errors)(client, world["group_member"], world.space, ACCEPTED) is None
    sock, _hello = await open_socket(world["group_member"], room_path(world.space))
    frame = await _socket_answer(sock, ACCEPTED + " (socket)")
    assert frame["type"] == "ack", frame
    await sock.disconnect()
    stored = await db(_stored)(world.space)
    assert len(stored) == 2 and all("\tTweede regel" in body for body in stored)


async def test_a_nul_in_the_client_id_is_refused_and_saves_nothing(make_world):
    """The room frame's other text field: ``client_id`` must be a UUID, so NUL never reaches a query."""
    world = await db(make_world)("closed")
    sock, _hello = await open_socket(world["group_member"], room_path(world.space))
    await sock.send_to(text_data=json.dumps({"type": "room.post", "body": "Hallo", "client_id": "\x00"}))
    while True:
        frame = await next_output(sock)
        if isinstance(frame, int) or frame["type"] in ("ack", "error"):
            break
    assert frame["type"] == "error" and frame["code"] == "invalid"
    assert await db(_stored)(world.space) == []
    await sock.disconnect()
