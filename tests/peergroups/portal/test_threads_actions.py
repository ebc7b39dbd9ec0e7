"""Notifications, index scheduling, moderation steps and listings of threads."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from peergroups import policy as permissions
from peergroups.models import Flag, Notification, Reply, Thread
from peergroups.notifications.kinds import render_many
from peergroups.policy import ROLE_MODERATORS, context_for, fresh_context
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from search.models import IndexOutbox
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401


@pytest.fixture(autouse=True)
def no_rate_limit(monkeypatch):
    monkeypatch.setattr(thread_actions, "POST_LIMIT", 10_000)


def kinds_for(user):
    return set(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_notifications_on_reply_mention_accept_invite_and_flag(portal, make_user):  # noqa: F811
    asker, follower, helper = make_user(), make_user(), make_user("hanna.helper@example.org")
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(asker, portal)
    thread_actions.do_follow(follower, thread)
    reply = thread_actions.do_reply(helper, thread, body="Vraag het @" + asker.email.split("@")[0])
    assert "thread_reply" in kinds_for(follower)
    assert "thread_mention" in kinds_for(asker)
    thread_actions.do_accept(asker, thread, reply)
    assert "thread_accepted" in kinds_for(helper)
    invited = make_user()
    thread_actions.do_invite_to_answer(asker, thread, [invited.pk])
    assert "thread_invited" in kinds_for(invited)
    flag = thread_actions.do_flag(follower, thread, reply=reply, reason="Klopt niet")
    thread_actions.do_resolve_flag(moderator, flag)
    assert "thread_flag_resolved" in kinds_for(follower)
    for n in Notification.objects.filter(kind__startswith="thread"):
        [(_, rendered)] = render_many([n], context_for(n.recipient))
        assert rendered.text and rendered.url


def test_moderators_hear_of_a_new_flag_and_only_while_they_moderate(portal, make_user, make_world, people):  # noqa: F811
    moderator, admin, member = people["moderator"], people["admin"], make_user()
    reporter = people["group_member"]
    reply = thread_actions.do_reply(make_user(), ask(make_user(), portal), body="Een kwetsende opmerking.")
    flag = thread_actions.do_flag(reporter, reply.thread, reply=reply, reason="Dit is beledigend.")

    assert "thread_flag_new" in kinds_for(moderator) and "thread_flag_new" in kinds_for(admin)
    assert "thread_flag_new" not in kinds_for(member) | kinds_for(reporter)
    note = Notification.objects.get(recipient=moderator, kind="thread_flag_new")
    [(_, shown)] = render_many([note], fresh_context(moderator))
    assert reply.thread.title in shown.text and shown.detail == "Dit is beledigend."
    assert shown.url == reverse("peergroups:thread_moderation")

    # A flag in a secret group reaches moderators who are not in it, as the moderation queue does.
    secret = make_world("secret")
    hidden_thread = ask(people["group_member"], secret.space, title="Interne reorganisatie")
    thread_actions.do_flag(people["coordinator"], hidden_thread, reason="Hoort hier niet.")
    secret_note = Notification.objects.get(recipient=moderator, kind="thread_flag_new", target_id__gt=flag.pk)
    [(_, shown)] = render_many([secret_note], fresh_context(moderator))
    assert "Interne reorganisatie" in shown.text

    # Once the moderator role is gone, the notification shows neither title nor reason.
    moderator.groups.clear()
    [(_, shown)] = render_many([note], fresh_context(moderator))
    assert shown.url is None and reply.thread.title not in shown.text and not shown.detail

    thread_actions.do_resolve_flag(admin, flag)
    admins_note = Notification.objects.get(recipient=admin, kind="thread_flag_new", target_id=flag.pk)
    with translation.override("en"):
        [(_, shown)] = render_many([admins_note], fresh_context(admin))
    assert "already been handled" in shown.text


def test_writes_schedule_index_updates(portal, make_user, make_world, people):  # noqa: F811
    asker = make_user()
    moderator = make_user(roles=[ROLE_MODERATORS])
    IndexOutbox.objects.all().delete()
    thread = ask(asker, portal)
    reply = thread_actions.do_reply(make_user(), thread, body="antwoord")
    thread_actions.do_edit_reply(reply.author, reply, body="beter antwoord")
    thread_actions.do_set_hidden(moderator, reply, hidden=True)
    world = make_world("open")
    thread_actions.do_move(moderator, thread, world.space)
    rows = set(IndexOutbox.objects.values_list("kind", "object_id"))
    assert ("thread", str(thread.pk)) in rows and ("reply", str(reply.pk)) in rows
    # visibility of the space changes: its threads are scheduled again
    from peergroups.spaces import actions as space_actions

    IndexOutbox.objects.all().delete()
    space_actions.do_update_space(people["coordinator"], world.space, visibility="closed")
    assert ("thread", str(thread.pk)) in set(IndexOutbox.objects.values_list("kind", "object_id"))


def test_hidden_thread_disappears_from_lists_and_home(portal, make_user):  # noqa: F811
    asker, reader = make_user(), make_user()
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(asker, portal)
    ctx = context_for(reader)
    assert thread in threads.open_questions_needing_answer(ctx, limit=5)
    thread_actions.do_set_hidden(moderator, thread, hidden=True, note="Dubbel")
    assert thread not in threads.portal_threads(ctx)
    assert thread not in threads.open_questions_needing_answer(ctx, limit=5)


def test_merge_moves_replies_and_redirects(portal, make_user, client):  # noqa: F811
    moderator = make_user(roles=[ROLE_MODERATORS])
    original = ask(make_user(), portal, title="Origineel")
    duplicate = ask(make_user(), portal, title="Dubbel")
    reply = thread_actions.do_reply(make_user(), duplicate, body="hier")
    thread_actions.do_merge(moderator, duplicate, original)
    assert Reply.objects.get(pk=reply.pk).thread_id == original.pk
    client.force_login(make_user())
    assert client.get(duplicate.get_absolute_url())["Location"] == original.get_absolute_url()
    with pytest.raises(PermissionDenied):
        thread_actions.do_merge(make_user(), original, duplicate)


def test_moderation_queue_http(portal, make_user, client):  # noqa: F811
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(make_user(), portal)
    reply = thread_actions.do_reply(make_user(), thread, body="Ongepaste tekst hier")
    flagger = make_user()
    client.force_login(flagger)
    response = client.post(f"/vraagbaak/vragen/{thread.pk}/melden/", {"reason": "Ongepast", "reactie": reply.pk})
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert client.get("/vraagbaak/moderatie/").status_code == 403
    client.force_login(moderator)
    assert "Ongepast" in client.get("/vraagbaak/moderatie/").content.decode()
    client.post(f"/vraagbaak/vragen/{thread.pk}/modereren/", {"operation": "hide", "reply": reply.pk, "note": "x"})
    client.post(f"/vraagbaak/vragen/{thread.pk}/modereren/", {"operation": "resolve", "flag": flag.pk})
    flag.refresh_from_db()
    assert flag.status == "resolved" and Reply.objects.get(pk=reply.pk).hidden
    client.force_login(flagger)
    assert "Ongepaste tekst" not in client.get(thread.get_absolute_url()).content.decode()


def test_moderator_edit_needs_a_visible_note(portal, make_user, client):  # noqa: F811
    moderator = make_user(roles=[ROLE_MODERATORS])
    thread = ask(make_user(), portal)
    with pytest.raises(ValidationError):
        thread_actions.do_edit_thread(moderator, thread, title="Nieuw", body="Nieuw")
    thread_actions.do_edit_thread(moderator, thread, title="Nieuw", body="Nieuw", note="Persoonsgegevens verwijderd")
    client.force_login(make_user())
    assert "Persoonsgegevens verwijderd" in client.get(thread.get_absolute_url()).content.decode()
    assert Thread.objects.get(pk=thread.pk).revisions.count() == 1


def test_group_discussions_section_and_theme_listings(make_world, people, client):
    from peergroups.models import Theme
    from peergroups.portal.themes import theme_listings

    theme = Theme.objects.create(name="Klantcontact", slug="klantcontact-test")
    world = make_world("closed")
    thread = thread_actions.do_create_thread(
        people["coordinator"], world.space, kind="discussion", title="Groepsdiscussie", body="x", themes=[theme]
    )
    client.force_login(people["group_member"])
    assert "Groepsdiscussie" in client.get(world.space.get_absolute_url()).content.decode()
    listing = {item.key: item.items for item in theme_listings(theme, fresh_context(people["group_member"]))}
    assert thread in listing["threads"]
    outsider = {item.key: item.items for item in theme_listings(theme, fresh_context(people["member"]))}
    assert thread not in outsider["threads"]


def test_bad_input_gives_a_clear_answer_never_a_500(portal, make_user, client):  # noqa: F811
    thread = ask(make_user(), portal, kind="dilemma", poll_options=["Ja", "Nee"])
    moderator = make_user(roles=[ROLE_MODERATORS])
    client.force_login(make_user())
    base = f"/vraagbaak/vragen/{thread.pk}/"
    assert client.get(base + "?pagina=abc").status_code == 200
    assert client.get(base + "?pagina=99999999999999999999").status_code == 200
    assert client.post(base + "antwoord/", {"reply": "x'; drop"}).status_code == 302
    assert client.post(base + "peiling/", {"option": "99999999999999999999999"}).status_code == 302
    assert client.get(base + "melden/?reactie=abc").status_code == 404
    assert client.post(base + "reageren/", {"body": "", "parent": "abc"}).status_code == 400
    assert client.post(base + "reageren/", {"body": "x", "parent": "9" * 30}).status_code == 400
    assert client.post(base + "uitnodigen/", {"user": ["a", "9" * 30]}).status_code == 302
    assert client.get("/vraagbaak/vragen/99999999999999999999/").status_code == 404
    assert client.get("/vraagbaak/?tab=onzin").status_code == 200
    client.force_login(moderator)
    before = list(Thread.objects.values().order_by("pk"))
    # A space or thread that cannot exist is not found; an unknown operation goes back to the queue.
    for data, status in (
        ({"operation": "move", "space": "x"}, 404),
        ({"operation": "merge", "into": "-1"}, 404),
        ({"operation": "?"}, 302),
    ):
        response = client.post(base + "modereren/", data)
        assert response.status_code == status, data
        if status == 302:
            assert response["Location"] == "/vraagbaak/moderatie/"
    assert list(Thread.objects.values().order_by("pk")) == before  # nothing moved, merged or changed


@pytest.mark.parametrize("visibility", ["open", "closed", "secret"])
def test_batch_contexts_decide_like_one_context_per_user(visibility, make_world, people, make_user):
    world = make_world(visibility)
    thread = ask(people["coordinator"], world.space)
    thread_actions.do_invite_to_answer(people["coordinator"], thread, [people["member"].pk])
    users = [u for u in people.values() if u is not None] + [make_user(is_active=False)]
    one_by_one = {u.pk for u in users if u.is_active and permissions.can_view_thread(fresh_context(u), thread)}
    contexts = permissions.fresh_contexts([u.pk for u in users])
    batched = {c.user_id for c in contexts if permissions.can_view_thread(c, thread)}
    assert batched == one_by_one
    # the rule really differs between people here: not everyone, not no one
    assert people["coordinator"].pk in batched and people["pending"].pk not in batched


def test_reply_notification_cost_does_not_grow_with_followers(portal, make_user):  # noqa: F811
    def reply_cost(followers: int) -> int:
        thread = ask(make_user(), portal)
        for _ in range(followers):
            thread_actions.do_follow(make_user(), thread)
        helper = make_user()
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            reply = thread_actions.do_reply(helper, thread, body="Een antwoord")
        # every follower (and the asker) is notified
        assert Notification.objects.filter(kind="thread_reply", target_id=reply.pk).count() == followers + 1
        return len(captured)

    assert reply_cost(12) == reply_cost(2)
