"""Who may see and register for agenda items, and who sees who registered.

An agenda item is a knowledge event (``EventPage``) or a group's regional
activity (``peergroups.RegionalActivity``). The rules are built from the
platform policy (``peergroups.policy``): a regional activity is seen by
whoever ``can_see_regional_activities`` lets see its group's activities, in
listings through ``regional_activities_visible_to`` (the same rule as a query).

Each rule in the policy's forms: ``can_…`` (yes/no), ``access_…`` (the object
or the *same* 404 whether it does not exist or may not be seen).
"""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from peergroups import policy as permissions
from peergroups.models import RegionalActivity
from peergroups.policy import PermissionContext

from .models import EventPage, visible_pages_q


def context_of(request) -> PermissionContext:
    """The request's permission context (also for requests that did not pass the middleware)."""
    return getattr(request, "permissions", None) or permissions.context_for(request.user)


def is_activity(item) -> bool:
    return isinstance(item, RegionalActivity)


def can_see_item(ctx: PermissionContext, item) -> bool:
    """Events: live pages outside a private section. Activities: the group's rule."""
    if is_activity(item):
        return permissions.can_see_regional_activities(ctx, item.space)
    return EventPage.objects.filter(visible_pages_q(), pk=item.pk).exists()


def activities_visible_to(ctx: PermissionContext) -> Q:
    """Queryset filter on RegionalActivity for the agenda (the policy's rule)."""
    return permissions.regional_activities_visible_to(ctx)


def access_event(ctx: PermissionContext, pk: int) -> EventPage:
    event = EventPage.objects.filter(visible_pages_q(), pk=pk).first()
    if event is None:
        raise Http404(permissions.NOT_FOUND)
    return event


def access_activity(ctx: PermissionContext, pk: int) -> RegionalActivity:
    """The activity, or the same 404 for one that does not exist or may not be seen."""
    activity = (
        RegionalActivity.objects.filter(activities_visible_to(ctx), pk=pk).select_related("space", "organiser").first()
    )
    if activity is None or not permissions.can_view_space(ctx, activity.space):
        raise Http404(permissions.NOT_FOUND)
    return activity


def takes_registrations(item) -> bool:
    """Registration here is offered for upcoming items that are not registered for elsewhere."""
    if is_activity(item):
        return item.starts_at >= timezone.now()
    return not item.registration_url and item.start >= timezone.now()


def can_register(ctx: PermissionContext, item) -> bool:
    """Admitted members register for what they can see, while it takes registrations."""
    return ctx.is_member and takes_registrations(item) and can_see_item(ctx, item)


def can_cancel(ctx: PermissionContext, item, registration) -> bool:
    """One's own registration, until the item starts."""
    return (
        registration is not None
        and registration.user_id == ctx.user_id
        and ctx.is_authenticated
        and takes_registrations(item)
    )


def can_see_registrants(ctx: PermissionContext, item) -> bool:
    """The list of who registered: editors and the organiser.

    An event's organiser is the page's owner (who created it in the CMS); an
    activity's is the member who planned it, together with the group's
    coordinators. Nobody sees the list of an item they may not see.
    """
    if not ctx.is_member or not can_see_item(ctx, item):
        return False
    if ctx.is_editor:
        return True
    if is_activity(item):
        return item.organiser_id == ctx.user_id or permissions.can_manage_space(ctx, item.space)
    return item.owner_id is not None and item.owner_id == ctx.user_id
