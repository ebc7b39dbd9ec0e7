"""The permission policy: every decision about who may see or do what.

One ``PermissionContext`` per user (lazy, cached) is built in middleware for
requests and with :func:`context_for` anywhere else (socket consumers,
notifications, e-mails, search filtering). Each rule comes in up to three
forms, after Misago and Zulip:

* ``can_…(ctx, obj)`` — a yes/no for templates and code paths;
* ``access_…(ctx, …)`` — fetch an object for the user or raise; where the very
  existence of an object is private the *same* ``Http404`` is raised whether
  it does not exist or may not be seen, so nothing can be probed;
* ``…_visible_to(ctx)`` — a queryset filter (and later an Elasticsearch
  filter) so that listings and search apply the very same rule in the query.

Views, actions, consumers and the search filter call these functions; they
never re-implement a rule.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q, Value
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from peergroups.core.roles import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS
from peergroups.models import Flag, Thread
from peergroups.models.spaces import LISTED_VISIBILITIES, SpaceKind, Visibility
from peergroups.policy import second_factor


class LoginRequired(PermissionDenied):
    """Raised when a visitor must log in first; views answer with the login page."""


class MembersOnly(PermissionDenied):
    """Raised when a page needs an admitted member; carries a reason for the user."""

    def __init__(self, reason: Any = ""):  # str or a lazy translation
        super().__init__(reason)
        self.reason = reason


@dataclass
class PermissionContext:
    """What the policy needs to know about one user, computed once."""

    user: Any  # a User or AnonymousUser (Any: also duck-typed users in consumers and tests)
    _cache: dict = field(default_factory=dict, repr=False)

    @cached_property
    def is_authenticated(self) -> bool:
        return bool(getattr(self.user, "is_authenticated", False))

    @cached_property
    def user_id(self) -> int | None:
        return self.user.pk if self.is_authenticated else None

    @cached_property
    def profile(self):
        if not self.is_authenticated:
            return None
        from peergroups.models import MemberProfile

        try:
            return self.user.profile
        except MemberProfile.DoesNotExist:
            return None

    @cached_property
    def role_names(self) -> frozenset[str]:
        if not self.is_authenticated:
            return frozenset()
        # Through .all(): a caller that prefetched the groups of many users pays no query here.
        return frozenset(group.name for group in self.user.groups.all())

    @cached_property
    def holds_site_admin_role(self) -> bool:
        return self.is_authenticated and (self.user.is_superuser or ROLE_SITE_ADMINS in self.role_names)

    @cached_property
    def powers_withheld(self) -> bool:
        """A powerful role without a second factor grants nothing yet (see second_factor.py)."""
        return second_factor.powers_withheld(self)

    @cached_property
    def is_site_admin(self) -> bool:
        return self.holds_site_admin_role and not self.powers_withheld

    @cached_property
    def is_member(self) -> bool:
        """An admitted member (or a site admin, who always counts as one)."""
        if self.holds_site_admin_role:
            return True
        return self.profile is not None and self.profile.is_member and self.user.is_active

    @cached_property
    def is_pending(self) -> bool:
        return self.is_authenticated and not self.is_member

    @cached_property
    def is_moderator(self) -> bool:
        if not self.is_member or self.powers_withheld:
            return False
        return self.is_site_admin or ROLE_MODERATORS in self.role_names

    @cached_property
    def is_editor(self) -> bool:
        if not self.is_member or self.powers_withheld:
            return False
        return self.is_site_admin or ROLE_EDITORS in self.role_names

    @cached_property
    def organisation_id(self) -> int | None:
        if not self.is_member or self.profile is None:
            return None
        return self.profile.organisation_id

    # --- spaces: one query for every membership and open invitation ---------------

    @cached_property
    def space_relations(self) -> dict[int, str]:
        """``{space_id: "coordinator" | "member" | "invited"}`` in one query.

        Only admitted members have relations: a membership of someone whose
        account was later rejected or deactivated opens nothing.
        """
        user_id = self.user_id
        if not self.is_member or user_id is None:
            return {}
        return space_relations_of([user_id]).get(user_id, {})

    @cached_property
    def space_ids(self) -> frozenset[int]:
        """Spaces the user is a member of (any role)."""
        return frozenset(sid for sid, rel in self.space_relations.items() if rel != INVITED)

    @cached_property
    def coordinated_space_ids(self) -> frozenset[int]:
        return frozenset(sid for sid, rel in self.space_relations.items() if rel == COORDINATOR)

    @cached_property
    def invited_space_ids(self) -> frozenset[int]:
        return frozenset(sid for sid, rel in self.space_relations.items() if rel == INVITED)

    @cached_property
    def known_space_ids(self) -> frozenset[int]:
        """Spaces whose existence the user may know even when secret: members and invitees."""
        return frozenset(self.space_relations)

    def forget_spaces(self) -> None:
        """Drop the cached space relations (after an action changed them)."""
        for name in ("space_relations", "space_ids", "coordinated_space_ids", "invited_space_ids", "known_space_ids"):
            self.__dict__.pop(name, None)


#: Relation names in ``PermissionContext.space_relations`` (the first two are Membership roles).
COORDINATOR = "coordinator"
MEMBER = "member"
INVITED = "invited"
#: Visibilities whose existence is public (mirrors models.LISTED_VISIBILITIES).
LISTED = LISTED_VISIBILITIES
#: The one message of every "not found", whether absent or hidden.
NOT_FOUND = "Not found"


def context_for(user) -> PermissionContext:
    """The permission context of a user, cached on the user object."""
    if user is None:
        user = AnonymousUser()
    ctx = getattr(user, "_permission_context", None)
    if ctx is None:
        ctx = PermissionContext(user)
        with suppress(AttributeError):  # exotic user objects without a __dict__
            user._permission_context = ctx
    return ctx


def request_context(user) -> PermissionContext:
    """The context of the user of a web request: its inputs come from the per-user cache.

    Roles, profile and space relations are read from ``user_cache`` (one entry per
    user, invalidated by every write that changes them, see that module) instead of
    three queries; the rules below decide from them exactly as from fresh rows.
    Actions still decide with :func:`fresh_context`.
    """
    ctx = context_for(user)
    if ctx.is_authenticated and "role_names" not in ctx.__dict__ and getattr(user, "pk", None) is not None:
        _load_cached_inputs(ctx, user)
    return ctx


def _load_cached_inputs(ctx: PermissionContext, user) -> None:
    from peergroups.caching.user_cache import load_permission_inputs

    def compute():
        fresh = PermissionContext(user)
        return fresh.role_names, fresh.profile, fresh.space_relations

    role_names, profile, relations = load_permission_inputs(user, compute)
    ctx.__dict__.update(role_names=role_names, profile=profile)
    # Relations count only for an admitted member (``space_relations`` says so too).
    ctx.__dict__["space_relations"] = relations if ctx.is_member else {}


def reader_context(user) -> PermissionContext:
    """A context of this reader *now*, for replaying stored content outside a request (sockets).

    Never the context cached on the user object (a socket keeps its user for hours): a new one
    whose inputs come from the per-user cache, which every write that changes them invalidates
    (a removal, a revoked invitation, a role), so it decides as ``fresh_context`` would.
    """
    ctx = PermissionContext(user)
    if ctx.is_authenticated and getattr(user, "pk", None) is not None:
        # The versions memoised on a long-lived user object miss bumps by other processes.
        for memo in ("_user_cache_versions", "_user_cache_found"):
            user.__dict__.pop(memo, None)
        _load_cached_inputs(ctx, user)
    return ctx


def fresh_context(user) -> PermissionContext:
    """A newly computed context (and the one cached on the user from now on).

    Actions decide with this one: a write must not rest on relations cached
    earlier in the same request or script, which an earlier write may have
    changed (a join, a removal, a role change).
    """
    if user is None:
        user = AnonymousUser()
    ctx = PermissionContext(user)
    with suppress(AttributeError):
        user._permission_context = ctx
    return ctx


def space_relations_of(user_ids) -> dict[int, dict[int, str]]:
    """``{user_id: {space_id: "coordinator" | "member" | "invited"}}`` in one query for any number of users.

    A membership outranks an invitation to the same space.
    """
    from peergroups.models import Invitation, Membership

    ids = sorted(set(user_ids))
    if not ids:
        return {}
    # order_by(): no default ordering inside the UNION (SQLite, the embedded default, refuses it).
    memberships = Membership.objects.filter(user_id__in=ids).order_by().values_list("user_id", "space_id", "role")
    invitations = (
        Invitation.objects.filter(user_id__in=ids, status=Invitation.Status.PENDING)
        .order_by()
        .values_list("user_id", "space_id", Value(INVITED, output_field=CharField()))
    )
    relations: dict[int, dict[int, str]] = {}
    for user_id, space_id, relation in memberships.union(invitations, all=True):
        own = relations.setdefault(user_id, {})
        if relation == INVITED:
            own.setdefault(space_id, relation)
        else:
            own[space_id] = relation
    return relations


def fresh_contexts(user_ids) -> list[PermissionContext]:
    """Fresh contexts of many active users in three queries, however many there are.

    For fan-out decisions (who of these followers may read this thread): the
    same rules as one ``fresh_context`` per user, with the user, profile, roles
    and space relations of everyone loaded together.
    """
    from peergroups.models import User

    users = list(
        User.objects.filter(pk__in=set(user_ids), is_active=True).select_related("profile").prefetch_related("groups")
    )
    relations = space_relations_of([user.pk for user in users])
    contexts = []
    for user in users:
        ctx = fresh_context(user)
        ctx.__dict__["space_relations"] = relations.get(user.pk, {}) if ctx.is_member else {}
        contexts.append(ctx)
    return contexts


# --- Members and profiles -------------------------------------------------------


def can_view_member_profiles(ctx: PermissionContext) -> bool:
    """Profiles of colleagues are for members only (pending accounts cannot browse people)."""
    return ctx.is_member


def require_member(ctx: PermissionContext) -> None:
    """Raise ``MembersOnly`` unless the user is an admitted member."""
    if not ctx.is_member:
        if ctx.is_authenticated:
            raise MembersOnly(_("Your account is awaiting approval. Until then you can read public content only."))
        raise MembersOnly(_("Please log in as a member to see this page."))


def access_member_profile(ctx: PermissionContext, user_id: int):
    """A member's profile for a member; the same 404 for an unknown or inactive person."""
    from peergroups.models import MemberProfile

    require_member(ctx)
    return get_object_or_404(
        MemberProfile.objects.select_related("user", "organisation"),
        user_id=user_id,
        user__is_active=True,
        status=MemberProfile.Status.MEMBER,
    )


