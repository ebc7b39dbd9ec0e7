"""Replies to one busy thread from many members at once (issue 9): ``do_reply`` locks the thread's rows
only at the end of its write, and the counters, the live stream and the policy check stay exact."""

import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection

from peergroups.live import events
from peergroups.models import LiveEvent, Notification, Reply, Thread
from peergroups.policy import ROLE_MODERATORS
from peergroups.portal import actions as thread_actions
from tests.peergroups.portal.threads_helpers import ask

pytestmark = pytest.mark.django_db(transaction=True)

WRITERS = 8


def _in_threads(count, work):
    """Run ``work(i)`` in ``count`` threads (each with its own database connection), started together."""
    barrier = threading.Barrier(count)
    errors = []

    def run(i):
        try:
            barrier.wait(timeout=30)
            work(i)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            connection.close()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    return errors


def test_concurrent_replies_keep_counters_and_the_live_stream_exact(make_user):
    asker = make_user(first_name="Anke")
    writers = [make_user(first_name=f"Schrijver{i}") for i in range(WRITERS)]
    thread = ask(asker, thread_actions.get_portal())
    first = thread_actions.do_reply(writers[0], thread, body="Al eerder gezegd.")  # a follower before the rush

    errors = _in_threads(WRITERS, lambda i: thread_actions.do_reply(writers[i], thread, body=f"Reactie {i}"))

    assert errors == []
    thread.refresh_from_db()
    assert thread.reply_count == WRITERS + 1 == Reply.objects.filter(thread=thread).count()
    created = [
        e.payload
        for e in LiveEvent.objects.filter(stream=events.thread_stream(thread.pk), kind="reply.created").order_by("seq")
    ]
    # Gap-free seqs, and each event carries the count after its own reply, in commit (= seq) order.
    seqs = [e["seq"] for e in created]
    assert seqs == list(range(seqs[0], seqs[0] + WRITERS + 1))
    assert [e["reply_count"] for e in created] == list(range(1, WRITERS + 2))
    assert {e["object_id"] for e in created} == set(Reply.objects.filter(thread=thread).values_list("pk", flat=True))
    assert all(f'data-version="{e["seq"]}"' in e["html"] for e in created)
    # The asker follows the thread: one notification per reply, each with its own event on their stream.
    assert Notification.objects.filter(recipient=asker, kind="thread_reply").count() == WRITERS + 1
    personal = LiveEvent.objects.filter(stream=events.user_stream(asker.pk), kind="notification.created")
    personal_seqs = sorted(personal.values_list("seq", flat=True))
    assert personal_seqs == list(range(personal_seqs[0], personal_seqs[0] + WRITERS + 1))
    assert first.pk in {e["object_id"] for e in created}


def test_a_reply_is_refused_when_the_thread_was_locked_while_it_was_being_written(make_user, monkeypatch):
    """The check at the start reads the thread without a lock; the one at the end, under the lock,
    sees a moderator's lock committed in between, and the whole reply rolls back."""
    asker, writer = make_user(), make_user()
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(asker, thread_actions.get_portal())
    original = thread_actions._mentioned

    def lock_meanwhile(text):
        locker = threading.Thread(target=_lock, args=(moderator, thread.pk))
        locker.start()
        locker.join(timeout=30)
        return original(text)

    monkeypatch.setattr(thread_actions, "_mentioned", lock_meanwhile)
    before = LiveEvent.objects.filter(stream=events.thread_stream(thread.pk)).count()

    with pytest.raises(PermissionDenied):
        thread_actions.do_reply(writer, thread, body="Net te laat.")

    thread.refresh_from_db()
    assert thread.locked and thread.reply_count == 0
    assert not Reply.objects.filter(thread=thread).exists()
    kinds = list(LiveEvent.objects.filter(stream=events.thread_stream(thread.pk)).values_list("kind", flat=True))
    assert len(kinds) == before + 1 and "reply.created" not in kinds  # only the lock's own event
    assert not Notification.objects.filter(recipient=asker, kind="thread_reply").exists()


def _lock(moderator, thread_id):
    try:
        thread_actions.do_set_locked(moderator, Thread.objects.get(pk=thread_id), locked=True)
    finally:
        connection.close()
