"""'Vergelijkbare organisaties': the cases most like a given case, with the reasons.

Computed, not hand-linked. Points per shared trait:

======================  ======
same government layer     3
same organisation type    3
similar size              2   (the other has between half and twice the staff;
                                 ``peergroups.core.comparable``)
same policy domain        2
same province             1
each shared theme         1
======================  ======

The score is computed in the database in one query (a ``CASE`` per trait and
a subquery counting shared themes), ordered, and cut to the top few; the
reasons are then spelled out for those few only. So a case page costs the
same number of queries with 13 cases or with thousands.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case as SqlCase
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from peergroups.core.comparable import similar_size_range

from .models.base import visible_pages_q

WEIGHTS = {"layer": 3, "type": 3, "size": 2, "domain": 2, "province": 1, "theme": 1}


@dataclass
class Comparable:
    case: object  # a BestPracticePage
    score: int
    reasons: list[str]


def _points(condition: Q, weight: int):
    return SqlCase(When(condition, then=Value(weight)), default=Value(0), output_field=IntegerField())


def comparable_cases(case, *, limit: int = 5, theme_ids: list[int] | None = None) -> list[Comparable]:
    """The ``limit`` most comparable other visible cases, best first, with their reasons.

    ``case`` is a ``BestPracticePage``; the other cases are read through its
    class, so this module does not import the page models that call it.
    ``theme_ids`` may be passed when the caller already has the case's themes.
    """
    pages = type(case)
    themes_field = pages._meta.get_field("themes")
    through = themes_field.remote_field.through
    own_field, theme_field = themes_field.m2m_column_name(), themes_field.m2m_reverse_name()
    if theme_ids is None:
        theme_ids = list(case.themes.values_list("pk", flat=True))

    score = _points(Q(government_layer=case.government_layer), WEIGHTS["layer"]) + _points(
        Q(organisation_type=case.organisation_type), WEIGHTS["type"]
    )
    size = similar_size_range(case.staff_count)
    if size:
        score = score + _points(Q(staff_count__range=size), WEIGHTS["size"])
    if case.policy_domain_id:
        score = score + _points(Q(policy_domain_id=case.policy_domain_id), WEIGHTS["domain"])
    if case.province:
        score = score + _points(Q(province=case.province), WEIGHTS["province"])
    if theme_ids:
        shared = (
            through.objects.filter(**{own_field: OuterRef("pk"), f"{theme_field}__in": theme_ids})
            .values(own_field)
            .annotate(n=Count("pk"))
            .values("n")
        )
        score = score + Coalesce(Subquery(shared, output_field=IntegerField()), Value(0)) * WEIGHTS["theme"]

    candidates = list(
        pages.objects.filter(visible_pages_q())
        .exclude(pk=case.pk)
        .annotate(score=score)
        .filter(score__gt=0)
        .select_related("policy_domain")
        .prefetch_related("themes", "years")
        .order_by("-score", "title", "pk")[:limit]
    )
    own_themes = set(theme_ids)
    return [Comparable(other, other.score, reasons(case, other, own_themes)) for other in candidates]


def reasons(case, other, own_theme_ids: set[int]) -> list[str]:
    """Why ``other`` is comparable to ``case``, in the order of the weights."""
    found = []
    if other.government_layer == case.government_layer:
        found.append(_("same government layer (%(layer)s)") % {"layer": other.get_government_layer_display()})
    if other.organisation_type == case.organisation_type:
        found.append(_("same type of organisation (%(type)s)") % {"type": other.get_organisation_type_display()})
    size = similar_size_range(case.staff_count)
    if size and other.staff_count and size[0] <= other.staff_count <= size[1]:
        found.append(
            _("similar size (%(other)s and %(own)s staff)") % {"other": other.staff_count, "own": case.staff_count}
        )
    if case.policy_domain_id and other.policy_domain_id == case.policy_domain_id:
        found.append(_("same policy domain (%(domain)s)") % {"domain": other.policy_domain.name})
    if case.province and other.province == case.province:
        found.append(_("same province (%(province)s)") % {"province": other.get_province_display()})
    shared = [t.name for t in other.themes.all() if t.pk in own_theme_ids]
    if shared:
        found.append(_("shared themes: %(themes)s") % {"themes": ", ".join(sorted(shared))})
    return found
