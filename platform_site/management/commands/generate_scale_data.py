"""Generate benchmark data at a given size, deterministically, on top of the demo content.

    manage.py generate_scale_data --size small|medium|large [--seed N] [--reset]

Loads the demo content first (so every bench path exists), then delegates to
one generator module per app, in the order of the dependency floors:
``peergroups.demo.scale_data`` (organisations, members, groups), ``knowledge.scale_data``
(knowledge pages), ``resultancy.scale_data`` (issues and teams), and
``peergroups.demo.scale_data`` again for threads and replies in every space. All
generation runs in one transaction with COPY/bulk inserts — no model saves,
no signals, no search outbox rows — and the search index is rebuilt once at
the end (``search_reindex``).

Idempotence: the command refuses to run when generated data exists, unless
``--reset`` is given (which first deletes the generated data; the demo stays).
On success the database gets a marker — ``COMMENT ON DATABASE`` with the
size, seed and fingerprint — that ``bench/`` reads to skip regeneration
(:func:`read_marker`).

Sizes (``tiny`` is for tests): see ``SIZES``. ``small`` is about ten times the
demo; ``medium`` is 1,000 organisations, 10,000 members, 500 groups, 20,000
threads, 200,000 replies, 5,000 knowledge pages; ``large`` is medium × 5.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings

from knowledge import scale_data as knowledge_scale
from peergroups.caching import versions
from peergroups.demo import scale_data as peergroups_scale
from resultancy import scale_data as resultancy_scale
from search.models import IndexOutbox


@dataclass(frozen=True)
class Size:
    organisations: int
    members: int
    peer_groups: int
    working_groups: int
    teams: int
    threads: int
    replies: int
    pages: int
    open_issues: int

    @property
    def groups(self) -> int:
        return self.peer_groups + self.working_groups + self.teams


SIZES = {
    "tiny": Size(12, 60, 4, 3, 2, 40, 300, 10, 3),
    "small": Size(100, 1_000, 22, 18, 10, 2_000, 20_000, 500, 20),
    "medium": Size(1_000, 10_000, 225, 175, 100, 20_000, 200_000, 5_000, 150),
    "large": Size(5_000, 50_000, 1_125, 875, 500, 100_000, 1_000_000, 25_000, 750),
}
DEFAULT_SEED = 20260101


def read_marker() -> dict | None:
    """The marker written after a successful generation, or None."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()"
        )
        row = cursor.fetchone()
    try:
        return json.loads(row[0]) if row and row[0] else None
    except ValueError:
        return None


