"""Registrations for events and regional activities: places, a waiting list, cancellations.

One row per person and event (a knowledge ``EventPage``) or regional activity
(a group's ``peergroups.RegionalActivity``). Re-registering after a cancellation
reuses the row with a new place in the queue. Rows are written only by
``knowledge.events``, which locks the event first so that two people never
take the last place.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("registered")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    event = models.ForeignKey(
        "knowledge.EventPage", null=True, blank=True, on_delete=models.CASCADE, related_name="registrations"
    )
    activity = models.ForeignKey(
        "peergroups.RegionalActivity", null=True, blank=True, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    #: The place in the queue: first come, first served.
    queued_at = models.DateTimeField(_("registered at"), default=timezone.now)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.CheckConstraint(
                condition=Q(event__isnull=False, activity__isnull=True) | Q(event__isnull=True, activity__isnull=False),
                name="registration_for_one_event",
            ),
            models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_event"),
            models.UniqueConstraint(fields=["activity", "user"], name="one_registration_per_activity"),
        ]
        indexes = [
            models.Index(fields=["event", "status", "queued_at"], name="registration_event_queue"),
            models.Index(fields=["activity", "status", "queued_at"], name="registration_activity_queue"),
        ]

    def __str__(self):
        return f"{self.user} → {self.event_id or self.activity_id}: {self.status}"
