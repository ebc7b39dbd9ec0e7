from django.urls import path

from . import views

app_name = "resultancy"

team = "resultancy/teams/<slug:slug>/"
issue = "resultancy/vraagstukken/<int:pk>/"

urlpatterns = [
    path("resultancy/", views.overview, name="overview"),
    path("resultancy/vraagstukken/", views.issue_list, name="issue_list"),
    path("resultancy/vraagstukken/nieuw/", views.issue_submit, name="issue_submit"),
    path(issue, views.issue_detail, name="issue_detail"),
    path(issue + "onderschrijven/", views.issue_endorse, name="issue_endorse"),
    path(issue + "reageren/", views.issue_comment, name="issue_comment"),
    path(issue + "afwijzen/", views.issue_decline, name="issue_decline"),
    path(issue + "samenvoegen/", views.issue_merge, name="issue_merge"),
    path(issue + "team-vormen/", views.team_form, name="team_form"),
    path(team, views.team_detail, name="team_detail"),
    path(team + "bewerken/", views.team_edit, name="team_edit"),
    path(team + "status/", views.team_status, name="team_status"),
    path(team + "aanbieden/", views.pledge, name="pledge"),
    path(team + "aanbod/<int:pk>/", views.pledge_decide, name="pledge_decide"),
    path(team + "mijlpalen/", views.milestone_add, name="milestone_add"),
    path(team + "mijlpalen/<int:pk>/", views.milestone_toggle, name="milestone_toggle"),
    path(team + "resultaten/nieuw/", views.deliverable_add, name="deliverable_add"),
    path(team + "resultaten/<int:pk>/naar-redactie/", views.deliverable_send, name="deliverable_send"),
]
