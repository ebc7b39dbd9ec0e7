"""Organisation sign-in through a real OpenID Connect provider: Keycloak, started by
``scripts/services.sh up`` with the realm of scripts/keycloak/realm-platform.json, and its own
login form in Chromium. Each test makes its own people at Keycloak (through its admin API) where
it changes them, so tests do not depend on each other's traces there."""

import os
import uuid
from urllib.parse import parse_qs, urlencode, urlparse, urlunparse

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount

from peergroups.models import MemberProfile, OrganisationDomain, User
from peergroups.organisations import identity_actions
from peergroups.policy import ROLE_SITE_ADMINS
from tests.second_factor import code_for, give_second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REALM_CLIENT_ID = "peerplatform"
REALM_CLIENT_SECRET = "peerplatform-test-secret"
ANNA = ("anna.devries", "anna-wachtwoord", "anna.devries@utrecht.nl")
BOB = ("bob.extern", "bob-wachtwoord", "bob@elders.example")


class KeycloakAdmin:
    """The few calls of Keycloak's admin REST API the tests need."""

    def __init__(self, url, realm, user, password):
        self.base = f"{url}/admin/realms/{realm}"
        token = requests.post(
            f"{url}/realms/master/protocol/openid-connect/token",
            data={"grant_type": "password", "client_id": "admin-cli", "username": user, "password": password},
            timeout=20,
        )
        token.raise_for_status()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        self.created = []

    def create_user(self, *, email, first_name, last_name, password):
        username = email.split("@")[0]
        response = self.session.post(
            f"{self.base}/users",
            json={
                "username": username,
                "email": email,
                "emailVerified": True,
                "enabled": True,
                "firstName": first_name,
                "lastName": last_name,
                "credentials": [{"type": "password", "value": password, "temporary": False}],
            },
            timeout=20,
        )
        assert response.status_code == 201, response.text
        user_id = response.headers["Location"].rsplit("/", 1)[-1]
        self.created.append(user_id)
        return user_id, username

    def update_user(self, user_id, **fields):
        response = self.session.put(f"{self.base}/users/{user_id}", json=fields, timeout=20)
        assert response.status_code == 204, response.text

    def delete_user(self, user_id):
        response = self.session.delete(f"{self.base}/users/{user_id}", timeout=20)
        assert response.status_code in (204, 404), response.text

    def cleanup(self):
        for user_id in self.created:
            self.delete_user(user_id)


@pytest.fixture
def keycloak():
    url = os.environ.get("KEYCLOAK_URL")
    if not url:
        pytest.fail(
            "KEYCLOAK_URL is not set: these tests need the real Keycloak. `make test` starts it "
            "(scripts/services.sh up keycloak) and puts KEYCLOAK_URL in .services/env."
        )
    realm = os.environ.get("KEYCLOAK_REALM", "platform")
    try:
        requests.get(f"{url}/realms/{realm}/.well-known/openid-configuration", timeout=10).raise_for_status()
    except requests.RequestException as exc:
        pytest.fail(f"Keycloak at {url} does not serve realm {realm!r} ({exc}); run scripts/services.sh up keycloak")
    admin = KeycloakAdmin(
        url, realm, os.environ.get("KEYCLOAK_ADMIN_USER", "admin"), os.environ.get("KEYCLOAK_ADMIN_PASSWORD", "")
    )
    admin.issuer = f"{url}/realms/{realm}"
    yield admin
    admin.cleanup()


@pytest.fixture
def utrecht(transactional_db, keycloak):
    """Gemeente Utrecht, linked to the Keycloak realm, vouching for utrecht.nl only."""
    from peergroups.core.taxonomy import GovernmentLayer, OrganisationType
    from peergroups.models import Organisation

    organisation = Organisation.objects.create(
        name="Gemeente Utrecht",
        slug="gemeente-utrecht",
        organisation_type=OrganisationType.GEMEENTE,
        government_layer=GovernmentLayer.LOKAAL,
    )
    OrganisationDomain.objects.create(organisation=organisation, domain="utrecht.nl")
    admin = User.objects.create_user(email="beheer@leerplatform.example", password="x" * 20)
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    from django.contrib.auth.models import Group

    admin.groups.add(Group.objects.get_or_create(name=ROLE_SITE_ADMINS)[0])
    admin_secret = give_second_factor(admin)  # a site admin's powers count only with a second factor
    identity_actions.do_save_identity_provider(
        admin,
        organisation,
        issuer_url=keycloak.issuer,
        client_id=REALM_CLIENT_ID,
        client_secret=REALM_CLIENT_SECRET,
        vouched_domains=OrganisationDomain.objects.filter(organisation=organisation),
        password_login_allowed=False,
    )
    organisation.admin_secret = admin_secret
    return organisation


def start_organisation_login(page, live_server, email, axe_check=None):
    """The login page's e-mail-first step up to the provider's own login form."""
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mailadres van uw werk").fill(email)
    page.get_by_role("button", name="Verder").click()
    button = page.get_by_role("button", name="Inloggen via Gemeente Utrecht")
    button.wait_for()
    if axe_check:
        axe_check(page)
    # Ends at Keycloak's login form, or straight back on the platform when Keycloak still
    # has a session for this browser.
    with page.expect_navigation():
        button.click()
    page.wait_for_load_state()


