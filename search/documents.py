"""The Elasticsearch document shared by every kind of content (one index, an alias)."""

from elasticsearch_dsl import Boolean, Date, Document, Float, Integer, Keyword, Object, Text

from . import analysis
from .connection import index_name

ALIAS = "content"


def _text(prefix: bool = False):
    fields = {"prefix": Text(analyzer=analysis.PREFIX, search_analyzer=analysis.PREFIX_SEARCH)} if prefix else {}
    return Text(analyzer=analysis.DUTCH, search_analyzer=analysis.DUTCH_SEARCH, fields=fields)


class ContentDocument(Document):
    kind = Keyword()
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
    themes = Keyword()
    government_layer = Keyword()
    organisation_type = Keyword()
    province = Keyword()
    year = Integer()
    status = Keyword()
    date = Date()
    audience = Keyword()
    space_id = Keyword()
    hidden = Boolean()
    boost = Float()
    info = Object(enabled=False)


def alias_name() -> str:
    return index_name(ALIAS)
