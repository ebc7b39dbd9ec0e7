"""The whole benchmark suite in one command (``make bench``), bounded in time.

Usage: .venv/bin/python bench/suite.py [--parts data pages writes live search growth] [--time-limit 1500]
       .venv/bin/python bench/suite.py --growth medium large   (after bench/pages.py --size large --no-report)
       BENCH_QUICK=1 for a smoke run (fewer requests everywhere).

1. **data**: small and medium data (``manage.py generate_scale_data``) in two bench databases,
   generated only when missing: each database carries a marker (size, seed, fingerprint;
   ``COMMENT ON DATABASE``) and is dropped and regenerated when the marker does not match.
2. **pages** at both sizes (``bench/pages.py``), the medium table in the report.
3. **growth**: the page figures of small and medium side by side — p95 ratio and query counts.
4. **search** (``bench/search_bench.py``) on medium data: reindex throughput, query latency, freshness
   (before the writes, so its worker does not inherit their task backlog).
5. **live** (``bench/live_fanout.py``, when present) on medium data: reply → delivered live.
6. **writes** on medium data (``bench/writes.py``): reply, vote, join; reply → searchable.

Every part runs in its own process (one Django setup per database), with a timeout; when the
time limit is near, the remaining parts are skipped and the summary says so. Databases, index
prefixes, Redis and ports come from the environment (defaults in ``CONFIG``), so several
people can run benches on one machine without sharing state.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402

REPO = harness.REPO
PY = str(REPO / ".venv" / "bin" / "python")
SEED = int(os.environ.get("BENCH_SEED", "20260101"))
CONFIG = {
    size: {
        "database": os.environ.get(f"BENCH_DATABASE_{size.upper()}", f"platform_bench_{size}"),
        "prefix": os.environ.get(f"BENCH_INDEX_PREFIX_{size.upper()}", f"bench-{size}"),
    }
    for size in ("small", "medium")
}
PARTS = ["data", "pages", "growth", "search", "live", "writes"]


def env_for(size: str, **extra) -> dict:
    env = dict(os.environ)
    env.update({"BENCH_DATABASE": CONFIG[size]["database"], "BENCH_INDEX_PREFIX": CONFIG[size]["prefix"], **extra})
    return env


def manage_env(size: str) -> dict:
    """Environment for manage.py against a bench database (the services' URLs, that database)."""
    values = harness.services_env()
    base = values["DATABASE_URL"].rsplit("/", 1)[0]
    env = dict(os.environ)
    env.update(values)
    env.update(
        {
            "DATABASE_URL": f"{base}/{CONFIG[size]['database']}",
            "SEARCH_INDEX_PREFIX": CONFIG[size]["prefix"],
            "TASKS_IMMEDIATE": "true",
        }
    )
    if os.environ.get("BENCH_REDIS_URL"):
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    return env


def _admin_connection():
    import psycopg

    url = harness.services_env()["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
    return psycopg.connect(url, autocommit=True)


def marker(database: str) -> dict | None:
    with _admin_connection() as conn:
        row = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [database]
        ).fetchone()
    if not row:
        return None
    try:
        return json.loads(row[0]) if row[0] else {}
    except ValueError:
        return {}


def ensure_data(size: str, timeout: float) -> dict:
    """Generate the data of ``size`` unless its database already holds it (by the marker)."""
    database = CONFIG[size]["database"]
    found = marker(database)
    if found and found.get("size") == size and found.get("seed") == SEED:
        print(f"[data] {size}: {database} holds it already (fingerprint {found.get('fingerprint')})", flush=True)
        return {**found, "generated_now": False}
    print(f"[data] {size}: generating into {database} …", flush=True)
    with _admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')
    env = manage_env(size)
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True, timeout=timeout)
    subprocess.run(
        [PY, "manage.py", "generate_scale_data", "--size", size, "--seed", str(SEED)],
        cwd=REPO,
        env=env,
        check=True,
        timeout=timeout,
    )
    return {**(marker(database) or {}), "generated_now": True}


def clear_task_backlog(size: str) -> int:
    """Drop task rows left waiting by an earlier, interrupted bench run in this bench database.

    Freshness (commit → searchable) is measured with a fresh ``db_worker``; a backlog of old
    notification tasks in front of the index task would be measured instead.
    """
    import psycopg

    url = harness.services_env()["DATABASE_URL"].rsplit("/", 1)[0] + "/" + CONFIG[size]["database"]
    with psycopg.connect(url, autocommit=True) as conn:
        deleted = conn.execute(
            "DELETE FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
        ).rowcount
    if deleted:
        print(f"[tasks] {size}: removed {deleted} task rows left waiting by an earlier run", flush=True)
    return deleted


def run(script: str, args: list[str], env: dict, timeout: float) -> str:
    """Run one bench script; returns 'ok', 'failed (code)' or 'timed out'.

    On the time bound the script gets SIGINT first, so its cleanup runs (servers and workers
    it started are stopped, data it added removed); a kill follows if it does not stop.
    """
    print(f"== {script} {' '.join(args)}", flush=True)
    process = subprocess.Popen([PY, script, *args], cwd=REPO, env=env)
    try:
        return "ok" if process.wait(timeout=max(30, timeout)) == 0 else f"failed (exit {process.returncode})"
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return "timed out"


