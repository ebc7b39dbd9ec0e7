"""Peer-organisation and peer-group suggestions and "colleagues who faced this" on the real
Elasticsearch: the same functions as the embedded default, through the search service's
"more like this" under the viewer's scope (the database implementation is tested in
tests/peergroups with ``embedded_search``)."""

import pytest

from peergroups import policy as permissions
from peergroups.organisations import suggestions
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from peergroups.spaces import actions as space_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_database_similarity(monkeypatch):
    """Prove the service path is taken: the database implementation would fail loudly."""

    def refuse():
        raise AssertionError("the database implementation ran in service mode")

    monkeypatch.setattr(suggestions, "_all_organisation_profiles", refuse)


@pytest.fixture
def organisations(make_organisation):
    return {
        "uwv": make_organisation("UWV", primary_processes="Uitkeringen bij werkloosheid toekennen en betalen."),
        "svb": make_organisation("SVB", primary_processes="Uitkeringen zoals AOW toekennen en betalen."),
        "kadaster": make_organisation("Kadaster", primary_processes="Registratie van vastgoed en percelen bijhouden."),
        "rdw": make_organisation("RDW", primary_processes="Registratie van voertuigen en kentekens bijhouden."),
        "cwi": make_organisation("CWI", primary_processes="Werkzoekenden helpen en uitkeringen aanvragen."),
    }


def test_peer_organisations_come_from_more_like_this(organisations, reindex, no_database_similarity):
    reindex()
    for organisation, expected in (("uwv", "svb"), ("kadaster", "rdw")):
        found = suggestions.suggest_peer_organisations(organisations[organisation])
        assert found and found[0].item == organisations[expected]
        assert found[0].reason  # the reasons still come with it
        assert organisations[organisation] not in [s.item for s in found]


def test_peer_groups_come_from_more_like_this_within_the_viewers_scope(
    organisations, make_user, site_admin, reindex, no_database_similarity
):
    founder = make_user(organisation=organisations["uwv"])
    benefits = space_actions.do_create_peer_group(
        founder, name="Uitvoerders", visibility="closed", organisations=[organisations["uwv"], organisations["svb"]]
    )
    registers = space_actions.do_create_peer_group(
        founder, name="Registers", visibility="open", organisations=[organisations["kadaster"], organisations["rdw"]]
    )
    secret = space_actions.do_create_peer_group(
        founder, name="Geheime uitvoerders", visibility="secret", organisations=[organisations["svb"]]
    )
    member = make_user(organisation=organisations["cwi"])
    invitee = make_user(organisation=organisations["cwi"])
    space_actions.do_invite(founder, secret, user=invitee)
    reindex()

    def names(user, organisation="cwi"):
        ctx = permissions.context_for(type(founder).objects.get(pk=user.pk) if user else None)
        return [s.item.name for s in suggestions.suggest_peer_groups(organisations[organisation], ctx=ctx)]

    assert names(member)[0] == benefits.name
    assert names(member, "rdw") == []  # its own group (Registers) is not suggested to it
    assert registers.name not in names(member)  # nothing in common with what CWI does
    assert secret.name not in names(member) and secret.name not in names(None)
    assert secret.name in names(invitee)  # the policy: invitees may know the group
    assert secret.name in names(site_admin)
    assert names(founder) == []  # groups the person is in are not suggested


def test_colleagues_who_faced_this_through_the_search_service(make_user, make_organisation, reindex):
    organisation = make_organisation("Gemeente Deventer")
    asker, answerer, anonymous, viewer, outsider = (make_user(organisation=organisation) for _ in range(5))
    portal = thread_actions.get_portal()
    earlier = thread_actions.do_create_thread(
        asker, portal, kind="question", title="Wachttijden klantcontactcentrum terugdringen",
        body="Hoe krijgt u de wachttijden aan de telefoon omlaag?",
    )
    thread_actions.do_reply(answerer, earlier, body="Wij werken met terugbelverzoeken.")
    thread_actions.do_create_thread(
        anonymous, portal, kind="dilemma", title="Wachttijden klantcontactcentrum en druk op medewerkers",
        body="De wachttijden lopen op en ik twijfel.", is_anonymous=True,
    )
    group = space_actions.do_create_peer_group(outsider, name="Besloten kring", visibility="secret")
    thread_actions.do_create_thread(
        outsider, group, kind="question", title="Wachttijden klantcontactcentrum in onze kring",
        body="Wachttijden aan de telefoon.",
    )
    current = thread_actions.do_create_thread(
        viewer, portal, kind="question", title="Lange wachttijden bij het klantcontactcentrum",
        body="Onze wachttijden aan de telefoon zijn te lang.",
    )
    reindex()
    found = {c.user for c in threads.colleagues_for(permissions.context_for(viewer), current)}
    assert {asker, answerer} <= found
    assert anonymous not in found  # never through an anonymous post
    assert outsider not in found  # nor through a thread the viewer may not see
    assert viewer not in found


def test_similar_work_is_never_a_stop_word_or_a_generic_verb(search_index, reindex, no_database_similarity):
    from peergroups.demo import loader as demo
    from peergroups.models import Organisation
    from tests.peergroups.organisations.test_suggestions_and_meeting_place import NOT_A_REASON

    demo.load_themes()
    demo.load_organisations()
    reindex()
    shown = set()
    for organisation in Organisation.objects.all():
        for suggestion in suggestions.suggest_peer_organisations(organisation):
            shown |= set(suggestion.shared_words)
    assert shown, "no reasons at all: nothing was compared"
    assert not shown & NOT_A_REASON
