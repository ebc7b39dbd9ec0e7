"""Who reads which Rapport op hoofdlijnen, and when a comparison figure may be shown.

The comparison rule (see docs/architecture/benchmarks.md):

* **Fixed group.** For organisation O and round R the comparison group is every
  participation in R of an organisation in O's *comparison class*: same organisation type,
  same government layer, same staff-size band (``peergroups.core.comparable``). Classes
  partition the organisations, so any two groups are identical or disjoint: there are no
  two overlapping groups to subtract from each other. No request parameter changes the group.
* **Own organisation only.** A member reads the report of their own organisation; any
  ``?organisatie=`` is ignored for them. Only site admins may name another organisation,
  and they see the same group figures its members see, never its values unless it chose
  *open* (``values_open``).
* **k others.** An aggregate (count, median, quartiles) of an indicator is shown only when
  at least ``round.minimum_group_size`` organisations other than O contribute a value. It is
  computed over the whole class, so everyone in the class sees the very same figure.
* **No extremes, rounded, frozen.** Minimum and maximum are never shown (each is one
  organisation's value); figures are rounded to one decimal; and they are shown only once a
  round is closed or published, so nobody can watch the median move while another
  organisation corrects its value.
* **Names only when open.** Another organisation's value is shown with its name only when
  it set ``values_open`` for the round.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from peergroups.models import Organisation
from peergroups.models.benchmarks import BenchmarkRound, RoundParticipation
from peergroups.policy.context import NOT_FOUND, PermissionContext
from peergroups.policy.people import require_member
from peergroups.policy.spaces import require

#: Rounds whose values no longer change; only these show group figures.
FROZEN_STATUSES = (BenchmarkRound.Status.CLOSED, BenchmarkRound.Status.PUBLISHED)


def access_report_round(ctx: PermissionContext, slug: str) -> BenchmarkRound:
    """The round of a report: members only; the same 404 for unknown slugs."""
    require(ctx, ctx.is_member, _("Only members can read benchmark reports."))
    found = BenchmarkRound.objects.filter(slug=slug).select_related("space").first()
    if found is None:
        raise Http404(NOT_FOUND)
    return found


def report_organisation(ctx: PermissionContext, round_: BenchmarkRound, requested_slug: str = "") -> Organisation:
    """The organisation whose report this reader gets.

    Members always get their own organisation (a requested slug is ignored); site admins may
    name any participating organisation.
    """
    require_member(ctx)
    if requested_slug and ctx.is_site_admin:
        participation = (
            RoundParticipation.objects.filter(round=round_, organisation__slug=requested_slug)
            .select_related("organisation")
            .first()
        )
        if participation is None:
            raise Http404(NOT_FOUND)
        return participation.organisation
    organisation = ctx.profile.organisation if ctx.organisation_id else None
    require(ctx, organisation is not None, _("Your profile names no organisation, so there is no report for you."))
    return organisation


def can_see_report_values(ctx: PermissionContext, participation: RoundParticipation | None) -> bool:
    """The organisation's values appear in its report: for its members, or when it chose open."""
    if participation is None:
        return False
    return participation.organisation_id == ctx.organisation_id or participation.values_open


def can_see_named_values(ctx: PermissionContext, participation: RoundParticipation) -> bool:
    """Another organisation's values with its name: only when it chose open for the round."""
    return participation.values_open or participation.organisation_id == ctx.organisation_id


def round_shows_group_figures(round_: BenchmarkRound) -> bool:
    return round_.status in FROZEN_STATUSES


def aggregate_allowed(round_: BenchmarkRound, others_contributing: int) -> bool:
    """k: at least ``minimum_group_size`` organisations besides the reader's contribute."""
    return round_shows_group_figures(round_) and others_contributing >= round_.minimum_group_size


def require_report_reader(ctx: PermissionContext, organisation: Organisation) -> None:
    if organisation.pk != ctx.organisation_id and not ctx.is_site_admin:
        raise PermissionDenied(_("You can only read the report of your own organisation."))
