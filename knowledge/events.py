"""Registration for events and regional activities: the only place that writes registrations.

Places are taken first come, first served. While an item has free places a
registration is confirmed; when it is full the person joins the waiting list.
A cancellation frees a place for the first person waiting, who is told by
e-mail. Every write locks the item's row first (``SELECT … FOR UPDATE``), so
two people registering at the same moment are put in order by the database
and never both take the last place.

The confirmation carries an iCalendar file (RFC 5545, ``METHOD:PUBLISH``;
``METHOD:CANCEL`` with the same ``UID`` when a place is given back). E-mails
are queued after commit and rendered when sent, from the registration as it
is then: a registration cancelled before its confirmation went out sends none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from peergroups import policy as permissions
from peergroups.core.mail import send_plain_mail

from . import event_policy
from .models import Registration

KIND_EVENT = "evenement"
KIND_ACTIVITY = "activiteit"
KINDS = (KIND_EVENT, KIND_ACTIVITY)
ICS_CONTENT_TYPE = "text/calendar"


# --- what an agenda item looks like to registration ------------------------------------


def kind_of(item) -> str:
    return KIND_ACTIVITY if event_policy.is_activity(item) else KIND_EVENT


def _target(item) -> dict:
    return {"activity": item} if event_policy.is_activity(item) else {"event": item}


def starts(item) -> dt.datetime:
    return item.starts_at if event_policy.is_activity(item) else item.start


def ends(item) -> dt.datetime | None:
    return item.ends_at if event_policy.is_activity(item) else item.end


def item_url(item) -> str:
    """The item's address on the platform (path only)."""
    if event_policy.is_activity(item):
        return reverse("knowledge:activity", args=[item.pk])
    return item.url or "/"


def absolute(url: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"


def item_for(ctx, kind: str, pk: int):
    """The item of ``kind`` with ``pk`` that ``ctx`` may see, or the same 404."""
    if kind == KIND_ACTIVITY:
        return event_policy.access_activity(ctx, pk)
    if kind == KIND_EVENT:
        return event_policy.access_event(ctx, pk)
    raise Http404(permissions.NOT_FOUND)


@dataclass(frozen=True)
class Places:
    capacity: int | None
    confirmed: int
    waiting: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)

    @property
    def full(self) -> bool:
        return self.capacity is not None and (self.confirmed >= self.capacity or self.waiting > 0)


def places(item) -> Places:
    counts = Registration.objects.filter(**_target(item)).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
    )
    return Places(capacity=item.capacity, confirmed=counts["confirmed"], waiting=counts["waiting"])


