"""Work plans: progress per spearhead, per group and across groups; who may report."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from peergroups.models import Spearhead
from peergroups.spaces import actions as space_actions
from peergroups.spaces.workplans import actions as workplan_actions
from peergroups.spaces.workplans.progress import overall_progress, plan_progress

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2009, 10, 1)


@pytest.fixture
def group(site_admin, make_user, make_organisation):
    org = make_organisation("Gemeente Boxtel")
    coordinator = make_user(organisation=org, first_name="Coby")
    owner = make_user(organisation=org, first_name="Otto")
    space = space_actions.do_create_working_group(
        site_admin, name="Benchmarking en kwaliteit van de overheid", coordinator=coordinator
    )
    request = space_actions.do_request_to_join(owner, space, motivation="Ik trek de benchmark.")
    space_actions.do_decide_join_request(coordinator, request, approve=True)
    return space, coordinator, owner


def spearhead(space, coordinator, number, **fields):
    defaults = {"title": f"Speerpunt {number}", "target": "Doel", "status": Spearhead.Status.IN_PROGRESS}
    defaults.update(fields)
    return workplan_actions.do_save_spearhead(coordinator, space.working_group, number=number, **defaults)


def report(user, item, when, **fields):
    return workplan_actions.do_report_progress(user, item, note="Stand van zaken", reported_on=when, **fields)


def test_progress_rules(group):
    space, coordinator, owner = group
    measured = spearhead(
        space,
        coordinator,
        6,
        target="75% deelname per 31 december 2009",
        target_value=Decimal("75"),
        baseline_value=Decimal("40"),
        unit="%",
        owner=owner,
        deadline=datetime.date(2009, 12, 31),
    )
    report(owner, measured, datetime.date(2009, 4, 1), value=Decimal("45"))
    report(owner, measured, datetime.date(2009, 9, 1), value=Decimal("57.5"))  # latest counts: 17.5/35 = 50%
    estimated = spearhead(space, coordinator, 5, deadline=datetime.date(2009, 7, 1))
    report(coordinator, estimated, datetime.date(2009, 6, 1), percent_complete=30)  # overdue on TODAY
    achieved = spearhead(space, coordinator, 7)
    report(coordinator, achieved, datetime.date(2009, 5, 1), percent_complete=10, status="achieved")
    untouched = spearhead(space, coordinator, 8, status=Spearhead.Status.PLANNED)
    stopped = spearhead(space, coordinator, 9, status=Spearhead.Status.STOPPED)
    overshoot = spearhead(space, coordinator, 10, target_value=Decimal("10"))
    report(coordinator, overshoot, datetime.date(2009, 5, 1), value=Decimal("14"))

    plan = plan_progress(space.working_group.spearheads.prefetch_related("updates"), TODAY)
    percent = {p.spearhead.number: p.percent for p in plan.spearheads}
    assert percent == {5: 30, 6: 50, 7: 100, 8: 0, 9: None, 10: 100}
    assert plan.percent == round((30 + 50 + 100 + 0 + 100) / 5)  # stopped does not count
    assert plan.achieved == 1
    assert [p.spearhead.number for p in plan.spearheads if p.overdue] == [5]
    assert stopped.status == "stopped" and untouched.status == "planned"


def test_progress_across_groups_weighs_every_spearhead_once(group, site_admin, make_user, make_organisation):
    space, coordinator, _owner = group
    first = spearhead(space, coordinator, 1)
    report(coordinator, first, TODAY, percent_complete=100)
    other_coordinator = make_user(organisation=make_organisation())
    other = space_actions.do_create_working_group(site_admin, name="Bedrijfsvoering", coordinator=other_coordinator)
    for number in (1, 2, 3):
        item = spearhead(other, other_coordinator, number)
        report(other_coordinator, item, TODAY, percent_complete=20)
    plans = [plan_progress(s.working_group.spearheads.prefetch_related("updates"), TODAY) for s in (space, other)]
    assert [p.percent for p in plans] == [100, 20]
    assert overall_progress(plans).percent == 40  # (100 + 3 * 20) / 4, not the mean of the means (60)


def test_reporting_rules(group, make_user, make_organisation):
    space, coordinator, owner = group
    item = spearhead(space, coordinator, 3, owner=owner)
    other = spearhead(space, coordinator, 4, owner=coordinator)
    report(owner, item, TODAY, percent_complete=40)
    assert Spearhead.objects.get(pk=item.pk).status == "in_progress"
    with pytest.raises(PermissionDenied):
        report(owner, other, TODAY, percent_complete=40)  # not the owner of this one
    with pytest.raises(ValidationError):
        report(owner, item, TODAY)  # nothing reported
    with pytest.raises(ValidationError):
        report(owner, item, TODAY, value=Decimal("3"))  # no numeric target
    with pytest.raises(PermissionDenied):
        workplan_actions.do_save_spearhead(
            owner, space.working_group, number=5, title="x", target="y", status="planned"
        )
    with pytest.raises(ValidationError):
        spearhead(space, coordinator, 3)  # numbers are unique per group
    outsider = make_user(organisation=make_organisation())
    with pytest.raises(ValidationError):
        spearhead(space, coordinator, 6, owner=outsider)  # owners are members


def test_work_plan_pages(client, group):
    space, coordinator, owner = group
    item = spearhead(space, coordinator, 6, target="75% deelname", target_value=Decimal("75"), owner=owner)
    client.force_login(owner)
    response = client.post(
        reverse("peergroups:spearhead_detail", args=[space.slug, 6]),
        {"reported_on": "2009-09-01", "value": "30", "percent_complete": "", "status": "", "note": "Goede start"},
    )
    assert response.status_code == 302
    page = client.get(reverse("peergroups:work_plan", args=[space.slug])).content.decode()
    assert "75% deelname" in page and 'value="40"' in page
    overview = client.get(reverse("peergroups:work_plan_overview")).content.decode()
    assert space.name in overview and "40%" in overview
    # Bad input: a clear message, what was typed is kept, nothing saved.
    response = client.post(
        reverse("peergroups:spearhead_detail", args=[space.slug, 6]),
        {"reported_on": "gisteren", "value": "", "percent_complete": "150", "status": "", "note": "Te veel"},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode() and "Te veel" in response.content.decode()
    assert item.updates.count() == 1
