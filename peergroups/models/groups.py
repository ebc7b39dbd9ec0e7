"""What only peer groups (RBB style) and working groups (VGS style) have.

Each points 1:1 at its ``Space`` (the space is the primary key), so every
shared mechanism keeps working on the space and these tables only add the
specifics. A separate table rather than a subclass (multi-table inheritance)
keeps ``Space`` queries free of joins and lets resultancy add its own team
table the same way from its own app.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .people import LearningQuestion, Organisation, Theme
from .spaces import Space

#: VGS: six to eight members per working group (seed 001).
WORKING_GROUP_CAPACITY = 8
WORKING_GROUP_MINIMUM = 6


class PeerGroup(models.Model):
    """Organisations with comparable primary processes around shared learning questions."""

    space = models.OneToOneField(Space, on_delete=models.CASCADE, primary_key=True, related_name="peer_group")
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), blank=True, related_name="peer_groups"
    )
    learning_questions = models.ManyToManyField(
        LearningQuestion, verbose_name=_("learning questions"), blank=True, related_name="peer_groups"
    )

    class Meta:
        verbose_name = _("peer group")
        verbose_name_plural = _("peer groups")

    def __str__(self):
        return str(self.space)


class WorkingGroup(models.Model):
    """A working group with a theme, a size to keep healthy, and a work plan."""

    space = models.OneToOneField(Space, on_delete=models.CASCADE, primary_key=True, related_name="working_group")
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    minimum_size = models.PositiveSmallIntegerField(
        _("minimum number of members"),
        default=WORKING_GROUP_MINIMUM,
        help_text=_("Below this number the group is shown as understaffed."),
    )
    portfolio_holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("board member holding the portfolio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recruiting = models.BooleanField(
        _("recruiting permanently"), default=True, help_text=_("Show the group as looking for members.")
    )

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self):
        return str(self.space)


class Spearhead(models.Model):
    """A numbered spearhead (speerpunt) of a work plan, with a measurable target.

    ``target`` says it in words ("75% deelname per 31-12-2009"); when the
    target is a number, ``target_value`` (and ``baseline_value``) let the
    platform compute progress from measured values in the updates.
    """

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DELAYED = "delayed", _("Delayed")
        ACHIEVED = "achieved", _("Achieved")
        STOPPED = "stopped", _("Stopped")

    working_group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="spearheads")
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target = models.CharField(_("measurable target"), max_length=250)
    target_value = models.DecimalField(
        _("target value"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Optional: the number to reach, for example 75."),
    )
    baseline_value = models.DecimalField(
        _("starting value"),
        max_digits=12,
        decimal_places=2,
        default=0,
        help_text=_("Where the measurement started, for example 40."),
    )
    unit = models.CharField(_("unit"), max_length=30, blank=True, help_text=_("For example: % or municipalities."))
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PLANNED)
    #: A participation target bound to a round: progress is the round's live participation figure.
    participation_round = models.ForeignKey(
        "peergroups.BenchmarkRound",
        verbose_name=_("participation in round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participation_spearheads",
    )
    #: An ontwikkelactie started from a weak score links back to its indicator.
    indicator = models.ForeignKey(
        "peergroups.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="spearheads",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("spearhead")
        verbose_name_plural = _("spearheads")
        constraints = [
            models.UniqueConstraint(fields=["working_group", "number"], name="spearhead_number_unique_per_group")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class SpearheadUpdate(models.Model):
    """A progress report on a spearhead: a measured value and/or an estimate, with a note."""

    spearhead = models.ForeignKey(Spearhead, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reported_on = models.DateField(_("date"))
    value = models.DecimalField(_("measured value"), max_digits=12, decimal_places=2, null=True, blank=True)
    percent_complete = models.PositiveSmallIntegerField(
        _("estimated progress (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    note = models.TextField(_("what happened"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reported_on", "-created_at", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self):
        return f"{self.spearhead} @ {self.reported_on}"