def can_edit_profile(ctx: PermissionContext, profile) -> bool:
    return ctx.is_authenticated and (profile.user_id == ctx.user_id or ctx.is_site_admin)


def can_approve_members(ctx: PermissionContext) -> bool:
    return ctx.is_site_admin


def can_manage_identity_providers(ctx: PermissionContext) -> bool:
    """Linking an organisation to its identity provider decides who gets in: site admins only."""
    return ctx.is_site_admin


def profiles_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on MemberProfile: members see admitted colleagues, others nobody."""
    if not can_view_member_profiles(ctx):
        return Q(pk__in=[])
    return Q(status="member", user__is_active=True)


# --- Organisations --------------------------------------------------------------


def can_edit_organisation(ctx: PermissionContext, organisation) -> bool:
    """Members of an organisation keep its profile and learning questions up to date."""
    if ctx.is_site_admin:
        return True
    return ctx.is_member and ctx.organisation_id == organisation.pk


def access_organisation_for_edit(ctx: PermissionContext, slug: str):
    from peergroups.models import Organisation

    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_edit_organisation(ctx, organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    return organisation


def access_learning_question_for_edit(ctx: PermissionContext, slug: str, pk: int):
    from peergroups.models import LearningQuestion

    question = get_object_or_404(
        LearningQuestion.objects.select_related("organisation"), pk=pk, organisation__slug=slug
    )
    if not can_edit_organisation(ctx, question.organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    return question


# --- Spaces (peer groups, working groups, teams, the portal) ----------------------
#
# Visibility of a space:
#   open    listed for everyone; any admitted member may join; its content
#           (meetings, documents, activity, later threads) is for its members,
#           or for everyone when the coordinator sets ``content_public``;
#   closed  listed for everyone; join by request, decided by a coordinator;
#           content for its members only;
#   secret  invitation only; known only to its members and invitees: for
#           anyone else it does not exist (the same 404 as an unknown slug,
#           absent from lists, counts, suggestions and notifications).
# Site admins see every space and manage any space; they post only where they
# are members. Moderators get nothing extra on these pages: they reach content
# of a space, secret ones included, only through the moderation queue
# (``can_moderate_space``, used by issue 5) so that flagged posts can be handled.
# The portal (kind ``portal``) is open with public content, and every admitted
# member counts as a member of it.


def space_role(ctx: PermissionContext, space) -> str | None:
    """The user's role in a space ("coordinator" / "member"), or None."""
    role = ctx.space_relations.get(space.pk)
    if role in (COORDINATOR, MEMBER):
        return role
    if space.kind == SpaceKind.PORTAL and ctx.is_member:
        return MEMBER
    return None


