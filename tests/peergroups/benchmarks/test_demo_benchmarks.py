"""The benchmark demo: a catalogue, a published and an open round, values for the demo manager."""

import datetime

import pytest

from peergroups.demo import loader as demo
from peergroups.models import (
    BenchmarkRound,
    BenchmarkValue,
    BenchmarkValueChange,
    Indicator,
    RoundParticipation,
    Spearhead,
)

pytestmark = pytest.mark.django_db


def test_demo_benchmarks(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    demo.load()
    counts = [
        m.objects.count() for m in (Indicator, BenchmarkRound, RoundParticipation, BenchmarkValue, BenchmarkValueChange)
    ]
    demo.load()
    assert [
        m.objects.count() for m in (Indicator, BenchmarkRound, RoundParticipation, BenchmarkValue, BenchmarkValueChange)
    ] == counts

    kto = Indicator.objects.get(slug="kto-cijfer")
    assert kto.target_value == 7 and kto.unit == "cijfer" and kto.themes.exists()
    assert Indicator.objects.filter(name="Afhandeling binnen servicenorm (%)").exists()
    published = BenchmarkRound.objects.get(status="published")
    current = BenchmarkRound.objects.get(status="open")
    assert published.period_end.year == datetime.date.today().year - 1
    assert current.period_end.year == datetime.date.today().year

    manager_org = RoundParticipation.objects.get(round=published, organisation__slug="uwv")
    assert manager_org.delivered_at is not None
    assert manager_org.values.count() == published.indicators.count()
    # Enough comparable organisations (same type) delivered for aggregates above k.
    same_type = RoundParticipation.objects.filter(
        round=published,
        organisation__organisation_type=manager_org.organisation.organisation_type,
        delivered_at__isnull=False,
    ).count()
    assert same_type >= 6 and same_type >= published.minimum_group_size
    # Every stored value lies within its indicator's range.
    for value in BenchmarkValue.objects.select_related("indicator"):
        assert value.indicator.minimum_value <= value.value <= value.indicator.maximum_value
    assert Spearhead.objects.get(participation_round=current).target.startswith("75%")
