"""Knowledge URLs that are not Wagtail pages. Included before Wagtail's catch-all."""

from django.urls import path

from . import event_views, views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.knowledge_index, name="index"),
    path("kennisbank/kaart/", views.case_map, name="map"),
    path("kennisbank/kaart.json", views.case_map_data, name="map_data"),
    path("kennisbank/concept/nieuw/", views.promote_draft, name="promote_draft"),
    path("kennisbank/activiteiten/<int:pk>/", event_views.activity_detail, name="activity"),
    path("kennisbank/aanmelding/<str:kind>/<int:pk>/", event_views.register, name="register"),
    path("kennisbank/aanmelding/<str:kind>/<int:pk>/annuleren/", event_views.cancel, name="cancel_registration"),
    path("kennisbank/aanmelding/<str:kind>/<int:pk>/deelnemers/", event_views.registrants, name="registrants"),
    path(
        "kennisbank/aanmelding/<str:kind>/<int:pk>/deelnemers.csv",
        event_views.registrants_csv,
        name="registrants_csv",
    ),
]
