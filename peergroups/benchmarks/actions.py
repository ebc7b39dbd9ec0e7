"""Writes of the Huis van benchmarks; every rule is asked of the policy with a fresh context.

Values are never overwritten silently: each change writes a ``BenchmarkValueChange`` (old → new,
who, when, source). The value row is locked (``select_for_update``) before it is read, so two
contacts saving the same value at once produce two exact changes, the second starting from the
first's result.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import (
    BenchmarkContact,
    BenchmarkRound,
    BenchmarkValue,
    BenchmarkValueChange,
    Indicator,
    Organisation,
    RoundParticipation,
)

INDICATOR_FIELDS = (
    "name",
    "definition",
    "unit",
    "minimum_value",
    "maximum_value",
    "direction",
    "target_value",
    "organisation_types",
    "source",
    "keeper",
)


def _ctx(user):
    return permissions.fresh_context(user)


def _unique_slug(model, name: str) -> str:
    base = slugify(name)[:100] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def do_save_indicator(actor, *, indicator: Indicator | None = None, themes=None, **fields) -> Indicator:
    ctx = _ctx(actor)
    allowed = permissions.can_edit_indicator(ctx, indicator) if indicator else permissions.can_keep_catalogue(ctx)
    permissions.require(ctx, allowed, _("Only editors and working-group coordinators keep the catalogue."))
    unknown = set(fields) - set(INDICATOR_FIELDS)
    if unknown:
        raise ValueError(f"unknown indicator fields: {sorted(unknown)}")
    keeper = fields.get("keeper")
    if keeper is not None and not ctx.is_editor and keeper.pk not in ctx.coordinated_space_ids:
        raise PermissionDenied(_("You can only keep indicators for a group you coordinate."))
    if indicator is None:
        indicator = Indicator(created_by=actor, slug=_unique_slug(Indicator, fields.get("name", "")))
    for name, value in fields.items():
        setattr(indicator, name, value)
    indicator.full_clean()
    indicator.save()
    if themes is not None:
        indicator.themes.set(themes)
    return indicator


@transaction.atomic
def do_create_round(actor, space, *, name, period_start, period_end, indicators, description="", **extra):
    ctx = _ctx(actor)
    permissions.require(
        ctx, permissions.can_create_round(ctx, space), _("Only the group's coordinators start a round.")
    )
    if period_end < period_start:
        raise ValidationError(_("The period must end after it starts."))
    benchmark_round = BenchmarkRound(
        name=name,
        slug=_unique_slug(BenchmarkRound, name),
        space=space,
        description=description,
        period_start=period_start,
        period_end=period_end,
        created_by=actor,
        **extra,
    )
    benchmark_round.full_clean()
    benchmark_round.save()
    benchmark_round.indicators.set(indicators)
    return benchmark_round


def _require_manager(actor, benchmark_round):
    ctx = _ctx(actor)
    permissions.require(
        ctx, permissions.can_manage_round(ctx, benchmark_round), _("Only the group's coordinators manage the round.")
    )


def _require_open(benchmark_round):
    if benchmark_round.status != BenchmarkRound.Status.OPEN:
        raise ValidationError(_("This round is closed: values can no longer be changed."))


@transaction.atomic
def do_invite_organisations(actor, benchmark_round, organisations) -> int:
    _require_manager(actor, benchmark_round)
    _require_open(benchmark_round)
    created = 0
    for organisation in organisations:
        _p, new = RoundParticipation.objects.get_or_create(
            round=benchmark_round, organisation=organisation, defaults={"invited_by": actor}
        )
        created += new
    return created


@transaction.atomic
def do_close_round(actor, benchmark_round):
    _require_manager(actor, benchmark_round)
    benchmark_round = BenchmarkRound.objects.select_for_update().get(pk=benchmark_round.pk)
    _require_open(benchmark_round)
    benchmark_round.status = BenchmarkRound.Status.CLOSED
    benchmark_round.closed_at = timezone.now()
    benchmark_round.save(update_fields=["status", "closed_at"])
    return benchmark_round


@transaction.atomic
def do_publish_round(actor, benchmark_round):
    _require_manager(actor, benchmark_round)
    benchmark_round = BenchmarkRound.objects.select_for_update().get(pk=benchmark_round.pk)
    if benchmark_round.status != BenchmarkRound.Status.CLOSED:
        raise ValidationError(_("Close the round before publishing it."))
    benchmark_round.status = BenchmarkRound.Status.PUBLISHED
    benchmark_round.published_at = timezone.now()
    benchmark_round.save(update_fields=["status", "published_at"])
    return benchmark_round


@transaction.atomic
def do_name_contact(actor, organisation: Organisation, user) -> BenchmarkContact:
    ctx = _ctx(actor)
    permissions.require(
        ctx,
        permissions.can_name_contact(ctx, organisation),
        _("Only an admin or a benchmark contact of this organisation names a contact."),
    )
    if not permissions.fresh_context(user).is_member or user.profile.organisation_id != organisation.pk:
        raise ValidationError(_("A benchmark contact must be a member of the organisation."))
    contact, _created = BenchmarkContact.objects.get_or_create(
        organisation=organisation, user=user, defaults={"named_by": actor}
    )
    return contact


def validate_value(indicator: Indicator, value: Decimal | None) -> None:
    """Raise a Dutch ``ValidationError`` when a value lies outside the indicator's range."""
    if value is None:
        return
    if indicator.minimum_value is not None and value < indicator.minimum_value:
        raise ValidationError(
            _("%(value)s %(unit)s is below the lowest valid value %(minimum)s.")
            % {"value": value, "unit": indicator.unit, "minimum": indicator.minimum_value.normalize()}
        )
    if indicator.maximum_value is not None and value > indicator.maximum_value:
        raise ValidationError(
            _("%(value)s %(unit)s is above the highest valid value %(maximum)s.")
            % {"value": value, "unit": indicator.unit, "maximum": indicator.maximum_value.normalize()}
        )


