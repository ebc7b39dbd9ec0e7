"""The index outbox and the database fallback index."""

from django.db import models


class IndexOutbox(models.Model):
    """A pending index update, written in the same transaction as the change.

    Rows stay until the update reached the backend, so an update that fails
    because Elasticsearch is down is replayed when it is back — nothing lost.
    Processed rows are kept for a while (``processed_at``) so that a reindex
    can re-apply changes that happened while it was building.
    """

    kind = models.CharField(max_length=50)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    processed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["processed_at", "id"], name="search_outbox_pending")]

    def __str__(self):
        return f"{self.kind}:{self.object_id}"


class SearchEntry(models.Model):
    """One searchable document in the database fallback (embedded default)."""

    kind = models.CharField(max_length=50, db_index=True)
    object_id = models.CharField(max_length=64)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    themes = models.JSONField(default=list)
    government_layer = models.CharField(max_length=30, blank=True)
    organisation_type = models.CharField(max_length=40, blank=True)
    province = models.CharField(max_length=30, blank=True)
    year = models.IntegerField(null=True, blank=True)
    status = models.CharField(max_length=30, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    audience = models.CharField(max_length=10, db_index=True)
    space_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    hidden = models.BooleanField(default=False)
    boost = models.FloatField(default=1.0)
    info = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")]

    def __str__(self):
        return self.title
