"""Thin views for groups: lists, the group page, joining, leaving and managing.

Every view first fetches the space through the policy (``access_space``: the
same 404 for a hidden secret space as for a missing one), then asks the
policy what the person may do, calls an action, and renders.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from peergroups import policy as permissions
from peergroups.models import (
    Activity,
    Invitation,
    JoinRequest,
    Meeting,
    MemberProfile,
    Membership,
    Space,
    SpaceKind,
    WaitingListEntry,
)
from peergroups.organisations.suggestions import suggest_peer_groups
from peergroups.policy import policy_view, require
from peergroups.spaces import actions as space_actions
from peergroups.spaces.capabilities import space_capabilities
from peergroups.spaces.forms import (
    DecisionForm,
    HandOverForm,
    InviteForm,
    JoinRequestForm,
    PeerGroupForm,
    RoleForm,
    SpaceFilterForm,
    SpaceSettingsForm,
    WorkingGroupForm,
    WorkingGroupSettingsForm,
)
from peergroups.spaces.sections import sections_for
from peergroups.spaces.workplans.queries import work_plan_summary
from search.numbers import parse_ids


def _errors(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _listing(request, kind):
    ctx = request.permissions
    form = SpaceFilterForm(request.GET or None)
    spaces = (
        Space.objects.filter(permissions.spaces_visible_to(ctx), kind=kind)
        .annotate(
            member_total=Count("memberships", distinct=True),
            waiting_total=Count(
                "waiting_list", filter=Q(waiting_list__status=WaitingListEntry.Status.WAITING), distinct=True
            ),
            offered_total=Count(
                "waiting_list", filter=Q(waiting_list__status=WaitingListEntry.Status.OFFERED), distinct=True
            ),
        )
        .prefetch_related("themes")
        .order_by("name")
    )
    if form.is_bound and form.is_valid():
        if form.cleaned_data["q"]:
            spaces = spaces.filter(name__icontains=form.cleaned_data["q"])
        if form.cleaned_data["theme"]:
            spaces = spaces.filter(themes=form.cleaned_data["theme"])
    if kind == SpaceKind.PEER_GROUP:
        spaces = spaces.select_related("peer_group").prefetch_related("peer_group__organisations")
    elif kind == SpaceKind.WORKING_GROUP:
        spaces = spaces.select_related("working_group__theme")
    rows = []
    for space in spaces:
        seats = None
        if space.capacity is not None:
            seats = max(0, space.capacity - space.member_total - space.offered_total)
        rows.append({"space": space, "role": permissions.space_role(ctx, space), "open_seats": seats})
    return form, rows


def peer_group_list(request):
    form, rows = _listing(request, SpaceKind.PEER_GROUP)
    return render(
        request,
        "peergroups/space_list.html",
        {
            "form": form,
            "rows": rows,
            "kind": SpaceKind.PEER_GROUP,
            "can_create": permissions.can_create_space(request.permissions, SpaceKind.PEER_GROUP),
        },
    )


def working_group_list(request):
    form, rows = _listing(request, SpaceKind.WORKING_GROUP)
    return render(
        request,
        "peergroups/space_list.html",
        {
            "form": form,
            "rows": rows,
            "kind": SpaceKind.WORKING_GROUP,
            "can_create": permissions.can_create_space(request.permissions, SpaceKind.WORKING_GROUP),
        },
    )


def _my_state(ctx, space, role=None):
    """The person's own standing with a space: request, waiting place, invitation (not asked of its members)."""
    if not ctx.is_authenticated or role:
        return {}
    state = {
        "join_request": JoinRequest.objects.filter(space=space, user_id=ctx.user_id, status="pending").first(),
        "waiting_entry": WaitingListEntry.objects.filter(
            space=space, user_id=ctx.user_id, status__in=WaitingListEntry.ACTIVE_STATUSES
        ).first(),
        "invitation": Invitation.objects.filter(space=space, user_id=ctx.user_id, status="pending").first(),
    }
    if state["waiting_entry"] is not None:
        state["waiting_position"] = space_actions.waiting_position(state["waiting_entry"])
    return state


