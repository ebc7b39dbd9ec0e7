"""The knowledge base in the real browser: a case page, the finder (with and without htmx), the map.

axe-core (WCAG 2.1 A/AA) on each; screenshots land in test-artifacts/screenshots/.
"""

import re

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


def test_case_page_is_dutch_and_accessible(live_server, demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/kennisbank/waterschap-brabantse-delta/")
    assert page.get_by_role("heading", level=1).inner_text() == "Waterschap Brabantse Delta: sterk in het werk"
    comparable = page.get_by_role("region", name="Vergelijkbare organisaties")
    assert comparable.get_by_role("link").first.inner_text().startswith("Hoogheemraadschap Hollands Noorderkwartier")
    assert page.get_by_role("navigation", name="U bent hier").is_visible()
    screenshot(page, "knowledge-case")
    axe_check(page)


def test_finder_updates_results_and_counts_in_place_and_keeps_focus(live_server, demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/kennisbank/")
    status = page.locator("#finder-status")
    # The 18 cases of the knowledge demo, plus pages published from resultancy deliverables.
    from knowledge.models import BestPracticePage

    total = 18 + BestPracticePage.objects.live().filter(source_kind="deliverable").count()
    assert f"{total} praktijkvoorbeelden gevonden" in status.inner_text()
    screenshot(page, "knowledge-finder")
    axe_check(page)

    page.get_by_label(re.compile(r"^Regionaal \(6\)$")).check()
    page.wait_for_url(re.compile(r"bestuurslaag=regionaal"))
    page.wait_for_function("document.querySelector('#finder-status').innerText.includes('6 ')")
    assert "6 praktijkvoorbeelden gevonden" in status.inner_text()
    assert page.evaluate("document.activeElement.id") == "f-bestuurslaag-regionaal"
    # The other facets' counts followed the choice: of the six regional cases, two are water authorities.
    assert page.get_by_label(re.compile(r"^Waterschap \(2\)$")).count() == 1
    page.get_by_label(re.compile(r"^Waterschap \(2\)$")).check()
    page.wait_for_function("document.querySelector('#finder-status').innerText.includes('2 ')")
    results = page.locator(".knowledge-results h3")
    assert results.count() == 2
    screenshot(page, "knowledge-finder-filtered")
    axe_check(page)

    # The address is shareable: opened fresh, it shows the same selection without JavaScript's help.
    url = page.url
    page.goto(url)
    assert page.locator(".knowledge-results h3").count() == 2


def test_finder_works_without_javascript(live_server, demo, browser):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    plain = context.new_page()
    plain.goto(live_server.url + "/kennisbank/")
    plain.get_by_label(re.compile(r"^Lokaal \(")).check()
    plain.get_by_role("button", name="Filters toepassen").click()
    plain.wait_for_url(re.compile(r"bestuurslaag=lokaal"))
    assert "4 praktijkvoorbeelden gevonden" in plain.locator("#finder-status").inner_text()
    context.close()


def test_map_has_named_links_and_a_list(live_server, demo, page, axe_check, screenshot):
    page.goto(live_server.url + "/kennisbank/kaart/")
    markers = page.locator("a.knowledge-map__marker")
    assert markers.count() == 17
    names = {markers.nth(i).get_attribute("aria-label") for i in range(markers.count())}
    assert "Stadsregio Parkstad Limburg: krimp als kans (Heerlen)" in names
    assert page.get_by_role("heading", name="Praktijkvoorbeelden per provincie").is_visible()
    screenshot(page, "knowledge-map")
    axe_check(page)

    page.get_by_role("link", name="Stadsregio Parkstad Limburg: krimp als kans (Heerlen)").click()
    page.wait_for_url("**/kennisbank/parkstad-limburg/")
    assert "krimp als kans" in page.get_by_role("heading", level=1).inner_text()
