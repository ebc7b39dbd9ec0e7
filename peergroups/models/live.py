"""Live discussion: the per-stream event log and group-room messages.

Every live change is written as a ``LiveEvent`` in the same transaction as the
change itself, with a sequence number that is gap-free per stream
(``LiveStream.last_seq``, bumped under a row lock). Sockets publish it after
commit; a client that missed something catches up from this table.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from peergroups.core.limits import ROOM_MESSAGE_MAX

from .spaces import Space
from .threads import Thread


class LiveStream(models.Model):
    """The sequence counter of one stream ("thread:12", "room:5", "user:7")."""

    name = models.CharField(max_length=60, unique=True)
    last_seq = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name} @ {self.last_seq}"


class LiveEvent(models.Model):
    stream = models.CharField(max_length=60)
    seq = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=40)
    object_id = models.BigIntegerField(null=True, blank=True)
    #: The event exactly as sent on the wire (``type``, ``stream``, ``seq``, ``kind``, …).
    payload = models.JSONField(default=dict)
    #: What the payload shows, by kind and id (``{"thread": 12, "reply": 34}``): every path that
    #: replays the event asks the policy about these for its reader (``live.replay``).
    sources = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["stream", "seq"]
        constraints = [models.UniqueConstraint(fields=["stream", "seq"], name="live_event_seq_per_stream")]
        indexes = [
            models.Index(fields=["stream", "object_id"], name="live_event_object"),
            models.Index(fields=["created_at"], name="live_event_created"),
        ]

    def __str__(self):
        return f"{self.stream}#{self.seq} {self.kind}"


class RoomMessage(models.Model):
    """A message in the live room of a group: stored, so history loads and clients catch up."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="room_messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="room_messages")
    body = models.TextField(_("message"), max_length=ROOM_MESSAGE_MAX)
    body_html = models.TextField(blank=True, editable=False)
    #: Chosen by the sending client: a resent message (after a reconnect) is stored once.
    client_id = models.UUIDField(null=True, blank=True)
    hidden = models.BooleanField(_("hidden"), default=False)
    #: Set when the conversation was turned into a thread.
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("room message")
        verbose_name_plural = _("room messages")
        constraints = [
            models.UniqueConstraint(
                fields=["author", "client_id"],
                condition=models.Q(client_id__isnull=False),
                name="room_message_once_per_client_id",
            )
        ]
        indexes = [models.Index(fields=["space", "created_at"], name="room_message_space")]

    def __str__(self):
        return f"room message {self.pk} in {self.space_id}"

    def get_absolute_url(self):
        return reverse("peergroups:room", args=[self.space.slug]) + f"#bericht-{self.pk}"
