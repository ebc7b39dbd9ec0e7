from django.apps import AppConfig


class PlatformSiteConfig(AppConfig):
    name = "platform_site"
    verbose_name = "Platform"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
