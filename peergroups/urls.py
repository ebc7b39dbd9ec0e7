from django.urls import path

from . import views

app_name = "peergroups"

urlpatterns = [
    path("organisaties/", views.organisation_list, name="organisation_list"),
    path("organisaties/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisaties/<slug:slug>/bewerken/", views.organisation_edit, name="organisation_edit"),
    path("organisaties/<slug:slug>/leervragen/nieuw/", views.learning_question_edit, name="learning_question_add"),
    path(
        "organisaties/<slug:slug>/leervragen/<int:pk>/bewerken/",
        views.learning_question_edit,
        name="learning_question_edit",
    ),
    path("profiel/", views.my_profile, name="my_profile"),
    path("profiel/bewerken/", views.profile_edit, name="profile_edit"),
    path("leden/<int:user_id>/", views.member_profile, name="member_profile"),
    path("beheer/aanmeldingen/", views.pending_accounts, name="pending_accounts"),
    path("beheer/aanmeldingen/<int:profile_id>/", views.decide_account, name="decide_account"),
]
