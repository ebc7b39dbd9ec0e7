"""Suggestions on the demo organisations, and the Ontmoetingsplaats: find, contact, propose."""

import pytest
from django.urls import reverse

from peergroups import policy as permissions
from peergroups.core.text import stem, tokens
from peergroups.demo import loader as demo
from peergroups.models import ContactMessage, Notification, Organisation, Space, Theme
from peergroups.organisations.suggestions import suggest_peer_groups, suggest_peer_organisations
from peergroups.spaces import actions as space_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_organisations(db):
    demo.load_themes()
    demo.load_organisations()
    return {o.slug: o for o in Organisation.objects.all()}


def test_dutch_text_tools():
    assert stem("uitkeringen") == stem("uitkering")
    assert stem("betalen") == stem("betaal") or stem("betalen") == "betal"
    words = [w for _s, w in tokens("De organisatie betaalt uitkeringen aan de burgers van Nederland")]
    assert words == ["betaalt", "uitkeringen"]


@pytest.mark.parametrize(
    "organisation,most_similar",
    [
        ("ib-groep", "duo"),  # studiefinanciering: the IB-Groep became DUO
        ("kadaster", "kvk-utrecht"),  # keeping a public register up to date
        ("uwv", "svb"),  # granting and paying benefits
        ("lbio", "nuffic"),  # working across borders in Europe
    ],
)
def test_a_known_similar_organisation_ranks_first(embedded_search, demo_organisations, organisation, most_similar):
    suggestions = suggest_peer_organisations(demo_organisations[organisation])
    assert suggestions[0].item.slug == most_similar
    assert suggestions[0].reason  # the reason is shown
    assert all(s.item.slug != organisation for s in suggestions)
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True)


def test_peer_group_suggestions_rank_the_fitting_group_first(embedded_search, demo_organisations, make_user):
    orgs = demo_organisations
    founder = make_user(organisation=orgs["uwv"])
    benefits = space_actions.do_create_peer_group(
        founder,
        name="Uitkeringsverstrekkers",
        visibility="closed",
        organisations=[orgs["uwv"], orgs["svb"], orgs["abp"]],
    )
    registers = space_actions.do_create_peer_group(
        founder, name="Registratie-organisaties", visibility="open", organisations=[orgs["kadaster"], orgs["rdw"]]
    )
    reader = permissions.context_for(make_user(organisation=orgs["cwi"]))
    for_cwi = suggest_peer_groups(orgs["cwi"], ctx=reader)
    assert for_cwi[0].item == benefits and "uitkering" in for_cwi[0].reason
    for_kvk = suggest_peer_groups(orgs["kvk-utrecht"], ctx=reader)
    assert for_kvk[0].item == registers
    # Nor are groups the person is in already.
    assert suggest_peer_groups(orgs["cwi"], ctx=permissions.PermissionContext(founder)) == []
    # A group the organisation already takes part in is not suggested to it.
    assert benefits not in [s.item for s in suggest_peer_groups(orgs["uwv"])]


def test_meeting_place_finds_learning_questions_by_theme_and_words(
    embedded_search, client, demo_organisations, make_user
):
    client.force_login(make_user(organisation=demo_organisations["uwv"]))
    html = client.get(reverse("peergroups:meeting_place"), {"q": "basisregistratie"}).content.decode()
    assert "Kadaster" in html and "Gemeente Olst-Wijhe" not in html
    veerkracht = Theme.objects.get(slug="veerkracht")
    html = client.get(reverse("peergroups:meeting_place"), {"theme": veerkracht.pk}).content.decode()
    assert "Centraal Orgaan opvang asielzoekers" in html and "Kadaster" not in html
    bad = client.get(reverse("peergroups:meeting_place"), {"theme": "999999"})
    assert bad.status_code == 200 and 'aria-invalid="true"' in bad.content.decode()  # a clear message, no 500
    # Suggestions for the member's own organisation, with reasons.
    html = client.get(reverse("peergroups:meeting_place")).content.decode()
    assert "Sociale Verzekeringsbank" in html


