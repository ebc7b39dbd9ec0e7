"""From the public site, editors, moderators and site admins find their way into their work."""

import pytest
from django.urls import reverse

from knowledge import site_setup
from knowledge.models import KnowledgeIndexPage
from peergroups.policy import ROLE_EDITORS, ROLE_MODERATORS

BAR = 'aria-label="Redactie en beheer"'


@pytest.fixture
def knowledge_page(db):
    site_setup.ensure_site_structure()
    site_setup.ensure_editorial_workflow()
    return KnowledgeIndexPage.objects.get()


def html_for(client, user, url):
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_visitors_and_ordinary_members_see_no_editing_links(client, knowledge_page, make_user):
    assert BAR not in html_for(client, None, knowledge_page.url)
    assert BAR not in html_for(client, make_user(), knowledge_page.url)
    assert BAR not in html_for(client, make_user(member=False, roles=[ROLE_EDITORS]), knowledge_page.url)


def test_an_editor_edits_the_page_and_finds_the_review_queue(client, knowledge_page, make_user):
    html = html_for(client, make_user(roles=[ROLE_EDITORS]), knowledge_page.url)
    assert BAR in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[knowledge_page.pk])}">Bewerk deze pagina</a>' in html
    assert f'href="{reverse("wagtailadmin_home")}">Ter beoordeling (0)</a>' in html
    assert reverse("peergroups:pending_accounts") not in html
    # Pages that are not Wagtail pages offer the queue, not an edit link.
    html = html_for(client, None, reverse("peergroups:organisation_list"))
    assert "Ter beoordeling (0)" in html and "Bewerk deze pagina" not in html


def test_a_moderator_finds_the_moderation_queue(client, knowledge_page, make_user):
    html = html_for(client, make_user(roles=[ROLE_MODERATORS]), knowledge_page.url)
    assert f'href="{reverse("peergroups:thread_moderation")}">Moderatie</a>' in html
    assert "Bewerk deze pagina" not in html and "Ter beoordeling" not in html


def test_a_site_admin_finds_the_account_approvals_with_their_number(client, knowledge_page, make_user, site_admin):
    make_user(member=False)
    make_user(member=False)
    html = html_for(client, site_admin, knowledge_page.url)
    assert f'href="{reverse("peergroups:pending_accounts")}">Accounts goedkeuren (2)</a>' in html
    # Editing follows Wagtail's page permissions, which the Beheerders role does not carry.
    assert "Bewerk deze pagina" not in html
