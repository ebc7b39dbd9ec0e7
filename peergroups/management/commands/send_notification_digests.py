"""Queue the daily notification digest for everyone who chose it (run once a day)."""

from django.core.management.base import BaseCommand

from peergroups.notifications.email import enqueue_daily_digests


class Command(BaseCommand):
    help = "Queue a digest e-mail for every member on the daily setting with unread, unmailed notifications."

    def handle(self, *args, **options):
        count = enqueue_daily_digests()
        if options["verbosity"]:
            self.stdout.write(f"Queued {count} digest(s).")
