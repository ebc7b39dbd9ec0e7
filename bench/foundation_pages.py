"""Foundation pages on the production-like server: home, organisations, an organisation, healthz.

Usage: .venv/bin/python bench/foundation_pages.py [--requests N]
Needs the services (make up). Loads the demo content into the bench database.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=800)
    args = parser.parse_args()
    harness.setup_django()
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    harness.collectstatic()
    member = "lid@leerplatform.example"
    cookie = harness.session_cookie_for(member)
    pages = [
        ("home", "/", None),
        ("organisation list", "/organisaties/", None),
        ("organisation page", "/organisaties/uwv/", None),
        ("organisation page (member)", "/organisaties/uwv/", member),
        ("own profile (member)", "/leden/{pk}/", member),
        ("healthz", "/healthz", None),
    ]
    from django.contrib.auth import get_user_model

    pk = get_user_model().objects.get(email=member).pk
    rows = []
    with harness.production_server(workers=2) as base:
        for name, path, who in pages:
            path = path.format(pk=pk)
            queries, status = harness.query_count(path, email=who)
            result = harness.load(base + path, requests=args.requests, cookie=cookie if who else None)
            rows.append({"page": name, "path": path, "queries": queries, "status": status, **result})
            print(f"{name:30} {result['rps']:8} req/s  p50 {result['p50_ms']:6} ms  p95 {result['p95_ms']:6} ms  "
                  f"p99 {result['p99_ms']:6} ms  errors {result['errors']}  queries {queries}")
    markdown = harness.table(rows, [
        ("page", "page"), ("path", "path"), ("queries", "SQL queries"), ("rps", "req/s"),
        ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("p99_ms", "p99 ms"), ("errors", "errors"),
    ])
    markdown += (
        f"\n\n{args.requests} requests per page at 16 concurrent connections (hey), uvicorn with 2 workers, "
        "PostgreSQL, Redis, Elasticsearch from scripts/services.sh; demo data."
    )
    harness.write_report("foundation", "Foundation pages", markdown, {
        "command": "python bench/foundation_pages.py", "rows": rows,
    })


if __name__ == "__main__":
    main()
