"""The draft hook: material from elsewhere on the platform becomes a draft best practice."""

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from knowledge.actions import create_draft_knowledge_page
from knowledge.models import BestPracticePage, KnowledgeIndexPage, SourceKind
from peergroups.models import Theme

from .admin_forms import case_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return Theme.objects.create(name="Transparantie en integriteit", slug="transparantie-test", kind="pillar")


def draft(actor, **overrides):
    fields = {
        "title": "Een dilemma over geschenken van leveranciers",
        "summary": "Wat doet u als een leverancier een cadeau stuurt?",
        "body_text": "Eerste alinea.\n\nTweede alinea met <script>alert(1)</script>.",
        "source_kind": SourceKind.DILEMMA,
        "source_url": "/vraagbaak/42/",
        "source_label": "Dilemma in de Vraagbaak",
        "actor": actor,
    }
    fields.update(overrides)
    return create_draft_knowledge_page(**fields)


def test_creates_an_unpublished_case_with_provenance_ready_for_review(editor, second_editor, client_for, theme):
    page = draft(editor, themes=[theme.slug])

    assert isinstance(page, BestPracticePage) and not page.live
    assert page.get_parent().specific_class is KnowledgeIndexPage
    assert (page.source_kind, page.source_url, page.source_label) == (
        "dilemma",
        "/vraagbaak/42/",
        "Dilemma in de Vraagbaak",
    )
    assert list(page.themes.all()) == [theme]
    revision = page.get_latest_revision()
    assert revision.user == editor and page.owner == editor
    # The Markdown as rich text in the form the page editor saves; the script is gone, not escaped.
    [paragraph] = [re.sub(r' data-block-key="[^"]*"', "", block.value.source) for block in page.body]
    assert paragraph == "<p>Eerste alinea.</p><p>Tweede alinea met .</p>"

    # Ready for the workflow: the editor completes the facts in the admin and submits; a second editor approves.
    edit = case_form_data(
        title=page.title,
        slug=page.slug,
        themes=[theme],
        source_kind=page.source_kind,
        source_url=page.source_url,
        source_label=page.source_label,
    )
    edit["action-submit"] = "1"
    assert client_for(editor).post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), edit).status_code == 302
    task_state = page.current_workflow_task_state
    client_for(second_editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)), {"comment": ""}
    )
    page.refresh_from_db()
    assert page.live and page.source_url == "/vraagbaak/42/"


def test_an_incomplete_draft_cannot_be_approved(editor, second_editor):
    page = draft(editor)
    page.get_workflow().start(page, editor)  # submitted without the admin form's checks
    task_state = page.current_workflow_task_state
    with pytest.raises(PermissionDenied, match="organisation_type"):
        task_state.task.specific.on_action(task_state, second_editor, "approve")
    page.refresh_from_db()
    task_state.refresh_from_db()
    assert not page.live and task_state.status == task_state.STATUS_IN_PROGRESS


def test_the_same_title_twice_gets_two_addresses(editor):
    first, second = draft(editor), draft(editor)
    assert first.slug != second.slug


def test_only_editors_may_draft(make_user):
    with pytest.raises(PermissionDenied):
        draft(make_user())


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": "  "}, "title"),
        ({"source_kind": "gerucht"}, "source_kind"),
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"themes": ["bestaat-niet"]}, "themes"),
    ],
)
def test_bad_input_is_refused_with_a_field_error(editor, overrides, field):
    with pytest.raises(ValidationError) as error:
        draft(editor, **overrides)
    assert field in error.value.message_dict
    assert not BestPracticePage.objects.filter(live=False, source_kind="dilemma").exists()


def test_the_promote_form_prefills_and_creates_the_draft(editor, client_for, theme):
    client = client_for(editor)
    url = reverse("knowledge:promote_draft")
    form = client.get(url, {"title": "Werkdruk in het klantcontactcentrum", "source_kind": "question"})
    assert form.status_code == 200 and 'value="Werkdruk in het klantcontactcentrum"' in form.content.decode()

    response = client.post(
        url,
        {
            "title": "Werkdruk in het klantcontactcentrum",
            "source_kind": "question",
            "source_url": "/vraagbaak/7/",
            "source_label": "Vraag uit de Vraagbaak",
            "body_text": "Wat hielp.",
            "themes": [theme.pk],
        },
    )
    page = BestPracticePage.objects.get(title="Werkdruk in het klantcontactcentrum")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert not page.live and page.source_url == "/vraagbaak/7/"


def test_the_promote_form_shows_errors_instead_of_failing(editor, client_for):
    response = client_for(editor).post(
        reverse("knowledge:promote_draft"), {"title": "", "source_kind": "x", "source_url": "ftp://x"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert not BestPracticePage.objects.filter(live=False).exists()


def test_the_promote_form_is_for_editors_only(make_user, client_for, client):
    url = reverse("knowledge:promote_draft")
    assert client.get(url).status_code == 302  # to the login page
    assert client_for(make_user()).get(url).status_code == 403
