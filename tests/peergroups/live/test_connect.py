"""Who may open which socket: per role and visibility, with the close code the client acts on."""

import pytest
from channels.db import database_sync_to_async

from tests.peergroups.live.conftest import open_socket, room_path, thread_path

pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

# role -> expected close code (None: connected, hello received) per visibility
EXPECTED = {
    "open": {"visitor": 4401, "pending": 4403, "member": 4403, "group_member": None, "moderator": 4403},
    "closed": {"visitor": 4401, "pending": 4403, "member": 4403, "group_member": None, "moderator": 4403},
    "secret": {"visitor": 4401, "pending": 4404, "member": 4404, "group_member": None, "moderator": 4404},
}


@pytest.mark.parametrize("visibility", ["open", "closed", "secret"])
async def test_thread_and_room_sockets_per_role(make_world, visibility):
    world = await database_sync_to_async(make_world)(visibility)
    for role, expected in EXPECTED[visibility].items():
        for path in (thread_path(world.thread), room_path(world.space)):
            communicator, first = await open_socket(world[role], path)
            if expected is None:
                assert isinstance(first, dict) and first["type"] == "hello", (role, path, first)
                assert first["stream"] in (f"thread:{world.thread.pk}", f"room:{world.space.pk}")
                assert first["me"] == world[role].pk
            else:
                assert first == expected, (visibility, role, path, first)
            await communicator.disconnect()


async def test_unknown_thread_and_group_are_4404(make_world):
    world = await database_sync_to_async(make_world)("open")
    for path in ("/ws/threads/999999999/", "/ws/spaces/999999999/room/"):
        communicator, first = await open_socket(world["group_member"], path)
        assert first == 4404
        await communicator.disconnect()


async def test_portal_threads_are_for_admitted_members(make_world):
    from peergroups.portal import actions as thread_actions

    world = await database_sync_to_async(make_world)("open")
    portal = await database_sync_to_async(thread_actions.get_portal)()
    thread = await database_sync_to_async(thread_actions.do_create_thread)(
        world["member"], portal, kind="question", title="Een vraag aan iedereen", body="Wie weet dit?"
    )
    for role, expected in (("visitor", 4401), ("pending", 4403), ("member", None), ("moderator", None)):
        communicator, first = await open_socket(world[role], thread_path(thread))
        assert (first if expected else first["type"]) == (expected or "hello"), role
        await communicator.disconnect()
    # The portal has no room.
    communicator, first = await open_socket(world["member"], room_path(portal))
    assert first == 4404
    await communicator.disconnect()


async def test_personal_stream_needs_a_login_and_is_ones_own(make_world):
    world = await database_sync_to_async(make_world)("open")
    communicator, first = await open_socket(None, "/ws/me/")
    assert first == 4401
    await communicator.disconnect()
    for role in ("pending", "member"):
        communicator, first = await open_socket(world[role], "/ws/me/")
        assert first["type"] == "hello" and first["stream"] == f"user:{world[role].pk}" and first["unread"] == 0
        await communicator.disconnect()


async def test_session_auth_and_origin_through_the_real_asgi_application(make_world, client):
    from channels.testing import WebsocketCommunicator
    from django.conf import settings

    from platform_site.asgi import application

    world = await database_sync_to_async(make_world)("closed")
    await database_sync_to_async(client.force_login)(world["group_member"])
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()
    path = thread_path(world.thread)

    good = WebsocketCommunicator(application, path, headers=[(b"origin", b"http://localhost"), (b"cookie", cookie)])
    connected, _ = await good.connect(timeout=5)
    assert connected
    hello = await good.receive_json_from(timeout=5)
    assert hello["type"] == "hello" and hello["me"] == world["group_member"].pk
    await good.disconnect()

    foreign = WebsocketCommunicator(
        application, path, headers=[(b"origin", b"https://evil.example"), (b"cookie", cookie)]
    )
    connected, _ = await foreign.connect(timeout=5)
    assert not connected  # refused before the consumer runs
    await foreign.disconnect()

    no_session = WebsocketCommunicator(application, path, headers=[(b"origin", b"http://localhost")])
    connected, _ = await no_session.connect(timeout=5)
    assert connected
    assert (await no_session.receive_output(5))["code"] == 4401
    await no_session.disconnect()
