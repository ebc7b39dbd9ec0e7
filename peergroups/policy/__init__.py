"""The permission policy: every decision about who may see or do what.

One ``PermissionContext`` per user (lazy, cached) is built in middleware for
requests and with :func:`context_for` anywhere else (socket consumers,
notifications, e-mails, search filtering). Each rule comes in up to three
forms, after Misago and Zulip:

* ``can_…(ctx, obj)`` — a yes/no for templates and code paths;
* ``access_…(ctx, …)`` — fetch an object for the user or raise; where the very
  existence of an object is private the *same* ``Http404`` is raised whether
  it does not exist or may not be seen, so nothing can be probed;
* ``…_visible_to(ctx)`` — a queryset filter so that listings and search apply the very same rule in the query.

Views, actions, consumers and the search filter call these functions; they
never re-implement a rule.

One module per subject: context, benchmarks, people, spaces, knowledge, threads, live, decorators;
import the API from here.
"""

from peergroups.core.roles import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS  # noqa: F401
from peergroups.policy.benchmark_reports import (  # noqa: F401, E402
    access_report_round,
    aggregate_allowed,
    can_see_named_values,
    can_see_report_values,
    report_organisation,
    require_report_reader,
    round_shows_group_figures,
)
from peergroups.policy.benchmarks import (  # noqa: F401
    access_indicator_for_edit,
    access_participation,
    access_round,
    access_round_for_management,
    can_create_round,
    can_edit_indicator,
    can_enter_values,
    can_keep_catalogue,
    can_manage_round,
    can_name_contact,
    can_see_own_values,
    can_view_round,
    indicators_visible_to,
    is_benchmark_contact,
    rounds_visible_to,
)
from peergroups.policy.context import (  # noqa: F401
    COORDINATOR,
    INVITED,
    LISTED,
    MEMBER,
    NOT_FOUND,
    LoginRequired,
    MembersOnly,
    PermissionContext,
    context_for,
    fresh_context,
    fresh_contexts,
    reader_context,
    request_context,
    space_relations_of,
)
from peergroups.policy.decorators import login_required_here, members_only, policy_view  # noqa: F401
from peergroups.policy.knowledge import (  # noqa: F401
    can_promote_to_knowledge,
    can_review_knowledge_submission,
    may_hold_page_permissions,
)
from peergroups.policy.live import (  # noqa: F401
    LIVE_FORBIDDEN,
    LIVE_NOT_FOUND,
    LIVE_NOT_LOGGED_IN,
    can_convert_room,
    can_hide_room_message,
    can_join_room,
    can_open_personal_stream,
    can_post_in_room,
    can_see_room_message,
    live_personal_refusal,
    live_room_refusal,
    live_thread_refusal,
)
from peergroups.policy.people import (  # noqa: F401
    access_learning_question_for_edit,
    access_member_profile,
    access_organisation_for_edit,
    can_approve_members,
    can_edit_organisation,
    can_edit_profile,
    can_manage_identity_providers,
    can_view_member_profiles,
    profiles_visible_to,
    require_member,
)
from peergroups.policy.spaces import (  # noqa: F401
    access_document,
    access_meeting,
    access_space,
    can_accept_invitation,
    can_contact_organisation,
    can_create_space,
    can_delete_document,
    can_edit_work_plan,
    can_join,
    can_leave,
    can_manage_space,
    can_moderate_space,
    can_plan_meetings,
    can_plan_regional_activity,
    can_post,
    can_report_progress,
    can_request_to_join,
    can_respond_to_meeting,
    can_see_content,
    can_see_documents,
    can_see_members,
    can_see_notification,
    can_see_regional_activities,
    can_view_space,
    is_space_coordinator,
    is_space_member,
    moderator_ids,
    notifications_visible_to,
    regional_activities_visible_to,
    require,
    search_scope,
    space_filter_terms,
    space_listing_scope,
    space_matches_terms,
    space_role,
    spaces_visible_to,
    users_who_may_know_space,
)
from peergroups.policy.threads import (  # noqa: F401
    access_thread,
    can_accept,
    can_edit_post,
    can_flag,
    can_follow,
    can_invite_to_answer,
    can_moderate,
    can_promote_thread,
    can_reply,
    can_see_author,
    can_see_moderation_queue,
    can_see_poll_results,
    can_start_thread,
    can_view_reply,
    can_view_thread,
    can_vote,
    can_vote_in_poll,
    member_profile_audience,
    mentionable_users,
    replies_visible_to,
    space_listing_audience,
    thread_audience,
    thread_move_targets,
    threads_visible_to,
)
