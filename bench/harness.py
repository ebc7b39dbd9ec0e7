"""Shared bench harness.

* ``page_server()`` runs the pages the way production does: gunicorn (WSGI,
  several sync worker processes, persistent database connections; WebSockets
  go to the ASGI server), DEBUG off, hashed static files, PostgreSQL, Redis and
  Elasticsearch from ``scripts/services.sh`` — on loopback only.
  ``production_server()`` runs the ASGI application on uvicorn (HTTP and
  WebSockets) for the live benchmarks.
* ``load()`` drives it with ``hey`` (Debian package) from a separate process,
  bounded in requests and time, and returns requests/s, p50/p95/p99 and the
  error count.
* ``query_count()`` captures the SQL queries of one instrumented request
  in-process (the same database), separately from the timed runs.
* ``write_report()`` keeps one section per benchmark in docs/PERFORMANCE.md
  and the machine-readable figures in bench/results/<name>.json.

Every bench script calls ``setup_django()`` first; it reads .services/env.

Environment (all optional): ``BENCH_DATABASE`` (default platform_bench),
``BENCH_INDEX_PREFIX`` (default bench), ``BENCH_REDIS_URL`` (default: the
services' Redis), ``BENCH_PORT`` (default 8300), ``BENCH_QUICK=1`` (fewer
requests everywhere: a smoke run; its figures go to bench/results/quick/, not to docs/).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH_DB = os.environ.get("BENCH_DATABASE", "platform_bench")
INDEX_PREFIX = os.environ.get("BENCH_INDEX_PREFIX", "bench")
PORT = int(os.environ.get("BENCH_PORT", "8300"))
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0", "false")
#: A smoke run (BENCH_QUICK=1) writes its figures apart, never over the real report.
RESULTS = REPO / "bench" / "results" / ("quick" if QUICK else "")
REPORT = RESULTS / "PERFORMANCE.md" if QUICK else REPO / "docs" / "PERFORMANCE.md"
#: One secret key per bench run: sessions made in this process must be valid in the server.
SECRET_KEY = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50)


def services_env() -> dict:
    """The service URLs written by scripts/services.sh, with the bench database."""
    env_file = REPO / ".services" / "env"
    if not env_file.exists():
        sys.exit("Services are not up: run `make up` (scripts/services.sh up) first.")
    values = {}
    for line in env_file.read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = value
    base, _db = values["DATABASE_URL"].rsplit("/", 1)
    values["DATABASE_URL"] = f"{base}/{BENCH_DB}"
    values["SEARCH_INDEX_PREFIX"] = INDEX_PREFIX
    if os.environ.get("BENCH_REDIS_URL"):
        values["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    return values


def requests_for(normal: int) -> int:
    """The request count of a timed run: ``normal``, or a smoke-run share of it with BENCH_QUICK=1."""
    return max(32, normal // 8) if QUICK else normal


def production_env(extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env.update(services_env())
    env.update(
        {
            "PRODUCTION": "true",
            "DEBUG": "false",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback: no TLS proxy in front of the bench server.
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "SECURE_HSTS_SECONDS": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(extra or {})
    return env


def setup_django(extra_env: dict | None = None):
    """Configure Django in this process against the bench database."""
    os.environ.update(production_env(extra_env))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "platform_site.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    ensure_database()


def ensure_database():
    """Create the bench database if needed and migrate it."""
    import psycopg
    from django.conf import settings
    from django.core.management import call_command

    db = settings.DATABASES["default"]
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], password=db["PASSWORD"], dbname="postgres",
        autocommit=True,
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{db["NAME"]}"')
    call_command("migrate", interactive=False, verbosity=0)


def collectstatic():
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


#: Sync gunicorn workers for the HTTP pages: two per core, so one waits on the database while the other computes.
GUNICORN_WORKERS = 2 * (os.cpu_count() or 1)


@contextlib.contextmanager
def production_server(*, workers: int | None = None, port: int | None = None, extra_env: dict | None = None,
                      server: str = "uvicorn"):
    """Start the server on 127.0.0.1:port and yield its base URL.

    ``uvicorn`` (default): the ASGI application, HTTP and WebSockets, with
    ``workers`` processes (default 2) — what the live benchmarks need.
    ``gunicorn``: the WSGI application with ``workers`` sync processes
    (default ``GUNICORN_WORKERS``) and persistent database connections; the
    production layout serves pages this way and only ``/ws/`` on ASGI (see
    ``page_server``).
    """
    port = port or PORT
    if server == "uvicorn":
        env = production_env(extra_env)
        command = [
            str(REPO / ".venv" / "bin" / "uvicorn"), "platform_site.asgi:application",
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers or 2),
            "--no-access-log", "--log-level", "warning", "--lifespan", "off",
        ]
    else:
        env = production_env({"CONN_MAX_AGE": "300", **(extra_env or {})})
        command = [
            str(REPO / ".venv" / "bin" / "gunicorn"), "platform_site.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", str(workers or GUNICORN_WORKERS),
            "--worker-class", "sync", "--backlog", "256", "--log-level", "warning",
        ]
    log = open(REPO / "bench" / "results" / f"server-{port}.log", "w")  # noqa: SIM115
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not come up; see bench/results/server-{port}.log")
            time.sleep(0.3)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def page_server(*, workers: int | None = None, port: int | None = None, extra_env: dict | None = None):
    """The production layout for HTTP pages: gunicorn sync workers (see ``production_server``)."""
    return production_server(workers=workers, port=port, extra_env=extra_env, server="gunicorn")


def session_cookie_for(email: str) -> str:
    """A logged-in session cookie for a user, created in the database directly."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user = get_user_model().objects.get(email=email)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of a list of numbers."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def load(url: str, *, requests: int = 1000, concurrency: int = 16, cookie: str | None = None,
         timeout_s: int = 120, expect: tuple[int, ...] | None = None) -> dict:
    """Run hey against one URL, bounded by request count and a wall-clock timeout.

    Percentiles are computed from hey's per-request CSV (its summary misreports
    p99 on short runs); throughput is requests over the measured wall time.
    """
    hey = shutil.which("hey")
    if not hey:
        sys.exit("hey is missing: scripts/ensure_packages.sh hey")
    command = [hey, "-n", str(requests), "-c", str(concurrency), "-t", "20", "-disable-redirects", "-o", "csv"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    started = time.monotonic()
    process = subprocess.Popen(command + [url], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    truncated = False
    try:
        output, _ = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        # Time bound reached: hey stops on SIGINT and still writes what it measured.
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
        truncated = True
    elapsed = time.monotonic() - started
    times, statuses = [], {}
    for line in output.splitlines()[1:]:
        fields = line.split(",")
        if len(fields) < 8:
            continue
        times.append(float(fields[0]) * 1000)
        statuses[int(fields[6])] = statuses.get(int(fields[6]), 0) + 1
    completed = len(times)
    sent = (requests // concurrency) * concurrency  # hey gives each connection n/c requests
    if truncated:
        sent = len(times)  # stopped by the time bound: what was not sent is not an error
    # Anything but a 2xx is an error here (a redirect means a lost session or a moved page),
    # unless the caller expects another status (e.g. 302 to the login page for a members-only page).
    def unexpected(code):
        return code not in expect if expect else not 200 <= code < 300

    errors = (sent - completed) + sum(n for code, n in statuses.items() if unexpected(code))
    return {
        "url": url, "requests": sent, "concurrency": concurrency,
        "rps": round(completed / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
        "p99_ms": round(percentile(times, 99), 1), "statuses": statuses, "errors": errors,
        "stopped_by_time_bound": truncated,
    }


def query_count(path: str, *, email: str | None = None) -> tuple[int, int]:
    """(SQL queries, status) of one request served in-process against the bench database.

    The anonymous page cache is off here: the count is that of a page actually rendered
    (fragment caches stay on, warm, as in a running server).
    """
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    if email:
        client.force_login(get_user_model().objects.get(email=email))
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(path)  # warm caches (content types, site root) like a running server has
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
    return len(ctx.captured_queries), response.status_code


def machine() -> dict:
    from django.conf import settings  # noqa: F401 - Django is set up by now

    versions = {}
    for name in ("django", "wagtail", "channels", "elasticsearch", "uvicorn", "psycopg"):
        with contextlib.suppress(Exception):
            versions[name] = __import__("importlib.metadata").metadata.version(name)
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }


def write_report(name: str, title: str, markdown: str, data: dict) -> None:
    """Replace (or append) the section ``name`` in docs/PERFORMANCE.md and store JSON."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"name": name, "title": title, "machine": machine(), **data}
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    meta = payload["machine"]
    section = (
        f"{start}\n## {title}\n\n"
        f"Measured {meta['date']} on {meta['cpus']} cores, Python {meta['python']}, "
        + ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
        + f". Command: `{data.get('command', '')}`. Raw figures: `bench/results/{name}.json`.\n\n"
        f"{markdown.strip()}\n{end}"
    )
    text = REPORT.read_text() if REPORT.exists() else "# Performance\n\nFigures written by the scripts in `bench/`.\n"
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    REPORT.write_text(text)


def table(rows: list[dict], columns: list[tuple[str, str]]) -> str:
    head = "| " + " | ".join(label for _key, label in columns) + " |"
    rule = "|" + "|".join("---" for _ in columns) + "|"
    body = ["| " + " | ".join(str(row.get(key, "")) for key, _label in columns) + " |" for row in rows]
    return "\n".join([head, rule, *body])
