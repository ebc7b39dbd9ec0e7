"""The list "Colleagues who struggled with this" never names the author of an anonymous dilemma (issue 20).

The attack: a member fetches the list of an anonymous dilemma and that of a near-identical
ordinary question and looks at who is missing. The list used to drop the thread's author, so the
one person in the question's list but not in the dilemma's was the asker. The rule now: the list
leaves out the viewer and nobody else, so it is the same whoever asked.
"""

import re

import pytest
from django.urls import reverse

from peergroups import policy as permissions
from peergroups.core.taxonomy import ThemeKind
from peergroups.models import Theme, Thread
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from tests.peergroups.portal.threads_helpers import ask, portal, reindexed  # noqa: F401

pytestmark = pytest.mark.django_db

TITLE = "Integriteit bij een studiereis aangeboden door een leverancier"
BODY = "Een leverancier biedt ons team een studiereis aan. Aannemen of afslaan?"


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


@pytest.fixture(params=["embedded", "elasticsearch"])
def search_mode(request, settings):
    """Both implementations of "similar": the database default and the real search service."""
    if request.param == "embedded":
        settings.ELASTICSEARCH_URL = ""
        return lambda: None
    return request.getfixturevalue("reindexed")


@pytest.fixture
def attack(make_user, portal):  # noqa: F811
    """A asked (earlier, openly) about the same as the anonymous dilemma A now posts; B asks the
    near-identical question openly; D asked and E answered something similar; C looks."""
    theme = Theme.objects.create(name="Integriteit", slug="integriteit-test", kind=ThemeKind.CASE_THEME)
    people = {
        key: make_user(first_name=first, last_name=last)
        for key, first, last in (
            ("a", "Anna", "Anoniem"),
            ("b", "Bram", "Open"),
            ("c", "Cas", "Aanvaller"),
            ("d", "Dirk", "Eerder"),
            ("e", "Eva", "Antwoord"),
        )
    }
    ask(people["a"], portal, title="Geschenken van leveranciers en integriteit", body=BODY, themes=[theme])
    earlier = ask(people["d"], portal, title="Studiereis van een leverancier aannemen?", body=BODY, themes=[theme])
    thread_actions.do_reply(people["e"], earlier, body="Afslaan, of zelf betalen.")
    dilemma = ask(people["a"], portal, kind="dilemma", title=TITLE, body=BODY, themes=[theme], is_anonymous=True)
    question = ask(people["b"], portal, title=TITLE, body=BODY, themes=[theme])
    return people, dilemma, question


def _listed(client, viewer, thread) -> list[str]:
    """The names in the fragment as the viewer's browser receives it."""
    client.force_login(viewer)
    response = client.get(reverse("peergroups:thread_colleagues", args=[thread.pk]), headers={"HX-Request": "true"})
    assert response.status_code == 200
    return re.findall(r'class="utrecht-link" href="/leden/\d+/">([^<]+)</a>', response.content.decode())


def _as_seen(viewer, thread):
    ctx = permissions.context_for(viewer)
    thread = threads.thread_page_queryset(ctx).get(pk=thread.pk)
    return [(c.user.pk, c.reasons, c.score) for c in threads.colleagues_for(ctx, thread)]


def test_comparing_with_a_near_identical_question_does_not_reveal_the_asker(client, attack, search_mode):
    people, dilemma, question = attack
    search_mode()
    names = {key: user.get_full_name() for key, user in people.items()}
    on_dilemma = _listed(client, people["c"], dilemma)
    on_question = _listed(client, people["c"], question)
    assert on_question, "the attacker has a list to compare with"
    # Positive control: A's open question matches, A is not the viewer, so A is listed — on both.
    assert names["a"] in on_question
    assert names["a"] in on_dilemma
    # Nobody listed for the ordinary question is missing from the anonymous dilemma's list: the
    # comparison leaves no one (least of all A) as "the one who is missing".
    assert set(on_question) <= set(on_dilemma)
    assert names["c"] not in on_dilemma + on_question  # the viewer, and only the viewer, is left out
    # B appears on the dilemma through B's open question, never through the dilemma itself.
    assert names["b"] in on_dilemma
    assert "Integriteit bij een studiereis" not in " ".join(
        " ".join(reasons) for user_id, reasons, _score in _as_seen(people["c"], question) if user_id == people["a"].pk
    )


def test_the_list_is_the_same_whoever_posted_the_anonymous_dilemma(attack, search_mode):
    """What would it be if the author were anyone else? Exactly the same: users, reasons, order."""
    people, dilemma, _question = attack
    search_mode()
    viewer = people["c"]
    seen = _as_seen(viewer, dilemma)
    assert people["a"].pk in [user_id for user_id, _reasons, _score in seen]
    for key in ("b", "d", "e"):
        Thread.objects.filter(pk=dilemma.pk).update(author=people[key])
        assert _as_seen(viewer, dilemma) == seen, f"the list changes when {key} is the author"


def test_the_author_viewing_their_own_dilemma_is_left_out_as_the_viewer(attack, embedded_search):
    people, dilemma, _question = attack
    own = [user_id for user_id, _reasons, _score in _as_seen(people["a"], dilemma)]
    assert own and people["a"].pk not in own
