"""Load the demo content of every app (idempotent), then print the demo accounts."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from knowledge import demo as knowledge_demo
from peergroups.demo import loader as peergroups_demo
from peergroups.demo.loader import DEMO_PASSWORD, DEMO_PEOPLE
from resultancy import demo as resultancy_demo

__all__ = ["DEMO_PASSWORD", "Command"]


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
        for email, _first, _last, _function, _org, _roles, description, _status, _su in DEMO_PEOPLE:
            self.stdout.write(f"  {email:38} {description}")
        self.stdout.write(f"  password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write("")