def is_space_member(ctx: PermissionContext, space) -> bool:
    return space_role(ctx, space) is not None


def is_space_coordinator(ctx: PermissionContext, space) -> bool:
    return space_role(ctx, space) == COORDINATOR


def can_view_space(ctx: PermissionContext, space) -> bool:
    """May the user know that this space exists (list it, open its page)?"""
    if space.visibility != Visibility.SECRET:
        return True
    return ctx.is_site_admin or space.pk in ctx.known_space_ids


def spaces_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on Space with exactly the rule of ``can_view_space``."""
    if ctx.is_site_admin:
        return Q()
    return Q(visibility__in=LISTED) | Q(pk__in=sorted(ctx.known_space_ids))


def space_listing_scope(ctx: PermissionContext):
    """``spaces_visible_to`` as a search scope, for finding spaces themselves (suggestions):
    listed spaces are indexed for everyone, secret ones for the spaces in ``known_space_ids``
    (members, coordinators, invitees). Not for a space's content: see ``search_scope``."""
    from search.scope import SearchScope

    return SearchScope(members=ctx.is_member, space_ids=ctx.known_space_ids, all_spaces=ctx.is_site_admin)


def space_filter_terms(ctx: PermissionContext) -> dict:
    """The ``spaces_visible_to`` rule as plain data, for a search engine filter.

    ``{"all": True}`` for site admins; otherwise a document is visible when its
    ``visibility`` is one of ``visibilities`` OR its ``space_id`` is one of
    ``space_ids``. The search issue turns this into an Elasticsearch
    ``bool.should`` of two ``terms`` filters (with ``minimum_should_match: 1``).
    """
    if ctx.is_site_admin:
        return {"all": True, "visibilities": [], "space_ids": []}
    return {"all": False, "visibilities": list(LISTED), "space_ids": sorted(ctx.known_space_ids)}


