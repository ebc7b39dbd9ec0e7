"""The Rapport op hoofdlijnen page and its CSV export (the reader's own organisation)."""

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.benchmarks.report import build_report
from peergroups.policy import policy_view


def _report_for(request, slug):
    ctx = request.permissions
    round_ = permissions.access_report_round(ctx, slug)
    organisation = permissions.report_organisation(ctx, round_, request.GET.get("organisatie", ""))
    return build_report(ctx, round_, organisation)


@policy_view
def report(request, slug):
    found = _report_for(request, slug)
    return render(
        request,
        "peergroups/benchmarks/report.html",
        {"report": found, "figures_frozen": permissions.round_shows_group_figures(found.round)},
    )


def _cell(value):
    return "" if value is None else f"{value.normalize():f}"


@policy_view
def report_csv(request, slug):
    found = _report_for(request, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="rapport-{found.round.slug}-{found.organisation.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Indicator"),
            _("Unit"),
            _("Own value"),
            _("Organisations in group"),
            _("First quartile"),
            _("Median"),
            _("Third quartile"),
            _("Target"),
        ]
    )
    for line in found.lines:
        group = line.group
        writer.writerow(
            [
                line.indicator.name,
                line.indicator.unit,
                _cell(line.own_value),
                group.count if group.shown else "",
                _cell(group.first_quartile),
                _cell(group.median),
                _cell(group.third_quartile),
                _cell(line.indicator.target_value),
            ]
        )
    return response
