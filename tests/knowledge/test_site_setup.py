"""The section tree and the workflow are ensured after every migrate, idempotently."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowTask

from knowledge import site_setup
from knowledge.models import EditorialReviewTask, HomePage, KnowledgeIndexPage, NewsIndexPage
from peergroups.policy import ROLE_EDITORS

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
        EditorialReviewTask.objects.count(),
        GroupPagePermission.objects.count(),
    )


def test_running_it_again_changes_nothing():
    before = counts()
    site_setup.ensure_all()
    site_setup.ensure_all()
    assert counts() == before


def test_a_missing_section_comes_back():
    NewsIndexPage.objects.get().delete()
    site_setup.ensure_all()
    assert NewsIndexPage.objects.get().get_parent().specific_class is KnowledgeIndexPage


def test_publish_permission_given_to_editors_is_taken_away_again():
    editors = Group.objects.get(name=ROLE_EDITORS)
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=editors, page=HomePage.objects.get(), permission=publish)
    site_setup.ensure_all()
    assert not GroupPagePermission.objects.filter(group=editors, permission=publish).exists()
