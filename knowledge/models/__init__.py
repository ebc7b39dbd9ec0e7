"""Knowledge pages (Wagtail), one module per section; import them from here.

The page tree::

    HomePage                      /
    └── KnowledgeIndexPage        /kennisbank/          (the finder)
        ├── BestPracticePage      /kennisbank/<case>/
        ├── InstrumentIndexPage   /kennisbank/instrumenten/  → InstrumentPage
        ├── ThemeIndexPage        /kennisbank/themas/        → ThemePage
        ├── EventIndexPage        /kennisbank/agenda/        → EventPage
        └── NewsIndexPage         /kennisbank/nieuws/        → NewsPage
"""

from .agenda import EventIndexPage, EventPage, EventType, NewsIndexPage, NewsPage
from .base import (
    RESERVED_SLUGS,
    FeaturedItem,
    HomeFeaturedItem,
    KnowledgePage,
    ThemeFeaturedItem,
    featured_pages,
    visible_pages_q,
)
from .cases import (
    AwardStatus,
    BestPracticePage,
    BestPracticeTag,
    CaseYear,
    KnowledgeIndexPage,
    RelatedCase,
    SourceKind,
)
from .home import HomePage
from .instruments import InstrumentIndexPage, InstrumentPage
from .registrations import Registration
from .themes import ThemeIndexPage, ThemePage, theme_pages_by_theme_id
from .workflow import EditorialReviewTask

__all__ = [
    "Registration",
    "RESERVED_SLUGS",
    "AwardStatus",
    "BestPracticePage",
    "BestPracticeTag",
    "CaseYear",
    "EditorialReviewTask",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "FeaturedItem",
    "HomeFeaturedItem",
    "HomePage",
    "InstrumentIndexPage",
    "InstrumentPage",
    "KnowledgeIndexPage",
    "KnowledgePage",
    "NewsIndexPage",
    "NewsPage",
    "RelatedCase",
    "SourceKind",
    "ThemeFeaturedItem",
    "ThemeIndexPage",
    "ThemePage",
    "featured_pages",
    "theme_pages_by_theme_id",
    "visible_pages_q",
]
