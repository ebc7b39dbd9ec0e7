"""Organisation sign-in through HTTP, without a provider round trip: who may link a provider,
what is kept secret, where the e-mail-first step sends an address, and the password refusal.
The round trip itself is tested against Keycloak in tests/browser/test_organisation_login.py."""

import pytest
from allauth.socialaccount.models import SocialApp

from peergroups.models import OrganisationDomain, OrganisationIdentityProvider
from peergroups.organisations import identity_actions
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

MANAGE = "/beheer/organisatie-inloggen/"
ORG_LOGIN = "/inloggen/organisatie/"
LOGIN = "/account/login/"
SECRET = "zeer-geheim-client-secret-7f3a"


@pytest.fixture
def utrecht(make_organisation):
    return make_organisation(name="Gemeente Utrecht", slug="gemeente-utrecht", domains=["utrecht.nl"])


@pytest.fixture
def linked(utrecht, site_admin):
    return identity_actions.do_save_identity_provider(
        site_admin,
        utrecht,
        issuer_url="https://login.utrecht.example/realms/gemeente",
        client_id="leerplatform",
        client_secret=SECRET,
        vouched_domains=OrganisationDomain.objects.filter(domain="utrecht.nl"),
        password_login_allowed=False,
    )


def form_data(organisation, **overrides):
    data = {
        "organisation": organisation.pk,
        "issuer_url": "https://login.utrecht.example/realms/gemeente",
        "client_id": "leerplatform",
        "client_secret": SECRET,
        "vouched_domains": "utrecht.nl",
    }
    data.update(overrides)
    return data


def test_site_admin_links_a_provider_and_the_secret_is_never_shown_again(client, login, site_admin, utrecht):
    login(site_admin)
    response = client.post(MANAGE, form_data(utrecht), follow=True)
    assert response.status_code == 200
    provider = OrganisationIdentityProvider.objects.get(organisation=utrecht)
    assert provider.app.provider == "openid_connect"
    assert provider.app.secret == SECRET
    assert provider.app.settings["server_url"] == "https://login.utrecht.example/realms/gemeente"
    assert [d.domain for d in provider.vouched_domains.all()] == ["utrecht.nl"]
    assert SECRET not in response.content.decode()
    edit_page = client.get(MANAGE, {"organisatie": utrecht.slug}).content.decode()
    assert "leerplatform" in edit_page and SECRET not in edit_page
    # Saving again without a secret keeps the stored one.
    client.post(MANAGE, form_data(utrecht, client_secret="", client_id="nieuw-id"))
    app = SocialApp.objects.get(pk=provider.app_id)
    assert (app.client_id, app.secret) == ("nieuw-id", SECRET)
    assert SocialApp.objects.count() == 1


def test_a_provider_cannot_vouch_for_another_organisations_domain(
    client, login, site_admin, utrecht, make_organisation
):
    make_organisation(name="Gemeente Zeist", domains=["zeist.nl"])
    login(site_admin)
    response = client.post(MANAGE, form_data(utrecht, vouched_domains="utrecht.nl, zeist.nl"))
    assert response.status_code == 200
    assert "zeist.nl" in response.context["form"].non_field_errors()[0]
    assert not OrganisationIdentityProvider.objects.exists()
    response = client.post(MANAGE, form_data(utrecht, vouched_domains="nergens.example"))
    assert "nergens.example" in str(response.context["form"].errors["vouched_domains"])


def test_only_site_admins_manage_providers(client, login, make_user, utrecht):
    login(make_user())
    assert client.get(MANAGE).status_code == 403
    assert client.post(MANAGE, form_data(utrecht)).status_code == 403
    assert not OrganisationIdentityProvider.objects.exists()


def test_login_page_offers_organisation_sign_in_only_when_a_provider_is_linked(client, utrecht, site_admin):
    assert "Inloggen via uw organisatie" not in client.get(LOGIN).content.decode()
    identity_actions.do_save_identity_provider(
        site_admin,
        utrecht,
        issuer_url="https://login.utrecht.example/realms/gemeente",
        client_id="leerplatform",
        client_secret=SECRET,
        vouched_domains=OrganisationDomain.objects.filter(domain="utrecht.nl"),
        password_login_allowed=False,
    )
    page = client.get(LOGIN).content.decode()
    assert "Inloggen via uw organisatie" in page
    # The list of organisations with their own sign-in is not shown to visitors.
    assert "Gemeente Utrecht" not in page


def test_email_first_sends_a_vouched_address_to_its_provider_and_others_to_the_password(client, linked):
    page = client.post(ORG_LOGIN, {"email": "Iemand@Wijk.Utrecht.nl"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Inloggen via Gemeente Utrecht" in html
    assert f'action="/account/oidc/{linked.app.provider_id}/login/"' in html
    other = client.post(ORG_LOGIN, {"email": "iemand@elders.example", "next": "/profiel/"})
    assert other.status_code == 302 and other["Location"] == "/account/login/?next=/profiel/"
    unsafe = client.post(ORG_LOGIN, {"email": "iemand@elders.example", "next": "https://evil.example/"})
    assert unsafe["Location"] == "/account/login/"


def test_password_login_for_an_sso_only_address_is_refused_in_dutch(client, linked, make_user, utrecht):
    user = make_user("anna@utrecht.nl", organisation=utrecht)
    response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Medewerkers van Gemeente Utrecht loggen in via hun eigen organisatie" in response.content.decode()
    # The same address may use its password once the organisation allows that.
    linked.password_login_allowed = True
    linked.save()
    response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_no_password_sign_up_at_an_sso_only_domain(client, linked):
    response = client.post(
        "/account/signup/",
        {
            "first_name": "Sanne",
            "last_name": "de Vries",
            "email": "sanne@utrecht.nl",
            "password1": "Zeer-geheim-wachtwoord-2026",
            "password2": "Zeer-geheim-wachtwoord-2026",
        },
    )
    assert response.status_code == 200
    assert "Medewerkers van Gemeente Utrecht loggen in via hun eigen organisatie" in response.content.decode()
    from peergroups.models import User

    assert not User.objects.filter(email="sanne@utrecht.nl").exists()
