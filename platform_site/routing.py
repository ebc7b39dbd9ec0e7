"""WebSocket routes of every app, collected for asgi.py."""

websocket_urlpatterns: list = []