def _write_marker(value: dict | None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database()")
        name = cursor.fetchone()[0].replace('"', '""')
        literal = "NULL" if value is None else "'" + json.dumps(value).replace("'", "''") + "'"
        cursor.execute(f'COMMENT ON DATABASE "{name}" IS {literal}')


FINGERPRINT_QUERIES = [
    # Generated people, organisations, groups, memberships (natural keys, never database ids).
    """SELECT string_agg(concat_ws('|', u.email, u.first_name, u.last_name, p.status, o.slug), ',' ORDER BY u.email)
       FROM peergroups_user u JOIN peergroups_memberprofile p ON p.user_id = u.id
       LEFT JOIN peergroups_organisation o ON o.id = p.organisation_id WHERE u.email LIKE %(mark)s""",
    """SELECT string_agg(concat_ws('|', s.slug, s.kind, s.visibility, s.content_public,
              (SELECT count(*) FROM peergroups_membership m WHERE m.space_id = s.id)), ',' ORDER BY s.slug)
       FROM peergroups_space s""",
    # Threads and replies, with the tree (parent and root by their creation time).
    """SELECT string_agg(concat_ws('|', s.slug, t.kind, t.title, md5(t.body), u.email, t.is_anonymous, t.hidden,
              t.status, t.reply_count, t.created_at, ar.created_at), ',' ORDER BY t.created_at, t.title)
       FROM peergroups_thread t JOIN peergroups_space s ON s.id = t.space_id
       JOIN peergroups_user u ON u.id = t.author_id LEFT JOIN peergroups_reply ar ON ar.id = t.accepted_reply_id""",
    """SELECT md5(string_agg(concat_ws('|', t.created_at, r.created_at, r.depth, md5(r.body), u.email,
              r.is_anonymous, r.hidden, pr.created_at, rr.created_at,
              (SELECT count(*) FROM peergroups_vote v WHERE v.reply_id = r.id)), ',' ORDER BY r.created_at, r.body))
       FROM peergroups_reply r JOIN peergroups_thread t ON t.id = r.thread_id
       JOIN peergroups_user u ON u.id = r.author_id
       LEFT JOIN peergroups_reply pr ON pr.id = r.parent_id LEFT JOIN peergroups_reply rr ON rr.id = r.root_id""",
    """SELECT string_agg(concat_ws('|', p.slug, p.title, p.depth, md5(b.summary)), ',' ORDER BY p.path)
       FROM wagtailcore_page p JOIN knowledge_bestpracticepage b ON b.page_ptr_id = p.id""",
    """SELECT string_agg(concat_ws('|', i.title, i.status, md5(i.problem),
              (SELECT count(*) FROM resultancy_endorsement e WHERE e.issue_id = i.id)), ',' ORDER BY i.created_at)
       FROM resultancy_strategicissue i""",
]


def fingerprint() -> str:
    """A hash of the generated content by natural keys: equal for the same seed and size."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for sql in FINGERPRINT_QUERIES:
            cursor.execute(sql, {"mark": f"%{peergroups_scale.MARK_DOMAIN}"})
            digest.update((cursor.fetchone()[0] or "").encode())
    return digest.hexdigest()[:16]


class Command(BaseCommand):
    help = "Generate deterministic benchmark data (tiny|small|medium|large) on top of the demo content."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=list(SIZES), required=True)
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument("--reset", action="store_true", help="Delete earlier generated data first.")
        parser.add_argument("--no-reindex", action="store_true", help="Skip the search rebuild at the end.")

    def log(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, size, seed, reset=False, no_reindex=False, **options):
        spec = SIZES[size]
        started = time.monotonic()
        timings: dict[str, float] = {}

        def phase(name, function, *fargs, **fkwargs):
            self.log(f"[{name}]")
            t0 = time.monotonic()
            result = function(*fargs, **fkwargs)
            timings[name] = round(time.monotonic() - t0, 1)
            self.log(f"  … {timings[name]} s")
            return result

        if peergroups_scale.exists():
            if not reset:
                raise CommandError(
                    f"Generated data exists already ({read_marker() or 'no marker: an interrupted run?'}). "
                    "Use --reset to replace it, or drop the database."
                )
            with transaction.atomic():
                phase("remove earlier data", self._remove)
        _write_marker(None)
        # The demo first (idempotent): every bench path exists at every size. Its e-mails stay in memory.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
            contextlib.redirect_stdout(io.StringIO()),
        ):
            phase("demo content", call_command, "load_demo", verbosity=0, stdout=io.StringIO())
        outbox_before = IndexOutbox.objects.count()
        rng = random.Random(seed)
        with transaction.atomic():
            people = phase(
                "organisations and members",
                peergroups_scale.generate_people,
                rng,
                organisations=spec.organisations,
                members=spec.members,
                log=self.log,
            )
            spaces = phase(
                "groups and memberships",
                peergroups_scale.generate_groups,
                rng,
                people,
                kinds={
                    "peer_group": spec.peer_groups,
                    "working_group": spec.working_groups,
                    "resultancy_team": spec.teams,
                },
                log=self.log,
            )
            phase("knowledge pages", knowledge_scale.generate, seed, pages=spec.pages, log=self.log)
            phase(
                "strategic issues and teams",
                resultancy_scale.generate,
                rng,
                people,
                [s for s in spaces if s.kind == "resultancy_team"],
                open_issues=spec.open_issues,
                log=self.log,
            )
            phase(
                "threads and replies",
                peergroups_scale.generate_threads,
                rng,
                people,
                threads=spec.threads,
                replies=spec.replies,
                log=self.log,
            )
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        # Rows were written with COPY (no signals): the per-user permission and unread-count caches are stale.
        versions.bump_all_permissions()
        queued = IndexOutbox.objects.count() - outbox_before
        self.log(f"search outbox rows written by the generation: {queued}")
        if not no_reindex:
            phase("search reindex", self._reindex)
        print_ = fingerprint()
        total = round(time.monotonic() - started, 1)
        _write_marker({"size": size, "seed": seed, "fingerprint": print_, "seconds": total, "phases": timings})
        self.log(self.style.SUCCESS(f"Generated size {size} (seed {seed}) in {total} s; fingerprint {print_}."))

    def _reindex(self):
        """One bulk rebuild; bulk requests of a large index get a longer timeout than searches do."""
        from search import connection as search_connection

        with override_settings(SEARCH_TIMEOUT=max(60.0, settings.SEARCH_TIMEOUT)):
            search_connection.reset()
            try:
                call_command("search_reindex", stdout=io.StringIO())
            finally:
                search_connection.reset()

    def _remove(self):
        resultancy_scale.remove(self.log)
        removed = knowledge_scale.remove_generated_cases()
        self.log(f"  removed {removed} generated knowledge pages")
        peergroups_scale.remove(self.log)
