"""Helpers for "absent from search" assertions.

A search that is down, or that runs before any index exists, also finds nothing: an empty
result proves a leak is closed only when Elasticsearch itself answered. Every assertion that
something is *not* found first asserts that with one of these.
"""

from search import service
from search.scope import SearchScope


def answered_by_elasticsearch(found) -> service.SearchResults:
    """The results (a ``SearchResults`` or a response of the search page), asserted to come
    from an Elasticsearch index — not the database fallback, not an unavailable backend."""
    results = found.context["results"] if hasattr(found, "context") else found
    assert isinstance(results, service.SearchResults), results
    assert results.answered_by == "elasticsearch", (
        f"the search did not answer from Elasticsearch (answered_by={results.answered_by!r}, "
        f"unavailable={results.unavailable}): an empty result proves nothing"
    )
    return results


def assert_index_answers(scope: SearchScope | None = None) -> None:
    """Elasticsearch is up and its index holds documents this scope may find — the ground an
    empty autocomplete or similarity list stands on (those return plain lists)."""
    results = answered_by_elasticsearch(service.search(service.SearchParams(text=""), scope or SearchScope()))
    assert results.total > 0, "the index is empty: nothing found proves nothing"
