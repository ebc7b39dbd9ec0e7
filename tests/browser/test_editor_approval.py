"""A second editor approves a submitted page from the Wagtail page editor, in the real browser.

The edit view autosaves (Wagtail's ``WAGTAIL_AUTOSAVE_INTERVAL``): the reviewer's own change is
saved as a revision while the page is open. The approval must publish that latest revision and
leave no draft behind: the page's status is "live", not "live + draft".
"""

import pytest
from django.core.management import call_command

from knowledge.models import BestPracticePage
from peergroups.models import User
from tests.browser.accounts import log_in, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SUBMITTER = "redactie@leerplatform.example"
REVIEWER = "redactie2@leerplatform.example"


def test_approving_in_the_page_editor_publishes_and_leaves_no_draft(live_server, browser, screenshot):
    call_command("load_demo", verbosity=0)
    case = BestPracticePage.objects.live().order_by("pk").first()
    submitter = User.objects.get(email=SUBMITTER)
    case.summary = case.summary + " Bijgewerkt door de redactie."
    case.save_revision(user=submitter)
    case.get_workflow().start(case, submitter)

    reviewer = log_in(new_page(browser), live_server.url, REVIEWER)
    reviewer.goto(f"{live_server.url}/cms/pages/{case.pk}/edit/")
    reviewer.locator(".Draftail-Editor").first.wait_for(timeout=15_000)
    reviewer.locator("#id_title").fill(case.title + " (herzien)")
    reviewer.wait_for_timeout(2_000)  # longer than the autosave interval
    reviewer.locator("footer [data-w-dropdown-target='toggle']").last.click()
    reviewer.locator("footer button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()
    reviewer.wait_for_load_state()
    reviewer.wait_for_timeout(2_000)  # a late autosave would land here
    screenshot(reviewer, "approved-in-editor")

    case.refresh_from_db()
    assert case.live and case.title.endswith("(herzien)") and "Bijgewerkt door de redactie." in case.summary
    assert case.live_revision == case.get_latest_revision()
    assert not case.has_unpublished_changes, case.status_string
