"""The permission matrix of spaces, asserted through HTTP from one table.

Roles: a visitor (not logged in), a pending account, an admitted member who is
not in the group, a member of the group, its coordinator, a platform
moderator and a site admin (both not in the group). Visibilities: open, open
with public content, closed, secret. Outcomes:

* ``yes``/``no`` — the group appears in the list of peer groups or not;
* ``ok`` — the page opens (200) or the write happened;
* ``noop`` — allowed to ask, but nothing changes (already a member);
* ``login`` — redirected to the login page;
* ``403`` — refused with a reason; ``404`` — the group does not exist for this person.
"""

import pytest
from django.urls import reverse

from peergroups.models import Document, JoinRequest, Membership
from tests.peergroups.conftest import ROLES, text_file

pytestmark = pytest.mark.django_db

MATRIX = """
# action        visibility    visitor  pending  member  group_member  coordinator  moderator  admin
see_list        open          yes      yes      yes     yes           yes          yes        yes
see_list        open_public   yes      yes      yes     yes           yes          yes        yes
see_list        closed        yes      yes      yes     yes           yes          yes        yes
see_list        secret        no       no       no      yes           yes          no         yes
see_page        open          ok       ok       ok      ok            ok           ok         ok
see_page        open_public   ok       ok       ok      ok            ok           ok         ok
see_page        closed        ok       ok       ok      ok            ok           ok         ok
see_page        secret        404      404      404     ok            ok           404        ok
see_members     open          login    403      ok      ok            ok           ok         ok
see_members     open_public   login    403      ok      ok            ok           ok         ok
see_members     closed        login    403      ok      ok            ok           ok         ok
see_members     secret        404      404      404     ok            ok           404        ok
see_documents   open          login    403      403     ok            ok           403        ok
see_documents   open_public   ok       ok       ok      ok            ok           ok         ok
see_documents   closed        login    403      403     ok            ok           403        ok
see_documents   secret        404      404      404     ok            ok           404        ok
post            open          login    403      403     ok            ok           403        403
post            open_public   login    403      403     ok            ok           403        403
post            closed        login    403      403     ok            ok           403        403
post            secret        404      404      404     ok            ok           404        403
join            open          login    403      ok      noop          noop         ok         ok
join            open_public   login    403      ok      noop          noop         ok         ok
join            closed        login    403      ok      noop          noop         ok         ok
join            secret        404      404      404     noop          noop         404        403
approve         open          login    403      403     403           ok           403        ok
approve         open_public   login    403      403     403           ok           403        ok
approve         closed        login    403      403     403           ok           403        ok
approve         secret        404      404      404     403           ok           404        ok
"""


def _table():
    rows = []
    for line in MATRIX.strip().splitlines():
        if line.startswith("#"):
            continue
        action, visibility, *outcomes = line.split()
        assert len(outcomes) == len(ROLES), line
        rows.extend((action, visibility, role, outcome) for role, outcome in zip(ROLES, outcomes, strict=True))
    return rows


def _status(response) -> str:
    if response.status_code == 302 and reverse("account_login") in response["Location"]:
        return "login"
    if response.status_code in (403, 404):
        return str(response.status_code)
    return f"status {response.status_code}"


def see_list(client, world, user):
    html = client.get(reverse("peergroups:peer_group_list")).content.decode()
    return "yes" if world.space.name in html else "no"


def see_page(client, world, user):
    response = client.get(world.space.get_absolute_url())
    return "ok" if response.status_code == 200 else _status(response)


def see_members(client, world, user):
    response = client.get(reverse("peergroups:space_members", args=[world.space.slug]))
    if response.status_code == 200:
        assert world.people["group_member"].last_name in response.content.decode()
        return "ok"
    return _status(response)


def see_documents(client, world, user):
    response = client.get(reverse("peergroups:document_download", args=[world.space.slug, world.document.pk]))
    if response.status_code == 200:
        assert b"".join(response.streaming_content) == b"Notulen van de werkgroep.\n"
        return "ok"
    return _status(response)


def post(client, world, user):
    before = Document.objects.filter(space=world.space).count()
    response = client.post(
        reverse("peergroups:document_list", args=[world.space.slug]),
        {"title": "Verslag", "description": "", "file": text_file("verslag.txt")},
    )
    after = Document.objects.filter(space=world.space).count()
    if response.status_code == 302 and after == before + 1:
        return "ok"
    assert after == before, "a refused post must not store anything"
    return _status(response)