@transaction.atomic
def do_set_values(actor, participation: RoundParticipation, values: dict, *, source=BenchmarkValueChange.Source.FORM):
    """Set ``{indicator: Decimal | None}`` for one organisation; each real change is recorded.

    ``None`` removes a value. All or nothing: one invalid value raises and writes nothing.
    """
    ctx = _ctx(actor)
    participation = RoundParticipation.objects.select_for_update().select_related("round").get(pk=participation.pk)
    permissions.require(
        ctx,
        permissions.can_enter_values(ctx, participation),
        _("Only the organisation's benchmark contacts enter values."),
    )
    _require_open(participation.round)
    allowed = set(participation.round.indicators.values_list("pk", flat=True))
    changes = 0
    for indicator, new in values.items():
        if indicator.pk not in allowed:
            raise ValidationError(_("%(indicator)s is not part of this round.") % {"indicator": indicator.name})
        validate_value(indicator, new)
        current = (
            BenchmarkValue.objects.select_for_update().filter(participation=participation, indicator=indicator).first()
        )
        old = current.value if current else None
        if old == new:
            continue
        if new is None and current is not None:
            current.delete()
        elif current is None:
            BenchmarkValue.objects.create(participation=participation, indicator=indicator, value=new, updated_by=actor)
        else:
            current.value, current.updated_by = new, actor
            current.save(update_fields=["value", "updated_by", "updated_at"])
        BenchmarkValueChange.objects.create(
            participation=participation,
            indicator=indicator,
            old_value=old,
            new_value=new,
            source=source,
            changed_by=actor,
        )
        changes += 1
    return changes


@transaction.atomic
def do_mark_delivered(actor, participation: RoundParticipation) -> RoundParticipation:
    ctx = _ctx(actor)
    participation = RoundParticipation.objects.select_for_update().select_related("round").get(pk=participation.pk)
    permissions.require(
        ctx, permissions.can_enter_values(ctx, participation), _("Only the organisation's benchmark contacts deliver.")
    )
    participation.delivered_at = timezone.now()
    participation.save(update_fields=["delivered_at"])
    return participation
