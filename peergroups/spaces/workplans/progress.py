"""Progress of work plans: per spearhead, per working group and across groups.

Pure computation on objects already loaded (spearheads with their updates
prefetched), so pages pay a fixed number of queries and the rules can be
tested without a database.

Rules:

* an *achieved* spearhead is 100% done; a *stopped* one no longer counts;
* otherwise the latest update decides: a measured value against a numeric
  target gives ``(value - start) / (target - start)``; else the estimate in
  per cent; with no update yet, 0%;
* always clamped to 0–100;
* a group's progress is the mean of its counting spearheads, and the
  overall progress the mean over all counting spearheads of all groups
  (so a group with more spearheads weighs more, as its work does).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ACHIEVED = "achieved"
STOPPED = "stopped"


@dataclass
class SpearheadProgress:
    spearhead: Any
    percent: int | None  # None: stopped, does not count
    latest: object | None
    overdue: bool


@dataclass
class PlanProgress:
    spearheads: list[SpearheadProgress] = field(default_factory=list)

    @property
    def counting(self) -> list[SpearheadProgress]:
        return [s for s in self.spearheads if s.percent is not None]

    @property
    def percent(self) -> int | None:
        counting = self.counting
        if not counting:
            return None
        return round(sum(s.percent or 0 for s in counting) / len(counting))

    @property
    def achieved(self) -> int:
        return sum(1 for s in self.spearheads if s.spearhead.status == ACHIEVED)

    @property
    def overdue(self) -> int:
        return sum(1 for s in self.spearheads if s.overdue)


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def latest_update(spearhead):
    """The most recent update among the (prefetched) updates."""
    updates = list(spearhead.updates.all())
    if not updates:
        return None
    return max(updates, key=lambda u: (u.reported_on, u.created_at, u.pk))


def spearhead_percent(spearhead, latest=None) -> int | None:
    if spearhead.status == STOPPED:
        return None
    if spearhead.status == ACHIEVED:
        return 100
    if latest is None:
        return 0
    target = spearhead.target_value
    if latest.value is not None and target is not None:
        start = spearhead.baseline_value or Decimal(0)
        span = Decimal(target) - Decimal(start)
        if span != 0:
            return _clamp(float((Decimal(latest.value) - Decimal(start)) / span * 100))
    if latest.percent_complete is not None:
        return _clamp(latest.percent_complete)
    return 0


def spearhead_progress(spearhead, today: datetime.date | None = None) -> SpearheadProgress:
    today = today or datetime.date.today()
    latest = latest_update(spearhead)
    percent = spearhead_percent(spearhead, latest)
    overdue = bool(spearhead.deadline and spearhead.deadline < today and spearhead.status not in (ACHIEVED, STOPPED))
    return SpearheadProgress(spearhead, percent, latest, overdue)


def plan_progress(spearheads, today: datetime.date | None = None) -> PlanProgress:
    return PlanProgress([spearhead_progress(s, today) for s in spearheads])


def overall_progress(plans: list[PlanProgress]) -> PlanProgress:
    """All spearheads of all groups as one plan (mean over all counting spearheads)."""
    return PlanProgress([s for plan in plans for s in plan.spearheads])
