"""Thin views for registration: register, cancel, a regional activity's page, the registrants.

Rules come from ``knowledge.event_policy``, writes from ``knowledge.events``.
Every form is a plain POST that redirects back to the item's page, so it works
without JavaScript.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from peergroups.policy import policy_view, require

from . import event_policy, events


def registration_panel(request, item) -> dict | None:
    """What the registration block of an item's page shows to this reader (None for an unsaved preview)."""
    if item.pk is None:
        return None
    ctx = event_policy.context_of(request)
    registration = events.registration_of(request.user, item)
    return {
        "item": item,
        "kind": events.kind_of(item),
        "places": events.places(item),
        "registration": registration,
        "position": events.waiting_position(registration) if registration else None,
        "takes_registrations": event_policy.takes_registrations(item),
        "can_register": registration is None and event_policy.can_register(ctx, item),
        "can_cancel": event_policy.can_cancel(ctx, item, registration),
        "can_see_registrants": event_policy.can_see_registrants(ctx, item),
    }


@policy_view
def activity_detail(request, pk):
    item = event_policy.access_activity(request.permissions, pk)
    return render(
        request,
        "knowledge/activity_page.html",
        {"activity": item, "panel": registration_panel(request, item), "url": events.item_url(item)},
    )


@policy_view
@require_POST
def register(request, kind, pk):
    item = events.item_for(request.permissions, kind, pk)
    try:
        registration = events.do_register(request.user, item)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if registration.status == registration.Status.CONFIRMED:
            messages.success(request, _("You are registered. A confirmation with a calendar file is on its way."))
        else:
            messages.success(
                request, _("The event is full: you are on the waiting list. We will e-mail you when a place frees up.")
            )
    return redirect(events.item_url(item) + "#aanmelding")


@policy_view
@require_POST
def cancel(request, kind, pk):
    item = events.item_for(request.permissions, kind, pk)
    try:
        events.do_cancel(request.user, item)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Your registration has been cancelled."))
    return redirect(events.item_url(item) + "#aanmelding")


@policy_view
def registrants(request, kind, pk):
    ctx = request.permissions
    item = events.item_for(ctx, kind, pk)
    require(ctx, event_policy.can_see_registrants(ctx, item), _("Only editors and the organiser see who registered."))
    return render(
        request,
        "knowledge/registrants.html",
        {
            "item": item,
            "kind": kind,
            "registrants": events.registrants(item),
            "places": events.places(item),
            "url": events.item_url(item),
        },
    )


@policy_view
def registrants_csv(request, kind, pk):
    ctx = request.permissions
    item = events.item_for(ctx, kind, pk)
    require(ctx, event_policy.can_see_registrants(ctx, item), _("Only editors and the organiser see who registered."))
    response = HttpResponse(events.registrants_csv(item), content_type="text/csv; charset=utf-8")
    name = slugify(item.title)[:60] or kind
    response["Content-Disposition"] = f'attachment; filename="aanmeldingen-{name}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response
