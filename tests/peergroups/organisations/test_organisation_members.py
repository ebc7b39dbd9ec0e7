"""An organisation's page lists its members a page at a time (the list does not grow with the organisation)."""

import pytest
from django.urls import reverse

from peergroups.organisations.views import MEMBERS_PER_PAGE

pytestmark = pytest.mark.django_db


def test_members_come_a_page_at_a_time_with_the_total(client, make_organisation, make_user):
    org = make_organisation("Uitvoeringsinstituut")
    names = [f"Collega {n:03d}" for n in range(MEMBERS_PER_PAGE + 5)]
    for name in names:
        make_user(organisation=org, last_name=name)
    client.force_login(make_user(organisation=org, last_name="Zzz Lezer"))
    url = reverse("peergroups:organisation_detail", args=[org.slug])
    first = client.get(url).content.decode()
    assert f"{MEMBERS_PER_PAGE + 6} leden op het platform" in first
    shown = [name for name in names if name in first]
    assert shown == names[:MEMBERS_PER_PAGE]  # ordered by name, one page
    assert 'aria-label="Pagina\'s met leden"' in first and "leden=2" in first
    second = client.get(url, {"leden": 2}).content.decode()
    assert [name for name in names if name in second] == names[MEMBERS_PER_PAGE:]
    assert "Zzz Lezer" in second
    assert client.get(url, {"leden": "geen-getal"}).status_code == 200  # a bad page number is page 1


def test_visitors_still_see_no_members(client, make_organisation, make_user):
    org = make_organisation("Waterschap Aa")
    make_user(organisation=org, last_name="Verborgen")
    page = client.get(reverse("peergroups:organisation_detail", args=[org.slug])).content.decode()
    assert "Verborgen" not in page
