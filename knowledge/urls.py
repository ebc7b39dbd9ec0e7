"""Knowledge URLs that are not Wagtail pages. Included before Wagtail's catch-all."""

from django.urls import path

from . import views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.knowledge_index, name="index"),
    path("kennisbank/kaart/", views.case_map, name="map"),
    path("kennisbank/kaart.json", views.case_map_data, name="map_data"),
    path("kennisbank/concept/nieuw/", views.promote_draft, name="promote_draft"),
]
