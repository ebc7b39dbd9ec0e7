"""Whatever takes its audience from a space follows the space, whichever app owns it.

The invariant (search.registry, ``IndexedKind.depends_on_space``): a change of a space's
visibility, or its deletion, re-indexes every document of every registered kind that depends
on it. Checked over the registry, never over a hand-picked list of kinds:

* every kind whose model hangs off a space, and every kind whose documents carry a
  ``space_id``, is registered as a dependant, and its declaration finds those objects;
* one world holds a public example of every registered dependant (the test fails when a new
  dependant has none: add one to ``build_world``); a visitor and a pending account first find
  each of them (results and autocomplete, the positive control), then nothing of them once
  the spaces are secret (while their members still do) or deleted (nobody does);
* a membership change needs no re-index: the scope is read per query, so a member removed
  from the secret spaces finds nothing of them at once.
"""

import datetime as dt

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from peergroups.core.roles import ROLE_NETWORK_COORDINATORS
from peergroups.models import Space, Theme
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from resultancy import actions as team_actions
from resultancy.models import TeamStatus
from search import registry
from search.backends import get_index
from search.indexing import pending_count, process_outbox
from tests.search.answered import answered_by_elasticsearch

pytestmark = pytest.mark.django_db

SHARED = "volgproef"  # in every title of the world


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _reaches_space(model, depth=3, seen=()) -> bool:
    """Does the model point at a space through forward relations (a thread, a reply's thread)?"""
    if model is Space:
        return True
    if depth == 0:
        return False
    return any(
        _reaches_space(f.related_model, depth - 1, (*seen, model))
        for f in model._meta.get_fields()
        if (f.many_to_one or f.one_to_one) and f.concrete and f.related_model not in (*seen, model)
    )


def test_every_kind_that_hangs_off_a_space_is_registered_as_its_dependant():
    hanging = {name for name, kind in registry.kinds().items() if _reaches_space(kind.model)}
    assert hanging, "the registry is loaded"
    assert hanging <= set(registry.space_dependants()), sorted(hanging - set(registry.space_dependants()))


def build_world(make_user, make_organisation):
    """Public content of every dependant kind in an open group and an open team; people."""
    organisation = make_organisation("Gemeente Volgdorp")
    lead = make_user(organisation=organisation, first_name="Lotte")
    helper = make_user(organisation=organisation, first_name="Hein")
    network = make_user(organisation=organisation, first_name="Nina", roles=[ROLE_NETWORK_COORDINATORS])
    pending = make_user(member=False, first_name="Pim")

    group = space_actions.do_create_peer_group(
        lead, name="Groep vgopengroep volgproef", description="Leren van elkaar.", visibility="open",
        content_public=True,
    )
    space_actions.do_join(helper, group)
    thread = thread_actions.do_create_thread(
        lead, group, kind="question", title="Vraag vgdraad volgproef", body="Wie heeft ervaring?"
    )
    thread_actions.do_reply(helper, thread, body="Antwoord vgantwoord volgproef.")

    issue = team_actions.do_submit_issue(
        helper, title="Aanleiding volgproef", problem="Probleem.", why_it_matters="Raakt meerdere organisaties."
    )
    team = team_actions.do_form_team(
        network, issue, name="Team vgteam volgproef", goal="Een gezamenlijke vgdoel oplossing.", lead=lead,
        planned_end=timezone.localdate() + dt.timedelta(days=200), requested_hours=40, visibility="open",
    )
    team_actions.do_change_team_status(lead, team, TeamStatus.FORMING)
    today = timezone.localdate()
    pledge = team_actions.do_pledge(helper, team, role="Meedenker", expertise="", hours_per_month=10,
                                    starts_on=today, ends_on=today + dt.timedelta(days=90))
    team_actions.do_decide_pledge(lead, pledge, accept=True)
    team_actions.do_change_team_status(lead, team, TeamStatus.ACTIVE)
    deliverable = team_actions.do_record_deliverable(
        lead, team, title="Advies vgresultaat volgproef", summary="Kort advies.", body="De tekst.", kind="advice"
    )
    team_actions.do_send_deliverable(lead, deliverable)  # sent: it follows the team's visibility
    people = {"visitor": None, "pending": pending, "lead": lead, "helper": helper}
    return people, [group, team.space]


def dependant_documents(spaces):
    """(kind, document) for every object every registered dependant declares for these spaces."""
    found = []
    for name, kind in registry.space_dependants().items():
        for space in spaces:
            assert kind.depends_on_space is not None
            ids = kind.depends_on_space(space.pk).values_list("pk", flat=True)
            found += [(name, doc) for doc in kind.documents(kind.queryset().filter(pk__in=list(ids)))]
    return found


def findable(user, documents):
    """The documents this person finds by their title, in the results and in autocomplete."""
    client = Client()
    if user is not None:
        client.force_login(user)
    in_results, in_autocomplete = set(), set()
    for name, doc in documents:
        response = client.get("/zoeken/", {"q": doc.title}, HTTP_HX_REQUEST="true")
        assert response.status_code == 200
        # Answered by the index (not down, not missing), so "not found" means filtered out; the
        # autocomplete below asks the same index.
        if any((h.kind, h.object_id) == (name, doc.object_id) for h in answered_by_elasticsearch(response).hits):
            in_results.add(doc.doc_id)
        suggestions = client.get("/zoeken/suggesties/", {"q": doc.title}).context["suggestions"]
        if any(s["url"] == doc.url for s in suggestions):
            in_autocomplete.add(doc.doc_id)
    return in_results, in_autocomplete


