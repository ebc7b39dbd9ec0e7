"""The supervised task worker: tasks, the search outbox replay, and recovery from outages.

django-tasks' ``db_worker`` exits on the first database error that is not a lock (a
short PostgreSQL outage would stop it for good), and nothing replays the search outbox until
the next write. This command runs one loop that

- claims and runs tasks like ``db_worker`` (same queries, same worker ids);
- replays the search outbox (our index and Wagtail's) every ``--replay-interval`` seconds, so
  updates kept during an Elasticsearch outage arrive within that time of its return, with no new
  write needed, and checks Wagtail's indices (``search.wagtail_search.ensure_indices``);
- on a lost database connection waits with exponential back-off (full jitter, at most
  ``--max-backoff`` seconds), reconnects and goes on; tasks it had claimed are put back;
- a task that fails on an unreachable service is not "failed" at once: it is put back with
  back-off (``run_after``) up to ``MAX_ATTEMPTS`` runs, its error kept on the row; then failed;
- writes a heartbeat (the cache key ``HEARTBEAT_KEY``) that ``/healthz`` reports.

A supervisor still runs it (``Procfile``: honcho in ``make run-full``; systemd in production), for
what no loop survives (a crash, an out-of-memory kill, a deploy).
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from traceback import format_exception

from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError, close_old_connections, connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.compat import task_backends
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from platform_site.health import HEARTBEAT_KEY, tasks_on_worker

log = logging.getLogger("platform_site.worker")

#: Runs of a task that failed on an unreachable service before it is marked failed.
MAX_ATTEMPTS = 5
DATABASE_ERRORS = (OperationalError, InterfaceError)


def transient(exc: BaseException) -> bool:
    """An error that says "a service is unreachable right now", not "this task is wrong"."""
    from elastic_transport import ConnectionError as ESConnectionError
    from elastic_transport import ConnectionTimeout
    from redis.exceptions import ConnectionError as RedisConnectionError

    services = (ConnectionError, TimeoutError, ESConnectionError, ConnectionTimeout, RedisConnectionError)
    return isinstance(exc, DATABASE_ERRORS + services)


def backoff(attempt: int, *, base: float = 1.0, ceiling: float = 30.0) -> float:
    """Exponential back-off with full jitter (attempt 1 -> up to 1 s, 2 -> up to 2 s, ...)."""
    return random.uniform(base / 4, min(ceiling, base * 2 ** max(attempt - 1, 0)))  # noqa: S311


def beat() -> None:
    cache.set(HEARTBEAT_KEY, time.time(), timeout=None)


def replay() -> None:
    """The search outbox and Wagtail's indices; Elasticsearch errors are logged, not raised."""
    from search.indexing import process_outbox
    from search.wagtail_search import ensure_indices

    applied = process_outbox()  # keeps rows on backend errors; database errors propagate
    if applied:
        log.info("worker: replayed %s index updates", applied)
    try:
        repaired = {name: state for name, state in ensure_indices().items() if state != "ok"}
    except DATABASE_ERRORS:
        raise
    except Exception as exc:  # Elasticsearch still unreachable: next time
        log.debug("worker: Wagtail indices not checked: %s", exc)
    else:
        if repaired:
            log.warning("worker: Wagtail indices repaired: %s", repaired)


class SupervisedWorker(Worker):
    def __init__(self, *, replay_interval: float, max_backoff: float, with_tasks: bool, **kwargs):
        super().__init__(**kwargs)
        self.replay_interval = replay_interval
        self.max_backoff = max_backoff
        self.with_tasks = with_tasks

    def supervise(self, *, max_loops: int | None = None) -> None:
        failures = 0
        next_replay = 0.0
        loops = 0
        while self.running and (max_loops is None or loops < max_loops):
            loops += 1
            try:
                close_old_connections()
                if failures:
                    self.release_claimed()
                    log.warning("worker: database back after %s failed attempts", failures)
                    failures = 0
                    next_replay = 0.0  # replay at once: writes may have waited
                if time.monotonic() >= next_replay:
                    replay()
                    next_replay = time.monotonic() + self.replay_interval
                ran = self.run_one() if self.with_tasks else False
                beat()
                if self.running and not ran:
                    time.sleep(self.interval)
            except DATABASE_ERRORS as exc:
                failures += 1
                delay = backoff(failures, ceiling=self.max_backoff)
                log.warning("worker: database unavailable (%s: %s); retrying in %.1f s", type(exc).__name__, exc, delay)
                connections.close_all()
                if self.running:
                    time.sleep(delay)

    def run_one(self) -> bool:
        """Claim and run one ready task (db_worker's loop body); False when there was none."""
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
            except OperationalError as exc:
                if not is_locked_database_exception(exc):
                    raise
                task_result = None
        if task_result is None:
            return False
        self.run_task(task_result)
        return True

    def run_task(self, db_task_result: DBTaskResult) -> None:
        """As db_worker, except that a task failing on an unreachable service is retried later."""
        original = db_task_result.set_failed

        def set_failed(exc: BaseException) -> None:
            attempts = len(db_task_result.worker_ids)
            if isinstance(exc, DATABASE_ERRORS):
                raise exc  # the database is gone: the supervisor waits; release_claimed puts it back
            if transient(exc) and attempts < MAX_ATTEMPTS:
                self.retry_later(db_task_result, exc, attempts)
            else:
                original(exc)

        db_task_result.set_failed = set_failed  # type: ignore[method-assign]
        super().run_task(db_task_result)

    def retry_later(self, db_task_result: DBTaskResult, exc: BaseException, attempts: int) -> None:
        delay = backoff(attempts, base=2.0, ceiling=300.0)
        log.warning("worker: task %s failed (%s), retry %s in %.0f s", db_task_result.id, exc, attempts, delay)
        DBTaskResult.objects.filter(pk=db_task_result.pk).update(
            status="READY",
            run_after=timezone.now() + dt.timedelta(seconds=delay),
            exception_class_path=f"{type(exc).__module__}.{type(exc).__qualname__}",
            traceback="".join(format_exception(exc)),
        )

    def release_claimed(self) -> int:
        """Tasks this worker was running when the database went away: ready again."""
        released = DBTaskResult.objects.filter(status="RUNNING", worker_ids__contains=[self.worker_id]).update(
            status="READY", run_after=timezone.now()
        )
        if released:
            log.warning("worker: %s interrupted task(s) put back", released)
        return released


class Command(BaseCommand):
    help = "Run tasks and replay the search outbox; survives database and Elasticsearch outages."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between task polls when idle.")
        parser.add_argument("--replay-interval", type=float, default=5.0, help="Seconds between outbox replays.")
        parser.add_argument("--max-backoff", type=float, default=30.0, help="Longest wait for the database.")
        parser.add_argument("--max-loops", type=int, default=None, help=argparse_suppress())

    def handle(self, *args, interval, replay_interval, max_backoff, max_loops, **options):
        with_tasks = tasks_on_worker()
        worker = SupervisedWorker(
            queue_names=list(getattr(task_backends["default"], "queues", None) or ["default"]),
            interval=interval,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
            replay_interval=replay_interval,
            max_backoff=max_backoff,
            with_tasks=with_tasks,
        )
        worker.configure_signals()
        log.info("worker %s started (tasks: %s)", worker.worker_id, with_tasks)
        worker.supervise(max_loops=max_loops)


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS
