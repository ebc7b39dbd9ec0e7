"""Trim the live event log (run daily): clients away longer than this reload instead of catching up."""

from django.core.management.base import BaseCommand

from peergroups.live import events


class Command(BaseCommand):
    help = "Delete live events older than --days (default 14) from the catch-up log."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=events.KEEP_DAYS)

    def handle(self, *args, **options):
        count = events.prune(days=options["days"])
        if options["verbosity"]:
            self.stdout.write(f"Deleted {count} live event(s).")
