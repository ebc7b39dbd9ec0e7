"""What a person may find: decided by the policy, applied here inside the query.

The permission policy (``peergroups.policy``) answers *which* audiences
and spaces a person may see, as a ``SearchScope``; this module turns that one
answer into an Elasticsearch filter and a Django ``Q`` over the search fields,
so results, counts, facets, suggestions and autocomplete all apply the same
rule inside the query. ``search`` imports none of our apps: peergroups
registers its provider at start-up (``register_scope_provider``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Q
from elasticsearch_dsl import Q as ESQ

AUDIENCE_PUBLIC = "public"  # anyone, logged in or not
AUDIENCE_MEMBERS = "members"  # any admitted member
AUDIENCE_SPACE = "space"  # members of one space (closed or secret group, team)


@dataclass(frozen=True)
class SearchScope:
    members: bool = False  # may see audience=members
    space_ids: frozenset[int] = field(default_factory=frozenset)  # may see audience=space for these
    all_spaces: bool = False  # site administrators
    hidden: bool = False  # moderators see hidden content (in moderation views only)


PUBLIC_SCOPE = SearchScope()

_provider: Callable[[object], SearchScope] | None = None


def register_scope_provider(provider: Callable[[object], SearchScope]) -> None:
    global _provider
    _provider = provider


def scope_for(user) -> SearchScope:
    """The scope of a user; without a registered provider, public content only."""
    if _provider is None or user is None:
        return PUBLIC_SCOPE
    return _provider(user)


def es_filter(scope: SearchScope) -> ESQ:
    allowed = [ESQ("term", audience=AUDIENCE_PUBLIC)]
    if scope.members:
        allowed.append(ESQ("term", audience=AUDIENCE_MEMBERS))
    if scope.all_spaces:
        allowed.append(ESQ("term", audience=AUDIENCE_SPACE))
    elif scope.space_ids:
        allowed.append(
            ESQ("bool", filter=[ESQ("term", audience=AUDIENCE_SPACE), ESQ("terms", space_id=sorted(scope.space_ids))])
        )
    query = ESQ("bool", should=allowed, minimum_should_match=1)
    if not scope.hidden:
        query = ESQ("bool", filter=[query], must_not=[ESQ("term", hidden=True)])
    return query


def db_filter(scope: SearchScope) -> Q:
    allowed = Q(audience=AUDIENCE_PUBLIC)
    if scope.members:
        allowed |= Q(audience=AUDIENCE_MEMBERS)
    if scope.all_spaces:
        allowed |= Q(audience=AUDIENCE_SPACE)
    elif scope.space_ids:
        allowed |= Q(audience=AUDIENCE_SPACE, space_id__in=sorted(scope.space_ids))
    if not scope.hidden:
        allowed &= Q(hidden=False)
    return allowed
