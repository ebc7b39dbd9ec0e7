"""Rules about threads and replies, in spaces and in the help portal."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from peergroups.models import Flag, MemberProfile, Thread
from peergroups.models.spaces import SpaceKind, Visibility
from peergroups.policy.context import LISTED, NOT_FOUND, PermissionContext
from peergroups.policy.knowledge import can_promote_to_knowledge
from peergroups.policy.people import can_view_member_profiles
from peergroups.policy.spaces import (
    can_moderate_space,
    can_post,
    can_see_content,
    can_see_members,
    can_view_space,
    require,
    spaces_visible_to,
)

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


def mentionable_users(ctx: PermissionContext, space) -> Q:
    """Queryset filter on User: colleagues this person may mention in a thread of ``space``.

    Only people who will be able to read the thread, and only when the asker may see who they are:
    in the help portal and in a space whose content is public, every admitted member; elsewhere the
    space's own members. Visitors and pending accounts see nobody.
    """
    if not can_view_member_profiles(ctx):
        return Q(pk__in=[])
    admitted = Q(is_active=True, profile__status=MemberProfile.Status.MEMBER)
    if space.is_portal:
        return admitted
    if not (can_see_members(ctx, space) and can_see_content(ctx, space)):
        return Q(pk__in=[])
    if space.visibility == Visibility.OPEN and space.content_public:
        return admitted
    return admitted & Q(space_memberships__space=space)
