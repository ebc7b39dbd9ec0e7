from django.conf import settings
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .health import healthz
from .status import system_status


class FaviconRedirect(RedirectView):
    """Browsers ask for /favicon.ico on their own; the icon is a static file (hashed name in production)."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static_url("platform/favicon.svg")


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("status/", system_status, name="system_status"),
    path("favicon.ico", FaviconRedirect.as_view()),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("account/", include("allauth.urls")),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("", include("peergroups.urls")),
    path("", include("search.urls")),
    path("", include("knowledge.urls")),
    path("", include("resultancy.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves the knowledge pages (with the route cached, see knowledge/routing.py); it must come last.
urlpatterns += [path("", include("knowledge.routing"))]

handler403 = "platform_site.errors.permission_denied"
handler404 = "platform_site.errors.page_not_found"
handler500 = "platform_site.errors.server_error"
