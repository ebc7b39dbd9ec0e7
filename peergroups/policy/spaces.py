"""Rules about spaces (peer groups, working groups, teams, the portal) and what is in them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from peergroups.core.roles import ROLE_MODERATORS, ROLE_SITE_ADMINS
from peergroups.models.spaces import SpaceKind, Visibility
from peergroups.policy import second_factor
from peergroups.policy.context import (
    COORDINATOR,
    LISTED,
    MEMBER,
    NOT_FOUND,
    LoginRequired,
    PermissionContext,
    request_context,
)
from peergroups.policy.people import require_member

# Visibility of a space:
#   open    listed for everyone; any admitted member may join; its content
#           (meetings, documents, activity, threads) is for its members,
#           or for everyone when the coordinator sets ``content_public``;
#   closed  listed for everyone; join by request, decided by a coordinator;
#           content for its members only;
#   secret  invitation only; known only to its members and invitees: for
#           anyone else it does not exist (the same 404 as an unknown slug,
#           absent from lists, counts, suggestions and notifications).
# Site admins see every space and manage any space; they post only where they
# are members. Moderators get nothing extra on these pages: they reach content
# of a space, secret ones included, only through the moderation queue
# (``can_moderate_space``, used by the moderation queue) so that flagged posts can be handled.
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

    Resultancy teams are formed by resultancy's own rule; the portal
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
    moderation queue shows them flagged items, not the space's pages.
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