def space_matches_terms(terms: dict, *, space_id: int, visibility: str) -> bool:
    """Apply ``space_filter_terms`` to one space: the reference for the search filter."""
    return terms["all"] or visibility in terms["visibilities"] or space_id in terms["space_ids"]


def access_space(ctx: PermissionContext, slug: str, queryset=None):
    """The space with this slug, or the *same* Http404 as for a slug that does not exist."""
    from peergroups.models import Space

    queryset = Space.objects.all() if queryset is None else queryset
    space = queryset.filter(spaces_visible_to(ctx), slug=slug).first()
    if space is None:
        raise Http404(NOT_FOUND)
    return space


def can_see_members(ctx: PermissionContext, space) -> bool:
    """Who is in a group: its members and site admins; for listed groups, every admitted member.

    People are never shown to visitors or pending accounts (as for profiles).
    """
    if not can_view_space(ctx, space) or not ctx.is_member:
        return False
    if ctx.is_site_admin or is_space_member(ctx, space):
        return True
    return space.visibility in LISTED


def can_see_content(ctx: PermissionContext, space) -> bool:
    """Meetings, documents, activity and (later) threads of a space."""
    if not can_view_space(ctx, space):
        return False
    if space.visibility == Visibility.OPEN and space.content_public:
        return True
    return ctx.is_site_admin or is_space_member(ctx, space)


def can_see_documents(ctx: PermissionContext, space) -> bool:
    return can_see_content(ctx, space)


def can_post(ctx: PermissionContext, space) -> bool:
    """Contribute to a space (documents, attendance; threads later): its members only."""
    return ctx.is_member and is_space_member(ctx, space)


def can_join(ctx: PermissionContext, space) -> bool:
    """Join straight away: open spaces, admitted members who are not in it yet.

    When the space is full, joining puts the person on the waiting list.
    """
    return (
        ctx.is_member
        and space.visibility == Visibility.OPEN
        and space.kind != SpaceKind.PORTAL
        and not is_space_member(ctx, space)
    )


def can_request_to_join(ctx: PermissionContext, space) -> bool:
    """Ask to join a closed space; a coordinator decides."""
    return ctx.is_member and space.visibility == Visibility.CLOSED and not is_space_member(ctx, space)


def can_manage_space(ctx: PermissionContext, space) -> bool:
    """Decide on requests, invite, remove, hand over, change settings: coordinators and site admins."""
    if not can_view_space(ctx, space) or not ctx.is_member:
        return False
    return ctx.is_site_admin or is_space_coordinator(ctx, space)


def can_accept_invitation(ctx: PermissionContext) -> bool:
    return ctx.is_member


def can_leave(ctx: PermissionContext, space) -> bool:
    """Members may leave (the last coordinator must hand over first; actions check that)."""
    return space.kind != SpaceKind.PORTAL and space.pk in ctx.space_ids


def can_plan_meetings(ctx: PermissionContext, space) -> bool:
    return can_manage_space(ctx, space)