@policy_view
def space_detail(request, slug):
    ctx = request.permissions
    space = permissions.access_space(
        ctx,
        slug,
        Space.objects.prefetch_related("themes")
        .select_related("working_group__theme", "working_group__portfolio_holder", "peer_group")
        .annotate(
            member_total=Subquery(
                Membership.objects.filter(space=OuterRef("pk"))
                .order_by()
                .values("space")
                .annotate(n=Count("pk"))
                .values("n")
            )
        ),
    )
    caps = space_capabilities(ctx, space)
    context = {"space": space, **caps, **_my_state(ctx, space, caps["role"]), "tab": "about"}
    context["member_total"] = space.member_total or 0
    if caps["can_see_members"]:
        context["members"] = (
            Membership.objects.filter(space=space)
            .select_related("user__profile__organisation")
            .order_by("role", "user__last_name")[:12]
        )
    if caps["can_see_content"]:
        now = timezone.now()
        context["upcoming_meetings"] = Meeting.objects.filter(space=space, starts_at__gte=now)[:3]
        context["documents"] = space.documents.select_related("uploaded_by")[:5]
        context["activities"] = Activity.objects.filter(space=space).select_related("actor")[:10]
    context["can_see_regional_activities"] = permissions.can_see_regional_activities(ctx, space)
    if context["can_see_regional_activities"]:
        context["regional_activities"] = space.regional_activities.filter(starts_at__gte=timezone.now())[:5]
    if space.kind == SpaceKind.PEER_GROUP and hasattr(space, "peer_group"):
        context["peer_group"] = space.peer_group
        context["organisations"] = space.peer_group.organisations.all()
        context["learning_questions"] = space.peer_group.learning_questions.select_related("organisation")
    if space.kind == SpaceKind.WORKING_GROUP and hasattr(space, "working_group"):
        context["working_group"] = space.working_group
        waiting = space.waiting_list.aggregate(
            offered=Count("pk", filter=Q(status=WaitingListEntry.Status.OFFERED)),
            waiting=Count("pk", filter=Q(status=WaitingListEntry.Status.WAITING)),
        )
        context["open_seats"] = space_actions.free_seats(
            space, members=context["member_total"], offers=waiting["offered"]
        )
        context["waiting_total"] = waiting["waiting"]
        if caps["can_see_content"]:
            context["plan"] = work_plan_summary(space.working_group)
    context["sections"] = sections_for(request, space)
    return render(request, "peergroups/space_detail.html", context)


@policy_view
def space_members(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_see_members(ctx, space), _("Only members can see who is in this group."))
    memberships = (
        Membership.objects.filter(space=space)
        .select_related("user__profile__organisation")
        .order_by("role", "user__last_name", "user__first_name")
    )
    context = {"space": space, "memberships": memberships, "tab": "members", **space_capabilities(ctx, space)}
    if permissions.is_space_coordinator(ctx, space):
        context["hand_over_form"] = HandOverForm(space=space, exclude_user=request.user)
    return render(request, "peergroups/space_members.html", context)