def test_contact_another_organisation(client, demo_organisations, make_user, django_capture_on_commit_callbacks):
    orgs = demo_organisations
    sender = make_user(organisation=orgs["uwv"], first_name="Sanne", last_name="Zender")
    colleague_at_svb = make_user(organisation=orgs["svb"])
    pending_at_svb = make_user(organisation=orgs["svb"], member=False)
    question = orgs["svb"].learning_questions.first()
    client.force_login(sender)
    url = reverse("peergroups:contact_organisation", args=["svb"])
    assert client.get(url, {"leervraag": question.pk}).status_code == 200
    empty = client.post(url, {"body": "   ", "learning_question": question.pk})
    assert empty.status_code == 200 and not ContactMessage.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"body": "Zullen we ervaringen uitwisselen?", "learning_question": question.pk})
    assert response.status_code == 302
    notification = Notification.objects.get(kind="contact_message")
    assert notification.recipient == colleague_at_svb
    assert not Notification.objects.filter(recipient=pending_at_svb).exists()
    client.force_login(colleague_at_svb)
    html = client.get(reverse("peergroups:notification_list")).content.decode()
    assert "Zullen we ervaringen uitwisselen?" in html and "Sanne Zender" in html
    # Not one's own organisation; not for pending accounts or visitors.
    client.force_login(colleague_at_svb)
    assert client.get(url).status_code == 403
    client.logout()
    assert client.get(url).status_code == 302


def test_propose_a_peer_group_from_the_meeting_place(client, demo_organisations, make_user):
    orgs = demo_organisations
    proposer = make_user(organisation=orgs["uwv"])
    at_svb = make_user(organisation=orgs["svb"])
    question = orgs["svb"].learning_questions.first()
    client.force_login(proposer)
    form_url = reverse("peergroups:peer_group_create") + f"?organisatie={orgs['svb'].pk}&leervraag={question.pk}"
    assert question.title in client.get(form_url).content.decode()
    response = client.post(
        form_url,
        {
            "name": "Proactief toekennen",
            "description": "Samen leren over uitkeren zonder aanvraag.",
            "visibility": "closed",
            "organisations": [orgs["uwv"].pk, orgs["svb"].pk],
            "learning_questions": [question.pk],
        },
    )
    assert response.status_code == 302
    space = Space.objects.get(name="Proactief toekennen")
    assert permissions.is_space_coordinator(permissions.PermissionContext(proposer), space)
    assert list(space.peer_group.learning_questions.all()) == [question]
    assert Notification.objects.filter(recipient=at_svb, kind="peer_group_proposed", space=space).exists()


def test_bad_peer_group_input_keeps_what_was_typed(client, demo_organisations, make_user):
    client.force_login(make_user(organisation=demo_organisations["uwv"]))
    response = client.post(
        reverse("peergroups:peer_group_create"),
        {"name": "", "description": "Mijn lange toelichting", "visibility": "secret", "content_public": "on"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Mijn lange toelichting" in html and 'aria-invalid="true"' in html
    assert not Space.objects.exists()


#: Words that say nothing about doing similar work: Dutch function words and generic verbs and
#: adjectives that the demo organisations' texts share by accident.
NOT_A_REASON = {
    "de", "het", "een", "en", "van", "voor", "met", "aan", "zijn", "worden",
    "helpen", "brengen", "makkelijk", "makkelijker", "laten", "leveren", "afstemmen", "opbouwen",
    "uitgroeien", "verlopen", "bijhouden", "samen", "hele", "kleine", "grote", "mensen", "goed",
}  # fmt: skip


def test_similar_work_is_never_a_stop_word_or_a_generic_verb(embedded_search, demo_organisations):
    shown = set()
    for organisation in demo_organisations.values():
        for suggestion in suggest_peer_organisations(organisation) + suggest_peer_groups(organisation):
            shown |= set(suggestion.shared_words)
    assert shown, "no reasons at all: nothing was compared"
    assert not shown & NOT_A_REASON
