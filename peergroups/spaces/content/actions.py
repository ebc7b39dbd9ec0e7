"""Writes about what is in a space: meetings, attendance, documents, regional activities."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import Activity, Document, Meeting, MeetingAttendance, Membership, RegionalActivity, Space
from peergroups.notifications.actions import notify
from peergroups.spaces.actions import record_activity
from peergroups.spaces.content.uploads import validate_upload

MEETING_FIELDS = ("title", "starts_at", "ends_at", "location", "online_url", "agenda", "minutes")


def _ctx(user):
    return permissions.fresh_context(user)


def _clean_meeting(meeting: Meeting) -> None:
    if meeting.ends_at and meeting.starts_at and meeting.ends_at < meeting.starts_at:
        raise ValidationError({"ends_at": _("The end lies before the start.")})
    if not meeting.location.strip() and not meeting.online_url:
        raise ValidationError(_("Give a place or a link for online participation."))
    meeting.full_clean()


@transaction.atomic
def do_plan_meeting(actor, space: Space, **fields) -> Meeting:
    """A coordinator plans a meeting; every member hears about it."""
    if not permissions.can_plan_meetings(_ctx(actor), space):
        raise PermissionDenied(_("Only coordinators plan meetings."))
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"Not a meeting field: {sorted(unknown)}")
    meeting = Meeting(space=space, created_by=actor, **fields)
    _clean_meeting(meeting)
    meeting.save()
    record_activity(
        space, actor, Activity.Verb.MEETING_PLANNED, target_type="meeting", target_id=meeting.pk, title=meeting.title
    )
    members = Membership.objects.filter(space=space).values_list("user_id", flat=True)
    notify(members, "meeting_planned", actor=actor, space=space, target_type="meeting", target_id=meeting.pk)
    return meeting


@transaction.atomic
def do_update_meeting(actor, meeting: Meeting, **changes) -> Meeting:
    """Change the details or add the minutes afterwards."""
    if not permissions.can_plan_meetings(_ctx(actor), meeting.space):
        raise PermissionDenied(_("Only coordinators change meetings."))
    unknown = set(changes) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"Not a meeting field: {sorted(unknown)}")
    had_minutes = bool(meeting.minutes.strip())
    for name, value in changes.items():
        setattr(meeting, name, value)
    _clean_meeting(meeting)
    meeting.save()
    if not had_minutes and meeting.minutes.strip():
        record_activity(
            meeting.space,
            actor,
            Activity.Verb.MINUTES_ADDED,
            target_type="meeting",
            target_id=meeting.pk,
            title=meeting.title,
        )
    return meeting


@transaction.atomic
def do_respond_to_meeting(actor, meeting: Meeting, response: str) -> MeetingAttendance:
    if not permissions.can_respond_to_meeting(_ctx(actor), meeting):
        raise PermissionDenied(_("Only members of this group can sign up."))
    if response not in MeetingAttendance.Response.values:
        raise ValidationError(_("Choose whether you will attend."))
    attendance, _created = MeetingAttendance.objects.update_or_create(
        meeting=meeting, user=actor, defaults={"response": response}
    )
    return attendance


@transaction.atomic
def do_upload_document(actor, space: Space, *, title: str, uploaded_file, description: str = "") -> Document:
    """Store a validated file under a random name; it is served only through the policy."""
    if not permissions.can_post(_ctx(actor), space):
        raise PermissionDenied(_("Only members of this group can add documents."))
    file_type = validate_upload(uploaded_file)
    original_name = (uploaded_file.name or "document").rsplit("/", 1)[-1][:200]
    document = Document(
        space=space,
        title=(title.strip() or original_name)[:200],
        description=description.strip(),
        original_name=original_name,
        content_type=file_type.content_type,
        size=uploaded_file.size,
        uploaded_by=actor,
    )
    document.file.save(original_name, uploaded_file, save=False)
    try:
        document.save()
        record_activity(
            space,
            actor,
            Activity.Verb.DOCUMENT_ADDED,
            target_type="document",
            target_id=document.pk,
            title=document.title,
        )
    except Exception:
        # The row is rolled back; the stored file must not stay behind.
        document.file.storage.delete(document.file.name)
        raise
    return document


@transaction.atomic
def do_delete_document(actor, document: Document) -> None:
    if not permissions.can_delete_document(_ctx(actor), document):
        raise PermissionDenied(_("Only the person who added it or a coordinator can delete this document."))
    storage, name = document.file.storage, document.file.name
    document.delete()
    transaction.on_commit(lambda: storage.delete(name) if storage.exists(name) else None)


@transaction.atomic
def do_plan_regional_activity(actor, space: Space, **fields) -> RegionalActivity:
    if not permissions.can_plan_regional_activity(_ctx(actor), space):
        raise PermissionDenied(_("Only members of this group can plan its regional activities."))
    allowed = {"title", "description", "starts_at", "ends_at", "location", "province", "capacity"}
    if set(fields) - allowed:
        raise ValueError(f"Not an activity field: {sorted(set(fields) - allowed)}")
    activity = RegionalActivity(space=space, organiser=actor, **fields)
    activity.full_clean()
    activity.save()
    record_activity(
        space,
        actor,
        Activity.Verb.ACTIVITY_PLANNED,
        target_type="regional_activity",
        target_id=activity.pk,
        title=activity.title,
    )
    return activity
