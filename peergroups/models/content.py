"""What members put in a space: meetings, documents and regional activities.

These belong to a ``Space`` of any kind, so resultancy teams reuse
them as they are instead of copying them.
"""

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from peergroups.core.taxonomy import Province

from .spaces import Space


class PrivateDocumentStorage(FileSystemStorage):
    """Files under MEDIA_ROOT that have no public URL.

    Group documents are served only by ``peergroups:document_download``,
    which asks the policy first; asking this storage for a URL is a bug,
    so it fails loudly instead of handing out a /media/ link.
    """

    def url(self, name):
        raise ValueError("Group documents have no public URL; link to peergroups:document_download.")


def private_document_storage():
    return PrivateDocumentStorage()


def document_upload_to(instance, filename: str) -> str:
    """A random, non-guessable name; the original name is kept in the database only."""
    extension = PurePosixPath(filename).suffix.lower()[:8]
    return f"groepsdocumenten/{secrets.token_urlsafe(24)}{extension}"


class Meeting(models.Model):
    """A meeting of a space: when, where (or online), agenda, minutes, who comes."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("link for online participation"), blank=True)
    agenda = models.TextField(_("agenda"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self):
        return self.title


class MeetingAttendance(models.Model):
    class Response(models.TextChoices):
        ATTENDING = "attending", _("I will attend")
        ABSENT = "absent", _("I cannot attend")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    response = models.CharField(_("response"), max_length=10, choices=Response.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [models.UniqueConstraint(fields=["meeting", "user"], name="one_response_per_person")]

    def __str__(self):
        return f"{self.user} → {self.meeting}: {self.response}"


class Document(models.Model):
    """An uploaded file of a space, validated by type and size, served through the policy."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    file = models.FileField(upload_to=document_upload_to, storage=private_document_storage, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    @property
    def extension(self) -> str:
        return PurePosixPath(self.original_name).suffix.lstrip(".").upper()


class RegionalActivity(models.Model):
    """An event that members of a group organise in their region.

    Shown on the group page and in the knowledge base's agenda to whoever the
    policy lets see it (``permissions.can_see_regional_activity``); members
    register for it through the knowledge app's registrations, as for events
    (it imports peergroups, not the reverse).
    """

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="regional_activities")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("date and time"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=200)
    capacity = models.PositiveIntegerField(
        _("number of places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. When it is full, people join a waiting list."),
    )
    province = models.CharField(_("province or region"), max_length=20, choices=Province.choices, blank=True)
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("regional activity")
        verbose_name_plural = _("regional activities")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end lies before the start.")})
