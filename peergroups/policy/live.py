"""Rules of live discussion: who may open which socket, post or hide in a room."""

from __future__ import annotations

from peergroups.models.spaces import SpaceKind
from peergroups.policy.context import PermissionContext
from peergroups.policy.spaces import can_manage_space, can_moderate_space, can_post, can_view_space, is_space_member
from peergroups.policy.threads import can_start_thread, can_view_thread

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
