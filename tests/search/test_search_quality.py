"""Search quality on the real Elasticsearch over the demo content: the words members use find
what they mean (query -> expected item in the top 3), and what matched is highlighted."""

import re

import pytest

from knowledge.models import BestPracticePage
from peergroups.models import Space
from peergroups.models.spaces import SpaceKind, Visibility
from resultancy.models import ResultancyTeam
from search import service
from search.scope import PUBLIC_SCOPE
from tests.search.answered import answered_by_elasticsearch

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_index, db):
    return demo_index


def search(text):
    return answered_by_elasticsearch(service.search(service.SearchParams(text=text), PUBLIC_SCOPE))


def plain(html):
    return re.sub(r"</?mark>", "", html)


def listed_spaces(kind):
    return {
        str(pk)
        for pk in Space.objects.filter(kind=kind).exclude(visibility=Visibility.SECRET).values_list("pk", flat=True)
    }


@pytest.mark.parametrize("query", ["peergroep", "peergroepen", "Peergroepen"])
def test_peer_groups_are_found_by_what_they_are_called(demo, query):
    peer_groups = listed_spaces(SpaceKind.PEER_GROUP)
    assert len(peer_groups) == 3
    results = search(query)
    assert {h.object_id for h in results.hits[:3] if h.kind == "space"} == peer_groups


def test_werkgroep_ranks_the_working_groups_above_organisations_that_mention_one(demo):
    working_groups = listed_spaces(SpaceKind.WORKING_GROUP)
    assert len(working_groups) == 4
    results = search("werkgroep")
    top = results.hits[: len(working_groups)]
    assert {h.kind for h in top} == {"space"} and {h.object_id for h in top} == working_groups
    # Organisations whose text says "VGS-werkgroep" are still found, below the groups.
    assert "organisation" in {h.kind for h in results.hits}


def test_a_kind_word_and_a_subject_find_the_group_about_that_subject(demo):
    bedrijfsvoering = Space.objects.get(kind=SpaceKind.WORKING_GROUP, name="Bedrijfsvoering")
    first = search("werkgroep bedrijfsvoering").hits[0]
    assert (first.kind, first.object_id) == ("space", str(bedrijfsvoering.pk))


@pytest.mark.parametrize("query", ["resultancy", "resultancyteam", "resultancy-team", "resultancyteams"])
def test_resultancy_finds_the_resultancy_teams(demo, query):
    teams = {str(pk) for pk in ResultancyTeam.objects.values_list("pk", flat=True)}
    assert len(teams) == 2
    assert {h.object_id for h in search(query).hits[:3] if h.kind == "resultancy_team"} == teams


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("praktijkvoorbeeld", "best_practice"),
        ("praktijkvoorbeelden", "best_practice"),
        ("instrument", "instrument"),
        ("instrumenten", "instrument"),
        ("evenement", "event"),
        ("evenementen", "event"),
    ],
)
def test_a_query_naming_a_kind_ranks_that_kind_first(demo, query, kind):
    assert [h.kind for h in search(query).hits[:3]] == [kind] * 3


def test_a_theme_word_finds_the_cases_with_a_section_about_that_theme(demo):
    with_section = {
        str(page.pk)
        for page in BestPracticePage.objects.live()
        if any(block.value["theme"] and block.value["theme"].name == "Werkgeverschap" for block in page.theme_sections)
    }
    assert len(with_section) >= 13
    results = search("werkgeverschap")
    assert {h.object_id for h in results.hits[:3] if h.kind == "best_practice"} & with_section
    everything = answered_by_elasticsearch(
        service.search(service.SearchParams(text="werkgeverschap", page_size=50), PUBLIC_SCOPE)
    )
    assert with_section <= {h.object_id for h in everything.hits if h.kind == "best_practice"}


def test_a_misspelt_name_found_by_typo_tolerance_is_highlighted(demo):
    results = search("Rijkswaterstraat")
    assert len(results.hits) >= 2
    for hit in results.hits:
        assert "<mark>Rijkswaterstaat</mark>" in hit.title, hit.title


def test_a_word_found_inside_compounds_is_highlighted_in_every_hit(demo):
    results = search("klanttevredenheid")
    assert len(results.hits) >= 5
    for hit in results.hits:
        marked = re.findall(r"<mark>(.*?)</mark>", hit.title + hit.snippet)
        assert marked, f"nothing highlighted in {plain(hit.title)!r}: {hit.snippet!r}"
        assert all(word.lower().startswith("klanttevredenheid") for word in marked), marked


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", {"delivered": "Opgeleverd", "team_formed": "Team gevormd"}),
        ("en", {"delivered": "Delivered", "team_formed": "Team formed"}),
    ],
)
def test_search_facets_show_translated_labels_never_stored_values(demo, client, make_user, language, expected):
    client.cookies["django_language"] = language
    client.force_login(make_user())  # a member: strategic issues (and their statuses) are for members
    response = client.get("/zoeken/", {"q": ""})
    answered_by_elasticsearch(response)
    facets = {facet["name"]: facet for facet in response.context["facets"]}
    labels = {item["facet"].value: item["facet"].label for item in facets["status"]["values"]}
    assert {value: labels.get(value) for value in expected} == expected
    html = response.content.decode()
    for name, facet in facets.items():
        for item in facet["values"]:
            value, label = item["facet"].value, item["facet"].label
            if name != "year":
                assert label != value, f"{name} facet shows its stored value {value!r}"
                assert f">{value} <" not in html


def test_editors_are_not_colleagues_who_faced_this_for_the_cases_of_their_organisation(demo, make_user):
    from peergroups import policy as permissions
    from peergroups.models import Organisation, User
    from peergroups.portal import actions as thread_actions
    from peergroups.portal import queries as threads

    case = BestPracticePage.objects.live().get(title__startswith="Rijksbrede Benchmark Groep")
    organisation = Organisation.objects.get(name=case.organisation_name)
    editors = set(User.objects.filter(groups__name=permissions.ROLE_EDITORS, profile__organisation=organisation))
    assert editors, "the demo's editors work at the organisation of this case"
    manager = make_user(organisation=organisation)
    viewer = make_user()
    thread = thread_actions.do_create_thread(
        viewer, thread_actions.get_portal(), kind="question", title=case.title, body=case.summary
    )
    found = {c.user: c for c in threads.colleagues_for(permissions.context_for(viewer), thread)}
    # The case was found: a manager who works there is listed for it ...
    assert manager in found and organisation.name in " ".join(found[manager].reasons)
    # ... and the editors, who work there too but wrote the knowledge base, are not.
    assert not editors & set(found)
