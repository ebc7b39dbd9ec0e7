"""Dutch first, English on request, and a complete Dutch catalogue."""

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


CATALOGUES = sorted(
    str(p.relative_to(REPO))
    for pattern in (
        "locale/nl/LC_MESSAGES/django.po",
        "*/locale/nl/LC_MESSAGES/django.po",
        "*/locale_overrides/nl/LC_MESSAGES/django.po",
    )
    for p in REPO.glob(pattern)
)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_dutch_catalogue_is_complete(catalogue):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", catalogue],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


@pytest.mark.django_db
def test_dutch_by_default_even_when_the_browser_asks_for_english(client):
    response = client.get("/organisaties/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "Naar de inhoud" in html and "Organisaties" in html


@pytest.mark.django_db
def test_language_switch_sets_english_and_back(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/organisaties/"})
    assert response.status_code == 302
    html = client.get("/organisaties/").content.decode()
    assert '<html lang="en"' in html and "Skip to main content" in html
    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    assert '<html lang="nl"' in client.get("/organisaties/").content.decode()


@pytest.mark.django_db
def test_unknown_language_cookie_falls_back_to_dutch(client):
    client.cookies["django_language"] = "xx"
    assert '<html lang="nl"' in client.get("/organisaties/").content.decode()
