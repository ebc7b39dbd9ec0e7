"""The permission context of a user: who they are to the platform, loaded once and cached."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Value

from peergroups.core.roles import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS
from peergroups.models.spaces import LISTED_VISIBILITIES
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
