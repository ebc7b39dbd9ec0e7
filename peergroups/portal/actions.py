"""Writes of threads and the help portal: ask, reply, edit, vote, accept, follow, flag, moderate.

Each action checks through ``peergroups.policy`` and then writes; the
search index updates (``search.indexing.schedule``) and notifications are
registered inside the transaction, so they commit or roll back with the write.

Anonymous posts: notifications about them carry no actor, and their author is
never a recipient-visible detail; see ``permissions.can_see_author``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.core.markup import mention_handles, render_markdown
from peergroups.live import announce
from peergroups.live import events as live_events
from peergroups.models import (
    Flag,
    Follow,
    ModeratorAccessLog,
    Poll,
    PollOption,
    PollVote,
    Reply,
    ReplyRevision,
    Space,
    SpaceKind,
    Thread,
    ThreadRevision,
    User,
    Visibility,
    Vote,
)
from peergroups.notifications.actions import notify
from search.indexing import schedule, schedule_many

PORTAL_SLUG = "vraagbaak"
#: Posting (threads and replies together) and flagging, per member, per window.
POST_LIMIT = 10
FLAG_LIMIT = 10
RATE_WINDOW = dt.timedelta(minutes=10)
POLL_MIN_OPTIONS, POLL_MAX_OPTIONS = 2, 5


def _ctx(user):
    return permissions.fresh_context(user)


def get_portal() -> Space:
    """The network-wide help portal (the Vraagbaak), created on first use."""
    space, _created = Space.objects.get_or_create(
        slug=PORTAL_SLUG,
        defaults={
            "name": "Vraagbaak",
            "kind": SpaceKind.PORTAL,
            "visibility": Visibility.OPEN,
            "content_public": False,
            "description": "Stel uw managementvraag of dilemma aan collega's in het hele netwerk.",
        },
    )
    return space


# --- helpers ---------------------------------------------------------------------


def _check_rate(actor, *, flags: bool = False) -> None:
    since = timezone.now() - RATE_WINDOW
    if flags:
        count = Flag.objects.filter(flagged_by=actor, created_at__gte=since).count()
        if count >= FLAG_LIMIT:
            raise ValidationError(
                _("You have reported a lot of posts in a short time. Please wait a few minutes and try again.")
            )
        return
    count = (
        Thread.objects.filter(author=actor, created_at__gte=since).count()
        + Reply.objects.filter(author=actor, created_at__gte=since).count()
    )
    if count >= POST_LIMIT:
        raise ValidationError(
            _(
                "You have posted %(count)s messages in the last %(minutes)s minutes. "
                "Please wait a few minutes; your text has been kept."
            )
            % {"count": count, "minutes": int(RATE_WINDOW.total_seconds() // 60)}
        )


def _clean_text(text: str, *, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: _("This field cannot be empty.")})
    return text


def _readers(thread: Thread, user_ids: Iterable[int]) -> set[int]:
    """Of these people, those who may read the thread now (never notify about what one cannot see)."""
    contexts = permissions.fresh_contexts(user_ids)
    return {ctx.user.pk for ctx in contexts if permissions.can_view_thread(ctx, thread)}


def _notify_about(thread, recipients, kind, *, actor, anonymous: bool, target_type, target_id, params=None):
    """Notify readers of the thread; an anonymous actor is never named (no actor on the row)."""
    ids = _readers(thread, recipients) - {actor.pk}
    if not ids:
        return []
    return notify(
        ids,
        kind,
        actor=None if anonymous else actor,
        space=thread.space,
        target_type=target_type,
        target_id=target_id,
        params=params,
    )


def _mentioned(text: str) -> set[int]:
    handles = mention_handles(text)
    if not handles:
        return set()
    condition = Q()
    for handle in handles:
        condition |= Q(email__istartswith=f"{handle}@")
    return set(User.objects.filter(condition, is_active=True).values_list("pk", flat=True))


def _index_thread(thread: Thread, *, with_replies: bool = False) -> None:
    schedule("thread", thread.pk)
    if with_replies:
        schedule_many("reply", Reply.objects.filter(thread=thread).values_list("pk", flat=True))


def _recount(thread: Thread) -> None:
    thread.reply_count = Reply.objects.filter(thread=thread, hidden=False).count()
    thread.save(update_fields=["reply_count"])


# --- asking ------------------------------------------------------------------------


@transaction.atomic
def do_create_thread(
    actor,
    space: Space,
    *,
    kind: str,
    title: str,
    body: str,
    themes=(),
    is_anonymous: bool = False,
    poll_options: list[str] | None = None,
) -> Thread:
    ctx = _ctx(actor)
    if not permissions.can_start_thread(ctx, space):
        raise PermissionDenied(_("Only members of this group can start a discussion here."))
    if kind not in Thread.Kind.values:
        raise ValidationError({"kind": _("Choose a kind.")})
    if is_anonymous and kind != Thread.Kind.DILEMMA:
        raise ValidationError({"is_anonymous": _("Only dilemmas can be posted anonymously.")})
    options = [o.strip() for o in (poll_options or []) if o and o.strip()]
    if options and kind != Thread.Kind.DILEMMA:
        raise ValidationError({"poll_options": _("Only a dilemma can carry a poll.")})
    if options and not POLL_MIN_OPTIONS <= len(options) <= POLL_MAX_OPTIONS:
        raise ValidationError({"poll_options": _("A poll has between 2 and 5 options.")})
    title = _clean_text(title, field="title")[:200]
    body = _clean_text(body, field="body")
    _check_rate(actor)
    thread = Thread.objects.create(
        space=space,
        kind=kind,
        title=title,
        body=body,
        body_html=render_markdown(body),
        author=actor,
        is_anonymous=is_anonymous,
    )
    thread.themes.set(themes)
    if options:
        poll = Poll.objects.create(thread=thread)  # the standard question, shown in the reader's language
        PollOption.objects.bulk_create(
            [PollOption(poll=poll, label=label[:200], position=i) for i, label in enumerate(options)]
        )
    Follow.objects.get_or_create(thread=thread, user=actor)
    _index_thread(thread)
    mentioned = _mentioned(body)
    if mentioned:
        _notify_about(
            thread,
            mentioned,
            "thread_mention",
            actor=actor,
            anonymous=is_anonymous,
            target_type="thread",
            target_id=thread.pk,
        )
    return thread


@transaction.atomic
def do_edit_thread(actor, thread: Thread, *, title: str, body: str, themes=None, note: str = "") -> Thread:
    ctx = _ctx(actor)
    if not permissions.can_edit_post(ctx, thread):
        raise PermissionDenied(_("You cannot edit this post."))
    is_moderator_edit = thread.author_id != actor.pk
    if is_moderator_edit and not note.strip():
        raise ValidationError({"note": _("Moderators explain their edit in a note that readers see.")})
    title = _clean_text(title, field="title")[:200]
    body = _clean_text(body, field="body")
    ThreadRevision.objects.create(
        thread=thread, editor=actor, previous_title=thread.title, previous_body=thread.body, note=note.strip()[:300]
    )
    thread.title, thread.body, thread.body_html = title, body, render_markdown(body)
    thread.edited_at = timezone.now()
    edited = ["title", "body", "body_html", "edited_at"]
    if is_moderator_edit:
        thread.moderator_note = note.strip()[:300]
        edited.append("moderator_note")
    # Only what the edit changes: the counters may have moved since this row was read (replies, views).
    thread.save(update_fields=edited)
    if themes is not None:
        thread.themes.set(themes)
    _index_thread(thread, with_replies=True)
    announce.thread_edited(thread)
    return thread


def record_view(thread: Thread) -> None:
    """Count a view (one UPDATE, no read-modify-write race)."""
    Thread.objects.filter(pk=thread.pk).update(view_count=F("view_count") + 1)


# --- replying ----------------------------------------------------------------------


@transaction.atomic
def do_reply(actor, thread: Thread, *, body: str, parent: Reply | None = None) -> Reply:
    """Post a reply: the reply, the follow, the search updates and the notifications first; the rows
    every other reply to this thread also writes (the thread's counters, its live stream's counter,
    the followers' personal streams) are locked only at the end, just before commit — so replies
    to one busy thread wait for each other for a few statements, not for the whole write."""
    ctx = _ctx(actor)
    thread = Thread.objects.select_related("space").get(pk=thread.pk)  # checked again under the lock at the end
    if not permissions.can_reply(ctx, thread):
        raise PermissionDenied(_("You cannot reply to this discussion."))
    if parent is not None and (parent.thread_id != thread.pk or parent.hidden):
        raise ValidationError(_("The reply you are answering no longer exists."))
    body = _clean_text(body, field="body")
    _check_rate(actor)
    anonymous = thread.is_anonymous and thread.author_id == actor.pk
    reply = Reply.objects.create(
        thread=thread,
        parent=parent,
        depth=(parent.depth + 1) if parent else 0,
        author=actor,
        body=body,
        body_html=render_markdown(body),
        is_anonymous=anonymous,
    )
    reply.root_id = parent.root_id if parent else reply.pk
    reply.save(update_fields=["root"])
    Follow.objects.get_or_create(thread=thread, user=actor)
    schedule("reply", reply.pk)
    schedule("thread", thread.pk)
    with live_events.recorded_at_end():
        # Recorded first (so after commit the thread's readers get the reply before the
        # notifications go out), written last: see ``events.recorded_at_end``.
        announce.reply_created(reply)
        mentioned = _mentioned(body)
        followers = set(Follow.objects.filter(thread=thread).values_list("user_id", flat=True))
        if parent is not None:
            followers.add(parent.author_id)
        _notify_about(
            thread,
            followers - mentioned,
            "thread_reply",
            actor=actor,
            anonymous=anonymous,
            target_type="reply",
            target_id=reply.pk,
        )
        if mentioned:
            _notify_about(
                thread,
                mentioned,
                "thread_mention",
                actor=actor,
                anonymous=anonymous,
                target_type="reply",
                target_id=reply.pk,
            )
        _count_reply(ctx, thread)
    return reply


def _count_reply(ctx, thread: Thread) -> None:
    """Lock the thread's row, check once more that replying is still allowed (a moderator may have
    locked or hidden it meanwhile: that write holds the same row), and count the reply."""
    # NO KEY UPDATE: the reply rows of concurrent writers hold KEY SHARE locks on this row (their
    # foreign keys); a plain FOR UPDATE would wait for them, and they for us.
    current = Thread.objects.select_for_update(no_key=True, of=("self",)).select_related("space").get(pk=thread.pk)
    if not permissions.can_reply(ctx, current):
        raise PermissionDenied(_("You cannot reply to this discussion."))
    now = timezone.now()
    Thread.objects.filter(pk=thread.pk).update(reply_count=F("reply_count") + 1, last_activity_at=now)
    # The caller's object follows (the row is locked, so this is the count just written).
    thread.reply_count, thread.last_activity_at = current.reply_count + 1, now


@transaction.atomic
def do_edit_reply(actor, reply: Reply, *, body: str, note: str = "") -> Reply:
    ctx = _ctx(actor)
    if not permissions.can_edit_post(ctx, reply):
        raise PermissionDenied(_("You cannot edit this post."))
    is_moderator_edit = reply.author_id != actor.pk
    if is_moderator_edit and not note.strip():
        raise ValidationError({"note": _("Moderators explain their edit in a note that readers see.")})
    body = _clean_text(body, field="body")
    ReplyRevision.objects.create(reply=reply, editor=actor, previous_body=reply.body, note=note.strip()[:300])
    reply.body, reply.body_html, reply.edited_at = body, render_markdown(body), timezone.now()
    if is_moderator_edit:
        reply.moderator_note = note.strip()[:300]
    reply.save()
    schedule("reply", reply.pk)
    announce.reply_edited(reply)
    return reply


@transaction.atomic
def do_toggle_vote(actor, reply: Reply) -> bool:
    """Vote for a reply, or take the vote back; one per member. Returns whether a vote stands now."""
    if not permissions.can_vote(_ctx(actor), reply):
        raise PermissionDenied(_("You cannot vote on this reply."))
    deleted, _rows = Vote.objects.filter(reply=reply, user=actor).delete()
    if deleted:
        schedule("reply", reply.pk)
        announce.reply_voted(reply)
        return False
    Vote.objects.get_or_create(reply=reply, user=actor)
    schedule("reply", reply.pk)
    announce.reply_voted(reply)
    return True


@transaction.atomic
def do_accept(actor, thread: Thread, reply: Reply | None) -> Thread:
    """Mark ``reply`` as the accepted answer (or none): the thread becomes answered (or open)."""
    if not permissions.can_accept(_ctx(actor), thread):
        raise PermissionDenied(_("Only the person who asked can accept an answer."))
    if reply is not None and (reply.thread_id != thread.pk or reply.hidden):
        raise ValidationError(_("This reply does not belong to this question."))
    if reply is not None and reply.author_id == thread.author_id:
        raise ValidationError(_("You cannot accept your own reply as the answer."))
    previous = thread.accepted_reply_id
    thread.accepted_reply = reply
    if thread.status != Thread.Status.CLOSED:
        thread.status = Thread.Status.ANSWERED if reply else Thread.Status.OPEN
    thread.save(update_fields=["accepted_reply", "status"])
    schedule("thread", thread.pk)
    for pk in {previous, reply.pk if reply else None} - {None}:
        schedule("reply", pk)
    if previous != thread.accepted_reply_id:
        announce.reply_accepted(thread, previous)
    if reply is not None and reply.pk != previous:
        _notify_about(
            thread,
            [reply.author_id],
            "thread_accepted",
            actor=actor,
            anonymous=thread.is_anonymous and actor.pk == thread.author_id,
            target_type="reply",
            target_id=reply.pk,
        )
    return thread


@transaction.atomic
def do_follow(actor, thread: Thread, *, follow: bool = True) -> bool:
    if not permissions.can_follow(_ctx(actor), thread):
        raise PermissionDenied(_("You cannot follow this discussion."))
    if follow:
        Follow.objects.get_or_create(thread=thread, user=actor)
    else:
        Follow.objects.filter(thread=thread, user=actor).delete()
    return follow


@transaction.atomic
def do_vote_in_poll(actor, poll: Poll, option: PollOption) -> PollVote:
    if not permissions.can_vote_in_poll(_ctx(actor), poll):
        raise PermissionDenied(_("You cannot vote in this poll."))
    if option.poll_id != poll.pk:
        raise ValidationError(_("Choose one of the options."))
    if PollVote.objects.filter(poll=poll, user=actor).exists():
        raise ValidationError(_("You have already voted in this poll."))
    vote = PollVote.objects.create(poll=poll, option=option, user=actor)
    announce.poll_updated(poll)
    return vote


@transaction.atomic
def do_invite_to_answer(actor, thread: Thread, user_ids: Iterable[int]) -> int:
    """The asker invites colleagues to answer; only those who can read the thread are notified."""
    if not permissions.can_invite_to_answer(_ctx(actor), thread):
        raise PermissionDenied(_("Only the person who asked can invite colleagues."))
    rows = _notify_about(
        thread,
        set(user_ids) - {thread.author_id},
        "thread_invited",
        actor=actor,
        anonymous=thread.is_anonymous,
        target_type="thread",
        target_id=thread.pk,
    )
    return len(rows)


# --- flags and moderation ------------------------------------------------------------


@transaction.atomic
def do_flag(actor, thread: Thread, *, reason: str, reply: Reply | None = None) -> Flag:
    if not permissions.can_flag(_ctx(actor), thread):
        raise PermissionDenied(_("You cannot report this post."))
    if reply is not None and reply.thread_id != thread.pk:
        raise ValidationError(_("This reply does not belong to this discussion."))
    reason = _clean_text(reason, field="reason")[:1000]
    _check_rate(actor, flags=True)
    flag = Flag.objects.create(thread=thread, reply=reply, flagged_by=actor, reason=reason)
    # Moderators hear of it at once. No ``space``: moderators reach flagged posts in spaces they
    # are not in (``can_moderate_space``); the text re-asks ``can_moderate`` whenever it is shown.
    notify(
        permissions.moderator_ids(),
        "thread_flag_new",
        actor=actor,
        target_type="flag",
        target_id=flag.pk,
    )
    return flag


def _require_moderator(actor, thread: Thread) -> None:
    if not permissions.can_moderate(_ctx(actor), thread):
        raise PermissionDenied(_("Only moderators can do this."))


@transaction.atomic
def do_resolve_flag(actor, flag: Flag, *, dismiss: bool = False) -> Flag:
    _require_moderator(actor, flag.thread)
    if flag.status != Flag.Status.OPEN:
        raise ValidationError(_("This report has already been handled."))
    flag.status = Flag.Status.DISMISSED if dismiss else Flag.Status.RESOLVED
    flag.resolved_by, flag.resolved_at = actor, timezone.now()
    flag.save()
    thread = flag.thread
    # The reporter learns the outcome; the text links to the thread only while they can read it.
    notify(
        [flag.flagged_by_id],
        "thread_flag_resolved",
        space=thread.space,
        target_type="flag",
        target_id=flag.pk,
        params={"outcome": flag.status},
    )
    return flag


@transaction.atomic
def do_set_hidden(actor, post, *, hidden: bool, note: str = "") -> object:
    """Hide or unhide a thread or a reply; hidden content disappears everywhere but moderation."""
    thread = getattr(post, "thread", post)
    _require_moderator(actor, thread)
    post.hidden = hidden
    post.moderator_note = note.strip()[:300]
    post.save(update_fields=["hidden", "moderator_note"])
    if isinstance(post, Reply):
        if hidden and thread.accepted_reply_id == post.pk:
            thread.accepted_reply = None
            thread.status = Thread.Status.OPEN
            thread.save(update_fields=["accepted_reply", "status"])
        _recount(thread)
        schedule("reply", post.pk)
        schedule("thread", thread.pk)
        announce.reply_visibility(post)
    else:
        _index_thread(thread, with_replies=True)
        announce.thread_updated(thread)
    return post


@transaction.atomic
def do_set_locked(actor, thread: Thread, *, locked: bool) -> Thread:
    _require_moderator(actor, thread)
    thread.locked = locked
    thread.save(update_fields=["locked"])
    announce.thread_updated(thread)
    return thread


@transaction.atomic
def do_move(actor, thread: Thread, space: Space) -> Thread:
    _require_moderator(actor, thread)
    if space.pk == thread.space_id:
        raise ValidationError(_("The discussion is already in this group."))
    thread.space = space
    thread.save(update_fields=["space"])
    _index_thread(thread, with_replies=True)
    announce.thread_updated(thread)
    return thread


@transaction.atomic
def do_merge(actor, thread: Thread, into: Thread) -> Thread:
    """Move the replies of a duplicate into the original; the duplicate is hidden and points there."""
    _require_moderator(actor, thread)
    if into.pk == thread.pk or into.merged_into_id:
        raise ValidationError(_("Choose another discussion to merge into."))
    moved = list(Reply.objects.filter(thread=thread).values_list("pk", flat=True))
    Reply.objects.filter(thread=thread).update(thread=into, is_anonymous=False)
    # Replies by the anonymous author of the duplicate stay anonymous in the original.
    if thread.is_anonymous:
        Reply.objects.filter(pk__in=moved, author_id=thread.author_id).update(is_anonymous=True)
    thread.hidden, thread.merged_into = True, into
    thread.moderator_note = _("Merged into another discussion.")
    thread.accepted_reply = None
    thread.save(update_fields=["hidden", "merged_into", "moderator_note", "accepted_reply"])
    _recount(thread)
    _recount(into)
    schedule("thread", thread.pk)
    schedule("thread", into.pk)
    schedule_many("reply", moved)
    announce.thread_updated(thread)
    return into


@transaction.atomic
def reveal_author(actor, thread: Thread):
    """The author of an anonymous thread, for a moderator; every access is logged."""
    if not permissions.can_see_author(_ctx(actor), thread):
        raise PermissionDenied(_("Only moderators can see who posted anonymously."))
    if thread.is_anonymous:
        ModeratorAccessLog.objects.create(moderator=actor, thread=thread)
    return thread.author
