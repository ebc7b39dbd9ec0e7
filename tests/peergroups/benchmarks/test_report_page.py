"""The report page and its CSV: who sees what, and a fixed number of queries."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peergroups.models.benchmarks import BenchmarkRound, BenchmarkValue, Indicator, RoundParticipation
from peergroups.spaces import actions as space_actions

pytestmark = pytest.mark.django_db


def build(make_user, make_organisation, site_admin, *, organisations=6, indicators=3):
    coordinator = make_user(first_name="Coördinator")
    space = space_actions.do_create_working_group(site_admin, name="Benchmarking", coordinator=coordinator)
    round_ = BenchmarkRound.objects.create(
        name="Burgerpeiling 2026",
        slug="bp-2026",
        space=space,
        status=BenchmarkRound.Status.PUBLISHED,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
    )
    earlier = BenchmarkRound.objects.create(
        name="Burgerpeiling 2025",
        slug="bp-2025",
        space=space,
        status=BenchmarkRound.Status.PUBLISHED,
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 12, 31),
    )
    items = [
        Indicator.objects.create(name=f"Indicator {i}", slug=f"ind-{i}", definition="D.", unit="%")
        for i in range(indicators)
    ]
    round_.indicators.add(*items)
    earlier.indicators.add(*items)
    orgs = [make_organisation(staff_count=400 + i) for i in range(organisations)]
    for r in (round_, earlier):
        for n, organisation in enumerate(orgs):
            participation = RoundParticipation.objects.create(round=r, organisation=organisation)
            BenchmarkValue.objects.bulk_create(
                BenchmarkValue(participation=participation, indicator=item, value=Decimal(10 + n) + Decimal("0.25"))
                for item in items
            )
    return round_, orgs, coordinator


def test_visitor_is_sent_to_log_in(client, make_user, make_organisation, site_admin):
    round_, _orgs, _c = build(make_user, make_organisation, site_admin)
    response = client.get(f"/benchmarks/{round_.slug}/rapport/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_own_member_sees_own_value_and_group(client, make_user, make_organisation, site_admin):
    round_, orgs, _c = build(make_user, make_organisation, site_admin)
    client.force_login(make_user(organisation=orgs[0]))
    response = client.get(f"/benchmarks/{round_.slug}/rapport/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "10,25" in body  # own value, in Dutch notation
    assert "12,8" in body  # median of 10.25 … 15.25, rounded


def test_member_of_another_organisation_cannot_narrow_to_it(client, make_user, make_organisation, site_admin):
    round_, orgs, _c = build(make_user, make_organisation, site_admin)
    client.force_login(make_user(organisation=orgs[1]))
    for url in (f"/benchmarks/{round_.slug}/rapport/", f"/benchmarks/{round_.slug}/rapport/csv/"):
        body = client.get(url + f"?organisatie={orgs[0].slug}&size=1&type=x").content.decode()
        assert "10.25" not in body and "10,25" not in body  # orgs[0]'s value never appears
        assert "11.25" in body or "11,25" in body  # the reader's own


def test_coordinator_gets_no_other_organisation(client, make_user, make_organisation, site_admin):
    round_, orgs, coordinator = build(make_user, make_organisation, site_admin)
    client.force_login(coordinator)
    response = client.get(f"/benchmarks/{round_.slug}/rapport/?organisatie={orgs[0].slug}")
    assert "10,25" not in response.content.decode()


def test_unknown_round_is_404(client, make_user, make_organisation):
    client.force_login(make_user(organisation=make_organisation()))
    assert client.get("/benchmarks/bestaat-niet/rapport/").status_code == 404


@pytest.mark.parametrize("size", [(6, 3), (24, 12)])
def test_report_queries_stay_constant(client, make_user, make_organisation, site_admin, size):
    round_, orgs, _c = build(make_user, make_organisation, site_admin, organisations=size[0], indicators=size[1])
    client.force_login(make_user(organisation=orgs[0]))
    client.get(f"/benchmarks/{round_.slug}/rapport/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/benchmarks/{round_.slug}/rapport/").status_code == 200
    assert len(queries) <= 15
    # the same count at both sizes (recorded for the other parametrisation)
    test_report_queries_stay_constant.counts = getattr(test_report_queries_stay_constant, "counts", set())
    test_report_queries_stay_constant.counts.add(len(queries))
    assert len(test_report_queries_stay_constant.counts) == 1
