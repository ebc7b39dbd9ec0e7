"""The peer network's demo content: what it holds, and loading it twice changes nothing."""

import pytest

from peergroups import demo, permissions
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
