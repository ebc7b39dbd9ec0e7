"""'Vergelijkbare organisaties': computed ranking with reasons, on the demo cases."""

from knowledge.comparable import WEIGHTS, comparable_cases, similar_size_range
from knowledge.models import BestPracticePage


def case(slug):
    return BestPracticePage.objects.get(slug=slug)


def test_the_other_water_authority_ranks_first_with_its_reasons(demo):
    ranking = comparable_cases(case("waterschap-brabantse-delta"))
    first = ranking[0]
    assert first.case.slug == "hhnk"
    assert first.score == WEIGHTS["layer"] + WEIGHTS["type"] + WEIGHTS["size"] + WEIGHTS["domain"] + 1  # + Openheid
    reasons = " | ".join(first.reasons)
    for expected in ("Regionaal", "Waterschap", "835", "Water en infrastructuur", "Openheid"):
        assert expected in reasons


def test_ranking_is_ordered_excludes_itself_and_has_a_reason_for_every_case(demo):
    subject = case("gemeente-zaanstad")
    ranking = comparable_cases(subject, limit=10)
    assert subject.pk not in [c.case.pk for c in ranking]
    scores = [c.score for c in ranking]
    assert scores == sorted(scores, reverse=True) and all(scores)
    assert all(c.reasons for c in ranking)
    # The other municipality comes first: same layer, type, size band and domain.
    assert ranking[0].case.slug == "gemeente-leeuwarden"


def test_unpublished_cases_are_never_suggested(demo):
    hhnk = case("hhnk")
    hhnk.unpublish()
    ranking = comparable_cases(case("waterschap-brabantse-delta"))
    assert "hhnk" not in [c.case.slug for c in ranking]


def test_similar_size_is_half_to_twice():
    assert similar_size_range(500) == (250, 1000)
    assert similar_size_range(25) == (13, 50)
    assert similar_size_range(None) is None


def test_the_case_page_shows_the_ranking(demo, client):
    html = client.get(case("waterschap-brabantse-delta").url).content.decode()
    assert "Vergelijkbare organisaties" in html
    assert html.index("Hoogheemraadschap Hollands Noorderkwartier") < html.index("Waarom vergelijkbaar")
