"""The search page and autocomplete over HTTP, for each kind of viewer, on the real Elasticsearch.

One world holds every kind of content in every visibility (made through the real
actions, each item carrying a unique word and the shared word ``matrixproef``),
indexed once. For visitor, pending account, member, group member and moderator:
results, totals, facet counts and autocomplete show exactly what the policy
allows, and nothing else appears anywhere in the page; the author of an anonymous
dilemma is not findable by name.
"""

import datetime as dt
import itertools
import uuid
from collections import Counter

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone

from knowledge.models import EventIndexPage, EventPage
from peergroups.core.roles import ROLE_MODERATORS, ROLE_NETWORK_COORDINATORS
from peergroups.models import LearningQuestion, MemberProfile, Organisation, User
from peergroups.organisations import actions
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from resultancy import actions as team_actions
from resultancy.models import TeamStatus
from search import connection
from tests.search.answered import answered_by_elasticsearch
from tests.second_factor import give_second_factor

SHARED = "matrixproef"
VIEWERS = ("visitor", "pending", "member", "group_member", "moderator")
EVERYONE = set(VIEWERS)
MEMBERS = {"member", "group_member", "moderator"}
NOBODY: set[str] = set()
#: words that are in a body, not a title (autocomplete completes titles)
BODY_WORDS = {"mxantwoord", "mxverborgenantwoord", "mxprofiel"}
ANONYMOUS_AUTHOR = "Schuilnaamsen"

#: unique word -> (kind, who may find it)
EXPECTED = {
    "mxeventlive": ("event", EVERYONE),
    "mxeventconcept": ("event", NOBODY),  # an unpublished knowledge page
    "mxorganisatie": ("organisation", EVERYONE),
    "mxleervraag": ("learning_question", EVERYONE),
    "mxopengroep": ("space", EVERYONE),
    "mxgeslotengroep": ("space", EVERYONE),  # closed groups are listed
    "mxgeheimgroep": ("space", {"group_member"}),
    "mxpubliekdraad": ("thread", EVERYONE),  # open group with public content
    "mxgroepsdraad": ("thread", {"group_member"}),  # a closed group's discussion
    "mxgeheimdraad": ("thread", {"group_member"}),
    "mxportaalvraag": ("thread", MEMBERS),
    "mxantwoord": ("reply", MEMBERS),
    "mxverborgenvraag": ("thread", NOBODY),  # hidden by a moderator
    "mxverborgenantwoord": ("reply", NOBODY),
    "mxdilemma": ("thread", MEMBERS),  # anonymous
    "mxkwestie": ("strategic_issue", MEMBERS),
    "mxopenteam": ("resultancy_team", EVERYONE),
    "mxgeheimteam": ("resultancy_team", {"group_member"}),
    "mxconcept": ("deliverable", {"group_member"}),  # a draft: the team only
    "mxprofiel": ("member_profile", MEMBERS),
}

_numbers = itertools.count(1)


