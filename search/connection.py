"""The Elasticsearch connection, through elasticsearch-dsl.

``is_configured()`` is False in the embedded default (no ELASTICSEARCH_URL);
callers then use the database fallback behind the same search service.
"""

from django.conf import settings
from elasticsearch_dsl import connections

ALIAS = "default"
_configured_for: str | None = None


def is_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def get_client():
    """The shared client, created on first use (and again if the URL changed)."""
    global _configured_for
    url = settings.ELASTICSEARCH_URL
    if not url:
        raise RuntimeError("Elasticsearch is not configured (ELASTICSEARCH_URL is empty).")
    if _configured_for != url:
        connections.create_connection(
            alias=ALIAS,
            hosts=[url],
            request_timeout=settings.SEARCH_TIMEOUT,
            retry_on_timeout=False,
            max_retries=1,
        )
        _configured_for = url
    return connections.get_connection(ALIAS)


def reset() -> None:
    """Forget the client, e.g. in a forked process that must not share its parent's sockets."""
    global _configured_for
    _configured_for = None


def index_name(name: str) -> str:
    """Prefix an index or alias name so test runs and sites never share indices."""
    return f"{settings.SEARCH_INDEX_PREFIX}-{name}"
