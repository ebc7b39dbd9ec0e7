"""While PostgreSQL is unreachable, pages answer 503 with Retry-After, APIs a JSON error (issue 15).

The outage is real but private: the default connection is pointed at a local port nobody listens
on, so connecting is refused the way it is when the server is down. The shared PostgreSQL keeps
running for everybody else.
"""

import socket

import pytest
from django.db import connection
from django.test import Client


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def database_down(django_db_blocker):
    with django_db_blocker.unblock():
        connection.close()
        saved = dict(connection.settings_dict)
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


def test_a_page_answers_503_with_retry_after(database_down):
    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"
    assert "text/html" in response["Content-Type"]
    assert "Tijdelijk niet beschikbaar" in response.content.decode()  # Dutch first


def test_a_json_request_gets_a_json_503(database_down):
    # the home page reads the page tree (an anonymous search can be served without the database)
    response = Client(raise_request_exception=False).get("/", headers={"Accept": "application/json"})

    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["error"] == "service_unavailable"


def test_other_errors_stay_500():
    from django.test import RequestFactory

    from platform_site.errors import server_error

    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Retry-After" not in response
