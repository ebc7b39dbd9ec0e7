"""/healthz reports the worker: heartbeat age and the age of what waits for it (issue 15)."""

import datetime as dt
import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from platform_site.health import HEARTBEAT_KEY, _worker
from search.models import IndexOutbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(monkeypatch):
    monkeypatch.setattr("platform_site.health.tasks_on_worker", lambda: True)


def test_immediate_tasks_need_no_worker():
    assert _worker()["ok"]


def test_no_heartbeat_is_a_failure(database_tasks):
    cache.delete(HEARTBEAT_KEY)
    part = _worker()
    assert not part["ok"] and part["detail"] == "no heartbeat"


def test_a_fresh_heartbeat_is_ok_and_an_old_outbox_row_is_not(database_tasks):
    cache.set(HEARTBEAT_KEY, time.time(), timeout=None)
    assert _worker()["ok"]
    row = IndexOutbox.objects.create(kind="wagtail", object_id="x:1")
    IndexOutbox.objects.filter(pk=row.pk).update(created_at=timezone.now() - dt.timedelta(hours=1))
    part = _worker()
    assert not part["ok"] and part["oldest_outbox_age"] >= 3600 and "outbox" in part["detail"]