def shared(user):
    """What this person finds by the word every title of the world shares: (kind:id in the
    results, urls in autocomplete). Independent of the declarations: an undeclared kind left
    behind in the index shows up here."""
    client = Client()
    if user is not None:
        client.force_login(user)
    results = answered_by_elasticsearch(client.get("/zoeken/", {"q": SHARED}, HTTP_HX_REQUEST="true"))
    assert results.total <= results.page_size
    suggestions = client.get("/zoeken/suggesties/", {"q": SHARED}).context["suggestions"]
    return {f"{h.kind}:{h.object_id}" for h in results.hits}, {s["url"] for s in suggestions}


def everything(documents):
    ids = {doc.doc_id for _name, doc in documents}
    return ids, ids


NOTHING: tuple[set, set] = (set(), set())


def _apply(change):
    """Run a change in its own transaction, then process the outbox (as the task after commit
    does) and refresh the index."""
    with transaction.atomic():
        change()
    process_outbox()
    get_index().refresh()


@pytest.fixture
def world(make_user, make_organisation, reindex):
    people, spaces = build_world(make_user, make_organisation)
    reindex()
    process_outbox()  # drain the world's own updates: after the change, only what it scheduled runs
    assert pending_count() == 0
    documents = dependant_documents(spaces)
    # one public example of every registered dependant, or this test proves nothing about it
    missing = set(registry.space_dependants()) - {name for name, doc in documents if doc.audience == "public"}
    assert not missing, f"add a public example of {sorted(missing)} to build_world"
    public = ({doc.doc_id for _name, doc in documents}, {doc.url for _name, doc in documents})
    for viewer in ("visitor", "pending"):  # the positive control: found before the change
        assert findable(people[viewer], documents) == everything(documents), viewer
        assert shared(people[viewer]) == public, viewer
    return people, spaces, documents


def test_a_space_made_secret_takes_every_dependant_document_with_it(world):
    people, spaces, documents = world
    _apply(lambda: [space_actions.do_update_space(people["lead"], s, visibility="secret") for s in spaces])
    # the declarations are right: every document carrying one of the spaces is a declared one
    declared = {doc.doc_id for _name, doc in dependant_documents(spaces)}
    space_ids = {s.pk for s in spaces}
    for name, kind in registry.kinds().items():
        carrying = {doc.doc_id for doc in kind.documents() if doc.space_id in space_ids}
        assert carrying <= declared, f"{name} carries a space_id but does not declare depends_on_space"
    for viewer in ("visitor", "pending"):
        assert findable(people[viewer], documents) == NOTHING, viewer
        assert shared(people[viewer]) == NOTHING, viewer
    # re-indexed, not dropped: the members still find all of it
    assert findable(people["helper"], documents) == everything(documents)

    # membership is read per query: removed from the spaces, the member finds nothing of them
    _apply(lambda: [space_actions.do_remove_member(people["lead"], s, people["helper"]) for s in spaces])
    assert findable(people["helper"], documents) == NOTHING
    assert findable(people["lead"], documents) == everything(documents)


def test_a_deleted_space_takes_every_dependant_document_with_it(world):
    people, spaces, documents = world
    _apply(lambda: [Space.objects.get(pk=s.pk).delete() for s in spaces])
    for viewer in ("visitor", "pending", "lead"):
        assert findable(people[viewer], documents) == NOTHING, viewer
    for viewer in ("visitor", "pending"):
        assert shared(people[viewer]) == NOTHING, viewer


COPIED = ("title", "summary", "body", "themes", "audience", "info")


def _stored(doc_ids):
    index = get_index()
    found = index.client.mget(index=index.alias, ids=list(doc_ids))["docs"]
    return {d["_id"]: {k: d["_source"].get(k) for k in COPIED} for d in found if d.get("found")}


def _fresh(spaces):
    return {doc.doc_id: {k: doc.as_source().get(k) for k in COPIED} for _name, doc in dependant_documents(spaces)}


def test_a_renamed_or_rethemed_space_renews_every_dependant_that_copies_it(world):
    """A team is titled after its space and shares its themes: renaming a space or changing its
    themes re-indexes the dependants that copy them, whichever app owns them."""
    people, spaces, documents = world
    before = _fresh(spaces)
    assert _stored(before) == before  # the index holds what the objects say now
    theme = Theme.objects.create(name="Volgthema", slug="volgthema", kind="group_theme")
    _apply(lambda: [
        space_actions.do_update_space(people["lead"], s, name=f"{s.name} hernoemd", themes=[theme]) for s in spaces
    ])
    after = _fresh(spaces)
    changed = {doc_id for doc_id in after if after[doc_id] != before.get(doc_id)}
    # the positive control: some dependant (at least the team) copies the name or the themes
    assert any(doc_id.startswith("resultancy_team:") for doc_id in changed), sorted(changed)
    assert _stored(after) == after
