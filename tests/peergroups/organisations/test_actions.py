"""Unit tests of the peergroups actions about accounts and organisations."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from peergroups.models import MemberProfile
from peergroups.organisations import actions

pytestmark = pytest.mark.django_db


def test_organisation_for_email_matches_domain_and_subdomain(make_organisation):
    amsterdam = make_organisation("Gemeente Amsterdam", domains=["amsterdam.nl"])
    assert actions.organisation_for_email("a.jansen@amsterdam.nl") == amsterdam
    assert actions.organisation_for_email("a.jansen@OIS.Amsterdam.nl") == amsterdam
    assert actions.organisation_for_email("a.jansen@notamsterdam.nl") is None
    assert actions.organisation_for_email("a.jansen@amsterdam.nl.evil.com") is None


def test_most_specific_domain_wins(make_organisation):
    make_organisation("Rijksoverheid", domains=["rijksoverheid.nl"])
    dept = make_organisation("Dienst", domains=["dienst.rijksoverheid.nl"])
    assert actions.organisation_for_email("x@dienst.rijksoverheid.nl") == dept


def test_non_member_organisation_does_not_admit(make_organisation, make_user):
    make_organisation("Extern bureau", domains=["bureau.nl"], is_member=False)
    user = make_user("iemand@bureau.nl", member=False)
    profile = actions.do_admit_by_verified_email(user, user.email)
    assert profile.status == MemberProfile.Status.PENDING
    assert profile.organisation is None


def test_verified_member_domain_admits_at_organisation(make_organisation, make_user):
    uwv = make_organisation("UWV", domains=["uwv.nl"])
    user = make_user("k.bakker@uwv.nl", member=False)
    profile = actions.do_admit_by_verified_email(user, user.email)
    assert profile.status == MemberProfile.Status.MEMBER
    assert profile.organisation == uwv


def test_rejected_account_is_not_readmitted_by_domain(make_organisation, make_user, site_admin):
    make_organisation("UWV", domains=["uwv.nl"])
    user = make_user("k.bakker@uwv.nl", member=False)
    actions.do_reject_member(site_admin, user.profile, note="Geen medewerker")
    profile = actions.do_admit_by_verified_email(user, user.email)
    assert profile.status == MemberProfile.Status.REJECTED


def test_only_site_admins_decide_and_only_once(
    make_user, site_admin, make_organisation, django_capture_on_commit_callbacks
):
    org = make_organisation()
    pending = make_user("p@elders.nl", member=False)
    member = make_user(organisation=org)
    with pytest.raises(PermissionDenied):
        actions.do_approve_member(member, pending.profile, organisation=org)
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_approve_member(site_admin, pending.profile, organisation=org, note="Welkom")
    pending.profile.refresh_from_db()
    assert pending.profile.status == MemberProfile.Status.MEMBER
    assert pending.profile.decided_by == site_admin
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["p@elders.nl"]
    assert "goedgekeurd" in mail.outbox[0].subject
    with pytest.raises(ValidationError):
        actions.do_reject_member(site_admin, pending.profile)


def test_update_organisation_requires_membership_of_it(make_organisation, make_user):
    org = make_organisation(description="oud")
    other = make_organisation()
    outsider = make_user(organisation=other)
    insider = make_user(organisation=org)
    with pytest.raises(PermissionDenied):
        actions.do_update_organisation(outsider, org, description="gekaapt")
    actions.do_update_organisation(insider, org, description="nieuw")
    org.refresh_from_db()
    assert org.description == "nieuw"
    with pytest.raises(ValueError):
        actions.do_update_organisation(insider, org, name="Andere naam")


def test_learning_question_saved_by_member_of_organisation(make_organisation, make_user):
    org = make_organisation()
    insider = make_user(organisation=org)
    question = actions.do_save_learning_question(
        insider, org, title="Hoe meten we klanttevredenheid?", body="", status="open", themes=[]
    )
    assert question.organisation == org and question.created_by == insider
    other = make_organisation()
    with pytest.raises(PermissionDenied):
        actions.do_save_learning_question(
            insider, other, question=question, title="x", body="", status="open", themes=[]
        )
