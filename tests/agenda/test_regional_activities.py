"""Regional activities in the public agenda: open groups for everyone, others for their members only."""

from django.urls import reverse

from knowledge import events
from knowledge.models import Registration


def agenda_html(client, agenda, **query):
    response = client.get(agenda.url, query)
    assert response.status_code == 200
    return response.content.decode()


def test_an_open_groups_activity_is_in_the_agenda_for_visitors(client, agenda, event, make_group, make_activity):
    activity = make_activity(make_group("open"), "Regiotafel open groep")
    html = agenda_html(client, agenda)
    assert "Regiotafel open groep" in html and event.title in html
    assert reverse("knowledge:activity", args=[activity.pk]) in html
    assert client.get(reverse("knowledge:activity", args=[activity.pk])).status_code == 200


def test_a_private_groups_activity_is_only_in_the_agenda_of_its_members(
    client, agenda, make_group, make_activity, member, coordinator, site_admin
):
    closed = make_activity(make_group("closed"), "Regiotafel besloten groep")
    secret = make_activity(make_group("secret"), "Regiotafel geheime groep")
    page = reverse("knowledge:activity", args=[closed.pk])
    for viewer in (None, member):
        if viewer:
            client.force_login(viewer)
        html = agenda_html(client, agenda)
        assert "Regiotafel besloten groep" not in html and "Regiotafel geheime groep" not in html
        # The same 404 as for an activity that does not exist: nothing to probe.
        assert client.get(page).status_code == 404
        assert client.get(reverse("knowledge:activity", args=[secret.pk])).status_code == 404
        assert client.post(reverse("knowledge:register", args=["activiteit", closed.pk])).status_code in (302, 404)
    assert not Registration.objects.exists()
    client.force_login(coordinator)
    html = agenda_html(client, agenda)
    assert "Regiotafel besloten groep" in html and "Regiotafel geheime groep" in html
    client.force_login(site_admin)
    assert "Regiotafel geheime groep" in agenda_html(client, agenda)


def test_a_closed_groups_page_shows_its_activities_to_members_only(client, make_group, make_activity, coordinator):
    space = make_group("closed")
    make_activity(space, "Regiotafel besloten groep")
    assert "Regiotafel besloten groep" not in client.get(space.get_absolute_url()).content.decode()
    client.force_login(coordinator)
    assert "Regiotafel besloten groep" in client.get(space.get_absolute_url()).content.decode()


def test_the_agenda_filters_by_province(client, agenda, make_event, make_group, make_activity):
    make_event("Symposium in Den Haag", province="zuid-holland", location="Den Haag")
    make_event("Workshop in Utrecht", province="utrecht")
    make_activity(make_group("open"), "Regiotafel Gelderland", province="gelderland")
    html = agenda_html(client, agenda, provincie="gelderland")
    assert "Regiotafel Gelderland" in html
    assert "Symposium in Den Haag" not in html and "Workshop in Utrecht" not in html
    html = agenda_html(client, agenda, provincie="zuid-holland")
    assert "Symposium in Den Haag" in html and "Regiotafel Gelderland" not in html
    assert 'value="zuid-holland" selected' in html
    html = agenda_html(client, agenda, provincie="atlantis")  # unknown values show everything
    assert all(title in html for title in ("Symposium in Den Haag", "Workshop in Utrecht", "Regiotafel Gelderland"))


def test_members_register_for_an_open_groups_activity_with_a_waiting_list(
    client,
    agenda,
    make_group,
    make_activity,
    members,
    coordinator,
    editor,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    activity = make_activity(make_group("open"), "Regiotafel open groep", capacity=1)
    url = reverse("knowledge:register", args=["activiteit", activity.pk])
    for person in members[:2]:
        client.force_login(person)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url)
    statuses = [r.status for r in Registration.objects.filter(activity=activity)]
    assert statuses == [Registration.Status.CONFIRMED, Registration.Status.WAITING]
    assert mailoutbox[0].attachments and not mailoutbox[1].attachments  # a place comes with a calendar file
    registrants = reverse("knowledge:registrants", args=["activiteit", activity.pk])
    assert client.get(registrants).status_code == 403
    client.force_login(coordinator)  # who planned it sees the list
    html = client.get(registrants).content.decode()
    assert members[0].email in html and members[1].email in html
    client.force_login(editor)
    assert client.get(registrants).status_code == 200
    assert events.calendar_uid(activity).startswith("activiteit-")
