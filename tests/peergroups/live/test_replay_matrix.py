"""Every path that shows stored content asks the policy again for this reader, now.

A matrix of cases (what changed, or what the reader has not done) by paths (the notification
list or thread page, HTTP polling from seq 0, socket catch-up from seq 0, the live push to an
open socket, the daily e-mail digest). Each cell has a reader who may no longer (or not yet)
see the content, and a positive control who may: the control must get the content, so a cell
cannot pass by sending nothing. The live paths also check that the first reader does get the
event itself (its seq), only without the content.

The push column records the content and the change in one transaction: the event is published
after the change, as when a revocation lands between a write and its delivery.

Not in the matrix: unvoted poll x digest (no notification or e-mail carries poll results).
"""

import json
from dataclasses import dataclass

import pytest
from channels.db import database_sync_to_async
from django.core import mail
from django.db import transaction
from django.test import Client

from peergroups.live import events
from peergroups.models import EmailFrequency, NotificationSettings, Thread
from peergroups.notifications import email as notifications
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from tests.peergroups.live.conftest import drain, open_socket, thread_path

pytestmark = [pytest.mark.services, pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

db = database_sync_to_async

QUOTE = "Vertrouwelijke begroting tweeduizend"
INVITE_NOTE = "Geheime uitnodigingstekst voor jou"


@dataclass
class Cell:
    """One case, set up: who is refused, who is the control, where to look, how to trigger."""

    denied: object
    allowed: object
    stream: str  # "me" or "thread"
    thread: object = None
    secrets_page: tuple = ()
    secrets_live: tuple = ()
    event_kind: str = "notification.created"
    content: object = None  # callable: write the content
    change: object = None  # callable: the policy change (or None)


def _daily(*users):
    for user in users:
        NotificationSettings.objects.update_or_create(user=user, defaults={"email_frequency": EmailFrequency.DAILY})


def case_revoked_invite(world, make_user, organisation):
    outsider = make_user(organisation=organisation, first_name="Ilse")
    _daily(world["member"], outsider)
    space, coordinator = world.space, world["coordinator"]
    state = {}

    def content():
        state["denied"] = space_actions.do_invite(coordinator, space, user=world["member"], message=INVITE_NOTE)
        space_actions.do_invite(coordinator, space, user=outsider, message=INVITE_NOTE)

    def change():
        space_actions.do_revoke_invitation(coordinator, state["denied"])

    secrets = (space.name, INVITE_NOTE)
    return Cell(world["member"], outsider, "me", None, secrets, secrets, content=content, change=change)


def case_removed_member(world, make_user, organisation):
    leaver, stayer = world["other_member"], world["group_member"]  # both follow the thread
    thread_actions.do_reply(leaver, world.thread, body="Ik denk mee.")
    _daily(leaver, stayer)

    def content():
        thread_actions.do_reply(world["coordinator"], world.thread, body=QUOTE)

    def change():
        space_actions.do_remove_member(world["coordinator"], world.space, leaver)

    secrets = (QUOTE, world.thread.title)
    return Cell(leaver, stayer, "me", None, secrets, secrets, content=content, change=change)


def _handle(user):
    return "@" + user.email.split("@")[0]


def case_hidden_reply(world, make_user, organisation):
    portal = thread_actions.get_portal()
    thread = thread_actions.do_create_thread(
        world["coordinator"], portal, kind="question", title="Een vraag voor iedereen", body="Wie weet het?"
    )
    mentioned, moderator = world["group_member"], world["moderator"]
    _daily(mentioned, moderator)
    state = {}

    def content():
        body = f"{QUOTE} {_handle(mentioned)} {_handle(moderator)} graag"
        state["reply"] = thread_actions.do_reply(world["other_member"], thread, body=body)

    def change():
        thread_actions.do_set_hidden(moderator, state["reply"], hidden=True, note="Niet passend.")

    return Cell(mentioned, moderator, "me", thread, (QUOTE,), (QUOTE,), content=content, change=change)


def case_unvoted_poll(world, make_user, organisation):
    portal = thread_actions.get_portal()
    dilemma = thread_actions.do_create_thread(
        world["coordinator"],
        portal,
        kind="dilemma",
        title="Wat zou u doen?",
        body="Kiest u?",
        poll_options=["Ja", "Nee"],
    )
    poll = dilemma.poll
    voter = world["other_member"]
    thread_actions.do_vote_in_poll(voter, poll, poll.options.first())

    def content():
        thread_actions.do_vote_in_poll(world["member"], poll, poll.options.last())

    return Cell(
        world["group_member"],
        voter,
        "thread",
        dilemma,
        secrets_page=("pg-poll__results",),
        secrets_live=('"total":', '"votes":'),
        event_kind="poll.updated",
        content=content,
    )


def case_made_secret(world, make_user, organisation):
    space, coordinator = world.space, world["coordinator"]
    space_actions.do_update_space(coordinator, space, content_public=True)
    outsider = world["member"]  # not in the group: reads the open group's public discussion
    world.thread = Thread.objects.select_related("space").get(pk=world.thread.pk)  # now public
    thread_actions.do_follow(outsider, world.thread)
    _daily(outsider, world["group_member"])

    def content():
        thread_actions.do_reply(coordinator, world.thread, body=QUOTE)

    def change():
        space_actions.do_update_space(coordinator, space, visibility="secret", content_public=False)

    secrets = (QUOTE, world.thread.title)
    return Cell(outsider, world["group_member"], "me", None, secrets, secrets, content=content, change=change)


CASES = {
    "revoked_invite": ("secret", case_revoked_invite),
    "removed_member": ("secret", case_removed_member),
    "hidden_reply": ("closed", case_hidden_reply),
    "unvoted_poll": ("closed", case_unvoted_poll),
    "made_secret": ("open", case_made_secret),
}
PATHS = ("page", "polling", "socket_catch_up", "live_push", "digest")
NOT_APPLICABLE = {("unvoted_poll", "digest")}
MATRIX = [(case, path) for case in CASES for path in PATHS if (case, path) not in NOT_APPLICABLE]


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _page(cell, user) -> str:
    url = cell.thread.get_absolute_url() if cell.stream == "thread" else "/meldingen/"
    response = _client(user).get(url)
    assert response.status_code == 200
    return response.content.decode()


def _polling(cell, user) -> str:
    url = cell.thread.get_absolute_url() + "live/" if cell.stream == "thread" else "/meldingen/live/"
    response = _client(user).get(url, {"after": "0"})
    assert response.status_code == 200
    return response.content.decode()


def _socket_path(cell) -> str:
    return thread_path(cell.thread) if cell.stream == "thread" else "/ws/me/"


def _digest(user) -> str:
    mail.outbox.clear()
    notifications.notification_digest_task.enqueue(user.pk)  # the immediate backend runs it now
    return "\n".join(message.body for message in mail.outbox if user.email in message.to)


def _warm_up(cell, readers):
    if cell.stream == "thread":
        events.record(events.thread_stream(cell.thread.pk), "warm-up", sources={"thread": cell.thread.pk})
    else:
        for user in readers.values():
            events.record(events.user_stream(user.pk), "warm-up")


def _trigger(cell, *, together: bool):
    if together:
        with transaction.atomic():
            cell.content()
            if cell.change:
                cell.change()
    else:
        cell.content()
        if cell.change:
            cell.change()


@pytest.mark.parametrize(("case", "path"), MATRIX, ids=[f"{c}-{p}" for c, p in MATRIX])
async def test_stored_content_is_asked_again_for_this_reader(case, path, make_world, make_user, make_organisation):
    visibility, build = CASES[case]
    world = await db(make_world)(visibility)
    organisation = await db(make_organisation)("Gemeente Zwolle")
    cell = await db(build)(world, make_user, organisation)
    readers = {"denied": cell.denied, "allowed": cell.allowed}
    secrets = cell.secrets_page if path in ("page", "digest") else cell.secrets_live

    if path == "live_push":
        sockets = {role: (await open_socket(user, _socket_path(cell)))[0] for role, user in readers.items()}
        # A first push that both may see: each socket now holds a permission context it could reuse.
        await db(_warm_up)(cell, readers)
        for role, sock in sockets.items():
            assert any('"warm-up"' in frame for frame in await drain(sock, quiet=1.0)), role
        await db(_trigger)(cell, together=True)
        seen = {role: "\n".join(await drain(sock, quiet=1.5)) for role, sock in sockets.items()}
        for sock in sockets.values():
            await sock.disconnect()
    else:
        await db(_trigger)(cell, together=False)
        seen = {}
        for role, user in readers.items():
            if path == "page":
                seen[role] = await db(_page)(cell, user)
            elif path == "polling":
                seen[role] = await db(_polling)(cell, user)
            elif path == "socket_catch_up":
                sock, _hello = await open_socket(user, _socket_path(cell) + "?after=0")
                seen[role] = "\n".join(await drain(sock, quiet=1.0))
                await sock.disconnect()
            else:
                seen[role] = await db(_digest)(user)

    for secret in secrets:
        assert secret in seen["allowed"], (secret, "the control must see it")
        assert secret not in seen["denied"], (secret, "leaked")
    if path in ("polling", "socket_catch_up", "live_push"):
        # The event itself reaches the refused reader (its seq keeps the stream gap-free), empty.
        kinds = [frame.get("kind") for frame in _frames(seen["denied"], path)]
        assert cell.event_kind in kinds


def _frames(text: str, path: str) -> list[dict]:
    if path == "polling":
        return json.loads(text)["events"]
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]
