"""The system-status page (/status/): the facts of /healthz, in Dutch, 503 when a part fails."""

import socket
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test import Client

from platform_site.health import HEARTBEAT_KEY
from search import connection as search_connection

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parts(response) -> dict:
    html = response.content.decode()
    return {
        name: f'data-status-part="{name}" data-status-ok="true"' in html
        for name in ("database", "channel_layer", "search", "worker")
    }


def test_the_status_page_shows_every_part_in_dutch(client):
    response = client.get("/status/")
    html = response.content.decode()

    assert response.status_code == 200, html
    assert parts(response) == {"database": True, "channel_layer": True, "search": True, "worker": True}
    assert "<h1" in html and "Systeemstatus" in html
    assert "Alle onderdelen van het platform werken." in html
    assert "Zoeken" in html and "Achtergrondverwerking" in html
    assert response["Cache-Control"] == "no-store"


def test_the_footer_links_to_the_status_page(client):
    html = client.get("/organisaties/").content.decode()
    assert 'href="/status/">Systeemstatus</a>' in html


def test_the_worker_ages_and_their_limits_are_shown(client, monkeypatch):
    monkeypatch.setattr("platform_site.health.tasks_on_worker", lambda: True)
    cache.set(HEARTBEAT_KEY, time.time() - 12, timeout=None)

    html = client.get("/status/").content.decode()

    assert "Laatste hartslag" in html and "(grens 60 s)" in html
    assert "Oudste taak in de wachtrij" in html and "(grens 300 s)" in html
    assert "Oudste wachtende zoekindex-update" in html


def test_a_failing_part_answers_503_and_names_it(client, settings):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"  # a real refused connection
    search_connection.reset()
    try:
        response = client.get("/status/")
    finally:
        search_connection.reset()

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert parts(response) == {"database": True, "channel_layer": True, "search": False, "worker": True}
    assert "Werkt niet" in response.content.decode()


def test_with_the_database_down_the_plain_page_still_answers(django_db_blocker):
    with django_db_blocker.unblock():
        connection.close()
        saved = dict(connection.settings_dict)
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        try:
            response = Client(raise_request_exception=False).get("/status/")
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)

    assert response.status_code == 503
    assert parts(response)["database"] is False
    assert "Systeemstatus" in response.content.decode()


def test_no_secret_is_shown(client, settings):
    html = client.get("/status/").content.decode()
    db = connection.settings_dict
    secrets = [f"{db['USER']}:{db['PASSWORD']}", f"{db['HOST']}:{db['PORT']}", settings.SECRET_KEY]
    for url in (django_settings.ELASTICSEARCH_URL, django_settings.REDIS_URL):
        if url:
            secrets += [url, urlsplit(url).netloc]
    assert not [secret for secret in secrets if secret and secret in html]
