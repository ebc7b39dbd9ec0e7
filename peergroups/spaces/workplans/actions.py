"""Writes about working-group work plans: spearheads and their progress updates."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import Activity, Membership, Spearhead, SpearheadUpdate, WorkingGroup
from peergroups.spaces.actions import record_activity

SPEARHEAD_FIELDS = (
    "number",
    "title",
    "description",
    "owner",
    "target",
    "target_value",
    "baseline_value",
    "unit",
    "deadline",
    "status",
)


def _ctx(user):
    return permissions.fresh_context(user)


@transaction.atomic
def do_save_spearhead(actor, working_group: WorkingGroup, *, spearhead: Spearhead | None = None, **fields) -> Spearhead:
    """Add or change a spearhead; its owner must be a member of the group."""
    space = working_group.space
    if not permissions.can_edit_work_plan(_ctx(actor), space):
        raise PermissionDenied(_("Only coordinators change the work plan."))
    unknown = set(fields) - set(SPEARHEAD_FIELDS)
    if unknown:
        raise ValueError(f"Not a spearhead field: {sorted(unknown)}")
    owner = fields.get("owner")
    if owner is not None and not Membership.objects.filter(space=space, user=owner).exists():
        raise ValidationError({"owner": _("The owner must be a member of the group.")})
    number = fields.get("number")
    if number is not None:
        clash = Spearhead.objects.filter(working_group=working_group, number=number)
        if spearhead is not None:
            clash = clash.exclude(pk=spearhead.pk)
        if clash.exists():
            raise ValidationError(
                {"number": _("Another spearhead already has number %(number)s.") % {"number": number}}
            )
    created = spearhead is None
    if spearhead is None:
        spearhead = Spearhead(working_group=working_group)
    elif spearhead.working_group_id != working_group.pk:
        raise PermissionDenied
    for name, value in fields.items():
        setattr(spearhead, name, value)
    spearhead.full_clean()
    spearhead.save()
    if created:
        record_activity(
            space,
            actor,
            Activity.Verb.SPEARHEAD_ADDED,
            target_type="spearhead",
            target_id=spearhead.pk,
            title=str(spearhead),
            number=spearhead.number,
        )
    return spearhead


@transaction.atomic
def do_report_progress(
    actor,
    spearhead: Spearhead,
    *,
    note: str,
    value=None,
    percent_complete: int | None = None,
    status: str | None = None,
    reported_on: datetime.date | None = None,
) -> SpearheadUpdate:
    """Record progress (a measured value and/or an estimate) and, optionally, a new status."""
    if not permissions.can_report_progress(_ctx(actor), spearhead):
        raise PermissionDenied(_("Progress is reported by the owner of the spearhead or a coordinator."))
    if not note.strip():
        raise ValidationError({"note": _("Describe briefly what happened.")})
    if value is None and percent_complete is None and not status:
        raise ValidationError(_("Give a measured value, an estimate or a new status."))
    if value is not None and spearhead.target_value is None:
        raise ValidationError({"value": _("This spearhead has no numeric target; give an estimate in per cent.")})
    update = SpearheadUpdate(
        spearhead=spearhead,
        author=actor,
        reported_on=reported_on or timezone.localdate(),
        value=value,
        percent_complete=percent_complete,
        note=note.strip(),
    )
    update.full_clean()
    update.save()
    if status and status != spearhead.status:
        if status not in Spearhead.Status.values:
            raise ValidationError({"status": _("Unknown status.")})
        spearhead.status = status
        spearhead.save(update_fields=["status", "updated_at"])
    elif spearhead.status == Spearhead.Status.PLANNED:
        spearhead.status = Spearhead.Status.IN_PROGRESS
        spearhead.save(update_fields=["status", "updated_at"])
    record_activity(
        spearhead.working_group.space,
        actor,
        Activity.Verb.SPEARHEAD_PROGRESS,
        target_type="spearhead",
        target_id=spearhead.pk,
        title=str(spearhead),
        number=spearhead.number,
    )
    return update
