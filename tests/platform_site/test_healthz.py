"""/healthz on the real services, including a real Elasticsearch outage
(on a private instance, tests/faults.py: the shared one keeps running)."""

import pytest

from tests.faults import private_service

pytestmark = pytest.mark.django_db


def test_healthz_ok_when_all_parts_are_up(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["mode"] == "services"
    assert body["parts"]["database"]["backend"] == "postgresql"
    assert body["parts"]["channel_layer"]["backend"] == "RedisChannelLayer"
    assert body["parts"]["search"]["backend"] == "elasticsearch"


def test_healthz_names_elasticsearch_when_it_is_stopped(client, on_private_elasticsearch):
    assert client.get("/healthz").status_code == 200
    private_service("stop", "es")
    try:
        response = client.get("/healthz")
        body = response.json()
        assert response.status_code == 503
        assert body["failing"] == ["search"]
        assert body["parts"]["database"]["ok"] and body["parts"]["channel_layer"]["ok"]
        # The rest of the site keeps working while search is down.
        assert client.get("/organisaties/").status_code == 200
    finally:
        private_service("start", "es")
    assert client.get("/healthz").status_code == 200
