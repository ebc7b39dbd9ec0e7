"""A secret group's existence never leaks: lists, counts, suggestions, notifications, 404s."""

import pytest
from django.core import mail
from django.urls import reverse

from peergroups import policy as permissions
from peergroups.models import Notification
from peergroups.notifications import actions as notification_actions
from peergroups.notifications import kinds as notification_kinds
from peergroups.notifications.email import notification_digest_task
from peergroups.organisations.suggestions import suggest_peer_groups
from peergroups.spaces import actions as space_actions
from tests.peergroups.conftest import normalise

pytestmark = pytest.mark.django_db

SECRET = "Vertrouwelijk beraad"


@pytest.fixture
def secret(make_world):
    return make_world("secret", name=SECRET)


@pytest.mark.parametrize("role", ["visitor", "pending", "member", "moderator"])
def test_secret_group_is_absent_from_lists_and_counts(client, secret, make_world, role):
    make_world("closed", name="Zichtbare groep")
    user = secret.user(role)
    if user:
        client.force_login(user)
    html = client.get(reverse("peergroups:peer_group_list")).content.decode()
    assert SECRET not in html and "Zichtbare groep" in html
    assert "1 groep<" in html  # the count leaves it out too
    assert SECRET not in client.get(reverse("peergroups:work_plan_overview")).content.decode()
    if user and permissions.context_for(user).is_member:
        assert SECRET not in client.get(reverse("peergroups:my_spaces")).content.decode()


@pytest.mark.parametrize("role", ["visitor", "pending", "member", "moderator"])
@pytest.mark.parametrize(
    "path,method",
    [
        ("", "get"),
        ("leden/", "get"),
        ("documenten/", "get"),
        ("documenten/{doc}/download/", "get"),
        ("bijeenkomsten/", "get"),
        ("werkplan/", "get"),
        ("tijdlijn/", "get"),
        ("beheer/", "get"),
        ("aanvragen/", "get"),
        ("aansluiten/", "post"),
        ("verlaten/", "post"),
        ("beheer/verzoeken/1/", "post"),
    ],
)
def test_non_member_gets_exactly_the_not_found_of_a_missing_group(client, secret, role, path, method):
    user = secret.user(role)
    if user:
        client.force_login(user)
    path = path.format(doc=secret.document.pk)
    hidden = getattr(client, method)(f"/groepen/{secret.space.slug}/{path}")
    missing = getattr(client, method)(f"/groepen/bestaat-niet/{path}")
    assert hidden.status_code == missing.status_code == 404
    # The page echoes the address the person typed (in the login and language links); apart from
    # that echo of their own input, both answers are identical.
    echoed = normalise(hidden.content.decode()).replace(secret.space.slug, "bestaat-niet")
    assert echoed == normalise(missing.content.decode())
    assert SECRET not in hidden.content.decode()


def test_secret_group_is_suggested_only_to_those_who_may_know_it(embedded_search, secret, make_organisation):
    uwv = make_organisation(
        "UWV", primary_processes="Uitkeringen bij werkloosheid toekennen en betalen.", slug="uwv-test"
    )
    svb = make_organisation("SVB", primary_processes="Uitkeringen zoals AOW toekennen en betalen.", slug="svb-test")
    coordinator = secret.people["coordinator"]
    space_actions.do_create_peer_group(coordinator, name="Open uitkeringsgroep", visibility="open", organisations=[svb])
    hidden = space_actions.do_create_peer_group(
        coordinator, name="Geheime uitkeringsgroep", visibility="secret", organisations=[svb]
    )

    def names(user):
        return [s.item.name for s in suggest_peer_groups(uwv, ctx=permissions.context_for(user))]

    assert "Open uitkeringsgroep" in names(secret.people["member"])
    assert hidden.name not in names(secret.people["member"])
    assert hidden.name not in names(secret.people["moderator"])
    assert hidden.name not in names(None)
    assert hidden.name in names(secret.people["admin"])
    space_actions.do_invite(coordinator, hidden, user=secret.people["member"])
    assert hidden.name in names(type(coordinator).objects.get(pk=secret.people["member"].pk))  # now invited
    assert hidden.name not in names(coordinator)  # its own members are not told about their own group


def test_notifications_about_a_secret_group_reach_only_who_may_know_it(secret, django_capture_on_commit_callbacks):
    outsider = secret.people["member"]
    with django_capture_on_commit_callbacks(execute=True):
        # A careless caller: the mechanism itself still refuses to tell an outsider.
        created = notification_actions.notify(
            [outsider, secret.people["group_member"]], "meeting_planned", space=secret.space
        )
    assert [n.recipient for n in created] == [secret.people["group_member"]]
    assert not Notification.objects.filter(recipient=outsider).exists()
    assert all(SECRET not in m.body and SECRET not in m.subject for m in mail.outbox if outsider.email in m.to)


def test_removed_member_no_longer_reads_the_secret_name(client, secret, django_capture_on_commit_callbacks):
    member = secret.people["group_member"]
    notification_actions.notify([member], "seat_offered", space=secret.space)
    space_actions.do_remove_member(secret.people["coordinator"], secret.space, member)
    client.force_login(member)
    html = client.get(reverse("peergroups:notification_list")).content.decode()
    assert "kunt zien" in html  # the neutral sentence
    assert SECRET not in html
    notification = Notification.objects.filter(recipient=member).latest("pk")
    rendered = notification_kinds.render(notification, permissions.PermissionContext(member))
    assert rendered.url is None and SECRET not in rendered.text
    # Neither does the daily digest.
    notification_actions.do_set_email_frequency(member, "daily")
    mail.outbox.clear()
    notification_digest_task.call(member.pk)
    assert all(SECRET not in m.body for m in mail.outbox)