def make_user(first_name, last_name=None, *, member=True, organisation=None, roles=()):
    n = next(_numbers)
    user = User.objects.create_user(
        email=f"matrix{n}@example.org", password="x", first_name=first_name, last_name=last_name or f"Persoon {n}"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    profile = actions.do_create_member_profile(user)
    if member:
        profile.status = MemberProfile.Status.MEMBER
        profile.organisation = organisation
        profile.save()
    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    if roles:
        give_second_factor(user)  # a role counts only with a second factor
    return user


def add_member(space, user, coordinator):
    if space.visibility == "closed":
        request = space_actions.do_request_to_join(user, space, motivation="Ik wil graag meedoen.")
        return space_actions.do_decide_join_request(coordinator, request, approve=True)
    invitation = space_actions.do_invite(coordinator, space, user=user)
    return space_actions.do_respond_to_invitation(user, invitation, accept=True)


def text(word):
    return f"{word} {SHARED}"


def build_world():
    organisation = Organisation.objects.create(
        name=f"Gemeente {text('mxorganisatie')}", slug="gemeente-matrix", organisation_type="gemeente",
        government_layer="lokaal",
    )
    people = {
        "pending": make_user("Pim", member=False),
        "member": make_user("Mara", organisation=organisation),
        "group_member": make_user("Gijs", organisation=organisation),
        "moderator": make_user("Moos", organisation=organisation, roles=[ROLE_MODERATORS]),
    }
    coordinator = make_user("Coby", organisation=organisation)
    network = make_user("Nina", organisation=organisation, roles=[ROLE_NETWORK_COORDINATORS])
    helper = make_user("Hans", organisation=organisation)
    anonymous = make_user("Anna", ANONYMOUS_AUTHOR, organisation=organisation)
    profile = make_user("Petra", organisation=organisation).profile
    profile.bio = f"Ervaring met {text('mxprofiel')}."
    profile.save()

    # knowledge pages: one live, one never published
    agenda = EventIndexPage.objects.get()
    start = timezone.now() + dt.timedelta(days=10)
    for word, live in (("mxeventlive", True), ("mxeventconcept", False)):
        agenda.add_child(instance=EventPage(
            title=f"Bijeenkomst {text(word)}", slug=word, event_type="workshop", start=start, is_online=True,
            live=live,
        ))
    LearningQuestion.objects.create(organisation=organisation, title=f"Hoe meten wij {text('mxleervraag')}?")

    # groups of each visibility, with a discussion in each
    spaces = {}
    for word, visibility, public in (
        ("mxopengroep", "open", True), ("mxgeslotengroep", "closed", False), ("mxgeheimgroep", "secret", False),
    ):
        spaces[visibility] = space_actions.do_create_peer_group(
            coordinator, name=f"Groep {text(word)}", description="Leren van elkaar.", visibility=visibility,
            content_public=public,
        )
    for visibility in ("closed", "secret"):
        add_member(spaces[visibility], people["group_member"], coordinator)
    for word, visibility in (("mxpubliekdraad", "open"), ("mxgroepsdraad", "closed"), ("mxgeheimdraad", "secret")):
        thread_actions.do_create_thread(coordinator, spaces[visibility], kind="question", title=text(word),
                                        body="Wie heeft hier ervaring mee?")

    # the help portal: a question with a reply, hidden posts, an anonymous dilemma
    portal = thread_actions.get_portal()
    question = thread_actions.do_create_thread(helper, portal, kind="question", title=text("mxportaalvraag"),
                                               body="Hoe pakt u dit aan?")
    thread_actions.do_reply(coordinator, question, body=f"Zo doen wij het: {text('mxantwoord')}.")
    hidden_reply = thread_actions.do_reply(coordinator, question, body=f"Ongepast: {text('mxverborgenantwoord')}.")
    thread_actions.do_set_hidden(people["moderator"], hidden_reply, hidden=True, note="Ongepast")
    hidden = thread_actions.do_create_thread(helper, portal, kind="question", title=text("mxverborgenvraag"),
                                             body="Reclame.")
    thread_actions.do_set_hidden(people["moderator"], hidden, hidden=True, note="Reclame")
    thread_actions.do_create_thread(
        anonymous, portal, kind="dilemma", title=text("mxdilemma"), is_anonymous=True,
        body="Mijn leidinggevende vraagt mij cijfers mooier te maken dan ze zijn.",
    )

    # resultancy: a strategic issue, an open team with a draft deliverable, a secret team
    team_actions.do_submit_issue(helper, title=text("mxkwestie"), problem="Een gedeeld probleem.",
                                 why_it_matters="Het raakt meerdere organisaties.")
    for word, visibility in (("mxopenteam", "open"), ("mxgeheimteam", "secret")):
        issue = team_actions.do_submit_issue(helper, title=f"Aanleiding {visibility}", problem="Probleem.",
                                             why_it_matters="Het raakt meerdere organisaties.")
        team = team_actions.do_form_team(
            network, issue, name=f"Team {text(word)}", goal="Een gezamenlijke oplossing.",
            lead=people["group_member"], planned_end=timezone.localdate() + dt.timedelta(days=200),
            requested_hours=40, visibility=visibility,
        )
        if visibility == "open":
            team_actions.do_change_team_status(people["group_member"], team, TeamStatus.FORMING)
            today = timezone.localdate()
            pledge = team_actions.do_pledge(helper, team, role="Meedenker", expertise="", hours_per_month=10,
                                            starts_on=today, ends_on=today + dt.timedelta(days=90))
            team_actions.do_decide_pledge(people["group_member"], pledge, accept=True)
            team_actions.do_change_team_status(people["group_member"], team, TeamStatus.ACTIVE)
            team_actions.do_record_deliverable(people["group_member"], team, title=f"Advies {text('mxconcept')}",
                                               summary="Kort advies.", body="De tekst.", kind="advice")
    return people


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once in a transaction rolled back at the end, indexed once under a private prefix."""
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    with override_settings(SEARCH_INDEX_PREFIX=prefix), django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            people = build_world()
            call_command("search_reindex", verbosity=0)
            yield people
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            client = connection.get_client()
            for name in client.indices.get(index=f"{prefix}-*", expand_wildcards="all"):
                client.indices.delete(index=name, ignore_unavailable=True)


@pytest.fixture
def browse(world, db):
    def make(viewer):
        client = Client()
        if viewer != "visitor":
            client.force_login(world[viewer])
        return client

    return make


def allowed(viewer):
    return {word for word, (_kind, who) in EXPECTED.items() if viewer in who}


@pytest.mark.parametrize("viewer", VIEWERS)
def test_results_counts_and_facets_show_only_what_the_viewer_may_see(browse, viewer):
    client = browse(viewer)
    expected = allowed(viewer)
    response = client.get("/zoeken/", {"q": SHARED})
    assert response.status_code == 200
    results = answered_by_elasticsearch(response)
    assert results.total == len(expected), sorted(h.kind for h in results.hits)
    kinds = Counter(EXPECTED[word][0] for word in expected)
    assert {f.value: f.count for f in results.facets["kind"]} == dict(kinds)
    for name, values in results.facets.items():  # no facet counts more than the viewer may find
        assert sum(v.count for v in values) <= len(expected) * (3 if name == "themes" else 1), name
    # every page of results, and nothing forbidden anywhere in the HTML
    seen, page = set(), 1
    while True:
        response = client.get("/zoeken/", {"q": SHARED, "pagina": page})
        html = response.content.decode()
        seen |= {word for word in EXPECTED if word in html}
        if page >= response.context["results"].pages:
            break
        page += 1
    assert seen == expected


@pytest.mark.parametrize("viewer", VIEWERS)
def test_each_item_is_found_by_its_own_word_only_by_those_allowed(browse, viewer):
    client = browse(viewer)
    expected = allowed(viewer)
    for word in EXPECTED:
        # the results part (as htmx asks for it): the query itself is not echoed there
        response = client.get("/zoeken/", {"q": word}, HTTP_HX_REQUEST="true")
        html = response.content.decode()
        results = answered_by_elasticsearch(response)  # "total == 0" below means nothing only if it answered
        if word in expected:
            assert results.total >= 1 and word in html, word
        else:
            assert results.total == 0, word
            assert word not in html, word
            assert all(word not in s for s in results.suggestions), word
            assert sum(v.count for v in results.facets.get("kind", [])) == 0, word


@pytest.mark.parametrize("viewer", VIEWERS)
def test_autocomplete_suggests_only_what_the_viewer_may_see(browse, viewer):
    client = browse(viewer)
    expected = allowed(viewer)
    # Autocomplete returns a plain list: a title this viewer must be offered is the proof that the
    # index answered, so an absent suggestion below is the filter's doing, not a silent backend.
    assert expected - BODY_WORDS, viewer
    for word in EXPECTED:
        response = client.get("/zoeken/suggesties/", {"q": word[:-1]})
        assert response.status_code == 200
        shown = word in response.content.decode()
        assert not shown if word not in expected else shown or word in BODY_WORDS, word


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_anonymous_author_is_not_findable_by_name(browse, viewer):
    client = browse(viewer)
    for query in (ANONYMOUS_AUTHOR, f"Anna {ANONYMOUS_AUTHOR}"):
        response = client.get("/zoeken/", {"q": query})
        kinds = {hit.kind for hit in answered_by_elasticsearch(response).hits}
        assert "thread" not in kinds and "mxdilemma" not in response.content.decode()
        # members find the person's profile (they may see profiles), nobody else does
        assert ("member_profile" in kinds) == (viewer in MEMBERS)
        completions = client.get("/zoeken/suggesties/", {"q": ANONYMOUS_AUTHOR[:6]}).content.decode()
        assert "mxdilemma" not in completions


def test_every_listed_kind_is_indexed():
    from search.registry import kinds

    assert {kind for kind, _who in EXPECTED.values()} <= set(kinds())
    assert {"best_practice", "instrument", "news", "theme", "event", "organisation", "learning_question", "space",
            "thread", "reply", "strategic_issue", "resultancy_team", "deliverable", "member_profile"} <= set(kinds())


def test_search_responses_stay_out_of_the_anonymous_page_cache(browse):
    # Results follow the index (and the viewer), not the writes that renew platform_site.page_cache.
    client = browse("visitor")
    for path in (f"/zoeken/?q={SHARED}", "/zoeken/suggesties/?q=mxopen"):
        assert "private" in client.get(path)["Cache-Control"]
