"""Writes about notifications: create them (for other actions), read them, settings.

``notify`` is called by actions inside their transaction; the rows appear
with the write they are about, and ``peergroups.notifications.email`` queues
their e-mails only after commit, so a rolled-back action never notifies anyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.caching import versions
from peergroups.live import announce
from peergroups.models import (
    ContactMessage,
    EmailFrequency,
    LearningQuestion,
    MemberProfile,
    Notification,
    NotificationSettings,
    Organisation,
    User,
    Visibility,
)
from peergroups.notifications import email


def _user_ids(recipients: Iterable) -> set[int]:
    return {getattr(r, "pk", r) for r in recipients if r is not None}


def notify(
    recipients: Iterable,
    kind: str,
    *,
    actor=None,
    space=None,
    target_type: str = "",
    target_id: int | None = None,
    params: dict | None = None,
) -> list[Notification]:
    """Notify people (users or ids) about something; never the actor themself.

    Only active accounts are notified, and about a secret space only those who
    may know it exists — a second line of defence behind the callers' choice
    of recipients.
    """
    user_ids = _user_ids(recipients) - ({actor.pk} if actor is not None else set())
    if not user_ids:
        return []
    user_ids = set(User.objects.filter(pk__in=user_ids, is_active=True).values_list("pk", flat=True))
    if space is not None and space.visibility == Visibility.SECRET:
        user_ids = permissions.users_who_may_know_space(space, user_ids)
    rows = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                kind=kind,
                actor=actor,
                space=space,
                target_type=target_type,
                target_id=target_id,
                params=params or {},
            )
            for user_id in sorted(user_ids)
        ]
    )
    versions.bump_notifications(*user_ids)  # bulk_create sends no signal
    announce.notifications_created(rows)
    email.queue_immediate_emails(rows)
    return rows


@transaction.atomic
def do_mark_read(actor, notification: Notification) -> Notification:
    if notification.recipient_id != actor.pk:
        raise PermissionDenied
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
        announce.notifications_read(actor.pk)
    return notification


@transaction.atomic
def do_mark_all_read(actor) -> int:
    count = Notification.objects.filter(recipient=actor, read_at__isnull=True).update(read_at=timezone.now())
    if count:
        versions.bump_notifications(actor.pk)  # .update() sends no signal
        announce.notifications_read(actor.pk)
    return count


@transaction.atomic
def do_set_email_frequency(actor, frequency: str) -> NotificationSettings:
    if frequency not in EmailFrequency.values:
        raise ValidationError(_("Choose how often you want e-mail."))
    row, _created = NotificationSettings.objects.update_or_create(user=actor, defaults={"email_frequency": frequency})
    return row


# --- Ontmoetingsplaats: contact another organisation ------------------------------


def check_contact(actor_ctx, organisation: Organisation, body: str) -> None:
    if not permissions.can_contact_organisation(actor_ctx, organisation):
        raise PermissionDenied(_("Only members can contact other organisations, and not their own."))
    if not body.strip():
        raise ValidationError(_("Write a message."))


@transaction.atomic
def do_send_contact_message(
    actor, organisation: Organisation, *, body: str, learning_question: LearningQuestion | None = None
) -> ContactMessage:
    """Write to the admitted members of another organisation; each gets a notification."""
    ctx = permissions.fresh_context(actor)
    check_contact(ctx, organisation, body)
    if learning_question is not None and learning_question.organisation_id != organisation.pk:
        raise ValidationError(_("That learning question belongs to another organisation."))
    message = ContactMessage.objects.create(
        sender=actor,
        sender_organisation_id=ctx.organisation_id,
        organisation=organisation,
        learning_question=learning_question,
        body=body.strip(),
    )
    recipients = MemberProfile.objects.filter(
        permissions.profiles_visible_to(ctx), organisation=organisation
    ).values_list("user_id", flat=True)
    notify(recipients, "contact_message", actor=actor, target_type="contact_message", target_id=message.pk)
    return message
