"""Every page type renders, in Dutch by default and in English on request."""

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape

from knowledge import registry
from knowledge.models import (
    BestPracticePage,
    EventIndexPage,
    EventPage,
    HomePage,
    InstrumentIndexPage,
    InstrumentPage,
    KnowledgeIndexPage,
    NewsIndexPage,
    NewsPage,
    ThemeIndexPage,
    ThemePage,
)

PAGE_TYPES = [
    HomePage,
    KnowledgeIndexPage,
    BestPracticePage,
    InstrumentIndexPage,
    InstrumentPage,
    ThemeIndexPage,
    ThemePage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_renders(demo, client, model):
    page = model.objects.live().first()
    response = client.get(page.url)
    assert response.status_code == 200
    assert escape(page.title) in response.content.decode()
    assert response.templates[0].name == page.specific.get_template(response.wsgi_request)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Vergelijkbare organisaties vinden", "Bestuurslaag", "Aantal medewerkers"]),
        ("en", ["Find comparable organisations", "Government layer", "Number of staff"]),
    ],
)
def test_the_finder_speaks_dutch_and_english(demo, client, language, expected):
    client.cookies["django_language"] = language
    html = client.get("/kennisbank/").content.decode()
    for text in expected:
        assert text in html


def test_page_type_and_block_labels_are_dutch():
    with translation.override("nl"):
        assert str(BestPracticePage._meta.verbose_name) == "praktijkvoorbeeld"
        assert str(EventPage._meta.verbose_name) == "evenement"
        assert str(BestPracticePage._meta.get_field("government_layer").verbose_name) == "bestuurslaag"
        section = BestPracticePage._meta.get_field("theme_sections").stream_block.child_blocks["theme_section"]
        assert str(section.label) == "Themasectie"
        assert str(section.child_blocks["theme"].label) == "Thema"
    with translation.override("en"):
        assert str(BestPracticePage._meta.verbose_name) == "best practice"


def test_case_page_shows_metadata_theme_sections_and_lessons(demo, client):
    page = BestPracticePage.objects.get(slug="cbs")
    html = client.get(page.url).content.decode()
    for text in (
        "Zelfstandig bestuursorgaan",
        "Nationaal",
        "2000",
        "Registratie en informatie",
        "2015",
        "Openheid",
        "Innovatie",
        "Lessen voor andere organisaties",
        "Finalist",
    ):
        assert text in html
    assert 'href="/organisaties/cbs/"' in html  # the organisation's profile on the platform


def test_theme_page_lists_everything_tagged_with_the_theme(demo, client):
    page = ThemePage.objects.get(theme__slug="klantorientatie")
    html = client.get(page.url).content.decode()
    for case in BestPracticePage.objects.live().filter(themes__slug="klantorientatie"):
        assert case.title in html
    for instrument in InstrumentPage.objects.live().filter(pillar__slug="klantorientatie"):
        assert instrument.title in html


def test_theme_page_featured_collection_keeps_the_editors_order(demo, client):
    page = ThemePage.objects.get(theme__slug="klantorientatie")
    html = client.get(page.url).content.decode()
    featured = html.split('id="theme-featured"')[1].split("</section>")[0]
    order = [featured.index(t) for t in ("Gemeente Den Haag", "Kwaliteitshandvest", "BurgerServiceCode")]
    assert order == sorted(order)


def test_home_page_shows_featured_latest_and_upcoming(demo, client):
    html = client.get("/").content.decode()
    featured = html.split('id="home-featured"')[1].split("</section>")[0]
    assert featured.index("Jeugdbescherming") < featured.index("Parkstad") < featured.index("BurgerServiceCode")
    assert "Uitgelicht door de redactie" in html
    assert "Symposium: leren van de finalisten" in html  # upcoming event
    assert "Werkconferentie Good Governance" not in html.split('id="home-events"')[1].split("</section>")[0]


def test_home_page_shows_open_questions_only_when_a_provider_exists(demo, client):
    assert 'id="home-open-questions"' not in client.get("/").content.decode()

    class Question:
        title = "Hoe houden we de werkdruk in het klantcontactcentrum beheersbaar?"

        def get_absolute_url(self):
            return "/vraagbaak/1/"

    seen = []

    def provider(ctx, *, limit):
        seen.append(ctx)
        return [Question()]

    registry.register_open_questions(provider)
    cache.clear()  # providers register at start-up; here the visitor's page was cached before
    try:
        html = client.get("/").content.decode()
    finally:
        registry.unregister(provider)
    assert 'id="home-open-questions"' in html and Question.title in html and 'href="/vraagbaak/1/"' in html
    assert seen and not seen[0].is_authenticated  # the provider filters for the viewer


def test_agenda_splits_upcoming_and_past(demo, client):
    page = EventIndexPage.objects.get()
    response = client.get(page.url)
    upcoming, past = response.context["upcoming"], response.context["past"]
    # A visitor sees the open group's regional activity, not the closed working group's.
    activities = [a.title for a in upcoming if not isinstance(a, EventPage)]
    assert activities == ["Regiobijeenkomst datakwaliteit van registers"]
    assert {e.slug for e in upcoming if isinstance(e, EventPage)} == {
        "symposium-leren-van-de-finalisten",
        "workshop-burgerservicecode-in-de-praktijk",
        "regiobijeenkomst-benchmarking-noord-nederland",
        "dilemmatraining-voor-leidinggevenden",
    }
    assert [e.slug for e in past] == [
        "online-sessie-samenwerking-in-europa",
        "werkconferentie-good-governance-in-de-praktijk",
    ]


def test_knowledge_index_url_is_in_the_main_navigation(demo, client):
    html = client.get("/kennisbank/").content.decode()
    assert '<a class="utrecht-nav-list__link" href="/kennisbank/" aria-current="page">Kennisbank</a>' in html


def test_unknown_page_is_a_404_not_an_error(demo, client):
    assert client.get("/kennisbank/bestaat-niet/").status_code == 404
