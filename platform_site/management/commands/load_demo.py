"""Load the demo content of every app (idempotent), then print the demo accounts."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from knowledge import demo as knowledge_demo
from peergroups.demo import loader as peergroups_demo
from peergroups.demo.loader import DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET, POWER_ROLES
from resultancy import demo as resultancy_demo

__all__ = ["DEMO_PASSWORD", "DEMO_TOTP_SECRET", "Command"]


class Command(BaseCommand):
    help = "Load demo content (idempotent) and print the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--print-accounts-only", action="store_true", help="Only print the demo accounts.")
        parser.add_argument(
            "--no-index", action="store_true", help="Leave the search index alone (the caller rebuilds it itself)."
        )

    def handle(self, *args, print_accounts_only=False, **options):
        if not print_accounts_only:
            # Order follows the dependency floors: the peer network first.
            summary = peergroups_demo.load()
            knowledge_demo.load()
            resultancy_demo.load()
            # Demo loaders write directly, so bring the search index up to date last
            # (Elasticsearch in service mode, the database fallback otherwise).
            if not options.get("no_index"):
                call_command("search_reindex", verbosity=0)
            if options["verbosity"]:
                self.stdout.write(
                    f"Demo content: {summary['organisations']} organisations, {summary['themes']} themes, "
                    f"{len(summary['people'])} people; search index rebuilt."
                )
            return
        self.stdout.write("")
        self.stdout.write("Demo accounts (fictional people, for demonstration only):")
        for email, _first, _last, _function, _org, roles, description, _status, superuser in DEMO_PEOPLE:
            factor = " (second factor)" if superuser or set(roles) & POWER_ROLES else ""
            self.stdout.write(f"  {email:38} {description}{factor}")
        self.stdout.write(f"  password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write(
            f"  second factor: add the key {DEMO_TOTP_SECRET} to an authenticator app (time-based, 6 digits)"
        )
        self.stdout.write("  and give its code at login, or print the current code with `python manage.py demo_code`")
        self.stdout.write("")
