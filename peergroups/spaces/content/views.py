"""Thin views for what is inside a group: meetings, documents, activities."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from peergroups import policy as permissions
from peergroups.models import Activity, Document, Meeting, MeetingAttendance
from peergroups.policy import policy_view, require
from peergroups.spaces.capabilities import space_capabilities
from peergroups.spaces.content import actions as content_actions
from peergroups.spaces.forms import AttendanceForm, DocumentForm, MeetingForm, RegionalActivityForm


def _content_space(request, slug, message):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_see_content(ctx, space), message)
    return space


@policy_view
def meeting_list(request, slug):
    space = _content_space(request, slug, _("Only members of this group can see its meetings."))
    ctx = request.permissions
    can_plan = permissions.can_plan_meetings(ctx, space)
    form = MeetingForm(request.POST or None) if can_plan else None
    if request.method == "POST":
        require(ctx, can_plan, _("Only coordinators plan meetings."))
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "minutes"}
            try:
                meeting = content_actions.do_plan_meeting(request.user, space, **data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("The meeting has been planned; the members have been notified."))
                return redirect("peergroups:meeting_detail", slug=space.slug, pk=meeting.pk)
    if form is not None:
        del form.fields["minutes"]
    now = timezone.now()
    meetings = Meeting.objects.filter(space=space)
    return render(
        request,
        "peergroups/meeting_list.html",
        {
            "space": space,
            "tab": "meetings",
            "upcoming": meetings.filter(starts_at__gte=now),
            "past": meetings.filter(starts_at__lt=now).order_by("-starts_at")[:20],
            "form": form,
            **space_capabilities(ctx, space),
        },
    )


@policy_view
def meeting_detail(request, slug, pk):
    ctx = request.permissions
    meeting = permissions.access_meeting(ctx, slug, pk)
    space = meeting.space
    attendances = MeetingAttendance.objects.filter(meeting=meeting).select_related("user")
    mine = next((a for a in attendances if a.user_id == ctx.user_id), None)
    return render(
        request,
        "peergroups/meeting_detail.html",
        {
            "space": space,
            "meeting": meeting,
            "tab": "meetings",
            "attending": [a for a in attendances if a.response == MeetingAttendance.Response.ATTENDING],
            "absent": [a for a in attendances if a.response == MeetingAttendance.Response.ABSENT],
            "mine": mine,
            "can_respond": permissions.can_respond_to_meeting(ctx, meeting),
            "show_names": permissions.can_see_members(ctx, space),
            **space_capabilities(ctx, space),
        },
    )


@policy_view
@require_POST
def meeting_respond(request, slug, pk):
    ctx = request.permissions
    meeting = permissions.access_meeting(ctx, slug, pk)
    require(ctx, permissions.can_respond_to_meeting(ctx, meeting), _("Only members of this group can sign up."))
    form = AttendanceForm(request.POST)
    if form.is_valid():
        content_actions.do_respond_to_meeting(request.user, meeting, form.cleaned_data["response"])
        messages.success(request, _("Your response has been saved."))
    else:
        messages.error(request, _("Choose whether you will attend."))
    return redirect("peergroups:meeting_detail", slug=slug, pk=pk)


@policy_view
def meeting_edit(request, slug, pk):
    ctx = request.permissions
    meeting = permissions.access_meeting(ctx, slug, pk)
    require(ctx, permissions.can_plan_meetings(ctx, meeting.space), _("Only coordinators change meetings."))
    fields = ("title", "starts_at", "ends_at", "location", "online_url", "agenda", "minutes")
    form = MeetingForm(request.POST or None, initial={f: getattr(meeting, f) for f in fields})
    if request.method == "POST" and form.is_valid():
        try:
            content_actions.do_update_meeting(request.user, meeting, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The meeting has been saved."))
            return redirect("peergroups:meeting_detail", slug=slug, pk=pk)
    return render(
        request,
        "peergroups/meeting_edit.html",
        {"space": meeting.space, "meeting": meeting, "form": form, "tab": "meetings"},
    )


@policy_view
def document_list(request, slug):
    space = _content_space(request, slug, _("Only members of this group can open its documents."))
    ctx = request.permissions
    can_upload = permissions.can_post(ctx, space)
    form = DocumentForm(request.POST or None, request.FILES or None) if can_upload else None
    if request.method == "POST":
        require(ctx, can_upload, _("Only members of this group can add documents."))
        if form.is_valid():
            data = form.cleaned_data
            try:
                content_actions.do_upload_document(
                    request.user,
                    space,
                    title=data["title"],
                    description=data["description"],
                    uploaded_file=data["file"],
                )
            except ValidationError as exc:
                form.add_error("file", exc)
            else:
                messages.success(request, _("The document has been added."))
                return redirect("peergroups:document_list", slug=space.slug)
    documents = Document.objects.filter(space=space).select_related("uploaded_by")
    page = Paginator(documents, 25).get_page(request.GET.get("pagina"))
    rows = [(d, permissions.can_delete_document(ctx, d)) for d in page]
    return render(
        request,
        "peergroups/document_list.html",
        {
            "space": space,
            "page": page,
            "rows": rows,
            "form": form,
            "tab": "documents",
            **space_capabilities(ctx, space),
        },
    )


@policy_view
def document_download(request, slug, pk):
    """The only way to a group document: asks the policy, then streams it as a download."""
    document = permissions.access_document(request.permissions, slug, pk)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404(permissions.NOT_FOUND)
    response = FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type=document.content_type
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@policy_view
@require_POST
def document_delete(request, slug, pk):
    document = permissions.access_document(request.permissions, slug, pk)
    require(
        request.permissions,
        permissions.can_delete_document(request.permissions, document),
        _("Only the person who added it or a coordinator can delete this document."),
    )
    content_actions.do_delete_document(request.user, document)
    messages.success(request, _("The document has been deleted."))
    return redirect("peergroups:document_list", slug=slug)


@policy_view
def regional_activity_create(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_plan_regional_activity(ctx, space), _("Only members of this group can do this."))
    form = RegionalActivityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            content_actions.do_plan_regional_activity(request.user, space, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The regional activity has been added to the group page."))
            return redirect(space)
    return render(request, "peergroups/regional_activity_form.html", {"space": space, "form": form})


@policy_view
def activity_feed(request, slug):
    space = _content_space(request, slug, _("Only members of this group can see its activity."))
    activities = Activity.objects.filter(space=space).select_related("actor")
    page = Paginator(activities, 30).get_page(request.GET.get("pagina"))
    return render(
        request,
        "peergroups/activity_feed.html",
        {"space": space, "page": page, "tab": "activity", **space_capabilities(request.permissions, space)},
    )
