"""Where documents are written: Elasticsearch, or the database fallback.

Both expose the same small interface used by the indexer and the rebuild:
``upsert(documents)``, ``delete(doc_ids)``, ``rebuild(kinds, progress)``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from elasticsearch.helpers import streaming_bulk

from . import analysis, connection, registry
from .documents import ContentDocument, alias_name
from .models import SearchEntry

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]
#: Seconds one bulk request of a rebuild may take (searches keep SEARCH_TIMEOUT).
BULK_TIMEOUT = 120
#: Indices this process has seen with every field of ``ContentDocument`` mapped.
_mapped: set[str] = set()


class ElasticsearchIndex:
    """Versioned indices behind an alias; searches always go to the alias."""

    def __init__(self):
        self.client = connection.get_client()
        self.alias = alias_name()

    # --- index management ------------------------------------------------------
    def _create_index(self, name: str) -> None:
        body = {"settings": analysis.index_settings(), "mappings": ContentDocument._doc_type.mapping.to_dict()}
        self.client.indices.create(index=name, **body)

    def current_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias).keys())

    def ensure(self) -> None:
        """Create a first index behind the alias if there is none (idempotent), and give an
        index made before a field was added to ``ContentDocument`` that field's mapping."""
        current = self.current_indices()
        if not current:
            name = f"{self.alias}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"
            self._create_index(name)
            self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": self.alias}}])
            _mapped.add(name)
            return
        for name in current:
            if name not in _mapped:
                self._map_missing_fields(name)
                _mapped.add(name)

    def _map_missing_fields(self, name: str) -> None:
        """Added fields get their analysed mapping before a document carries them (else
        Elasticsearch would guess one: standard analysis, no Dutch stemming). Adding fields
        to a mapping is allowed on a live index; the documents written before it get the
        new fields' text with the next ``search_reindex``."""
        wanted = ContentDocument._doc_type.mapping.to_dict()["properties"]
        found = self.client.indices.get_mapping(index=name).body[name]["mappings"].get("properties", {})
        missing = {field: mapping for field, mapping in wanted.items() if field not in found}
        if missing:
            self.client.indices.put_mapping(index=name, properties=missing)
            log.warning(
                "search index %s: mapped new fields %s; run search_reindex to fill them for existing documents",
                name,
                ", ".join(sorted(missing)),
            )

    # --- writes ------------------------------------------------------------------
    def _actions(self, documents: Iterable[registry.SearchDocument], index: str):
        for document in documents:
            yield {"_op_type": "index", "_index": index, "_id": document.doc_id, "_source": document.as_source()}

    def upsert(self, documents: Iterable[registry.SearchDocument], *, index: str | None = None, refresh=False) -> int:
        self.ensure()
        count = 0
        for ok, _item in streaming_bulk(
            self.client,
            self._actions(documents, index or self.alias),
            chunk_size=1000,
            raise_on_error=True,
            refresh="wait_for" if refresh else False,
        ):
            count += 1 if ok else 0
        return count

    def delete(self, doc_ids: Iterable[str], *, index: str | None = None, refresh=False) -> None:
        self.ensure()
        actions = ({"_op_type": "delete", "_index": index or self.alias, "_id": i} for i in doc_ids)
        for _ok, _item in streaming_bulk(
            self.client,
            actions,
            raise_on_error=False,
            raise_on_exception=True,
            refresh="wait_for" if refresh else False,
        ):
            pass  # a 404 on delete is fine: it was not indexed

    def refresh(self) -> None:
        self.client.indices.refresh(index=self.alias)

    # --- zero-downtime rebuild ----------------------------------------------------
    def rebuild(self, kinds: dict[str, registry.IndexedKind], progress: Progress | None = None) -> tuple[str, int]:
        """Fill a new index, then move the alias atomically and drop the old ones.

        Searches keep answering from the old index until the alias moves.
        """
        new = f"{self.alias}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"
        # Bulk requests may take longer than a search's timeout on a busy server.
        bulk_client = self.client.options(request_timeout=BULK_TIMEOUT)
        self._create_index(new)
        _mapped.add(new)
        # Bulk load: no refreshes while filling.
        self.client.indices.put_settings(index=new, settings={"index": {"refresh_interval": "-1"}})
        total = 0
        try:
            for name, kind in kinds.items():
                done = 0
                for ok, _item in streaming_bulk(
                    bulk_client,
                    self._actions(kind.documents(), new),
                    chunk_size=2000,
                    max_chunk_bytes=20 * 1024 * 1024,
                ):
                    done += 1 if ok else 0
                    if progress and done % 5000 == 0:
                        progress(name, done)
                total += done
                if progress:
                    progress(name, done)
            self.client.indices.put_settings(index=new, settings={"index": {"refresh_interval": "1s"}})
            bulk_client.indices.refresh(index=new)
        except Exception:
            self.client.indices.delete(index=new, ignore_unavailable=True)
            raise
        old = self.current_indices()
        actions = [{"remove": {"index": name, "alias": self.alias}} for name in old]
        actions.append({"add": {"index": new, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        for name in old:
            self.client.indices.delete(index=name, ignore_unavailable=True)
        return new, total

    def counts_by_kind(self) -> dict[str, int]:
        self.ensure()
        response = self.client.search(
            index=self.alias, size=0, aggs={"kinds": {"terms": {"field": "kind", "size": 100}}}
        )
        return {b["key"]: b["doc_count"] for b in response["aggregations"]["kinds"]["buckets"]}


class DatabaseIndex:
    """The embedded default: documents in the SearchEntry table."""

    FIELDS = [f.name for f in SearchEntry._meta.get_fields() if f.name not in ("id",)]

    def ensure(self) -> None:
        pass

    def upsert(self, documents: Iterable[registry.SearchDocument], **_ignored) -> int:
        count = 0
        with transaction.atomic():
            for document in documents:
                source = document.as_source()
                values = {k: v for k, v in source.items() if k in self.FIELDS and k not in ("kind", "object_id")}
                values["title"] = values["title"][:500]
                # No columns of their own: the kind's names and the topics are found as body text.
                values["body"] = "\n".join(filter(None, [values["body"], *document.topics, *document.kind_words]))
                SearchEntry.objects.update_or_create(kind=document.kind, object_id=document.object_id, defaults=values)
                count += 1
        return count

    def delete(self, doc_ids: Iterable[str], **_ignored) -> None:
        for doc_id in doc_ids:
            kind, object_id = doc_id.split(":", 1)
            SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()

    def refresh(self) -> None:
        pass

    def rebuild(self, kinds: dict[str, registry.IndexedKind], progress: Progress | None = None) -> tuple[str, int]:
        total = 0
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            for name, kind in kinds.items():
                done = self.upsert(kind.documents())
                total += done
                if progress:
                    progress(name, done)
        return "database", total

    def counts_by_kind(self) -> dict[str, int]:
        from django.db.models import Count

        return dict(SearchEntry.objects.values_list("kind").annotate(n=Count("id")).values_list("kind", "n"))


def get_index():
    return ElasticsearchIndex() if connection.is_configured() else DatabaseIndex()
