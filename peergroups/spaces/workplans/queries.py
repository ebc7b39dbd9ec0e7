"""Reads of work plans that the group page and the work plan pages share."""

from django.db.models import Prefetch
from django.utils import timezone

from peergroups.models import Spearhead, SpearheadUpdate, WorkingGroup
from peergroups.spaces.workplans.progress import plan_progress


def spearheads(working_group_ids):
    """Spearheads of these working groups with owner, space and updates loaded, in plan order."""
    return (
        Spearhead.objects.filter(working_group_id__in=working_group_ids)
        .select_related("owner", "working_group__space")
        .prefetch_related(Prefetch("updates", queryset=SpearheadUpdate.objects.select_related("author")))
        .order_by("working_group_id", "number")
    )


def work_plan_summary(working_group: WorkingGroup):
    """Progress of one working group's plan today: for its page and its work plan page."""
    return plan_progress(spearheads([working_group.pk]), timezone.localdate())