def can_respond_to_meeting(ctx: PermissionContext, meeting) -> bool:
    return can_post(ctx, meeting.space)


def can_delete_document(ctx: PermissionContext, document) -> bool:
    if not can_see_documents(ctx, document.space) or not ctx.is_member:
        return False
    return document.uploaded_by_id == ctx.user_id or can_manage_space(ctx, document.space)


def can_plan_regional_activity(ctx: PermissionContext, space) -> bool:
    """Members organise regional activities for their group."""
    return can_post(ctx, space)


def can_see_regional_activities(ctx: PermissionContext, space) -> bool:
    """A group's regional activities: everyone for an open group, its members (and site admins) otherwise.

    The same rule decides the group page, the public agenda and registration, so
    an activity of a closed or secret group never reaches a visitor or non-member.
    """
    if not can_view_space(ctx, space):
        return False
    if space.visibility == "open":
        return True
    return ctx.is_site_admin or is_space_member(ctx, space)


def regional_activities_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on RegionalActivity with exactly the rule of ``can_see_regional_activities``."""
    if ctx.is_site_admin:
        return Q()
    return Q(space__visibility="open") | Q(space_id__in=sorted(ctx.space_ids))


def can_edit_work_plan(ctx: PermissionContext, space) -> bool:
    """Add and change spearheads: the coordinators (and site admins)."""
    return can_manage_space(ctx, space)


def can_report_progress(ctx: PermissionContext, spearhead) -> bool:
    """Progress is reported by the spearhead's owner or a coordinator."""
    space = spearhead.working_group.space
    if can_manage_space(ctx, space):
        return True
    return can_post(ctx, space) and spearhead.owner_id == ctx.user_id


def can_create_space(ctx: PermissionContext, kind: str) -> bool:
    """Members start peer groups; working groups are set up by site admins.

    Resultancy teams are formed by resultancy's own rule (issue 6); the portal
    is created by the platform itself.
    """
    if kind == "peer_group":
        return ctx.is_member
    if kind == "working_group":
        return ctx.is_site_admin
    return False


def can_moderate_space(ctx: PermissionContext, space) -> bool:
    """Moderation (flags, hiding) of content in any space, secret ones included.

    This is the *only* door for moderators into spaces they are not in; the
    moderation queue (issue 5) shows them flagged items, not the space's pages.
    """
    return ctx.is_moderator


def moderator_ids() -> set[int]:
    """Accounts that hold moderation powers (``PermissionContext.is_moderator``): active members
    who are moderators or site administrators."""
    from peergroups.models import MemberProfile, User

    return set(
        User.objects.filter(
            is_active=True,
            profile__status=MemberProfile.Status.MEMBER,
            groups__name__in=[ROLE_MODERATORS, ROLE_SITE_ADMINS],
        ).values_list("pk", flat=True)
    )


def can_contact_organisation(ctx: PermissionContext, organisation) -> bool:
    """Members write to colleagues at another organisation (Ontmoetingsplaats)."""
    return ctx.is_member and organisation.pk != ctx.organisation_id


def access_document(ctx: PermissionContext, slug: str, pk: int):
    """A document for download: 404 if its space is hidden, denial if its content is."""
    from peergroups.models import Document

    space = access_space(ctx, slug)
    document = Document.objects.filter(space=space, pk=pk).select_related("space").first()
    if document is None:
        raise Http404(NOT_FOUND)
    require(ctx, can_see_documents(ctx, space), _("Only members of this group can open its documents."))
    return document


def access_meeting(ctx: PermissionContext, slug: str, pk: int):
    from peergroups.models import Meeting

    space = access_space(ctx, slug)
    meeting = Meeting.objects.filter(space=space, pk=pk).select_related("space").first()
    if meeting is None:
        raise Http404(NOT_FOUND)
    require(ctx, can_see_content(ctx, space), _("Only members of this group can see its meetings."))
    return meeting


def can_see_notification(ctx: PermissionContext, notification) -> bool:
    """Show a notification's details only while its space is visible to the recipient."""
    if notification.recipient_id != ctx.user_id:
        return False
    return notification.space is None or can_view_space(ctx, notification.space)


def notifications_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on Notification: one's own only."""
    if not ctx.is_authenticated:
        return Q(pk__in=[])
    return Q(recipient_id=ctx.user_id)


