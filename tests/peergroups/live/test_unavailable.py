"""When the channel layer (Redis) cannot be reached, sockets close with a valid application code.

Issue 15: the server closed with 1011, which daphne refuses from a server ("invalid close code");
the browser saw an abrupt close. The outage here is real but private: the channel layer is pointed
at a local port nobody listens on; the shared Redis keeps running.
"""

import socket

import pytest
from channels.db import database_sync_to_async
from channels.layers import channel_layers

from peergroups.live.consumers import CLOSE_UNAVAILABLE
from tests.peergroups.live.conftest import open_socket, thread_path

pytestmark = [pytest.mark.services]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_unreachable(settings):
    layers = {name: {**conf, "CONFIG": dict(conf.get("CONFIG", {}))} for name, conf in settings.CHANNEL_LAYERS.items()}
    layers["default"]["CONFIG"]["hosts"] = [f"redis://127.0.0.1:{closed_port()}/0"]
    settings.CHANNEL_LAYERS = layers
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


def test_the_code_is_an_application_code():
    # 1000 and 3000-4999 are the codes a server may send (RFC 6455 7.4); 4xxx are the application's.
    assert 4000 <= CLOSE_UNAVAILABLE <= 4999


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_a_socket_closes_with_4503_when_the_channel_layer_is_unreachable(make_world, redis_unreachable):
    world = await database_sync_to_async(make_world)("closed")

    communicator, first = await open_socket(world["group_member"], thread_path(world.thread))

    assert first == CLOSE_UNAVAILABLE
    await communicator.disconnect()
