"""Extension points through which knowledge pages show things from other apps.

Imports between our apps run one way (``resultancy → knowledge → peergroups``),
yet the home page wants the help portal's open questions and a theme page
wants every group, dilemma and team tagged with its theme. Two ways in:

* Apps *above* knowledge (resultancy) register a provider from their
  ``AppConfig.ready()``: ``registry.register_theme_listing(provider)``.
* ``peergroups`` sits *below* knowledge and cannot import it. For it,
  knowledge looks up a function by its dotted path (``PEERGROUPS_…`` below)
  and calls it once it exists; until then the section is simply empty.

Every provider receives the viewer's permission context and must return only
what that person may see (through ``peergroups.policy``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

#: The help portal's function: ``(ctx, *, limit) -> iterable`` of questions/dilemmas
#: (objects with ``title`` and ``get_absolute_url()``) that still need an answer.
PEERGROUPS_OPEN_QUESTIONS = "peergroups.portal.queries.open_questions_needing_answer"

#: Peer-network listings for a theme page: ``(theme, ctx) -> iterable of ThemeListing``.
PEERGROUPS_THEME_LISTINGS = "peergroups.portal.themes.theme_listings"


@dataclass
class ThemeListing:
    """One block on a theme page: a heading and the items (with title and URL)."""

    key: str
    heading: str
    items: list = field(default_factory=list)


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


def _by_dotted_path(path: str) -> Callable | None:
    """The function at ``module.function`` if both exist, else None."""
    module_name, _, name = path.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None  # the module does not exist (yet)
        raise  # a real import error inside an existing module must not be hidden
    return getattr(module, name, None)


def open_questions_needing_answer(ctx, *, limit: int = 5) -> list:
    """Open questions and dilemmas for the home page, as the viewer may see them."""
    providers = list(_open_question_providers)
    portal = _by_dotted_path(PEERGROUPS_OPEN_QUESTIONS)
    if portal is not None:
        providers.insert(0, portal)
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
    from .listings import knowledge_theme_listings

    if ctx is None:
        ctx = viewer_context(request)
    providers = [knowledge_theme_listings]
    peer = _by_dotted_path(PEERGROUPS_THEME_LISTINGS)
    if peer is not None:
        providers.append(peer)
    providers.extend(_theme_listing_providers)
    listings: list[ThemeListing] = []
    for provider in providers:
        listings.extend(listing for listing in provider(theme, ctx) if listing.items)
    return listings