@policy_view
@require_POST
def space_join(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(
        ctx,
        permissions.can_join(ctx, space) or permissions.is_space_member(ctx, space),
        _("This group cannot be joined directly."),
    )
    try:
        result = space_actions.do_join(request.user, space)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        if isinstance(result, WaitingListEntry):
            messages.info(
                request,
                _("The group is full. You are on the waiting list (place %(position)s).")
                % {"position": space_actions.waiting_position(result)},
            )
        else:
            messages.success(request, _("Welcome! You are now a member of %(group)s.") % {"group": space.name})
    return redirect(space)


@policy_view
def space_request(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    if permissions.is_space_member(ctx, space):
        messages.info(request, _("You are already a member of this group."))
        return redirect(space)
    require(ctx, permissions.can_request_to_join(ctx, space), _("You cannot ask to join this group."))
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            space_actions.do_request_to_join(request.user, space, motivation=form.cleaned_data["motivation"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your request has been sent. The coordinator will let you know."))
            return redirect(space)
    full = space_actions.free_seats(space) == 0
    return render(request, "peergroups/space_request.html", {"space": space, "form": form, "full": full})


@policy_view
@require_POST
def space_withdraw_request(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, ctx.is_member)
    join_request = get_object_or_404(JoinRequest, space=space, user=request.user, status="pending")
    space_actions.do_withdraw_join_request(request.user, join_request)
    messages.success(request, _("Your request has been withdrawn."))
    return redirect(space)


@policy_view
def space_leave(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_leave(ctx, space), _("You are not a member of this group."))
    if request.method == "POST":
        try:
            space_actions.do_leave(request.user, space)
        except ValidationError as exc:
            messages.error(request, _errors(exc))
            return redirect("peergroups:space_members", slug=space.slug)
        messages.success(request, _("You have left %(group)s.") % {"group": space.name})
        return redirect("peergroups:my_spaces")
    return render(request, "peergroups/space_leave.html", {"space": space})


@policy_view
@require_POST
def space_waiting_list(request, slug):
    """Accept or decline an offered seat, or leave the waiting list."""
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, ctx.is_member)
    entry = get_object_or_404(
        WaitingListEntry, space=space, user=request.user, status__in=WaitingListEntry.ACTIVE_STATUSES
    )
    choice = request.POST.get("choice")
    try:
        if choice == "accept":
            space_actions.do_respond_to_seat_offer(request.user, entry, accept=True)
            messages.success(request, _("Welcome! You are now a member of %(group)s.") % {"group": space.name})
        elif choice == "decline":
            space_actions.do_respond_to_seat_offer(request.user, entry, accept=False)
            messages.success(request, _("You have declined the seat."))
        else:
            space_actions.do_leave_waiting_list(request.user, entry)
            messages.success(request, _("You are no longer on the waiting list."))
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    return redirect(space)


# --- managing -------------------------------------------------------------------


def _managed_space(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_manage_space(ctx, space), _("Only coordinators can manage this group."))
    return space


def _picker_search(request) -> str:
    """The invitation picker's search words (``wie``), from the search form or the invite post."""
    return (request.POST.get("wie") or request.GET.get("wie") or "").strip()[:100]


def _manage_context(request, space, invite_form=None) -> dict:
    return {
        "space": space,
        "tab": "manage",
        **space_capabilities(request.permissions, space),
        "requests": JoinRequest.objects.filter(space=space, status="pending").select_related(
            "user__profile__organisation"
        ),
        "waiting": WaitingListEntry.objects.filter(space=space, status__in=WaitingListEntry.ACTIVE_STATUSES)
        .select_related("user__profile__organisation")
        .order_by("queued_at", "pk"),
        "invitations": Invitation.objects.filter(space=space, status="pending").select_related("user"),
        "memberships": Membership.objects.filter(space=space)
        .select_related("user__profile__organisation")
        .order_by("role", "user__last_name"),
        "invite_form": invite_form or InviteForm(space=space, search=_picker_search(request)),
        "picker_search": _picker_search(request),
        "open_seats": space_actions.free_seats(space),
        "member_total": Membership.objects.filter(space=space).count(),
    }


@policy_view
def space_manage(request, slug):
    space = _managed_space(request, slug)
    return render(request, "peergroups/space_manage.html", _manage_context(request, space))


@policy_view
@require_POST
def space_decide_request(request, slug, pk):
    space = _managed_space(request, slug)
    join_request = get_object_or_404(JoinRequest.objects.select_related("user", "space"), space=space, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The decision could not be read; please try again."))
        return redirect("peergroups:space_manage", slug=space.slug)
    approve = form.cleaned_data["decision"] == "approve"
    try:
        decided = space_actions.do_decide_join_request(
            request.user, join_request, approve=approve, message=form.cleaned_data["message"]
        )
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        name = join_request.user.display_name
        if decided.status == JoinRequest.Status.APPROVED:
            messages.success(request, _("%(name)s is now a member.") % {"name": name})
        elif decided.status == JoinRequest.Status.WAITLISTED:
            messages.info(request, _("The group is full: %(name)s is on the waiting list.") % {"name": name})
        else:
            messages.success(request, _("The request of %(name)s has been declined.") % {"name": name})
    return redirect("peergroups:space_manage", slug=space.slug)


@policy_view
def space_invite(request, slug):
    space = _managed_space(request, slug)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = InviteForm(request.POST, space=space, search=_picker_search(request))
    if form.is_valid():
        data = form.cleaned_data
        try:
            space_actions.do_invite(
                request.user, space, user=data["member"], email=data["email"] or "", message=data["message"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The invitation has been sent."))
            return redirect("peergroups:space_manage", slug=space.slug)
    return render(request, "peergroups/space_manage.html", _manage_context(request, space, form))


@policy_view
@require_POST
def space_revoke_invitation(request, slug, pk):
    space = _managed_space(request, slug)
    invitation = get_object_or_404(Invitation, space=space, pk=pk)
    try:
        space_actions.do_revoke_invitation(request.user, invitation)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("The invitation has been withdrawn."))
    return redirect("peergroups:space_manage", slug=space.slug)


@policy_view
@require_http_methods(["GET", "POST"])
def space_remove_member(request, slug, user_id):
    """GET asks the coordinator to confirm; only the confirming POST removes the member."""
    space = _managed_space(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), space=space, user_id=user_id)
    if request.method == "GET" or request.POST.get("confirm") != "yes":
        context = {**_manage_context(request, space), "membership": membership}
        return render(request, "peergroups/space_remove_member.html", context)
    try:
        space_actions.do_remove_member(request.user, space, membership.user)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(
            request, _("%(name)s has been removed from the group.") % {"name": membership.user.display_name}
        )
    return redirect("peergroups:space_manage", slug=space.slug)


@policy_view
@require_POST
def space_set_role(request, slug, user_id):
    space = _managed_space(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), space=space, user_id=user_id)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            space_actions.do_set_role(request.user, space, membership.user, form.cleaned_data["role"])
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(
                request, _("The role of %(name)s has been changed.") % {"name": membership.user.display_name}
            )
    else:
        messages.error(request, _("Unknown role."))
    return redirect("peergroups:space_manage", slug=space.slug)


@policy_view
@require_POST
def space_hand_over(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.is_space_coordinator(ctx, space), _("Only a coordinator can hand over the role."))
    form = HandOverForm(request.POST, space=space, exclude_user=request.user)
    if not form.is_valid():
        messages.error(request, _("Choose a member of the group."))
        return redirect("peergroups:space_members", slug=space.slug)
    try:
        space_actions.do_hand_over(request.user, space, form.cleaned_data["member"])
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(
            request,
            _("%(name)s is now the coordinator. You are still a member.")
            % {"name": form.cleaned_data["member"].display_name},
        )
    return redirect("peergroups:space_members", slug=space.slug)


@policy_view
def space_settings(request, slug):
    space = _managed_space(request, slug)
    initial = {
        "name": space.name,
        "description": space.description,
        "visibility": space.visibility,
        "content_public": space.content_public,
        "capacity": space.capacity,
        "themes": list(space.themes.all()),
    }
    form = SpaceSettingsForm(request.POST or None, initial=initial, prefix="space")
    wg_form = None
    working_group = getattr(space, "working_group", None) if space.kind == SpaceKind.WORKING_GROUP else None
    if working_group is not None:
        wg_form = WorkingGroupSettingsForm(
            request.POST or None,
            prefix="wg",
            initial={
                "theme": working_group.theme,
                "portfolio_holder": working_group.portfolio_holder,
                "minimum_size": working_group.minimum_size,
                "recruiting": working_group.recruiting,
            },
        )
    if request.method == "POST" and form.is_valid() and (wg_form is None or wg_form.is_valid()):
        data = dict(form.cleaned_data)
        themes = data.pop("themes")
        try:
            space_actions.do_update_space(request.user, space, themes=themes, **data)
            if wg_form is not None:
                space_actions.do_update_working_group(request.user, working_group, **wg_form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The settings have been saved."))
            return redirect(space)
    return render(
        request,
        "peergroups/space_settings.html",
        {
            "space": space,
            "form": form,
            "wg_form": wg_form,
            "tab": "manage",
            **space_capabilities(request.permissions, space),
        },
    )


# --- creating ---------------------------------------------------------------------


@policy_view
def peer_group_create(request):
    ctx = request.permissions
    require(ctx, permissions.can_create_space(ctx, SpaceKind.PEER_GROUP), _("Only members can start a peer group."))
    organisation_ids = parse_ids(request.GET.getlist("organisatie"))
    if ctx.organisation_id:
        organisation_ids.append(ctx.organisation_id)
    initial = {
        "organisations": organisation_ids,
        "learning_questions": parse_ids(request.GET.getlist("leervraag")),
    }
    form = PeerGroupForm(request.POST or None, initial=initial, organisation_ids=organisation_ids)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            space = space_actions.do_create_peer_group(
                request.user,
                name=data["name"],
                description=data["description"],
                visibility=data["visibility"],
                content_public=data["content_public"],
                themes=data["themes"],
                organisations=data["organisations"],
                learning_questions=data["learning_questions"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The peer group has been created. You are its coordinator."))
            return redirect(space)
    return render(request, "peergroups/space_create.html", {"form": form, "kind": SpaceKind.PEER_GROUP})


@policy_view
def working_group_create(request):
    ctx = request.permissions
    require(
        ctx,
        permissions.can_create_space(ctx, SpaceKind.WORKING_GROUP),
        _("Only site administrators set up working groups."),
    )
    form = WorkingGroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            space = space_actions.do_create_working_group(
                request.user,
                name=data["name"],
                description=data["description"],
                theme=data["theme"],
                coordinator=data["coordinator"],
                portfolio_holder=data["portfolio_holder"],
                visibility=data["visibility"],
                capacity=data["capacity"],
                minimum_size=data["minimum_size"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The working group has been set up."))
            return redirect(space)
    return render(request, "peergroups/space_create.html", {"form": form, "kind": SpaceKind.WORKING_GROUP})


# --- invitations and "my groups" --------------------------------------------------


@policy_view
def invitation(request, token):
    ctx = request.permissions
    require(ctx, ctx.is_member)
    found = Invitation.objects.select_related("space", "invited_by").filter(token=token).first()
    if found is None or (found.user_id is not None and found.user_id != ctx.user_id):
        raise Http404(permissions.NOT_FOUND)
    if request.method == "POST":
        accept = request.POST.get("choice") == "accept"
        try:
            space_actions.do_respond_to_invitation(request.user, found, accept=accept)
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            if accept:
                messages.success(
                    request, _("Welcome! You are now a member of %(group)s.") % {"group": found.space.name}
                )
                return redirect(found.space)
            messages.success(request, _("You have declined the invitation."))
            return redirect("peergroups:my_spaces")
    return render(request, "peergroups/invitation.html", {"invitation": found})


@policy_view
def my_spaces(request):
    ctx = request.permissions
    require(ctx, ctx.is_member)
    memberships = Membership.objects.filter(user=request.user).select_related("space").order_by("space__name")
    space_ids = [m.space_id for m in memberships]
    context = {
        "memberships": memberships,
        "requests": JoinRequest.objects.filter(user=request.user, status="pending").select_related("space"),
        "waiting": WaitingListEntry.objects.filter(
            user=request.user, status__in=WaitingListEntry.ACTIVE_STATUSES
        ).select_related("space"),
        "invitations": Invitation.objects.filter(user=request.user, status="pending").select_related(
            "space", "invited_by"
        ),
        "meetings": Meeting.objects.filter(space_id__in=space_ids, starts_at__gte=timezone.now()).select_related(
            "space"
        )[:8],
        "activities": Activity.objects.filter(space_id__in=space_ids).select_related("actor", "space")[:15],
    }
    profile = MemberProfile.objects.filter(user=request.user).select_related("organisation").first()
    if profile and profile.organisation:
        context["organisation"] = profile.organisation
        context["suggested_groups"] = suggest_peer_groups(profile.organisation, ctx=ctx, limit=3)
    return render(request, "peergroups/my_spaces.html", context)
