"""A deliverable with typed lists, sent to the editors, opens in the page editor and publishes as lists."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from knowledge.models import BestPracticePage
from peergroups.policy import ROLE_EDITORS
from resultancy import actions
from resultancy.models import Deliverable
from tests.knowledge.admin_forms import submit_and_approve

pytestmark = pytest.mark.django_db

BODY = (
    "# Advies\n"
    "Wij raden drie dingen aan:\n"
    "- één loket voor Europese vragen\n"
    "- een gedeelde **begrippenlijst**\n"
    "- afspraken over [gegevensuitwisseling](https://eur-lex.europa.eu/)\n\n"
    "Daarna:\n"
    "1. proef bij twee organisaties\n"
    "2. evaluatie na een jaar"
)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_sent_deliverable_opens_in_the_editor_and_publishes_its_lists(cast, make_team, make_user, client):
    team = make_team("active")
    deliverable = actions.do_record_deliverable(
        cast.member, team, title="Europees samenwerken", summary="Drie aanbevelingen.", body=BODY, kind="advice"
    )
    sent = client_for(cast.lead).post(reverse("resultancy:deliverable_send", args=[team.space.slug, deliverable.pk]))
    assert sent.status_code == 302
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.SENT
    page = BestPracticePage.objects.get(pk=deliverable.knowledge_page_id)

    # The editor opens the draft (a 500, "Unmatched tags: expected br, got p", before).
    editing = client_for(cast.editor)
    edit = editing.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    assert "begrippenlijst" in edit.content.decode()

    second_editor = make_user(roles=[ROLE_EDITORS], first_name="Ruben")
    submitted, page = submit_and_approve(editing, client_for(second_editor), page)
    assert submitted.status_code == 302 and page.live
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.PUBLISHED

    body = client.get(page.url).content.decode().split("<main", 1)[1]
    soup = BeautifulSoup(body, "html.parser")
    lists = {
        tag: [[li.get_text(" ", strip=True) for li in el.find_all("li")] for el in soup.find_all(tag)]
        for tag in ("ul", "ol")
    }
    assert [
        "één loket voor Europese vragen",
        "een gedeelde begrippenlijst",
        "afspraken over gegevensuitwisseling",
    ] in lists["ul"]
    assert ["proef bij twee organisaties", "evaluatie na een jaar"] in lists["ol"]
    assert re.search(r"<h2[^>]*>Advies</h2>", body)
    assert '<a href="https://eur-lex.europa.eu/">gegevensuitwisseling</a>' in body
    for leftover in ("**", "- één", "1. proef", "# Advies", "]("):
        assert leftover not in body
