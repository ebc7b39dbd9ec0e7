"""Dutch analysis, synonyms, fuzziness, facets, highlighting and autocomplete on the real Elasticsearch."""

import pytest

from peergroups.models import LearningQuestion, Organisation, Theme
from search import service
from search.scope import PUBLIC_SCOPE
from tests.search.answered import answered_by_elasticsearch

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(make_organisation, reindex):
    Theme.objects.create(name="Klantoriëntatie", slug="klantorientatie", kind="pillar")
    kadaster = make_organisation(
        "Kadaster",
        organisation_type="zelfstandig_bestuursorgaan",
        government_layer="nationaal",
        province="gelderland",
        description="Registreert vastgoed en kadastrale percelen.",
    )
    zwolle = make_organisation("Gemeente Zwolle", province="overijssel", description="Hanzestad aan de IJssel.")
    tilburg = make_organisation("Gemeente Tilburg", province="noord-brabant", description="Stad in Brabant.")
    q1 = LearningQuestion.objects.create(
        organisation=zwolle,
        title="Hoe gebruiken we klanttevredenheidsonderzoeken in de raad?",
        body="Wij meten jaarlijks de tevredenheid van burgers.",
    )
    q1.themes.add(Theme.objects.get(slug="klantorientatie"))
    LearningQuestion.objects.create(
        organisation=tilburg,
        title="Een klanttevredenheidsonderzoek voor het KCC opzetten",
        body="Welke vragen stellen we aan bellers van het klantcontactcentrum?",
    )
    LearningQuestion.objects.create(
        organisation=kadaster, title="Integriteit <script>alert(1)</script> bespreekbaar maken"
    )
    reindex()
    return {"kadaster": kadaster, "zwolle": zwolle, "tilburg": tilburg}


def titles(results):
    return [hit.title for hit in results.hits]


def run(text="", **filters):
    return service.search(service.SearchParams(text=text, filters=filters), PUBLIC_SCOPE)


def test_stemming_and_compounds(content):
    results = run("klanttevredenheid")
    assert results.backend == "elasticsearch" and not results.degraded
    assert any("klanttevredenheidsonderzoeken" in t for t in titles(results))
    plural = run("klanttevredenheidsonderzoeken")
    assert {h.object_id for h in plural.hits} >= {h.object_id for h in run("klanttevredenheidsonderzoek").hits}


def test_synonyms_kto_and_kcc(content):
    assert any("klanttevredenheidsonderzoek" in t for t in titles(run("KTO")))
    assert any("KCC" in t for t in titles(run("klantcontactcentrum")))


def test_fuzziness_finds_misspelt_organisation(content):
    assert "Kadaster" in [t.replace("<mark>", "").replace("</mark>", "") for t in titles(run("Kadastre"))]
    assert answered_by_elasticsearch(run("Kadastrexyzw")).total == 0


def test_typo_tolerance_is_a_fallback_for_queries_that_find_nothing(content):
    # A doubled letter the stemmer does not undo: found through the unstemmed title words.
    assert any("bespreekbaar" in t for t in titles(run("bespreekbaaar")))
    # Spelt right, a word finds what contains it, not its near-spellings as well.
    assert titles(run("Tilburg")) and all("Tilburg" in t for t in titles(run("Tilburg")))


def test_highlight_marks_terms_and_escapes_html(content):
    hit = run("integriteit").hits[0]
    assert "<mark>Integriteit</mark>" in hit.title
    assert "<script>" not in hit.title and "&lt;script&gt;" in hit.title


def test_facet_counts_match_database(content):
    results = run()
    kinds = {f.value: f.count for f in results.facets["kind"]}
    assert kinds == {
        "organisation": Organisation.objects.count(),
        "learning_question": LearningQuestion.objects.count(),
    }
    # Documents without a value (e.g. no status) are counted, but no empty facet value is offered.
    assert all(value.value for values in results.facets.values() for value in values)
    provinces = {f.value: f.count for f in results.facets["province"]}
    assert provinces["overijssel"] == 2  # Zwolle and its learning question
    layer = {f.value: (f.label, f.count) for f in results.facets["government_layer"]}
    assert layer["nationaal"] == ("Nationaal", 2)
    filtered = run(province=["overijssel"])
    assert filtered.total == 2
    # Disjunctive facets: the province facet still counts the other provinces.
    assert {f.value for f in filtered.facets["province"]} >= {"overijssel", "noord-brabant", "gelderland"}


def test_autocomplete_returns_prefix_matches(content):
    suggestions = service.autocomplete("Gemeente Zw", PUBLIC_SCOPE)
    assert [s["title"] for s in suggestions][:1] == ["Gemeente Zwolle"]
    assert service.autocomplete("k", PUBLIC_SCOPE) == []


def test_did_you_mean_offers_visible_titles(content):
    results = answered_by_elasticsearch(run("Kadastre onbestaandwoordxyz"))
    assert results.total == 0
    assert "Kadaster" in results.suggestions


def test_secret_group_is_findable_by_its_members_only(search_index, make_user, django_capture_on_commit_callbacks):
    from peergroups.models.spaces import SpaceKind, Visibility
    from peergroups.policy import context_for
    from peergroups.spaces import actions as space_actions
    from search.scope import scope_for

    coordinator = make_user()
    outsider = make_user()
    with django_capture_on_commit_callbacks(execute=True):
        space_actions.create_space(kind=SpaceKind.PEER_GROUP, name="Verborgen intervisiekring", coordinator=coordinator,
                             visibility=Visibility.SECRET)
        space_actions.create_space(kind=SpaceKind.PEER_GROUP, name="Open intervisiekring", coordinator=coordinator,
                             visibility=Visibility.OPEN)
    from search.backends import get_index

    get_index().refresh()
    for user in (coordinator, outsider):
        context_for(user)  # warm, as a request would
    found = {
        who: {h.title.replace("<mark>", "").replace("</mark>", "") for h in
              service.search(service.SearchParams(text="intervisiekring"), scope_for(user)).hits}
        for who, user in (("coordinator", coordinator), ("outsider", outsider), ("visitor", None))
    }
    assert found["coordinator"] == {"Verborgen intervisiekring", "Open intervisiekring"}
    assert found["outsider"] == {"Open intervisiekring"}
    assert found["visitor"] == {"Open intervisiekring"}


def test_words_together_rank_above_the_same_words_apart(search_index, make_organisation, reindex):
    # Phrase proximity refines the order of the top hits (a rescore), on relevance sorting only.
    organisation = make_organisation("Gemeente Deventer")
    apart = LearningQuestion.objects.create(
        organisation=organisation, title="Vraag over bereikbaarheid",
        body="De wachttijden zijn lang en het digitale kanaal is druk.",
    )
    together = LearningQuestion.objects.create(
        organisation=organisation, title="Vraag over dienstverlening",
        body="De digitale wachttijden zijn lang en de telefoon is druk.",
    )
    reindex()
    ranked = [h.object_id for h in run("digitale wachttijden").hits]
    assert ranked[:2] == [str(together.pk), str(apart.pk)]
    by_date = service.search(service.SearchParams(text="digitale wachttijden", sort="date"), PUBLIC_SCOPE)
    assert by_date.total == 2  # no rescore with a date sort (Elasticsearch refuses the combination)
