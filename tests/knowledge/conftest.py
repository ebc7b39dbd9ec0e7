"""Fixtures of the knowledge tests.

``demo`` loads the platform's demo content once for the whole package, inside
an outer transaction that is rolled back after the last test; every test runs
in its own savepoint inside it, as usual. (Loading the demo takes seconds; once
per package keeps the suite fast.) No test in this package may be
transactional.
"""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from peergroups.policy import ROLE_EDITORS


@pytest.fixture(scope="package")
def _demo_loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo(_demo_loaded, db):
    """The demo content (thirteen finalists, Good Governance cases, instruments, themes, …)."""


@pytest.fixture
def editor(make_user):
    return make_user("eva.redacteur@example.org", roles=[ROLE_EDITORS], first_name="Eva", last_name="Redacteur")


@pytest.fixture
def second_editor(make_user):
    return make_user("ruben.redacteur@example.org", roles=[ROLE_EDITORS], first_name="Ruben", last_name="Redacteur")


@pytest.fixture
def client_for():
    """A separate test client logged in as ``user`` (several people in one test)."""

    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client
