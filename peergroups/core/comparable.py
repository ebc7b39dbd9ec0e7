"""Which organisations are comparable: the organisation-level part, shared by every app.

Two uses, one vocabulary (type, government layer, size):

* ranking (the knowledge finder's "comparable cases"): a *similar size* is a staff count
  between half and twice the other's (:func:`similar_size_range`);
* a fixed comparison class (the benchmark report): same organisation type, same government
  layer and same staff-size band (``STAFF_SIZE_BANDS``). Bands cut the organisations into
  disjoint classes, so two organisations' classes are either identical or share nobody; a
  relative range would give every organisation its own, overlapping group.

Functions work on plain field values, so this module needs no models.
"""

from __future__ import annotations

import math
from typing import Any

from django.db.models import Q

from peergroups.core.taxonomy import STAFF_SIZE_BANDS, staff_size_band


def similar_size_range(staff_count: int | None) -> tuple[int, int] | None:
    """Staff counts between half and twice ``staff_count`` count as a similar size."""
    if not staff_count:
        return None
    return math.ceil(staff_count / 2), staff_count * 2


def comparison_class(organisation: Any) -> tuple[str, str, str]:
    """The class an organisation is compared in: (type, government layer, size band)."""
    return (
        organisation.organisation_type,
        organisation.government_layer,
        staff_size_band(organisation.staff_count),
    )


def size_band_q(band: str, *, prefix: str = "") -> Q:
    """Organisations (reached through ``prefix``) whose staff count falls in ``band``."""
    if not band:
        return Q(**{f"{prefix}staff_count__isnull": True})
    for key, _label, low, high in STAFF_SIZE_BANDS:
        if key == band:
            q = Q(**{f"{prefix}staff_count__gte": low})
            return q & Q(**{f"{prefix}staff_count__lte": high}) if high is not None else q
    raise ValueError(band)


def comparison_class_q(organisation: Any, *, prefix: str = "") -> Q:
    """Organisations (reached through ``prefix``, e.g. ``"organisation__"``) in the same class."""
    kind, layer, band = comparison_class(organisation)
    return Q(**{f"{prefix}organisation_type": kind, f"{prefix}government_layer": layer}) & size_band_q(
        band, prefix=prefix
    )
