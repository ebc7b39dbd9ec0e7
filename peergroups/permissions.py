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

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

# Names of the platform-wide roles, kept as Django groups (see roles.py).
ROLE_EDITORS = "Redactie"
ROLE_MODERATORS = "Moderatoren"
ROLE_SITE_ADMINS = "Beheerders"


class MembersOnly(PermissionDenied):
    """Raised when a page needs an admitted member; carries a reason for the user."""

    def __init__(self, reason: str = ""):
        super().__init__(reason)
        self.reason = reason


@dataclass
class PermissionContext:
    """What the policy needs to know about one user, computed once."""

    user: object
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
        from .models import MemberProfile

        try:
            return self.user.profile
        except MemberProfile.DoesNotExist:
            return None

    @cached_property
    def role_names(self) -> frozenset[str]:
        if not self.is_authenticated:
            return frozenset()
        return frozenset(self.user.groups.values_list("name", flat=True))

    @cached_property
    def is_site_admin(self) -> bool:
        return self.is_authenticated and (self.user.is_superuser or ROLE_SITE_ADMINS in self.role_names)

    @cached_property
    def is_member(self) -> bool:
        """An admitted member (or a site admin, who always counts as one)."""
        if self.is_site_admin:
            return True
        return self.profile is not None and self.profile.is_member and self.user.is_active

    @cached_property
    def is_pending(self) -> bool:
        return self.is_authenticated and not self.is_member

    @cached_property
    def is_moderator(self) -> bool:
        return self.is_member and (self.is_site_admin or ROLE_MODERATORS in self.role_names)

    @cached_property
    def is_editor(self) -> bool:
        return self.is_member and (self.is_site_admin or ROLE_EDITORS in self.role_names)

    @cached_property
    def organisation_id(self) -> int | None:
        if not self.is_member or self.profile is None:
            return None
        return self.profile.organisation_id


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
    from .models import MemberProfile

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
    from .models import Organisation

    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_edit_organisation(ctx, organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    return organisation


def access_learning_question_for_edit(ctx: PermissionContext, slug: str, pk: int):
    from .models import LearningQuestion

    question = get_object_or_404(
        LearningQuestion.objects.select_related("organisation"), pk=pk, organisation__slug=slug
    )
    if not can_edit_organisation(ctx, question.organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    return question


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


def login_required_here(view):
    """Decorator: any logged-in account (pending included)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.permissions.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped
