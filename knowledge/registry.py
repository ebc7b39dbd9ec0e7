"""Extension points through which knowledge pages show things from other apps.

Imports between our apps run one way (``resultancy → knowledge → peergroups``),
yet the home page wants the help portal's open questions and a theme page
wants every group, dilemma and team tagged with its theme:

* ``peergroups`` sits *below* knowledge: its functions are imported and called
  directly (``open_questions_needing_answer``, ``theme_listings``).
* Apps *above* knowledge (resultancy) register a provider from their
  ``AppConfig.ready()``: ``registry.register_theme_listing(provider)``.

Every provider receives the viewer's permission context and must return only
what that person may see (through ``peergroups.policy``).
"""

from __future__ import annotations

from collections.abc import Callable

from peergroups.portal.queries import open_questions_needing_answer as portal_open_questions
from peergroups.portal.themes import theme_listings as peer_network_theme_listings

from .listings import ThemeListing, knowledge_theme_listings

_open_question_providers: list[Callable] = []
_theme_listing_providers: list[Callable] = []


def register_open_questions(provider: Callable) -> Callable:
    """Add a provider ``(ctx, *, limit) -> iterable`` of open questions for the home page."""
    if provider not in _open_question_providers:
        _open_question_providers.append(provider)
    return provider


def register_theme_listing(provider: Callable) -> Callable:
    """Add a provider ``(theme, ctx) -> iterable of ThemeListing`` for theme pages."""
    if provider not in _theme_listing_providers:
        _theme_listing_providers.append(provider)
    return provider


def unregister(provider: Callable) -> None:
    """Remove a provider (tests)."""
    for providers in (_open_question_providers, _theme_listing_providers):
        if provider in providers:
            providers.remove(provider)


def open_questions_needing_answer(ctx, *, limit: int = 5) -> list:
    """Open questions and dilemmas for the home page, as the viewer may see them."""
    providers = [portal_open_questions, *_open_question_providers]
    questions: list = []
    for provider in providers:
        questions.extend(provider(ctx, limit=limit))
        if len(questions) >= limit:
            break
    return questions[:limit]


def viewer_context(request):
    """The permission context of the request's user (also for Wagtail's preview requests)."""
    from peergroups.policy import context_for

    return getattr(request, "permissions", None) or context_for(getattr(request, "user", None))


def theme_listings(theme, *, request=None, ctx=None) -> list[ThemeListing]:
    """Everything tagged with ``theme`` that the viewer may see: pages first, then other apps."""
    if ctx is None:
        ctx = viewer_context(request)
    providers = [knowledge_theme_listings, peer_network_theme_listings, *_theme_listing_providers]
    listings: list[ThemeListing] = []
    for provider in providers:
        listings.extend(listing for listing in provider(theme, ctx) if listing.items)
    return listings
