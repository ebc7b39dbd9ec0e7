"""The per-user cache of permission inputs and unread counts (peergroups/caching/user_cache.py).

Every test first renders a page so the entry is cached, then makes the write,
then asserts the very next request sees the change: a missing invalidation
fails here. The cache is on (the test settings use Redis like production).
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from peergroups.models import MemberProfile, Membership, Notification
from peergroups.notifications.actions import do_mark_all_read, do_mark_read, notify
from peergroups.organisations import actions
from peergroups.policy import ROLE_SITE_ADMINS
from peergroups.spaces import actions as space_actions
from tests.peergroups.conftest import add_member
from tests.second_factor import give_second_factor

pytestmark = pytest.mark.django_db


def _space_url(space):
    return reverse("peergroups:space_detail", args=[space.slug])


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, " ".join(q["sql"] for q in ctx.captured_queries)


def test_the_permission_inputs_are_cached(make_world, login):
    world = make_world("secret")
    client = login(world.user("group_member"))
    url = _space_url(world.space)
    assert client.get(url).status_code == 200
    response, sql = _queries(client, url)
    assert response.status_code == 200
    # Served from the cache: no query for relations, roles or the profile of the viewer.
    assert "UNION" not in sql
    assert '"auth_group"' not in sql


def test_a_removed_member_loses_a_secret_group_on_the_next_request(make_world, login):
    world = make_world("secret")
    member = world.user("group_member")
    client = login(member)
    url = _space_url(world.space)
    assert client.get(url).status_code == 200
    space_actions.do_remove_member(world.user("coordinator"), world.space, member)
    assert client.get(url).status_code == 404


def test_a_member_who_leaves_loses_the_documents(make_world, login):
    world = make_world("closed")
    member = world.user("group_member")
    client = login(member)
    url = reverse("peergroups:document_list", args=[world.space.slug])
    assert client.get(url).status_code == 200
    space_actions.do_leave(member, world.space)
    assert client.get(url).status_code == 403


def test_a_new_member_gains_the_group_on_the_next_request(make_world, make_user, make_organisation, login):
    world = make_world("secret")
    newcomer = make_user(organisation=make_organisation(), first_name="Nina")
    client = login(newcomer)
    url = _space_url(world.space)
    assert client.get(url).status_code == 404
    add_member(world.space, newcomer, world.user("coordinator"))
    assert client.get(url).status_code == 200


def test_an_approved_account_gains_members_pages_and_a_rejected_one_loses_them(
    make_world, make_organisation, login, site_admin
):
    world = make_world("open")
    pending = world.user("pending")
    client = login(pending)
    url = reverse("peergroups:space_members", args=[world.space.slug])
    assert client.get(url).status_code == 403
    actions.do_approve_member(site_admin, pending.profile, organisation=make_organisation())
    assert client.get(url).status_code == 200
    profile = MemberProfile.objects.get(user=pending)  # an administrator withdraws the admission
    profile.status = MemberProfile.Status.REJECTED
    profile.save()
    assert client.get(url).status_code == 403


def test_a_role_grant_and_withdrawal_take_effect_at_once(make_world, login):
    world = make_world("secret")
    member = world.user("member")
    client = login(member)
    url = _space_url(world.space)
    assert client.get(url).status_code == 404
    give_second_factor(member)  # a site administrator's role counts only with one
    admins = Group.objects.get(name=ROLE_SITE_ADMINS)
    member.groups.add(admins)
    assert client.get(url).status_code == 200
    admins.user_set.remove(member)  # the reverse side of the relation
    assert client.get(url).status_code == 404
    admins.user_set.add(member)
    assert client.get(url).status_code == 200
    admins.user_set.clear()
    assert client.get(url).status_code == 404


def test_handing_over_the_coordinator_role_takes_effect_at_once(make_world, login):
    """do_hand_over demotes with QuerySet.update (no signal): the action bumps the cache itself."""
    world = make_world("open")
    coordinator = world.user("coordinator")
    client = login(coordinator)
    url = reverse("peergroups:space_manage", args=[world.space.slug])
    assert client.get(url).status_code == 200
    space_actions.do_hand_over(coordinator, world.space, world.user("group_member"))
    assert Membership.objects.get(space=world.space, user=coordinator).role == "member"
    assert client.get(url).status_code == 403


def test_a_deactivated_account_is_logged_out(make_world, login):
    world = make_world("secret")
    member = world.user("group_member")
    client = login(member)
    url = _space_url(world.space)
    assert client.get(url).status_code == 200
    member.is_active = False
    member.save()
    response = client.get(url)
    assert response.status_code == 404
    assert not response.wsgi_request.user.is_authenticated


def _loads_the_user_row(sql, user):
    return f'"peergroups_user"."id" = {user.pk} LIMIT 21' in sql


def test_the_user_row_comes_from_the_cache(make_user, login):
    member = make_user(first_name="Lotte")
    client = login(member)
    url = reverse("peergroups:portal")
    _, first = _queries(client, url)
    assert _loads_the_user_row(first, member)
    response, second = _queries(client, url)
    assert response.wsgi_request.user.pk == member.pk and "Lotte" in response.content.decode()
    assert not _loads_the_user_row(second, member)


def test_a_password_change_elsewhere_logs_this_session_out(make_user, login):
    member = make_user(first_name="Lotte")
    client = login(member)
    url = reverse("peergroups:portal")
    assert client.get(url).wsgi_request.user.is_authenticated
    assert client.get(url).wsgi_request.user.is_authenticated  # now from the cache
    member.set_password("een-heel-nieuw-wachtwoord")
    member.save()
    assert not client.get(url).wsgi_request.user.is_authenticated


def test_a_session_whose_hash_does_not_match_is_logged_out(make_user, login):
    from django.contrib.auth import HASH_SESSION_KEY

    member = make_user(first_name="Lotte")
    client = login(member)
    url = reverse("peergroups:portal")
    assert client.get(url).wsgi_request.user.is_authenticated
    session = client.session
    session[HASH_SESSION_KEY] = "0" * 64
    session.save()
    assert not client.get(url).wsgi_request.user.is_authenticated


UNREAD = re.compile(r"<span data-live-unread>(\d+)</span>")


def _unread(client):
    return int(UNREAD.search(client.get(reverse("peergroups:portal")).content.decode()).group(1))


def test_the_unread_count_follows_new_and_read_notifications(make_world, login):
    world = make_world("open")
    member, other = world.user("group_member"), world.user("coordinator")
    client = login(member)
    assert _unread(client) == 0
    notice = {"actor": other, "space": world.space, "params": {"outcome": "approved"}}
    notify([member], "join_decision", **notice)  # bulk_create: bumped by the action
    notify([member], "join_decision", **notice)
    assert _unread(client) == 2
    response, sql = _queries(client, reverse("peergroups:portal"))
    assert "peergroups_notification" not in sql  # the count came from the cache
    do_mark_read(member, Notification.objects.filter(recipient=member).first())
    assert _unread(client) == 1
    do_mark_all_read(member)
    assert _unread(client) == 0
    notify([member], "join_decision", **notice)
    assert _unread(client) == 1
    Notification.objects.filter(recipient=member).delete()
    assert _unread(client) == 0


def test_entries_that_no_longer_unpickle_are_misses(make_world, login, monkeypatch):
    import pickle

    from peergroups.caching import user_cache

    world = make_world("secret")
    client = login(world.user("group_member"))
    url = _space_url(world.space)
    assert client.get(url).status_code == 200
    real_get_many = user_cache.cache.get_many

    def broken(keys, *args, **kwargs):
        if any(":perm:" in key or ":user:" in key for key in keys):
            raise pickle.UnpicklingError("a model changed by a deploy")
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(user_cache.cache, "get_many", broken)
    response = client.get(url)
    assert response.status_code == 200 and response.wsgi_request.user.is_authenticated


def test_the_search_scope_reads_the_cached_inputs_and_follows_a_removal(make_world, login):
    from peergroups.models import User
    from peergroups.policy import search_scope

    world = make_world("secret")
    member = world.user("group_member")
    client = login(member)
    client.get("/zoeken/?q=werkplan")  # the request caches the member's inputs
    reader = User.objects.get(pk=member.pk)  # a fresh user object, as the next request has
    with CaptureQueriesContext(connection) as ctx:
        scope = search_scope(reader)
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert world.space.pk in scope.space_ids
    assert "UNION" not in sql and '"auth_group"' not in sql  # no relations or roles from the database
    space_actions.do_remove_member(world.user("coordinator"), world.space, member)
    assert world.space.pk not in search_scope(User.objects.get(pk=member.pk)).space_ids
