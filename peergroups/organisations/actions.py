"""Writes about people and organisations: profiles, admission, organisations, learning questions.

Spaces (``peergroups.spaces.actions``), their content (``peergroups.spaces.content.actions``), work
plans (``peergroups.spaces.workplans.actions``), threads (``peergroups.portal.actions``) and
notifications (``peergroups.notifications.actions``) have their own actions modules.

Each action validates (``check_…``) and then writes (``do_…``); anything that
must happen after the write (mail, index updates, live events) is registered
with ``transaction.on_commit`` so a rolled-back write never leaks out.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.live import events as live_events
from peergroups.models import LearningQuestion, MemberProfile, Organisation, OrganisationDomain
from peergroups.notifications.email import send_account_decision_mail


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def organisation_for_email(email: str) -> Organisation | None:
    """The member organisation an e-mail address belongs to, if any.

    A subdomain counts as the organisation's domain too
    (``amsterdam.nl`` admits ``@ois.amsterdam.nl``).
    """
    domain = email_domain(email)
    if not domain:
        return None
    parts = domain.split(".")
    candidates = [".".join(parts[i:]) for i in range(len(parts) - 1)]
    matches = OrganisationDomain.objects.filter(domain__in=candidates, organisation__is_member=True).select_related(
        "organisation"
    )
    best = max(matches, key=lambda d: len(d.domain), default=None)  # most specific wins
    return best.organisation if best else None


@transaction.atomic
def do_create_member_profile(user, *, requested_organisation: str = "") -> MemberProfile:
    """Every new account starts pending; admission happens on verification or approval."""
    profile, _created = MemberProfile.objects.get_or_create(
        user=user, defaults={"requested_organisation": requested_organisation.strip()[:200]}
    )
    return profile


@transaction.atomic
def do_admit_by_verified_email(user, email: str) -> MemberProfile:
    """After an address is verified: admit the account if its domain is a member's.

    Accounts already decided on by an administrator are left as they are.
    """
    profile = do_create_member_profile(user)
    if profile.status != MemberProfile.Status.PENDING:
        return profile
    organisation = organisation_for_email(email)
    if organisation is None:
        return profile
    profile.status = MemberProfile.Status.MEMBER
    profile.organisation = organisation
    profile.decided_at = timezone.now()
    profile.decision_note = "e-mail domain"
    profile.save(update_fields=["status", "organisation", "decided_at", "decision_note"])
    return profile


def check_member_decision(actor_ctx, profile: MemberProfile) -> None:
    if not permissions.can_approve_members(actor_ctx):
        raise PermissionDenied(_("Only site administrators can admit members."))
    if profile.status != MemberProfile.Status.PENDING:
        raise ValidationError(_("This account has already been decided on."))


@transaction.atomic
def do_approve_member(
    actor, profile: MemberProfile, *, organisation: Organisation | None, note: str = ""
) -> MemberProfile:
    check_member_decision(permissions.context_for(actor), profile)
    profile.status = MemberProfile.Status.MEMBER
    profile.organisation = organisation
    profile.decided_by = actor
    profile.decided_at = timezone.now()
    profile.decision_note = note
    profile.save()
    transaction.on_commit(lambda: send_account_decision_mail(profile.pk))
    return profile


@transaction.atomic
def do_reject_member(actor, profile: MemberProfile, *, note: str = "") -> MemberProfile:
    check_member_decision(permissions.context_for(actor), profile)
    profile.status = MemberProfile.Status.REJECTED
    profile.decided_by = actor
    profile.decided_at = timezone.now()
    profile.decision_note = note
    profile.save()
    transaction.on_commit(lambda: send_account_decision_mail(profile.pk))
    live_events.recheck_user(profile.user_id)  # open sockets of the account close at once
    return profile


@transaction.atomic
def do_update_profile(
    actor,
    profile: MemberProfile,
    *,
    first_name: str,
    last_name: str,
    function: str,
    province: str,
    bio: str,
    expertise: list[str],
) -> MemberProfile:
    if not permissions.can_edit_profile(permissions.context_for(actor), profile):
        raise PermissionDenied(_("You can only edit your own profile."))
    user = profile.user
    user.first_name = first_name.strip()[:150]
    user.last_name = last_name.strip()[:150]
    user.save(update_fields=["first_name", "last_name"])
    profile.function = function
    profile.province = province
    profile.bio = bio
    profile.save(update_fields=["function", "province", "bio"])
    profile.expertise.set([t.strip() for t in expertise if t.strip()][:20])
    return profile


ORGANISATION_EDITABLE_FIELDS = (
    "description",
    "primary_processes",
    "ambitions",
    "staff_count",
    "website",
    "province",
    "city",
    "policy_domain",
)


@transaction.atomic
def do_update_organisation(actor, organisation: Organisation, **changes) -> Organisation:
    if not permissions.can_edit_organisation(permissions.context_for(actor), organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    unknown = set(changes) - set(ORGANISATION_EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    for name, value in changes.items():
        setattr(organisation, name, value)
    organisation.full_clean()
    organisation.save()
    return organisation


@transaction.atomic
def do_save_learning_question(
    actor,
    organisation: Organisation,
    *,
    question: LearningQuestion | None = None,
    title: str,
    body: str,
    status: str,
    themes,
) -> LearningQuestion:
    if not permissions.can_edit_organisation(permissions.context_for(actor), organisation):
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    if question is None:
        question = LearningQuestion(organisation=organisation, created_by=actor)
    elif question.organisation_id != organisation.pk:
        raise PermissionDenied(_("Only members of this organisation can edit it."))
    question.title = title.strip()
    question.body = body.strip()
    question.status = status
    question.full_clean()
    question.save()
    question.themes.set(themes)
    return question
