"""E-mail about accounts and notifications, sent through the task queue.

Account decisions are e-mail only, because a pending person cannot log in to
read them on the platform. In-app notifications (``Notification`` rows,
created by ``peergroups.notifications.actions.notify``) reach people by e-mail
according to their preference (``email_frequency``): one e-mail each (immediately, queued after commit), a
daily digest (``manage.py send_notification_digests``) or none. Every e-mail
is rendered when it is sent, after asking the policy again, so it never
tells more than the recipient may see at that moment. Every mail is plain text,
rendered by ``peergroups.core.mail.send_plain_mail`` (no HTML escaping; one-line subjects).
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from peergroups.core.mail import send_plain_mail

logger = logging.getLogger(__name__)


def email_frequency(user) -> str:
    """How often ``user`` wants e-mail about notifications (immediately without settings)."""
    from peergroups.models import EmailFrequency, NotificationSettings

    settings_row = NotificationSettings.objects.filter(user=user).first()
    return settings_row.email_frequency if settings_row else EmailFrequency.IMMEDIATE


def _immediate_recipients(user_ids: set[int]) -> set[int]:
    """People who want one e-mail per notification (the default without settings)."""
    from peergroups.models import EmailFrequency, NotificationSettings

    other = set(
        NotificationSettings.objects.filter(user_id__in=user_ids)
        .exclude(email_frequency=EmailFrequency.IMMEDIATE)
        .values_list("user_id", flat=True)
    )
    return user_ids - other


def queue_immediate_emails(notifications) -> None:
    """After commit, queue the e-mails of these new notifications whose recipients want them now."""
    immediate = _immediate_recipients({n.recipient_id for n in notifications})
    pks = [n.pk for n in notifications if n.recipient_id in immediate]
    if pks:
        transaction.on_commit(lambda: send_notification_emails(pks))


def mark_emailed(notification_ids) -> int:
    """Record that these notifications went out by e-mail (called by the mail tasks)."""
    from peergroups.models import Notification

    return Notification.objects.filter(pk__in=list(notification_ids), emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )


@task()
def account_decision_mail_task(profile_id: int) -> None:
    from peergroups.models import MemberProfile

    profile = MemberProfile.objects.select_related("user", "organisation").filter(pk=profile_id).first()
    if profile is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {"profile": profile, "base_url": settings.WAGTAILADMIN_BASE_URL}
        send_plain_mail("peergroups/email/account_decision", context, [profile.user.email])


def send_account_decision_mail(profile_id: int) -> None:
    account_decision_mail_task.enqueue(profile_id)


def _absolute(url: str | None) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}" if url else ""


def _rendered_for_recipient(notifications, recipient):
    """Render notifications for their recipient; drop those about what they may not see."""
    from peergroups import policy as permissions
    from peergroups.notifications import kinds as notification_kinds

    ctx = permissions.context_for(recipient)
    if not ctx.is_member:
        return []
    return [
        (n, rendered, _absolute(rendered.url))
        for n, rendered in notification_kinds.render_many(notifications, ctx)
        if permissions.can_see_notification(ctx, n)
    ]


@task()
def notification_email_task(notification_id: int) -> None:
    """One e-mail for one notification, if the recipient still wants it and may see it."""
    _send_notification_email(notification_id)


@task()
def notification_emails_task(notification_ids: list[int]) -> None:
    """The e-mails of one write's notifications: one queue row per write, not one per recipient.

    A failure for one recipient is logged and does not keep the others from their e-mail.
    """
    for pk in notification_ids:
        try:
            _send_notification_email(pk)
        except Exception:
            logger.exception("Notification e-mail %s failed", pk)


def _send_notification_email(notification_id: int) -> None:
    from peergroups.models import EmailFrequency, Notification

    notification = (
        Notification.objects.select_related("recipient", "actor", "space")
        .filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if notification is None or email_frequency(notification.recipient) != EmailFrequency.IMMEDIATE:
        return
    with translation.override(settings.LANGUAGE_CODE):
        items = _rendered_for_recipient([notification], notification.recipient)
        if items:
            context = {"item": items[0], "base_url": settings.WAGTAILADMIN_BASE_URL}
            send_plain_mail("peergroups/email/notification", context, [notification.recipient.email])
    mark_emailed([notification.pk])


def send_notification_emails(notification_ids) -> None:
    ids = [int(pk) for pk in notification_ids]
    if ids:
        notification_emails_task.enqueue(ids)


@task()
def notification_digest_task(user_id: int) -> None:
    """One e-mail with every notification not yet mailed and not yet read."""
    from peergroups.models import Notification, User

    recipient = User.objects.filter(pk=user_id, is_active=True).first()
    if recipient is None:
        return
    pending = list(
        Notification.objects.select_related("actor", "space")
        .filter(recipient=recipient, emailed_at__isnull=True, read_at__isnull=True)
        .order_by("created_at", "pk")
    )
    if not pending:
        return
    with translation.override(settings.LANGUAGE_CODE):
        items = _rendered_for_recipient(pending, recipient)
        if items:
            context = {"items": items, "count": len(items), "base_url": settings.WAGTAILADMIN_BASE_URL}
            send_plain_mail("peergroups/email/digest", context, [recipient.email])
    mark_emailed(n.pk for n in pending)


def enqueue_daily_digests() -> int:
    """Queue a digest for everyone on the daily setting with something unread and unmailed."""
    from peergroups.models import EmailFrequency, Notification

    user_ids = (
        Notification.objects.filter(
            emailed_at__isnull=True,
            read_at__isnull=True,
            recipient__notification_settings__email_frequency=EmailFrequency.DAILY,
        )
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    count = 0
    for user_id in user_ids:
        notification_digest_task.enqueue(user_id)
        count += 1
    return count


@task()
def invitation_email_task(invitation_id: int) -> None:
    """The invitation to someone invited by e-mail address (maybe not on the platform yet)."""
    from peergroups.models import Invitation

    invitation = (
        Invitation.objects.select_related("space", "invited_by")
        .filter(pk=invitation_id, status=Invitation.Status.PENDING)
        .first()
    )
    if invitation is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "url": _absolute(invitation.get_absolute_url()),
            "base_url": settings.WAGTAILADMIN_BASE_URL,
        }
        send_plain_mail("peergroups/email/invitation", context, [invitation.email])
