"""Thin views for people and organisations: ask the policy, call an action, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import MemberProfile, Organisation
from peergroups.organisations import actions
from peergroups.organisations.forms import (
    LearningQuestionForm,
    MemberDecisionForm,
    OrganisationFilterForm,
    OrganisationForm,
    ProfileForm,
)
from peergroups.policy import login_required_here, members_only


def organisation_list(request):
    form = OrganisationFilterForm(request.GET or None)
    organisations = (
        Organisation.objects.select_related("policy_domain")
        .order_by("name")
        .annotate(member_count=Count("members", filter=Q(members__status=MemberProfile.Status.MEMBER)))
    )
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            organisations = organisations.filter(name__icontains=data["q"])
        for name in ("organisation_type", "government_layer", "province"):
            if data[name]:
                organisations = organisations.filter(**{name: data[name]})
    page = Paginator(organisations, 25).get_page(request.GET.get("pagina"))
    return render(request, "peergroups/organisation_list.html", {"form": form, "page": page})


#: Members listed per page on an organisation's page.
MEMBERS_PER_PAGE = 30


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation.objects.select_related("policy_domain"), slug=slug)
    ctx = request.permissions
    members = None
    if permissions.can_view_member_profiles(ctx):
        # A page of members at a time: a large organisation has hundreds on the platform.
        members = Paginator(
            MemberProfile.objects.filter(permissions.profiles_visible_to(ctx), organisation=organisation)
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "pk"),
            MEMBERS_PER_PAGE,
        ).get_page(request.GET.get("leden"))
    questions = Paginator(organisation.learning_questions.prefetch_related("themes"), 20).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "peergroups/organisation_detail.html",
        {
            "organisation": organisation,
            "members": members,
            "can_see_members": permissions.can_view_member_profiles(ctx),
            "questions": questions,
            "page": questions,  # for includes/pagination.html
            "can_edit": permissions.can_edit_organisation(ctx, organisation),
        },
    )


@members_only
def organisation_edit(request, slug):
    organisation = permissions.access_organisation_for_edit(request.permissions, slug)
    form = OrganisationForm(request.POST or None, instance=Organisation.objects.get(pk=organisation.pk))
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in actions.ORGANISATION_EDITABLE_FIELDS}
        try:
            actions.do_update_organisation(request.user, organisation, **changes)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The organisation profile has been saved."))
            return redirect(organisation)
    return render(request, "peergroups/organisation_edit.html", {"organisation": organisation, "form": form})


@members_only
def learning_question_edit(request, slug, pk=None):
    ctx = request.permissions
    if pk is None:
        question = None
        organisation = permissions.access_organisation_for_edit(ctx, slug)
    else:
        question = permissions.access_learning_question_for_edit(ctx, slug, pk)
        organisation = question.organisation
    form = LearningQuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.do_save_learning_question(
                request.user,
                organisation,
                question=question,
                title=data["title"],
                body=data["body"],
                status=data["status"],
                themes=data["themes"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The learning question has been saved."))
            return redirect(organisation)
    return render(
        request,
        "peergroups/learning_question_edit.html",
        {
            "organisation": organisation,
            "question": question,
            "form": form,
        },
    )


@login_required_here
def my_profile(request):
    profile = actions.do_create_member_profile(request.user)
    if request.permissions.is_member and profile.status == MemberProfile.Status.MEMBER:
        return redirect("peergroups:member_profile", user_id=request.user.pk)
    return render(request, "peergroups/my_pending_profile.html", {"profile": profile})


@members_only
def member_profile(request, user_id):
    profile = permissions.access_member_profile(request.permissions, user_id)
    return render(
        request,
        "peergroups/member_profile.html",
        {
            "profile": profile,
            "can_edit": permissions.can_edit_profile(request.permissions, profile),
        },
    )


@login_required_here
def profile_edit(request):
    profile = actions.do_create_member_profile(request.user)
    initial = {
        "first_name": request.user.first_name,
        "last_name": request.user.last_name,
        "function": profile.function,
        "province": profile.province,
        "bio": profile.bio,
        "expertise": ", ".join(profile.expertise.names()),
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        actions.do_update_profile(request.user, profile, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("peergroups:my_profile")
    return render(request, "peergroups/profile_edit.html", {"form": form, "profile": profile})


@login_required_here
def pending_accounts(request):
    if not permissions.can_approve_members(request.permissions):
        raise PermissionDenied
    pending = (
        MemberProfile.objects.filter(status=MemberProfile.Status.PENDING).select_related("user").order_by("created_at")
    )
    return render(
        request,
        "peergroups/pending_accounts.html",
        {
            "pending": pending,
            "organisations": Organisation.objects.only("pk", "name"),
        },
    )


@login_required_here
def decide_account(request, profile_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not permissions.can_approve_members(request.permissions):
        raise PermissionDenied
    profile = get_object_or_404(MemberProfile.objects.select_related("user"), pk=profile_id)
    form = MemberDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The decision could not be read; please try again."))
        return redirect("peergroups:pending_accounts")
    data = form.cleaned_data
    try:
        if data["decision"] == "approve":
            actions.do_approve_member(request.user, profile, organisation=data["organisation"], note=data["note"])
            messages.success(request, _("%(email)s has been admitted.") % {"email": profile.user.email})
        else:
            actions.do_reject_member(request.user, profile, note=data["note"])
            messages.success(request, _("%(email)s has been rejected.") % {"email": profile.user.email})
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("peergroups:pending_accounts")
