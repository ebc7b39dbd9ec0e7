"""Demo content of the knowledge base (idempotent).

Creates what is missing and leaves existing pages alone, so running it again
never duplicates and never overwrites what editors changed. Needs the peer
network's demo data first (themes, policy domains, organisations), which
``load_demo`` loads before this.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from peergroups.demo import data as demo_data
from peergroups.models import Organisation, Theme

from . import demo_content as content
from . import site_setup
from .models import (
    AwardStatus,
    BestPracticePage,
    CaseYear,
    EventIndexPage,
    EventPage,
    HomeFeaturedItem,
    HomePage,
    InstrumentIndexPage,
    InstrumentPage,
    KnowledgeIndexPage,
    NewsIndexPage,
    NewsPage,
    ThemeFeaturedItem,
    ThemeIndexPage,
    ThemePage,
)

HOME_INTRO = (
    "<p>Een kennis- en leerplatform voor managers in de publieke sector. Hier delen gemeenten, "
    "provincies, waterschappen en uitvoeringsorganisaties hun goede praktijken, werken ze samen in "
    "peergroepen en werkgroepen, en helpen collega's elkaar met managementvragen en dilemma's.</p>"
)
INDEX_INTRO = (
    "<p>Goede voorbeelden uit de publieke sector, instrumenten om mee aan de slag te gaan, thema's, "
    "bijeenkomsten en nieuws. Zoek hieronder een organisatie die op de uwe lijkt: zelfde bestuurslaag, "
    "vergelijkbaar type en omvang, of dezelfde thema's.</p>"
)
SECTION_INTROS = {
    InstrumentIndexPage: "<p>Instrumenten uit het programma Good Governance en van Burgerlink, per pijler.</p>",
    ThemeIndexPage: (
        "<p>De vier pijlers van goed bestuur en de thema's waarop de finalisten van de verkiezing Beste "
        "Overheidsorganisatie zijn beschreven.</p>"
    ),
    EventIndexPage: "<p>Symposia, workshops, conferenties en regionale bijeenkomsten.</p>",
    NewsIndexPage: "<p>Nieuws van de redactie over de kennisbank en het platform.</p>",
}


def _paragraphs(*texts) -> list[tuple[str, str]]:
    return [("paragraph", f"<p>{escape(text)}</p>") for text in texts if text]


def _child(parent, slug):
    return parent.get_children().filter(slug=slug).first()


def _publish(parent, page, *, themes=(), tags=(), years=(), instruments=()):
    """Add ``page`` under ``parent`` with its relations, then publish it as one revision."""
    page.live = False
    parent.add_child(instance=page)
    if themes:
        page.themes.set(themes)
    if tags:
        page.tags.add(*tags)
    if years:
        page.years = [CaseYear(year=year, sort_order=i) for i, year in enumerate(years)]
    if instruments:
        page.related_instruments.set(instruments)
    page.save_revision().publish()
    return page


def _ensure_intro(page, intro):
    if not page.intro:
        page.intro = intro
        page.save_revision().publish()


def load_theme_pages(themes: dict[str, Theme]) -> int:
    index = ThemeIndexPage.objects.first()
    existing = set(ThemePage.objects.values_list("theme_id", flat=True))
    for slug in [t["slug"] for t in demo_data.THEMES]:
        theme = themes.get(slug)
        if theme is None or theme.pk in existing or _child(index, slug):
            continue
        _publish(
            index, ThemePage(title=theme.name, slug=slug, theme=theme, intro=f"<p>{escape(theme.description)}</p>")
        )
    return ThemePage.objects.count()


def load_instruments(themes: dict[str, Theme]) -> dict[str, InstrumentPage]:
    index = InstrumentIndexPage.objects.first()
    for data in content.INSTRUMENTS:
        if _child(index, data["slug"]):
            continue
        page = InstrumentPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            purpose=data["purpose"],
            how_to_use=_paragraphs(*data["how_to_use"]),
            pillar=themes.get(data["pillar"]),
            offered_by=data["offered_by"],
        )
        _publish(index, page, themes=[themes[s] for s in data["themes"] if s in themes])
    return {page.slug: page for page in InstrumentPage.objects.child_of(index)}


def _case_page(org: dict, organisation: Organisation | None, spec: dict) -> BestPracticePage:
    lat_lon = content.CITY_COORDINATES.get(org.get("city") or "")
    good_governance = spec.get("good_governance", False)
    if good_governance:
        summary = org["gg_case_summary"]
        body = _paragraphs(org.get("description", ""))
        award = (AwardStatus.GOOD_GOVERNANCE, content.GG_AWARD_NAME)
    else:
        summary = org["case_summary"]
        body = _paragraphs(org.get("description", ""), org.get("primary_processes", ""))
        years = ", ".join(str(y) for y in org["finalist_years"])
        award = (AwardStatus.FINALIST, f"{content.AWARD_NAME} {years}")
    return BestPracticePage(
        title=spec["title"],
        slug=org["slug"],
        summary=summary,
        organisation=organisation,
        organisation_name=org["name"],
        organisation_type=org["organisation_type"],
        government_layer=org["government_layer"],
        staff_count=org.get("staff_count"),
        policy_domain=organisation.policy_domain if organisation else None,
        province=org.get("province") or "",
        city=org.get("city") or "",
        latitude=lat_lon[0] if lat_lon else None,
        longitude=lat_lon[1] if lat_lon else None,
        website=org.get("website") or "",
        award_status=award[0],
        award_name=award[1],
        body=body,
        lessons=f"<p>{escape(org['lessons'])}</p>" if org.get("lessons") else "",
    )


def load_cases(themes: dict[str, Theme], instruments: dict[str, InstrumentPage]) -> int:
    index = KnowledgeIndexPage.objects.first()
    organisations = {o.slug: o for o in Organisation.objects.select_related("policy_domain")}
    by_slug = {o["slug"]: o for o in demo_data.ORGANISATIONS}
    for slug, spec in content.CASES.items():
        org = by_slug.get(slug)
        if org is None or _child(index, slug):
            continue
        page = _case_page(org, organisations.get(slug), spec)
        sections = []
        for theme_slug in content.CASE_THEME_ORDER:
            text = org.get("case_themes", {}).get(theme_slug)
            if text and theme_slug in themes:
                sections.append(("theme_section", {"theme": themes[theme_slug], "text": f"<p>{escape(text)}</p>"}))
        page.theme_sections = sections
        years = [content.GG_YEAR] if spec.get("good_governance") else org.get("finalist_years", [])
        _publish(
            index,
            page,
            themes=[themes[s] for s in spec["themes"] if s in themes],
            tags=spec["tags"],
            years=years,
            instruments=[instruments[s] for s in spec["instruments"] if s in instruments],
        )
    return BestPracticePage.objects.count()


def load_events(themes: dict[str, Theme]) -> int:
    """The demo events, dated relative to today; on a later load, existing ones move along."""
    index = EventIndexPage.objects.first()
    today = timezone.localdate()
    for data in content.EVENTS:
        day = today + dt.timedelta(days=data["days"])
        start = timezone.make_aware(dt.datetime.combine(day, dt.time(data["hour"])))
        end = start + dt.timedelta(hours=data["duration_hours"])
        existing = _child(index, data["slug"])
        if existing:
            page = existing.specific
            if page.start != start or page.province != data.get("province", ""):
                page.start, page.end, page.province = start, end, data.get("province", "")
                page.save_revision().publish()
            continue
        page = EventPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            event_type=data["event_type"],
            start=start,
            end=end,
            location=data["location"],
            province=data.get("province", ""),
            is_online=data["is_online"],
            organiser=data["organiser"],
            capacity=data["capacity"],
            body=_paragraphs(data["body"]),
        )
        _publish(index, page, themes=[themes[s] for s in data["themes"] if s in themes])
    return EventPage.objects.count()


def load_news(themes: dict[str, Theme]) -> int:
    index = NewsIndexPage.objects.first()
    today = timezone.localdate()
    for data in content.NEWS:
        if _child(index, data["slug"]):
            continue
        page = NewsPage(
            title=data["title"],
            slug=data["slug"],
            date=today - dt.timedelta(days=data["days"]),
            summary=data["summary"],
            body=_paragraphs(data["body"]),
        )
        _publish(index, page, themes=[themes[s] for s in data["themes"] if s in themes])
    return NewsPage.objects.count()


def _featured_page(kind: str, slug: str):
    model = {"case": BestPracticePage, "instrument": InstrumentPage, "event": EventPage}[kind]
    return model.objects.filter(slug=slug).first()


def load_featured(home: HomePage) -> None:
    """The curated collections, set once; editors reorder them afterwards."""
    if not home.featured_items.exists():
        items = [(_featured_page(kind, slug), note) for kind, slug, note in content.HOME_FEATURED]
        home.featured_heading = ""  # the standard heading, in the reader's language
        home.featured_items = [
            HomeFeaturedItem(page=page, note=note, sort_order=i) for i, (page, note) in enumerate(items) if page
        ]
        home.save_revision().publish()
    for theme_slug, entries in content.THEME_FEATURED.items():
        theme_page = ThemePage.objects.filter(theme__slug=theme_slug).first()
        if theme_page is None or theme_page.featured_items.exists():
            continue
        items = [(_featured_page(kind, slug), note) for kind, slug, note in entries]
        theme_page.featured_items = [
            ThemeFeaturedItem(page=page, note=note, sort_order=i) for i, (page, note) in enumerate(items) if page
        ]
        theme_page.save_revision().publish()


@transaction.atomic
def load():
    index = site_setup.ensure_site_structure()
    site_setup.ensure_editorial_workflow()
    home = HomePage.objects.get()
    if home.intro != HOME_INTRO or home.title != site_setup.HOME_TITLE:
        home.title = site_setup.HOME_TITLE
        home.intro = HOME_INTRO
        home.save_revision().publish()
    _ensure_intro(index, INDEX_INTRO)
    for model, intro in SECTION_INTROS.items():
        _ensure_intro(model.objects.get(), intro)

    themes = {t.slug: t for t in Theme.objects.all()}
    summary = {"themes": load_theme_pages(themes)}
    instruments = load_instruments(themes)
    summary["instruments"] = len(instruments)
    summary["cases"] = load_cases(themes, instruments)
    summary["events"] = load_events(themes)
    summary["news"] = load_news(themes)
    load_featured(HomePage.objects.get())
    return summary
