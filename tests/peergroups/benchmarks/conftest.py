"""A benchmark world: a working group's round, two organisations, a person in every role."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from peergroups.benchmarks import actions
from peergroups.models import BenchmarkContact
from peergroups.policy import ROLE_EDITORS
from peergroups.spaces import actions as space_actions


@dataclass
class BenchWorld:
    round: object
    indicator: object
    percent: object
    own: object
    other: object
    participation: object
    people: dict


@pytest.fixture
def bench(make_user, make_organisation, site_admin):
    own = make_organisation(name="Gemeente Eigen")
    other = make_organisation(name="Gemeente Ander")
    coordinator = make_user(organisation=other, first_name="Coby")
    contact = make_user(organisation=own, first_name="Kees")
    colleague = make_user(organisation=own, first_name="Collega")
    stranger = make_user(organisation=other, first_name="Vreemde")
    space = space_actions.do_create_working_group(site_admin, name="Benchmarking", coordinator=coordinator)
    BenchmarkContact.objects.create(organisation=own, user=contact, named_by=site_admin)
    editor = make_user(organisation=other, roles=[ROLE_EDITORS], first_name="Eva")
    indicator = actions.do_save_indicator(
        coordinator,
        name="Klanttevredenheid (KTO-cijfer)",
        definition="Het rapportcijfer van klanten.",
        unit="cijfer",
        minimum_value=Decimal(1),
        maximum_value=Decimal(10),
        target_value=Decimal(7),
        keeper=space,
    )
    percent = actions.do_save_indicator(
        editor,
        name="Afhandeling binnen servicenorm (%)",
        definition="Deel binnen de norm.",
        unit="%",
        minimum_value=Decimal(0),
        maximum_value=Decimal(100),
    )
    benchmark_round = actions.do_create_round(
        coordinator,
        space,
        name="Burgerpeiling 2026",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
        indicators=[indicator, percent],
    )
    actions.do_invite_organisations(coordinator, benchmark_round, [own, other])
    participation = benchmark_round.participations.get(organisation=own)
    people = {
        "visitor": None,
        "other_member": stranger,
        "own_member": colleague,
        "contact": contact,
        "coordinator": coordinator,
        "admin": site_admin,
        "editor": editor,
    }
    return BenchWorld(benchmark_round, indicator, percent, own, other, participation, people)
