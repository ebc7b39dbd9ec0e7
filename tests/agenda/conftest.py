"""Fixtures of the agenda tests: an agenda with one upcoming event, and groups with regional activities.

The site structure is made by ``site_setup`` (as ``load_demo`` does), the events
and activities through the same models and actions the platform uses.
"""

import datetime as dt

import pytest
from django.utils import timezone

from knowledge import site_setup
from knowledge.models import EventIndexPage, EventPage
from peergroups.policy import ROLE_EDITORS
from peergroups.spaces import actions as space_actions
from peergroups.spaces.content import actions as content_actions


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def agenda(db):
    site_setup.ensure_site_structure()
    return EventIndexPage.objects.get()


@pytest.fixture
def make_event(agenda):
    def make(title="Workshop dilemmatraining", *, capacity=2, days=14, **fields):
        start = (timezone.localtime() + dt.timedelta(days=days)).replace(hour=13, minute=30, second=0, microsecond=0)
        page = EventPage(
            title=title,
            summary="Oefenen met morele dilemma's.",
            event_type="workshop",
            start=start,
            end=start + dt.timedelta(hours=3),
            location=fields.pop("location", "Utrecht"),
            province=fields.pop("province", "utrecht"),
            capacity=capacity,
            **fields,
        )
        agenda.add_child(instance=page)
        page.save_revision().publish()
        return EventPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def event(make_event):
    return make_event()


@pytest.fixture
def member(make_user, make_organisation):
    return make_user(organisation=make_organisation("Gemeente Zwolle"), first_name="Mara", last_name="Mulder")


@pytest.fixture
def members(make_user, make_organisation):
    organisation = make_organisation("Gemeente Deventer")
    return [make_user(organisation=organisation, first_name=name) for name in ("Anna", "Bram", "Cees", "Dirk")]


@pytest.fixture
def editor(make_user):
    return make_user(roles=[ROLE_EDITORS], first_name="Eva", last_name="Redacteur")


@pytest.fixture
def coordinator(make_user, make_organisation):
    return make_user(organisation=make_organisation("Gemeente Apeldoorn"), first_name="Coby", last_name="Coördinator")


@pytest.fixture
def make_group(coordinator):
    def make(visibility, name=None):
        return space_actions.do_create_peer_group(
            coordinator,
            name=name or f"Groep {visibility}",
            description="Een groep om van elkaar te leren.",
            visibility=visibility,
            content_public=False,
        )

    return make


@pytest.fixture
def make_activity(coordinator):
    def make(space, title, *, province="gelderland", capacity=10, days=20):
        starts = (timezone.localtime() + dt.timedelta(days=days)).replace(hour=15, minute=0, second=0, microsecond=0)
        return content_actions.do_plan_regional_activity(
            coordinator,
            space,
            title=title,
            description="Collega's uit de regio wisselen ervaringen uit.",
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=2),
            location="Arnhem",
            province=province,
            capacity=capacity,
        )

    return make
