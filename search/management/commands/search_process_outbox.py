"""Apply pending index updates from the outbox (replays updates kept during an outage)."""

import time

from django.core.management.base import BaseCommand

from search.indexing import pending_count, process_outbox


class Command(BaseCommand):
    help = "Process the search index outbox once, or keep doing so with --loop."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep processing every --interval seconds.")
        parser.add_argument("--interval", type=float, default=5.0)

    def handle(self, *args, loop=False, interval=5.0, **options):
        while True:
            applied = process_outbox()
            if applied or options["verbosity"] > 1:
                self.stdout.write(f"Applied {applied} index updates; {pending_count()} pending.")
            if not loop:
                return
            time.sleep(interval)
