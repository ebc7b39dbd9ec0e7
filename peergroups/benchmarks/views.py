"""Thin views of the Huis van benchmarks: rounds, catalogue, value entry, history, exports."""

from __future__ import annotations

import csv

import tablib
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.benchmarks import actions, imports, queries
from peergroups.benchmarks.forms import ImportForm, ValuesForm
from peergroups.policy import policy_view, require


@policy_view
def round_list(request):
    ctx = request.permissions
    require(ctx, ctx.is_member, _("Please log in as a member to see the benchmark rounds."))
    return render(request, "peergroups/benchmarks/round_list.html", {"rounds": queries.visible_rounds(ctx)})


def indicator_list(request):
    ctx = request.permissions
    return render(
        request,
        "peergroups/benchmarks/indicator_list.html",
        {"indicators": queries.catalogue(ctx), "can_keep": permissions.can_keep_catalogue(ctx)},
    )


@policy_view
def round_detail(request, slug):
    ctx = request.permissions
    require(ctx, ctx.is_member, _("Please log in as a member to see the benchmark rounds."))
    benchmark_round = permissions.access_round(ctx, slug)
    manages = permissions.can_manage_round(ctx, benchmark_round)
    own = queries.own_participation(ctx, benchmark_round)
    return render(
        request,
        "peergroups/benchmarks/round_detail.html",
        {
            "round": benchmark_round,
            "indicators": benchmark_round.indicators.order_by("name"),
            "manages": manages,
            "status_rows": queries.delivery_status(benchmark_round) if manages else None,
            "own": own,
            "can_enter": bool(own) and permissions.can_enter_values(ctx, own),
        },
    )


@policy_view
def values_edit(request, slug, organisation):
    ctx = request.permissions
    participation = permissions.access_participation(ctx, slug, organisation)
    can_enter = permissions.can_enter_values(ctx, participation)
    indicators = list(participation.round.indicators.order_by("name"))
    form = ValuesForm(indicators=indicators, initial_values=queries.values_by_indicator(participation))
    import_form = ImportForm()
    if request.method == "POST":
        require(ctx, can_enter, _("Only the organisation's benchmark contacts enter values."))
        if "file" in request.FILES or request.POST.get("import"):
            import_form = ImportForm(request.POST, request.FILES)
            if import_form.is_valid():
                try:
                    changed = imports.import_values(request.user, participation, import_form.cleaned_data["file"])
                except ValidationError as exc:
                    for message in exc.messages:
                        import_form.add_error("file", message)
                else:
                    messages.success(request, _("%(count)s values imported.") % {"count": changed})
                    return redirect(request.path)
        elif request.POST.get("deliver"):
            actions.do_mark_delivered(request.user, participation)
            messages.success(request, _("Thank you: your values are marked as delivered."))
            return redirect(request.path)
        else:
            form = ValuesForm(request.POST, indicators=indicators)
            if form.is_valid():
                try:
                    changed = actions.do_set_values(request.user, participation, form.values())
                except ValidationError as exc:
                    form.add_error(None, exc)
                else:
                    messages.success(request, _("%(count)s values saved.") % {"count": changed})
                    return redirect(request.path)
    return render(
        request,
        "peergroups/benchmarks/values_edit.html",
        {
            "participation": participation,
            "round": participation.round,
            "form": form,
            "import_form": import_form,
            "can_enter": can_enter,
            "rows": queries.value_rows(participation),
            "history": queries.change_history(participation),
        },
    )


def _dataset(participation) -> tablib.Dataset:
    data = tablib.Dataset(headers=["indicator", "naam", "eenheid", "waarde"])
    for indicator, value in queries.value_rows(participation):
        data.append([indicator.slug, indicator.name, indicator.unit, "" if value is None else value.normalize()])
    return data


@policy_view
def values_export(request, slug, organisation, kind):
    ctx = request.permissions
    participation = permissions.access_participation(ctx, slug, organisation)
    data = _dataset(participation)
    name = f"{participation.round.slug}-{participation.organisation.slug}"
    if kind == "xlsx":
        response = HttpResponse(
            data.export("xlsx"), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        response = HttpResponse(data.export("csv"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response


@policy_view
def delivery_export(request, slug):
    ctx = request.permissions
    benchmark_round = permissions.access_round_for_management(ctx, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{benchmark_round.slug}-levering.csv"'
    writer = csv.writer(response)
    writer.writerow(["organisatie", "waarden", "geleverd"])
    for row in queries.delivery_status(benchmark_round):
        writer.writerow(
            [row.organisation.name, row.value_count, row.delivered_at.date().isoformat() if row.delivered_at else ""]
        )
    return response
