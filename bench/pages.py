"""Page latency and SQL queries on the production-like server, against generated data of one size.

Usage: BENCH_DATABASE=<db> BENCH_INDEX_PREFIX=<prefix> .venv/bin/python bench/pages.py --size medium
       [--requests N] [--only WORD ...] [--no-report]

Expects the data of ``--size`` in the bench database (``bench/suite.py`` generates it with
``manage.py generate_scale_data`` and checks the marker). Starts the page server (the
harness's production layout, DEBUG off, PostgreSQL, Redis, Elasticsearch) and for every page,
logged out and logged in, measures requests/s, p50/p95/p99 and errors at 16 concurrent
connections (hey, a separate process on loopback), plus the SQL queries of one instrumented
request in-process. Writes bench/results/pages-<size>.json; with the default medium size also
the "pages" section of docs/PERFORMANCE.md (the growth section is written by bench/suite.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402

MEMBER = "secretaris@leerplatform.example"  # member of the working group "Benchmarking en kwaliteit"
GROUP = "/groepen/werkgroep-benchmarking-en-kwaliteit/"  # the busiest group in generated data
P95_BUDGET_MS = 100
#: Time bound of one timed row (hey is stopped and reports what it measured).
ROW_SECONDS = int(__import__("os").environ.get("BENCH_ROW_SECONDS", "30"))
QUERY_BUDGET = 15
#: Untimed requests before each timed row (two per connection).
WARMUP_REQUESTS = 32


def pages() -> list[tuple[str, str]]:
    """(name, path) of the benchmarked pages; the 500-reply thread is looked up in the data."""
    from peergroups.demo.scale_data import BIG_THREAD_TITLE
    from peergroups.models import Thread

    thread = Thread.objects.filter(title=BIG_THREAD_TITLE).first()
    rows = [
        ("home", "/"),
        ("knowledge finder, two facets", "/kennisbank/?bestuurslaag=regionaal&thema=openheid"),
        ("case page", "/kennisbank/waterschap-brabantse-delta/"),
        ("portal list", "/vraagbaak/"),
    ]
    if thread is not None:
        rows.append(("thread, 500 replies", thread.get_absolute_url()))
    rows += [
        ("group space", GROUP),
        ("search, plain", "/zoeken/?q=klanttevredenheid"),
        ("search, faceted", "/zoeken/?q=gemeente&government_layer=lokaal&kind=organisation"),
        ("organisation page", "/organisaties/uwv/"),
    ]
    return rows


def measure(size: str, requests: int, only: list[str] | None) -> list[dict]:
    harness.collectstatic()
    cookie = harness.session_cookie_for(MEMBER)
    rows = []
    selected = [p for p in pages() if not only or any(word in p[0] for word in only)]
    with harness.page_server() as base:
        for name, path in selected:
            for member in (False, True):
                queries, status = harness.query_count(path, email=MEMBER if member else None)
                # A members-only page answers visitors with a redirect to the login page: that is expected.
                expect = (status,) if not member and status in (301, 302) else None
                # Steady state: a short untimed warm-up at the same concurrency first (fresh workers
                # import templates and open connections; the first visitors fill the page cache).
                harness.load(base + path, requests=WARMUP_REQUESTS, cookie=cookie if member else None,
                             expect=expect, timeout_s=ROW_SECONDS)
                result = harness.load(
                    base + path,
                    requests=requests,
                    cookie=cookie if member else None,
                    expect=expect,
                    timeout_s=ROW_SECONDS,
                )
                row = {
                    "page": name,
                    "who": "member" if member else "visitor",
                    "path": path,
                    "queries": queries,
                    "status": status,
                    **result,
                }
                row["budget"] = _budget(row)
                rows.append(row)
                print(
                    f"{size:6} {name:30} {row['who']:7} {result['rps']:7} req/s  p50 {result['p50_ms']:6}  "
                    f"p95 {result['p95_ms']:6}  p99 {result['p99_ms']:6} ms  errors {result['errors']}  "
                    f"queries {queries}  (status {status})",
                    flush=True,
                )
    return rows


def _budget(row: dict) -> str:
    misses = []
    if row["p95_ms"] > P95_BUDGET_MS:
        misses.append("p95")
    if row["queries"] > QUERY_BUDGET:
        misses.append("queries")
    if row["errors"]:
        misses.append("errors")
    return "miss: " + ", ".join(misses) if misses else "ok"


COLUMNS = [
    ("page", "page"),
    ("who", "as"),
    ("requests", "requests"),
    ("status", "status"),
    ("queries", "SQL queries"),
    ("rps", "req/s"),
    ("p50_ms", "p50 ms"),
    ("p95_ms", "p95 ms"),
    ("p99_ms", "p99 ms"),
    ("errors", "errors"),
    ("budget", "budget"),
]


def data_summary() -> dict:
    from django.db import connection

    from knowledge.models import BestPracticePage
    from peergroups.models import Organisation, Reply, Space, Thread, User

    summary = {
        "organisations": Organisation.objects.count(),
        "members": User.objects.count(),
        "groups": Space.objects.exclude(kind="portal").count(),
        "threads": Thread.objects.count(),
        "replies": Reply.objects.count(),
        "cases": BestPracticePage.objects.count(),
    }
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database()")
        summary["database"] = cursor.fetchone()[0]
    return summary


def report(size: str, rows: list[dict], requests: int, data: dict) -> None:
    path_notes = "\n".join(f"- {name}: `{path}`" for name, path in dict.fromkeys((r["page"], r["path"]) for r in rows))
    markdown = harness.table(rows, COLUMNS) + (
        f"\n\nData: `generate_scale_data --size {size}` — {data['organisations']} organisations, "
        f"{data['members']} accounts, {data['groups']} groups, {data['threads']} threads, {data['replies']} "
        f"replies, {data['cases']} cases. Up to {requests} requests per row (each row bounded to {ROW_SECONDS} s, "
        f"after {WARMUP_REQUESTS} untimed warm-up requests) at 16 concurrent connections (hey, a "
        f"separate process on loopback) against the page server of `bench/harness.py` (production settings, "
        f"DEBUG off, PostgreSQL, Redis, Elasticsearch). SQL queries: one instrumented request in-process, caches "
        f"warm. Member rows as `{MEMBER}`. Budget: p95 ≤ {P95_BUDGET_MS} ms and ≤ {QUERY_BUDGET} queries. A "
        f"visitor on a members-only page gets the redirect to the login page (status 302), which is measured "
        f"as such.\n\nPaths:\n{path_notes}"
    )
    harness.write_report(
        "pages",
        f"Pages at {size} size: latency and SQL queries",
        markdown,
        {"command": "make bench (bench/pages.py --size " + size + ")", "size": size, "data": data, "rows": rows},
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="medium")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--only", nargs="*", help="only pages whose name contains one of these words")
    parser.add_argument("--no-report", action="store_true", help="write only bench/results/pages-<size>.json")
    args = parser.parse_args()
    harness.setup_django()
    requests = harness.requests_for(args.requests)
    rows = measure(args.size, requests, args.only)
    data = data_summary()
    import json

    harness.RESULTS.mkdir(parents=True, exist_ok=True)
    (harness.RESULTS / f"pages-{args.size}.json").write_text(
        json.dumps(
            {"size": args.size, "requests": requests, "data": data, "machine": harness.machine(), "rows": rows},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    if not args.no_report:
        report(args.size, rows, requests, data)


if __name__ == "__main__":
    main()
