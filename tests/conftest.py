"""Shared fixtures. Data is created through the real actions, as users would."""

import itertools

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from peergroups.core.taxonomy import GovernmentLayer, OrganisationType
from peergroups.models import MemberProfile, Organisation, OrganisationDomain, User
from peergroups.organisations import actions
from peergroups.policy import ROLE_SITE_ADMINS

from .second_factor import POWER_ROLES, give_second_factor

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: cached pages and fragments of another test's data must not show."""
    from django.core.cache import cache

    cache.clear()
    yield


PASSWORD = "een-lang-testwachtwoord-42"


@pytest.fixture
def make_organisation(db):
    def make(name=None, domains=(), **fields):
        n = next(_counter)
        organisation = Organisation.objects.create(
            name=name or f"Organisatie {n}",
            slug=fields.pop("slug", f"organisatie-{n}"),
            organisation_type=fields.pop("organisation_type", OrganisationType.GEMEENTE),
            government_layer=fields.pop("government_layer", GovernmentLayer.LOKAAL),
            **fields,
        )
        for domain in domains:
            OrganisationDomain.objects.create(organisation=organisation, domain=domain)
        return organisation

    return make


@pytest.fixture
def make_user(db):
    """A verified account; ``member=True`` admits it at ``organisation``.

    Accounts with a powerful role (or superusers) get a second factor unless ``second_factor=False``:
    without one their roles grant nothing (peergroups/policy/second_factor.py); its secret is ``user.totp_secret``.
    """

    def make(
        email=None,
        *,
        organisation=None,
        member=True,
        roles=(),
        first_name="Test",
        last_name=None,
        second_factor=None,
        **extra,
    ):
        n = next(_counter)
        user = User.objects.create_user(
            email=email or f"persoon{n}@example.org",
            password=PASSWORD,
            first_name=first_name,
            last_name=last_name or f"Persoon {n}",
            **extra,
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        profile = actions.do_create_member_profile(user)
        if member:
            profile.status = MemberProfile.Status.MEMBER
            profile.organisation = organisation
            profile.save()
        for role in roles:
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        if second_factor is None:
            second_factor = bool(set(roles) & POWER_ROLES) or extra.get("is_superuser") or extra.get("is_staff")
        if second_factor:
            give_second_factor(user)
        return user

    return make


@pytest.fixture
def site_admin(make_user):
    return make_user(roles=[ROLE_SITE_ADMINS], first_name="Beheer")


@pytest.fixture
def login(client):
    def do_login(user):
        client.force_login(user)
        return client

    return do_login


@pytest.fixture(scope="session")
def private_elasticsearch():
    """An Elasticsearch of the fault tests' own (tests/faults.py), started once per run and
    stopped at its end, even when a test fails; the shared one is never stopped."""
    from tests.faults import ES_URL, private_service

    try:
        private_service("up", "es")
        yield ES_URL
    finally:
        private_service("down", "es")


@pytest.fixture
def on_private_elasticsearch(private_elasticsearch, settings):
    """This test's search and Wagtail's index on the private Elasticsearch, under a prefix of its
    own; its indices removed afterwards."""
    import uuid

    from search import connection

    prefix = f"fault-{uuid.uuid4().hex[:8]}"
    settings.ELASTICSEARCH_URL = private_elasticsearch
    settings.SEARCH_INDEX_PREFIX = prefix
    backends = {name: dict(conf) for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"].update(URLS=[private_elasticsearch], INDEX_PREFIX=f"{prefix}-wagtail-")
    settings.WAGTAILSEARCH_BACKENDS = backends
    connection.reset()
    yield prefix
    try:
        private = connection.get_client()
        for name in private.indices.get(index=f"{prefix}-*", expand_wildcards="all"):
            private.indices.delete(index=name, ignore_unavailable=True)
    finally:
        connection.reset()
