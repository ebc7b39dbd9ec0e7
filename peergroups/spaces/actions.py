"""Writes about spaces and who is in them. The only place that changes membership.

Zulip style: ``check_…`` looks up and validates (asking the policy), ``do_…``
writes and registers side effects after commit (notifications are rows in the
same transaction; their e-mails are queued on commit).

Invariants kept here:

* a space never has zero coordinators (creation makes one; leaving, removing
  and changing roles refuse to take away the last one);
* a space never has more members than its capacity; newcomers to a full space
  go on the waiting list, and a freed seat is offered to the longest-waiting
  person, reserved for them until they accept, decline or the offer expires.

Capacity decisions lock the space row (``select_for_update``) so two
simultaneous joins cannot both take the last seat.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.caching import versions
from peergroups.live import announce
from peergroups.models import (
    Activity,
    Invitation,
    JoinRequest,
    MemberProfile,
    Membership,
    PeerGroup,
    Role,
    Space,
    SpaceKind,
    User,
    Visibility,
    WaitingListEntry,
    WorkingGroup,
)
from peergroups.models.groups import WORKING_GROUP_CAPACITY, WORKING_GROUP_MINIMUM
from peergroups.notifications.actions import notify
from search import indexing as search_indexing

#: How long a freed seat stays reserved for the person it is offered to.
SEAT_OFFER_DAYS = 7


def _ctx(user):
    return permissions.fresh_context(user)


def _forget(*users) -> None:
    """Membership changed: drop the cached space relations of these user objects."""
    for user in users:
        ctx = getattr(user, "_permission_context", None)
        if ctx is not None:
            ctx.forget_spaces()


def record_activity(space: Space, actor, verb: str, *, target_type: str = "", target_id=None, **params) -> Activity:
    """Add a line to the space's activity feed (for actions of this and higher apps)."""
    return Activity.objects.create(
        space=space, actor=actor, verb=verb, target_type=target_type, target_id=target_id, params=params
    )


def _locked(space: Space) -> Space:
    return Space.objects.select_for_update().get(pk=space.pk)


def member_count(space: Space) -> int:
    return Membership.objects.filter(space=space).count()


def open_offers(space: Space) -> int:
    return WaitingListEntry.objects.filter(space=space, status=WaitingListEntry.Status.OFFERED).count()


def free_seats(space: Space, *, members: int | None = None, offers: int | None = None) -> int | None:
    """Seats nobody holds or has been offered; None when the space has no limit.

    ``members`` and ``offers``: the counts when the caller has them already (one query less each).
    """
    if space.capacity is None:
        return None
    members = member_count(space) if members is None else members
    offers = open_offers(space) if offers is None else offers
    return max(0, space.capacity - members - offers)


def coordinator_ids(space: Space) -> list[int]:
    return list(Membership.objects.filter(space=space, role=Role.COORDINATOR).values_list("user_id", flat=True))


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "groep"
    slug, n = base, 2
    while Space.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def add_member(space: Space, user, role: str = Role.MEMBER, *, actor=None) -> Membership:
    """Make ``user`` a member of ``space`` (idempotent), without a permission check.

    For actions that checked their own rule first (joining, an approved request, an accepted
    invitation or seat offer, resultancy's accepted pledge). Records the join and forgets the
    cached permission inputs of ``user`` and ``actor``.
    """
    membership, created = Membership.objects.get_or_create(space=space, user=user, defaults={"role": role})
    if created:
        record_activity(space, user, Activity.Verb.JOINED)
    _forget(user, actor)
    return membership


# --- creating and changing spaces -------------------------------------------------


def create_space(
    *,
    kind: str,
    name: str,
    coordinator,
    description: str = "",
    visibility: str = Visibility.CLOSED,
    content_public: bool = False,
    capacity: int | None = None,
    themes=(),
    slug: str | None = None,
) -> Space:
    """Create a space with its first coordinator, without a permission check.

    For actions that checked their own rule first: ``do_create_peer_group``,
    ``do_create_working_group`` here, and resultancy's "form a team",
    which creates a space of kind ``resultancy_team`` this way.
    """
    name = name.strip()
    if not name:
        raise ValidationError(_("Give the group a name."))
    if visibility not in Visibility.values or kind not in SpaceKind.values:
        raise ValidationError(_("Unknown kind or visibility."))
    if capacity is not None and capacity < 1:
        raise ValidationError(_("The maximum number of members must be at least 1."))
    space = Space.objects.create(
        kind=kind,
        name=name[:160],
        slug=slug or _unique_slug(name),
        description=description.strip(),
        visibility=visibility,
        content_public=content_public and visibility == Visibility.OPEN,
        capacity=capacity,
        created_by=coordinator,
    )
    space.themes.set(themes)
    Membership.objects.create(space=space, user=coordinator, role=Role.COORDINATOR)
    record_activity(space, coordinator, Activity.Verb.CREATED)
    _forget(coordinator)
    search_indexing.schedule("space", space.pk)
    return space


