"""Two people, two database connections, one last place: the lock puts them in order."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from knowledge import events
from knowledge.models import Registration

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")


@pytest.fixture
def agenda(transactional_db):
    from knowledge import site_setup
    from knowledge.models import EventIndexPage

    site_setup.ensure_site_structure()
    return EventIndexPage.objects.get()


def test_two_registrations_at_once_never_both_take_the_last_place(make_event, members):
    event = make_event(capacity=1)
    anna, bram = members[:2]
    outcome = {}

    def register_bram():
        try:
            outcome["bram"] = events.do_register(bram, event).status
        finally:
            connections.close_all()

    with transaction.atomic():
        assert events.do_register(anna, event).status == Registration.Status.CONFIRMED
        other = threading.Thread(target=register_bram)
        other.start()
        time.sleep(1.0)
        # Anna's transaction holds the event's row: Bram's connection waits for it.
        assert other.is_alive(), "the second registration did not wait for the first"
    other.join(timeout=10)
    assert outcome["bram"] == Registration.Status.WAITING
    assert Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).count() == 1