def growth(base_size: str = "small", grown_size: str = "medium") -> str:
    """The page figures of two sizes side by side (section "growth", or "growth-<grown>" beyond medium)."""
    base_file, grown_file = harness.RESULTS / f"pages-{base_size}.json", harness.RESULTS / f"pages-{grown_size}.json"
    if not (base_file.exists() and grown_file.exists()):
        return "skipped (page results of both sizes needed)"
    base, grown = json.loads(base_file.read_text()), json.loads(grown_file.read_text())
    by_key = {(r["page"], r["who"]): r for r in base["rows"]}
    rows = []
    for row in grown["rows"]:
        before = by_key.get((row["page"], row["who"]))
        if not before:
            continue
        ratio = round(row["p95_ms"] / before["p95_ms"], 2) if before["p95_ms"] else None
        rows.append(
            {
                "page": row["page"],
                "who": row["who"],
                "p95_base": before["p95_ms"],
                "p95_grown": row["p95_ms"],
                "p95_ratio": ratio,
                "q_base": before["queries"],
                "q_grown": row["queries"],
                "queries_grow": "no"
                if before["queries"] == row["queries"]
                else f"yes ({row['queries'] - before['queries']:+d})",
                "within_20": "yes" if ratio is not None and ratio <= 1.2 else "no",
            }
        )
    db, dg = base["data"], grown["data"]
    markdown = harness.table(
        rows,
        [
            ("page", "page"),
            ("who", "as"),
            ("p95_base", f"p95 ms, {base_size}"),
            ("p95_grown", f"p95 ms, {grown_size}"),
            ("p95_ratio", "p95 ratio"),
            ("within_20", "within 20 %?"),
            ("q_base", f"queries, {base_size}"),
            ("q_grown", f"queries, {grown_size}"),
            ("queries_grow", "queries grow?"),
        ],
    ) + (
        f"\n\nThe same page benchmark (`bench/pages.py`, up to {grown['requests']} requests per row, 16 connections) "
        f"against {base_size} data ({db['threads']} threads, {db['replies']} replies, {db['cases']} cases, "
        f"{db['members']} accounts) and {grown_size} data ({dg['threads']} threads, {dg['replies']} replies, "
        f"{dg['cases']} cases, {dg['members']} accounts). Goal: query counts equal, p95 within 20 %."
    )
    name = "growth" if (base_size, grown_size) == ("small", "medium") else f"growth-{grown_size}"
    harness.write_report(
        name,
        f"Growth: {base_size} → {grown_size}",
        markdown,
        {
            "command": "make bench (bench/suite.py)" if name == "growth" else
            f"bench/pages.py --size {grown_size} --no-report, then bench/suite.py --growth {base_size} {grown_size}",
            "rows": rows,
            base_size: db,
            grown_size: dg,
        },
    )
    return "ok"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", nargs="*", default=PARTS, choices=PARTS)
    parser.add_argument("--time-limit", type=float, default=float(os.environ.get("BENCH_TIME_LIMIT", 1500)))
    parser.add_argument(
        "--growth", nargs=2, metavar=("BASE", "GROWN"),
        help="only write the growth section of two sizes whose page results exist (e.g. medium large)",
    )
    args = parser.parse_args()
    if args.growth:
        print(growth(*args.growth))
        return
    started = time.monotonic()

    def left() -> float:
        return args.time_limit - (time.monotonic() - started)

    summary: dict[str, object] = {"quick": harness.QUICK, "seed": SEED, "config": CONFIG}
    status: dict[str, str] = {}
    if "data" in args.parts:
        summary["data"] = {}
        for size in ("small", "medium"):
            t0 = time.monotonic()
            summary["data"][size] = ensure_data(size, timeout=max(60, left()))
            summary["data"][size]["wall_s"] = round(time.monotonic() - t0, 1)
        status["data"] = "ok"
    requests = ["--requests", os.environ.get("BENCH_PAGE_REQUESTS", "300")]
    if "pages" in args.parts:
        status["pages small"] = run(
            "bench/pages.py", ["--size", "small", "--no-report", *requests], env_for("small"), left()
        )
        status["pages medium"] = run("bench/pages.py", ["--size", "medium", *requests], env_for("medium"), left())
    if "growth" in args.parts:
        status["growth"] = growth()
    if {"search", "live", "writes"} & set(args.parts):
        clear_task_backlog("medium")
    if "search" in args.parts:
        if left() < 120:
            status["search"] = "skipped (time limit)"
        else:
            # --documents 0: the medium data are the corpus (no synthetic learning questions added).
            status["search"] = run(
                "bench/search_bench.py",
                ["--documents", "0", "--requests", str(harness.requests_for(800))],
                env_for("medium"),
                left(),
            )
    if "live" in args.parts and (REPO / "bench" / "live_fanout.py").exists():
        live_args = (
            ["--clients", "10", "--posts", "5", "--burst", "5"]
            if harness.QUICK
            else ["--clients", "10", "100", "500", "--posts", "15", "--burst", "15"]
        )
        port = os.environ.get("BENCH_LIVE_PORT", "8450")
        status["live"] = run(
            "bench/live_fanout.py",
            [*live_args, "--port", port, "--time-limit", str(int(min(600, max(60, left() - 60))))],
            env_for("medium"),
            min(700, left()),
        )
    if "writes" in args.parts:
        status["writes"] = run("bench/writes.py", [], env_for("medium"), min(600, left()))
    summary["status"] = status
    summary["seconds"] = round(time.monotonic() - started, 1)
    harness.RESULTS.mkdir(parents=True, exist_ok=True)
    (harness.RESULTS / "suite.json").write_text(json.dumps(summary, indent=2, default=str) + "\n")
    print(json.dumps(summary["status"], indent=2))
    print(f"Suite finished in {summary['seconds']} s. Results: docs/PERFORMANCE.md and bench/results/*.json")
    if any(not value.startswith("ok") for value in status.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
