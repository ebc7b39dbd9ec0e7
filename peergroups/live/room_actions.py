"""Writes of the live rooms of groups: post a message, hide one, turn a conversation into a thread.

Checked through ``peergroups.policy``; each write records its live event
in the same transaction (``live.announce``), published after commit.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.core.limits import ROOM_MESSAGE_MAX
from peergroups.core.markup import render_markdown
from peergroups.live import announce
from peergroups.models import RoomMessage, Space, Thread
from peergroups.portal import actions as thread_actions

#: Room messages per member per window (a meeting is lively, a flood is not).
ROOM_POST_LIMIT = 30
ROOM_RATE_WINDOW = dt.timedelta(minutes=1)
#: Most messages one conversion takes into a thread.
CONVERT_MAX = 100
HISTORY_SIZE = 50


def history(space: Space, *, limit: int = HISTORY_SIZE) -> list[RoomMessage]:
    """The latest visible messages of a room, oldest first."""
    rows = (
        RoomMessage.objects.filter(space=space, hidden=False)
        .select_related("author")
        .order_by("-created_at", "-pk")[:limit]
    )
    return list(reversed(rows))


def _client_uuid(client_id) -> uuid.UUID | None:
    if client_id in (None, ""):
        return None
    try:
        return uuid.UUID(str(client_id))
    except ValueError:
        raise ValidationError(_("The message could not be sent; please reload the page."))


#: Control characters a message may hold: tab and line breaks. Every other one (NUL first of all,
#: which PostgreSQL refuses) and lone surrogates (JSON can carry them, UTF-8 cannot) are refused.
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def _unstorable(text: str) -> bool:
    return any(
        (ord(char) < 32 or 127 <= ord(char) < 160 or 0xD800 <= ord(char) <= 0xDFFF) and char not in _ALLOWED_CONTROLS
        for char in text
    )


def clean_body(body) -> str:
    """The one validation of a room message, for every path that posts one: the HTTP form
    (``room_views.RoomMessageForm``) and the socket (``RoomConsumer``, through :func:`do_post`).
    Returns the stripped text or raises ``ValidationError`` with a sentence for the person."""
    if body is not None and not isinstance(body, str):
        raise ValidationError(_("Write a message first."))
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write a message first."))
    if _unstorable(body):
        raise ValidationError(_("The message contains characters that cannot be sent, such as control characters."))
    if len(body) > ROOM_MESSAGE_MAX:
        raise ValidationError(
            _("A message has at most %(max)s characters; yours has %(count)s.")
            % {"max": ROOM_MESSAGE_MAX, "count": len(body)}
        )
    return body


def do_post(actor, space: Space, *, body: str, client_id=None) -> RoomMessage:
    """Post in a group's room. Sending the same ``client_id`` again returns the stored message."""
    if not permissions.can_post_in_room(permissions.fresh_context(actor), space):
        raise PermissionDenied(_("Only members of this group can write in its room."))
    body = clean_body(body)
    key = _client_uuid(client_id)
    if key is not None:
        existing = RoomMessage.objects.filter(author=actor, client_id=key).first()
        if existing is not None:
            return existing
    since = timezone.now() - ROOM_RATE_WINDOW
    if RoomMessage.objects.filter(author=actor, created_at__gte=since).count() >= ROOM_POST_LIMIT:
        raise ValidationError(_("You are sending many messages in a short time. Please wait a moment."))
    try:
        with transaction.atomic():
            message = RoomMessage.objects.create(
                space=space, author=actor, body=body, body_html=render_markdown(body), client_id=key
            )
            announce.room_message(message)
    except IntegrityError:  # the same client_id raced in from another connection
        existing = RoomMessage.objects.filter(author=actor, client_id=key).first()
        if existing is None:
            raise
        return existing
    return message


@transaction.atomic
def do_hide(actor, message: RoomMessage) -> RoomMessage:
    if not permissions.can_hide_room_message(permissions.fresh_context(actor), message):
        raise PermissionDenied(_("Only coordinators and moderators can remove messages."))
    if not message.hidden:
        message.hidden = True
        message.save(update_fields=["hidden"])
        announce.room_message_hidden(message)
    return message


@transaction.atomic
def do_convert_to_thread(actor, space: Space, message_ids, *, title: str) -> Thread:
    """Turn room messages into a discussion thread in the same group (quoted, with their authors)."""
    if not permissions.can_convert_room(permissions.fresh_context(actor), space):
        raise PermissionDenied(_("Only members of this group can start a discussion here."))
    ids = sorted({int(pk) for pk in message_ids})[:CONVERT_MAX]
    messages = list(
        RoomMessage.objects.filter(space=space, pk__in=ids, hidden=False).select_related("author").order_by("pk")
    )
    if not messages:
        raise ValidationError(_("Choose at least one message."))
    lines = [_("From the room of %(group)s:") % {"group": space.name}, ""]
    for message in messages:
        when = timezone.localtime(message.created_at).strftime("%d-%m-%Y %H:%M")
        quoted = "\n".join(f"> {line}" for line in message.body.splitlines())
        lines += [f"**{message.author.display_name}** ({when}):", "", quoted, ""]
    thread = thread_actions.do_create_thread(
        actor, space, kind=Thread.Kind.DISCUSSION, title=title, body="\n".join(lines).strip()
    )
    RoomMessage.objects.filter(pk__in=[m.pk for m in messages]).update(thread=thread)
    announce.room_converted(space, thread, [m.pk for m in messages])
    return thread
