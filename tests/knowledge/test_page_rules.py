"""Where each page type may live, how many there may be, and what the models refuse."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

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

pytestmark = pytest.mark.django_db

ALL = [
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


def test_the_section_tree_exists_after_migrate():
    index = KnowledgeIndexPage.objects.get()
    assert index.get_parent().specific_class is HomePage and index.url == "/kennisbank/"
    assert {type(p) for p in index.get_children().specific()} >= {
        InstrumentIndexPage,
        ThemeIndexPage,
        EventIndexPage,
        NewsIndexPage,
    }


def test_allowed_children():
    assert set(HomePage.allowed_subpage_models()) == {KnowledgeIndexPage}
    assert set(KnowledgeIndexPage.allowed_subpage_models()) == {
        BestPracticePage,
        InstrumentIndexPage,
        ThemeIndexPage,
        EventIndexPage,
        NewsIndexPage,
    }
    assert InstrumentIndexPage.allowed_subpage_models() == [InstrumentPage]
    assert ThemeIndexPage.allowed_subpage_models() == [ThemePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    for leaf in (BestPracticePage, InstrumentPage, ThemePage, EventPage, NewsPage):
        assert leaf.allowed_subpage_models() == []


def test_one_of_each_index_and_cases_only_in_the_knowledge_base():
    home, index = HomePage.objects.get(), KnowledgeIndexPage.objects.get()
    assert not KnowledgeIndexPage.can_create_at(home)  # max_count 1, already there
    assert not InstrumentIndexPage.can_create_at(index)
    assert not BestPracticePage.can_create_at(home)
    assert BestPracticePage.can_create_at(index)
    assert not EventPage.can_create_at(index)


def test_the_admin_refuses_a_case_under_the_home_page(editor, client_for):
    home = HomePage.objects.get()
    client = client_for(editor)
    url = reverse("wagtailadmin_pages:add", args=("knowledge", "bestpracticepage", home.pk))
    pages = Page.objects.count()
    # Wagtail answers a refused admin view by sending the editor to the dashboard.
    for response in (client.get(url), client.post(url, {"title": "Verkeerde plek", "slug": "verkeerde-plek"})):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not BestPracticePage.objects.child_of(home).exists()
    assert Page.objects.count() == pages  # nothing was created anywhere


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.__name__)
def test_every_page_type_declares_search_fields(model):
    names = {field.field_name for field in model.search_fields}
    assert "title" in names
    own = {
        "HomePage": "intro",
        "BestPracticePage": "organisation_name",
        "InstrumentPage": "purpose",
        "EventPage": "body",
        "NewsPage": "body",
        "ThemePage": "intro",
    }.get(model.__name__, "intro")
    assert own in names


def case(**fields):
    defaults = {
        "title": "Een geval",
        "slug": "een-geval",
        "organisation_name": "Gemeente Proef",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
    }
    return BestPracticePage(**{**defaults, **fields})


def test_case_rules():
    index = KnowledgeIndexPage.objects.get()
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=case(latitude=52.1, live=True))
    assert "longitude" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=case(slug="kaart", live=True))
    assert "slug" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=case(latitude=40.0, longitude=5.0, live=True))  # not in the Netherlands
    assert "latitude" in error.value.message_dict
    page = index.add_child(instance=case(latitude=52.1, longitude=5.1, staff_count=300, live=True))
    assert page.staff_size_band == "250-1000"


def test_event_rules():
    agenda = EventIndexPage.objects.get()
    start = timezone.now()
    with pytest.raises(ValidationError) as error:
        agenda.add_child(
            instance=EventPage(
                title="X",
                slug="x",
                event_type="workshop",
                start=start,
                end=start - dt.timedelta(hours=1),
                location="Zwolle",
                live=True,
            )
        )
    assert "end" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        agenda.add_child(instance=EventPage(title="Y", slug="y", event_type="workshop", start=start, live=True))
    assert "location" in error.value.message_dict
    assert agenda.add_child(
        instance=EventPage(title="Z", slug="z", event_type="workshop", start=start, is_online=True, live=True)
    ).pk
