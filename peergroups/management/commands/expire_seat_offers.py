"""Expire seat offers past their time and offer the seats to the next in line (run hourly)."""

from django.core.management.base import BaseCommand

from peergroups.spaces import actions as space_actions


class Command(BaseCommand):
    help = "Expire waiting-list seat offers that were not answered in time; offer the seats to the next people."

    def handle(self, *args, **options):
        count = space_actions.do_expire_seat_offers()
        if options["verbosity"]:
            self.stdout.write(f"Expired {count} offer(s).")
