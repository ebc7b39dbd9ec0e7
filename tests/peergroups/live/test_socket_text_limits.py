"""The socket path of the room keeps the same limits as the form (issue 20, items 5 and 6)."""

import json

import pytest
from channels.db import database_sync_to_async

from peergroups.core import limits
from peergroups.models import RoomMessage
from tests.peergroups.live.conftest import next_event, next_output, open_socket, room_path

pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


async def test_an_over_long_room_message_gets_an_error_frame_and_is_not_stored(make_world):
    world = await database_sync_to_async(make_world)("open")
    sock, _hello = await open_socket(world["group_member"], room_path(world.space))
    body = "k" * (limits.ROOM_MESSAGE_MAX + 1)
    await sock.send_to(text_data=json.dumps({"type": "room.post", "body": body, "client_id": None}))
    frame = await next_event(sock)
    assert frame["type"] == "error" and frame["code"] == "invalid"
    assert str(limits.ROOM_MESSAGE_MAX) in frame["message"]
    assert not await database_sync_to_async(RoomMessage.objects.filter(space=world.space).exists)()
    await sock.send_to(text_data=json.dumps({"type": "room.post", "body": "k" * limits.ROOM_MESSAGE_MAX}))
    assert (await next_event(sock))["type"] == "event"  # the message, live
    assert await database_sync_to_async(RoomMessage.objects.filter(space=world.space).count)() == 1
    await sock.disconnect()


@pytest.mark.parametrize("after", ["²", "9" * 25, "-1"])
async def test_an_odd_after_on_the_socket_is_ignored(make_world, after):
    world = await database_sync_to_async(make_world)("open")
    sock, hello = await open_socket(world["group_member"], room_path(world.space) + f"?after={after}")
    assert isinstance(hello, dict) and hello["type"] == "hello", hello
    await sock.send_to(text_data='{"type":"heartbeat"}')
    for _ in range(5):  # presence frames may come first
        frame = await next_output(sock)
        if frame["type"] == "heartbeat":
            break
    assert frame["type"] == "heartbeat"
    await sock.disconnect()
