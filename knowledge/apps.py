from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge base")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import page_context  # noqa: F401  (registers the pages' context providers)
        from .site_setup import ensure_all

        # The section tree and the workflow "Redactionele review" exist after every migrate.
        post_migrate.connect(ensure_all, dispatch_uid="knowledge.ensure_all")
