"""Wagtail's own admin search (``/cms/pages/search/``) on the real Elasticsearch.

Issue 15: the first write into a Wagtail index that did not exist yet let Elasticsearch create
it with a guessed ("dynamic") mapping, in which ``pk`` is not a stored field; every search with
hits then failed with ``KeyError: 'fields'`` (HTTP 500).
"""

import uuid

import pytest
from django.conf import settings as django_settings

from knowledge.models import NewsIndexPage, NewsPage
from search import connection

pytestmark = pytest.mark.django_db


@pytest.fixture
def wagtail_index(settings):
    """Wagtail's search backend with a private index prefix; its indices removed afterwards."""
    prefix = f"test-{uuid.uuid4().hex[:10]}-wagtail-"
    backends = {name: dict(conf) for name, conf in django_settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"]["INDEX_PREFIX"] = prefix
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield prefix
    client = connection.get_client()
    for name in client.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        client.indices.delete(index=name, ignore_unavailable=True)


def publish_news(title):
    parent = NewsIndexPage.objects.get()
    page = NewsPage(title=title, slug=f"nieuws-{uuid.uuid4().hex[:8]}", summary="Over de raad.")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def admin_search(client, make_user, prefix, q):
    connection.get_client().indices.refresh(index=f"{prefix}*")
    client.force_login(make_user(is_superuser=True, is_staff=True))
    return client.get("/cms/pages/search/", {"q": q})


def test_admin_page_search_lists_a_page_written_into_a_new_index(wagtail_index, make_user, client):
    page = publish_news("Omgevingswet in de praktijk")

    response = admin_search(client, make_user, wagtail_index, "omgevingswet")

    assert response.status_code == 200
    assert [p.pk for p in response.context["object_list"]] == [page.pk]
    assert page.title in response.content.decode()


def test_admin_page_search_finds_a_long_dutch_compound_word(wagtail_index, make_user, client):
    # The admin searches the edge n-grams; Wagtail's default stops at 15 characters, so a word like
    # "raadsinformatiebrief" (20) was never found.
    page = publish_news("Raadsinformatiebrief over de omgevingswet")

    response = admin_search(client, make_user, wagtail_index, "Raadsinformatiebrief")

    assert [p.pk for p in response.context["object_list"]] == [page.pk]


def test_an_index_with_a_guessed_mapping_is_rebuilt_from_the_database(wagtail_index, make_user, client):
    from search.wagtail_search import ensure_indices

    page = publish_news("Omgevingswet in de praktijk")
    name = f"{wagtail_index}wagtailcore_page"
    es = connection.get_client()
    for index in es.indices.get(index=f"{wagtail_index}*"):
        es.indices.delete(index=index)
    # What a write did before: Elasticsearch makes the index and guesses its mapping.
    es.index(index=name, id="999999", document={"pk": "999999", "title": "iets"})

    assert ensure_indices()[name] == "guessed"
    assert ensure_indices()[name] == "ok"
    response = admin_search(client, make_user, wagtail_index, "omgevingswet")
    assert [p.pk for p in response.context["object_list"]] == [page.pk]


def test_a_page_saved_while_elasticsearch_is_unreachable_is_replayed_from_the_outbox(
    wagtail_index, settings, make_user, client
):
    import socket

    from search.indexing import process_outbox
    from search.models import IndexOutbox
    from search.wagtail_search import WAGTAIL_KIND

    reachable = settings.WAGTAILSEARCH_BACKENDS
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    down = {name: dict(conf) for name, conf in reachable.items()}
    down["default"]["URLS"] = [f"http://127.0.0.1:{closed}"]
    settings.WAGTAILSEARCH_BACKENDS = down  # a real refused connection; the shared server keeps running

    page = publish_news("Omgevingswet tijdens de storing")
    kept = IndexOutbox.objects.filter(kind=WAGTAIL_KIND, processed_at__isnull=True)
    assert f"knowledge.newspage:{page.pk}" in set(kept.values_list("object_id", flat=True))
    assert process_outbox() == 0  # still down: kept, not lost
    assert kept.exists()

    settings.WAGTAILSEARCH_BACKENDS = reachable
    assert process_outbox() >= 1
    assert not kept.exists()
    response = admin_search(client, make_user, wagtail_index, "storing")
    assert [p.pk for p in response.context["object_list"]] == [page.pk]


def test_the_worker_replays_kept_updates_with_no_new_write(wagtail_index, settings, make_user, client, monkeypatch):
    # Issue 15 (2): after an outage nothing replayed the outbox until somebody wrote again.
    import socket

    # The worker drops stale connections each loop; the test's connection holds its transaction.
    monkeypatch.setattr("platform_site.management.commands.run_worker.close_old_connections", lambda: None)

    from platform_site.management.commands.run_worker import SupervisedWorker
    from search.models import IndexOutbox

    reachable = settings.WAGTAILSEARCH_BACKENDS
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    down = {name: dict(conf) for name, conf in reachable.items()}
    down["default"]["URLS"] = [f"http://127.0.0.1:{closed}"]
    settings.WAGTAILSEARCH_BACKENDS = down
    page = publish_news("Omgevingswet na de storing")
    assert IndexOutbox.objects.filter(processed_at__isnull=True).exists()
    settings.WAGTAILSEARCH_BACKENDS = reachable  # Elasticsearch is back; nobody writes

    worker = SupervisedWorker(
        queue_names=["default"], interval=0, batch=False, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="test-worker", excluded_queue_names=[], replay_interval=5, max_backoff=1,
        with_tasks=False,
    )  # fmt: skip
    worker.supervise(max_loops=1)

    assert not IndexOutbox.objects.filter(processed_at__isnull=True).exists()
    response = admin_search(client, make_user, wagtail_index, "storing")
    assert [p.pk for p in response.context["object_list"]] == [page.pk]


def test_the_repair_builds_a_missing_index_from_the_database(wagtail_index, make_user, client):
    from search.wagtail_search import ensure_indices

    page = publish_news("Omgevingswet zonder index")
    es = connection.get_client()
    for index in es.indices.get(index=f"{wagtail_index}*"):
        es.indices.delete(index=index)  # lost, e.g. Elasticsearch came back empty

    assert ensure_indices()[f"{wagtail_index}wagtailcore_page"] == "missing"
    response = admin_search(client, make_user, wagtail_index, "omgevingswet")
    assert page.pk in [p.pk for p in response.context["object_list"]]


def test_a_process_checks_an_index_mapping_once_not_on_every_write(wagtail_index, monkeypatch, make_user, client):
    from search.wagtail_search import PlatformElasticsearchIndex

    checked = []
    original = PlatformElasticsearchIndex.state

    def counting_state(self):
        checked.append(self.name)
        return original(self)

    monkeypatch.setattr(PlatformElasticsearchIndex, "state", counting_state)
    first = publish_news("Omgevingswet eerste bericht")
    assert checked, "the first write checks its index"
    after_first = list(checked)
    second = publish_news("Omgevingswet tweede bericht")

    assert checked == after_first  # no check on later writes
    assert len(set(after_first)) == len(after_first)  # and each index once
    response = admin_search(client, make_user, wagtail_index, "omgevingswet")
    assert {p.pk for p in response.context["object_list"]} == {first.pk, second.pk}
