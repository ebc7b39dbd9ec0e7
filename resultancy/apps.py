from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultancyConfig(AppConfig):
    name = "resultancy"
    verbose_name = _("Resultancy teams")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from knowledge.registry import register_theme_listing
        from peergroups.spaces.sections import SpaceSection, register_section

        from . import notifications
        from .listings import team_section_context, theme_listings
        from .signals import deliverable_page_published

        notifications.register_targets()
        register_theme_listing(theme_listings)
        # The team space's page links to the team page (mandate, pledges, milestones, deliverables).
        register_section(
            SpaceSection(
                key="resultancy_team",
                template="resultancy/includes/space_section.html",
                order=5,
                kinds=frozenset({"resultancy_team"}),
                context=team_section_context,
                visible=lambda ctx, space: True,
            )
        )
        page_published.connect(deliverable_page_published, dispatch_uid="resultancy.deliverable_page_published")