def registration_of(user, item) -> Registration | None:
    """The user's registration (confirmed or waiting), if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Registration.objects.filter(**_target(item), user=user).exclude(status=Registration.Status.CANCELLED).first()


def waiting_position(registration: Registration) -> int | None:
    """1 for the first person on the waiting list."""
    if registration.status != Registration.Status.WAITING:
        return None
    queued = registration.queued_at
    return Registration.objects.filter(
        Q(queued_at__lt=queued) | Q(queued_at=queued, pk__lte=registration.pk),
        event_id=registration.event_id,
        activity_id=registration.activity_id,
        status=Registration.Status.WAITING,
    ).count()


# --- writes ------------------------------------------------------------------------------


def _locked(item):
    """The item again, with its row locked until the end of the transaction."""
    return type(item).objects.select_for_update(of=("self",)).get(pk=item.pk)


def _fill_places(item) -> list[Registration]:
    """Give free places to the people waiting longest; returns who got one."""
    waiting = Registration.objects.filter(**_target(item), status=Registration.Status.WAITING).select_for_update()
    if item.capacity is not None:
        taken = Registration.objects.filter(**_target(item), status=Registration.Status.CONFIRMED).count()
        free = item.capacity - taken
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status", "changed_at"])
        _mail_after_commit(registration.pk, "promoted")
    return promoted


@transaction.atomic
def do_register(actor, item) -> Registration:
    """Take a place, or join the waiting list when the item is full."""
    ctx = permissions.fresh_context(actor)
    if not event_policy.can_register(ctx, item):
        permissions.require(ctx, False, _("Registration for this event is not open to you."))
    item = _locked(item)
    _fill_places(item)
    registration = Registration.objects.filter(**_target(item), user=actor).first()
    if registration is not None and registration.status != Registration.Status.CANCELLED:
        raise ValidationError(_("You have already registered for this event."))
    current = places(item)
    status = Registration.Status.WAITING if current.full else Registration.Status.CONFIRMED
    if registration is None:
        registration = Registration(**_target(item), user=actor)
    registration.status = status
    registration.queued_at = timezone.now()
    registration.save()
    _mail_after_commit(registration.pk, "confirmed" if status == Registration.Status.CONFIRMED else "waiting")
    return registration


@transaction.atomic
def do_cancel(actor, item) -> Registration:
    """Give a place back (or leave the waiting list); the first person waiting gets the place."""
    ctx = permissions.fresh_context(actor)
    item = _locked(item)
    registration = (
        Registration.objects.select_for_update()
        .filter(**_target(item), user=actor)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
    if registration is None:
        raise ValidationError(_("You are not registered for this event."))
    if not event_policy.can_cancel(ctx, item, registration):
        raise PermissionDenied(_("This registration can no longer be cancelled."))
    had_place = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.save(update_fields=["status", "changed_at"])
    _fill_places(item)
    _mail_after_commit(registration.pk, "cancelled" if had_place else "left_waiting_list")
    return registration


# --- the organiser's list -------------------------------------------------------------------


def registrants(item):
    """Confirmed registrations, then the waiting list, each in order of registration."""
    return (
        Registration.objects.filter(**_target(item))
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("user__profile__organisation")
        .order_by("status", "queued_at", "pk")  # "confirmed" sorts before "waiting"
    )


def _organisation_name(user) -> str:
    profile = getattr(user, "profile", None)
    organisation = getattr(profile, "organisation", None)
    return organisation.name if organisation else ""


def _csv_cell(value: str) -> str:
    """Cells a spreadsheet would run as a formula get a leading apostrophe."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def registrants_csv(item) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([_("Name"), _("E-mail"), _("Organisation"), _("Status"), _("Registered at")])
    for registration in registrants(item):
        user = registration.user
        writer.writerow(
            [
                _csv_cell(user.get_full_name() or user.email),
                _csv_cell(user.email),
                _csv_cell(_organisation_name(user)),
                registration.get_status_display(),
                timezone.localtime(registration.queued_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return buffer.getvalue()


# --- the calendar file ------------------------------------------------------------------------


def calendar_uid(item) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "leerplatform.invalid"
    return f"{kind_of(item)}-{item.pk}@{host}"


def calendar_file(item, *, cancelled: bool = False) -> bytes:
    """An RFC 5545 calendar with the item as one VEVENT, in the platform's time zone."""
    from icalendar import Calendar, Event

    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    start = timezone.localtime(starts(item), zone)
    end = ends(item)
    calendar = Calendar()
    calendar.add("prodid", "-//Leerplatform Publiek Management//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", calendar_uid(item))
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", start)
    if end:
        event.add("dtend", timezone.localtime(end, zone))
    event.add("summary", item.title)
    location = item.location or (_("Online") if getattr(item, "is_online", False) else "")
    if location:
        event.add("location", location)
    description = getattr(item, "summary", "") or getattr(item, "description", "")
    url = absolute(item_url(item))
    event.add("description", f"{description}\n\n{url}".strip())
    event.add("url", url)
    event.add("sequence", 1 if cancelled else 0)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    first, last = start.date() - dt.timedelta(days=1), (end or start).date() + dt.timedelta(days=1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


# --- e-mail ----------------------------------------------------------------------------------

#: reason → (the status the registration must still have, whether a calendar file goes with it)
MAIL_REASONS = {
    "confirmed": (Registration.Status.CONFIRMED, "publish"),
    "waiting": (Registration.Status.WAITING, None),
    "promoted": (Registration.Status.CONFIRMED, "publish"),
    "cancelled": (Registration.Status.CANCELLED, "cancel"),
    "left_waiting_list": (Registration.Status.CANCELLED, None),
}


def _mail_after_commit(registration_id: int, reason: str) -> None:
    transaction.on_commit(lambda: registration_mail_task.enqueue(registration_id, reason))


@task()
def registration_mail_task(registration_id: int, reason: str) -> None:
    registration = (
        Registration.objects.select_related("user", "event", "activity__space").filter(pk=registration_id).first()
    )
    if registration is None:
        return
    status, calendar = MAIL_REASONS[reason]
    if registration.status != status or not registration.user.email:
        return
    item = registration.event or registration.activity
    if item is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "registration": registration,
            "item": item,
            "starts": starts(item),
            "ends": ends(item),
            "url": absolute(item_url(item)),
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            "position": waiting_position(registration),
        }
        attachments = []
        if calendar:
            ics = calendar_file(item, cancelled=calendar == "cancel")
            content_type = f"{ICS_CONTENT_TYPE}; method={calendar.upper()}"
            attachments.append((f"{kind_of(item)}-{item.pk}.ics", ics, content_type))
        send_plain_mail(f"knowledge/email/registration_{reason}", context, [registration.user.email], attachments)
