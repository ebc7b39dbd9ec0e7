"""Every mail the platform sends is plain text: subjects and bodies carry names as typed (issue 20).

Subjects used to be HTML-escaped (``O&#x27;Brien``), and so was the account-decision body. Each kind
of mail is triggered here through the real actions with a name like ``O'Brien & <Zoon>``; a spy on
``peergroups.core.mail.render_subject`` checks that every subject template on disk took part, so a new
kind of mail cannot slip past this test.
"""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from peergroups.core import mail as platform_mail
from peergroups.notifications import actions as notification_actions
from peergroups.organisations import actions
from peergroups.portal import actions as thread_actions
from peergroups.spaces import actions as space_actions
from peergroups.spaces.content import actions as content_actions

pytestmark = pytest.mark.django_db

NAME = "O'Brien & <Zoon>"
ENTITY = re.compile(r"&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);")
EMAIL_TEMPLATES = Path(settings.BASE_DIR) / "peergroups" / "templates" / "peergroups" / "email"


@pytest.fixture
def subjects_rendered(monkeypatch):
    used = []
    real = platform_mail.render_subject

    def spy(template_name, context):
        used.append(template_name)
        return real(template_name, context)

    monkeypatch.setattr(platform_mail, "render_subject", spy)
    return used


def _send_every_kind(make_user, make_organisation, site_admin, client, capture):
    organisation = make_organisation(NAME)
    coordinator = make_user(organisation=organisation, first_name="Olaf", last_name=NAME)
    follower = make_user(organisation=organisation, first_name="Fien")
    daily = make_user(organisation=organisation, first_name="Daan")
    notification_actions.do_set_email_frequency(daily, "daily")
    with capture(execute=True):
        # Account decisions (approved and rejected), with the name in the body.
        approved = make_user("nieuw@elders.example", member=False, first_name="Anne", last_name=NAME)
        actions.do_approve_member(site_admin, approved.profile, organisation=organisation, note=f"Welkom, {NAME}")
        rejected = make_user("ander@elders.example", member=False, first_name="Rob", last_name=NAME)
        actions.do_reject_member(site_admin, rejected.profile, note=f"Niet bij {NAME}")
        # An invitation by e-mail address, to a group with the name.
        group = space_actions.do_create_peer_group(coordinator, name=f"Kring {NAME}", visibility="open")
        space_actions.do_invite(coordinator, group, email="buiten@elders.example", message=f"Kom erbij, {NAME}")
        space_actions.do_join(follower, group)
        space_actions.do_join(daily, group)
        # A notification mailed immediately (and one collected for the digest).
        content_actions.do_plan_meeting(
            coordinator,
            group,
            title=f"Overleg {NAME}",
            starts_at=timezone.make_aware(datetime.datetime(2030, 5, 1, 14, 0)),
            location="Zwolle",
            agenda="1. Opening",
        )
        thread = thread_actions.do_create_thread(
            follower, group, kind="question", title=f"Vraag van {NAME}", body="Wie weet het?"
        )
        thread_actions.do_reply(coordinator, thread, body=f"Antwoord van {NAME}")
    call_command("send_notification_digests", verbosity=0)
    # allauth's mails (subjects through the same one-line rule).
    make_user("reset@example.org", first_name="Rita", last_name=NAME)
    assert client.post("/account/password/reset/", {"email": "reset@example.org"}).status_code == 302


def test_every_mail_has_plain_text_subject_and_body(
    make_user, make_organisation, site_admin, client, django_capture_on_commit_callbacks, subjects_rendered
):
    _send_every_kind(make_user, make_organisation, site_admin, client, django_capture_on_commit_callbacks)
    assert len(mail.outbox) >= 6
    with_name_in_subject = 0
    for message in mail.outbox:
        assert not ENTITY.search(message.subject), message.subject
        assert "\n" not in message.subject and "\r" not in message.subject
        assert not ENTITY.search(message.body), message.body
        with_name_in_subject += NAME in message.subject
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":  # an HTML part stays escaped
                assert NAME not in content
    assert with_name_in_subject >= 2  # the invitation and the notifications name it as typed
    on_disk = {f"peergroups/email/{p.name}" for p in EMAIL_TEMPLATES.glob("*_subject.txt")}
    assert on_disk and set(subjects_rendered) == on_disk, "every kind of mail was sent, through peergroups.core.mail"


def test_each_kind_carries_the_name_as_typed(
    make_user, make_organisation, site_admin, client, django_capture_on_commit_callbacks
):
    _send_every_kind(make_user, make_organisation, site_admin, client, django_capture_on_commit_callbacks)
    to = {}
    for message in mail.outbox:
        to.setdefault(message.to[0], []).append(message)
    invitation = to["buiten@elders.example"][0]
    assert f"Kring {NAME}" in invitation.subject
    subjects = [m.subject for messages in to.values() for m in messages]
    assert any(f"Overleg {NAME}" in s or f"Kring {NAME}" in s for s in subjects if "Uitnodiging" not in s)
    assert f"Kom erbij, {NAME}" in invitation.body
    decision = to["nieuw@elders.example"][0]
    assert NAME in decision.body and f"Welkom, {NAME}" in decision.body
    assert f"Niet bij {NAME}" in to["ander@elders.example"][0].body
    digest = [m for m in mail.outbox if "nieuwe melding" in m.subject]
    assert digest and f"Overleg {NAME}" in digest[0].body


def test_subjects_are_one_line():
    assert platform_mail.one_line("[Leerplatform]  Vraag\nvan\r\n O'Brien ") == "[Leerplatform] Vraag van O'Brien"
