"""Thin views for notifications: the list, mark read, e-mail settings."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from peergroups import policy as permissions
from peergroups.models import Notification
from peergroups.notifications import actions as notification_actions
from peergroups.notifications import kinds as notification_kinds
from peergroups.notifications.email import email_frequency
from peergroups.notifications.forms import NotificationSettingsForm
from peergroups.policy import policy_view, require


@policy_view
def notification_list(request):
    ctx = request.permissions
    require(ctx, ctx.is_authenticated)
    notifications = Notification.objects.filter(permissions.notifications_visible_to(ctx)).select_related(
        "actor", "space"
    )
    only_unread = request.GET.get("filter") == "ongelezen"
    if only_unread:
        notifications = notifications.filter(read_at__isnull=True)
    page = Paginator(notifications, 25).get_page(request.GET.get("pagina"))
    return render(
        request,
        "peergroups/notification_list.html",
        {"page": page, "items": notification_kinds.render_many(page, ctx), "only_unread": only_unread},
    )


@policy_view
@require_POST
def notification_read(request, pk):
    ctx = request.permissions
    require(ctx, ctx.is_authenticated)
    notification = get_object_or_404(Notification.objects.filter(permissions.notifications_visible_to(ctx)), pk=pk)
    notification_actions.do_mark_read(request.user, notification)
    if request.headers.get("HX-Request"):
        items = notification_kinds.render_many([notification], ctx)
        return render(
            request,
            "peergroups/includes/notification_item.html",
            {"notification": items[0][0], "rendered": items[0][1]},
        )
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("peergroups:notification_list")


@policy_view
@require_POST
def notification_read_all(request):
    ctx = request.permissions
    require(ctx, ctx.is_authenticated)
    count = notification_actions.do_mark_all_read(request.user)
    messages.success(request, _("All notifications are marked as read.") if count else _("There was nothing unread."))
    return redirect("peergroups:notification_list")


@policy_view
def notification_settings(request):
    ctx = request.permissions
    require(ctx, ctx.is_authenticated)
    form = NotificationSettingsForm(request.POST or None, initial={"email_frequency": email_frequency(request.user)})
    if request.method == "POST" and form.is_valid():
        try:
            notification_actions.do_set_email_frequency(request.user, form.cleaned_data["email_frequency"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your settings have been saved."))
            return redirect("peergroups:notification_list")
    return render(request, "peergroups/notification_settings.html", {"form": form})


@policy_view
def notification_open(request, pk):
    """Follow a notification's link and mark it read on the way (idempotent, harmless as GET)."""
    ctx = request.permissions
    require(ctx, ctx.is_authenticated)
    notification = get_object_or_404(
        Notification.objects.filter(permissions.notifications_visible_to(ctx)).select_related("actor", "space"), pk=pk
    )
    notification_actions.do_mark_read(request.user, notification)
    rendered = notification_kinds.render_many([notification], ctx)[0][1]
    return redirect(rendered.url or "peergroups:notification_list")
