"""Resultancy teams: strategic issues, teams pooling people across organisations, deliverables.

A strategic issue is proposed and endorsed by members; a network coordinator
turns it into a team. The team's people, meetings, documents and activity are
a peergroups ``Space`` of kind ``resultancy_team`` (reused, never copied);
``ResultancyTeam`` holds only what a team adds: its mandate, goal, planned end,
requested capacity and lifecycle. Every decision is made in
``peergroups.policy`` (section "Resultancy teams"); every write in
``resultancy.actions``; the lifecycle rules in ``resultancy.lifecycle``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from peergroups.models import Organisation, Space, Theme

DEFAULT_READY_THRESHOLD = 5


def ready_threshold() -> int:
    """Endorsements at which an open issue is flagged as ready for a team (setting, default 5)."""
    return int(getattr(settings, "RESULTANCY_READY_THRESHOLD", DEFAULT_READY_THRESHOLD))


class StrategicIssue(models.Model):
    """A strategic question several organisations share, proposed by a member."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        READY = "ready", _("Ready for a team")
        MERGED = "merged", _("Merged")
        DECLINED = "declined", _("Declined")
        TEAM_FORMED = "team_formed", _("Team formed")

    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("problem statement"), max_length=5000)
    why_it_matters = models.TextField(_("why it matters across organisations"), max_length=5000)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="strategic_issues")
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations affected"), blank=True, related_name="strategic_issues"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="strategic_issues"
    )
    submitter_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_issues"
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True, max_length=2000)
    triaged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("strategic issue")
        verbose_name_plural = _("strategic issues")
        indexes = [models.Index(fields=["status"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resultancy:issue_detail", args=[self.pk])

    @property
    def is_triageable(self) -> bool:
        return self.status in (self.Status.OPEN, self.Status.READY)

    def organisation_ids(self) -> set[int]:
        """Organisations sharing the issue: the submitter's and every endorser's."""
        ids = set(self.endorsements.exclude(organisation=None).values_list("organisation_id", flat=True))
        if self.submitter_organisation_id:
            ids.add(self.submitter_organisation_id)
        return ids


class Endorsement(models.Model):
    """A member's "this matters to us too", counted for their organisation."""

    issue = models.ForeignKey(StrategicIssue, on_delete=models.CASCADE, related_name="endorsements")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        constraints = [models.UniqueConstraint(fields=["issue", "user"], name="one_endorsement_per_member")]

    def __str__(self):
        return f"{self.user_id} endorses {self.issue_id}"


class IssueComment(models.Model):
    issue = models.ForeignKey(StrategicIssue, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("comment"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return f"comment {self.pk} on {self.issue_id}"


class TeamStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    FORMING = "forming", _("Forming")
    ACTIVE = "active", _("Active")
    DELIVERED = "delivered", _("Delivered")
    CLOSED = "closed", _("Closed")
    STOPPED = "stopped", _("Stopped")


class ResultancyTeam(models.Model):
    """What a team adds to its space: mandate, goal, end date, capacity asked, lifecycle.

    The primary key is the space (like ``PeerGroup``); the team lead is the
    space's coordinator, so handing over and membership reuse peergroups.
    """

    space = models.OneToOneField(Space, primary_key=True, on_delete=models.CASCADE, related_name="resultancy_team")
    issue = models.OneToOneField(
        StrategicIssue, verbose_name=_("mandate"), null=True, on_delete=models.SET_NULL, related_name="team"
    )
    goal = models.TextField(
        _("goal"), max_length=3000, help_text=_("The concrete solution or solution direction the team will deliver.")
    )
    planned_end = models.DateField(_("planned end date"))
    requested_hours = models.PositiveIntegerField(_("capacity asked (hours per month)"))
    wanted_expertise = TaggableManager(
        _("expertise wanted"), blank=True, help_text=_("Comma-separated topics the team needs people for.")
    )
    status = models.CharField(_("status"), max_length=10, choices=TeamStatus.choices, default=TeamStatus.PROPOSED)
    stop_reason = models.TextField(_("reason for stopping"), blank=True, max_length=2000)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["space__name"]
        verbose_name = _("resultancy team")
        verbose_name_plural = _("resultancy teams")

    def __str__(self):
        return self.space.name

    def get_absolute_url(self):
        return reverse("resultancy:team_detail", args=[self.space.slug])

    @property
    def title(self) -> str:
        return self.space.name

    @property
    def slug(self) -> str:
        return self.space.slug

    @property
    def is_stopped(self) -> bool:
        return self.status == TeamStatus.STOPPED


class Pledge(models.Model):
    """People offered to a team: "kennis en menskracht", on behalf of an organisation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting a decision")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    team = models.ForeignKey(ResultancyTeam, on_delete=models.CASCADE, related_name="pledges")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resultancy_pledges")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="resultancy_pledges")
    role = models.CharField(_("role in the team"), max_length=120)
    expertise = models.CharField(_("expertise"), max_length=300, blank=True)
    hours_per_month = models.PositiveSmallIntegerField(_("hours per month"))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        constraints = [
            models.UniqueConstraint(
                fields=["team", "user"], condition=Q(status="pending"), name="one_pending_pledge_per_person"
            ),
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="pledge_period_in_order"),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.team_id}: {self.hours_per_month} h"


class Milestone(models.Model):
    team = models.ForeignKey(ResultancyTeam, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=200)
    due_on = models.DateField(_("due date"))
    done = models.BooleanField(_("done"), default=False)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return self.title


class Deliverable(models.Model):
    """What a team delivers; sent to the editors it becomes a draft knowledge page."""

    class Kind(models.TextChoices):
        SOLUTION = "solution", _("Solution")
        SOLUTION_DIRECTION = "solution_direction", _("Solution direction")
        INSTRUMENT = "instrument", _("Instrument")
        ADVICE = "advice", _("Advice")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENT = "sent_to_editors", _("Sent to the editors")
        PUBLISHED = "published", _("Published")

    team = models.ForeignKey(ResultancyTeam, on_delete=models.CASCADE, related_name="deliverables")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    body = models.TextField(_("text"), max_length=20000)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    knowledge_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.team.get_absolute_url()}#resultaat-{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED
