"""Fixtures for groups: people in every role and spaces of every visibility, made through actions."""

import re
from dataclasses import dataclass, field

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from peergroups.policy import ROLE_MODERATORS
from peergroups.spaces import actions as space_actions
from peergroups.spaces.content import actions as content_actions

ROLES = ("visitor", "pending", "member", "group_member", "coordinator", "moderator", "admin")
VISIBILITIES = ("open", "open_public", "closed", "secret")


def text_file(name="notulen.txt", content=b"Notulen van de werkgroep.\n"):
    return SimpleUploadedFile(name, content, content_type="text/plain")


def add_member(space, user, coordinator):
    """Bring ``user`` into ``space`` the way its visibility allows."""
    if space.visibility == "open":
        return space_actions.do_join(user, space)
    if space.visibility == "closed":
        request = space_actions.do_request_to_join(user, space, motivation="Ik wil graag meedoen.")
        return space_actions.do_decide_join_request(coordinator, request, approve=True)
    invitation = space_actions.do_invite(coordinator, space, user=user)
    return space_actions.do_respond_to_invitation(user, invitation, accept=True)


@pytest.fixture
def embedded_search(settings):
    """The embedded default (no Elasticsearch): suggestions from the database implementation.
    The same functions on Elasticsearch are tested in tests/search/test_similarity.py."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Many people per test: a cheap hasher keeps the permission matrix quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    """One space of one visibility, and a person in each role towards it."""

    space: object
    people: dict = field(default_factory=dict)
    document: object = None
    applicant: object = None
    join_request: object = None

    def user(self, role):
        return self.people.get(role)


@pytest.fixture
def people(make_user, make_organisation, site_admin):
    organisation = make_organisation("Gemeente Zwolle")
    return {
        "visitor": None,
        "pending": make_user(member=False, first_name="Pim"),
        "member": make_user(organisation=organisation, first_name="Mara"),
        "group_member": make_user(organisation=organisation, first_name="Gijs"),
        "coordinator": make_user(organisation=organisation, first_name="Coby"),
        "moderator": make_user(organisation=organisation, first_name="Moos", roles=[ROLE_MODERATORS]),
        "admin": site_admin,
    }


@pytest.fixture
def make_world(people, make_user, make_organisation, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")

    def make(visibility: str, name: str | None = None) -> World:
        public = visibility == "open_public"
        space = space_actions.do_create_peer_group(
            people["coordinator"],
            name=name or f"Groep {visibility}",
            description="Een groep om van elkaar te leren.",
            visibility="open" if public else visibility,
            content_public=public,
        )
        add_member(space, people["group_member"], people["coordinator"])
        document = content_actions.do_upload_document(
            people["coordinator"], space, title="Werkplan", uploaded_file=text_file()
        )
        world = World(space=space, people=people, document=document)
        if space.visibility == "closed":
            world.applicant = make_user(organisation=make_organisation(), first_name="Aafke")
            world.join_request = space_actions.do_request_to_join(world.applicant, space, motivation="Graag!")
        return world

    return make


CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def normalise(html: str) -> str:
    """A page without its per-response CSRF token, to compare two responses byte for byte."""
    return CSRF.sub('name="csrfmiddlewaretoken" value=""', html)
