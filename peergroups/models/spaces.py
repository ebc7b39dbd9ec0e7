"""Spaces: the one mechanism behind every kind of group.

A peer group, a working group, a resultancy team and the network-wide
help portal are all a ``Space``: they share members with a role,
join requests, invitations, a waiting list, meetings, documents, an activity
feed and (later) threads, so each of those is written and checked once.
Kind-specific data lives in small 1:1 models (``PeerGroup``,
``WorkingGroup``; resultancy's team model in its own app) that point at the
space, never the other way round, so a higher app can add a kind without
peergroups knowing it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .people import Theme


class SpaceKind(models.TextChoices):
    PEER_GROUP = "peer_group", _("Peer group")
    WORKING_GROUP = "working_group", _("Working group")
    RESULTANCY_TEAM = "resultancy_team", _("Resultancy team")
    PORTAL = "portal", _("Network-wide portal")


class Visibility(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    SECRET = "secret", _("Secret")


#: Visibilities whose existence is public: listed and findable by anyone.
LISTED_VISIBILITIES = (Visibility.OPEN, Visibility.CLOSED)


class Space(models.Model):
    """A group of people working together, with its own members and content.

    ``visibility`` decides who learns that the space exists and who may join;
    ``content_public`` lets the coordinator of an *open* space show its
    documents and meetings to everyone (it has no effect on closed and secret
    spaces). ``capacity`` is the maximum number of members (empty: no limit);
    when it is reached, newcomers go on the waiting list. Every decision
    about a space is made in ``peergroups.policy``.
    """

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=SpaceKind.choices)
    visibility = models.CharField(_("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.CLOSED)
    content_public = models.BooleanField(
        _("content visible to everyone"),
        default=False,
        help_text=_("Only for open groups: show meetings and documents to visitors too."),
    )
    description = models.TextField(_("about this group"), blank=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="spaces")
    capacity = models.PositiveSmallIntegerField(
        _("maximum number of members"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        indexes = [models.Index(fields=["kind", "visibility"])]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("peergroups:space_detail", args=[self.slug])

    @property
    def is_secret(self) -> bool:
        return self.visibility == Visibility.SECRET

    @property
    def is_portal(self) -> bool:
        return self.kind == SpaceKind.PORTAL


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    """A person in a space, with their role there (not a platform-wide role)."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="space_memberships")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "joined_at"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["space", "user"], name="one_membership_per_person")]

    def __str__(self):
        return f"{self.user} in {self.space}"

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR


class JoinRequest(models.Model):
    """A request to join a closed space, decided by a coordinator."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting a decision")
        APPROVED = "approved", _("Approved")
        WAITLISTED = "waitlisted", _("Approved, on the waiting list")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests")
    motivation = models.TextField(_("motivation"), max_length=2000)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_message = models.TextField(_("message to the applicant"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        constraints = [
            models.UniqueConstraint(
                fields=["space", "user"], condition=Q(status="pending"), name="one_pending_request_per_person"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.space}"


class Invitation(models.Model):
    """An invitation by a coordinator, to a member (by profile) or an e-mail address.

    Invitations are the only way into a secret space. An invitation by e-mail
    carries a random token; whoever opens the link logged in as an admitted
    member may accept it (the e-mail itself is the proof of being invited).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        REVOKED = "revoked", _("Withdrawn")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="space_invitations"
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    token = models.CharField(max_length=64, unique=True)
    message = models.TextField(_("personal message"), blank=True, max_length=2000)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user or self.email} → {self.space}"

    def get_absolute_url(self):
        return reverse("peergroups:invitation", args=[self.token])


class WaitingListEntry(models.Model):
    """A place in the queue of a full space: first come, first offered.

    When a seat frees up, the longest-waiting entry is *offered* the seat for
    a limited time (``SEAT_OFFER_DAYS``); the seat stays reserved until the
    person accepts, declines or lets the offer expire, and then the next one
    in line is offered it.
    """

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        OFFERED = "offered", _("Seat offered")
        ACCEPTED = "accepted", _("Seat taken")
        DECLINED = "declined", _("Seat declined")
        EXPIRED = "expired", _("Offer expired")
        WITHDRAWN = "withdrawn", _("Left the waiting list")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="waiting_list")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="waiting_list_entries")
    motivation = models.TextField(_("motivation"), blank=True, max_length=2000)
    #: Statuses of an entry that still holds a place in the queue.
    ACTIVE_STATUSES = (Status.WAITING, Status.OFFERED)

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WAITING)
    queued_at = models.DateTimeField(_("on the list since"))
    offered_at = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("waiting list entry")
        verbose_name_plural = _("waiting list entries")
        constraints = [
            models.UniqueConstraint(
                fields=["space", "user"],
                condition=Q(status__in=["waiting", "offered"]),
                name="one_active_waiting_entry_per_person",
            )
        ]

    def __str__(self):
        return f"{self.user} waits for {self.space}"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def is_offered(self) -> bool:
        return self.status == self.Status.OFFERED


class Activity(models.Model):
    """One line in a space's activity feed ("Anna joined", "meeting planned").

    Shown only to those who may see the space's content, so a short title of
    the object it is about may be kept in ``params`` for display; links are
    built from ``target_type``/``target_id`` at render time.
    """

    class Verb(models.TextChoices):
        CREATED = "created", _("created the group")
        JOINED = "joined", _("joined")
        LEFT = "left", _("left")
        REMOVED = "removed", _("was removed")
        COORDINATOR = "coordinator", _("became coordinator")
        MEETING_PLANNED = "meeting_planned", _("planned a meeting")
        MINUTES_ADDED = "minutes_added", _("added minutes")
        DOCUMENT_ADDED = "document_added", _("added a document")
        SPEARHEAD_ADDED = "spearhead_added", _("added a spearhead")
        SPEARHEAD_PROGRESS = "spearhead_progress", _("reported progress")
        ACTIVITY_PLANNED = "activity_planned", _("planned a regional activity")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="activities")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=24, choices=Verb.choices)
    target_type = models.CharField(max_length=30, blank=True)
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return f"{self.actor} {self.verb} ({self.space})"
