from django.urls import path

from peergroups.benchmarks import views

urlpatterns = [
    path("", views.round_list, name="benchmark_rounds"),
    path("indicatoren/", views.indicator_list, name="benchmark_indicators"),
    path("<slug:slug>/", views.round_detail, name="benchmark_round"),
    path("<slug:slug>/levering.csv", views.delivery_export, name="benchmark_delivery_export"),
    path("<slug:slug>/<slug:organisation>/", views.values_edit, name="benchmark_values"),
    path(
        "<slug:slug>/<slug:organisation>/export.<str:kind>",
        views.values_export,
        name="benchmark_values_export",
    ),
]
