"""`make run`'s embedded default really runs on SQLite (the rest of the suite runs on PostgreSQL)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )


def test_demo_loads_and_a_member_reads_threads_on_sqlite(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL")}
    env["SQLITE_PATH"] = str(tmp_path / "embedded.sqlite3")
    migrated = manage("migrate", "--noinput", "-v0", env=env)
    assert migrated.returncode == 0, migrated.stderr[-2000:]
    loaded = manage("load_demo", env=env)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    check = manage(
        "shell",
        "-c",
        "from django.test import Client\n"
        "from peergroups.models import Thread, User\n"
        "from peergroups import policy as permissions\n"
        "c = Client(HTTP_HOST='127.0.0.1')\n"
        "u = User.objects.get(email='secretaris@leerplatform.example')\n"
        "c.force_login(u)\n"
        "ctx = permissions.fresh_context(u)\n"
        "readable = [t for t in Thread.objects.all() if permissions.can_view_thread(ctx, t)]\n"
        "codes = {c.get(t.get_absolute_url()).status_code for t in readable}\n"
        "codes |= {c.get(p).status_code for p in ('/', '/vraagbaak/', '/meldingen/', '/zoeken/?q=klant')}\n"
        "print('READABLE', len(readable), 'CODES', sorted(codes))\n",
        env=env,
    )
    assert check.returncode == 0, check.stderr[-2000:]
    line = next(x for x in check.stdout.splitlines() if x.startswith("READABLE"))
    assert int(line.split()[1]) > 0 and line.endswith("CODES [200]"), line