@transaction.atomic
def do_create_peer_group(
    actor,
    *,
    name: str,
    description: str = "",
    visibility: str = Visibility.CLOSED,
    content_public: bool = False,
    themes=(),
    organisations=(),
    learning_questions=(),
) -> Space:
    """A member starts (or proposes) a peer group and becomes its coordinator.

    Members of the organisations linked to a listed group hear about it; a
    secret group is announced to nobody (its members are invited instead).
    """
    if not permissions.can_create_space(_ctx(actor), SpaceKind.PEER_GROUP):
        raise PermissionDenied(_("Only members can start a peer group."))
    space = create_space(
        kind=SpaceKind.PEER_GROUP,
        name=name,
        coordinator=actor,
        description=description,
        visibility=visibility,
        content_public=content_public,
        themes=themes,
    )
    peer_group = PeerGroup.objects.create(space=space)
    peer_group.organisations.set(organisations)
    peer_group.learning_questions.set(learning_questions)
    if visibility != Visibility.SECRET and organisations:
        recipients = MemberProfile.objects.filter(
            status=MemberProfile.Status.MEMBER, user__is_active=True, organisation__in=list(organisations)
        ).values_list("user_id", flat=True)
        notify(recipients, "peer_group_proposed", actor=actor, space=space)
    return space


@transaction.atomic
def do_create_working_group(
    actor,
    *,
    name: str,
    coordinator,
    description: str = "",
    theme=None,
    visibility: str = Visibility.CLOSED,
    capacity: int = WORKING_GROUP_CAPACITY,
    minimum_size: int = WORKING_GROUP_MINIMUM,
    portfolio_holder=None,
) -> Space:
    if not permissions.can_create_space(_ctx(actor), SpaceKind.WORKING_GROUP):
        raise PermissionDenied(_("Only site administrators set up working groups."))
    if minimum_size > capacity:
        raise ValidationError(_("The minimum number of members cannot be larger than the maximum."))
    space = create_space(
        kind=SpaceKind.WORKING_GROUP,
        name=name,
        coordinator=coordinator,
        description=description,
        visibility=visibility,
        capacity=capacity,
        themes=[theme] if theme else [],
    )
    WorkingGroup.objects.create(space=space, theme=theme, minimum_size=minimum_size, portfolio_holder=portfolio_holder)
    return space


SPACE_SETTINGS = ("name", "description", "visibility", "content_public", "capacity")


def _shown_by_dependants(space: Space) -> tuple:
    """What documents derived from a space copy from it besides its audience (a team's title is
    its space's name, its themes the space's themes): a change re-indexes the dependants."""
    return (space.name, space.description, frozenset(space.themes.values_list("pk", flat=True)))


