"""Writes over HTTP: posting a reply, voting, joining a group — latency, throughput, freshness.

Usage: BENCH_DATABASE=<db> BENCH_INDEX_PREFIX=<prefix> .venv/bin/python bench/writes.py [--writes 200]

Against the page server (production layout, PostgreSQL, Redis, Elasticsearch) with a real
``db_worker`` consuming the task queue (search outbox, notifications), like production:

* **post a reply**, **vote on a reply**, **join an open group**: each write is a browser-like
  form POST (session cookie + CSRF cookie and token) by a *different* generated member (the
  reply rate limit is per member), 16 at a time from a thread pool in this process (the
  server runs in its own processes). Latency = POST sent → response (a redirect after
  success); throughput = writes / wall time. Every status other than the redirect counts as
  an error.
* **reply → searchable**: the freshness method of ``bench/search_bench.py`` applied to
  replies: POST a reply carrying a unique token over HTTP, then poll the search service (a
  member's scope) until it finds the token.
* **reply → delivered live** is measured by ``bench/live_fanout.py`` (the suite runs it;
  its figures are quoted in the "live" section).

The writes land on one portal question made for the run and on generated open peer
groups; the question (with its replies and votes) and the new memberships are removed
afterwards, so the benchmark data stay as generated. Writes the "writes" section of
docs/PERFORMANCE.md and bench/results/writes.json.
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402

TITLE = "Bench: schrijftest"
CONCURRENCY = 16
#: Time bound of one kind of write: what is not sent by then is skipped (and reported).
WRITE_SECONDS = int(os.environ.get("BENCH_WRITE_SECONDS", "90"))
MEMBER = "secretaris@leerplatform.example"


def post(base: str, path: str, cookie: str, fields: dict) -> tuple[int, float]:
    """A form POST like the browser's (session + CSRF cookie and token); returns (status, ms)."""
    token = secrets.token_hex(16)
    host = urllib.parse.urlsplit(base).netloc
    connection = http.client.HTTPConnection(host, timeout=30)
    started = time.perf_counter()
    try:
        connection.request(
            "POST",
            path,
            body=urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"{cookie}; csrftoken={token}",
                "Origin": base,
                "Referer": base + path,
            },
        )
        response = connection.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000
    except OSError:
        return 0, (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def run_writes(base: str, jobs: list[tuple[str, str, dict]]) -> dict:
    """Run (path, cookie, fields) POSTs CONCURRENCY at a time; latency, throughput and statuses."""
    started = time.monotonic()
    deadline = started + WRITE_SECONDS  # jobs not started by then are skipped

    def one(job):
        return post(base, *job) if time.monotonic() < deadline else None

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        results = [r for r in pool.map(one, jobs) if r is not None]
    elapsed = time.monotonic() - started
    times = [ms for _status, ms in results]
    statuses: dict[int, int] = {}
    for status, _ms in results:
        statuses[status] = statuses.get(status, 0) + 1
    errors = sum(n for code, n in statuses.items() if code not in (302, 303))
    return {
        "writes": len(results),
        "skipped": len(jobs) - len(results),
        "concurrency": CONCURRENCY,
        "per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(harness.percentile(times, 50), 1),
        "p95_ms": round(harness.percentile(times, 95), 1),
        "p99_ms": round(harness.percentile(times, 99), 1),
        "errors": errors,
        "statuses": statuses,
    }


def searchable_after_reply(base: str, thread_id: int, cookies: list[str], samples: int) -> dict:
    """POST a reply with a unique token, then poll the search service until it finds it."""
    from django.contrib.auth import get_user_model

    from search import service
    from search.scope import scope_for

    scope = scope_for(get_user_model().objects.get(email=MEMBER))
    times = []
    for n in range(samples):
        token = f"versheid{uuid.uuid4().hex[:10]}"
        status, _ms = post(
            base,
            f"/vraagbaak/vragen/{thread_id}/reageren/",
            cookies[n % len(cookies)],
            {"body": f"Meting {token}: hoe snel is dit vindbaar?", "parent": ""},
        )
        sent = time.monotonic()
        if status not in (302, 303):
            times.append(float("inf"))
            continue
        while True:
            if service.search(service.SearchParams(text=token), scope).total:
                times.append(time.monotonic() - sent)
                break
            if time.monotonic() - sent > 30:
                times.append(float("inf"))
                break
            time.sleep(0.05)
    finite = [t for t in times if t != float("inf")]
    return {
        "samples": samples,
        "lost": len(times) - len(finite),
        "p50_s": round(statistics.median(finite), 2) if finite else None,
        "p95_s": round(harness.percentile(finite, 95), 2) if finite else None,
        "max_s": round(max(finite), 2) if finite else None,
    }


def prepare(writes: int):
    """A fresh portal question, writers (generated members), and open peer groups to join."""
    from peergroups.demo.scale_data import MARK_DOMAIN
    from peergroups.models import MemberProfile, Membership, Space, Thread
    from peergroups.portal import actions as thread_actions

    Thread.objects.filter(title=TITLE).delete()
    writers = list(
        MemberProfile.objects.filter(status="member", user__email__endswith=MARK_DOMAIN)
        .order_by("-user_id")
        .values_list("user__email", flat=True)[: writes + 20]
    )
    if len(writers) < writes:
        sys.exit("writes.py needs generated members: run generate_scale_data first (bench/suite.py does).")
    from django.contrib.auth import get_user_model

    starter = get_user_model().objects.get(email=MEMBER)
    thread = thread_actions.do_create_thread(
        starter,
        thread_actions.get_portal(),
        kind="question",
        title=TITLE,
        body="Een vraag om schrijfacties te meten.",
        themes=[],
        is_anonymous=False,
        poll_options=[],
    )
    groups = list(
        Space.objects.filter(kind="peer_group", visibility="open", capacity__isnull=True)
        .order_by("slug")
        .values_list("pk", "slug")
    )
    members = set(Membership.objects.filter(space_id__in=[g[0] for g in groups]).values_list("space_id", "user__email"))
    cookies = {email: harness.session_cookie_for(email) for email in writers}
    return thread, writers, groups, members, cookies


def cleanup(thread_id: int, joined: list[tuple[str, int]], started) -> None:
    from peergroups.models import Activity, Membership, Notification, Thread

    Thread.objects.filter(pk=thread_id).delete()
    for email, space_id in joined:
        Membership.objects.filter(space_id=space_id, user__email=email, joined_at__gte=started).delete()
    Activity.objects.filter(created_at__gte=started, verb="joined").delete()
    Notification.objects.filter(created_at__gte=started).delete()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=100, help="writes per kind")
    parser.add_argument("--samples", type=int, default=10, help="freshness samples")
    args = parser.parse_args()
    harness.setup_django({"TASKS_IMMEDIATE": "false"})
    os.environ["TASKS_IMMEDIATE"] = "false"
    from django.utils import timezone

    from peergroups.models import Reply

    writes = harness.requests_for(args.writes)
    started = timezone.now()
    thread, writers, groups, members, cookies = prepare(writes)
    harness.collectstatic()
    worker = subprocess.Popen(
        [
            str(harness.REPO / ".venv" / "bin" / "python"),
            "manage.py",
            "db_worker",
            "--interval",
            "0.1",
            "--no-startup-delay",
        ],
        cwd=harness.REPO,
        env=harness.production_env({"TASKS_IMMEDIATE": "false"}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rows, joined = [], []
    try:
        with harness.page_server() as base:
            reply_path = f"/vraagbaak/vragen/{thread.pk}/reageren/"
            jobs = [
                (reply_path, cookies[email], {"body": f"Schrijftest {n}: ervaring met de servicenormen.", "parent": ""})
                for n, email in enumerate(writers[:writes])
            ]
            rows.append({"write": "post a reply", **run_writes(base, jobs)})
            reply_ids = list(Reply.objects.filter(thread=thread).order_by("pk").values_list("pk", flat=True))
            jobs = []
            for n, email in enumerate(reversed(writers[-writes:])):
                jobs.append((f"/vraagbaak/reactie/{reply_ids[n % len(reply_ids)]}/stem/", cookies[email], {}))
            rows.append({"write": "vote on a reply", **run_writes(base, jobs)}) if reply_ids else None
            jobs = []
            for n, email in enumerate(writers[:writes]):
                for k in range(len(groups)):
                    space_id, slug = groups[(n + k) % len(groups)]
                    if (space_id, email) not in members:
                        jobs.append((f"/groepen/{slug}/aansluiten/", cookies[email], {}))
                        joined.append((email, space_id))
                        break
            rows.append({"write": "join an open group", **run_writes(base, jobs)})
            for row in rows:
                print(
                    f"{row['write']:20} {row['per_s']:6}/s  p50 {row['p50_ms']} ms  p95 {row['p95_ms']} ms  "
                    f"p99 {row['p99_ms']} ms  errors {row['errors']}  {row['statuses']}",
                    flush=True,
                )
            fresh = searchable_after_reply(
                base, thread.pk, list(cookies.values())[-20:], harness.requests_for(args.samples * 8) // 8 or 3
            )
            print(f"reply → searchable: {fresh}", flush=True)
    finally:
        _drain(seconds=30)  # let the worker finish this run's tasks, so none are left for the next bench
        worker.terminate()
        worker.wait(timeout=10)
        cleanup(thread.pk, joined, started)
    live = _live_figures()
    markdown = harness.table(
        rows,
        [
            ("write", "write"),
            ("writes", "writes"),
            ("skipped", "skipped (time bound)"),
            ("per_s", "writes/s"),
            ("p50_ms", "p50 ms"),
            ("p95_ms", "p95 ms"),
            ("p99_ms", "p99 ms"),
            ("errors", "errors"),
        ],
    )
    markdown += (
        f"\n\nEach write is a form POST with session and CSRF by a different generated member, {CONCURRENCY} at a "
        f"time from a thread pool in the bench process, against the page server (production layout) on the "
        f"benchmark data of `{_database()}`, with a `db_worker` consuming the task queue. Latency: POST sent → "
        f"redirect received; a status other than the redirect is an error. Each kind is bounded to "
        f"{WRITE_SECONDS} s; writes not started by then are skipped.\n\n"
        f"Reply → searchable (HTTP POST → found by the search service in a member's scope; `db_worker` poll "
        f"interval 0.1 s, Elasticsearch refresh 1 s): median **{fresh['p50_s']} s**, p95 {fresh['p95_s']} s, max "
        f"{fresh['max_s']} s over {fresh['samples']} replies, {fresh['lost']} lost (budget ≤ 2 s).\n\n"
        + (
            f"Reply → delivered live (from `bench/live_fanout.py`, full stack, {live['clients']} listeners): "
            f"p50 {live['p50_ms']} ms, p95 **{live['p95_ms']} ms** (budget ≤ 200 ms); see the live section."
            if live
            else "Reply → delivered live: see the live section (`bench/live_fanout.py`)."
        )
    )
    harness.write_report(
        "writes",
        "Writes: latency, throughput, freshness",
        markdown,
        {
            "command": "make bench (bench/writes.py)",
            "rows": rows,
            "searchable": fresh,
            "live": live,
        },
    )


def _drain(seconds: float) -> None:
    """Wait (bounded) until no task of this run waits in the queue; drop what is left after that."""
    from django.db import connection

    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'READY'")
            if not cursor.fetchone()[0]:
                return
            time.sleep(0.5)
        cursor.execute("DELETE FROM django_tasks_database_dbtaskresult WHERE status = 'READY'")


def _database() -> str:
    return harness.BENCH_DB


def _live_figures() -> dict | None:
    """The full-stack delivery latency from the live bench's results, if it ran."""
    import json

    path = harness.RESULTS / "live.json"
    if not path.exists():
        return None
    try:
        rows = [r for r in json.loads(path.read_text()).get("rows", []) if r.get("mode") == "full"]
    except ValueError:
        return None
    if not rows:
        return None
    row = min(rows, key=lambda r: r.get("clients", 0))
    return {"clients": row.get("clients"), "p50_ms": row.get("p50_ms"), "p95_ms": row.get("p95_ms")}


if __name__ == "__main__":
    main()
