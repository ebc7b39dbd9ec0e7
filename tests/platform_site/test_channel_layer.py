"""A message round trip through the real Redis channel layer."""

import pytest
from channels.layers import get_channel_layer
from django.conf import settings


@pytest.mark.asyncio
async def test_redis_channel_layer_round_trip():
    assert settings.REDIS_URL, "make test must export REDIS_URL"
    layer = get_channel_layer()
    assert type(layer).__name__ == "RedisChannelLayer"
    channel = await layer.new_channel()
    await layer.group_add("test-group", channel)
    try:
        await layer.group_send("test-group", {"type": "test.message", "text": "hallo collega"})
        message = await layer.receive(channel)
        assert message == {"type": "test.message", "text": "hallo collega"}
    finally:
        await layer.group_discard("test-group", channel)