@transaction.atomic
def do_update_space(actor, space: Space, *, themes=None, **changes) -> Space:
    """Coordinators change the settings; a larger capacity offers seats to the waiting list."""
    if not permissions.can_manage_space(_ctx(actor), space):
        raise PermissionDenied(_("Only coordinators can change this group."))
    unknown = set(changes) - set(SPACE_SETTINGS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    space = _locked(space)
    audience_before = (space.visibility, space.content_public)
    shown_before = _shown_by_dependants(space)
    capacity = changes.get("capacity", space.capacity)
    if capacity is not None and capacity < member_count(space):
        raise ValidationError(
            _("The group has %(count)s members; the maximum cannot be lower than that.")
            % {"count": member_count(space)}
        )
    for name, value in changes.items():
        setattr(space, name, value.strip() if isinstance(value, str) else value)
    if space.visibility != Visibility.OPEN:
        space.content_public = False
    space.full_clean()
    space.save()
    if themes is not None:
        space.themes.set(themes)
    search_indexing.schedule("space", space.pk)  # name, description, themes or audience changed
    audience_changed = (space.visibility, space.content_public) != audience_before
    if audience_changed or _shown_by_dependants(space) != shown_before:
        # what takes its audience or its words from the space changed: its threads and replies,
        # and what other apps derive from it (a team's name and themes, its deliverables), through
        # the registry
        search_indexing.schedule_space_dependants(space.pk)
    if audience_changed:
        announce.space_changed(space)  # open sockets re-check who may still follow along
    _offer_free_seats(space, actor=actor)
    return space


@transaction.atomic
def do_update_working_group(actor, working_group: WorkingGroup, **changes) -> WorkingGroup:
    if not permissions.can_manage_space(_ctx(actor), working_group.space):
        raise PermissionDenied(_("Only coordinators can change this group."))
    allowed = {"theme", "minimum_size", "portfolio_holder", "recruiting"}
    if set(changes) - allowed:
        raise ValueError(f"Not editable here: {sorted(set(changes) - allowed)}")
    for name, value in changes.items():
        setattr(working_group, name, value)
    working_group.save()
    return working_group


# --- joining ----------------------------------------------------------------------


def check_join(actor_ctx, space: Space) -> None:
    if permissions.is_space_member(actor_ctx, space):
        raise ValidationError(_("You are already a member of this group."))
    if not permissions.can_join(actor_ctx, space):
        raise PermissionDenied(_("You cannot join this group directly."))
    if WaitingListEntry.objects.filter(
        space=space, user_id=actor_ctx.user_id, status__in=WaitingListEntry.ACTIVE_STATUSES
    ).exists():
        raise ValidationError(_("You are already on the waiting list of this group."))


@transaction.atomic
def do_join(actor, space: Space) -> Membership | WaitingListEntry:
    """Join an open space, or take a place on its waiting list when it is full."""
    check_join(_ctx(actor), space)
    space = _locked(space)
    seats = free_seats(space)
    if seats is not None and seats <= 0:
        return WaitingListEntry.objects.create(space=space, user=actor, queued_at=timezone.now())
    return add_member(space, actor)


def check_request_to_join(actor_ctx, space: Space, motivation: str) -> None:
    if permissions.is_space_member(actor_ctx, space):
        raise ValidationError(_("You are already a member of this group."))
    if not permissions.can_request_to_join(actor_ctx, space):
        raise PermissionDenied(_("You cannot ask to join this group."))
    if not motivation.strip():
        raise ValidationError(_("Tell the coordinator briefly why you want to join."))
    if JoinRequest.objects.filter(space=space, user_id=actor_ctx.user_id, status=JoinRequest.Status.PENDING).exists():
        raise ValidationError(_("You have already asked to join; the coordinator will decide soon."))
    if WaitingListEntry.objects.filter(
        space=space, user_id=actor_ctx.user_id, status__in=WaitingListEntry.ACTIVE_STATUSES
    ).exists():
        raise ValidationError(_("You are already on the waiting list of this group."))


@transaction.atomic
def do_request_to_join(actor, space: Space, *, motivation: str) -> JoinRequest:
    check_request_to_join(_ctx(actor), space, motivation)
    try:
        with transaction.atomic():
            request = JoinRequest.objects.create(space=space, user=actor, motivation=motivation.strip()[:2000])
    except IntegrityError:  # a double submit raced past the check
        raise ValidationError(_("You have already asked to join; the coordinator will decide soon."))
    notify(
        coordinator_ids(space),
        "join_request",
        actor=actor,
        space=space,
        target_type="join_request",
        target_id=request.pk,
    )
    return request


@transaction.atomic
def do_withdraw_join_request(actor, request: JoinRequest) -> JoinRequest:
    if request.user_id != actor.pk:
        raise PermissionDenied
    if request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been decided on."))
    request.status = JoinRequest.Status.WITHDRAWN
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_at"])
    return request


def check_decide_join_request(actor_ctx, request: JoinRequest) -> None:
    if not permissions.can_manage_space(actor_ctx, request.space):
        raise PermissionDenied(_("Only coordinators decide on requests to join."))
    if request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been decided on."))


@transaction.atomic
def do_decide_join_request(actor, request: JoinRequest, *, approve: bool, message: str = "") -> JoinRequest:
    """Approve (member now, or waiting list when full) or decline, with a message."""
    request = JoinRequest.objects.select_for_update().select_related("space", "user").get(pk=request.pk)
    check_decide_join_request(_ctx(actor), request)
    space = _locked(request.space)
    if approve:
        seats = free_seats(space)
        if seats is not None and seats <= 0:
            WaitingListEntry.objects.get_or_create(
                space=space,
                user=request.user,
                status=WaitingListEntry.Status.WAITING,
                defaults={"queued_at": request.created_at, "motivation": request.motivation},
            )
            request.status = JoinRequest.Status.WAITLISTED
        else:
            add_member(space, request.user, actor=actor)
            request.status = JoinRequest.Status.APPROVED
    else:
        request.status = JoinRequest.Status.DECLINED
    request.decided_by = actor
    request.decided_at = timezone.now()
    request.decision_message = message.strip()[:2000]
    request.save(update_fields=["status", "decided_by", "decided_at", "decision_message"])
    notify(
        [request.user_id],
        "join_decision",
        actor=actor,
        space=space,
        target_type="join_request",
        target_id=request.pk,
        params={"outcome": request.status},
    )
    return request


# --- invitations --------------------------------------------------------------------


def check_invite(actor_ctx, space: Space, user, email: str) -> None:
    if not permissions.can_manage_space(actor_ctx, space):
        raise PermissionDenied(_("Only coordinators can invite people."))
    if space.kind == SpaceKind.PORTAL:
        raise ValidationError(_("Everyone is already welcome here."))
    if user is None and not email:
        raise ValidationError(_("Choose a member or fill in an e-mail address."))
    if user is not None:
        if not permissions.context_for(user).is_member:
            raise ValidationError(_("Only admitted members can be invited by name."))
        if Membership.objects.filter(space=space, user=user).exists():
            raise ValidationError(_("%(name)s is already a member.") % {"name": user.display_name})
        if Invitation.objects.filter(space=space, user=user, status=Invitation.Status.PENDING).exists():
            raise ValidationError(_("%(name)s has already been invited.") % {"name": user.display_name})


@transaction.atomic
def do_invite(actor, space: Space, *, user=None, email: str = "", message: str = "") -> Invitation:
    """Invite a member (by profile) or an e-mail address.

    An address that belongs to an admitted member is treated as that member,
    so they get the invitation on the platform too.
    """
    email = email.strip().lower()
    if user is None and email:
        user = User.objects.filter(email__iexact=email, is_active=True, profile__status="member").first()
    check_invite(_ctx(actor), space, user, email)
    invitation = Invitation.objects.create(
        space=space,
        user=user,
        email="" if user is not None else email,
        token=secrets.token_urlsafe(32),
        message=message.strip()[:2000],
        invited_by=actor,
    )
    if user is not None:
        _forget(user)
        notify([user], "invitation", actor=actor, space=space, target_type="invitation", target_id=invitation.pk)
    else:
        from peergroups.notifications.email import invitation_email_task

        transaction.on_commit(lambda: invitation_email_task.enqueue(invitation.pk))
    return invitation


def check_respond_to_invitation(actor_ctx, invitation: Invitation) -> None:
    if not permissions.can_accept_invitation(actor_ctx):
        raise PermissionDenied(_("Only admitted members can accept invitations."))
    if invitation.user_id is not None and invitation.user_id != actor_ctx.user_id:
        raise PermissionDenied(_("This invitation is for someone else."))
    if invitation.status != Invitation.Status.PENDING:
        raise ValidationError(_("This invitation is no longer open."))


@transaction.atomic
def do_respond_to_invitation(actor, invitation: Invitation, *, accept: bool) -> Invitation:
    """Accept (member now, if there is a seat) or decline an invitation."""
    invitation = Invitation.objects.select_for_update().select_related("space").get(pk=invitation.pk)
    check_respond_to_invitation(_ctx(actor), invitation)
    space = _locked(invitation.space)
    if accept:
        if Membership.objects.filter(space=space, user=actor).exists():
            invitation.status = Invitation.Status.ACCEPTED
        else:
            seats = free_seats(space)
            if seats is not None and seats <= 0:
                raise ValidationError(
                    _("This group is full at the moment. Your invitation stays open; try again when a seat is free.")
                )
            add_member(space, actor)
            invitation.status = Invitation.Status.ACCEPTED
    else:
        invitation.status = Invitation.Status.DECLINED
    invitation.user = actor
    invitation.decided_at = timezone.now()
    invitation.save(update_fields=["status", "user", "decided_at"])
    _forget(actor)
    return invitation


@transaction.atomic
def do_revoke_invitation(actor, invitation: Invitation) -> Invitation:
    if not permissions.can_manage_space(_ctx(actor), invitation.space):
        raise PermissionDenied(_("Only coordinators can withdraw invitations."))
    if invitation.status != Invitation.Status.PENDING:
        raise ValidationError(_("This invitation is no longer open."))
    invitation.status = Invitation.Status.REVOKED
    invitation.decided_at = timezone.now()
    invitation.save(update_fields=["status", "decided_at"])
    return invitation


# --- leaving, removing, roles -----------------------------------------------------


def _ensure_not_last_coordinator(space: Space, user_id: int) -> None:
    coordinators = coordinator_ids(space)
    if coordinators == [user_id]:
        raise ValidationError(
            _("A group always needs a coordinator. Hand over the coordinator role to another member first.")
        )


@transaction.atomic
def do_leave(actor, space: Space) -> None:
    if not permissions.can_leave(_ctx(actor), space):
        raise PermissionDenied(_("You are not a member of this group."))
    space = _locked(space)
    _ensure_not_last_coordinator(space, actor.pk)
    Membership.objects.filter(space=space, user=actor).delete()
    record_activity(space, actor, Activity.Verb.LEFT)
    announce.membership_ended(space, [actor.pk])
    _forget(actor)
    _offer_free_seats(space, actor=actor)


@transaction.atomic
def do_remove_member(actor, space: Space, user) -> None:
    if not permissions.can_manage_space(_ctx(actor), space):
        raise PermissionDenied(_("Only coordinators can remove members."))
    space = _locked(space)
    if not Membership.objects.filter(space=space, user=user).exists():
        raise ValidationError(_("This person is not a member."))
    _ensure_not_last_coordinator(space, user.pk)
    Membership.objects.filter(space=space, user=user).delete()
    record_activity(space, user, Activity.Verb.REMOVED)
    announce.membership_ended(space, [user.pk])
    _forget(user, actor)
    _offer_free_seats(space, actor=actor)


@transaction.atomic
def do_set_role(actor, space: Space, user, role: str) -> Membership:
    """Make a member coordinator, or a coordinator member again (never the last one)."""
    if not permissions.can_manage_space(_ctx(actor), space):
        raise PermissionDenied(_("Only coordinators can change roles."))
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    _locked(space)
    membership = Membership.objects.select_for_update().filter(space=space, user=user).first()
    if membership is None:
        raise ValidationError(_("This person is not a member."))
    if membership.role == role:
        return membership
    if role == Role.MEMBER:
        _ensure_not_last_coordinator(space, user.pk)
    membership.role = role
    membership.save(update_fields=["role"])
    if role == Role.COORDINATOR:
        record_activity(space, user, Activity.Verb.COORDINATOR)
    _forget(user, actor)
    return membership


@transaction.atomic
def do_hand_over(actor, space: Space, to_user) -> Membership:
    """The actor passes the coordinator role to another member and stays a member."""
    ctx = _ctx(actor)
    if not permissions.is_space_coordinator(ctx, space):
        raise PermissionDenied(_("Only a coordinator can hand over the role."))
    if to_user.pk == actor.pk:
        raise ValidationError(_("Choose another member."))
    membership = do_set_role(actor, space, to_user, Role.COORDINATOR)
    Membership.objects.filter(space=space, user=actor).update(role=Role.MEMBER)
    versions.bump_permissions(actor.pk)  # .update() sends no signal
    _forget(actor)
    return membership


# --- the waiting list ----------------------------------------------------------------


def _offer_free_seats(space: Space, *, actor=None) -> list[WaitingListEntry]:
    """Offer every free seat to the longest-waiting people, first come first served.

    Called with the space row locked, after anything that frees seats.
    """
    offered: list[WaitingListEntry] = []
    seats = free_seats(space)
    if seats is None:
        queue = WaitingListEntry.objects.filter(space=space, status=WaitingListEntry.Status.WAITING)
        seats = queue.count()
    if seats <= 0:
        return offered
    now = timezone.now()
    queue = WaitingListEntry.objects.select_for_update().filter(space=space, status=WaitingListEntry.Status.WAITING)
    for entry in queue.order_by("queued_at", "pk")[:seats]:
        entry.status = WaitingListEntry.Status.OFFERED
        entry.offered_at = now
        entry.offer_expires_at = now + timedelta(days=SEAT_OFFER_DAYS)
        entry.save(update_fields=["status", "offered_at", "offer_expires_at"])
        notify([entry.user_id], "seat_offered", space=space, target_type="waiting_entry", target_id=entry.pk)
        offered.append(entry)
    return offered


def check_seat_offer(actor_ctx, entry: WaitingListEntry) -> None:
    if entry.user_id != actor_ctx.user_id:
        raise PermissionDenied
    if entry.status != WaitingListEntry.Status.OFFERED:
        raise ValidationError(_("There is no seat offer open for you in this group."))


def do_respond_to_seat_offer(actor, entry: WaitingListEntry, *, accept: bool) -> WaitingListEntry:
    """Take or decline an offered seat; a late answer lets the seat move on and says so."""
    now = timezone.now()
    current = WaitingListEntry.objects.filter(pk=entry.pk).values_list("status", "offer_expires_at").first()
    status, expires = current if current is not None else ("", None)
    if status == WaitingListEntry.Status.OFFERED and expires and expires < now:
        do_expire_seat_offers(now)  # committed on its own: the next person gets the seat
        raise ValidationError(_("This offer has expired; the seat has been offered to the next person."))
    with transaction.atomic():
        entry = WaitingListEntry.objects.select_for_update().select_related("space").get(pk=entry.pk)
        check_seat_offer(_ctx(actor), entry)
        space = _locked(entry.space)
        entry.closed_at = now
        if accept:
            entry.status = WaitingListEntry.Status.ACCEPTED
            entry.save(update_fields=["status", "closed_at"])
            add_member(space, actor)  # the seat was reserved for this offer
        else:
            entry.status = WaitingListEntry.Status.DECLINED
            entry.save(update_fields=["status", "closed_at"])
            _offer_free_seats(space, actor=actor)
    return entry


@transaction.atomic
def do_leave_waiting_list(actor, entry: WaitingListEntry) -> WaitingListEntry:
    entry = WaitingListEntry.objects.select_for_update().select_related("space").get(pk=entry.pk)
    if entry.user_id != actor.pk:
        raise PermissionDenied
    if not entry.is_active:
        raise ValidationError(_("You are not on the waiting list of this group."))
    space = _locked(entry.space)
    was_offered = entry.status == WaitingListEntry.Status.OFFERED
    entry.status = WaitingListEntry.Status.WITHDRAWN
    entry.closed_at = timezone.now()
    entry.save(update_fields=["status", "closed_at"])
    if was_offered:
        _offer_free_seats(space, actor=actor)
    return entry


def _expire(entry: WaitingListEntry, now) -> None:
    entry.status = WaitingListEntry.Status.EXPIRED
    entry.closed_at = now
    entry.save(update_fields=["status", "closed_at"])
    notify([entry.user_id], "seat_offer_expired", space=entry.space, target_type="waiting_entry", target_id=entry.pk)


@transaction.atomic
def do_expire_seat_offers(now=None) -> int:
    """Expire offers past their time and offer those seats to the next in line.

    Run regularly (``manage.py expire_seat_offers``, e.g. hourly).
    """
    now = now or timezone.now()
    expired = 0
    overdue = WaitingListEntry.objects.select_related("space").filter(
        status=WaitingListEntry.Status.OFFERED, offer_expires_at__lt=now
    )
    spaces = {}
    for entry in overdue.select_for_update(of=("self",)):
        _expire(entry, now)
        spaces[entry.space_id] = entry.space
        expired += 1
    for space in spaces.values():
        _offer_free_seats(_locked(space))
    return expired


def waiting_position(entry: WaitingListEntry) -> int:
    """1 for the first in line."""
    return (
        WaitingListEntry.objects.filter(
            space_id=entry.space_id, status=WaitingListEntry.Status.WAITING, queued_at__lt=entry.queued_at
        ).count()
        + WaitingListEntry.objects.filter(
            space_id=entry.space_id,
            status=WaitingListEntry.Status.WAITING,
            queued_at=entry.queued_at,
            pk__lt=entry.pk,
        ).count()
        + 1
    )
