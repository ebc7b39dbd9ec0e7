"""The knowledge section's structure and editorial workflow, ensured after every migrate.

Run from ``post_migrate`` (so fresh databases, test databases and flushed test
databases all have it) and again by the demo loader. Idempotent: it only adds
what is missing, and re-asserts one rule — editors (group ``Redactie``) may add
and edit pages in the knowledge section but not publish them; their pages go
through the workflow "Redactionele review", where a *second* editor approves.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

from peergroups.policy import ROLE_EDITORS

WORKFLOW_NAME = "Redactionele review"
TASK_NAME = "Review door een tweede redacteur"
SITE_NAME = "Leerplatform"
HOME_TITLE = "Leerplatform Publiek Management"

#: (model, title, slug) of the sections under the knowledge index, in menu order.
SECTIONS = [
    ("InstrumentIndexPage", "Instrumenten", "instrumenten"),
    ("ThemeIndexPage", "Thema's", "themas"),
    ("EventIndexPage", "Agenda", "agenda"),
    ("NewsIndexPage", "Nieuws", "nieuws"),
]

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
FORBIDDEN_EDITOR_PAGE_PERMISSIONS = ("publish_page", "bulk_delete_page")


def _publish(page):
    page.save_revision().publish()
    return page


def ensure_home_page():
    """The HomePage under the tree root, and the default site pointing at it."""
    from wagtail.models import Locale, Page, Site

    from .models import HomePage

    Locale.objects.get_or_create(language_code="nl")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:  # a flushed test database has no tree at all
            root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
        # Wagtail's own placeholder page would be a second site root.
        for placeholder in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
            placeholder.delete()
        home = _publish(root.add_child(instance=HomePage(title=HOME_TITLE, slug="home", live=False)))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": SITE_NAME},
    )
    return home


def ensure_site_structure():
    """Home page, knowledge index (/kennisbank/) and its four sections; returns the index."""
    from . import models

    home = ensure_home_page()
    index = models.KnowledgeIndexPage.objects.first()
    if index is None:
        index = _publish(
            home.add_child(instance=models.KnowledgeIndexPage(title="Kennisbank", slug="kennisbank", live=False))
        )
    for model_name, title, slug in SECTIONS:
        model = getattr(models, model_name)
        if not model.objects.exists():
            _publish(index.add_child(instance=model(title=title, slug=slug, live=False)))
    return index


def ensure_editorial_workflow():
    """Workflow, review task, assignment to the site, and the editors' page permissions."""
    from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

    from .models import EditorialReviewTask, HomePage

    editors, _ = Group.objects.get_or_create(name=ROLE_EDITORS)
    task = EditorialReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = EditorialReviewTask.objects.create(name=TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(editors)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    home = HomePage.objects.first()
    if home is None:
        return workflow
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    page_type = ContentType.objects.get_for_model(Page)
    for codename in EDITOR_PAGE_PERMISSIONS:
        permission = Permission.objects.filter(content_type=page_type, codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=editors, page=home, permission=permission)
    # The rule of the house: editors never publish without a second editor's review.
    GroupPagePermission.objects.filter(
        group=editors, permission__codename__in=FORBIDDEN_EDITOR_PAGE_PERMISSIONS
    ).delete()
    return workflow


def _knowledge_tables_exist() -> bool:
    tables = set(connection.introspection.table_names())
    return {"knowledge_editorialreviewtask", "knowledge_knowledgeindexpage"} <= tables


def ensure_all(sender=None, using=None, **kwargs):
    """post_migrate receiver: runs once, after the last app (so every permission exists)."""
    # Django sends post_migrate once per app that has models, in INSTALLED_APPS order.
    last = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
    if sender is not None and sender is not last:
        return
    if using is not None and using != "default":
        return
    if not _knowledge_tables_exist():  # migrated backwards past our tables
        return
    with transaction.atomic():
        ensure_site_structure()
        ensure_editorial_workflow()