def submit_keycloak_form(page, username, password):
    page.locator("#username").fill(username)
    page.locator("#password").fill(password)
    page.locator("#kc-login").click()


def sign_in(page, live_server, username, password, email, axe_check=None):
    start_organisation_login(page, live_server, email, axe_check)
    assert "/realms/platform/" in page.url, page.url
    with page.expect_navigation(url=live_server.url + "/**"):
        submit_keycloak_form(page, username, password)
    page.wait_for_load_state()


def logged_in_as(page):
    user = page.locator(".platform-user")
    return user.inner_text().strip() if user.count() else ""


def log_out(page, live_server):
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()


def test_first_login_creates_and_links_the_account_and_the_second_reuses_it(
    live_server, utrecht, keycloak, page, axe_check, screenshot
):
    username, password, email = ANNA
    assert not User.objects.filter(email=email).exists()
    page.goto(live_server.url + "/account/login/")
    assert page.get_by_role("heading", name="Inloggen via uw organisatie").is_visible()
    axe_check(page)
    sign_in(page, live_server, username, password, email, axe_check)
    assert logged_in_as(page).startswith("Ingelogd als Anna de Vries")
    screenshot(page, "organisation-login-first")

    user = User.objects.get(email=email)
    assert not user.has_usable_password()  # no platform password was made
    account = SocialAccount.objects.get(user=user)
    assert account.provider == utrecht.identity_provider.app.provider_id
    assert EmailAddress.objects.get(user=user, email=email).verified
    profile = MemberProfile.objects.get(user=user)
    assert (profile.status, profile.organisation) == (MemberProfile.Status.MEMBER, utrecht)

    # Logging out ends the platform session: the profile page asks for a login again.
    log_out(page, live_server)
    assert logged_in_as(page) == ""
    page.goto(live_server.url + "/profiel/")
    assert "/account/login/" in page.url

    # The second login (Keycloak still knows the browser) reuses the same account.
    start_organisation_login(page, live_server, email)
    assert page.url.startswith(live_server.url), "Keycloak's session signs Anna in without its form"
    assert logged_in_as(page).startswith("Ingelogd als Anna de Vries")
    assert User.objects.filter(email=email).count() == 1
    assert SocialAccount.objects.filter(user=user).count() == 1
    assert SocialAccount.objects.count() == 1


def test_an_address_outside_the_vouched_domains_is_refused_without_an_account(
    live_server, utrecht, keycloak, page, axe_check
):
    username, password, email = BOB
    # Bob types an Utrecht address on the platform, but Keycloak signs him in as himself.
    start_organisation_login(page, live_server, "bob@utrecht.nl")
    with page.expect_navigation(url=live_server.url + "/**"):
        submit_keycloak_form(page, username, password)
    assert page.get_by_role("heading", name="Inloggen geweigerd").is_visible()
    assert "bob@elders.example" in page.locator("main").inner_text()
    assert "Er is geen account gemaakt" in page.locator("main").inner_text()
    axe_check(page)
    assert logged_in_as(page) == ""
    assert not User.objects.filter(email=email).exists()
    assert not SocialAccount.objects.exists()
    assert User.objects.count() == 1  # only the site administrator of the fixture


def test_a_wrong_state_and_a_replayed_callback_are_refused(live_server, utrecht, keycloak, page):
    email = f"k{uuid.uuid4().hex[:10]}@utrecht.nl"
    _user_id, username = keycloak.create_user(
        email=email, first_name="Kees", last_name="Callback", password="kees-pw-1"
    )
    start_organisation_login(page, live_server, email)

    # Let Keycloak answer the login form, but keep its redirect back to the platform (with a
    # fresh, unused code) instead of following it.
    captured = {}

    def capture(route):
        response = route.fetch(max_redirects=0)
        captured["callback"] = response.headers["location"]
        route.fulfill(status=200, body="captured", content_type="text/plain")

    page.route("**/login-actions/authenticate**", capture)
    submit_keycloak_form(page, username, "kees-pw-1")
    page.wait_for_function("document.body.innerText.includes('captured')")
    page.unroute("**/login-actions/authenticate**")
    callback = captured["callback"]
    assert "/login/callback/" in callback and "code=" in callback

    parts = urlparse(callback)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    tampered = urlunparse(parts._replace(query=urlencode({**query, "state": "nietdezestate"})))
    page.goto(tampered)
    assert logged_in_as(page) == ""
    assert not User.objects.filter(email=email).exists()

    # The genuine callback still works once...
    page.goto(callback)
    assert logged_in_as(page).startswith("Ingelogd als Kees Callback")
    log_out(page, live_server)
    # ...and never twice: its state is spent (and Keycloak's code with it).
    page.goto(callback)
    assert logged_in_as(page) == ""
    page.goto(live_server.url + "/profiel/")
    assert "/account/login/" in page.url


