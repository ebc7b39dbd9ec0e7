from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PeergroupsConfig(AppConfig):
    name = "peergroups"
    verbose_name = _("Peer network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from peergroups.core.roles import ensure_role_groups

        # Role groups need the permissions that exist only after every app migrated.
        post_migrate.connect(ensure_role_groups, dispatch_uid="peergroups.ensure_role_groups")

        # get_FOO_display from a label map per field instead of a new dictionary per call.
        from peergroups.core.choice_labels import install

        install(self.get_models())

        # Per-user caches of permission inputs and unread counts: invalidated by these models' writes.
        from peergroups.caching.user_cache import connect_signals

        connect_signals()

        # The search filter asks this app's policy what a person may find.
        from peergroups.policy import search_scope
        from search.scope import register_scope_provider

        register_scope_provider(search_scope)

        # Discussions of a group appear as a section of its page.
        from peergroups.portal.views import register_discussions_section

        register_discussions_section()
