"""SQL queries of the knowledge pages at demo size and with 1,000 generated cases.

Usage: .venv/bin/python bench/knowledge_queries.py [--cases 1000] [--remove] [--database NAME]

Loads the demo content into the bench database, counts the queries of a case
page, the finder with two facets selected (full page and htmx partial), the
map and its data — first with the 18 demo cases, then after generating
``--cases`` more with ``knowledge.generate`` — and writes the section
"knowledge-queries" of docs/PERFORMANCE.md. The generated cases stay in the
bench database (so a latency run can use them) unless ``--remove`` is given.
Needs the services (make up). No load is generated here.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAGES = [
    ("case page", "/kennisbank/waterschap-brabantse-delta/", {}),
    ("finder, two facets", "/kennisbank/?bestuurslaag=regionaal&thema=openheid", {}),
    ("finder, two facets (htmx)", "/kennisbank/?bestuurslaag=regionaal&thema=openheid", {"HTTP_HX_REQUEST": "true"}),
    ("map page, one facet", "/kennisbank/kaart/?provincie=limburg", {}),
    ("map data, one facet", "/kennisbank/kaart.json?provincie=limburg", {}),
]


def count_queries(path: str, headers: dict) -> tuple[int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", **headers)
    client.get(path)  # warm caches (content types, site root paths) as a running server has them
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return len(ctx.captured_queries), response.status_code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000, help="generated cases to add")
    parser.add_argument("--remove", action="store_true", help="remove the generated cases afterwards")
    parser.add_argument("--database", help="bench database name (default: the harness's)")
    args = parser.parse_args()
    if args.database:
        os.environ["BENCH_DATABASE"] = args.database

    from bench import harness

    harness.setup_django()
    from django.core.management import call_command

    from knowledge.generate import generate_cases, remove_generated_cases
    from knowledge.models import BestPracticePage

    call_command("load_demo", verbosity=0)
    harness.collectstatic()
    remove_generated_cases()
    small = BestPracticePage.objects.live().count()
    before = {name: count_queries(path, headers) for name, path, headers in PAGES}
    generate_cases(args.cases)
    large = BestPracticePage.objects.live().count()
    after = {name: count_queries(path, headers) for name, path, headers in PAGES}

    rows = []
    for name, path, _headers in PAGES:
        (q_small, s_small), (q_large, s_large) = before[name], after[name]
        rows.append(
            {
                "page": name,
                "path": path,
                "small": q_small,
                "large": q_large,
                "status": f"{s_small}/{s_large}",
                "grows": "no" if q_small == q_large else f"yes (+{q_large - q_small})",
            }
        )
        print(f"{name:28} {q_small:4} queries at {small} cases, {q_large:4} at {large} cases  ({s_small}/{s_large})")
    if args.remove:
        remove_generated_cases()

    markdown = harness.table(
        rows,
        [
            ("page", "page"),
            ("path", "path"),
            ("small", f"SQL queries, {small} cases"),
            ("large", f"SQL queries, {large} cases"),
            ("grows", "grows with the cases?"),
            ("status", "HTTP status"),
        ],
    )
    markdown += (
        f"\n\nAnonymous requests served in-process against PostgreSQL (production settings), caches warm. "
        f"{args.cases} cases generated with `knowledge.generate.generate_cases` (bulk inserts: facets, themes, "
        "years, coordinates spread over the twelve provinces). Facet counts are one GROUP BY query per facet; "
        "the comparable-cases ranking is one scored query; so the counts do not depend on the number of cases."
    )
    harness.write_report(
        "knowledge-queries",
        "Knowledge base: SQL queries per page",
        markdown,
        {"command": "python bench/knowledge_queries.py", "cases_small": small, "cases_large": large, "rows": rows},
    )


if __name__ == "__main__":
    main()