def search_scope(user):
    """What a person may find in search (``search.scope.SearchScope``), from this policy.

    Members see members-only documents; content of a space (``audience=space``)
    is found by its members (``space_ids``), by everyone for open spaces with
    public content (indexed as public), and by site admins (``all_spaces``).
    Hidden (moderated) content is never found here: moderators see it in the
    moderation queue only. Invitees do not find a secret space's content.
    """
    from search.scope import SearchScope

    # A read: the same inputs as the request's pages (the per-user cache, see request_context).
    ctx = request_context(user)
    return SearchScope(
        members=ctx.is_member,
        space_ids=ctx.space_ids,
        all_spaces=ctx.is_site_admin,
        hidden=False,
    )


def require(ctx: PermissionContext, allowed: bool, message="") -> None:
    """Raise the right refusal: log in first, account pending, or not allowed (with a reason)."""
    if allowed:
        return
    if not ctx.is_authenticated:
        raise LoginRequired(message)
    require_member(ctx)
    second_factor.refuse_if_withheld(ctx, message)
    raise PermissionDenied(message)


# --- View helpers -----------------------------------------------------------------


def members_only(view):
    """Decorator for views that need an admitted member.

    Anonymous visitors are sent to the login page; pending accounts get a 403
    page that says why, in the platform's style.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        ctx = request.permissions
        if not ctx.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        try:
            require_member(ctx)
        except MembersOnly as exc:
            return render(request, "peergroups/members_only.html", {"reason": exc.reason}, status=403)
        return view(request, *args, **kwargs)

    return wrapped


def policy_view(view):
    """Decorator: turn the policy's refusals into the right response.

    ``LoginRequired`` sends a visitor to the login page, ``MembersOnly`` shows
    the pending account why; other ``PermissionDenied`` go to the 403 page with
    their reason, and ``Http404`` to the one not-found page.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except LoginRequired:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        except MembersOnly as exc:
            return render(request, "peergroups/members_only.html", {"reason": exc.reason}, status=403)

    return wrapped


def login_required_here(view):
    """Decorator: any logged-in account (pending included)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.permissions.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


# --- Knowledge base (editorial work; used by knowledge/) ------------------------------


def can_promote_to_knowledge(ctx: PermissionContext) -> bool:
    """Editors turn material from elsewhere on the platform into draft knowledge pages."""
    return ctx.is_editor


def can_review_knowledge_submission(
    ctx: PermissionContext, *, submitted_by_id: int | None, revision_author_id: int | None = None
) -> bool:
    """Four eyes: an editor reviews a submitted page, but never their own submission or revision."""
    if not ctx.is_editor:
        return False
    return ctx.user_id not in {submitted_by_id, revision_author_id}


# --- Threads and the help portal ---------------------------------------------------
#
# A thread is read by whoever may see its space's content (``can_see_content``),
# with one exception: the help portal (the Vraagbaak, kind ``portal``) is for
# admitted members only. Managers ask about their own organisation there, often
# about sensitive matters; visitors see that the portal exists, not what is in
# it. In search, portal threads are indexed with audience ``members``, threads of
# open groups with public content as ``public``, all others as ``space``.
# Hidden threads and replies are seen by moderators only (in the moderation queue
# and on the thread page, marked as hidden).
#
# Anonymity: the author of an anonymous dilemma (and of their replies in it) is
# stored but shown to moderators only (``can_see_author``); views that reveal it
# log the access (``ModeratorAccessLog``). Everything else that renders a post
# (pages, fragments, notifications, e-mails, search documents, suggestions of
# colleagues) must ask ``can_see_author`` or leave the author out.


def _thread_space_readable(ctx: PermissionContext, space) -> bool:
    if space.kind == SpaceKind.PORTAL:
        return ctx.is_member
    return can_see_content(ctx, space)


def can_view_thread(ctx: PermissionContext, thread) -> bool:
    if not _thread_space_readable(ctx, thread.space):
        return False
    return not thread.hidden or can_moderate(ctx, thread)


def threads_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on Thread with the rule of ``can_view_thread`` (hidden ones excluded)."""
    readable = Q(space__visibility=Visibility.OPEN, space__content_public=True) & ~Q(space__kind=SpaceKind.PORTAL)
    if ctx.is_member:
        readable |= Q(space__kind=SpaceKind.PORTAL)
    if ctx.is_site_admin:
        readable = Q()
    elif ctx.space_ids:
        readable |= Q(space_id__in=sorted(ctx.space_ids))
    return readable & Q(hidden=False)


def can_view_reply(ctx: PermissionContext, reply) -> bool:
    """A reply: whoever reads its thread; a hidden one moderators only (the rule of ``replies_visible_to``)."""
    if not can_view_thread(ctx, reply.thread):
        return False
    return not reply.hidden or can_moderate(ctx, reply.thread)


