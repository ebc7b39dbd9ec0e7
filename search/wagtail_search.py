"""Wagtail's own (admin) search on Elasticsearch, with its indices made before the first write.

Wagtail's Elasticsearch backend (django-modelsearch) only creates an index and its mapping in
``update_index``. Until somebody runs that, the first page saved is written into an index that
does not exist, so Elasticsearch creates one and *guesses* the mapping: ``pk`` becomes a text
field that is not stored, searches ask for the stored ``pk`` and every hit comes back without
``fields`` — ``/cms/pages/search/`` would answer 500 (``KeyError: 'fields'``). The same
holds after an index is lost (deleted, or Elasticsearch rebuilt empty).

Here the first write of a process into an index checks (one small request: the mapping of
``pk``) that the index behind the alias has Wagtail's mapping; once it has, the process remembers
that (``_ready``) and later writes go straight to Elasticsearch, so a page save costs no extra
request:

- no index at all: an empty index with the mapping of every model it holds is created behind
  the alias (cheap; a full ``update_index`` or the outbox replay fills the rest);
- an index with a guessed mapping: it is rebuilt from the database (atomic, behind the alias),
  which also replaces the guessed index.

``ensure_indices()`` runs the same check for every Wagtail index, always, whatever a process
remembers (the worker's periodic repair calls it): an index lost later (deleted, Elasticsearch
rebuilt empty) is repaired there within one replay interval, and meanwhile the results class reads
hits without stored fields.

Writes that fail (Elasticsearch down) are not only logged, as Wagtail does: they are kept in the
search outbox (kind ``wagtail``, object ``<app_label.model>:<pk>``) and replayed with it by the
worker (``replay``), so the admin index heals after an outage like the platform's own index.
"""

from __future__ import annotations

import contextlib
import logging

from django.apps import apps
from django.db import transaction
from elasticsearch import NotFoundError
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.index import get_indexed_instance, get_indexed_models

from .models import IndexOutbox

log = logging.getLogger(__name__)

CHUNK_SIZE = 500
#: Indices this process has seen with Wagtail's mapping: their writes need no check (see above).
_ready: set[str] = set()
#: The outbox kind of Wagtail's index updates.
WAGTAIL_KIND = "wagtail"


class PlatformElasticsearchIndex(Elasticsearch8Index):
    def models(self) -> list:
        return [m for m in get_indexed_models() if self.backend.get_index_for_model(m).name == self.name]

    def state(self) -> str:
        """``ok`` (Wagtail's mapping), ``missing`` or ``guessed`` (made by Elasticsearch on a write)."""
        try:
            found = self.es.indices.get_field_mapping(index=self.name, fields="pk")
        except NotFoundError:
            return "missing"
        for index in found.body.values():
            pk = index.get("mappings", {}).get("pk", {}).get("mapping", {}).get("pk", {})
            if not pk.get("store"):
                return "guessed"
        return "ok" if found.body else "missing"

    def ensure(self, *, fill_missing: bool = False) -> str:
        """Make sure the index can answer Wagtail's searches; returns what was found.

        A missing index is created empty on the write path (cheap), or rebuilt from the database
        with ``fill_missing`` (the worker's repair: what was saved before is found too).
        """
        state = self.state()
        if state == "missing" and fill_missing:
            log.warning("Wagtail search index %s is missing: building it from the database", self.name)
            self.rebuild()
        elif state == "missing":
            log.warning("Wagtail search index %s is missing: creating it with its mapping", self.name)
            self.create_empty()
        elif state == "guessed":
            log.warning("Wagtail search index %s has a guessed mapping: rebuilding it", self.name)
            self.rebuild()
        _ready.add(self.name)
        return state

    def _ensure_before_writing(self) -> None:
        if self.name not in _ready and self.models():  # the alias, not a new index being filled
            self.ensure()

    def create_empty(self) -> None:
        rebuilder = self.backend.atomic_rebuilder_class(self)
        new = rebuilder.start()
        for model in self.models():
            new.add_model(model)
        rebuilder.finish()

    def rebuild(self) -> int:
        """Atomic rebuild from the database, as ``update_index`` does for one index."""
        rebuilder = self.backend.atomic_rebuilder_class(self)
        new = rebuilder.start()
        models = self.models()
        for model in models:
            new.add_model(model)
        count = 0
        with transaction.atomic():
            for model in models:
                items = list(model.get_indexed_objects().order_by("pk"))
                for start in range(0, len(items), CHUNK_SIZE):
                    new.add_items(model, items[start : start + CHUNK_SIZE])
                    count += len(items[start : start + CHUNK_SIZE])
        rebuilder.finish()
        return count

    def add_item(self, item):
        self._ensure_before_writing()
        super().add_item(item)

    def add_items(self, model, items):
        self._ensure_before_writing()
        super().add_items(model, items)


class PlatformElasticsearchSearchResults(Elasticsearch8SearchResults):
    def _get_results_from_hits(self, hits):
        # A guessed index (before its repair) does not store ``pk``; the document id is the pk.
        for hit in hits:
            if "fields" not in hit:
                hit["fields"] = {"pk": [hit["_id"]]}
        return super()._get_results_from_hits(hits)


class PlatformElasticsearchSearchBackend(Elasticsearch8SearchBackend):
    index_class = PlatformElasticsearchIndex
    results_class = PlatformElasticsearchSearchResults

    def add(self, obj):
        try:
            super().add(obj)
        except Exception as exc:  # Elasticsearch down or refusing: keep it for the replay
            keep(obj, exc)

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception as exc:
            keep(obj, exc)

    def indices(self) -> list[PlatformElasticsearchIndex]:
        names: dict[str, PlatformElasticsearchIndex] = {}
        for model in get_indexed_models():
            index = self.get_index_for_model(model)
            names.setdefault(index.name, index)
        return list(names.values())


SearchBackend = PlatformElasticsearchSearchBackend


def ensure_indices() -> dict[str, str]:
    """Check (and repair) every Wagtail index of every Elasticsearch backend: {index: state found}."""
    from modelsearch.backends import get_search_backends

    found = {}
    for backend in get_search_backends():
        if isinstance(backend, PlatformElasticsearchSearchBackend):
            for index in backend.indices():
                found[index.name] = index.ensure(fill_missing=True)
    return found


def outbox_key(obj) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}"


def keep(obj, exc: Exception) -> None:
    log.warning("Wagtail search: %s kept in the outbox for a replay: %s", outbox_key(obj), exc)
    IndexOutbox.objects.create(
        kind=WAGTAIL_KIND, object_id=outbox_key(obj), attempts=1, last_error=f"{type(exc).__name__}: {exc}"[:2000]
    )


def replay(keys) -> None:
    """Bring Wagtail's index up to date for these outbox keys (latest state wins); raises on failure."""
    from modelsearch.backends import get_search_backends

    backends = [
        b for b in get_search_backends(with_auto_update=True) if isinstance(b, PlatformElasticsearchSearchBackend)
    ]
    for key in dict.fromkeys(keys):
        label, pk = key.rsplit(":", 1)
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        obj = model._default_manager.filter(pk=pk).first()
        indexed = get_indexed_instance(obj) if obj is not None else None
        for backend in backends:
            index = backend.get_index_for_model(model)
            if indexed is not None:
                index.add_item(indexed)
            else:
                with contextlib.suppress(NotFoundError):
                    index.es.delete(index=index.name, id=str(pk))
