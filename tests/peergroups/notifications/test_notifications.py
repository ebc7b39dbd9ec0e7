"""Notifications: the unread count in the header, the list, mark read, e-mail now or as a digest."""

import datetime
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from peergroups.models import Notification
from peergroups.notifications import actions as notification_actions
from peergroups.spaces.content import actions as content_actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(make_world):
    world = make_world("closed", name="Werkgroep Dienstverlening")
    # Start from a clean slate: joining brought a notification about the decision.
    Notification.objects.all().delete()
    return world


def plan_meeting(group, title="Werkgroepoverleg"):
    return content_actions.do_plan_meeting(
        group.people["coordinator"],
        group.space,
        title=title,
        starts_at=timezone.make_aware(datetime.datetime(2030, 5, 1, 14, 0)),
        location="Zwolle",
        agenda="1. Opening",
    )


def test_unread_count_in_the_header_with_one_query(client, group):
    member = group.people["group_member"]
    plan_meeting(group, "Eerste overleg")
    plan_meeting(group, "Tweede overleg")
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("peergroups:peer_group_list")).content.decode()
    assert "Meldingen (<span data-live-unread>2</span>" in html and "ongelezen" in html
    assert len([q for q in queries.captured_queries if "peergroups_notification" in q["sql"]]) == 1
    # Visitors pay nothing and see no link.
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("peergroups:peer_group_list")).content.decode()
    assert "Meldingen" not in html
    assert not [q for q in queries.captured_queries if "peergroups_notification" in q["sql"]]


def test_list_open_and_mark_read(client, group):
    member = group.people["group_member"]
    meeting = plan_meeting(group)
    plan_meeting(group, "Nog een overleg")
    client.force_login(member)
    html = client.get(reverse("peergroups:notification_list")).content.decode()
    assert "Werkgroepoverleg" in html and "Werkgroep Dienstverlening" in html
    first = Notification.objects.filter(recipient=member, target_id=meeting.pk).get()
    # Opening a notification leads to what it is about and marks it read.
    response = client.get(reverse("peergroups:notification_open", args=[first.pk]))
    assert response["Location"] == reverse("peergroups:meeting_detail", args=[group.space.slug, meeting.pk])
    first.refresh_from_db()
    assert first.is_read
    # htmx marks one read and returns the item; without JavaScript a redirect.
    other = Notification.objects.filter(recipient=member, read_at__isnull=True).get()
    fragment = client.post(reverse("peergroups:notification_read", args=[other.pk]), HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200 and "<li" in fragment.content.decode()
    header = client.get(reverse("peergroups:peer_group_list")).content.decode()
    assert "Meldingen (<span data-live-unread>0</span>" in header


def test_someone_elses_notification_is_not_found(client, group):
    plan_meeting(group)
    notification = Notification.objects.get(recipient=group.people["group_member"])
    client.force_login(group.people["member"])
    assert client.get(reverse("peergroups:notification_open", args=[notification.pk])).status_code == 404
    assert client.post(reverse("peergroups:notification_read", args=[notification.pk])).status_code == 404
    notification.refresh_from_db()
    assert not notification.is_read


def test_mark_all_read(client, group):
    plan_meeting(group)
    plan_meeting(group, "Twee")
    client.force_login(group.people["group_member"])
    client.post(reverse("peergroups:notification_read_all"))
    assert not Notification.objects.filter(recipient=group.people["group_member"], read_at__isnull=True).exists()


def test_immediate_email_by_default(group, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        plan_meeting(group)
    to_member = [m for m in mail.outbox if m.to == [group.people["group_member"].email]]
    assert len(to_member) == 1
    assert "Werkgroepoverleg" in to_member[0].body and "/meldingen/instellingen/" in to_member[0].body
    assert Notification.objects.get(recipient=group.people["group_member"]).emailed_at is not None


def test_daily_digest_collects_and_sends_once(group, django_capture_on_commit_callbacks):
    member = group.people["group_member"]
    notification_actions.do_set_email_frequency(member, "daily")
    with django_capture_on_commit_callbacks(execute=True):
        plan_meeting(group, "Eerste overleg")
        plan_meeting(group, "Tweede overleg")
    assert not [m for m in mail.outbox if m.to == [member.email]]  # nothing immediately
    call_command("send_notification_digests", verbosity=0)
    digests = [m for m in mail.outbox if m.to == [member.email]]
    assert len(digests) == 1
    assert "Eerste overleg" in digests[0].body and "Tweede overleg" in digests[0].body
    assert "2 nieuwe meldingen" in digests[0].subject
    call_command("send_notification_digests", verbosity=0)
    assert len([m for m in mail.outbox if m.to == [member.email]]) == 1  # nothing twice


def test_never_means_platform_only(group, django_capture_on_commit_callbacks):
    member = group.people["group_member"]
    notification_actions.do_set_email_frequency(member, "never")
    with django_capture_on_commit_callbacks(execute=True):
        plan_meeting(group)
    call_command("send_notification_digests", verbosity=0)
    assert not [m for m in mail.outbox if m.to == [member.email]]
    assert Notification.objects.filter(recipient=member).count() == 1


def test_settings_page_rejects_nonsense(client, group):
    client.force_login(group.people["group_member"])
    response = client.post(reverse("peergroups:notification_settings"), {"email_frequency": "hourly"})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    client.post(reverse("peergroups:notification_settings"), {"email_frequency": "daily"})
    assert group.people["group_member"].notification_settings.email_frequency == "daily"


def test_rolled_back_action_notifies_nobody(group, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        plan_meeting(group)
        raise RuntimeError("afgebroken")
    assert not Notification.objects.exists()
    assert not mail.outbox


def test_one_queued_task_per_write_and_one_failing_address_spares_the_others(
    group, make_user, monkeypatch, django_capture_on_commit_callbacks
):
    from peergroups.core import mail as platform_mail
    from peergroups.notifications import actions as notification_actions
    from peergroups.notifications import email as notifications

    recipients = [make_user() for _ in range(4)]
    queued = []
    real_task = notifications.notification_emails_task
    monkeypatch.setattr(
        notifications,
        "notification_emails_task",
        SimpleNamespace(enqueue=lambda ids: queued.append(ids) or real_task.enqueue(ids)),
    )
    real_send = platform_mail.send_mail  # every mail goes out through peergroups.core.mail

    def send_mail(subject, body, sender, to):
        if to == [recipients[0].email]:
            raise ConnectionError("mail server refused")
        return real_send(subject, body, sender, to)

    monkeypatch.setattr(platform_mail, "send_mail", send_mail)
    with django_capture_on_commit_callbacks(execute=True):
        notification_actions.notify(recipients, "meeting_planned", space=group.space, params={"title": "Overleg"})
    assert len(queued) == 1 and len(queued[0]) == 4
    mailed = {m.to[0] for m in mail.outbox}
    assert mailed == {r.email for r in recipients[1:]}
