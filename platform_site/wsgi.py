"""WSGI entry for the HTTP pages (gunicorn in production; WebSockets stay on asgi.py)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "platform_site.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
