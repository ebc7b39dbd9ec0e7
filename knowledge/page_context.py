"""The template context of knowledge pages that comes from modules above the page models.

The finder, comparable cases, the theme listings, the home page's open questions and an event's registration
block all query the page models, so the models cannot import them. Each page's
``get_context`` asks for its kind of context (``models.base.provided_context``) and the
functions here provide it; ``KnowledgeConfig.ready`` loads this module.
"""

from . import finder, registry
from .comparable import comparable_cases
from .event_views import registration_panel
from .models.base import provides_context


@provides_context("home")
def home_context(page, request, context) -> dict:
    """Open questions from the help portal, as this reader may see them."""
    return {"open_questions": registry.open_questions_needing_answer(registry.viewer_context(request), limit=5)}


@provides_context("knowledge_index")
def knowledge_index_context(page, request, context) -> dict:
    """The case finder's filters and results for the query string."""
    return {"finder": finder.run(request.GET, request=request)}


@provides_context("theme")
def theme_context(page, request, context) -> dict:
    """Everything tagged with the page's theme that this reader may see."""
    return {"listings": registry.theme_listings(page.theme, request=request)}


@provides_context("event")
def event_context(page, request, context) -> dict:
    """The registration block: places, waiting list, and what this reader may do."""
    return {"panel": registration_panel(request, page)}


@provides_context("case")
def case_context(page, request, context) -> dict:
    """Up to five cases from comparable organisations, sharing a theme where possible."""
    return {"comparable": comparable_cases(page, limit=5, theme_ids=[t.pk for t in context["case_themes"]])}
