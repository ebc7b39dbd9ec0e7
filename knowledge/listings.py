"""The knowledge pages tagged with a theme, as listings for its theme page."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import BestPracticePage, EventPage, InstrumentPage, NewsPage, visible_pages_q


@dataclass
class ThemeListing:
    """One block on a theme page: a heading and the items (with title and URL)."""

    key: str
    heading: str
    items: list = field(default_factory=list)


def knowledge_theme_listings(theme, ctx) -> list[ThemeListing]:
    """Cases, instruments, upcoming events and news tagged with ``theme`` (public pages only).

    Four queries, whatever the number of pages.
    """
    visible = visible_pages_q()
    cases = BestPracticePage.objects.filter(visible, themes=theme).select_related("policy_domain").order_by("title")
    instruments = (
        InstrumentPage.objects.filter(visible).filter(Q(pillar=theme) | Q(themes=theme)).distinct().order_by("title")
    )
    events = EventPage.objects.filter(visible, themes=theme, start__gte=timezone.now()).order_by("start")
    news = NewsPage.objects.filter(visible, themes=theme).order_by("-date")[:10]
    return [
        ThemeListing("cases", _("Best practices"), list(cases)),
        ThemeListing("instruments", _("Instruments"), list(instruments)),
        ThemeListing("events", _("Upcoming events"), list(events)),
        ThemeListing("news", _("News"), list(news)),
    ]
