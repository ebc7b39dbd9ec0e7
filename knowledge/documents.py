"""Knowledge pages on the site's search page (/zoeken/), and when they are re-indexed.

Found by the search app's autodiscovery. Each kind's queryset holds only live
pages outside private sections, so the index update (which rebuilds from the
queryset) removes a page as soon as it is unpublished, made private or deleted.

Pages are written in the Wagtail admin, not through our actions, so Wagtail's
own signals (published, unpublished, moved, deleted) schedule the updates in
the durable outbox of ``search.indexing``.
"""

from django.db.models.signals import post_delete
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing
from search.registry import IndexedKind, SearchDocument, dated, register
from search.scope import AUDIENCE_PUBLIC

from .models import BestPracticePage, EventPage, InstrumentPage, NewsPage, ThemePage, visible_pages_q


def _text(page, *field_names) -> str:
    parts = []
    for name in field_names:
        field = page._meta.get_field(name)
        value = getattr(page, name)
        if hasattr(field, "stream_block"):
            parts.extend(str(s) for s in field.get_searchable_content(value))
        else:
            parts.append(strip_tags(str(value or "")))
    return "\n".join(p for p in parts if p)


def _section_themes(page: BestPracticePage) -> list[str]:
    """The themes a case writes a section about ("Werkgeverschap", "Openheid"), in page order."""
    names = []
    for block in page.theme_sections:
        theme = block.value.get("theme") if block.block_type == "theme_section" else None
        if theme is not None and theme.name not in names:
            names.append(theme.name)
    return names


def case_document(page: BestPracticePage) -> SearchDocument:
    years = sorted(y.year for y in page.years.all())
    return SearchDocument(
        kind="best_practice",
        object_id=str(page.pk),
        title=page.title,
        url=page.url,
        summary=page.summary,
        body=_text(page, "body", "theme_sections", "lessons"),
        themes=sorted(t.slug for t in page.themes.all()),
        government_layer=page.government_layer,
        organisation_type=page.organisation_type,
        province=page.province,
        year=years[0] if years else None,
        date=page.last_published_at,
        audience=AUDIENCE_PUBLIC,
        boost=1.5,
        topics=_section_themes(page),
        info={"organisation": page.organisation_name, "place": page.city},
    )


def instrument_document(page: InstrumentPage) -> SearchDocument:
    themes = {t.slug for t in page.themes.all()} | ({page.pillar.slug} if page.pillar else set())
    return SearchDocument(
        kind="instrument",
        object_id=str(page.pk),
        title=page.title,
        url=page.url,
        summary=page.summary,
        body=_text(page, "purpose", "how_to_use"),
        themes=sorted(themes),
        date=page.last_published_at,
        audience=AUDIENCE_PUBLIC,
        boost=1.3,
        info={"offered_by": page.offered_by},
    )


def _dated_page_document(page, kind: str, moment, **extra) -> SearchDocument:
    """An event or a news item: its text, themes and the moment it is about."""
    return SearchDocument(
        kind=kind,
        object_id=str(page.pk),
        title=page.title,
        url=page.url,
        summary=page.summary,
        body=_text(page, "body"),
        themes=sorted(t.slug for t in page.themes.all()),
        **dated(moment),
        audience=AUDIENCE_PUBLIC,
        **extra,
    )


def event_document(page: EventPage) -> SearchDocument:
    return _dated_page_document(page, "event", page.start, info={"place": page.location})


def news_document(page: NewsPage) -> SearchDocument:
    return _dated_page_document(page, "news", page.date)


def theme_document(page: ThemePage) -> SearchDocument:
    return SearchDocument(
        kind="theme",
        object_id=str(page.pk),
        title=page.title,
        url=page.url,
        summary=page.theme.description,
        body=_text(page, "intro", "body"),
        themes=[page.theme.slug],
        date=page.last_published_at,
        audience=AUDIENCE_PUBLIC,
        boost=1.2,
    )


def _page_kind(name, label, model, to_document, *, related=(), prefetch=()) -> IndexedKind:
    """A page type's kind: its live pages outside private sections."""

    def queryset():
        pages = model.objects.filter(visible_pages_q()).prefetch_related(*prefetch)
        return pages.select_related(*related) if related else pages

    return register(IndexedKind(name=name, label=label, model=model, queryset=queryset, to_document=to_document))


KINDS = {
    BestPracticePage: _page_kind(
        "best_practice", _("Best practice"), BestPracticePage, case_document, prefetch=("themes", "years")
    ),
    InstrumentPage: _page_kind(
        "instrument", _("Instrument"), InstrumentPage, instrument_document, related=("pillar",), prefetch=("themes",)
    ),
    EventPage: _page_kind("event", _("Event"), EventPage, event_document, prefetch=("themes",)),
    NewsPage: _page_kind("news", _("News"), NewsPage, news_document, prefetch=("themes",)),
    ThemePage: _page_kind("theme", _("Theme"), ThemePage, theme_document, related=("theme",)),
}


def schedule_page(page) -> None:
    """Re-index one knowledge page (and nothing for other page types)."""
    kind = KINDS.get(type(page))
    if kind is not None:
        indexing.schedule(kind.name, page.pk)


def _on_page_change(sender, instance, **kwargs):
    schedule_page(instance.specific if type(instance) not in KINDS else instance)


def _on_move(sender, instance, **kwargs):
    # A moved section changes the addresses of everything below it.
    for page in instance.get_descendants(inclusive=True).specific():
        schedule_page(page)


page_published.connect(_on_page_change, dispatch_uid="knowledge.index_published")
page_unpublished.connect(_on_page_change, dispatch_uid="knowledge.index_unpublished")
post_page_move.connect(_on_move, dispatch_uid="knowledge.index_moved")
for _model in KINDS:
    post_delete.connect(_on_page_change, sender=_model, dispatch_uid=f"knowledge.index_deleted.{_model.__name__}")
