"""Permission scope inside the query, the durable outbox, and zero-downtime rebuilds."""

import threading

import pytest
from django.core.management import call_command
from django.db import transaction

from peergroups.models import Organisation
from search import service
from search.backends import ElasticsearchIndex, get_index
from search.indexing import process_outbox, schedule
from search.models import IndexOutbox
from search.registry import SearchDocument
from search.scope import SearchScope
from tests.faults import private_service
from tests.search.answered import answered_by_elasticsearch

pytestmark = pytest.mark.django_db


def put(*documents):
    index = ElasticsearchIndex()
    index.upsert(documents, refresh=True)


def doc(object_id, title, **fields):
    return SearchDocument(
        kind="learning_question", object_id=str(object_id), title=title, url=f"/x/{object_id}", **fields
    )


SCOPES = {
    "visitor": SearchScope(),
    "member": SearchScope(members=True),
    "group member": SearchScope(members=True, space_ids=frozenset({7})),
    "moderator": SearchScope(members=True, hidden=True),
    "admin": SearchScope(members=True, all_spaces=True),
}
# who -> titles they may find
EXPECTED = {
    "visitor": {"openbaar"},
    "member": {"openbaar", "ledenstuk"},
    "group member": {"openbaar", "ledenstuk", "geheimgroep"},
    "moderator": {"openbaar", "ledenstuk", "verborgenstuk"},
    "admin": {"openbaar", "ledenstuk", "geheimgroep", "andergroep"},
}


@pytest.fixture
def scoped(search_index):
    put(
        doc(1, "dilemma openbaar", audience="public"),
        doc(2, "dilemma ledenstuk", audience="members"),
        doc(3, "dilemma geheimgroep", audience="space", space_id=7),
        doc(4, "dilemma andergroep", audience="space", space_id=8),
        doc(5, "dilemma verborgenstuk", audience="members", hidden=True),
    )


@pytest.mark.parametrize("who", SCOPES)
def test_scope_filters_results_counts_facets_and_autocomplete(scoped, who):
    scope = SCOPES[who]
    results = answered_by_elasticsearch(service.search(service.SearchParams(text="dilemma"), scope))
    found = {h.title.replace("<mark>", "").replace("</mark>", "").split()[-1] for h in results.hits}
    assert found == EXPECTED[who]
    assert results.total == len(EXPECTED[who])
    assert sum(f.count for f in results.facets["kind"]) == len(EXPECTED[who])
    completions = {s["title"].split()[-1] for s in service.autocomplete("dilemma", scope)}
    assert completions == EXPECTED[who]
    secret = answered_by_elasticsearch(service.search(service.SearchParams(text="geheimgroep"), scope))
    assert (secret.total > 0) == ("geheimgroep" in EXPECTED[who])
    assert all("geheimgroep" not in s for s in secret.suggestions) or "geheimgroep" in EXPECTED[who]


def test_outbox_commits_with_the_write_and_not_on_rollback(
    search_index, make_organisation, django_capture_on_commit_callbacks
):
    organisation = make_organisation("Waterschap Vallei en Veluwe")
    with pytest.raises(RuntimeError), transaction.atomic():
        schedule("organisation", organisation.pk)
        raise RuntimeError("rolled back")
    assert not IndexOutbox.objects.exists()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        schedule("organisation", organisation.pk)
    get_index().refresh()
    assert service.search(service.SearchParams(text="Vallei Veluwe"), SearchScope()).total == 1
    assert not IndexOutbox.objects.filter(processed_at__isnull=True).exists()
    # A deleted object disappears from the index through the same path.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        pk = organisation.pk
        organisation.delete()
        schedule("organisation", pk)
    get_index().refresh()
    gone = answered_by_elasticsearch(service.search(service.SearchParams(text="Vallei Veluwe"), SearchScope()))
    assert gone.total == 0


def test_outbox_keeps_updates_during_an_outage_and_replays_them(
    on_private_elasticsearch, make_organisation, client, django_capture_on_commit_callbacks
):
    # The outage is real, on the fault tests' own Elasticsearch (tests/faults.py).
    ElasticsearchIndex().ensure()
    private_service("stop", "es")
    try:
        organisation = make_organisation("Veiligheidsregio Twente")
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            schedule("organisation", organisation.pk)
        row = IndexOutbox.objects.get(object_id=str(organisation.pk))
        assert row.processed_at is None and row.attempts == 1 and row.last_error
        # The search page says so in Dutch, and the rest of the site works.
        page = client.get("/zoeken/?q=twente")
        assert page.status_code == 200
        assert "tijdelijk niet beschikbaar" in page.content.decode()
        assert client.get("/organisaties/").status_code == 200
    finally:
        private_service("start", "es")
    assert process_outbox() == 1
    get_index().refresh()
    assert service.search(service.SearchParams(text="Twente"), SearchScope()).total == 1


