"""Rules of the Huis van benchmarks: the catalogue, rounds, contacts and an organisation's values.

* The catalogue is kept by editors and by the coordinators of the working group that keeps an
  indicator; the editorial catalogue (no keeper) by editors only. Indicators are public knowledge.
* A round is managed by the coordinators of its group and by site admins. A round is seen by
  members of its group, by members of invited organisations, and once published by every member.
* An organisation's benchmark contact is named by a site admin or by a contact of that same
  organisation (the organisation's own members decide who speaks for it; the platform has no
  separate organisation coordinator). Contacts enter values while the round is open.
* Own values are seen by the organisation's members; another organisation's values never by a
  name here (the report's aggregates follow ``benchmark_reports``).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from peergroups.policy.context import NOT_FOUND, PermissionContext


def can_keep_catalogue(ctx: PermissionContext) -> bool:
    """May add indicators at all: editors, and coordinators of any working group."""
    from peergroups.models import Space

    if ctx.is_editor:
        return True
    ids = sorted(ctx.coordinated_space_ids)
    return bool(ids) and Space.objects.filter(pk__in=ids, kind="working_group").exists()


def can_edit_indicator(ctx: PermissionContext, indicator) -> bool:
    if ctx.is_editor:
        return True
    return indicator.keeper_id is not None and indicator.keeper_id in ctx.coordinated_space_ids


def can_manage_round(ctx: PermissionContext, benchmark_round) -> bool:
    """Invite, close, publish and see delivery status: the group's coordinators and admins."""
    return ctx.is_site_admin or benchmark_round.space_id in ctx.coordinated_space_ids


def can_create_round(ctx: PermissionContext, space) -> bool:
    return ctx.is_site_admin or space.pk in ctx.coordinated_space_ids


def rounds_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on BenchmarkRound with exactly the rule of ``can_view_round``."""
    if ctx.is_site_admin:
        return Q()
    if not ctx.is_member:
        return Q(pk__in=[])
    rule = Q(status="published") | Q(space_id__in=sorted(ctx.space_ids))
    if ctx.organisation_id is not None:
        from peergroups.models import RoundParticipation

        invited = RoundParticipation.objects.filter(organisation_id=ctx.organisation_id).values("round_id")
        rule |= Q(pk__in=invited)  # a subquery: one row per round, never duplicated by a join
    return rule


def can_view_round(ctx: PermissionContext, benchmark_round) -> bool:
    if ctx.is_site_admin:
        return True
    if not ctx.is_member:
        return False
    if benchmark_round.status == "published" or benchmark_round.space_id in ctx.space_ids:
        return True
    return (
        ctx.organisation_id is not None
        and benchmark_round.participations.filter(organisation_id=ctx.organisation_id).exists()
    )


def access_round(ctx: PermissionContext, slug: str):
    """The round for this reader, or the same 404 as for a slug that does not exist."""
    from peergroups.models import BenchmarkRound

    benchmark_round = BenchmarkRound.objects.filter(slug=slug).select_related("space").first()
    if benchmark_round is None or not can_view_round(ctx, benchmark_round):
        raise Http404(NOT_FOUND)
    return benchmark_round


def is_benchmark_contact(ctx: PermissionContext, organisation_id: int | None) -> bool:
    from peergroups.models import BenchmarkContact

    user_id = ctx.user_id
    if organisation_id is None or user_id is None or not ctx.is_member or ctx.organisation_id != organisation_id:
        return False
    key = ("benchmark_contact", organisation_id)
    if key not in ctx._cache:
        ctx._cache[key] = BenchmarkContact.objects.filter(organisation_id=organisation_id, user_id=user_id).exists()
    return ctx._cache[key]


def can_name_contact(ctx: PermissionContext, organisation) -> bool:
    return ctx.is_site_admin or is_benchmark_contact(ctx, organisation.pk)


def can_enter_values(ctx: PermissionContext, participation) -> bool:
    """Contacts of the organisation, while its round is open."""
    if participation.round.status != "open":
        return False
    return is_benchmark_contact(ctx, participation.organisation_id)


def can_see_own_values(ctx: PermissionContext, participation) -> bool:
    """The organisation's own members (and admins) see its values and their history."""
    if ctx.is_site_admin:
        return True
    return ctx.is_member and ctx.organisation_id == participation.organisation_id


def access_participation(ctx: PermissionContext, round_slug: str, organisation_slug: str):
    """An organisation's participation for its own members; the same 404 otherwise."""
    from peergroups.models import RoundParticipation

    participation = (
        RoundParticipation.objects.select_related("round", "round__space", "organisation")
        .filter(round__slug=round_slug, organisation__slug=organisation_slug)
        .first()
    )
    if participation is None or not can_see_own_values(ctx, participation):
        raise Http404(NOT_FOUND)
    return participation


def access_round_for_management(ctx: PermissionContext, slug: str):
    benchmark_round = access_round(ctx, slug)
    if not can_manage_round(ctx, benchmark_round):
        raise PermissionDenied(_("Only the coordinators of this group can manage the round."))
    return benchmark_round


def access_indicator_for_edit(ctx: PermissionContext, slug: str):
    from peergroups.models import Indicator

    indicator = get_object_or_404(Indicator, slug=slug)
    if not can_edit_indicator(ctx, indicator):
        raise PermissionDenied(_("Only editors and the keeping working group can edit this indicator."))
    return indicator


def indicators_visible_to(ctx: PermissionContext) -> Q:
    """The catalogue is public knowledge: every indicator for everyone."""
    return Q()
