"""What each write tells the live streams. Called by the actions, inside their transaction.

Each function records an event (``events.record``: a row now, a publish after
commit) or asks the sockets concerned to re-check their permission. Payloads
carry ids, counts and audience-neutral fragments only (``fragments``).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count

from ..models import Notification, Poll, Reply, RoomMessage, Space, Thread, Vote
from . import events, fragments

# --- threads -------------------------------------------------------------------------


def _reply_count(thread_id: int) -> int | None:
    return Thread.objects.filter(pk=thread_id).values_list("reply_count", flat=True).first()


def reply_created(reply: Reply) -> None:
    events.record(
        events.thread_stream(reply.thread_id),
        "reply.created",
        object_id=reply.pk,
        sources={"thread": reply.thread_id, "reply": reply.pk},
        parent_id=reply.parent_id,
        root_id=reply.root_id,
        html=fragments.reply_html(reply),  # rendered now, stamped with the seq when recorded
        # Read when recorded: an action that records at the end of its transaction counted the reply by then.
        reply_count=lambda _seq: _reply_count(reply.thread_id),
    )


def reply_edited(reply: Reply) -> None:
    events.record(
        events.thread_stream(reply.thread_id),
        "reply.edited",
        object_id=reply.pk,
        sources={"thread": reply.thread_id, "reply": reply.pk},
        html=fragments.reply_body_html(reply),
        moderator_note=reply.moderator_note,
    )


def reply_voted(reply: Reply) -> None:
    events.record(
        events.thread_stream(reply.thread_id),
        "reply.voted",
        object_id=reply.pk,
        sources={"thread": reply.thread_id, "reply": reply.pk},
        votes=Vote.objects.filter(reply=reply).count(),
    )


def reply_accepted(thread: Thread, previous_id: int | None) -> None:
    events.record(
        events.thread_stream(thread.pk),
        "reply.accepted",
        object_id=thread.accepted_reply_id,
        sources={"thread": thread.pk},
        previous_id=previous_id,
        status=thread.status,
    )


def reply_visibility(reply: Reply) -> None:
    """A moderator hid or unhid a reply: remove it everywhere (and from the stored log), or put it back."""
    stream = events.thread_stream(reply.thread_id)
    count = Thread.objects.filter(pk=reply.thread_id).values_list("reply_count", flat=True).first()
    if reply.hidden:
        events.redact(stream, reply.pk)
        events.record(
            stream, "reply.hidden", object_id=reply.pk, sources={"thread": reply.thread_id}, reply_count=count
        )
    else:
        events.record(
            stream,
            "reply.unhidden",
            object_id=reply.pk,
            sources={"thread": reply.thread_id, "reply": reply.pk},
            parent_id=reply.parent_id,
            root_id=reply.root_id,
            html=fragments.reply_html(reply),
            reply_count=count,
        )


def thread_edited(thread: Thread) -> None:
    events.record(
        events.thread_stream(thread.pk),
        "thread.edited",
        object_id=thread.pk,
        sources={"thread": thread.pk},
        title=thread.title,
        html=fragments.thread_body_html(thread),
    )


def thread_updated(thread: Thread) -> None:
    """Status, lock or visibility changed; a hidden or moved thread makes every socket re-check."""
    stream = events.thread_stream(thread.pk)
    events.record(
        stream,
        "thread.updated",
        object_id=thread.pk,
        sources={"thread": thread.pk},
        status=thread.status,
        locked=thread.locked,
    )
    events.recheck_stream(stream)


def poll_updated(poll: Poll) -> None:
    counts = {str(option.pk): option.votes.count() for option in poll.options.all()}
    events.record(
        events.thread_stream(poll.thread_id),
        "poll.updated",
        object_id=poll.pk,
        sources={"thread": poll.thread_id, "poll": poll.pk},
        votes=counts,
        total=sum(counts.values()),
    )


# --- rooms ---------------------------------------------------------------------------


def room_message(message: RoomMessage) -> None:
    events.record(
        events.room_stream(message.space_id),
        "room.message",
        object_id=message.pk,
        sources={"space": message.space_id, "room_message": message.pk},
        client_id=str(message.client_id) if message.client_id else None,
        author_name=message.author.display_name,
        html=fragments.room_message_html(message),
    )


def room_message_hidden(message: RoomMessage) -> None:
    stream = events.room_stream(message.space_id)
    events.redact(stream, message.pk)
    events.record(stream, "room.message.hidden", object_id=message.pk, sources={"space": message.space_id})


def room_converted(space: Space, thread: Thread, message_ids: list[int]) -> None:
    events.record(
        events.room_stream(space.pk),
        "room.converted",
        object_id=thread.pk,
        sources={"space": space.pk, "thread": thread.pk},
        thread_url=thread.get_absolute_url(),
        message_ids=message_ids,
    )


# --- people ----------------------------------------------------------------------------


def membership_ended(space: Space, user_ids: Iterable[int]) -> None:
    """Someone left or was removed: their sockets on this group's room and threads re-check at once."""
    for user_id in set(user_ids):
        events.recheck_user(user_id)


def space_changed(space: Space) -> None:
    """Visibility or content settings changed: every socket of the group's room re-checks."""
    events.recheck_stream(events.room_stream(space.pk))
    for thread_id in Thread.objects.filter(space=space).values_list("pk", flat=True):
        events.recheck_stream(events.thread_stream(thread_id))


def notifications_created(rows: list[Notification]) -> None:
    """Each recipient's personal stream gets the new notification and the new unread count.

    The event names its notification and stores no text: every delivery renders it for its
    recipient at that moment (``replay``), as the notification list and the e-mails do.
    """
    rows = [n for n in rows if n.pk is not None]
    if not rows:
        return
    recipient_ids = {n.recipient_id for n in rows}
    unread = dict(
        Notification.objects.filter(recipient_id__in=recipient_ids, read_at__isnull=True)
        .values_list("recipient_id")
        .annotate(n=Count("pk"))
        .values_list("recipient_id", "n")
    )
    events.record_many(
        [
            (
                events.user_stream(notification.recipient_id),
                "notification.created",
                notification.pk,
                {"sources": {"notification": notification.pk}, "unread": unread.get(notification.recipient_id, 0)},
            )
            for notification in rows
        ]
    )


def notifications_read(user_id: int) -> None:
    events.record(
        events.user_stream(user_id),
        "notification.read",
        unread=Notification.objects.filter(recipient_id=user_id, read_at__isnull=True).count(),
    )
