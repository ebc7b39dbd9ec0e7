"""The bench-only bare consumer is routed only on request; the event log is trimmed by age."""

import datetime as dt
import importlib

import pytest
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.urls import resolve
from django.utils import timezone

from peergroups.live import events
from peergroups.models import LiveEvent


def _routes(settings, enabled: bool):
    settings.LIVE_BENCH_BARE = enabled
    from peergroups.live import routing

    return importlib.reload(routing).websocket_urlpatterns


def test_bare_bench_route_exists_only_when_asked_for(settings):
    try:
        assert "ws/bench/bare/" not in [str(p.pattern) for p in _routes(settings, False)]
        assert "ws/bench/bare/" in [str(p.pattern) for p in _routes(settings, True)]
    finally:
        _routes(settings, False)


@pytest.mark.services
@pytest.mark.asyncio
async def test_bare_bench_consumer_forwards_group_messages(settings):
    try:
        app = URLRouter(_routes(settings, True))
        communicator = WebsocketCommunicator(app, "/ws/bench/bare/")
        connected, _ = await communicator.connect(timeout=5)
        assert connected
        await get_channel_layer().group_send("bench.bare", {"type": "bench.message", "text": '{"n":1}'})
        assert await communicator.receive_from(timeout=5) == '{"n":1}'
        await communicator.disconnect()
    finally:
        _routes(settings, False)


def test_http_urls_do_not_route_sockets():
    assert resolve("/vraagbaak/vragen/1/live/").url_name == "thread_live"


@pytest.mark.django_db
def test_prune_deletes_only_old_events():
    old = events.record("room:1", "room.message", object_id=1, html="oud")
    events.record("room:1", "room.message", object_id=2, html="nieuw")
    LiveEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=events.KEEP_DAYS + 1))
    assert events.prune() == 1
    assert [e["object_id"] for e in events.events_after("room:1", 0)] == [2]
    assert events.latest_seq("room:1") == 2  # the counter never goes back: no seq is reused


@pytest.mark.django_db
def test_record_many_keeps_every_stream_gap_free():
    events.record("user:1", "notification.read", unread=0)
    made = events.record_many(
        [("user:2", "notification.created", 10, {"unread": 1}), ("user:1", "notification.created", 11, {"unread": 1})]
    )
    assert [(e.stream, e.seq) for e in made] == [("user:2", 1), ("user:1", 2)]
    assert made[1].payload["seq"] == made[1].payload["version"] == 2 and made[1].payload["unread"] == 1
    # The same stream twice in one batch: still consecutive.
    again = events.record_many([("user:3", "a", None, {}), ("user:3", "b", None, {})])
    assert [e.seq for e in again] == [1, 2]