def replies_visible_to(ctx: PermissionContext, thread) -> Q:
    """Queryset filter on the replies of a thread the user can view."""
    if can_moderate(ctx, thread):
        return Q()
    return Q(hidden=False)


def access_thread(ctx: PermissionContext, pk: int, queryset=None, *, loaded=False, thread=None):
    """A thread for the user; the same 404 when it is missing, hidden or in an unknown secret space.

    A visitor who may not read a thread of a listed space is asked to log in
    (the portal), a member who is not in the group gets a refusal with a reason.
    ``loaded=True``: the caller fetched it already (``thread``, None when absent).
    """
    from peergroups.models import Thread

    if not loaded:
        queryset = Thread.objects.select_related("space") if queryset is None else queryset
        thread = queryset.filter(pk=pk).first()
    if thread is None:
        raise Http404(NOT_FOUND)
    if can_moderate(ctx, thread) and (thread.hidden or thread.flags.filter(status=Flag.Status.OPEN).exists()):
        return thread  # the moderation door: flagged or hidden posts in any space
    if not can_view_space(ctx, thread.space) or thread.hidden:
        raise Http404(NOT_FOUND)
    require(ctx, _thread_space_readable(ctx, thread.space), _("Only members of this group can read its discussions."))
    return thread


def can_start_thread(ctx: PermissionContext, space) -> bool:
    return can_post(ctx, space)


def can_reply(ctx: PermissionContext, thread) -> bool:
    if thread.locked or thread.hidden or thread.status == Thread.Status.CLOSED:
        return False
    return can_post(ctx, thread.space)


def can_moderate(ctx: PermissionContext, thread) -> bool:
    return can_moderate_space(ctx, thread.space)


def thread_move_targets(ctx: PermissionContext, thread) -> Q:
    """Queryset filter on Space: where a moderator may move a thread — the groups they may know
    of (``spaces_visible_to``), and its own (which the move refuses with a reason)."""
    return spaces_visible_to(ctx) | Q(pk=thread.space_id)


def can_edit_post(ctx: PermissionContext, post) -> bool:
    """Authors edit their own threads and replies (also when anonymous); moderators edit with a note."""
    thread = getattr(post, "thread", post)
    if not ctx.is_member:
        return False
    if can_moderate(ctx, thread):
        return True
    return post.author_id == ctx.user_id and not thread.locked and can_view_thread(ctx, thread)


def can_accept(ctx: PermissionContext, thread) -> bool:
    """The asker (also when anonymous) or a moderator marks the accepted answer of a question or dilemma."""
    if thread.kind == "discussion" or thread.hidden or not ctx.is_member:
        return False
    return thread.author_id == ctx.user_id or can_moderate(ctx, thread)


def can_vote(ctx: PermissionContext, reply) -> bool:
    """Members who may post in the space vote on replies, not on their own."""
    return can_post(ctx, reply.thread.space) and reply.author_id != ctx.user_id


def can_follow(ctx: PermissionContext, thread) -> bool:
    return ctx.is_member and can_view_thread(ctx, thread)


def can_flag(ctx: PermissionContext, thread) -> bool:
    return ctx.is_member and can_view_thread(ctx, thread)


def can_vote_in_poll(ctx: PermissionContext, poll) -> bool:
    return not poll.closed and can_post(ctx, poll.thread.space)


def can_see_poll_results(ctx: PermissionContext, poll, *, has_voted: bool) -> bool:
    """Results stay hidden until one voted (or the poll closed), so they do not steer the vote."""
    return has_voted or poll.closed or can_moderate(ctx, poll.thread)


def can_see_author(ctx: PermissionContext, post) -> bool:
    """The author of an anonymous post is shown to moderators only (and that access is logged)."""
    if not post.is_anonymous:
        return True
    return ctx.is_moderator


def can_invite_to_answer(ctx: PermissionContext, thread) -> bool:
    return thread.author_id == ctx.user_id and ctx.is_member and can_reply(ctx, thread)


def can_promote_thread(ctx: PermissionContext, thread) -> bool:
    """Editors promote an answered question or dilemma into a draft knowledge page."""
    return can_promote_to_knowledge(ctx) and thread.status == Thread.Status.ANSWERED and can_view_thread(ctx, thread)


def can_see_moderation_queue(ctx: PermissionContext) -> bool:
    return ctx.is_moderator


def thread_audience(thread) -> tuple[str, int | None]:
    """``(audience, space_id)`` of a thread's search documents (see the comment above)."""
    space = thread.space
    if space.kind == SpaceKind.PORTAL:
        return "members", None
    if space.visibility == Visibility.OPEN and space.content_public:
        return "public", None
    return "space", space.pk


