"""Organisation pages and their permissions, through HTTP."""

import pytest
from django.urls import reverse

from peergroups.models import LearningQuestion

pytestmark = pytest.mark.django_db


def test_public_list_and_detail_with_filters(client, make_organisation):
    make_organisation("Gemeente Tilburg", province="noord-brabant")
    make_organisation("Kadaster", organisation_type="zelfstandig_bestuursorgaan", government_layer="nationaal")
    listing = client.get(reverse("peergroups:organisation_list"), {"government_layer": "nationaal"})
    html = listing.content.decode()
    assert "Kadaster" in html and "Gemeente Tilburg" not in html
    # A bad filter value is ignored with the form's message, never a 500.
    assert client.get(reverse("peergroups:organisation_list"), {"province": "atlantis"}).status_code == 200


@pytest.mark.parametrize(
    "who,expected",
    [("anonymous", 302), ("pending", 403), ("outsider", 403), ("insider", 200), ("admin", 200)],
)
def test_who_may_edit_an_organisation(client, make_organisation, make_user, site_admin, who, expected):
    org = make_organisation("Gemeente Zwolle")
    users = {
        "pending": make_user(member=False),
        "outsider": make_user(organisation=make_organisation()),
        "insider": make_user(organisation=org),
        "admin": site_admin,
    }
    if who != "anonymous":
        client.force_login(users[who])
    response = client.get(reverse("peergroups:organisation_edit", args=[org.slug]))
    assert response.status_code == expected


def test_insider_edits_profile_and_adds_learning_question(client, make_organisation, make_user):
    org = make_organisation("Gemeente Zwolle")
    client.force_login(make_user(organisation=org))
    response = client.post(
        reverse("peergroups:organisation_edit", args=[org.slug]),
        {
            "description": "Hanzestad",
            "primary_processes": "Dienstverlening",
            "ambitions": "",
            "staff_count": "1200",
            "website": "https://www.zwolle.nl",
            "province": "overijssel",
            "city": "Zwolle",
            "policy_domain": "",
        },
    )
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.staff_count == 1200 and org.province == "overijssel"
    client.post(
        reverse("peergroups:learning_question_add", args=[org.slug]),
        {"title": "Hoe organiseren we een benchmark?", "body": "", "status": "open"},
    )
    assert LearningQuestion.objects.filter(organisation=org, title__startswith="Hoe organiseren").exists()


def test_invalid_organisation_input_is_rejected_with_message_and_kept(client, make_organisation, make_user):
    org = make_organisation("Gemeente Zwolle", staff_count=100)
    client.force_login(make_user(organisation=org))
    response = client.post(
        reverse("peergroups:organisation_edit", args=[org.slug]),
        {"description": "Nieuwe tekst", "staff_count": "veel", "website": "geen url"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nieuwe tekst" in html and 'aria-invalid="true"' in html
    org.refresh_from_db()
    assert org.staff_count == 100  # nothing saved


def test_members_see_colleagues_on_organisation_page_visitors_do_not(client, make_organisation, make_user):
    org = make_organisation("Gemeente Zwolle")
    make_user(organisation=org, last_name="Zwolsman")
    assert "Zwolsman" not in client.get(org.get_absolute_url()).content.decode()
    client.force_login(make_user(organisation=make_organisation()))
    assert "Zwolsman" in client.get(org.get_absolute_url()).content.decode()


def test_learning_questions_are_paginated_on_the_organisation_page(client, make_organisation):
    org = make_organisation("Gemeente Groot")
    LearningQuestion.objects.bulk_create(
        [LearningQuestion(organisation=org, title=f"Leervraag nummer {n:02d}") for n in range(45)]
    )
    first = client.get(org.get_absolute_url()).content.decode()
    assert first.count('id="leervraag-') == 20
    assert "pagina=2" in first
    last = client.get(org.get_absolute_url(), {"pagina": 3}).content.decode()
    assert last.count('id="leervraag-') == 5


def test_server_error_page_renders_without_the_request():
    from django.test import RequestFactory

    from platform_site.errors import server_error

    request = RequestFactory().get("/")  # no session, no user: as when the database is down
    response = server_error(request)
    assert response.status_code == 500
    assert "Er is iets misgegaan" in response.content.decode() or "went wrong" in response.content.decode()
