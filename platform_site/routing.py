"""WebSocket routes of every app, collected for asgi.py."""

from peergroups.live.routing import websocket_urlpatterns as peergroups_live

websocket_urlpatterns: list = [*peergroups_live]
