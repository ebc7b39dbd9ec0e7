"""Incremental index updates through a durable outbox.

Actions call ``schedule(kind, object_id)`` inside their transaction: an outbox
row is written with the change (so it commits or rolls back with it), and a
task to process the outbox is enqueued on commit. Processing builds each
document from the database as it is *now* (so the latest state wins, and an
object that disappeared or became private is deleted from the index). When the
backend is down, rows stay with their error and are replayed by the next run —
the next write's task, ``manage.py search_process_outbox``, or the worker loop.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import registry, wagtail_search
from .backends import get_index
from .models import IndexOutbox

log = logging.getLogger(__name__)

#: Processed rows are kept this long so a rebuild can re-apply what changed during it.
KEEP_PROCESSED = dt.timedelta(hours=24)


def schedule(kind: str, object_id) -> None:
    """Register an index update for one object; call inside the writing transaction."""
    if kind not in registry.kinds():
        raise ValueError(f"Unknown search kind {kind!r}")
    IndexOutbox.objects.create(kind=kind, object_id=str(object_id))
    transaction.on_commit(lambda: process_outbox_task.enqueue())


def schedule_many(kind: str, object_ids) -> None:
    ids = [str(i) for i in object_ids]
    if not ids:
        return
    IndexOutbox.objects.bulk_create([IndexOutbox(kind=kind, object_id=i) for i in ids], batch_size=1000)
    transaction.on_commit(lambda: process_outbox_task.enqueue())


def schedule_space_dependants(space_id: int) -> None:
    """A space's visibility changed, or it is being deleted: re-index every document of every
    kind that takes its audience from it (``IndexedKind.depends_on_space``), whichever app owns
    it. Call inside the writing transaction; for a deletion before the rows go (``pre_delete``),
    so the ids are known and processing finds them gone and deletes their documents."""
    for name, kind in registry.space_dependants().items():
        assert kind.depends_on_space is not None
        schedule_many(name, kind.depends_on_space(space_id).values_list("pk", flat=True))


def _pending(limit: int):
    queryset = IndexOutbox.objects.filter(processed_at__isnull=True).order_by("id")
    if db_connection.features.has_select_for_update_skip_locked:
        queryset = queryset.select_for_update(skip_locked=True)
    return list(queryset[:limit])


def apply_rows(rows, *, index=None, target: str | None = None) -> None:
    """Bring the index up to date for these outbox rows (latest state wins)."""
    index = index or get_index()
    kinds = registry.kinds()
    wanted: dict[tuple[str, str], None] = {(r.kind, r.object_id): None for r in rows}
    upserts, deletes = [], []
    by_kind: dict[str, list[str]] = {}
    for kind_name, object_id in wanted:
        by_kind.setdefault(kind_name, []).append(object_id)
    for kind_name, ids in by_kind.items():
        kind = kinds.get(kind_name)
        if kind is None:
            continue
        found = {str(obj.pk): obj for obj in kind.queryset().filter(pk__in=ids)}
        for object_id in ids:
            obj = found.get(object_id)
            document = kind.document(obj) if obj is not None else None
            if document is None:
                deletes.append(f"{kind_name}:{object_id}")
            else:
                upserts.append(document)
    if upserts:
        index.upsert(upserts, index=target)
    if deletes:
        index.delete(deletes, index=target)


def process_outbox(batch_size: int = 500) -> int:
    """Process pending outbox rows; returns how many were applied. Never raises on backend errors."""
    applied = 0
    while True:
        with transaction.atomic():
            rows = _pending(batch_size)
            if not rows:
                break
            try:
                apply_rows([r for r in rows if r.kind != wagtail_search.WAGTAIL_KIND])
                wagtail_search.replay([r.object_id for r in rows if r.kind == wagtail_search.WAGTAIL_KIND])
            except Exception as exc:  # backend down or refusing: keep the rows for a replay
                log.warning("search outbox: %s rows kept for retry: %s", len(rows), exc)
                IndexOutbox.objects.filter(pk__in=[r.pk for r in rows]).update(
                    attempts=F("attempts") + 1, last_error=f"{type(exc).__name__}: {exc}"[:2000]
                )
                return applied
            IndexOutbox.objects.filter(pk__in=[r.pk for r in rows]).update(processed_at=timezone.now(), last_error="")
            applied += len(rows)
    IndexOutbox.objects.filter(processed_at__lt=timezone.now() - KEEP_PROCESSED).delete()
    return applied


def pending_count() -> int:
    return IndexOutbox.objects.filter(processed_at__isnull=True).count()


@task()
def process_outbox_task() -> int:
    return process_outbox()
