"""Shared bench harness.

* ``production_server()`` runs the platform the way production does: uvicorn
  with several worker processes, DEBUG off, hashed static files, PostgreSQL,
  Redis and Elasticsearch from ``scripts/services.sh`` — on loopback only.
* ``load()`` drives it with ``hey`` (Debian package) from a separate process,
  bounded in requests and time, and returns requests/s, p50/p95/p99 and the
  error count.
* ``query_count()`` captures the SQL queries of one instrumented request
  in-process (the same database), separately from the timed runs.
* ``write_report()`` keeps one section per benchmark in docs/PERFORMANCE.md
  and the machine-readable figures in bench/results/<name>.json.

Every bench script calls ``setup_django()`` first; it reads .services/env.
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
RESULTS = REPO / "bench" / "results"
REPORT = REPO / "docs" / "PERFORMANCE.md"
BENCH_DB = os.environ.get("BENCH_DATABASE", "platform_bench")
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
    values["SEARCH_INDEX_PREFIX"] = "bench"
    return values


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


@contextlib.contextmanager
def production_server(*, workers: int = 2, port: int = 8300, extra_env: dict | None = None):
    """Start uvicorn with ``workers`` processes on 127.0.0.1:port; yield its base URL."""
    env = production_env(extra_env)
    command = [
        str(REPO / ".venv" / "bin" / "uvicorn"), "platform_site.asgi:application",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning", "--lifespan", "off",
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
         timeout_s: int = 120) -> dict:
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
    output = subprocess.run(command + [url], capture_output=True, text=True, timeout=timeout_s).stdout
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
    # Anything but a 2xx is an error here: a redirect means a lost session or a moved page.
    errors = (sent - completed) + sum(n for code, n in statuses.items() if not 200 <= code < 300)
    return {
        "url": url, "requests": sent, "concurrency": concurrency,
        "rps": round(completed / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
        "p99_ms": round(percentile(times, 99), 1), "statuses": statuses, "errors": errors,
    }


def query_count(path: str, *, email: str | None = None) -> tuple[int, int]:
    """(SQL queries, status) of one request served in-process against the bench database."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    if email:
        client.force_login(get_user_model().objects.get(email=email))
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
