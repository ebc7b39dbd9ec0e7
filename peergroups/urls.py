from django.urls import include, path

from peergroups.benchmarks import report_urls as benchmark_report_urls
from peergroups.live import room_views
from peergroups.notifications import views as notification_views
from peergroups.organisations import identity_views, meeting_place_views, views
from peergroups.portal import views as thread_views
from peergroups.spaces import views as space_views
from peergroups.spaces.content import views as content_views
from peergroups.spaces.workplans import views as workplan_views

from .live import views as live_views

app_name = "peergroups"

group = "groepen/<slug:slug>/"

urlpatterns = [
    path("benchmarks/", include(benchmark_report_urls)),
    path("organisaties/", views.organisation_list, name="organisation_list"),
    path("organisaties/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisaties/<slug:slug>/bewerken/", views.organisation_edit, name="organisation_edit"),
    path(
        "organisaties/<slug:slug>/vergelijkbaar/",
        meeting_place_views.organisation_suggestions,
        name="organisation_suggestions",
    ),
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
    path("beheer/organisatie-inloggen/", identity_views.identity_providers, name="identity_providers"),
    path("inloggen/organisatie/", identity_views.organisation_login, name="organisation_login"),
    path("beheer/aanmeldingen/<int:profile_id>/", views.decide_account, name="decide_account"),
    # Group lists and creation
    path("peergroepen/", space_views.peer_group_list, name="peer_group_list"),
    path("peergroepen/nieuw/", space_views.peer_group_create, name="peer_group_create"),
    path("werkgroepen/", space_views.working_group_list, name="working_group_list"),
    path("werkgroepen/nieuw/", space_views.working_group_create, name="working_group_create"),
    path("werkgroepen/voortgang/", workplan_views.work_plan_overview, name="work_plan_overview"),
    path("mijn-groepen/", space_views.my_spaces, name="my_spaces"),
    path("uitnodigingen/<str:token>/", space_views.invitation, name="invitation"),
    # One group (any kind)
    path(group, space_views.space_detail, name="space_detail"),
    path(group + "leden/", space_views.space_members, name="space_members"),
    path(group + "aansluiten/", space_views.space_join, name="space_join"),
    path(group + "aanvragen/", space_views.space_request, name="space_request"),
    path(group + "aanvragen/intrekken/", space_views.space_withdraw_request, name="space_withdraw_request"),
    path(group + "verlaten/", space_views.space_leave, name="space_leave"),
    path(group + "wachtlijst/", space_views.space_waiting_list, name="space_waiting_list"),
    path(group + "overdragen/", space_views.space_hand_over, name="space_hand_over"),
    path(group + "beheer/", space_views.space_manage, name="space_manage"),
    path(group + "beheer/instellingen/", space_views.space_settings, name="space_settings"),
    path(group + "beheer/verzoeken/<int:pk>/", space_views.space_decide_request, name="space_decide_request"),
    path(group + "beheer/uitnodigen/", space_views.space_invite, name="space_invite"),
    path(
        group + "beheer/uitnodigingen/<int:pk>/intrekken/",
        space_views.space_revoke_invitation,
        name="space_revoke_invitation",
    ),
    path(
        group + "beheer/leden/<int:user_id>/verwijderen/", space_views.space_remove_member, name="space_remove_member"
    ),
    path(group + "beheer/leden/<int:user_id>/rol/", space_views.space_set_role, name="space_set_role"),
    path(group + "bijeenkomsten/", content_views.meeting_list, name="meeting_list"),
    path(group + "bijeenkomsten/<int:pk>/", content_views.meeting_detail, name="meeting_detail"),
    path(group + "bijeenkomsten/<int:pk>/bewerken/", content_views.meeting_edit, name="meeting_edit"),
    path(group + "bijeenkomsten/<int:pk>/aanmelden/", content_views.meeting_respond, name="meeting_respond"),
    path(group + "documenten/", content_views.document_list, name="document_list"),
    path(group + "documenten/<int:pk>/download/", content_views.document_download, name="document_download"),
    path(group + "documenten/<int:pk>/verwijderen/", content_views.document_delete, name="document_delete"),
    path(group + "activiteiten/nieuw/", content_views.regional_activity_create, name="regional_activity_create"),
    path(group + "tijdlijn/", content_views.activity_feed, name="activity_feed"),
    path(group + "werkplan/", workplan_views.work_plan, name="work_plan"),
    path(group + "werkplan/speerpunten/nieuw/", workplan_views.spearhead_edit, name="spearhead_add"),
    path(group + "werkplan/speerpunten/<int:number>/", workplan_views.spearhead_detail, name="spearhead_detail"),
    path(group + "werkplan/speerpunten/<int:number>/bewerken/", workplan_views.spearhead_edit, name="spearhead_edit"),
    path(group + "discussies/", thread_views.space_discussions, name="space_discussions"),
    path(group + "discussies/nieuw/", thread_views.space_ask, name="space_ask"),
    # The live room of a group and the polling fallback of the live streams
    path(group + "kamer/", room_views.room, name="room"),
    path(group + "kamer/live/", live_views.room_live, name="room_live"),
    path(group + "kamer/discussie/", room_views.room_convert, name="room_convert"),
    path(group + "kamer/<int:pk>/verwijderen/", room_views.room_hide, name="room_hide"),
    path("vraagbaak/vragen/<int:pk>/live/", live_views.thread_live, name="thread_live"),
    path("meldingen/live/", live_views.personal_live, name="personal_live"),
    # Threads and the help portal (Vraagbaak)
    path("vraagbaak/", thread_views.portal, name="portal"),
    path("vraagbaak/vragen/nieuw/", thread_views.ask, name="thread_ask"),
    path("vraagbaak/vergelijkbaar/", thread_views.similar, name="thread_similar"),
    path("vraagbaak/voorbeeld/", thread_views.preview, name="thread_preview"),
    path("vraagbaak/collegas/", thread_views.mention_candidates, name="thread_mentions"),
    path("vraagbaak/moderatie/", thread_views.moderation, name="thread_moderation"),
    path("vraagbaak/vragen/<int:pk>/", thread_views.thread_detail, name="thread_detail"),
    path("vraagbaak/vragen/<int:pk>/reageren/", thread_views.thread_reply, name="thread_reply"),
    path("vraagbaak/vragen/<int:pk>/bewerken/", thread_views.thread_edit, name="thread_edit"),
    path("vraagbaak/vragen/<int:pk>/antwoord/", thread_views.thread_accept, name="thread_accept"),
    path("vraagbaak/vragen/<int:pk>/volgen/", thread_views.thread_follow, name="thread_follow"),
    path("vraagbaak/vragen/<int:pk>/peiling/", thread_views.poll_vote, name="poll_vote"),
    path("vraagbaak/vragen/<int:pk>/uitnodigen/", thread_views.thread_invite, name="thread_invite"),
    path("vraagbaak/vragen/<int:pk>/melden/", thread_views.flag, name="thread_flag"),
    path("vraagbaak/vragen/<int:pk>/modereren/", thread_views.moderate, name="thread_moderate"),
    path("vraagbaak/vragen/<int:pk>/auteur/", thread_views.reveal_author, name="thread_reveal_author"),
    path("vraagbaak/vragen/<int:pk>/collegas/", thread_views.thread_colleagues, name="thread_colleagues"),
    path("vraagbaak/reactie/<int:pk>/", thread_views.reply_permalink, name="reply_permalink"),
    path("vraagbaak/reactie/<int:pk>/bewerken/", thread_views.reply_edit, name="reply_edit"),
    path("vraagbaak/reactie/<int:pk>/stem/", thread_views.reply_vote, name="reply_vote"),
    # Ontmoetingsplaats
    path("ontmoetingsplaats/", meeting_place_views.meeting_place, name="meeting_place"),
    path(
        "ontmoetingsplaats/contact/<slug:slug>/",
        meeting_place_views.contact_organisation,
        name="contact_organisation",
    ),
    # Notifications
    path("meldingen/", notification_views.notification_list, name="notification_list"),
    path("meldingen/instellingen/", notification_views.notification_settings, name="notification_settings"),
    path("meldingen/alles-gelezen/", notification_views.notification_read_all, name="notification_read_all"),
    path("meldingen/<int:pk>/", notification_views.notification_open, name="notification_open"),
    path("meldingen/<int:pk>/gelezen/", notification_views.notification_read, name="notification_read"),
]
