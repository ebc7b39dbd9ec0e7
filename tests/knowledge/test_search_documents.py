"""Knowledge pages as documents of the site search, and when they leave the index."""

from knowledge.documents import KINDS, case_document
from knowledge.models import BestPracticePage, InstrumentPage


def test_a_case_document_carries_the_facets_of_the_search_page(demo):
    page = BestPracticePage.objects.get(slug="hhnk")
    document = case_document(page)
    assert document.kind == "best_practice" and document.url == "/kennisbank/hhnk/"
    assert document.government_layer == "regionaal" and document.organisation_type == "waterschap"
    assert document.province == "noord-holland" and document.year == 2014
    assert "openheid" in document.themes
    assert "Deltavisie" in document.summary and "Poepfabriek" in document.body  # theme sections are searchable
    assert document.info["organisation"].startswith("Hoogheemraadschap")


def test_unpublished_pages_leave_the_indexed_set(demo):
    kind = KINDS[InstrumentPage]
    page = InstrumentPage.objects.get(slug="saint")
    assert kind.queryset().filter(pk=page.pk).exists()
    page.unpublish()
    assert not kind.queryset().filter(pk=page.pk).exists()


def test_publishing_schedules_an_index_update(demo, django_capture_on_commit_callbacks):
    from search.models import IndexOutbox

    page = BestPracticePage.objects.get(slug="cbs")
    before = IndexOutbox.objects.filter(kind="best_practice", object_id=str(page.pk)).count()
    with django_capture_on_commit_callbacks(execute=False):
        page.save_revision().publish()
    assert IndexOutbox.objects.filter(kind="best_practice", object_id=str(page.pk)).count() == before + 1
