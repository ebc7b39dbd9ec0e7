"""Registration over HTTP: who may register and see the list, the CSV, the mail's calendar file."""

import csv
import io

import pytest
from django.urls import reverse
from icalendar import Calendar

from knowledge import events
from knowledge.models import Registration


def register_url(item):
    return reverse("knowledge:register", args=[events.kind_of(item), item.pk])


def registrants_url(item, csv_file=False):
    name = "knowledge:registrants_csv" if csv_file else "knowledge:registrants"
    return reverse(name, args=[events.kind_of(item), item.pk])


def test_a_visitor_is_asked_to_log_in(client, event):
    html = client.get(event.url).content.decode()
    assert "Log in om u aan te melden." in html or "Log in to register." in html
    response = client.post(register_url(event))
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Registration.objects.exists()


def test_a_member_registers_sees_it_and_gets_a_calendar_file(
    client, event, member, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    assert f'action="{register_url(event)}"' in client.get(event.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(event), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(event.url + "#aanmelding")
    assert "U bent aangemeld." in html
    assert reverse("knowledge:cancel_registration", args=["evenement", event.pk]) in html
    (message,) = mailoutbox
    assert message.to == [member.email] and "Aangemeld" in message.subject
    assert "Utrecht" in message.body and "&#x27;" not in message.body
    (name, content, mimetype) = message.attachments[0]
    calendar = Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert calendar["METHOD"] == "PUBLISH" and mimetype.startswith("text/calendar")
    assert vevent.decoded("DTSTART") == event.start and vevent["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert vevent.decoded("DTEND") == event.end
    assert str(vevent["UID"]) == events.calendar_uid(event)


def test_a_member_cancels(client, event, member, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(member)
    client.post(register_url(event))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("knowledge:cancel_registration", args=["evenement", event.pk]), follow=True)
    assert "Uw aanmelding is geannuleerd." in response.content.decode()
    assert Registration.objects.get(user=member).status == Registration.Status.CANCELLED
    assert Calendar.from_ical(mailoutbox[-1].attachments[0][1])["METHOD"] == "CANCEL"


def test_registering_twice_says_so(client, event, member):
    client.force_login(member)
    client.post(register_url(event))
    response = client.post(register_url(event), follow=True)
    assert "U bent al aangemeld voor dit evenement." in response.content.decode()
    assert Registration.objects.filter(user=member).count() == 1


def test_a_full_event_offers_the_waiting_list(client, event, members):
    for person in members[:2]:
        events.do_register(person, event)
    client.force_login(members[2])
    assert "Op de wachtlijst" in client.get(event.url).content.decode()
    response = client.post(register_url(event), follow=True)
    assert "U staat op nummer 1 van de wachtlijst." in response.content.decode()


def test_the_list_of_registrants_is_for_editors_and_the_organiser(client, event, members, editor, member):
    events.do_register(members[0], event)
    events.do_register(members[1], event)
    events.do_register(members[2], event)
    assert client.get(registrants_url(event)).status_code == 302  # visitor: log in
    client.force_login(member)
    assert client.get(registrants_url(event)).status_code == 403
    assert client.get(registrants_url(event, csv_file=True)).status_code == 403
    assert "Wie is aangemeld" not in client.get(event.url).content.decode()
    event.owner = member  # the person who made the page organises it
    event.save()
    assert client.get(registrants_url(event)).status_code == 200
    client.force_login(editor)
    assert "Wie is aangemeld" in client.get(event.url).content.decode()
    html = client.get(registrants_url(event)).content.decode()
    assert all(person.email in html for person in members[:3])


def test_the_registrants_export_as_csv(client, event, members, editor):
    for person in members[:3]:
        events.do_register(person, event)
    members[0].first_name = "=HYPERLINK(1)"
    members[0].save()
    client.force_login(editor)
    response = client.get(registrants_url(event, csv_file=True))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode()), delimiter=";"))
    assert rows[0] == ["Naam", "E-mail", "Organisatie", "Status", "Aangemeld op"]
    assert [row[1] for row in rows[1:]] == [person.email for person in members[:3]]
    assert [row[3] for row in rows[1:]] == ["aangemeld", "aangemeld", "op de wachtlijst"]
    assert rows[1][0].startswith("'=")  # a spreadsheet does not run it as a formula
    assert rows[1][2] == "Gemeente Deventer"


@pytest.mark.parametrize("kind", ["onbekend", "activiteit"])
def test_unknown_items_are_not_found(client, member, kind):
    client.force_login(member)
    assert client.post(reverse("knowledge:register", args=[kind, 999999])).status_code == 404
