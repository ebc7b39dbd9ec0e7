"""Issues, endorsements, triage, pledges, capacity and deliverables, through the real actions."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from knowledge.models import BestPracticePage, SourceKind
from peergroups.models import Membership, Notification, Theme
from resultancy import actions, queries
from resultancy.models import Deliverable, Endorsement, Pledge, StrategicIssue
from search.models import IndexOutbox

from .conftest import accept, pledge, submit

pytestmark = pytest.mark.django_db


# --- issues and endorsements ----------------------------------------------------------


def test_submitting_needs_a_member_and_text(cast):
    with pytest.raises(PermissionDenied):
        submit(cast.pending)
    with pytest.raises(ValidationError) as exc:
        submit(cast.member, title=" ", problem="")
    assert set(exc.value.error_dict) == {"title", "problem"}
    issue = submit(cast.member)
    assert issue.submitter_organisation == cast.svb
    assert IndexOutbox.objects.filter(kind="strategic_issue", object_id=str(issue.pk)).exists()


def test_one_endorsement_per_member_and_organisations_counted_once(cast, issue):
    assert queries.shared_by(issue) == 1  # the submitter's organisation (SVB)
    actions.do_endorse(cast.colleague, issue)  # also SVB
    assert queries.shared_by(issue) == 1
    with pytest.raises(ValidationError, match="already endorsed"):
        actions.do_endorse(cast.colleague, issue)
    actions.do_endorse(cast.other, issue)  # Kadaster
    actions.do_endorse(cast.third, issue)  # Kadaster again
    actions.do_endorse(cast.lead, issue)  # UWV
    assert Endorsement.objects.filter(issue=issue).count() == 4
    assert queries.shared_by(issue) == 3


def test_the_submitter_and_pending_accounts_cannot_endorse(cast, issue):
    with pytest.raises(ValidationError, match="submitted this issue yourself"):
        actions.do_endorse(cast.member, issue)
    with pytest.raises(PermissionDenied):
        actions.do_endorse(cast.pending, issue)


def test_threshold_flags_ready_and_tells_the_network_coordinators(cast, issue, settings):
    settings.RESULTANCY_READY_THRESHOLD = 2
    actions.do_endorse(cast.other, issue)
    issue.refresh_from_db()
    assert issue.status == StrategicIssue.Status.OPEN
    actions.do_endorse(cast.lead, issue)
    issue.refresh_from_db()
    assert issue.status == StrategicIssue.Status.READY
    assert Notification.objects.filter(recipient=cast.coordinator, kind="resultancy_issue_ready").exists()


def test_default_threshold_is_five(cast, issue):
    for user in (cast.colleague, cast.other, cast.third, cast.lead):
        actions.do_endorse(user, issue)
    issue.refresh_from_db()
    assert issue.status == StrategicIssue.Status.OPEN
    actions.do_endorse(cast.editor, issue)
    issue.refresh_from_db()
    assert issue.status == StrategicIssue.Status.READY


def test_merge_moves_endorsements_once_and_decline_needs_a_reason(cast, issue):
    duplicate = submit(cast.other, title="Europese samenwerking")
    actions.do_endorse(cast.colleague, duplicate)
    actions.do_endorse(cast.colleague, issue)
    actions.do_endorse(cast.third, duplicate)
    with pytest.raises(PermissionDenied):
        actions.do_merge_issue(cast.member, duplicate, into=issue)
    actions.do_merge_issue(cast.coordinator, duplicate, into=issue)
    duplicate.refresh_from_db()
    assert duplicate.status == StrategicIssue.Status.MERGED and duplicate.merged_into == issue
    assert set(issue.endorsements.values_list("user_id", flat=True)) == {cast.colleague.pk, cast.third.pk}
    with pytest.raises(ValidationError, match="already been dealt with"):
        actions.do_decline_issue(cast.coordinator, duplicate, reason="Dubbel")
    other = submit(cast.other, title="Iets anders")
    with pytest.raises(ValidationError):
        actions.do_decline_issue(cast.coordinator, other, reason=" ")
    actions.do_decline_issue(cast.coordinator, other, reason="Past niet bij het netwerk.")
    other.refresh_from_db()
    assert other.status == StrategicIssue.Status.DECLINED and other.decline_reason == "Past niet bij het netwerk."
    assert Notification.objects.filter(recipient=cast.other, kind="resultancy_issue_triaged").count() == 2


# --- teams ------------------------------------------------------------------------------------


def test_forming_a_team_creates_a_space_with_the_lead_as_coordinator(cast, make_team):
    theme = Theme.objects.create(name="Netwerksamenwerking", slug="netwerk-test", kind="case_theme")
    issue = submit(cast.member, title="Kennisbehoud")
    issue.themes.set([theme])
    with pytest.raises(PermissionDenied):
        actions.do_form_team(
            cast.member,
            issue,
            name="X",
            goal="Y",
            lead=cast.lead,
            planned_end=timezone.localdate() + dt.timedelta(days=9),
            requested_hours=10,
        )
    team = actions.do_form_team(
        cast.coordinator,
        issue,
        name="Kennisbehoud",
        goal="Een aanpak.",
        lead=cast.lead,
        planned_end=timezone.localdate() + dt.timedelta(days=90),
        requested_hours=30,
        visibility="closed",
    )
    assert team.space.kind == "resultancy_team" and team.space.visibility == "closed"
    assert list(team.space.themes.all()) == [theme]
    assert Membership.objects.get(space=team.space, user=cast.lead).role == "coordinator"
    issue.refresh_from_db()
    assert issue.status == StrategicIssue.Status.TEAM_FORMED
    assert Notification.objects.filter(recipient=cast.lead, kind="resultancy_team_formed").exists()
    with pytest.raises(ValidationError, match="already been dealt with"):
        actions.do_form_team(
            cast.coordinator,
            issue,
            name="Nog een",
            goal="Y",
            lead=cast.lead,
            planned_end=timezone.localdate() + dt.timedelta(days=9),
            requested_hours=10,
        )


def test_forming_a_team_validates_input(cast, issue):
    with pytest.raises(ValidationError) as exc:
        actions.do_form_team(
            cast.coordinator,
            issue,
            name="",
            goal="",
            lead=cast.pending,
            planned_end=timezone.localdate(),
            requested_hours=0,
        )
    assert set(exc.value.error_dict) == {"name", "goal", "lead", "planned_end", "requested_hours"}


# --- pledges and capacity ----------------------------------------------------------------------


def test_pledge_acceptance_makes_the_pledger_a_team_member(cast, make_team):
    team = make_team("forming")
    item = pledge(team, cast.other, hours=12, expertise="privacyrecht")
    assert item.organisation == cast.kadaster and item.status == Pledge.Status.PENDING
    assert Notification.objects.filter(recipient=cast.lead, kind="resultancy_pledge").exists()
    with pytest.raises(PermissionDenied):
        actions.do_decide_pledge(cast.member, item, accept=True)
    actions.do_decide_pledge(cast.lead, item, accept=True)
    item.refresh_from_db()
    assert item.status == Pledge.Status.ACCEPTED and item.decided_by == cast.lead
    assert Membership.objects.filter(space=team.space, user=cast.other, role="member").exists()
    with pytest.raises(ValidationError, match="already been decided"):
        actions.do_decide_pledge(cast.lead, item, accept=False)


def test_declined_pledge_does_not_join(cast, make_team):
    team = make_team("forming")
    item = pledge(team, cast.other)
    actions.do_decide_pledge(cast.lead, item, accept=False)
    assert not Membership.objects.filter(space=team.space, user=cast.other).exists()
    assert Notification.objects.filter(recipient=cast.other, kind="resultancy_pledge_decided").exists()


def test_pledge_rules(cast, make_team):
    proposed = make_team()
    with pytest.raises(ValidationError, match="not looking for people"):
        pledge(proposed, cast.other)
    team = make_team("forming", title="Klantgerichtheid")
    with pytest.raises(PermissionDenied):
        pledge(team, cast.pending)
    today = timezone.localdate()
    with pytest.raises(ValidationError) as exc:
        pledge(team, cast.other, hours=0, role="", starts_on=today, ends_on=today - dt.timedelta(days=1))
    assert set(exc.value.error_dict) == {"role", "hours_per_month", "ends_on"}
    pledge(team, cast.other)
    with pytest.raises(ValidationError, match="already have a pledge"):
        pledge(team, cast.other)


def test_capacity_per_organisation_total_and_gap(cast, make_team):
    team = make_team("forming", requested_hours=40)
    accept(team, cast.member, hours=10, lead=cast.lead)
    accept(team, cast.colleague, hours=6, lead=cast.lead)
    accept(team, cast.other, hours=8, lead=cast.lead, expertise="Privacyrecht")
    pledge(team, cast.third, hours=5)  # pending: not counted
    declined = pledge(team, cast.editor, hours=30)
    actions.do_decide_pledge(cast.lead, declined, accept=False)
    cap = queries.capacity(team)
    assert cap.by_organisation == [("SVB", 16), ("Kadaster", 8)]
    assert (cap.total, cap.pending, cap.requested, cap.gap, cap.percent) == (24, 5, 40, 16, 60)
    assert queries.expertise_still_needed(team) == ["Europese regelgeving"]
    cap_later = queries.capacity(team, today=timezone.localdate() + dt.timedelta(days=400))
    assert cap_later.total == 0 and cap_later.gap == 40  # ended pledges no longer count


def test_teams_looking_for_people_match_the_viewers_expertise(cast, make_team):
    from peergroups.policy import fresh_context

    team = make_team("forming")
    make_team("forming", title="Zonder match")
    cast.other.profile.expertise.set(["privacyrecht"])
    rows = queries.teams_looking_for_people(fresh_context(cast.other))
    assert rows[0].team == team and rows[0].matches == ["privacyrecht"]
    assert rows[0].capacity.gap == 40


# --- deliverables ----------------------------------------------------------------------------------


def test_sending_a_deliverable_creates_a_draft_page_with_provenance(cast, make_team):
    team = make_team("active")
    team.space.themes.set([Theme.objects.create(name="Klantoriëntatie", slug="klant-test", kind="pillar")])
    deliverable = actions.do_record_deliverable(
        cast.member,
        team,
        title="Gedeelde klantmeting",
        summary="Een instrument.",
        body="Alinea een.\n\nAlinea twee.",
        kind=Deliverable.Kind.SOLUTION_DIRECTION,
    )
    with pytest.raises(PermissionDenied):
        actions.do_send_deliverable(cast.member, deliverable)
    page = actions.do_send_deliverable(cast.lead, deliverable)
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.SENT and deliverable.knowledge_page_id == page.pk
    page = BestPracticePage.objects.get(pk=page.pk)
    assert not page.live and page.title == "Gedeelde klantmeting"
    assert page.source_kind == SourceKind.DELIVERABLE
    assert page.source_url == f"/resultancy/teams/{team.space.slug}/#resultaat-{deliverable.pk}"
    assert team.title in page.source_label
    assert [t.slug for t in page.get_latest_revision_as_object().themes.all()] == ["klant-test"]
    assert Notification.objects.filter(recipient=cast.editor, kind="resultancy_deliverable_sent").exists()
    with pytest.raises(ValidationError, match="already been sent"):
        actions.do_send_deliverable(cast.lead, deliverable)

    page.organisation_name, page.organisation_type, page.government_layer = "RBB", "samenwerkingsverband", "nationaal"
    page.save_revision(clean=False).publish()
    deliverable.refresh_from_db()
    assert deliverable.status == Deliverable.Status.PUBLISHED and deliverable.published_at is not None


def test_deliverables_only_by_team_members_of_a_working_team(cast, make_team):
    team = make_team("forming")
    with pytest.raises(PermissionDenied):
        actions.do_record_deliverable(cast.lead, team, title="T", summary="S", body="B", kind="advice")
    team = make_team("active", title="Actief")
    with pytest.raises(PermissionDenied):
        actions.do_record_deliverable(cast.other, team, title="T", summary="S", body="B", kind="advice")
    with pytest.raises(ValidationError) as exc:
        actions.do_record_deliverable(cast.lead, team, title="", summary="", body="", kind="poem")
    assert set(exc.value.error_dict) == {"title", "summary", "body", "kind"}


def test_milestones_by_the_lead(cast, make_team):
    team = make_team("forming")
    milestone = actions.do_add_milestone(cast.lead, team, title="Werkbezoek", due_on=timezone.localdate())
    with pytest.raises(PermissionDenied):
        actions.do_add_milestone(cast.member, team, title="X", due_on=timezone.localdate())
    actions.do_set_milestone_done(cast.lead, milestone, done=True)
    milestone.refresh_from_db()
    assert milestone.done and milestone.done_at is not None
