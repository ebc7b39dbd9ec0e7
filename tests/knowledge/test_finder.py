"""The finder over the demo cases: facets, counts (checked against the database), URLs, htmx."""

from collections import Counter

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import Count
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext, override_settings

from knowledge import finder
from knowledge.generate import generate_cases
from knowledge.models import BestPracticePage, CaseYear
from peergroups.core.taxonomy import STAFF_SIZE_BANDS, staff_size_band

URL = "/kennisbank/"


def run(query=""):
    return finder.run(QueryDict(query))


def facet(result, key):
    return {o.value: o.count for o in next(f for f in result.facets if f.key == key).options}


def live_cases():
    return BestPracticePage.objects.live()


def test_the_demo_has_eighteen_cases_thirteen_finalists(demo):
    # The resultancy demo adds its deliverable, published through the draft hook.
    from_teams = live_cases().filter(source_kind="deliverable").count()
    assert run().total == live_cases().count() == 18 + from_teams
    assert live_cases().filter(award_status="finalist").count() == 13


@pytest.mark.parametrize(
    ("key", "field"), [("bestuurslaag", "government_layer"), ("type", "organisation_type"), ("provincie", "province")]
)
def test_counts_of_the_vocabulary_facets_equal_a_direct_count(demo, key, field):
    rows = live_cases().order_by().values(field).annotate(n=Count("pk"))
    direct = {row[field]: row["n"] for row in rows if row[field]}
    counts = {value: n for value, n in facet(run(), key).items() if n}
    assert counts == direct


def test_theme_year_domain_and_size_counts_equal_a_direct_count(demo):
    result = run()
    themes = Counter(
        slug for page in live_cases().prefetch_related("themes") for slug in (t.slug for t in page.themes.all())
    )
    assert {k: v for k, v in facet(result, "thema").items() if v} == dict(themes)
    years = {str(r["year"]): r["n"] for r in CaseYear.objects.values("year").annotate(n=Count("page", distinct=True))}
    assert facet(result, "jaar") == years
    domains = Counter(p.policy_domain.slug for p in live_cases().select_related("policy_domain") if p.policy_domain)
    assert {k: v for k, v in facet(result, "domein").items() if v} == dict(domains)
    bands = Counter(staff_size_band(p.staff_count) for p in live_cases() if p.staff_count)
    assert {k: v for k, v in facet(result, "omvang").items() if v} == dict(bands)
    assert [key for key, *_rest in STAFF_SIZE_BANDS] == list(facet(result, "omvang"))


def test_combined_filters_narrow_down_and_counts_stay_disjunctive(demo):
    result = run("bestuurslaag=regionaal&type=waterschap")
    titles = sorted(case.organisation_name for case in result.page)
    assert titles == ["Hoogheemraadschap Hollands Noorderkwartier (HHNK)", "Waterschap Brabantse Delta"]
    # The layer facet counts water authorities per layer, ignoring the layer choice itself …
    assert facet(result, "bestuurslaag")["regionaal"] == 2
    assert (
        facet(result, "bestuurslaag").get("lokaal", 0)
        == live_cases().filter(government_layer="lokaal", organisation_type="waterschap").count()
    )
    # … and the type facet counts regional organisations per type.
    regional = live_cases().filter(government_layer="regionaal")
    assert facet(result, "type") == {
        value: regional.filter(organisation_type=value).count() for value in facet(result, "type")
    }


def test_several_values_of_one_facet_combine_with_or(demo):
    result = run("provincie=limburg&provincie=groningen")
    assert result.total == live_cases().filter(province__in=["limburg", "groningen"]).count() == 2


def test_theme_and_year_filters(demo):
    result = run("thema=openheid&jaar=2014")
    expected = live_cases().filter(themes__slug="openheid", years__year=2014).distinct()
    assert {c.pk for c in result.page} == set(expected.values_list("pk", flat=True))
    assert result.total == 1  # HHNK


def test_bad_parameters_are_ignored_and_reported(demo, client):
    response = client.get(URL, {"jaar": "abc", "bestuurslaag": "zwevend", "pagina": "zeven", "onbekend": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "abc" in html and "zwevend" in html  # named in the notice
    from_teams = BestPracticePage.objects.live().filter(source_kind="deliverable").count()  # resultancy demo
    assert response.context["finder"].total == 18 + from_teams


def test_shareable_url_and_page_without_javascript(demo, client):
    response = client.get(URL + "?type=gemeente&bestuurslaag=lokaal")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<form method="get" action="/kennisbank/"' in html and 'type="submit"' in html
    assert response.context["finder"].querystring == "bestuurslaag=lokaal&type=gemeente"
    for case in live_cases().filter(organisation_type="gemeente", government_layer="lokaal"):
        assert case.title in html
    assert "Veiligheidsregio Rotterdam-Rijnmond" not in html


def test_htmx_gets_only_the_results_and_counts(demo, client):
    response = client.get(URL + "?bestuurslaag=nationaal", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert 'hx-swap-oob="true"' in html and 'name="bestuurslaag" value="nationaal" checked' in html
    assert "HX-Request" in response["Vary"]


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_number_of_queries_does_not_grow_with_the_number_of_cases(demo, client):
    query = URL + "?bestuurslaag=regionaal&thema=openheid"
    client.get(query)  # warm the caches, as a running server has them
    cache.clear()  # but render the body each time: the shared body cache would hide the finder's queries
    with CaptureQueriesContext(connection) as before:
        client.get(query)
    generate_cases(60)
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        response = client.get(query)
    assert response.context["finder"].total >= 2
    assert len(after.captured_queries) == len(before.captured_queries)
