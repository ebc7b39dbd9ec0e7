"""The Rapport op hoofdlijnen: one organisation's values against its comparison group.

The rule for who is in the group and when a figure may be shown is the policy's
(``peergroups.policy.benchmark_reports``); this module only computes. Group figures of
every (round, indicator) are one ``GROUP BY`` query with PostgreSQL's ``percentile_cont``,
the own values a second, the rounds and indicators two more: a report costs the same
number of queries with five organisations or a thousand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db import connection
from django.db.models import Aggregate, Count, FloatField

from peergroups import policy as permissions
from peergroups.core.comparable import comparison_class_q
from peergroups.models import Organisation
from peergroups.models.benchmarks import BenchmarkRound, BenchmarkValue, Indicator, RoundParticipation

ONE_DECIMAL = Decimal("0.1")


class PercentileCont(Aggregate):
    function = "PERCENTILE_CONT"
    name = "percentile_cont"
    output_field = FloatField()
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction: float, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def _rounded(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass
class GroupFigures:
    """Count and rounded quartiles of the class, or only ``shown=False`` when k is not met."""

    shown: bool
    count: int = 0
    first_quartile: Decimal | None = None
    median: Decimal | None = None
    third_quartile: Decimal | None = None


@dataclass
class TrendPoint:
    round: BenchmarkRound
    own_value: Decimal | None
    group: GroupFigures


@dataclass
class IndicatorLine:
    indicator: Indicator
    own_value: Decimal | None
    group: GroupFigures
    trend: list[TrendPoint] = field(default_factory=list)

    @property
    def higher_is_better(self) -> bool:
        return self.indicator.direction == Indicator.Direction.HIGHER

    @property
    def is_weak(self) -> bool:
        """Weak: beyond the group's first quartile on the bad side (below Q1, or above Q3 when lower is better)."""
        if self.own_value is None or not self.group.shown:
            return False
        if self.higher_is_better:
            return self.own_value < self.group.first_quartile
        return self.own_value > self.group.third_quartile

    @property
    def meets_target(self) -> bool | None:
        target = self.indicator.target_value
        if target is None or self.own_value is None:
            return None
        return self.own_value >= target if self.higher_is_better else self.own_value <= target


@dataclass
class Report:
    round: BenchmarkRound
    organisation: Organisation
    participation: RoundParticipation | None
    values_visible: bool
    lines: list[IndicatorLine]

    @property
    def weak_lines(self) -> list[IndicatorLine]:
        return [line for line in self.lines if line.is_weak]


def group_figures(round_ids: list[int], organisation: Organisation) -> dict[tuple[int, int], dict]:
    """Raw count and quartiles per (round, indicator) over the organisation's whole class.

    PostgreSQL computes them in one grouped query; the embedded SQLite default has no
    ``percentile_cont``, so there the same linear interpolation runs over the class's values.
    """
    values = BenchmarkValue.objects.filter(participation__round_id__in=round_ids).filter(
        comparison_class_q(organisation, prefix="participation__organisation__")
    )
    if connection.vendor != "postgresql":
        return _figures_in_python(values)
    rows = (
        values.values("participation__round_id", "indicator_id")
        .annotate(
            n=Count("participation__organisation_id", distinct=True),
            q1=PercentileCont("value", 0.25),
            q2=PercentileCont("value", 0.5),
            q3=PercentileCont("value", 0.75),
        )
        .order_by()
    )
    return {(row["participation__round_id"], row["indicator_id"]): row for row in rows}


def _percentile(ordered: list[float], fraction: float) -> float:
    """PostgreSQL's ``percentile_cont``: linear interpolation between the nearest ranks."""
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _figures_in_python(values) -> dict[tuple[int, int], dict]:
    grouped: dict[tuple[int, int], list[float]] = {}
    for round_id, indicator_id, value in values.values_list("participation__round_id", "indicator_id", "value"):
        grouped.setdefault((round_id, indicator_id), []).append(float(value))
    figures = {}
    for key, found in grouped.items():
        found.sort()
        figures[key] = {
            "n": len(found),
            "q1": _percentile(found, 0.25),
            "q2": _percentile(found, 0.5),
            "q3": _percentile(found, 0.75),
        }
    return figures


def _figures(round_: BenchmarkRound, raw: dict | None, own_contributes: bool) -> GroupFigures:
    if raw is None:
        return GroupFigures(shown=False)
    others = raw["n"] - (1 if own_contributes else 0)
    if not permissions.aggregate_allowed(round_, others):
        return GroupFigures(shown=False)
    return GroupFigures(
        shown=True,
        count=raw["n"],
        first_quartile=_rounded(raw["q1"]),
        median=_rounded(raw["q2"]),
        third_quartile=_rounded(raw["q3"]),
    )


def build_report(ctx, round_: BenchmarkRound, organisation: Organisation, *, trend_rounds: int = 4) -> Report:
    """The report of ``organisation`` in ``round_`` as ``ctx`` may see it."""
    earlier = list(
        BenchmarkRound.objects.filter(space_id=round_.space_id, period_end__lt=round_.period_end).order_by(
            "-period_end"
        )[:trend_rounds]
    )
    rounds = [*reversed(earlier), round_]
    round_ids = [r.pk for r in rounds]
    participations = {
        p.round_id: p
        for p in RoundParticipation.objects.filter(round_id__in=round_ids, organisation=organisation).select_related(
            "organisation"
        )
    }
    participation = participations.get(round_.pk)
    values_visible = permissions.can_see_report_values(ctx, participation)
    own: dict[tuple[int, int], Decimal] = {}
    for row in BenchmarkValue.objects.filter(participation__in=list(participations.values())).values_list(
        "participation__round_id", "indicator_id", "value"
    ):
        own[(row[0], row[1])] = row[2]
    raw = group_figures(round_ids, organisation)
    indicators = list(round_.indicators.prefetch_related("themes").order_by("name"))
    by_id = {r.pk: r for r in rounds}
    lines = []
    for indicator in indicators:
        points = []
        for r in rounds:
            key = (r.pk, indicator.pk)
            own_value = own.get(key) if values_visible else None
            points.append(TrendPoint(r, own_value, _figures(by_id[r.pk], raw.get(key), key in own)))
        current = points[-1]
        lines.append(IndicatorLine(indicator, current.own_value, current.group, trend=points))
    return Report(round_, organisation, participation, values_visible, lines)