def test_rebuild_swaps_alias_while_searches_keep_answering(search_index, make_organisation):
    for n in range(60):
        make_organisation(f"Gemeente Proef {n}", description="proefgemeente voor herindexering")
    call_command("search_reindex", verbosity=0)
    index = ElasticsearchIndex()
    first = index.current_indices()
    answers, failures = [], []
    stop = threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                answers.append(
                    service.get_search().search(service.SearchParams(text="proefgemeente"), SearchScope()).total
                )
            except Exception as exc:  # any failure during the swap is a defect
                failures.append(exc)

    thread = threading.Thread(target=keep_searching)
    thread.start()
    try:
        for _ in range(2):
            call_command("search_reindex", verbosity=0)
    finally:
        stop.set()
        thread.join()
    assert not failures
    assert answers and all(total == 60 for total in answers)
    assert index.current_indices() != first and len(index.current_indices()) == 1


def test_reindex_check_compares_counts(search_index, make_organisation, capsys):
    make_organisation("Provincie Drenthe", organisation_type="provincie", government_layer="regionaal")
    call_command("search_reindex", verbosity=0)
    # skip_checks=False runs the command as `manage.py` does, system checks included.
    call_command("search_reindex", check=True, skip_checks=False)
    assert "Database and index agree" in capsys.readouterr().out
    Organisation.objects.create(name="Nieuw", slug="nieuw", organisation_type="overig", government_layer="lokaal")
    with pytest.raises(Exception, match="differ"):
        call_command("search_reindex", check=True)


def test_database_fallback_behind_the_same_interface(settings, make_organisation):
    settings.ELASTICSEARCH_URL = ""
    make_organisation("Gemeente Deventer", description="Een Hanzestad met klanttevredenheidsonderzoek")
    call_command("search_reindex", verbosity=0)
    results = service.search(service.SearchParams(text="hanzestad"), SearchScope())
    assert results.backend == "database" and results.degraded
    assert results.total == 1 and "<mark>Hanzestad</mark>" in results.hits[0].snippet
    assert {f.value: f.count for f in results.facets["kind"]} == {"organisation": 1}


def test_an_index_made_before_a_field_was_added_gets_its_dutch_mapping(search_index, make_organisation):
    """An index built by an older release lacks the newer fields (``kind_words``, ``topics``): the
    first write maps them with Dutch analysis instead of letting Elasticsearch guess a mapping,
    and a document written then is found by its kind's name."""
    from search import analysis, backends
    from search.documents import ContentDocument

    index = ElasticsearchIndex()
    mapping = ContentDocument._doc_type.mapping.to_dict()
    old_fields = {k: v for k, v in mapping["properties"].items() if k not in ("kind_words", "topics")}
    name = f"{index.alias}-old"
    index.client.indices.create(index=name, settings=analysis.index_settings(), mappings={"properties": old_fields})
    index.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": index.alias}}])
    backends._mapped.discard(name)
    organisation = make_organisation("Gemeente Rheden")
    schedule("organisation", organisation.pk)
    process_outbox()
    index.refresh()
    found = index.client.indices.get_mapping(index=name).body[name]["mappings"]["properties"]
    assert found["kind_words"]["analyzer"] == analysis.DUTCH
    assert found["topics"]["analyzer"] == analysis.DUTCH
    hits = service.search(service.SearchParams(text="organisatie"), SearchScope()).hits
    assert [h.object_id for h in hits] == [str(organisation.pk)]


def test_the_database_fallback_finds_a_kind_by_its_name(settings, make_organisation):
    settings.ELASTICSEARCH_URL = ""
    make_organisation("Gemeente Deventer", description="Een Hanzestad")
    call_command("search_reindex", verbosity=0)
    results = service.search(service.SearchParams(text="organisatie"), SearchScope())
    assert results.backend == "database" and [h.title for h in results.hits] == ["Gemeente Deventer"]
