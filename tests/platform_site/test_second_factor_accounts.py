"""The second factor and sessions through allauth's real views: set-up, login with code, wrong and
reused codes, recovery codes, login rate limits per account and per address, ending other sessions."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client

from tests.conftest import PASSWORD
from tests.second_factor import code_for, recovery_codes_of

pytestmark = pytest.mark.django_db

LOGIN = "/account/login/"
AUTHENTICATE = "/account/2fa/authenticate/"


def password_login(client, user, **extra):
    return client.post(LOGIN, {"login": user.email, "password": PASSWORD}, **extra)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fresh_code(secret: str, used: set[str]) -> str:
    """A code valid now (within the tolerated drift) that has not been used yet."""
    now = time.time()
    for at in (now, now + 30, now - 30):
        code = code_for(secret, at=at)
        if code not in used:
            used.add(code)
            return code
    raise AssertionError("no unused code")


def test_member_sets_up_an_authenticator_and_then_logs_in_with_its_code(client, make_user):
    member = make_user(second_factor=False)
    assert password_login(client, member).status_code == 302 and logged_in(client)

    setup = client.get("/account/2fa/totp/activate/")
    if setup.status_code == 302:  # allauth asks for the password again before adding a factor
        assert "/account/reauthenticate/" in setup["Location"]
        client.post("/account/reauthenticate/", {"password": PASSWORD})
        setup = client.get("/account/2fa/totp/activate/")
    html = setup.content.decode()
    assert setup.status_code == 200
    assert "<svg" in html or "data:image/svg+xml" in html  # the QR code
    assert "Authenticator-app" in html or "authenticator-app" in html  # in Dutch
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', html).group(1)

    wrong = client.post("/account/2fa/totp/activate/", {"code": "000000" if code_for(secret) != "000000" else "111111"})
    assert wrong.status_code == 200 and "De code klopt niet" in wrong.content.decode()
    assert not Authenticator.objects.filter(user=member).exists()
    used: set[str] = set()
    activated = client.post("/account/2fa/totp/activate/", {"code": fresh_code(secret, used)})
    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=member, type="totp").exists()
    assert Authenticator.objects.filter(user=member, type="recovery_codes").exists()

    client.logout()
    step = password_login(client, member)
    assert step.status_code == 302 and step["Location"].startswith(AUTHENTICATE)
    assert not logged_in(client)  # the password alone does not log in
    refused = client.post(AUTHENTICATE, {"code": "123456" if code_for(secret) != "123456" else "654321"})
    assert refused.status_code == 200 and not logged_in(client)
    assert "De code klopt niet" in refused.content.decode()
    code = fresh_code(secret, used)
    assert client.post(AUTHENTICATE, {"code": code}).status_code == 302
    assert logged_in(client)

    # the same code again, within its half minute: refused
    client.logout()
    password_login(client, member)
    reused = client.post(AUTHENTICATE, {"code": code})
    assert reused.status_code == 200 and not logged_in(client)


def test_recovery_code_logs_in_once(client, make_user):
    member = make_user(second_factor=True)
    recovery = recovery_codes_of(member)[0]
    step = password_login(client, member)
    assert step["Location"].startswith(AUTHENTICATE)
    assert client.post(AUTHENTICATE, {"code": recovery}).status_code == 302 and logged_in(client)
    client.logout()
    password_login(client, member)
    again = client.post(AUTHENTICATE, {"code": recovery})
    assert again.status_code == 200 and not logged_in(client)
    assert recovery not in recovery_codes_of(member)


def test_login_is_rate_limited_per_account_across_addresses(client, make_user):
    member = make_user(second_factor=False)
    for n in range(5):  # ACCOUNT_RATE_LIMITS: 5 failed logins per account in 5 minutes
        failed = client.post(LOGIN, {"login": member.email, "password": "fout"}, REMOTE_ADDR=f"10.0.0.{n + 1}")
        assert failed.status_code == 200 and not logged_in(client)
    blocked = password_login(client, member, REMOTE_ADDR="10.0.1.1")  # the right password, a new address
    assert blocked.status_code == 200 and not logged_in(client)
    assert "te vaak geprobeerd in te loggen" in blocked.content.decode()
    other = make_user(second_factor=False)
    assert password_login(client, other, REMOTE_ADDR="10.0.1.1").status_code == 302  # only that account


def test_login_is_rate_limited_per_address_across_accounts(client, make_user):
    for n in range(10):  # 10 failed logins per address per minute
        client.post(LOGIN, {"login": f"onbekend{n}@example.org", "password": "fout"}, REMOTE_ADDR="10.9.9.9")
    member = make_user(second_factor=False)
    blocked = password_login(client, member, REMOTE_ADDR="10.9.9.9")
    assert blocked.status_code == 200 and not logged_in(client)
    assert "te vaak geprobeerd in te loggen" in blocked.content.decode()
    assert password_login(client, member, REMOTE_ADDR="10.9.9.10").status_code == 302  # another address


def test_member_sees_their_sessions_and_ends_the_others(make_user):
    member = make_user(second_factor=False)
    laptop, phone = Client(HTTP_USER_AGENT="Laptop-browser"), Client(HTTP_USER_AGENT="Telefoon-browser")
    password_login(laptop, member)
    password_login(phone, member)
    assert logged_in(phone) and logged_in(laptop)
    listing = laptop.get("/account/sessions/")
    html = listing.content.decode()
    assert listing.status_code == 200 and "Sessies" in html
    assert "Laptop-browser" in html and "Telefoon-browser" in html
    assert laptop.post("/account/sessions/").status_code == 302  # "elders uitloggen"
    assert not logged_in(phone)
    assert "/account/login/" in phone.get("/profiel/")["Location"]  # the other client is logged out
    assert logged_in(laptop) and laptop.get("/account/sessions/").status_code == 200
    assert "Telefoon-browser" not in laptop.get("/account/sessions/").content.decode()


def test_demo_code_prints_the_code_an_app_shows_for_the_demo_secret():
    from io import StringIO

    from django.core.management import call_command

    from peergroups.demo.loader import DEMO_TOTP_SECRET

    out = StringIO()
    call_command("demo_code", stdout=out)
    now = time.time()
    assert out.getvalue().strip() in {code_for(DEMO_TOTP_SECRET, at=now), code_for(DEMO_TOTP_SECRET, at=now - 1)}
