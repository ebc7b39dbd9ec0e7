"""Thin views for work plans: spearheads, progress updates, progress across groups."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import Space, SpaceKind, Spearhead
from peergroups.policy import policy_view, require
from peergroups.spaces.capabilities import space_capabilities
from peergroups.spaces.forms import ProgressForm, SpearheadForm
from peergroups.spaces.workplans import actions as workplan_actions
from peergroups.spaces.workplans.actions import SPEARHEAD_FIELDS
from peergroups.spaces.workplans.progress import overall_progress, plan_progress
from peergroups.spaces.workplans.queries import spearheads, work_plan_summary


def _working_group_space(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug, Space.objects.select_related("working_group"))
    if space.kind != SpaceKind.WORKING_GROUP or not hasattr(space, "working_group"):
        raise Http404(permissions.NOT_FOUND)
    require(ctx, permissions.can_see_content(ctx, space), _("Only members of this group can see its work plan."))
    return space


@policy_view
def work_plan(request, slug):
    space = _working_group_space(request, slug)
    ctx = request.permissions
    plan = work_plan_summary(space.working_group)
    rows = [(p, permissions.can_report_progress(ctx, p.spearhead)) for p in plan.spearheads]
    return render(
        request,
        "peergroups/work_plan.html",
        {
            "space": space,
            "plan": plan,
            "rows": rows,
            "tab": "work_plan",
            "can_edit": permissions.can_edit_work_plan(ctx, space),
            **space_capabilities(ctx, space),
        },
    )


def _spearhead(space, number):
    spearhead = spearheads([space.pk]).filter(number=number).first()
    if spearhead is None:
        raise Http404(permissions.NOT_FOUND)
    return spearhead


@policy_view
def spearhead_edit(request, slug, number=None):
    space = _working_group_space(request, slug)
    ctx = request.permissions
    require(ctx, permissions.can_edit_work_plan(ctx, space), _("Only coordinators change the work plan."))
    spearhead = _spearhead(space, number) if number is not None else None
    initial = {}
    if spearhead is not None:
        initial = {f: getattr(spearhead, f) for f in SPEARHEAD_FIELDS}
    else:
        last = Spearhead.objects.filter(working_group=space.working_group).order_by("-number").first()
        initial = {"number": (last.number + 1) if last else 1, "status": Spearhead.Status.PLANNED, "baseline_value": 0}
    form = SpearheadForm(request.POST or None, initial=initial, space=space)
    if request.method == "POST" and form.is_valid():
        try:
            saved = workplan_actions.do_save_spearhead(
                request.user, space.working_group, spearhead=spearhead, **form.cleaned_data
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, exc)
        else:
            messages.success(request, _("The spearhead has been saved."))
            return redirect("peergroups:spearhead_detail", slug=space.slug, number=saved.number)
    return render(
        request,
        "peergroups/spearhead_form.html",
        {"space": space, "spearhead": spearhead, "form": form, "tab": "work_plan"},
    )


@policy_view
def spearhead_detail(request, slug, number):
    space = _working_group_space(request, slug)
    ctx = request.permissions
    spearhead = _spearhead(space, number)
    can_report = permissions.can_report_progress(ctx, spearhead)
    form = ProgressForm(request.POST or None, initial={"reported_on": timezone.localdate()}) if can_report else None
    if request.method == "POST":
        require(ctx, can_report, _("Progress is reported by the owner of the spearhead or a coordinator."))
        if form.is_valid():
            data = form.cleaned_data
            try:
                workplan_actions.do_report_progress(
                    request.user,
                    spearhead,
                    note=data["note"],
                    value=data["value"],
                    percent_complete=data["percent_complete"],
                    status=data["status"] or None,
                    reported_on=data["reported_on"],
                )
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    for field, errors in exc.error_dict.items():
                        form.add_error(field if field in form.fields else None, errors)
                else:
                    form.add_error(None, exc)
            else:
                messages.success(request, _("The progress has been recorded."))
                return redirect("peergroups:spearhead_detail", slug=space.slug, number=spearhead.number)
    progress = plan_progress([spearhead], timezone.localdate()).spearheads[0]
    return render(
        request,
        "peergroups/spearhead_detail.html",
        {
            "space": space,
            "spearhead": spearhead,
            "progress": progress,
            "updates": sorted(spearhead.updates.all(), key=lambda u: (u.reported_on, u.created_at, u.pk), reverse=True),
            "form": form,
            "tab": "work_plan",
            "can_edit": permissions.can_edit_work_plan(ctx, space),
        },
    )


def work_plan_overview(request):
    """Progress across all working groups whose work plan the person may see."""
    ctx = request.permissions
    spaces = [
        s
        for s in Space.objects.filter(permissions.spaces_visible_to(ctx), kind=SpaceKind.WORKING_GROUP)
        .select_related("working_group")
        .order_by("name")
        if hasattr(s, "working_group")
    ]
    visible = [s for s in spaces if permissions.can_see_content(ctx, s)]
    by_group: dict[int, list] = {s.pk: [] for s in visible}
    for spearhead in spearheads(list(by_group)):
        by_group[spearhead.working_group_id].append(spearhead)
    today = timezone.localdate()
    plans = [(s, plan_progress(by_group[s.pk], today)) for s in visible]
    return render(
        request,
        "peergroups/work_plan_overview.html",
        {
            "plans": plans,
            "overall": overall_progress([p for _s, p in plans]),
            "hidden_count": len(spaces) - len(visible),
        },
    )
