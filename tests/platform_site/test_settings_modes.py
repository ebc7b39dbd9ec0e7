"""Both settings modes load, production refuses to start half-configured, and
`check --deploy` is clean under production-like settings.

Each case runs in a fresh interpreter because settings are read at import.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SERVICE_VARS = (
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "PRODUCTION",
    "REQUIRE_SERVICES",
    "DEBUG",
    "TASKS_IMMEDIATE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "mode": settings.PLATFORM_MODE,
    "db": settings.DATABASES["default"]["ENGINE"],
    "layer": settings.CHANNEL_LAYERS["default"]["BACKEND"],
    "tasks": settings.TASKS["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "es": settings.ELASTICSEARCH_URL,
}))
"""


def run(code_or_args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARS}
    env["DJANGO_SETTINGS_MODULE"] = "platform_site.settings"
    env.update(env_overrides)
    args = [sys.executable, "-c", code_or_args] if isinstance(code_or_args, str) else [sys.executable, *code_or_args]
    return subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_embedded_default():
    result = run(PROBE)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == {
        "mode": "embedded",
        "db": "django.db.backends.sqlite3",
        "layer": "channels.layers.InMemoryChannelLayer",
        "tasks": "django_tasks.backends.immediate.ImmediateBackend",
        "email": "django.core.mail.backends.console.EmailBackend",
        "es": "",
    }


def test_service_mode():
    result = run(
        PROBE,
        DATABASE_URL="postgres://u:p@127.0.0.1:5432/db",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        EMAIL_URL="smtp://mail.example.nl:587",
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["mode"] == "services"
    assert loaded["db"] == "django.db.backends.postgresql"
    assert loaded["layer"] == "channels_redis.core.RedisChannelLayer"
    assert loaded["tasks"] == "django_tasks_db.DatabaseBackend"
    assert loaded["email"] == "django.core.mail.backends.smtp.EmailBackend"


def test_production_refuses_to_start_without_services():
    result = run(PROBE, PRODUCTION="true", SECRET_KEY="x" * 60, DATABASE_URL="postgres://u:p@h/db")
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr and "ELASTICSEARCH_URL" in result.stderr


def test_production_refuses_the_development_secret_key():
    result = run(
        PROBE,
        PRODUCTION="true",
        DATABASE_URL="postgres://u:p@h/db",
        REDIS_URL="redis://h:1/0",
        ELASTICSEARCH_URL="http://h:9200",
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        PRODUCTION="true",
        SECRET_KEY="k9$Zq!2vT#xLp7@Wm4^Rb8&Yc1*Hn6(Ju3)Fs5_Ge0+Dt-Aw-pQ8rS2uV5yX1zB4cE7",
        ALLOWED_HOSTS="leerplatform.example.nl",
        DATABASE_URL="postgres://u:p@127.0.0.1:5432/db",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


BASE_URL_PROBE = (
    "import django; from django.conf import settings; django.setup(); print(settings.WAGTAILADMIN_BASE_URL)"
)


def test_links_in_mails_follow_the_port_the_platform_is_served_on():
    served = run(BASE_URL_PROBE, PORT="8123", BASE_URL="")
    assert served.returncode == 0, served.stderr
    assert served.stdout.strip().splitlines()[-1] == "http://127.0.0.1:8123"
    configured = run(BASE_URL_PROBE, PORT="8123", BASE_URL="https://leerplatform.example.nl")
    assert configured.stdout.strip().splitlines()[-1] == "https://leerplatform.example.nl"
