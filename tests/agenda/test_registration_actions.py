"""Registration rules, through the actions: places, waiting list, cancellation, refusals."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from icalendar import Calendar

from knowledge import events
from knowledge.models import Registration
from peergroups.policy import LoginRequired

CONFIRMED, WAITING, CANCELLED = Registration.Status.CONFIRMED, Registration.Status.WAITING, "cancelled"


def statuses(item):
    return {r.user.first_name: r.status for r in Registration.objects.filter(**events._target(item))}


def test_places_are_taken_in_order_then_people_wait(event, members):
    anna, bram, cees, _dirk = members
    for person in (anna, bram, cees):
        events.do_register(person, event)
    assert statuses(event) == {"Anna": CONFIRMED, "Bram": CONFIRMED, "Cees": WAITING}
    places = events.places(event)
    assert (places.capacity, places.confirmed, places.waiting, places.free, places.full) == (2, 2, 1, 0, True)
    assert events.waiting_position(events.registration_of(cees, event)) == 1


def test_without_a_capacity_nobody_waits(make_event, members):
    event = make_event(capacity=None)
    for person in members:
        events.do_register(person, event)
    assert set(statuses(event).values()) == {CONFIRMED}


def test_a_cancellation_gives_the_place_to_the_first_waiting_who_is_mailed(
    event, members, mailoutbox, django_capture_on_commit_callbacks
):
    anna, bram, cees, dirk = members
    with django_capture_on_commit_callbacks(execute=True):
        for person in (anna, bram, cees, dirk):
            events.do_register(person, event)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        events.do_cancel(anna, event)
    assert statuses(event) == {"Anna": CANCELLED, "Bram": CONFIRMED, "Cees": CONFIRMED, "Dirk": WAITING}
    by_recipient = {m.to[0]: m for m in mailoutbox}
    assert set(by_recipient) == {anna.email, cees.email}
    promoted = by_recipient[cees.email]
    assert "Workshop dilemmatraining" in promoted.subject
    ((name, content, mimetype),) = promoted.attachments
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    assert Calendar.from_ical(content)["METHOD"] == "PUBLISH"
    cancelled = Calendar.from_ical(by_recipient[anna.email].attachments[0][1])
    assert cancelled["METHOD"] == "CANCEL"
    assert str(cancelled.walk("VEVENT")[0]["UID"]) == events.calendar_uid(event)


def test_leaving_the_waiting_list_promotes_nobody(event, members):
    anna, bram, cees, _dirk = members
    for person in (anna, bram, cees):
        events.do_register(person, event)
    events.do_cancel(cees, event)
    assert statuses(event) == {"Anna": CONFIRMED, "Bram": CONFIRMED, "Cees": CANCELLED}


def test_registering_twice_is_refused(event, member):
    events.do_register(member, event)
    with pytest.raises(ValidationError):
        events.do_register(member, event)
    assert Registration.objects.filter(event=event, user=member).count() == 1


def test_registering_again_after_cancelling_queues_at_the_back(event, members):
    anna, bram, cees, _dirk = members
    for person in (anna, bram):
        events.do_register(person, event)
    events.do_cancel(anna, event)
    events.do_register(cees, event)
    again = events.do_register(anna, event)
    assert again.status == WAITING
    assert statuses(event) == {"Anna": WAITING, "Bram": CONFIRMED, "Cees": CONFIRMED}


def test_a_raised_capacity_is_filled_from_the_waiting_list_first(event, members):
    anna, bram, cees, dirk = members
    for person in (anna, bram, cees):
        events.do_register(person, event)
    event.capacity = 3
    event.save()
    registration = events.do_register(dirk, event)
    assert statuses(event)["Cees"] == CONFIRMED  # first come, first served
    assert registration.status == WAITING


def test_cancelling_without_a_registration_is_refused(event, member):
    with pytest.raises(ValidationError):
        events.do_cancel(member, event)


def test_visitors_pending_accounts_and_past_or_external_events_take_no_places(
    make_event, make_user, member, django_user_model
):
    from django.contrib.auth.models import AnonymousUser

    event = make_event()
    with pytest.raises(LoginRequired):
        events.do_register(AnonymousUser(), event)
    with pytest.raises(PermissionDenied):
        events.do_register(make_user(member=False), event)
    with pytest.raises(PermissionDenied):
        events.do_register(member, make_event("Voorbij", days=-3))
    with pytest.raises(PermissionDenied):
        events.do_register(member, make_event("Elders", registration_url="https://example.org/aanmelden"))
    assert not Registration.objects.exists()


def test_a_private_groups_activity_takes_registrations_from_its_members_only(
    make_group, make_activity, coordinator, member
):
    closed = make_group("closed")
    activity = make_activity(closed, "Regiotafel Gelderland", capacity=1)
    with pytest.raises(PermissionDenied):
        events.do_register(member, activity)
    assert events.do_register(coordinator, activity).status == CONFIRMED


def test_the_calendar_file_is_rfc_5545_in_amsterdam_time(event):
    calendar = Calendar.from_ical(events.calendar_file(event))
    assert calendar["VERSION"] == "2.0" and calendar["METHOD"] == "PUBLISH" and calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert vevent.decoded("DTSTART") == event.start and vevent.decoded("DTEND") == event.end
    assert vevent.decoded("DTSTART").utcoffset() is not None
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert str(vevent["UID"]) == events.calendar_uid(event) and vevent["DTSTAMP"]
    assert str(vevent["SUMMARY"]) == event.title and "Utrecht" in str(vevent["LOCATION"])
