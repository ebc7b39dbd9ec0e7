"""Rules about members, their profiles and organisations."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from peergroups.policy.context import MembersOnly, PermissionContext


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