def test_changes_at_the_provider_are_taken_over_and_a_removed_person_cannot_log_in(
    live_server, utrecht, keycloak, page
):
    email = f"w{uuid.uuid4().hex[:10]}@utrecht.nl"
    user_id, username = keycloak.create_user(email=email, first_name="Wim", last_name="Wissel", password="wim-pw-1")
    sign_in(page, live_server, username, "wim-pw-1", email)
    assert logged_in_as(page).startswith("Ingelogd als Wim Wissel")
    account = User.objects.get(email=email)
    log_out(page, live_server)

    new_email = f"w.wissel.{uuid.uuid4().hex[:6]}@wijk.utrecht.nl"
    keycloak.update_user(user_id, firstName="Willemijn", lastName="Wissel-Stam", email=new_email)
    start_organisation_login(page, live_server, new_email)
    assert page.url.startswith(live_server.url), page.url
    assert logged_in_as(page).startswith("Ingelogd als Willemijn Wissel-Stam")
    account.refresh_from_db()
    assert (account.first_name, account.last_name, account.email) == ("Willemijn", "Wissel-Stam", new_email)
    assert EmailAddress.objects.get(user=account, primary=True).email == new_email
    assert User.objects.filter(socialaccount__isnull=False).count() == 1
    log_out(page, live_server)

    # Keycloak no longer knows the person (which also ends the sessions it had there).
    keycloak.delete_user(user_id)
    start_organisation_login(page, live_server, new_email)
    assert "/realms/platform/" in page.url, "the deleted person's Keycloak session should be gone"
    with page.expect_navigation():
        submit_keycloak_form(page, username, "wim-pw-1")
    page.wait_for_load_state()
    assert "/realms/platform/" in page.url
    assert page.locator("#input-error, .kc-feedback-text, [id^=input-error]").count() >= 1
    page.goto(live_server.url + "/profiel/")
    assert "/account/login/" in page.url


def test_an_existing_account_with_the_address_is_linked_verified_and_admitted(live_server, utrecht, keycloak, page):
    email = f"b{uuid.uuid4().hex[:10]}@utrecht.nl"
    _user_id, username = keycloak.create_user(
        email=email, first_name="Bram", last_name="Bestaand", password="bram-pw-1"
    )
    # An account someone made earlier with this address and a password, never verified.
    existing = User.objects.create_user(email=email, password="iemand-anders-wachtwoord", first_name="Onbekend")
    EmailAddress.objects.create(user=existing, email=email, verified=False, primary=True)
    MemberProfile.objects.create(user=existing)

    sign_in(page, live_server, username, "bram-pw-1", email)
    assert logged_in_as(page).startswith("Ingelogd als Bram Bestaand")
    assert User.objects.filter(email=email).count() == 1
    existing.refresh_from_db()
    assert SocialAccount.objects.get(provider=utrecht.identity_provider.app.provider_id).user == existing
    # The unverified password can no longer be used; the address now counts as verified.
    assert not existing.has_usable_password()
    assert EmailAddress.objects.get(user=existing).verified
    profile = MemberProfile.objects.get(user=existing)
    assert (profile.status, profile.organisation) == (MemberProfile.Status.MEMBER, utrecht)


def test_site_admin_links_a_provider_on_an_accessible_page(live_server, utrecht, keycloak, page, axe_check):
    from peergroups.core.taxonomy import GovernmentLayer, OrganisationType
    from peergroups.models import Organisation

    zeist = Organisation.objects.create(
        name="Gemeente Zeist",
        slug="gemeente-zeist",
        organisation_type=OrganisationType.GEMEENTE,
        government_layer=GovernmentLayer.LOKAAL,
    )
    OrganisationDomain.objects.create(organisation=zeist, domain="zeist.nl")
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mailadres", exact=True).fill("beheer@leerplatform.example")
    page.get_by_label("Wachtwoord").fill("x" * 20)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen", exact=True).click()
    assert "/account/2fa/authenticate/" in page.url  # the site admin's second factor
    page.locator("input[name=code]").fill(code_for(utrecht.admin_secret))
    with page.expect_navigation():
        page.locator("input[name=code]").press("Enter")
    page.goto(live_server.url + "/beheer/organisatie-inloggen/")
    assert page.get_by_role("cell", name="Gemeente Utrecht", exact=True).is_visible()
    axe_check(page)
    page.get_by_label("Organisatie").select_option(label="Gemeente Zeist")
    page.get_by_label("Issuer-URL").fill(keycloak.issuer)
    page.get_by_label("Client-ID").fill(REALM_CLIENT_ID)
    page.get_by_label("Clientgeheim").fill(REALM_CLIENT_SECRET)
    page.get_by_label("E-maildomeinen waarvoor de aanbieder instaat").fill("zeist.nl")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert page.get_by_role("cell", name="Gemeente Zeist", exact=True).is_visible()
    assert REALM_CLIENT_SECRET not in page.content()
    axe_check(page)
    assert zeist.identity_provider.app.secret == REALM_CLIENT_SECRET
