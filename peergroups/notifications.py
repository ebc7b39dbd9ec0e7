"""Messages to people about their account. Sent through the task queue.

The shared in-app notification mechanism arrives with the peer-network work;
account decisions are e-mail only because a pending person cannot log in to
read them on the platform yet.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def account_decision_mail_task(profile_id: int) -> None:
    from .models import MemberProfile

    profile = MemberProfile.objects.select_related("user", "organisation").filter(pk=profile_id).first()
    if profile is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {"profile": profile, "base_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string("peergroups/email/account_decision_subject.txt", context).strip()
        body = render_to_string("peergroups/email/account_decision_body.txt", context)
    send_mail(subject, body, None, [profile.user.email])


def send_account_decision_mail(profile_id: int) -> None:
    account_decision_mail_task.enqueue(profile_id)
