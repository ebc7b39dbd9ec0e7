"""The workflow "Redactionele review", through the Wagtail admin's own HTTP views.

An editor submits, a *second* editor approves or asks for changes; editors
cannot publish without review and cannot approve their own submission.
"""

import datetime as dt
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageLogEntry, WorkflowState

from knowledge.models import BestPracticePage, EditorialReviewTask, HomePage, KnowledgeIndexPage
from knowledge.site_setup import WORKFLOW_NAME
from peergroups.models import Theme
from peergroups.policy import ROLE_EDITORS, can_review_knowledge_submission, context_for

from .admin_forms import case_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return KnowledgeIndexPage.objects.get()


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("knowledge", "bestpracticepage", parent.pk))


def action_url(page, action):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, page.current_workflow_task_state.pk))


def create_in_admin(client, index, action, **fields):
    data = case_form_data(**fields)
    if action:
        data[action] = "1"
    response = client.post(add_url(index), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return BestPracticePage.objects.get(slug=data["slug"])


def test_the_workflow_covers_the_knowledge_section_and_editors_cannot_publish(index):
    home = HomePage.objects.get()
    workflow = index.get_workflow()
    assert workflow.name == WORKFLOW_NAME and home.get_workflow() == workflow
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1 and isinstance(tasks[0], EditorialReviewTask)
    assert list(tasks[0].groups.values_list("name", flat=True)) == [ROLE_EDITORS]
    codenames = set(
        GroupPagePermission.objects.filter(group__name=ROLE_EDITORS).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page"}


def test_an_editor_who_clicks_publish_only_saves_a_draft(editor, client_for, index):
    page = create_in_admin(client_for(editor), index, "action-publish")
    assert not page.live
    assert not page.permissions_for_user(editor).can_publish()
    assert page.get_latest_revision().user == editor


def test_submit_then_a_second_editor_approves_and_the_page_is_published(editor, second_editor, client_for, index):
    page = create_in_admin(client_for(editor), index, "action-submit")
    state = page.current_workflow_state
    assert not page.live and state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == editor

    response = client_for(second_editor).post(action_url(page, "approve"), {"comment": "Helder en volledig."})

    assert response.status_code == 302
    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live and page.live_revision == page.get_latest_revision()
    assert state.status == WorkflowState.STATUS_APPROVED
    approval = PageLogEntry.objects.get(page=page, action="wagtail.workflow.approve")
    assert approval.user == second_editor
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=second_editor).exists()


def test_the_submitter_cannot_approve_their_own_submission(editor, client_for, index):
    client = client_for(editor)
    page = create_in_admin(client, index, "action-submit")
    task_state = page.current_workflow_task_state
    task = task_state.task.specific

    assert task.get_actions(page, editor) == []
    response = client.post(action_url(page, "approve"), {"comment": ""})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    # Nor through the edit view's "approve" button, nor by calling the task directly.
    edit = case_form_data(slug=page.slug)
    edit.update({"action-workflow-action": "1", "workflow-action-name": "approve"})
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), edit)
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, editor, "approve")

    page.refresh_from_db()
    task_state.refresh_from_db()
    assert not page.live and task_state.status == task_state.STATUS_IN_PROGRESS


def test_request_changes_keeps_the_page_unpublished(editor, second_editor, client_for, index):
    page = create_in_admin(client_for(editor), index, "action-submit")
    task_state = page.current_workflow_task_state

    client_for(second_editor).post(action_url(page, "reject"), {"comment": "Graag de bron van de cijfers noemen."})

    page.refresh_from_db()
    task_state.refresh_from_db()
    assert not page.live
    assert task_state.status == task_state.STATUS_REJECTED and "bron" in task_state.comment
    assert task_state.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_reviewers_are_offered_only_other_editors_submissions(editor, second_editor, client_for, index):
    page = create_in_admin(client_for(editor), index, "action-submit")
    task = page.current_workflow_task_state.task.specific
    assert not task.get_task_states_user_can_moderate(editor).exists()
    assert list(task.get_task_states_user_can_moderate(second_editor)) == [page.current_workflow_task_state]


def test_four_eyes_rule_in_the_policy(editor, second_editor, make_user):
    member = make_user()
    reviewer = context_for(second_editor)
    assert can_review_knowledge_submission(reviewer, submitted_by_id=editor.pk, revision_author_id=editor.pk)
    assert not can_review_knowledge_submission(reviewer, submitted_by_id=editor.pk, revision_author_id=second_editor.pk)
    assert not can_review_knowledge_submission(reviewer, submitted_by_id=second_editor.pk)
    assert not can_review_knowledge_submission(context_for(member), submitted_by_id=editor.pk)


def test_a_superuser_may_still_publish_directly(make_user, client_for, index):
    admin = make_user(is_superuser=True, is_staff=True)
    page = create_in_admin(client_for(admin), index, "action-publish")
    assert page.live


def test_revisions_are_kept_and_the_admin_compares_them(editor, client_for, index):
    page = create_in_admin(client_for(editor), index, None, title="Eerste titel")
    first = page.get_latest_revision()
    page.title = "Tweede titel"
    page.summary = "Een nieuwe samenvatting."
    second = page.save_revision(user=editor)

    assert page.revisions.count() == 2 and first.as_object().title == "Eerste titel"
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, second.pk))
    response = client_for(editor).get(url)
    html = response.content.decode()
    assert response.status_code == 200
    # Word-level diff: the removed and the added words are marked up separately.
    assert '<span class="deletion">Eerste</span>' in html and '<span class="addition">Tweede</span>' in html
    assert '<span class="deletion">korte</span>' in html and '<span class="addition">nieuwe</span>' in html


def test_an_approved_page_with_a_publication_date_waits_for_it(editor, second_editor, client_for, index):
    page = create_in_admin(client_for(editor), index, None)
    page.go_live_at = timezone.now() + dt.timedelta(days=2)
    revision = page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    client_for(second_editor).post(action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    revision.refresh_from_db()
    assert not page.live and revision.approved_go_live_at is not None

    call_command("publish_scheduled", verbosity=0)  # too early: nothing happens
    page.refresh_from_db()
    assert not page.live

    three_days_later = timezone.now() + dt.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=three_days_later):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_themes_chosen_in_the_admin_are_saved(editor, second_editor, client_for, index):
    theme = Theme.objects.create(name="Openheid", slug="openheid-test", kind="case_theme")
    page = create_in_admin(client_for(editor), index, "action-submit", themes=[theme])
    client_for(second_editor).post(action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    assert list(page.themes.all()) == [theme]
    assert page.theme_sections[0].value["theme"] == theme


def test_approving_from_the_edit_page_publishes_without_leaving_a_draft(editor, second_editor, client_for, index):
    page = create_in_admin(client_for(editor), index, "action-submit")
    edit = case_form_data(slug=page.slug, title="Een verbeterde titel van de reviewer")
    edit.update({"action-workflow-action": "1", "workflow-action-name": "approve"})

    response = client_for(second_editor).post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), edit)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Een verbeterde titel van de reviewer"
    assert page.live_revision == page.get_latest_revision()
    assert not page.has_unpublished_changes
    assert page.status_string == "live"