def space_listing_audience(space) -> str:
    """Search audience of a space's own page, and of what follows its visibility (a team's
    page): listed spaces are findable by everyone, a secret one only within it (``space``)."""
    return "public" if space.visibility in LISTED else "space"


def member_profile_audience(profile) -> str | None:
    """Search audience of a profile: admitted, active members are findable by members only
    (``can_view_member_profiles``); anyone else's profile is not findable at all."""
    if profile.status != "member" or not profile.user.is_active:
        return None
    return "members"


def can_user_see_thread(user_id: int, thread) -> bool:
    """For notifications: may this person (by id) read the thread now?"""
    from peergroups.models import User

    user = User.objects.filter(pk=user_id, is_active=True).first()
    return user is not None and can_view_thread(fresh_context(user), thread)


# --- Spaces, in bulk (notifications) -------------------------------------------------


def users_who_may_know_space(space, user_ids: set[int]) -> set[int]:
    """Of these people, those who may know a secret space exists: members, invitees, site admins.

    The set form of ``can_view_space`` for secret spaces, used when deciding who is told
    about something in the space (one query per part, not one per person).
    """
    from peergroups.models import Invitation, Membership, User

    members = set(Membership.objects.filter(space=space, user_id__in=user_ids).values_list("user_id", flat=True))
    invited = set(
        Invitation.objects.filter(space=space, user_id__in=user_ids, status=Invitation.Status.PENDING).values_list(
            "user_id", flat=True
        )
    )
    admins = set(
        User.objects.filter(Q(is_superuser=True) | Q(groups__name=ROLE_SITE_ADMINS), pk__in=user_ids).values_list(
            "pk", flat=True
        )
    )
    return members | invited | admins


# --- Live discussion (issue 7) -----------------------------------------------------
#
# Sockets ask these on connect and again on every client frame and on every
# "re-check" signal (a removal, a hidden or moved thread, changed visibility).
# A thread socket follows ``can_view_thread``; a group's live room is for its
# members; the personal stream is one's own. The close codes tell the client
# whether to log in again (4401), give up (4403) or that the thing is gone or
# unknown (4404 — the same for a secret group one does not know).

LIVE_NOT_LOGGED_IN = 4401
LIVE_FORBIDDEN = 4403
LIVE_NOT_FOUND = 4404


def can_join_room(ctx: PermissionContext, space) -> bool:
    """Follow a group's live room (history included): its members and site admins; not the portal."""
    if space.kind == SpaceKind.PORTAL or not ctx.is_member:
        return False
    return ctx.is_site_admin or is_space_member(ctx, space)


def can_post_in_room(ctx: PermissionContext, space) -> bool:
    return space.kind != SpaceKind.PORTAL and can_post(ctx, space)


def can_hide_room_message(ctx: PermissionContext, message) -> bool:
    """Coordinators of the group, moderators and site admins take a room message out."""
    return can_manage_space(ctx, message.space) or can_moderate_space(ctx, message.space)


def can_convert_room(ctx: PermissionContext, space) -> bool:
    """Turn a room conversation into a thread: whoever may post in the room and start a thread."""
    return can_post_in_room(ctx, space) and can_start_thread(ctx, space)


def can_see_room_message(ctx: PermissionContext, message) -> bool:
    """A room message: the room's people, while it is not hidden."""
    return not message.hidden and can_join_room(ctx, message.space)


def can_open_personal_stream(ctx: PermissionContext) -> bool:
    return ctx.is_authenticated and bool(ctx.user.is_active)


def live_thread_refusal(ctx: PermissionContext, thread) -> int | None:
    """None when the user may follow the thread live, else the socket close code."""
    if not ctx.is_authenticated:
        return LIVE_NOT_LOGGED_IN
    if thread is None:
        return LIVE_NOT_FOUND
    if can_view_thread(ctx, thread):
        return None
    if thread.hidden or not can_view_space(ctx, thread.space):
        return LIVE_NOT_FOUND
    return LIVE_FORBIDDEN


def live_room_refusal(ctx: PermissionContext, space) -> int | None:
    """None when the user may be in the group's live room, else the socket close code."""
    if not ctx.is_authenticated:
        return LIVE_NOT_LOGGED_IN
    if space is None or space.kind == SpaceKind.PORTAL or not can_view_space(ctx, space):
        return LIVE_NOT_FOUND
    return None if can_join_room(ctx, space) else LIVE_FORBIDDEN


def live_personal_refusal(ctx: PermissionContext) -> int | None:
    return None if can_open_personal_stream(ctx) else LIVE_NOT_LOGGED_IN
