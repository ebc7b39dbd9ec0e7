"""Rebuild the search index without downtime, or compare database and index counts."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search import registry
from search.backends import get_index
from search.indexing import apply_rows
from search.models import IndexOutbox


class Command(BaseCommand):
    help = "Build a new index with the bulk helper, swap the alias atomically, drop the old index."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Compare database and index counts per kind.")
        parser.add_argument("--kind", action="append", help="Only these kinds (default: all).")

    def handle(self, *args, check=False, kind=None, **options):
        kinds = registry.kinds()
        if kind:
            unknown = set(kind) - set(kinds)
            if unknown:
                raise CommandError(f"Unknown kinds: {', '.join(sorted(unknown))}")
            kinds = {k: kinds[k] for k in kind}
        index = get_index()
        if check:
            return self.compare(index, kinds)
        started_at = timezone.now()
        started = time.monotonic()

        def progress(name, done):
            self.stdout.write(f"  {name}: {done} documents")

        self.stdout.write(f"Rebuilding the search index ({type(index).__name__})…")
        name, total = index.rebuild(kinds, progress)
        # Changes committed while the new index was filling: apply them to it too.
        changed = list(IndexOutbox.objects.filter(created_at__gte=started_at))
        if changed:
            apply_rows(changed, index=index)
        elapsed = time.monotonic() - started
        rate = total / elapsed if elapsed else 0
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {total} documents into {name} in {elapsed:.1f} s ({rate:.0f} documents/s).")
        )

    def compare(self, index, kinds):
        indexed = index.counts_by_kind()
        problems = 0
        for name, kind in kinds.items():
            expected = sum(1 for _ in kind.documents())
            actual = indexed.get(name, 0)
            mark = "ok" if expected == actual else "DIFFERS"
            problems += expected != actual
            self.stdout.write(f"  {name:24} database {expected:7}  index {actual:7}  {mark}")
        if problems:
            raise CommandError(f"{problems} kind(s) differ; run search_reindex.")
        self.stdout.write(self.style.SUCCESS("Database and index agree."))
