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

_facet_labels: dict[str, list] = {}
_label_cache: dict[tuple, str] = {}


def register_facet_labels(field_name: str, provider) -> None:
    """Apps register how facet values read (e.g. theme slug -> theme name). Several apps may
    label values of one field (``status`` holds the statuses of every kind): the first
    provider that knows a value labels it."""
    _facet_labels.setdefault(field_name, []).append(provider)
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
    for provider in _facet_labels.get(field_name, []):
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
    #: who actually answered: "elasticsearch" (an index replied), "database" (the fallback
    #: searched), or None (the backend was down or there is no index yet). An empty result
    #: says "nothing found" only when this is set.
    answered_by: str | None = None
    page: int = 1
    page_size: int = PAGE_SIZE

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, -(-self.total // self.page_size)))


class SearchUnavailable(Exception):
    pass


# --- Elasticsearch ------------------------------------------------------------------


def _text_query(text: str, *, fuzzy: bool = False) -> dict:
    """Relevance: all words in any field (stemmed, synonyms), phrases, compound prefixes;
    a title holding every word ranks higher.

    With ``fuzzy``, titles also match with typos (names are where people misspell). The
    service asks for that only when the exact query finds nothing: expanding every word
    to its near-spellings costs more than the rest of the query together
    (bench/search_bench.py), and a correctly spelt query does not need it. The unstemmed
    words of ``title.prefix`` catch typos the stemmer would not reduce to the same stem
    ("bereikbaarheeid").
    """
    should = [
        {"multi_match": {"query": text, "fields": ["title^4", "summary^2", "body", "kind_words"],
                         "type": "best_fields", "operator": "and"}},
        # A document that writes a section about the theme the query names: a constant, since
        # the theme names of a few sections are too common among themselves for their idf to tell.
        {"constant_score": {"filter": {"match": {"topics": {"query": text, "operator": "and"}}}, "boost": TOPIC_BOOST}},
        # Every word somewhere in the document: "werkgroep bedrijfsvoering" finds the working
        # group titled "Bedrijfsvoering" (the kind's name is in ``kind_words``, not the title).
        {"multi_match": {"query": text, "fields": TEXT_FIELDS, "type": "cross_fields", "operator": "and"}},
        {"match": {"title": {"query": text, "operator": "and", "boost": 3}}},
        {"multi_match": {"query": text, "fields": ["title.prefix^2", "summary.prefix", "body.prefix^0.5"],
                         "operator": "and"}},
    ]
    if fuzzy:
        should.append({"multi_match": {"query": text, "fields": ["title^3", "title.prefix^2"], "fuzziness": "AUTO:5,8",
                                       "prefix_length": 1, "max_expansions": 20, "operator": "and"}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


#: The analysed text fields a query's words may be spread over (one analyzer, so one
#: ``cross_fields`` group).
TEXT_FIELDS = ["title", "summary", "body", "topics", "kind_words"]
#: Added to the score of every document of a kind the query names ("werkgroep", "instrument",
#: "resultancy"): more than a title match scores, so that kind ranks first; among its
#: documents the text still decides.
KIND_BOOST = 100.0
#: The score of a document with a section about the theme a query names (``_text_query``): about
#: what a word in a summary scores.
TOPIC_BOOST = 15.0


def _kind_query(text: str) -> dict:
    """Documents of a kind that the query names, as a constant score (not a match by itself:
    it only adds to documents that match the text)."""
    return {"constant_score": {"filter": {"match": {"kind_words": {"query": text}}}, "boost": KIND_BOOST}}


def _phrase_query(text: str) -> dict:
    """Words close together rank higher. Applied as a rescore of the top hits only: over every
    matching document, phrase positions cost more than the rest of the query (bench/search_bench.py)."""
    return {"multi_match": {"query": text, "fields": ["title^6", "summary^3", "body^1.5"], "type": "phrase", "slop": 2}}


def _filter_query(name: str, values: list[str]) -> dict:
    return {"terms": {name: values}}


def _facet_aggs(selected: dict[str, list[str]]) -> tuple[dict, dict[str, list[str]]]:
    """One terms aggregation per facet, each counted with the *other* facets' selections.

    Facets that share the same other-selections (all facets without a selection do)
    are grouped under one ``filter`` bucket, so each distinct filter runs once.
    Returns the aggregations and, per facet, the path to its buckets in the response.
    """
    groups: dict[tuple, list[str]] = {}
    for name in FACET_FIELDS:
        groups.setdefault(tuple(sorted(k for k in selected if k != name)), []).append(name)
    aggs, paths = {}, {}
    for number, (others, names) in enumerate(groups.items()):
        terms = {f"f_{name}": {"terms": {"field": name, "size": FACET_SIZE}} for name in names}
        if others:
            aggs[f"g{number}"] = {
                "filter": {"bool": {"filter": [_filter_query(k, selected[k]) for k in others]}},
                "aggs": terms,
            }
        else:
            aggs.update(terms)
        for name in names:
            paths[name] = [f"g{number}", f"f_{name}"] if others else [f"f_{name}"]
    return aggs, paths


def _total(response: dict) -> int:
    return response["hits"]["total"]["value"]


def _buckets(aggregations: dict, path: list[str]) -> list[dict]:
    for key in path:
        aggregations = aggregations.get(key, {})
    return aggregations.get("buckets", [])


#: What the result list shows; bodies stay in the index.
SOURCE_FIELDS = ["kind", "object_id", "title", "url", "summary", "date", "info"]
#: Shards answer from their request cache (the query phase: hits, total, facet counts)
#: until the index next changes, so freshness is unaffected.
_CACHED = {"request_cache": True}


class ElasticsearchSearch:
    """The search page's query: one request for the page of hits (scored, rescored,
    highlighted), the exact total and the facet counts.

    Bodies are plain dicts sent with the low-level client, and responses are read as
    dicts: the page reads ten hits and a few buckets, not a wrapped response. The
    viewer's permission filter is inside every query. Only when nothing matches as
    typed does a second round trip follow: the same search with typo tolerance, and
    did-you-mean titles, together in one ``msearch``. (Splitting hits and counts into
    two requests costs more in all: both would match the text; bench/search_bench.py.)
    """

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

    def _msearch(self, bodies: list[dict]) -> list[dict] | None:
        """Several searches in one round trip; ``None`` when there is no index yet."""
        searches = []
        for body in bodies:
            searches += [_CACHED, body]
        try:
            responses = self.client.msearch(index=self.index, searches=searches).body["responses"]
        except (TransportError, ApiError, OSError) as exc:
            if isinstance(exc, ApiError) and getattr(exc, "status_code", 500) == 404:
                return None
            log.warning("search unavailable: %s", exc)
            raise SearchUnavailable(str(exc)) from exc
        for response in responses:
            error = response.get("error")
            if error:
                if response.get("status") == 404:
                    return None  # no index yet: nothing indexed
                log.warning("search unavailable: %s", error)
                raise SearchUnavailable(str(error))
        return responses

    def search(self, params: SearchParams, scope: SearchScope) -> SearchResults:
        text = params.text.strip()
        permitted = es_filter(scope).to_dict()
        selected = {k: v for k, v in params.filters.items() if k in FACET_FIELDS and v}
        page = max(1, min(params.page, MAX_PAGE))
        results = SearchResults(backend=self.backend, page=page, page_size=params.page_size)
        body, facet_paths = self._body(params, text, permitted, selected, page)
        responses = self._msearch([body])
        if responses is not None and text and _total(responses[0]) == 0:
            # Nothing matched as typed: once more with typo tolerance, and did-you-mean
            # titles in the same round trip (shown when that finds nothing either).
            fuzzy, _paths = self._body(params, text, permitted, selected, page, fuzzy=True)
            responses = self._msearch([fuzzy, self._suggest_body(text, permitted)])
            if responses is not None and _total(responses[0]) == 0:
                results.suggestions = [hit["_source"]["title"] for hit in responses[1]["hits"]["hits"]]
        if responses is None:
            return results
        results.answered_by = self.backend
        response = responses[0]
        results.total = _total(response)
        results.hits = [_hit_from_source(hit) for hit in response["hits"]["hits"]]
        aggregations = response.get("aggregations", {})
        for name in FACET_FIELDS:
            chosen_values = set(selected.get(name, []))
            results.facets[name] = [
                FacetValue(str(b["key"]), facet_label(name, b["key"]), b["doc_count"], str(b["key"]) in chosen_values)
                for b in _buckets(aggregations, facet_paths[name])
                if b["key"] != ""  # documents without a value for this facet
            ]
        return results

    def _body(self, params, text, permitted, selected, page, *, fuzzy=False) -> tuple[dict, dict]:
        """The request body, and per facet the path to its buckets in the response."""
        start = (page - 1) * params.page_size
        aggs, facet_paths = _facet_aggs(selected)
        # Published knowledge ranks above discussion; accepted answers above other replies.
        body = {
            "query": {
                "function_score": {
                    "query": {
                        "bool": {
                            "filter": [permitted],
                            "must": [_text_query(text, fuzzy=fuzzy) if text else {"match_all": {}}],
                            "should": [_kind_query(text)] if text else [],
                        }
                    },
                    "functions": [{"field_value_factor": {"field": "boost", "missing": 1}}],
                    "boost_mode": "multiply",
                }
            },
            "aggs": aggs,
            "from": start,
            "size": params.page_size,
            "_source": SOURCE_FIELDS,
            "track_total_hits": True,
        }
        if selected:
            # Selections narrow the hits and the total, not the facet counts (each facet is
            # counted with the other facets' selections, in ``aggs``).
            body["post_filter"] = {"bool": {"filter": [_filter_query(k, v) for k, v in selected.items()]}}
        if params.sort == "date" or not text:
            body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        else:
            body["rescore"] = {
                "window_size": max(RESCORE_WINDOW, start + params.page_size),
                "query": {"rescore_query": _phrase_query(text)},
            }
        if text:
            # Highlight what matched: each shown field with the matches of its analysed subfield
            # (``matched_fields``), so a word found inside a compound ("klanttevredenheid" in
            # "klanttevredenheidsmeting", through ``.prefix``) or, in the fuzzy round, a
            # misspelt title ("Rijkswaterstraat") is marked too. The highlight query is the
            # text query alone: not the kind boost or the phrase rescore.
            body["highlight"] = {
                "encoder": "html",
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "fragment_size": 180,
                "number_of_fragments": 1,
                "highlight_query": _text_query(text, fuzzy=fuzzy),
                "fields": {
                    "title": {"number_of_fragments": 0, "matched_fields": ["title", "title.prefix"]},
                    "summary": {"matched_fields": ["summary", "summary.prefix"]},
                    "body": {"matched_fields": ["body", "body.prefix"]},
                },
            }
        return body, facet_paths

    def _suggest_body(self, text: str, permitted: dict) -> dict:
        """Did-you-mean: titles of the closest documents this person may see.

        A looser query (any word, fuzzy) over titles only: titles are short, so this stays
        cheap where the same over bodies cost more than the search itself.
        """
        return {
            "query": {
                "bool": {
                    "filter": [permitted],
                    "must": [{"multi_match": {"query": text, "fields": ["title", "title.prefix"],
                                              "fuzziness": "AUTO", "prefix_length": 1, "max_expansions": 20,
                                              "operator": "or"}}],
                }
            },
            "size": 3,
            "_source": ["title"],
            "track_total_hits": False,
        }

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
    """A hit of an elasticsearch-dsl response (similarity queries)."""
    highlight = getattr(hit.meta, "highlight", None)
    return _hit_from_source(
        {"_source": hit.to_dict(), "highlight": highlight.to_dict() if highlight else {}, "_score": hit.meta.score}
    )


def _hit_from_source(hit: dict) -> Hit:
    """A hit of a raw response: highlighted title and snippet, or escaped text without a match."""
    source = hit["_source"]
    highlight = hit.get("highlight") or {}
    title = highlight["title"][0] if "title" in highlight else html.escape(source.get("title", ""))
    snippet = ""
    for name in ("summary", "body"):
        if name in highlight:
            snippet = highlight[name][0]
            break
    if not snippet:
        snippet = html.escape(_truncate(source.get("summary", "") or source.get("body", "")))
    date = source.get("date")
    return Hit(
        kind=source["kind"],
        object_id=source["object_id"],
        title=title,
        url=source["url"],
        snippet=snippet,
        date=str(date)[:10] if date else None,
        info=source.get("info") or {},
        score=hit.get("_score") or 0.0,
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

        results = SearchResults(
            backend=self.backend, degraded=True, page_size=params.page_size, answered_by=self.backend
        )
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
