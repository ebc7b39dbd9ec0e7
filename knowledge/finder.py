"""The finder "Vergelijkbare organisaties vinden": facets over the best practices.

The seed's reading guide asks to let a reader find an organisation of
comparable type, layer, size and location. Each facet is a GET parameter
(shareable URLs, works without JavaScript); several values of one facet
combine with OR, different facets with AND.

Counts are *disjunctive*: the count next to a value is the number of cases
that would match if that value were added, given the other facets'
selections. Each facet is one ``GROUP BY`` query in the database, so a finder
page costs a fixed number of queries however many cases there are.

Unknown parameters and values are ignored (and reported), never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, Q, Value, When
from django.utils.translation import gettext_lazy as _

from peergroups.core.taxonomy import STAFF_SIZE_BANDS, GovernmentLayer, OrganisationType, Province
from peergroups.models import PolicyDomain, Theme
from search.numbers import parse_int

from .models import BestPracticePage, CaseYear, visible_pages_q

PAGE_SIZE = 20
PAGE_PARAM = "pagina"


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class FacetView:
    key: str
    label: str
    options: list[Option]

    @property
    def visible_options(self) -> list[Option]:
        """Values that would find something, plus those selected (so they can be unticked)."""
        return [o for o in self.options if o.count or o.selected]


class Facet:
    """One facet: its GET parameter, known values, filter and count query."""

    key: str
    label: str

    def options(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def q(self, values: list[str]) -> Q:
        raise NotImplementedError

    def counts(self, queryset) -> dict[str, int]:
        raise NotImplementedError

    def clean(self, raw: list[str], known: dict[str, str]) -> tuple[list[str], list[str]]:
        """(accepted values in a stable order, ignored raw values)."""
        accepted = [value for value in known if value in raw]
        ignored = [value for value in raw if value not in known]
        return accepted, ignored


class ChoiceFacet(Facet):
    """A field with a fixed vocabulary from ``peergroups.core.taxonomy``."""

    def __init__(self, key, label, field_name, choices):
        self.key, self.label, self.field_name, self.choices = key, label, field_name, choices

    def options(self):
        return [(value, label) for value, label in self.choices]

    def q(self, values):
        return Q(**{f"{self.field_name}__in": values})

    def counts(self, queryset):
        rows = queryset.values(self.field_name).annotate(n=Count("pk")).order_by()
        return {row[self.field_name]: row["n"] for row in rows}


class SizeFacet(Facet):
    """Staff-size bands (``STAFF_SIZE_BANDS``), computed from the staff count in the query."""

    key, label = "omvang", _("Number of staff")

    def options(self):
        return [(key, label) for key, label, _low, _high in STAFF_SIZE_BANDS]

    @staticmethod
    def _range_q(low, high) -> Q:
        q = Q(staff_count__gte=low)
        return q & Q(staff_count__lte=high) if high is not None else q

    def q(self, values):
        q = Q()
        for key, _label, low, high in STAFF_SIZE_BANDS:
            if key in values:
                q |= self._range_q(low, high)
        return q

    def counts(self, queryset):
        band = Case(
            *[When(self._range_q(low, high), then=Value(key)) for key, _label, low, high in STAFF_SIZE_BANDS],
            default=Value(""),
            output_field=CharField(),
        )
        rows = queryset.annotate(band=band).values("band").annotate(n=Count("pk")).order_by()
        return {row["band"]: row["n"] for row in rows if row["band"]}


class DomainFacet(Facet):
    key, label = "domein", _("Policy domain")

    def __init__(self, domains):
        self.domains = domains

    def options(self):
        return [(d.slug, d.name) for d in self.domains]

    def q(self, values):
        return Q(policy_domain__slug__in=values)

    def counts(self, queryset):
        rows = queryset.values("policy_domain__slug").annotate(n=Count("pk")).order_by()
        return {row["policy_domain__slug"]: row["n"] for row in rows if row["policy_domain__slug"]}


class ThemeFacet(Facet):
    key, label = "thema", _("Theme")

    def __init__(self, themes):
        self.themes = themes

    def options(self):
        return [(t.slug, t.name) for t in self.themes]

    def q(self, values):
        # A subquery, so the join used for counting themes is never the one used for filtering.
        return Q(pk__in=BestPracticePage.objects.filter(themes__slug__in=values).values("pk"))

    def counts(self, queryset):
        rows = queryset.values("themes__slug").annotate(n=Count("pk", distinct=True)).order_by()
        return {row["themes__slug"]: row["n"] for row in rows if row["themes__slug"]}


class YearFacet(Facet):
    key, label = "jaar", _("Year")

    def __init__(self):
        self._seen: dict[str, int] = {}

    def options(self):
        return []  # filled from the counts: only years that occur

    def clean(self, raw, known):
        accepted, ignored = [], []
        for value in raw:
            if parse_int(value, minimum=1950, maximum=2100) is not None:
                if value not in accepted:
                    accepted.append(value)
            else:
                ignored.append(value)
        return sorted(accepted), ignored

    def q(self, values):
        return Q(pk__in=CaseYear.objects.filter(year__in=[int(v) for v in values]).values("page_id"))

    def counts(self, queryset):
        rows = (
            CaseYear.objects.filter(page__in=queryset.values("pk"))
            .values("year")
            .annotate(n=Count("page", distinct=True))
            .order_by()
        )
        return {str(row["year"]): row["n"] for row in rows}


def build_facets() -> list[Facet]:
    """The facets in display order (two small queries for the editable vocabularies)."""
    return [
        ChoiceFacet("bestuurslaag", _("Government layer"), "government_layer", GovernmentLayer.choices),
        ChoiceFacet("type", _("Organisation type"), "organisation_type", OrganisationType.choices),
        SizeFacet(),
        DomainFacet(list(PolicyDomain.objects.order_by("name"))),
        ChoiceFacet("provincie", _("Province"), "province", Province.choices),
        ThemeFacet(list(Theme.objects.filter(kind__in=["pillar", "case_theme"]).order_by("kind", "name"))),
        YearFacet(),
    ]


@dataclass
class FinderResult:
    facets: list[FacetView]
    page: object  # django.core.paginator.Page of BestPracticePage
    total: int
    selected: dict[str, list[str]]
    chips: list[dict] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def querystring(self) -> str:
        """The canonical, shareable query string of the current selection."""
        return encode(self.selected)

    @property
    def has_filters(self) -> bool:
        return any(self.selected.values())


def encode(selected: dict[str, list[str]]) -> str:
    return urlencode([(key, value) for key, values in selected.items() for value in values])


def parse(params, facets: list[Facet]) -> tuple[dict[str, list[str]], list[str]]:
    """The accepted selection per facet and the ignored (unknown) parameter values."""
    selected, ignored = {}, []
    for facet in facets:
        known = dict(facet.options())
        accepted, rejected = facet.clean(params.getlist(facet.key), known)
        selected[facet.key] = accepted
        ignored.extend(rejected)
    return selected, ignored


def filter_q(selected: dict[str, list[str]], facets: list[Facet], *, except_key: str | None = None) -> Q:
    q = Q()
    for facet in facets:
        values = selected.get(facet.key)
        if values and facet.key != except_key:
            q &= facet.q(values)
    return q


def filtered_cases(params, *, facets: list[Facet] | None = None):
    """Visible cases matching the finder parameters (for the map and its data endpoint)."""
    facets = facets or build_facets()
    selected, _ignored = parse(params, facets)
    return BestPracticePage.objects.filter(visible_pages_q()).filter(filter_q(selected, facets)), selected


def run(params, *, request=None) -> FinderResult:
    """Facets with counts, the selected values and one page of results."""
    facets = build_facets()
    selected, ignored = parse(params, facets)
    base = BestPracticePage.objects.filter(visible_pages_q())

    views = []
    for facet in facets:
        counts = facet.counts(base.filter(filter_q(selected, facets, except_key=facet.key)))
        chosen = selected[facet.key]
        options = facet.options()
        if isinstance(facet, YearFacet):
            years = sorted(set(counts) | set(chosen), key=int)
            options = [(year, year) for year in years]
        views.append(
            FacetView(
                facet.key,
                facet.label,
                [Option(value, label, counts.get(value, 0), value in chosen) for value, label in options],
            )
        )

    results = (
        base.filter(filter_q(selected, facets))
        .select_related("policy_domain")
        .prefetch_related("years")
        .order_by("title", "pk")
    )
    page = Paginator(results, PAGE_SIZE).get_page(params.get(PAGE_PARAM))

    chips = []
    for view in views:
        for option in view.options:
            if option.selected:
                remaining = {
                    k: [v for v in vs if not (k == view.key and v == option.value)] for k, vs in selected.items()
                }
                chips.append({"facet": view.label, "label": option.label, "remove": encode(remaining)})
    return FinderResult(views, page, page.paginator.count, selected, chips, ignored)
