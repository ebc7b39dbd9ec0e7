"""HTML fragments carried by live events.

What is stored with an event is rendered once, for nobody in particular: no per-viewer buttons,
and never the author of an anonymous post — for nobody, moderators included (they use the logged
reveal on the page). A reply that arrives live is rendered again for each reader when it is sent
(``reply_html_for``, called by ``replay``): the thread page's renderer with the buttons the policy
gives this reader, so the live ``<article>`` is the one a reload would show. Its forms carry an
empty CSRF token, which the page fills in with its own (``live.js``). Rendered in the site
language (Dutch).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import translation

from peergroups import policy as permissions
from peergroups.notifications import kinds as notification_kinds
from peergroups.portal.queries import Node
from peergroups.portal.reply_fragments import READERS, Buttons, ReplyRenderer, audience

from ..models import MAX_VISIBLE_DEPTH, Notification, Reply, RoomMessage, Thread, Vote


def _render(template: str, context: dict) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(template, context).strip()


def reply_html(reply: Reply) -> Callable[[int], str]:
    """The whole reply (``<article id="reactie-…" data-version="<seq>">``) without per-viewer buttons,
    as a function of the event's seq: rendered now (``reply_fragments``, the thread page's cached
    renderer), stamped with its seq when the event is recorded. Stored with the event; what a
    reader receives is ``reply_html_for`` that reader."""
    reply = (
        Reply.objects.select_related("author__profile__organisation", "thread", "parent__author")
        .annotate(vote_total=Count("votes"))
        .get(pk=reply.pk)
    )
    node = _node(reply)
    # No viewer and no buttons: the fragment every reader of the thread may see.
    renderer = ReplyRenderer(reply.thread, viewer_id=None, audience_class=READERS)
    with translation.override(settings.LANGUAGE_CODE):
        return renderer.render_later(node)


def _node(reply: Reply, *, voted: bool = False) -> Node:
    return Node(
        reply=reply,
        depth=min(reply.depth, MAX_VISIBLE_DEPTH),
        in_reply_to=reply.parent if reply.depth > MAX_VISIBLE_DEPTH else None,
        votes=getattr(reply, "vote_total", 0),
        voted=voted,
    )


def load_reply(reply_id: int) -> Reply | None:
    """The reply with what its ``<article>`` shows (author, organisation, parent, vote total)."""
    return (
        Reply.objects.select_related("author__profile__organisation", "thread__space", "parent__author")
        .annotate(vote_total=Count("votes"))
        .filter(pk=reply_id)
        .first()
    )


def reply_html_for(ctx, reply: Reply, thread: Thread, *, version: int) -> str:
    """The reply's ``<article>`` as the thread page renders it for this reader (``ctx``), buttons
    included: the same renderer, the same policy questions (``portal.views._thread_context``)."""
    voted = bool(
        ctx.user_id
        and getattr(reply, "vote_total", 0)
        and Vote.objects.filter(reply_id=reply.pk, user_id=ctx.user_id).exists()
    )
    buttons = Buttons(
        can_reply=permissions.can_reply(ctx, thread),
        can_accept=permissions.can_accept(ctx, thread),
        can_flag=permissions.can_flag(ctx, thread),
        can_moderate=permissions.can_moderate(ctx, thread),
    )
    renderer = ReplyRenderer(thread, viewer_id=ctx.user_id, audience_class=audience(ctx, thread), buttons=buttons)
    with translation.override(settings.LANGUAGE_CODE):
        (html,) = renderer.render([_node(reply, voted=voted)], version=version)
    return str(html)


def reply_body_html(reply: Reply) -> str:
    """The body block of a reply (``<div class="pg-post-body" data-live-body>``), for edits."""
    return _render("peergroups/live/reply_body.html", {"reply": reply})


def thread_body_html(thread: Thread) -> str:
    return _render("peergroups/live/thread_body.html", {"thread": thread})


def room_message_html(message: RoomMessage) -> str:
    return _render("peergroups/live/room_message.html", {"message": message})


def notification_html(notification: Notification, recipient, targets: dict | None = None, ctx=None) -> str:
    """The recipient's own notification item; ``targets`` from ``notification_kinds.load_targets``.

    ``ctx``: the recipient's fresh permission context when the caller loaded many at once.
    """
    ctx = ctx or permissions.fresh_context(recipient)
    if targets is None:
        targets = notification_kinds.load_targets([notification])
    with translation.override(settings.LANGUAGE_CODE):
        target = targets.get((notification.target_type, notification.target_id or 0))
        rendered = notification_kinds.render(notification, ctx, target)
        return render_to_string(
            "peergroups/live/notification.html", {"notification": notification, "rendered": rendered}
        ).strip()
