from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
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
