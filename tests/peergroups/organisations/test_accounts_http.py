"""Accounts through HTTP and allauth: sign-up rule, verification, pending, reset."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from peergroups.models import MemberProfile, User

pytestmark = pytest.mark.django_db

SIGNUP = "/account/signup/"
PASSWORD = "Zeer-geheim-wachtwoord-2026"


def sign_up(client, email, organisation_name=""):
    return client.post(
        SIGNUP,
        {
            "first_name": "Sanne",
            "last_name": "de Vries",
            "email": email,
            "organisation_name": organisation_name,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def confirm_link_from_outbox():
    body = mail.outbox[-1].body
    match = re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", body)
    assert match, body
    return match.group(1)


def verify(client):
    link = confirm_link_from_outbox()
    page = client.get(link)
    assert page.status_code == 200
    return client.post(link)


def test_member_domain_becomes_member_after_verification(client, make_organisation):
    uwv = make_organisation("UWV", domains=["uwv.nl"])
    response = sign_up(client, "sanne.devries@uwv.nl")
    assert response.status_code == 302
    user = User.objects.get(email="sanne.devries@uwv.nl")
    # Not yet verified: still pending, cannot log in.
    assert user.profile.status == MemberProfile.Status.PENDING
    client.logout()
    login = client.post("/account/login/", {"login": user.email, "password": PASSWORD})
    assert login.status_code == 302 and "confirm-email" in login["Location"]
    assert "_auth_user_id" not in client.session
    verify(client)
    user.profile.refresh_from_db()
    assert user.profile.status == MemberProfile.Status.MEMBER
    assert user.profile.organisation == uwv
    # Logged in after confirmation, and member-only pages open.
    assert client.get(reverse("peergroups:member_profile", args=[user.pk])).status_code == 200


def test_other_domain_stays_pending_and_cannot_reach_member_pages(client, make_organisation, make_user):
    org = make_organisation("UWV", domains=["uwv.nl"])
    colleague = make_user(organisation=org)
    sign_up(client, "sanne@gmail.example", organisation_name="Adviesbureau")
    verify(client)
    user = User.objects.get(email="sanne@gmail.example")
    assert user.profile.status == MemberProfile.Status.PENDING
    assert user.profile.requested_organisation == "Adviesbureau"
    # The person sees why.
    page = client.get(reverse("peergroups:my_profile"))
    assert page.status_code == 200
    assert "wacht op goedkeuring" in page.content.decode()
    # Member-only pages refuse with a reason; public pages open.
    refused = client.get(reverse("peergroups:member_profile", args=[colleague.pk]))
    assert refused.status_code == 403
    assert "wacht op goedkeuring" in refused.content.decode()
    assert colleague.last_name not in refused.content.decode()
    assert client.get(reverse("peergroups:organisation_detail", args=[org.slug])).status_code == 200
    organisation_page = client.get(reverse("peergroups:organisation_detail", args=[org.slug])).content.decode()
    assert colleague.last_name not in organisation_page


def test_site_admin_approves_pending_account_over_http(client, make_user, site_admin, make_organisation):
    org = make_organisation("Gemeente Utrecht")
    pending = make_user("piet@elders.example", member=False)
    client.force_login(site_admin)
    listing = client.get(reverse("peergroups:pending_accounts"))
    assert "piet@elders.example" in listing.content.decode()
    response = client.post(
        reverse("peergroups:decide_account", args=[pending.profile.pk]),
        {"decision": "approve", "organisation": org.pk, "note": ""},
    )
    assert response.status_code == 302
    pending.profile.refresh_from_db()
    assert pending.profile.status == MemberProfile.Status.MEMBER and pending.profile.organisation == org


def test_non_admin_cannot_approve(client, make_user, make_organisation):
    member = make_user(organisation=make_organisation())
    pending = make_user("piet@elders.example", member=False)
    client.force_login(member)
    assert client.get(reverse("peergroups:pending_accounts")).status_code == 403
    response = client.post(reverse("peergroups:decide_account", args=[pending.profile.pk]), {"decision": "approve"})
    assert response.status_code == 403
    pending.profile.refresh_from_db()
    assert pending.profile.status == MemberProfile.Status.PENDING


def test_password_reset_flow(client, make_user):
    user = make_user("reset@example.org")
    response = client.post("/account/password/reset/", {"email": "reset@example.org"})
    assert response.status_code == 302
    match = re.search(r"https?://[^/\s]+(/account/password/reset/key/[^\s]+/)", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    form_page = client.get(match.group(1), follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else match.group(1)
    new_password = "Nieuw-wachtwoord-voor-2027"
    done = client.post(set_url, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    client.logout()
    assert client.login(email="reset@example.org", password=new_password)
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_signup_form_errors_are_clear_and_keep_input(client):
    response = sign_up(client, "niet-een-adres")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert 'value="Sanne"' in html  # what was typed is kept
    assert not User.objects.exists()