def join(client, world, user):
    space = world.space
    was_member = user is not None and Membership.objects.filter(space=space, user=user).exists()
    if space.visibility == "closed":
        before = JoinRequest.objects.filter(space=space).count()
        response = client.post(
            reverse("peergroups:space_request", args=[space.slug]), {"motivation": "Ik wil graag leren."}
        )
        changed = JoinRequest.objects.filter(space=space).count() != before
    else:
        before = Membership.objects.filter(space=space).count()
        response = client.post(reverse("peergroups:space_join", args=[space.slug]))
        changed = Membership.objects.filter(space=space).count() != before
    if response.status_code == 302 and response["Location"] == space.get_absolute_url():
        if changed:
            return "ok"
        assert was_member
        return "noop"
    assert not changed
    return _status(response)


def approve(client, world, user):
    response = client.get(reverse("peergroups:space_manage", args=[world.space.slug]))
    outcome = "ok" if response.status_code == 200 else _status(response)
    if world.join_request is not None:
        decided = client.post(
            reverse("peergroups:space_decide_request", args=[world.space.slug, world.join_request.pk]),
            {"decision": "approve", "message": "Welkom"},
        )
        world.join_request.refresh_from_db()
        approved = world.join_request.status == JoinRequest.Status.APPROVED
        # The POST obeys the same rule as the page.
        assert approved == (outcome == "ok"), (outcome, decided.status_code)
        if not approved:
            assert _status(decided) == outcome
    return outcome


ACTIONS = {f.__name__: f for f in (see_list, see_page, see_members, see_documents, post, join, approve)}


@pytest.mark.parametrize("action,visibility,role,expected", _table())
def test_permission_matrix_through_http(client, make_world, action, visibility, role, expected):
    world = make_world(visibility)
    user = world.user(role)
    if user is not None:
        client.force_login(user)
    assert ACTIONS[action](client, world, user) == expected


def test_the_table_covers_every_action_visibility_and_role():
    cells = {(a, v, r) for a, v, r, _o in _table()}
    assert len(cells) == len(ACTIONS) * 4 * len(ROLES)


def test_removing_a_member_asks_for_confirmation_first(client, make_world):
    world = make_world("closed")
    coordinator, member = world.user("coordinator"), world.user("group_member")
    url = reverse("peergroups:space_remove_member", args=[world.space.slug, member.pk])
    client.force_login(coordinator)

    manage = client.get(reverse("peergroups:space_manage", args=[world.space.slug])).content.decode()
    assert f'href="{url}"' in manage  # a link to the question, not a button that removes at once
    question = client.get(url)
    assert question.status_code == 200 and member.display_name in question.content.decode()
    assert 'name="confirm" value="yes"' in question.content.decode()
    unconfirmed = client.post(url)
    assert unconfirmed.status_code == 200
    assert Membership.objects.filter(space=world.space, user=member).exists()

    removed = client.post(url, {"confirm": "yes"})
    assert removed.status_code == 302
    assert not Membership.objects.filter(space=world.space, user=member).exists()

    client.force_login(member)  # and nobody but a coordinator even sees the question
    assert client.get(
        reverse("peergroups:space_remove_member", args=[world.space.slug, coordinator.pk])
    ).status_code in (
        403,
        404,
    )


def test_the_invitation_picker_searches_instead_of_listing_every_member(
    client, make_world, make_user, make_organisation
):
    world = make_world("closed")
    tilburg = make_organisation("Gemeente Tilburg")
    wanted = make_user(first_name="Wendy", last_name="Verhoeven", organisation=tilburg)
    namesake = make_user(first_name="Willem", last_name="Verhoeven")
    bystander = make_user(first_name="Bart", last_name="Bakker")
    client.force_login(world.user("coordinator"))
    manage = reverse("peergroups:space_manage", args=[world.space.slug])

    page = client.get(manage).content.decode()
    assert 'name="member"' not in page.replace('type="hidden" name="member"', "")
    for person in (wanted, namesake, bystander):
        assert person.last_name not in page

    page = client.get(manage, {"wie": "verhoeven tilburg"}).content.decode()
    assert f'value="{wanted.pk}"' in page and "Wendy Verhoeven (Gemeente Tilburg)" in page
    assert namesake.first_name not in page and bystander.last_name not in page
    members = client.get(manage, {"wie": world.user("group_member").last_name}).content.decode()
    assert f'name="member" value="{world.user("group_member").pk}"' not in members  # already in the group

    invite = reverse("peergroups:space_invite", args=[world.space.slug])
    sent = client.post(invite, {"member": wanted.pk, "wie": "verhoeven"})
    assert sent.status_code == 302
    assert world.space.invitations.filter(user=wanted, status="pending").exists()
    again = client.get(manage, {"wie": "verhoeven"}).content.decode()
    assert f'value="{wanted.pk}"' not in again and f'value="{namesake.pk}"' in again  # invited: no longer offered

    refused = client.post(invite, {"member": "999999", "wie": "verhoeven"})
    assert refused.status_code == 200 and "utrecht-form-field-error-message" in refused.content.decode()
