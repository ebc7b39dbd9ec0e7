"""Browser fixtures: the system Chromium driven by Playwright, axe-core from npm.

Playwright's sync API runs an event loop in the test thread; Django's guard
against sync database access inside a loop must be lifted for these tests.
"""

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def browser():
    # Function scope: Playwright's sync API keeps an event loop running while it is
    # open, which would break the asyncio tests that run after the browser tests.
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}; make test installs it"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


#: Impacts that fail a page. ``minor`` is left out: axe files best-practice nits there.
FAILING_IMPACTS = ("moderate", "serious", "critical")


@pytest.fixture
def axe_check():
    """Run axe-core (WCAG 2.1 A/AA rules) and fail on moderate, serious or critical violations.

    ``known`` names violations a page is allowed to keep, as ``{rule id: reason}``: the reason
    is the record of why; a listed rule that no longer occurs fails too, so the list shrinks."""
    assert AXE.exists(), "axe-core missing: npm ci installs it"
    source = AXE.read_text()

    def check(page, known: dict[str, str] | None = None):
        known = known or {}
        page.add_script_tag(content=source)
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        failing = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
        bad = [v for v in failing if v["id"] not in known]
        summary = [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in bad]
        assert not bad, f"{page.url}\n" + json.dumps(summary, indent=1)
        stale = set(known) - {v["id"] for v in failing}
        assert not stale, f"{page.url}: known violations no longer found, remove them: {sorted(stale)}"
        return result

    return check
