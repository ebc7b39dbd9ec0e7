"""Page latency and SQL queries on the production-like server.

Usage: .venv/bin/python bench/pages.py [--requests N] [--workers W] [--only NAME ...]

Loads the demo content (plus any generated data already in the bench
database, e.g. the 1,000 cases of bench/knowledge_queries.py), rebuilds the
search index, starts uvicorn with W workers on PostgreSQL/Redis/Elasticsearch,
and for every page measures requests/s, p50/p95/p99 and errors at 16
concurrent connections (hey, a separate process on loopback), plus the SQL
queries of one instrumented request. Writes the "pages" section of
docs/PERFORMANCE.md and bench/results/pages.json.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402

MEMBER = "secretaris@leerplatform.example"  # member of the working group "Benchmarking en kwaliteit"

#: (name, path, logged-in member?)
PAGES = [
    ("home", "/", False),
    ("home (member)", "/", True),
    ("organisation list", "/organisaties/", False),
    ("organisation page", "/organisaties/uwv/", False),
    ("knowledge finder, two facets", "/kennisbank/?bestuurslaag=regionaal&thema=openheid", False),
    ("case page", "/kennisbank/waterschap-brabantse-delta/", False),
    ("case map", "/kennisbank/kaart/", False),
    ("working groups", "/werkgroepen/", False),
    ("peer groups", "/peergroepen/", True),
    ("group space (member)", "/groepen/werkgroep-benchmarking-en-kwaliteit/", True),
    ("work plan (member)", "/groepen/werkgroep-benchmarking-en-kwaliteit/werkplan/", True),
    ("search, plain", "/zoeken/?q=klanttevredenheid", False),
    ("search, faceted", "/zoeken/?q=gemeente&government_layer=lokaal&kind=organisation", False),
    ("search, faceted (member)", "/zoeken/?q=gemeente&government_layer=lokaal", True),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", nargs="*", help="only pages whose name contains one of these words")
    args = parser.parse_args()
    harness.setup_django()
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    call_command("search_reindex", verbosity=0)
    harness.collectstatic()
    cookie = harness.session_cookie_for(MEMBER)
    pages = [p for p in PAGES if not args.only or any(word in p[0] for word in args.only)]
    rows = []
    with harness.production_server(workers=args.workers) as base:
        for name, path, member in pages:
            queries, status = harness.query_count(path, email=MEMBER if member else None)
            result = harness.load(base + path, requests=args.requests, cookie=cookie if member else None)
            rows.append({"page": name, "path": path, "queries": queries, "status": status, **result})
            print(
                f"{name:34} {result['rps']:7} req/s  p50 {result['p50_ms']:6} ms  p95 {result['p95_ms']:6} ms  "
                f"p99 {result['p99_ms']:6} ms  errors {result['errors']}  queries {queries}  (status {status})"
            )
    from knowledge.models import BestPracticePage

    cases = BestPracticePage.objects.live().count()
    markdown = harness.table(
        rows,
        [
            ("page", "page"),
            ("path", "path"),
            ("queries", "SQL queries"),
            ("rps", "req/s"),
            ("p50_ms", "p50 ms"),
            ("p95_ms", "p95 ms"),
            ("p99_ms", "p99 ms"),
            ("errors", "errors"),
        ],
    )
    markdown += (
        f"\n\n{rows[0]['requests'] if rows else 0} requests per page at 16 concurrent connections (hey, separate "
        f"process on loopback) against uvicorn with {args.workers} workers, PRODUCTION settings (DEBUG off, hashed "
        f"static files), PostgreSQL, Redis and Elasticsearch from scripts/services.sh. Data: the demo content "
        f"plus what the bench database holds ({cases} live cases). SQL queries: one instrumented request "
        f"in-process, caches warm. Member pages as `{MEMBER}`."
    )
    harness.write_report(
        "pages",
        "Pages: latency and SQL queries",
        markdown,
        {"command": "python bench/pages.py", "workers": args.workers, "cases": cases, "rows": rows},
    )


if __name__ == "__main__":
    main()
