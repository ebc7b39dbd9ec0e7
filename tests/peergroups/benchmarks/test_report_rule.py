"""The comparison rule of the Rapport op hoofdlijnen: k, values_open, and a narrowing attempt."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from peergroups import policy as permissions
from peergroups.benchmarks import report as report_module
from peergroups.benchmarks.report import build_report
from peergroups.models.benchmarks import BenchmarkRound, BenchmarkValue, Indicator, RoundParticipation
from peergroups.policy import context_for
from peergroups.spaces import actions as space_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_user, make_organisation, site_admin):
    coordinator = make_user(first_name="Coördinator")
    space = space_actions.do_create_working_group(site_admin, name="Benchmarking", coordinator=coordinator)
    indicator = Indicator.objects.create(
        name="KTO-cijfer", slug="kto", definition="Cijfer.", unit="cijfer", target_value=Decimal("7")
    )
    round_ = BenchmarkRound.objects.create(
        name="Burgerpeiling 2026",
        slug="bp-2026",
        space=space,
        status=BenchmarkRound.Status.PUBLISHED,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
        minimum_group_size=5,
    )
    round_.indicators.add(indicator)
    own = make_organisation(name="Eigen gemeente", staff_count=500)
    others = [make_organisation(staff_count=300 + i) for i in range(5)]
    # A large municipality: another size band, never in the group.
    big = make_organisation(name="Grote stad", staff_count=5000)

    def deliver(organisation, value, **choices):
        participation = RoundParticipation.objects.create(round=round_, organisation=organisation, **choices)
        BenchmarkValue.objects.create(participation=participation, indicator=indicator, value=Decimal(value))
        return participation

    deliver(own, "5.0")
    for organisation, value in zip(others, ["6.0", "6.5", "7.0", "7.5", "8.0"], strict=True):
        deliver(organisation, value)
    deliver(big, "1.0", values_open=True)
    member = make_user(organisation=own)
    stranger = make_user(organisation=others[0])
    return locals()


def test_group_figures_are_those_of_the_class_with_k_others(world):
    report = build_report(context_for(world["member"]), world["round_"], world["own"])
    (line,) = report.lines
    assert line.own_value == Decimal("5.0")
    assert line.group.shown and line.group.count == 6  # own + five others, not the big city
    assert line.group.median == Decimal("6.8")
    assert line.is_weak  # below the first quartile, higher is better
    assert line.meets_target is False


def test_fewer_than_k_others_hides_every_figure(world):
    world["round_"].minimum_group_size = 6
    world["round_"].save()
    (line,) = build_report(context_for(world["member"]), world["round_"], world["own"]).lines
    assert not line.group.shown and line.group.median is None and line.group.count == 0


def test_open_round_shows_no_group_figures(world):
    world["round_"].status = BenchmarkRound.Status.OPEN
    world["round_"].save()
    (line,) = build_report(context_for(world["member"]), world["round_"], world["own"]).lines
    assert not line.group.shown


def test_a_member_cannot_name_another_organisation(world):
    ctx = context_for(world["member"])
    got = permissions.report_organisation(ctx, world["round_"], world["others"][0].slug)
    assert got == world["own"]  # the parameter is ignored


def test_narrowing_by_leaving_out_one_organisation_is_impossible(world):
    """An attacker wants one value: compare a group with and without the target. Every member of the
    class sees the very same figures, and a class smaller by one is below k, so nothing differs."""
    ctx_own = context_for(world["member"])
    ctx_other = context_for(world["stranger"])
    mine = build_report(ctx_own, world["round_"], world["own"]).lines[0].group
    theirs = build_report(ctx_other, world["round_"], world["others"][0]).lines[0].group
    assert mine == theirs
    # Without one organisation the class has five, so four "others" for each remaining viewer: hidden.
    RoundParticipation.objects.filter(organisation=world["others"][4]).delete()
    assert not build_report(ctx_own, world["round_"], world["own"]).lines[0].group.shown


def test_closed_values_of_another_organisation_stay_hidden_even_for_an_admin(world, site_admin):
    ctx = context_for(site_admin)
    if not ctx.is_site_admin:
        pytest.skip("admin powers need a verified second factor in this context")
    target = world["others"][0]
    assert permissions.report_organisation(ctx, world["round_"], target.slug) == target
    report = build_report(ctx, world["round_"], target)
    assert not report.values_visible and report.lines[0].own_value is None
    # The open big city may be shown with its values.
    big = build_report(ctx, world["round_"], world["big"])
    assert big.values_visible and big.lines[0].own_value == Decimal("1.0")
    assert not big.lines[0].group.shown  # alone in its class


def test_a_user_without_organisation_gets_no_report(world, make_user):
    loner = make_user()
    ctx = context_for(loner)
    if ctx.organisation_id:
        pytest.skip("make_user gave an organisation")
    with pytest.raises(PermissionDenied):
        permissions.report_organisation(ctx, world["round_"])


def test_the_embedded_default_computes_the_same_quartiles_as_postgresql(world):
    """SQLite has no percentile_cont; the Python interpolation must give PostgreSQL's figures."""
    round_ids = [world["round_"].pk]
    in_database = report_module.group_figures(round_ids, world["own"])
    values = BenchmarkValue.objects.filter(participation__round_id__in=round_ids).filter(
        report_module.comparison_class_q(world["own"], prefix="participation__organisation__")
    )
    in_python = report_module._figures_in_python(values)
    assert in_python.keys() == in_database.keys() and in_python
    for key, row in in_database.items():
        assert in_python[key]["n"] == row["n"]
        for quartile in ("q1", "q2", "q3"):
            assert in_python[key][quartile] == pytest.approx(row[quartile])
