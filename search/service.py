"""The search service: one interface, an Elasticsearch backend and a database fallback.

Every query takes a ``SearchScope`` (from the permission policy) and applies it
*inside* the query — results, totals, facet counts, suggestions and
autocomplete alike. Suggestions and autocomplete are ordinary scoped queries
over documents (never Elasticsearch's term suggester, which reads the whole
index and would leak words from content a person may not see).
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Q as DQ
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from elastic_transport import TransportError
from elasticsearch import ApiError
from elasticsearch_dsl import Q, Search

from . import connection, registry
from .documents import alias_name
from .models import SearchEntry
from .scope import SearchScope, db_filter, es_filter

log = logging.getLogger(__name__)

#: Facets shown on the search page, in order: (field, label).
FACETS = [
    ("kind", _("Content type")),
    ("themes", _("Theme")),
    ("government_layer", _("Government layer")),
    ("organisation_type", _("Organisation type")),
    ("province", _("Province")),
    ("year", _("Year")),
    ("status", _("Status")),
]
FACET_FIELDS = [name for name, _label in FACETS]
PAGE_SIZE = 10
MAX_PAGE = 50
FACET_SIZE = 30
RESCORE_WINDOW = 50  # the top hits whose order phrase proximity refines

_facet_labels: dict[str, callable] = {}
_label_cache: dict[tuple, str] = {}


def register_facet_labels(field_name: str, provider) -> None:
    """Apps register how facet values read (e.g. theme slug -> theme name)."""
    _facet_labels[field_name] = provider
    _label_cache.clear()


def facet_label(field_name: str, value) -> str:
    """How a facet value reads, in the active language (memoised: labels are vocabulary)."""
    key = (field_name, str(value), get_language())
    label = _label_cache.get(key)
    if label is None:
        if len(_label_cache) > 5000:
            _label_cache.clear()
        label = _label_cache[key] = _facet_label(field_name, value)
    return label


def _facet_label(field_name: str, value) -> str:
    if field_name == "kind":
        kind = registry.kinds().get(str(value))
        return str(kind.label) if kind else str(value)
    provider = _facet_labels.get(field_name)
    if provider is not None:
        label = provider(value)
        if label:
            return str(label)
    return str(value)


@dataclass
class SearchParams:
    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"  # or "date"
    page: int = 1
    page_size: int = PAGE_SIZE


@dataclass
class Hit:
    kind: str
    object_id: str
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matches
    date: str | None = None
    info: dict = field(default_factory=dict)
    score: float = 0.0

    @property
    def kind_label(self) -> str:
        return facet_label("kind", self.kind)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    backend: str = "elasticsearch"
    degraded: bool = False  # database fallback: fewer features
    unavailable: bool = False  # configured backend is down
    page: int = 1
    page_size: int = PAGE_SIZE

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, -(-self.total // self.page_size)))


class SearchUnavailable(Exception):
    pass


# --- Elasticsearch ------------------------------------------------------------------


def _text_query(text: str) -> Q:
    """Relevance: all words in any field (stemmed, synonyms), phrases, compound prefixes.

    Typo tolerance is on titles only: names are where people misspell, and fuzzy
    expansion over long bodies costs more than the rest of the query together.
    """
    return Q(
        "bool",
        should=[
            Q("multi_match", query=text, fields=["title^4", "summary^2", "body"], type="best_fields", operator="and"),
            Q("match", title={"query": text, "fuzziness": "AUTO:5,8", "prefix_length": 1, "operator": "and",
                              "boost": 3}),
            Q(
                "multi_match",
                query=text,
                fields=["title.prefix^2", "summary.prefix", "body.prefix^0.5"],
                operator="and",
            ),
        ],
        minimum_should_match=1,
    )


def _phrase_query(text: str) -> Q:
    """Words close together rank higher. Applied as a rescore of the top hits only: over every
    matching document, phrase positions cost more than the rest of the query (bench/search_bench.py)."""
    return Q("multi_match", query=text, fields=["title^6", "summary^3", "body^1.5"], type="phrase", slop=2)


def _filter_query(name: str, values: list[str]) -> Q:
    return Q("terms", **{name: values})


def _add_facet_aggs(search: Search, selected: dict[str, list[str]]) -> tuple[Search, dict[str, list[str]]]:
    """One terms aggregation per facet, each counted with the *other* facets' selections.

    Facets that share the same other-selections (all facets without a selection do)
    are grouped under one ``filter`` bucket, so each distinct filter runs once.
    Returns the search and, per facet, the path to its buckets in the response.
    """
    groups: dict[tuple, list[str]] = {}
    for name in FACET_FIELDS:
        groups.setdefault(tuple(sorted(k for k in selected if k != name)), []).append(name)
    paths = {}
    for number, (others, names) in enumerate(groups.items()):
        parent, prefix = search.aggs, []
        if others:
            parent = search.aggs.bucket(
                f"g{number}", "filter", filter=Q("bool", filter=[_filter_query(k, selected[k]) for k in others])
            )
            prefix = [f"g{number}"]
        for name in names:
            parent.bucket(f"f_{name}", "terms", field=name, size=FACET_SIZE)
            paths[name] = [*prefix, f"f_{name}"]
    return search, paths


def _buckets(aggregations: dict, path: list[str]) -> list[dict]:
    for key in path:
        aggregations = aggregations.get(key, {})
    return aggregations.get("buckets", [])


#: What the result list shows; bodies stay in the index.
SOURCE_FIELDS = ["kind", "object_id", "title", "url", "summary", "date", "info"]


class ElasticsearchSearch:
    backend = "elasticsearch"

    def __init__(self):
        self.client = connection.get_client()  # one client per process, connections pooled
        self.index = alias_name()

    def _base(self, scope: SearchScope) -> Search:
        return Search(using=self.client, index=self.index).filter(es_filter(scope))

    def _execute(self, search: Search):
        try:
            return search.execute()
        except (TransportError, ApiError, OSError) as exc:
            if isinstance(exc, ApiError) and getattr(exc, "status_code", 500) == 404:
                return None  # no index yet: nothing indexed
            log.warning("search unavailable: %s", exc)
            raise SearchUnavailable(str(exc)) from exc

    def search(self, params: SearchParams, scope: SearchScope) -> SearchResults:
        search = self._base(scope)
        text = params.text.strip()
        query = _text_query(text) if text else Q("match_all")
        # Published knowledge ranks above discussion; accepted answers above other replies.
        search = search.query(
            "function_score",
            query=query,
            functions=[{"field_value_factor": {"field": "boost", "missing": 1}}],
            boost_mode="multiply",
        )
        selected = {k: v for k, v in params.filters.items() if k in FACET_FIELDS and v}
        if selected:
            search = search.post_filter(Q("bool", filter=[_filter_query(k, v) for k, v in selected.items()]))
        search, facet_paths = _add_facet_aggs(search, selected)
        page = max(1, min(params.page, MAX_PAGE))
        start = (page - 1) * params.page_size
        if params.sort == "date" or not text:
            search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
        else:
            search = search.extra(rescore={
                "window_size": max(RESCORE_WINDOW, start + params.page_size),
                "query": {"rescore_query": _phrase_query(text).to_dict()},
            })
        if text:
            # Highlight with a plain query: fuzzy or prefix expansion in the highlighter
            # costs more than the search itself (bench/search_bench.py).
            search = (
                search.highlight_options(
                    encoder="html",
                    pre_tags=["<mark>"],
                    post_tags=["</mark>"],
                    fragment_size=180,
                    number_of_fragments=1,
                    require_field_match=False,
                    highlight_query=Q("multi_match", query=text, fields=["title", "summary", "body"]).to_dict(),
                )
                .highlight("title", number_of_fragments=0)
                .highlight("summary")
                .highlight("body")
            )
        # The shard request cache keeps the query phase (hits, total, facet counts) of a
        # repeated query until the index next changes, so freshness is unaffected.
        search = (
            search[start : start + params.page_size]
            .source(SOURCE_FIELDS)
            .extra(track_total_hits=True)
            .params(request_cache=True)
        )
        response = self._execute(search)
        results = SearchResults(backend=self.backend, page=page, page_size=params.page_size)
        if response is None:
            return results
        results.total = response.hits.total.value
        for hit in response:
            results.hits.append(_hit_from_es(hit))
        aggregations = response.to_dict().get("aggregations", {})
        for name in FACET_FIELDS:
            chosen = set(selected.get(name, []))
            results.facets[name] = [
                FacetValue(str(b["key"]), facet_label(name, b["key"]), b["doc_count"], str(b["key"]) in chosen)
                for b in _buckets(aggregations, facet_paths[name])
            ]
        if text and results.total == 0:
            results.suggestions = self._suggest(text, scope)  # a second round trip only when nothing matched
        return results

    def _suggest(self, text: str, scope: SearchScope) -> list[str]:
        """Did-you-mean: titles of the closest documents this person may see (looser fuzzy query)."""
        search = (
            self._base(scope)
            .query("multi_match", query=text, fields=["title^3", "summary", "body"], fuzziness="AUTO", operator="or")[
                :3
            ]
            .source(["title"])
        )
        response = self._execute(search)
        return [hit.title for hit in response] if response is not None else []

    def autocomplete(self, prefix: str, scope: SearchScope, limit: int = 8) -> list[dict]:
        prefix = prefix.strip()
        if len(prefix) < 2:
            return []
        search = (
            self._base(scope)
            .query(
                "bool",
                should=[
                    Q("match", **{"title.prefix": {"query": prefix, "operator": "and"}}),
                    Q("match_phrase_prefix", title={"query": prefix, "boost": 2}),
                ],
                minimum_should_match=1,
            )[:limit]
            .source(["title", "url", "kind"])
        )
        response = self._execute(search)
        if response is None:
            return []
        return [{"title": h.title, "url": h.url, "kind": facet_label("kind", h.kind)} for h in response]

    def more_like_this(
        self,
        *,
        scope: SearchScope,
        like_doc: str | None = None,
        like_text: str = "",
        kinds: list[str] | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        like = []
        if like_doc:
            like.append({"_index": self.index, "_id": like_doc})
        if like_text.strip():
            like.append(like_text)
        if not like:
            return []
        search = self._base(scope).query(
            "more_like_this",
            fields=["title", "summary", "body"],
            like=like,
            min_term_freq=1,
            min_doc_freq=1,
            max_query_terms=30,
            minimum_should_match="20%",
        )
        if kinds:
            search = search.filter("terms", kind=kinds)
        if like_doc:
            search = search.exclude("ids", values=[like_doc])
        response = self._execute(search[:limit])
        return [_hit_from_es(h) for h in response] if response is not None else []


def _hit_from_es(hit) -> Hit:
    highlight = getattr(hit.meta, "highlight", None)
    title = highlight.title[0] if highlight is not None and "title" in highlight else html.escape(hit.title)
    snippet = ""
    if highlight is not None:
        for name in ("summary", "body"):
            if name in highlight:
                snippet = highlight[name][0]
                break
    if not snippet:
        snippet = html.escape(_truncate(getattr(hit, "summary", "") or getattr(hit, "body", "")))
    return Hit(
        kind=hit.kind,
        object_id=hit.object_id,
        title=title,
        url=hit.url,
        snippet=snippet,
        date=str(hit.date)[:10] if getattr(hit, "date", None) else None,
        info=hit.to_dict().get("info", {}),
        score=hit.meta.score or 0.0,
    )


# --- database fallback ---------------------------------------------------------------


def _truncate(text: str, length: int = 180) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def _mark(text: str, words: list[str]) -> str:
    escaped = html.escape(text)
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.sub(f"({re.escape(html.escape(word))})", r"<mark>\1</mark>", escaped, flags=re.I)
    return escaped


class DatabaseSearch:
    """Embedded default: substring matching over SearchEntry. Clearly degraded, never broken."""

    backend = "database"

    def _base(self, scope: SearchScope):
        return SearchEntry.objects.filter(db_filter(scope))

    def _text(self, queryset, text: str):
        for word in text.split():
            queryset = queryset.filter(
                DQ(title__icontains=word) | DQ(summary__icontains=word) | DQ(body__icontains=word)
            )
        return queryset

    def search(self, params: SearchParams, scope: SearchScope) -> SearchResults:
        words = params.text.split()
        base = self._text(self._base(scope), params.text)
        selected = {k: v for k, v in params.filters.items() if k in FACET_FIELDS and v}

        def apply(queryset, skip=None):
            for name, values in selected.items():
                if name == skip:
                    continue
                if name == "themes":
                    condition = DQ()
                    for value in values:
                        condition |= (
                            DQ(themes__contains=[value])
                            if _json_contains_supported()
                            else DQ(themes__icontains=f'"{value}"')
                        )
                    queryset = queryset.filter(condition)
                else:
                    queryset = queryset.filter(**{f"{name}__in": values})
            return queryset

        results = SearchResults(backend=self.backend, degraded=True, page_size=params.page_size)
        filtered = apply(base)
        results.total = filtered.count()
        order = ["-date", "-id"] if params.sort == "date" or not words else ["-boost", "-date", "-id"]
        page = max(1, min(params.page, MAX_PAGE))
        results.page = page
        start = (page - 1) * params.page_size
        for entry in filtered.order_by(*order)[start : start + params.page_size]:
            results.hits.append(
                Hit(
                    kind=entry.kind,
                    object_id=entry.object_id,
                    title=_mark(entry.title, words),
                    url=entry.url,
                    snippet=_mark(_truncate(entry.summary or entry.body), words),
                    date=entry.date.date().isoformat() if entry.date else None,
                    info=entry.info,
                )
            )
        for name in FACET_FIELDS:
            counts: Counter = Counter()
            for value in apply(base, skip=name).values_list(name, flat=True):
                for item in value if isinstance(value, list) else [value]:
                    if item not in ("", None):
                        counts[str(item)] += 1
            chosen = set(selected.get(name, []))
            results.facets[name] = [
                FacetValue(v, facet_label(name, v), n, v in chosen) for v, n in counts.most_common(30)
            ]
        return results

    def autocomplete(self, prefix: str, scope: SearchScope, limit: int = 8) -> list[dict]:
        if len(prefix.strip()) < 2:
            return []
        entries = self._base(scope).filter(title__icontains=prefix.strip()).order_by("title")[:limit]
        return [{"title": e.title, "url": e.url, "kind": facet_label("kind", e.kind)} for e in entries]

    def more_like_this(
        self,
        *,
        scope: SearchScope,
        like_doc: str | None = None,
        like_text: str = "",
        kinds: list[str] | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        text = like_text
        exclude = None
        if like_doc:
            kind, object_id = like_doc.split(":", 1)
            entry = SearchEntry.objects.filter(kind=kind, object_id=object_id).first()
            if entry:
                text = f"{entry.title} {entry.summary} {text}"
                exclude = entry.pk
        words = re.findall(r"\w{5,}", text.lower())[:12]
        if not words:
            return []
        condition = DQ()
        for word in words:
            condition |= DQ(title__icontains=word) | DQ(summary__icontains=word)
        queryset = self._base(scope).filter(condition)
        if kinds:
            queryset = queryset.filter(kind__in=kinds)
        if exclude:
            queryset = queryset.exclude(pk=exclude)
        scored = []
        for entry in queryset[:200]:
            haystack = f"{entry.title} {entry.summary}".lower()
            scored.append((sum(1 for w in words if w in haystack), entry))
        scored.sort(key=lambda pair: (-pair[0], pair[1].pk))
        return [
            Hit(
                kind=e.kind,
                object_id=e.object_id,
                title=html.escape(e.title),
                url=e.url,
                snippet=html.escape(_truncate(e.summary)),
                info=e.info,
                score=float(s),
            )
            for s, e in scored[:limit]
        ]


def _json_contains_supported() -> bool:
    from django.db import connection as db

    return db.features.supports_json_field_contains


def get_search():
    return ElasticsearchSearch() if connection.is_configured() else DatabaseSearch()


def search(params: SearchParams, scope: SearchScope) -> SearchResults:
    """Search, degrading gracefully: a down Elasticsearch gives ``unavailable``, not an error page."""
    backend = get_search()
    try:
        return backend.search(params, scope)
    except SearchUnavailable:
        return SearchResults(backend=backend.backend, unavailable=True, page_size=params.page_size)


def autocomplete(prefix: str, scope: SearchScope, limit: int = 8) -> list[dict]:
    try:
        return get_search().autocomplete(prefix, scope, limit)
    except SearchUnavailable:
        return []


def more_like_this(**kwargs) -> list[Hit]:
    """Similar documents within ``scope``; empty when the backend is down."""
    similar = similar_or_none(**kwargs)
    return similar if similar is not None else []


def similar_or_none(**kwargs) -> list[Hit] | None:
    """Like ``more_like_this``, but ``None`` when the backend is down, so a caller can fall back."""
    try:
        return get_search().more_like_this(**kwargs)
    except SearchUnavailable:
        return None


def is_full_text() -> bool:
    """Service mode (Elasticsearch configured), as opposed to the embedded database fallback."""
    return connection.is_configured()
