"""The HTTP side of live: the polling fallback and the room page, which works without JavaScript."""

import uuid

import pytest
from django.urls import reverse

from peergroups.live import room_actions
from peergroups.models import LiveEvent, RoomMessage, Thread
from peergroups.portal import actions as thread_actions

pytestmark = [pytest.mark.django_db]


def poll(client, url, after=0):
    return client.get(url, {"after": after})


def test_thread_polling_returns_the_events_after_a_seq_with_the_socket_rules(make_world, client):
    world = make_world("closed")
    url = reverse("peergroups:thread_live", args=[world.thread.pk])
    first = thread_actions.do_reply(world["other_member"], world.thread, body="Eerste reactie.")
    second = thread_actions.do_reply(world["coordinator"], world.thread, body="Tweede reactie.")

    client.force_login(world["group_member"])
    body = poll(client, url).json()
    assert body["stream"] == f"thread:{world.thread.pk}" and body["seq"] == 2 and body["more"] is False
    assert [(e["seq"], e["object_id"]) for e in body["events"]] == [(1, first.pk), (2, second.pk)]
    assert [e["object_id"] for e in poll(client, url, after=1).json()["events"]] == [second.pk]
    assert poll(client, url, after="gisteren").status_code == 400

    for role, status in (("member", 403), ("pending", 403), ("moderator", 403)):
        client.force_login(world[role])
        assert poll(client, url).status_code == status, role
    client.logout()
    assert poll(client, url).status_code == 401
    # A visitor is asked to log in before anything is looked up: a missing thread gives the same 401.
    assert client.get(reverse("peergroups:thread_live", args=[999999])).status_code == 401


def test_polling_a_secret_group_is_the_same_404_as_a_missing_one(make_world, client):
    world = make_world("secret")
    client.force_login(world["member"])
    assert poll(client, reverse("peergroups:thread_live", args=[world.thread.pk])).status_code == 404
    assert poll(client, reverse("peergroups:room_live", args=[world.space.slug])).status_code == 404
    assert poll(client, reverse("peergroups:room_live", args=["bestaat-niet"])).status_code == 404


def test_personal_polling_is_ones_own(make_world, client):
    world = make_world("closed")
    thread_actions.do_reply(world["other_member"], world.thread, body="Een reactie voor de vraagsteller.")
    client.force_login(world["group_member"])
    events = poll(client, reverse("peergroups:personal_live")).json()["events"]
    assert events and all(e["stream"] == f"user:{world['group_member'].pk}" for e in events)
    client.force_login(world["member"])
    assert poll(client, reverse("peergroups:personal_live")).json()["events"] == []
    client.logout()
    assert poll(client, reverse("peergroups:personal_live")).status_code == 401


def test_room_page_posts_without_javascript_and_shows_history(make_world, client):
    world = make_world("closed")
    url = reverse("peergroups:room", args=[world.space.slug])
    client.force_login(world["group_member"])
    page = client.get(url)
    assert page.status_code == 200 and "Nog geen berichten." in page.content.decode()

    response = client.post(url, {"body": "Welkom bij het **overleg**.", "client_id": str(uuid.uuid4())})
    assert response.status_code == 302
    message = RoomMessage.objects.get(space=world.space)
    assert response["Location"].endswith(f"#bericht-{message.pk}")
    html = client.get(url).content.decode()
    assert "<strong>overleg</strong>" in html and f'id="bericht-{message.pk}"' in html
    assert 'data-live-kind="room"' in html and 'data-live-seq="1"' in html
    assert LiveEvent.objects.filter(stream=f"room:{world.space.pk}", kind="room.message").count() == 1

    empty = client.post(url, {"body": "   "})
    assert empty.status_code == 400 and "utrecht-form-field-error-message" in empty.content.decode()


def test_room_page_is_for_members_only(make_world, client):
    world = make_world("closed")
    url = reverse("peergroups:room", args=[world.space.slug])
    client.force_login(world["member"])
    assert client.get(url).status_code == 403
    assert client.post(url, {"body": "Mag ik meepraten?"}).status_code == 403
    assert not RoomMessage.objects.exists()
    secret = make_world("secret")
    assert client.get(reverse("peergroups:room", args=[secret.space.slug])).status_code == 404


def test_coordinator_hides_a_message_and_its_text_leaves_the_log(make_world, client):
    world = make_world("closed")
    message = room_actions.do_post(world["other_member"], world.space, body="Een vervelende opmerking.")
    client.force_login(world["group_member"])  # an ordinary member may not
    client.post(reverse("peergroups:room_hide", args=[world.space.slug, message.pk]))
    message.refresh_from_db()
    assert not message.hidden
    client.force_login(world["coordinator"])
    response = client.post(reverse("peergroups:room_hide", args=[world.space.slug, message.pk]))
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.hidden
    assert "vervelende" not in client.get(reverse("peergroups:room", args=[world.space.slug])).content.decode()
    stored = [e.payload for e in LiveEvent.objects.filter(stream=f"room:{world.space.pk}")]
    assert [p["kind"] for p in stored] == ["room.message", "room.message.hidden"]
    assert "vervelende" not in str(stored)


def test_a_room_conversation_becomes_a_thread(make_world, client):
    world = make_world("closed")
    one = room_actions.do_post(world["other_member"], world.space, body="Zullen we de planning bespreken?")
    two = room_actions.do_post(world["coordinator"], world.space, body="Ja, graag volgende week.")
    client.force_login(world["group_member"])
    response = client.post(
        reverse("peergroups:room_convert", args=[world.space.slug]),
        {"title": "Planning volgende week", "message": [str(one.pk), str(two.pk)]},
    )
    thread = Thread.objects.get(title="Planning volgende week")
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert thread.space == world.space and thread.kind == "discussion"
    assert "Zullen we de planning bespreken?" in thread.body and "Ja, graag volgende week." in thread.body
    assert set(RoomMessage.objects.filter(thread=thread).values_list("pk", flat=True)) == {one.pk, two.pk}
    converted = LiveEvent.objects.get(stream=f"room:{world.space.pk}", kind="room.converted")
    assert converted.payload["thread_url"] == thread.get_absolute_url()

    nothing = client.post(reverse("peergroups:room_convert", args=[world.space.slug]), {"title": "Leeg"})
    assert nothing.status_code == 400


def test_group_page_links_to_the_room_for_members_only(make_world, client):
    world = make_world("open")
    detail = reverse("peergroups:space_detail", args=[world.space.slug])
    room = reverse("peergroups:room", args=[world.space.slug])
    client.force_login(world["group_member"])
    assert room in client.get(detail).content.decode()
    client.force_login(world["member"])
    assert room not in client.get(detail).content.decode()


def test_visitors_poll_a_thread_whose_content_is_public(make_world, client):
    from peergroups.spaces import actions as space_actions

    world = make_world("open")
    space_actions.do_update_space(world["coordinator"], world.space, content_public=True)
    thread_actions.do_reply(world["other_member"], world.thread, body="Voor iedereen leesbaar.")
    body = poll(client, reverse("peergroups:thread_live", args=[world.thread.pk])).json()
    assert [e["kind"] for e in body["events"]] == ["reply.created"]
    # The room stays members-only, also for a group with public content.
    assert poll(client, reverse("peergroups:room_live", args=[world.space.slug])).status_code == 401
