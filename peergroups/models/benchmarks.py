"""The Huis van benchmarks: indicators, rounds, delivered values and their audit trail.

An organisation measures itself in a *round* that a working group or peer group runs, against
indicators from a shared *catalogue*; the platform compares it with comparable organisations
without exposing any of them (the rules live in ``peergroups.policy.benchmarks``). Values are
never overwritten silently: every change writes a ``BenchmarkValueChange``.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .people import Organisation, Theme
from .spaces import Space

#: Aggregates are shown only when at least this many organisations contribute (per round).
DEFAULT_MINIMUM_GROUP_SIZE = 5


class Indicator(models.Model):
    """One measure in the catalogue ("Klanttevredenheid (KTO-cijfer)", unit "cijfer", target 7)."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)
    definition = models.TextField(_("definition"))
    unit = models.CharField(_("unit"), max_length=30, help_text=_("For example: rating, %, days."))
    minimum_value = models.DecimalField(
        _("lowest valid value"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    maximum_value = models.DecimalField(
        _("highest valid value"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER)
    target_value = models.DecimalField(
        _("target"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Optional: the value to reach, for example 7 for a satisfaction rating."),
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="indicators")
    #: OrganisationType values this indicator applies to; empty means every type.
    organisation_types = models.JSONField(_("organisation types"), default=list, blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)
    #: The working group that keeps it; empty for the editorial catalogue.
    keeper = models.ForeignKey(
        Space,
        verbose_name=_("kept by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="kept_indicators",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class BenchmarkRound(models.Model):
    """A measurement round of a group ("Burgerpeiling 2026"): open → closed → published."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for values")
        CLOSED = "closed", _("Closed")
        PUBLISHED = "published", _("Published")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)
    space = models.ForeignKey(Space, verbose_name=_("group"), on_delete=models.CASCADE, related_name="benchmark_rounds")
    description = models.TextField(_("description"), blank=True)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    indicators = models.ManyToManyField(Indicator, verbose_name=_("indicators"), related_name="rounds")
    minimum_group_size = models.PositiveSmallIntegerField(
        _("minimum comparison group"),
        default=DEFAULT_MINIMUM_GROUP_SIZE,
        validators=[MinValueValidator(3), MaxValueValidator(50)],
        help_text=_("An aggregate is shown only when at least this many organisations contribute."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-period_end", "name"]
        verbose_name = _("benchmark round")
        verbose_name_plural = _("benchmark rounds")

    def __str__(self):
        return self.name


class BenchmarkContact(models.Model):
    """A member who enters values for their organisation, named by its coordinator or an admin."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="benchmark_contacts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="benchmark_contacts")
    named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    named_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("benchmark contact")
        verbose_name_plural = _("benchmark contacts")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="benchmark_contact_unique"),
        ]

    def __str__(self):
        return f"{self.user} ({self.organisation})"


class RoundParticipation(models.Model):
    """An organisation invited to a round, with its choices for that round."""

    round = models.ForeignKey(BenchmarkRound, on_delete=models.CASCADE, related_name="participations")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="benchmark_participations")
    #: "Open": others may see this organisation's values with its name.
    values_open = models.BooleanField(_("show our values with our name"), default=False)
    #: Others with a weaker score may be pointed to this organisation through the meeting place.
    open_to_contact = models.BooleanField(_("colleagues may contact us about our scores"), default=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("participation in a round")
        verbose_name_plural = _("participations in rounds")
        constraints = [
            models.UniqueConstraint(fields=["round", "organisation"], name="round_participation_unique"),
        ]
        indexes = [models.Index(fields=["organisation", "round"], name="participation_org_round")]

    def __str__(self):
        return f"{self.organisation} – {self.round}"


class BenchmarkValue(models.Model):
    """The current value an organisation delivered for one indicator in one round."""

    participation = models.ForeignKey(RoundParticipation, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("benchmark value")
        verbose_name_plural = _("benchmark values")
        constraints = [
            models.UniqueConstraint(fields=["participation", "indicator"], name="benchmark_value_unique"),
        ]
        indexes = [models.Index(fields=["indicator", "participation"], name="benchmark_value_indicator")]

    def __str__(self):
        return f"{self.indicator}: {self.value}"


class BenchmarkValueChange(models.Model):
    """The audit trail: who changed which value when, from what to what (never edited)."""

    class Source(models.TextChoices):
        FORM = "form", _("Form")
        IMPORT = "import", _("Spreadsheet")

    participation = models.ForeignKey(RoundParticipation, on_delete=models.CASCADE, related_name="value_changes")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    old_value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    new_value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.FORM)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "id"]
        verbose_name = _("change of a benchmark value")
        verbose_name_plural = _("changes of benchmark values")

    def __str__(self):
        return f"{self.indicator}: {self.old_value} → {self.new_value}"
