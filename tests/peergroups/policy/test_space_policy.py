"""The space rules of the policy module as functions, and its three forms agreeing."""

import pytest

from peergroups import policy as permissions
from peergroups.models import Space, User
from peergroups.spaces import actions as space_actions
from tests.peergroups.conftest import ROLES

pytestmark = pytest.mark.django_db

# function              visibility    visitor pending member group_member coordinator moderator admin
POLICY = """
can_view_space          open          1 1 1 1 1 1 1
can_view_space          closed        1 1 1 1 1 1 1
can_view_space          secret        0 0 0 1 1 0 1
can_see_members         open          0 0 1 1 1 1 1
can_see_members         closed        0 0 1 1 1 1 1
can_see_members         secret        0 0 0 1 1 0 1
can_see_content         open          0 0 0 1 1 0 1
can_see_content         open_public   1 1 1 1 1 1 1
can_see_content         closed        0 0 0 1 1 0 1
can_see_content         secret        0 0 0 1 1 0 1
can_post                open          0 0 0 1 1 0 0
can_post                closed        0 0 0 1 1 0 0
can_post                secret        0 0 0 1 1 0 0
can_join                open          0 0 1 0 0 1 1
can_join                closed        0 0 0 0 0 0 0
can_join                secret        0 0 0 0 0 0 0
can_request_to_join     open          0 0 0 0 0 0 0
can_request_to_join     closed        0 0 1 0 0 1 1
can_request_to_join     secret        0 0 0 0 0 0 0
can_manage_space        open          0 0 0 0 1 0 1
can_manage_space        closed        0 0 0 0 1 0 1
can_manage_space        secret        0 0 0 0 1 0 1
can_moderate_space      secret        0 0 0 0 0 1 1
"""


def _rows():
    for line in POLICY.strip().splitlines():
        name, visibility, *flags = line.split()
        for role, flag in zip(ROLES, flags, strict=True):
            yield name, visibility, role, flag == "1"


@pytest.mark.parametrize("name,visibility,role,expected", list(_rows()))
def test_policy_function(make_world, name, visibility, role, expected):
    world = make_world(visibility)
    ctx = permissions.PermissionContext(world.user(role))  # as a new request would see it
    space = Space.objects.get(pk=world.space.pk)
    assert getattr(permissions, name)(ctx, space) is expected


@pytest.mark.parametrize("role", ROLES)
def test_queryset_filter_search_terms_and_yes_no_agree(make_world, role):
    """``spaces_visible_to`` (Q), ``space_filter_terms`` (plain data) and ``can_view_space`` give one answer."""
    worlds = [make_world(v, name=f"Groep {v}") for v in ("open", "closed", "secret")]
    other_secret = space_actions.do_create_peer_group(
        worlds[0].people["admin"], name="Andere geheime groep", visibility="secret"
    )
    ctx = permissions.PermissionContext(worlds[0].user(role))
    every = list(Space.objects.all())
    by_q = set(Space.objects.filter(permissions.spaces_visible_to(ctx)).values_list("pk", flat=True))
    by_function = {s.pk for s in every if permissions.can_view_space(ctx, s)}
    terms = permissions.space_filter_terms(ctx)
    by_terms = {s.pk for s in every if permissions.space_matches_terms(terms, space_id=s.pk, visibility=s.visibility)}
    assert by_q == by_function == by_terms
    assert (worlds[2].space.pk in by_q) == (role in ("group_member", "coordinator", "admin"))
    assert (other_secret.pk in by_q) == (role == "admin")


def test_space_relations_cost_one_query(make_world, django_assert_num_queries):
    world = make_world("secret")
    outsider_space = space_actions.do_create_peer_group(world.people["member"], name="Eigen groep", visibility="closed")
    invitation_space = space_actions.do_create_peer_group(
        world.people["admin"], name="Uitnodiging", visibility="secret"
    )
    space_actions.do_invite(world.people["admin"], invitation_space, user=world.people["coordinator"])
    ctx = permissions.PermissionContext(world.people["coordinator"])
    assert ctx.is_member  # profile and roles are loaded separately
    with django_assert_num_queries(1):
        assert ctx.space_ids == {world.space.pk}
        assert ctx.coordinated_space_ids == {world.space.pk}
        assert ctx.invited_space_ids == {invitation_space.pk}
        assert outsider_space.pk not in ctx.known_space_ids


def test_invitee_may_see_a_secret_space_but_not_its_content(make_world):
    world = make_world("secret")
    invitee = world.people["member"]
    space_actions.do_invite(world.people["coordinator"], world.space, user=invitee)
    ctx = permissions.PermissionContext(invitee)
    assert permissions.can_view_space(ctx, world.space)
    assert not permissions.can_see_content(ctx, world.space)
    assert not permissions.can_see_members(ctx, world.space)


def test_rejected_account_loses_its_spaces(make_world):
    world = make_world("secret")
    profile = world.people["group_member"].profile
    profile.status = "rejected"
    profile.save()
    fresh = type(world.people["group_member"]).objects.get(pk=world.people["group_member"].pk)
    ctx = permissions.context_for(fresh)
    assert ctx.space_ids == frozenset()
    assert not permissions.can_view_space(ctx, world.space)


def test_search_scope_comes_from_the_policy(make_world):
    from search.scope import PUBLIC_SCOPE, scope_for

    world = make_world("closed")

    def fresh(role):  # a new request's user object
        return User.objects.get(pk=world.people[role].pk)

    assert scope_for(None) == PUBLIC_SCOPE
    member_scope = scope_for(fresh("group_member"))
    assert member_scope.members and member_scope.space_ids == {world.space.pk} and not member_scope.all_spaces
    assert not scope_for(fresh("pending")).members
    assert scope_for(fresh("admin")).all_spaces
    assert not scope_for(fresh("moderator")).hidden
