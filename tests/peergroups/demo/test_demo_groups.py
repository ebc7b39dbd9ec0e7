"""The peer network's demo content: what it holds, and loading it twice changes nothing."""

import pytest

from peergroups import policy as permissions
from peergroups.demo import loader as demo
from peergroups.models import Activity, Document, JoinRequest, Membership, Space, Spearhead, User

pytestmark = pytest.mark.django_db


def counts():
    return [m.objects.count() for m in (Space, Membership, Activity, Spearhead, Document, JoinRequest)]


def test_demo_groups(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    demo.load()
    first = counts()
    demo.load()
    assert counts() == first  # idempotent

    working_groups = set(Space.objects.filter(kind="working_group").values_list("name", flat=True))
    assert working_groups == {
        "Dienstverlening",
        "Benchmarking en kwaliteit van de overheid",
        "ICT en standaardisering",
        "Bedrijfsvoering",
    }
    coordinator = permissions.PermissionContext(User.objects.get(email="coordinator@leerplatform.example"))
    service = Space.objects.get(slug="werkgroep-dienstverlening")
    assert permissions.is_space_coordinator(coordinator, service)
    secretary = permissions.PermissionContext(User.objects.get(email="secretaris@leerplatform.example"))
    assert secretary.space_ids and not secretary.coordinated_space_ids
    assert Spearhead.objects.filter(target__contains="75%").exists()
    assert JoinRequest.objects.filter(space=service, status="pending").count() == 1
    peer_groups = Space.objects.filter(kind="peer_group").exclude(visibility="secret")
    assert peer_groups.count() == 3
    assert all(g.peer_group.learning_questions.exists() for g in peer_groups)
    secret = Space.objects.get(visibility="secret")
    assert not permissions.can_view_space(permissions.PermissionContext(None), secret)
    # Every group keeps at least one coordinator (the help portal has none: every member is in it).
    for space in Space.objects.exclude(kind="portal"):
        assert Membership.objects.filter(space=space, role="coordinator").exists(), space


def test_demo_dates_are_relative_to_the_day_the_demo_is_loaded():
    """The work plan's deadlines lie in the current year, no report is dated in the future, events lie ahead."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from knowledge.models import EventPage
    from peergroups.models import Spearhead, SpearheadUpdate

    call_command("load_demo", verbosity=0)
    today = timezone.localdate()
    deadlines = set(Spearhead.objects.values_list("deadline__year", flat=True))
    assert deadlines == {today.year}
    assert SpearheadUpdate.objects.exists()
    assert not SpearheadUpdate.objects.filter(reported_on__gt=today).exists()
    upcoming = EventPage.objects.live().filter(start__date__gte=today)
    assert upcoming.filter(start__date__lte=today + datetime.timedelta(days=42)).exists()
