"""run_worker: a task that fails on an unreachable service is retried with back-off, then failed."""

import pytest
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from platform_site.management.commands.run_worker import MAX_ATTEMPTS, SupervisedWorker

pytestmark = pytest.mark.django_db


@task()
def needs_a_service():
    raise ConnectionError("the service is away")


@task()
def has_a_bug():
    raise ValueError("a bug")


@pytest.fixture(autouse=True)
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def worker():
    return SupervisedWorker(
        queue_names=["default"], interval=0, batch=False, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="test-worker", excluded_queue_names=[], replay_interval=5, max_backoff=1,
        with_tasks=True,
    )  # fmt: skip


def test_a_task_failing_on_an_unreachable_service_is_retried_later_then_failed():
    result = needs_a_service.enqueue()
    runner = worker()

    assert runner.run_one()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == "READY" and row.run_after > timezone.now()  # back-off, not "successful"
    assert row.exception_class_path == "builtins.ConnectionError" and "away" in row.traceback
    assert not runner.run_one()  # not before its time

    for _ in range(MAX_ATTEMPTS - 1):
        DBTaskResult.objects.filter(pk=row.pk).update(run_after=timezone.now())
        assert runner.run_one()
    row.refresh_from_db()
    assert row.status == "FAILED" and len(row.worker_ids) == MAX_ATTEMPTS


def test_a_task_with_a_bug_fails_at_once():
    result = has_a_bug.enqueue()
    assert worker().run_one()
    assert DBTaskResult.objects.get(pk=result.id).status == "FAILED"


def test_tasks_claimed_when_the_database_went_away_are_put_back():
    result = has_a_bug.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", worker_ids=["test-worker"])
    assert worker().release_claimed() == 1
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"
