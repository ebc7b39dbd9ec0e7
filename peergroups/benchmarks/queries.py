"""Reads of the Huis van benchmarks, always within what the policy lets this reader see."""

from __future__ import annotations

from django.db.models import Count, Q

from peergroups import policy as permissions
from peergroups.models import BenchmarkRound, BenchmarkValue, BenchmarkValueChange, Indicator, RoundParticipation


def visible_rounds(ctx):
    return (
        BenchmarkRound.objects.filter(permissions.rounds_visible_to(ctx))
        .select_related("space")
        .annotate(
            invited=Count("participations", distinct=True),
            delivered=Count("participations", filter=Q(participations__delivered_at__isnull=False), distinct=True),
        )
    )


def catalogue(ctx):
    return Indicator.objects.filter(permissions.indicators_visible_to(ctx)).prefetch_related("themes")


def delivery_status(benchmark_round):
    """Every invited organisation with its number of values (for the round's coordinators)."""
    return (
        RoundParticipation.objects.filter(round=benchmark_round)
        .select_related("organisation")
        .annotate(value_count=Count("values"))
        .order_by("organisation__name")
    )


def own_participation(ctx, benchmark_round):
    if ctx.organisation_id is None:
        return None
    return RoundParticipation.objects.filter(round=benchmark_round, organisation_id=ctx.organisation_id).first()


def values_by_indicator(participation) -> dict[int, object]:
    return {v.indicator_id: v.value for v in BenchmarkValue.objects.filter(participation=participation)}


def value_rows(participation):
    """(indicator, value or None) for each indicator of the round, in catalogue order."""
    values = values_by_indicator(participation)
    return [(i, values.get(i.pk)) for i in participation.round.indicators.order_by("name")]


def change_history(participation):
    return BenchmarkValueChange.objects.filter(participation=participation).select_related("indicator", "changed_by")


def participation_figure(benchmark_round) -> tuple[int, int]:
    """(delivered, invited) organisations of a round: the live participation figure."""
    counts = RoundParticipation.objects.filter(round=benchmark_round).aggregate(
        invited=Count("pk"), delivered=Count("pk", filter=Q(delivered_at__isnull=False))
    )
    return counts["delivered"], counts["invited"]
