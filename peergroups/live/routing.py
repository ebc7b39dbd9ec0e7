"""WebSocket routes of peergroups' live streams (collected by ``platform_site.routing``)."""

from django.conf import settings
from django.urls import path

from . import consumers

websocket_urlpatterns = [
    path("ws/threads/<int:thread_id>/", consumers.ThreadConsumer.as_asgi()),
    path("ws/spaces/<int:space_id>/room/", consumers.RoomConsumer.as_asgi()),
    path("ws/me/", consumers.PersonalConsumer.as_asgi()),
]

if getattr(settings, "LIVE_BENCH_BARE", False):
    # The bench's ceiling only (no auth, no database): never routed unless asked for.
    websocket_urlpatterns.append(path("ws/bench/bare/", consumers.BareBenchConsumer.as_asgi()))
