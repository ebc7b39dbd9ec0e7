"""Fixtures of the live tests: a group of each visibility with people in every role, and socket helpers.

The consumer tests run on the real Redis channel layer (``REDIS_URL``, as ``make test`` sets it)
and commit their data (``transaction=True``): the consumers read it from other threads.
"""

import json
from dataclasses import dataclass, field

import pytest
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from peergroups.policy import ROLE_MODERATORS
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from platform_site.routing import websocket_urlpatterns

ROLES = ("visitor", "pending", "member", "group_member", "moderator")


@pytest.fixture(autouse=True)
def _live_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    assert settings.REDIS_URL, "the live tests run on the real Redis channel layer: export REDIS_URL"


def add_member(space, user, coordinator):
    if space.visibility == "open":
        return space_actions.do_join(user, space)
    if space.visibility == "closed":
        request = space_actions.do_request_to_join(user, space, motivation="Ik wil graag meedoen.")
        return space_actions.do_decide_join_request(coordinator, request, approve=True)
    invitation = space_actions.do_invite(coordinator, space, user=user)
    return space_actions.do_respond_to_invitation(user, invitation, accept=True)


@dataclass
class World:
    space: object
    thread: object
    people: dict = field(default_factory=dict)

    def __getitem__(self, role):
        return self.people[role]


@pytest.fixture
def make_world(make_user, make_organisation):
    organisation = make_organisation("Gemeente Deventer")

    def make(visibility: str = "closed") -> World:
        people = {
            "visitor": None,
            "pending": make_user(member=False, first_name="Pim"),
            "member": make_user(organisation=organisation, first_name="Mara"),
            "group_member": make_user(organisation=organisation, first_name="Gijs"),
            "other_member": make_user(organisation=organisation, first_name="Olga"),
            "coordinator": make_user(organisation=organisation, first_name="Coby"),
            "moderator": make_user(organisation=organisation, first_name="Moos", roles=[ROLE_MODERATORS]),
        }
        space = space_actions.do_create_peer_group(
            people["coordinator"],
            name=f"Groep {visibility} {people['coordinator'].pk}",
            description="Een groep om van elkaar te leren.",
            visibility=visibility,
        )
        add_member(space, people["group_member"], people["coordinator"])
        add_member(space, people["other_member"], people["coordinator"])
        thread = thread_actions.do_create_thread(
            people["group_member"], space, kind="question", title="Hoe plannen wij de hei-dag?", body="Ideeën?"
        )
        return World(space=space, thread=thread, people=people)

    return make


def application():
    return URLRouter(websocket_urlpatterns)


async def open_socket(user, path: str):
    """Connect as ``user`` (None: a visitor). Returns (communicator, first frame as dict | close code)."""
    communicator = WebsocketCommunicator(application(), path)
    communicator.scope["user"] = user or AnonymousUser()
    connected, _sub = await communicator.connect(timeout=5)
    assert connected
    return communicator, await next_output(communicator)


async def next_output(communicator, timeout: float = 5):
    """The next frame (dict) or, when the server closed the socket, its close code (int)."""
    output = await communicator.receive_output(timeout)
    if output["type"] == "websocket.close":
        return output.get("code", 1000)
    return json.loads(output["text"])


async def next_event(communicator, timeout: float = 5) -> dict:
    """The next frame that is an event (presence and heartbeat frames are skipped)."""
    while True:
        frame = await next_output(communicator, timeout)
        if isinstance(frame, int) or frame.get("type") in ("event", "error", "resync"):
            return frame


async def drain(communicator, quiet: float = 0.5) -> list:
    """Every frame until the socket stays quiet for ``quiet`` seconds (raw texts)."""
    texts = []
    while not await communicator.receive_nothing(timeout=quiet):
        output = await communicator.receive_output()
        texts.append(output.get("text") or json.dumps(output))
    return texts


def thread_path(thread) -> str:
    return f"/ws/threads/{thread.pk}/"


def room_path(space) -> str:
    return f"/ws/spaces/{space.pk}/room/"


__all__ = ["ROLES", "settings"]
