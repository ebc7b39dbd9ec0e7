"""HTML fragments carried by live events, rendered once per audience class.

Every recipient of a stream is in the same audience class (whoever may read
the thread, the members of a room, the one owner of a personal stream), so a
fragment is rendered once, without per-viewer buttons, and never names the
author of an anonymous post — for nobody, moderators included (they use the
logged reveal on the page). Rendered in the site language (Dutch).
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
from peergroups.portal.reply_fragments import READERS, ReplyRenderer

from ..models import MAX_VISIBLE_DEPTH, Notification, Reply, RoomMessage, Thread


def _render(template: str, context: dict) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(template, context).strip()


def reply_html(reply: Reply) -> Callable[[int], str]:
    """The whole reply (``<article id="reactie-…" data-version="<seq>">``) without per-viewer buttons,
    as a function of the event's seq: rendered now (``reply_fragments``, the thread page's cached
    renderer), stamped with its seq when the event is recorded."""
    reply = (
        Reply.objects.select_related("author__profile__organisation", "thread", "parent__author")
        .annotate(vote_total=Count("votes"))
        .get(pk=reply.pk)
    )
    node = Node(
        reply=reply,
        depth=min(reply.depth, MAX_VISIBLE_DEPTH),
        in_reply_to=reply.parent if reply.depth > MAX_VISIBLE_DEPTH else None,
        votes=reply.vote_total,
    )
    # No viewer and no buttons: the fragment every reader of the thread may see.
    renderer = ReplyRenderer(reply.thread, viewer_id=None, audience_class=READERS)
    with translation.override(settings.LANGUAGE_CODE):
        return renderer.render_later(node)


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
