"""Search at scale: bulk reindex throughput, query latency (service and page), freshness.

Usage: .venv/bin/python bench/search_bench.py [--documents 100000] [--requests 800] [--skip-reindex]

1. Generates learning questions (realistic Dutch sentences from the seeds' vocabulary, spread over
   the demo organisations, themes and statuses) in the bench database with bulk inserts, until the
   index holds at least ``--documents`` documents in all.
2. Rebuilds the index with ``search_reindex`` (bulk helper, new index, alias swap) and reports
   documents/second.
3. The search service alone: 16 processes (forked from this one, each with its own Elasticsearch
   client) call ``search.service.search`` in a closed loop under a member's permission scope, with
   and without facets: one repeated query (Elasticsearch's shard request cache warm), a realistic
   mix (queries as people type them, popular ones repeating; ``bench/search_queries.py``) and a
   different query each time (every request computed). Each row starts with the request cache
   cleared, and is run once more by a single caller.
4. The whole search page: starts the production-like server and measures /zoeken/ plain and with
   facets at 16 concurrent connections (hey) — HTTP, middleware, session, scope, template.
5. Freshness: with a real ``db_worker`` consuming the task queue, saves learning questions through
   the action and measures the time from commit until the search service finds them.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness, search_queries  # noqa: E402

WORDS = (  # noqa: SIM905 - a readable word list (the text of the learning questions generated here)
    "klanttevredenheidsonderzoek benchmark dienstverlening burgers ondernemers kwaliteitshandvest servicenormen "
    "integriteit dilemma leiderschap lerend vermogen transparantie verantwoording klantcontactcentrum "
    "samenwerking gemeenten uitvoering werkgeverschap veerkracht openheid netwerksamenwerking kennisdeling "
    "innovatie mystery guest keurmerk zelfevaluatie verbeterplan wachttijden bereikbaarheid digitale "
    "loketten regionale samenwerking bedrijfsvoering inkoop huisvesting informatievoorziening privacy "
    "werkdruk controletoren vertrouwen medewerkers teams resultaten doelen prestatie-indicatoren"
).split()
#: The repeated rows: one query that finds documents (the faceted one: local best practices).
PLAIN_TEXT = "servicenormen wachttijden"
FACET_TEXT = "klanttevredenheid"
FACET_FILTERS = {"kind": ["best_practice"], "government_layer": ["lokaal"]}
FACET_QUERY = "/zoeken/?q=klanttevredenheid&kind=best_practice&government_layer=lokaal"
PLAIN_QUERY = "/zoeken/?q=servicenormen+wachttijden"
CONCURRENCY = 16
GENERATED_MARK = "[bench]"
MEMBER = "secretaris@leerplatform.example"  # member of a working group


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate(target: int) -> int:
    from peergroups.models import LearningQuestion, Organisation, Theme
    from search import registry

    current = sum(kind.queryset().count() for kind in registry.kinds().values())
    missing = max(0, target - current)
    if not missing:
        return current
    rng = random.Random(20261122)
    organisations = list(Organisation.objects.values_list("pk", flat=True))
    themes = list(Theme.objects.values_list("pk", flat=True))
    through = LearningQuestion.themes.through
    batch = 5000
    while missing > 0:
        size = min(batch, missing)
        questions = LearningQuestion.objects.bulk_create(
            [
                LearningQuestion(
                    organisation_id=rng.choice(organisations),
                    title=f"{sentence(rng, rng.randint(5, 9))[:-1]}? {GENERATED_MARK}",
                    body=" ".join(sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(2, 5))),
                    status=rng.choice(["open", "open", "answered"]),
                )
                for _ in range(size)
            ]
        )
        through.objects.bulk_create(
            [through(learningquestion_id=q.pk, theme_id=rng.choice(themes)) for q in questions]
        )
        missing -= size
        print(f"  {missing} still to generate")
    return sum(kind.queryset().count() for kind in registry.kinds().values())


def reindex() -> dict:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    started = time.monotonic()
    call_command("search_reindex", stdout=out)
    elapsed = time.monotonic() - started
    counts = __import__("search.backends", fromlist=["get_index"]).get_index().counts_by_kind()
    total = sum(counts.values())
    return {"documents": total, "seconds": round(elapsed, 1), "docs_per_s": round(total / elapsed)}


def _service_caller(worker: int, plan: list[tuple[str, dict]], scope, barrier, queue) -> None:
    """One of the concurrent callers (a forked process with its own client connection)."""
    from search import connection, service

    connection.reset()  # never share the parent's sockets across a fork
    service.search(service.SearchParams(text="warm"), scope)
    barrier.wait()
    times = []
    for text, filters in plan:
        started = time.perf_counter()
        results = service.search(service.SearchParams(text=text, filters=filters), scope)
        times.append((time.perf_counter() - started) * 1000)
        if results.unavailable:
            times[-1] = float("inf")
    queue.put(times)


#: The latency rows: (label, faceted?, how the queries are chosen).
SERVICE_ROWS = [
    ("plain, one repeated query", False, "repeated"),
    ("two facet filters, one repeated query", True, "repeated"),
    ("plain, realistic mix", False, "realistic"),
    ("two facet filters, realistic mix", True, "realistic"),
    ("plain, every query different (cache cold)", False, "distinct"),
    ("two facet filters, every query different (cache cold)", True, "distinct"),
]


def query_plan(*, faceted: bool, mix: str, requests: int, scope) -> list[tuple[str, dict]]:
    """The (text, filters) of each request, in order (see bench/search_queries.py)."""
    if mix == "repeated":
        return [(FACET_TEXT, FACET_FILTERS) if faceted else (PLAIN_TEXT, {})] * requests
    seed = 11 if faceted else 7
    texts = search_queries.realistic(seed, requests) if mix == "realistic" else search_queries.distinct(seed, requests)
    if not faceted:
        return [(text, {}) for text in texts]
    rng = random.Random(seed)
    chosen = {text: facet_clicks(text, scope, rng) for text in dict.fromkeys(texts)}
    return [(text, chosen[text]) for text in texts]


def facet_clicks(text: str, scope, rng: random.Random) -> dict:
    """Two facet values a person would click after searching ``text``: a content type from the
    facets shown next to the results, then a value of one more facet shown after that (computed
    before the timed run). A query without results keeps a common pair (it finds nothing either way)."""
    from search import service

    def shown(filters: dict, name: str) -> list[str]:
        results = service.search(service.SearchParams(text=text, filters=filters), scope)
        return [value.value for value in results.facets.get(name, [])[:5] if value.value and not value.selected]

    kinds = shown({}, "kind")
    if not kinds:
        return dict(FACET_FILTERS)
    filters = {"kind": [rng.choice(kinds[:3])]}
    for name in rng.sample(["themes", "government_layer", "year", "status", "province"], 5):
        values = shown(filters, name)
        if values:
            return {**filters, name: [rng.choice(values)]}
    return filters


def service_load(*, plan: list[tuple[str, dict]], scope, concurrency: int = CONCURRENCY) -> dict:
    """p50/p95/p99 of ``search.service.search`` at ``concurrency`` concurrent callers.

    Elasticsearch's request cache is cleared first; the callers take the plan's requests
    in turn (request i goes to caller i mod concurrency).
    """
    import multiprocessing

    from search import connection
    from search.documents import alias_name

    connection.get_client().indices.clear_cache(index=alias_name(), request=True)
    plans = [plan[i::concurrency] for i in range(concurrency)]
    from django.db import connections

    connections.close_all()  # each forked caller opens its own database connection (facet labels)
    context = multiprocessing.get_context("fork")
    barrier, queue = context.Barrier(concurrency + 1), context.Queue()
    workers = [
        context.Process(target=_service_caller, args=(i, part, scope, barrier, queue))
        for i, part in enumerate(plans)
    ]
    for process in workers:
        process.start()
    barrier.wait()
    started = time.monotonic()
    times = []
    for _ in workers:
        times += queue.get(timeout=300)
    elapsed = time.monotonic() - started
    for process in workers:
        process.join(timeout=30)
    finite = [t for t in times if t != float("inf")]
    return {
        "requests": len(times), "concurrency": concurrency, "rps": round(len(finite) / elapsed, 1),
        "p50_ms": round(harness.percentile(finite, 50), 1), "p95_ms": round(harness.percentile(finite, 95), 1),
        "p99_ms": round(harness.percentile(finite, 99), 1), "errors": len(times) - len(finite),
    }


def member_scope():
    """The permission scope of a demo member who belongs to groups (the usual search)."""
    from django.contrib.auth import get_user_model

    from search.scope import scope_for

    return scope_for(get_user_model().objects.get(email=MEMBER))


def freshness(samples: int = 10) -> dict:
    """Commit → searchable, with a real db_worker process consuming the task queue."""
    from django.db import transaction

    from peergroups.models import LearningQuestion, Organisation
    from search import indexing, service
    from search.scope import PUBLIC_SCOPE

    env = harness.production_env({"TASKS_IMMEDIATE": "false"})
    worker = subprocess.Popen(
        [str(harness.REPO / ".venv" / "bin" / "python"), "manage.py", "db_worker", "--interval", "0.1",
         "--no-startup-delay"],
        cwd=harness.REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.environ["TASKS_IMMEDIATE"] = "false"
    times = []
    try:
        time.sleep(2)
        organisation = Organisation.objects.first()
        for _ in range(samples):
            token = f"versheid{uuid.uuid4().hex[:10]}"
            with transaction.atomic():
                question = LearningQuestion.objects.create(organisation=organisation, title=f"Meting {token}")
                indexing.schedule("learning_question", question.pk)
            committed = time.monotonic()
            while True:
                if service.search(service.SearchParams(text=token), PUBLIC_SCOPE).total:
                    times.append(time.monotonic() - committed)
                    break
                if time.monotonic() - committed > 30:
                    times.append(float("inf"))
                    break
                time.sleep(0.05)
    finally:
        worker.terminate()
        worker.wait(timeout=10)
    finite = [t for t in times if t != float("inf")]
    return {
        "samples": samples,
        "lost": len(times) - len(finite),
        "p50_s": round(statistics.median(finite), 2) if finite else None,
        "max_s": round(max(finite), 2) if finite else None,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--skip-reindex", action="store_true", help="measure against the current index")
    args = parser.parse_args()
    # The tasks run on a real worker for the freshness part; in-process writes enqueue to the database.
    harness.setup_django({"TASKS_IMMEDIATE": "false"})
    from django.core.management import call_command

    call_command("load_demo", verbosity=0, no_index=True)  # indexed once, below
    total = generate(args.documents)
    print(f"database holds {total} searchable objects")
    if args.skip_reindex:
        call_command("search_process_outbox", verbosity=0)  # what load_demo changed, without a rebuild
        counts = __import__("search.backends", fromlist=["get_index"]).get_index().counts_by_kind()
        rebuild = {"documents": sum(counts.values()), "seconds": None, "docs_per_s": None}
    else:
        rebuild = reindex()
    print(f"reindex: {rebuild}")
    scope = member_scope()
    load_before = round(os.getloadavg()[0], 1)
    service_rows = []
    for label, faceted, mix in SERVICE_ROWS:
        plan = query_plan(faceted=faceted, mix=mix, requests=args.requests, scope=scope)
        result = service_load(plan=plan, scope=scope)
        alone = service_load(plan=plan[: max(50, args.requests // 4)], scope=scope, concurrency=1)
        row = {
            "query": label, **result, "repeats": round(100 * search_queries.repeat_share([t for t, _f in plan])),
            "single_p50_ms": alone["p50_ms"], "single_p95_ms": alone["p95_ms"],
        }
        service_rows.append(row)
        print(f"service {label}: {row}")
    page_rows = []
    with harness.production_server(workers=2) as base:
        for name, path in (("search page, plain", PLAIN_QUERY), ("search page, two facet filters", FACET_QUERY)):
            result = harness.load(base + path, requests=args.requests, concurrency=CONCURRENCY)
            page_rows.append({"query": name, "path": path, **result})
            print(f"{name}: {result}")
    load_after = round(os.getloadavg()[0], 1)
    fresh = freshness()
    print(f"freshness: {fresh}")
    columns = [("rps", "req/s"), ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("p99_ms", "p99 ms"), ("errors", "errors")]
    rebuild_line = (
        f"full rebuild (new index, bulk helper, alias swap) in {rebuild['seconds']} s = "
        f"**{rebuild['docs_per_s']} documents/s** (target ≥ 2,000)"
        if rebuild["seconds"] else "not rebuilt in this run (`--skip-reindex`)"
    )
    markdown = (
        f"Index: {rebuild['documents']} documents; {rebuild_line}.\n\n"
        f"**The search service** (`search.service.search`, a member's permission scope, facets, highlighting; "
        f"{CONCURRENCY} forked processes calling it in a closed loop, {args.requests} calls per row; target p95 ≤ "
        f"50 ms for a faceted query):\n\n"
        + harness.table(service_rows, [("query", "query"), *columns, ("repeats", "repeated queries %"),
                                       ("single_p50_ms", "1 caller p50 ms"), ("single_p95_ms", "1 caller p95 ms")])
        + "\n\nEach row starts with Elasticsearch's shard request cache cleared. The cache keeps the query "
        "phase (hits, total, facet counts) of a query until the index changes, so freshness is "
        "unaffected; a repeated query is answered from it. *Realistic mix*: queries as people type "
        "them, from the terms of the generated text (one or two terms, a term and a place, 7 % with a "
        "typo, 3 % a word that occurs nowhere), drawn with Zipf weights, so popular queries repeat "
        "(`bench/search_queries.py`); *every query different*: the same kinds of queries, none "
        "twice, so every request is computed. Faceted rows combine two facet values as a person clicks "
        "them: a content type shown next to the results of the query, then a value of another facet "
        "shown after that (chosen before the timed run). *1 caller*: the same queries, one at a "
        f"time ({max(50, args.requests // 4)} per row).\n\n"
        "**The whole search page** (HTTP through uvicorn with 2 workers, middleware, session, scope, "
        f"template; hey, {CONCURRENCY} connections, one URL repeated):\n\n"
        + harness.table(page_rows, [("query", "query"), ("path", "path"), *columns])
        + f"\n\nThe load generator, Elasticsearch, PostgreSQL and the server share the machine's "
        f"{os.cpu_count()} cores. Load average (1 min) when the latency rows started: {load_before}, when they "
        f"ended: {load_after}; above the core count, other work was running and the figures are noisy."
        f"\n\nFreshness, commit → searchable with a real `db_worker` (poll interval 0.1 s) "
        f"and Elasticsearch's 1 s refresh: median **{fresh['p50_s']} s**, max {fresh['max_s']} s over "
        f"{fresh['samples']} writes, {fresh['lost']} lost (target ≤ 2 s)."
    )
    harness.write_report("search", "Search at scale", markdown, {
        "command": "python bench/search_bench.py", "rebuild": rebuild, "service_rows": service_rows,
        "rows": page_rows, "freshness": fresh, "load_average": [load_before, load_after],
    })


if __name__ == "__main__":
    main()
