"""Membership actions: joining, requests, invitations, coordinators, the waiting list."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from peergroups.models import (
    Invitation,
    JoinRequest,
    Membership,
    Notification,
    Role,
    Space,
    WaitingListEntry,
)
from peergroups.spaces import actions as space_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(make_organisation):
    return make_organisation("Gemeente Deventer")


@pytest.fixture
def coordinator(make_user, org):
    return make_user(organisation=org, first_name="Coby")


@pytest.fixture
def members(make_user, org):
    return [make_user(organisation=org, first_name=f"Lid{i}") for i in range(6)]


def roles(space):
    return dict(Membership.objects.filter(space=space).values_list("user__first_name", "role"))


# --- never zero coordinators --------------------------------------------------------


def test_a_group_never_loses_its_last_coordinator(coordinator, members, site_admin):
    space = space_actions.do_create_peer_group(coordinator, name="Klantcontact", visibility="open")
    space_actions.do_join(members[0], space)
    with pytest.raises(ValidationError):
        space_actions.do_leave(coordinator, space)
    with pytest.raises(ValidationError):
        space_actions.do_set_role(coordinator, space, coordinator, Role.MEMBER)
    with pytest.raises(ValidationError):
        space_actions.do_remove_member(coordinator, space, coordinator)
    with pytest.raises(ValidationError):
        space_actions.do_remove_member(site_admin, space, coordinator)
    assert roles(space) == {"Coby": "coordinator", "Lid0": "member"}
    # Handing over keeps exactly one coordinator, and then leaving is fine.
    space_actions.do_hand_over(coordinator, space, members[0])
    assert roles(space) == {"Coby": "member", "Lid0": "coordinator"}
    space_actions.do_leave(coordinator, space)
    assert roles(space) == {"Lid0": "coordinator"}


def test_with_two_coordinators_one_may_step_down(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Klantcontact", visibility="open")
    space_actions.do_join(members[0], space)
    space_actions.do_set_role(coordinator, space, members[0], Role.COORDINATOR)
    space_actions.do_set_role(members[0], space, coordinator, Role.MEMBER)
    assert roles(space) == {"Coby": "member", "Lid0": "coordinator"}
    with pytest.raises(ValidationError):
        space_actions.do_set_role(members[0], space, members[0], Role.MEMBER)


def test_sole_coordinator_leaving_over_http_gets_a_message_and_stays(client, coordinator):
    space = space_actions.do_create_peer_group(coordinator, name="Klantcontact", visibility="open")
    client.force_login(coordinator)
    response = client.post(reverse("peergroups:space_leave", args=[space.slug]), follow=True)
    assert "coördinator" in response.content.decode()
    assert roles(space) == {"Coby": "coordinator"}


def test_only_coordinators_manage(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Klantcontact", visibility="open")
    space_actions.do_join(members[0], space)
    space_actions.do_join(members[1], space)
    with pytest.raises(PermissionDenied):
        space_actions.do_remove_member(members[0], space, members[1])
    with pytest.raises(PermissionDenied):
        space_actions.do_set_role(members[0], space, members[0], Role.COORDINATOR)
    with pytest.raises(PermissionDenied):
        space_actions.do_invite(members[0], space, user=members[2])


# --- requests and invitations -------------------------------------------------------


def test_request_decision_notifies_with_the_coordinators_message(
    coordinator, members, django_capture_on_commit_callbacks
):
    space = space_actions.do_create_peer_group(coordinator, name="Benchmarkgroep", visibility="closed")
    with django_capture_on_commit_callbacks(execute=True):
        request = space_actions.do_request_to_join(members[0], space, motivation="Wij doen mee aan de benchmark.")
    assert Notification.objects.filter(recipient=coordinator, kind="join_request").count() == 1
    with pytest.raises(ValidationError):
        space_actions.do_request_to_join(members[0], space, motivation="Nog een keer")
    with django_capture_on_commit_callbacks(execute=True):
        space_actions.do_decide_join_request(
            coordinator, request, approve=False, message="Wij zitten vol met gemeenten."
        )
    decision = Notification.objects.get(recipient=members[0], kind="join_decision")
    assert decision.params == {"outcome": "declined"}
    assert "Wij zitten vol met gemeenten." in mail.outbox[-1].body
    with pytest.raises(ValidationError):
        space_actions.do_decide_join_request(coordinator, request, approve=True)
    assert not Membership.objects.filter(space=space, user=members[0]).exists()


def test_request_needs_a_motivation(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Benchmarkgroep", visibility="closed")
    with pytest.raises(ValidationError):
        space_actions.do_request_to_join(members[0], space, motivation="   ")


def test_invitation_by_email_reaches_a_newcomer_and_binds_to_who_accepts(
    coordinator, members, django_capture_on_commit_callbacks
):
    space = space_actions.do_create_peer_group(coordinator, name="Geheim", visibility="secret")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = space_actions.do_invite(coordinator, space, email="nieuw@gemeente.example", message="Doe mee!")
    assert mail.outbox[-1].to == ["nieuw@gemeente.example"]
    assert invitation.get_absolute_url() in mail.outbox[-1].body
    space_actions.do_respond_to_invitation(members[3], invitation, accept=True)
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.ACCEPTED and invitation.user == members[3]
    with pytest.raises(PermissionDenied):  # now bound to the person who accepted
        space_actions.do_respond_to_invitation(members[4], invitation, accept=True)


def test_invitation_for_someone_else_cannot_be_used(client, coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Geheim", visibility="secret")
    invitation = space_actions.do_invite(coordinator, space, user=members[0])
    with pytest.raises(PermissionDenied):
        space_actions.do_respond_to_invitation(members[1], invitation, accept=True)
    client.force_login(members[1])
    assert client.get(invitation.get_absolute_url()).status_code == 404


# --- capacity and the waiting list ----------------------------------------------------


def test_waiting_list_is_first_come_first_offered(coordinator, members, django_capture_on_commit_callbacks):
    space = space_actions.do_create_peer_group(coordinator, name="Kleine groep", visibility="open")
    space_actions.do_update_space(coordinator, space, capacity=2)
    assert isinstance(space_actions.do_join(members[0], space), Membership)
    first = space_actions.do_join(members[1], space)
    second = space_actions.do_join(members[2], space)
    assert isinstance(first, WaitingListEntry) and isinstance(second, WaitingListEntry)
    assert [space_actions.waiting_position(first), space_actions.waiting_position(second)] == [1, 2]
    with pytest.raises(ValidationError):
        space_actions.do_join(members[1], space)  # already waiting

    # A seat frees up: the longest-waiting person is offered it, and it stays reserved.
    with django_capture_on_commit_callbacks(execute=True):
        space_actions.do_leave(members[0], space)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "offered" and second.status == "waiting"
    assert Notification.objects.filter(recipient=members[1], kind="seat_offered").count() == 1
    assert any("plek" in m.subject.lower() or "plek" in m.body.lower() for m in mail.outbox)
    assert space_actions.free_seats(Space.objects.get(pk=space.pk)) == 0
    late = space_actions.do_join(members[3], space)
    assert isinstance(late, WaitingListEntry)

    # Declined: the next in line gets the offer, not the latecomer.
    space_actions.do_respond_to_seat_offer(members[1], first, accept=False)
    second.refresh_from_db()
    late.refresh_from_db()
    assert second.status == "offered" and late.status == "waiting"
    space_actions.do_respond_to_seat_offer(members[2], second, accept=True)
    assert Membership.objects.filter(space=space).count() == 2  # never above capacity
    assert Membership.objects.filter(space=space, user=members[2]).exists()


def test_a_seat_offer_expires_and_moves_on(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Kleine groep", visibility="open")
    space_actions.do_update_space(coordinator, space, capacity=2)
    space_actions.do_join(members[0], space)
    first = space_actions.do_join(members[1], space)
    second = space_actions.do_join(members[2], space)
    space_actions.do_leave(members[0], space)
    first.refresh_from_db()
    later = first.offer_expires_at + datetime.timedelta(minutes=1)
    assert space_actions.do_expire_seat_offers(now=first.offer_expires_at - datetime.timedelta(minutes=1)) == 0
    assert space_actions.do_expire_seat_offers(now=later) == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "expired" and second.status == "offered"
    assert Notification.objects.filter(recipient=members[1], kind="seat_offer_expired").exists()
    with pytest.raises(ValidationError):
        space_actions.do_respond_to_seat_offer(members[1], first, accept=True)


def test_accepting_after_the_deadline_is_refused_and_passes_the_seat_on(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Kleine groep", visibility="open")
    space_actions.do_update_space(coordinator, space, capacity=2)
    space_actions.do_join(members[0], space)
    first = space_actions.do_join(members[1], space)
    second = space_actions.do_join(members[2], space)
    space_actions.do_leave(members[0], space)
    WaitingListEntry.objects.filter(pk=first.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(ValidationError):
        space_actions.do_respond_to_seat_offer(members[1], first, accept=True)
    second.refresh_from_db()
    assert second.status == "offered"
    assert not Membership.objects.filter(space=space, user=members[1]).exists()


def test_approved_requests_queue_in_order_of_asking(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Werkgroep", visibility="closed")
    space_actions.do_update_space(coordinator, space, capacity=1)
    early = space_actions.do_request_to_join(members[0], space, motivation="Eerst")
    JoinRequest.objects.filter(pk=early.pk).update(created_at=timezone.now() - datetime.timedelta(days=3))
    late = space_actions.do_request_to_join(members[1], space, motivation="Later")
    # Approved in the opposite order: the queue still follows who asked first.
    assert space_actions.do_decide_join_request(coordinator, late, approve=True).status == "waitlisted"
    assert space_actions.do_decide_join_request(coordinator, early, approve=True).status == "waitlisted"
    queue = list(
        WaitingListEntry.objects.filter(space=space).order_by("queued_at", "pk").values_list("user", flat=True)
    )
    assert queue == [members[0].pk, members[1].pk]
    space_actions.do_update_space(coordinator, space, capacity=2)  # a larger group offers a seat at once
    offered = WaitingListEntry.objects.get(space=space, status="offered")
    assert offered.user == members[0]


def test_capacity_cannot_drop_below_the_members(coordinator, members):
    space = space_actions.do_create_peer_group(coordinator, name="Werkgroep", visibility="open")
    space_actions.do_join(members[0], space)
    with pytest.raises(ValidationError):
        space_actions.do_update_space(coordinator, space, capacity=1)


def test_working_group_defaults_and_creation_rule(site_admin, coordinator, members):
    with pytest.raises(PermissionDenied):
        space_actions.do_create_working_group(members[0], name="ICT", coordinator=coordinator)
    space = space_actions.do_create_working_group(site_admin, name="ICT en standaardisering", coordinator=coordinator)
    assert space.capacity == 8 and space.working_group.minimum_size == 6 and space.visibility == "closed"
    assert roles(space) == {"Coby": "coordinator"}
