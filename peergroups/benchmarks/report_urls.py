"""URLs of the benchmark report, included under ``benchmarks/`` in the peergroups namespace."""

from django.urls import path

from peergroups.benchmarks import report_views

urlpatterns = [
    path("<slug:slug>/rapport/", report_views.report, name="benchmark_report"),
    path("<slug:slug>/rapport/csv/", report_views.report_csv, name="benchmark_report_csv"),
]
