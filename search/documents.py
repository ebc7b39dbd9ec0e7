"""The Elasticsearch document shared by every kind of content (one index, an alias)."""

from elasticsearch_dsl import Boolean, Date, Document, Float, Integer, Keyword, Object, Text

from . import analysis
from .connection import index_name

ALIAS = "content"


def _text(prefix: bool = False):
    fields = {"prefix": Text(analyzer=analysis.PREFIX, search_analyzer=analysis.PREFIX_SEARCH)} if prefix else {}
    return Text(analyzer=analysis.DUTCH, search_analyzer=analysis.DUTCH_SEARCH, fields=fields)


def _facet():
    """A facet field: exact values, with the ordinals the facet counts use built at refresh
    (not by the first search after each refresh)."""
    return Keyword(eager_global_ordinals=True)


class ContentDocument(Document):
    kind = _facet()
    object_id = Keyword()
    title = Text(
        analyzer=analysis.DUTCH,
        search_analyzer=analysis.DUTCH_SEARCH,
        fields={
            "prefix": Text(analyzer=analysis.PREFIX, search_analyzer=analysis.PREFIX_SEARCH),
            "raw": Keyword(ignore_above=256),
        },
    )
    summary = _text(prefix=True)
    body = _text(prefix=True)
    url = Keyword(index=False)
    themes = _facet()
    government_layer = _facet()
    organisation_type = _facet()
    province = _facet()
    year = Integer()
    status = _facet()
    date = Date()
    audience = Keyword()
    space_id = Keyword()
    hidden = Boolean()
    boost = Float()
    info = Object(enabled=False)
    kind_words = _text()
    topics = _text()


def alias_name() -> str:
    return index_name(ALIAS)
