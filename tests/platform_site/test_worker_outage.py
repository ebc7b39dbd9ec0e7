"""The supervised worker survives a PostgreSQL outage (issue 15, fault 1).

A real outage on a PostgreSQL of its own (``tests/faults.py``: ``scripts/services.sh`` on a
port and data directory of its own), the worker (``manage.py run_worker``) runs
on it, the instance is stopped for 20 s and started again; the worker must still be alive and run
a task enqueued after the return. The shared services are never touched. ``db_worker`` (what
``make run-full`` ran before) exits during the same outage.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults import DATABASE_URL, private_service

pytestmark = [pytest.mark.services]

REPO = Path(__file__).resolve().parents[2]
OUTAGE_SECONDS = 20


@pytest.fixture
def own_pg_env():
    env = dict(os.environ)
    env.update(
        DATABASE_URL=DATABASE_URL,
        TASKS_IMMEDIATE="false",
        ELASTICSEARCH_URL="",  # the database search fallback: this test is about PostgreSQL
        LOG_LEVEL="WARNING",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    try:
        private_service("up", "pg")
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=REPO, env=env, check=True, timeout=600
        )
        yield env
    finally:
        private_service("down", "pg")  # the private instance goes, even when the test fails


def manage(env, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


ENQUEUE = "from search.indexing import process_outbox_task; print(process_outbox_task.enqueue().id)"
STATUS = "from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.get(pk='{}').status)"
WAITED = (
    "from django_tasks_db.models import DBTaskResult; t = DBTaskResult.objects.get(pk='{}');"
    " print(round((t.finished_at - t.enqueued_at).total_seconds(), 1))"
)


def test_the_worker_is_alive_after_a_database_outage_and_runs_a_task(own_pg_env):
    (REPO / "test-artifacts").mkdir(exist_ok=True)
    with open(REPO / "test-artifacts" / "worker-outage.log", "w") as log:
        run_outage(own_pg_env, log)


def run_outage(own_pg_env, log):
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--interval", "0.5", "--max-backoff", "5"],
        cwd=REPO, env=own_pg_env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        time.sleep(3)
        assert worker.poll() is None
        private_service("stop", "pg")
        time.sleep(OUTAGE_SECONDS)
        assert worker.poll() is None, "the worker exited during the outage"
        private_service("start", "pg")
        back = time.monotonic()
        task_id = manage(own_pg_env, ENQUEUE)
        status = ""
        while time.monotonic() - back < 30:
            status = manage(own_pg_env, STATUS.format(task_id))
            if status == "SUCCESSFUL":
                break
            time.sleep(1)
        assert status == "SUCCESSFUL", status
        assert worker.poll() is None
        waited = manage(own_pg_env, WAITED.format(task_id))
        print(f"task done {time.monotonic() - back:.1f} s after PostgreSQL returned (enqueued to done: {waited} s)")
    finally:
        worker.terminate()
        worker.wait(timeout=15)
