"""The second factor in the real browser (Dutch, axe-core): a member sets up an authenticator app
from its QR page, a demo moderator logs in with a code and confirms it again before a reveal, and
the sessions page lists the sessions."""

import re
import time

import pyotp
import pytest
from django.core.management import call_command

from peergroups.models import ModeratorAccessLog, Thread
from platform_site.management.commands.load_demo import DEMO_PASSWORD, DEMO_TOTP_SECRET

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MODERATOR = "moderator@leerplatform.example"
MEMBER = "lid@leerplatform.example"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0, no_index=True)


def new_page(browser):
    return browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}).new_page()


def password_step(page, base, email):
    page.goto(base + "/account/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def give_code(page, code):
    page.locator("input[name=code]").fill(code)
    page.locator("input[name=code]").press("Enter")
    page.wait_for_load_state()


def test_member_sets_up_an_authenticator_app(live_server, demo, browser, axe_check, screenshot):
    base = live_server.url
    page = new_page(browser)
    password_step(page, base, MEMBER)
    page.goto(base + "/account/2fa/totp/activate/")
    if "/account/reauthenticate/" in page.url:  # allauth asks for the password before adding a factor
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_label("Wachtwoord").press("Enter")
        page.wait_for_url("**/account/2fa/totp/activate/")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Activeer authenticator-app"
    assert page.locator("img[src^='data:image/svg+xml']").count() == 1  # the QR code
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    screenshot(page, "second_factor_activate")
    axe_check(page)
    give_code(page, pyotp.TOTP(secret).now())
    assert "/account/2fa/recovery-codes/" in page.url  # recovery codes shown right after
    axe_check(page)
    page.goto(base + "/account/2fa/")
    axe_check(page)


def test_moderator_logs_in_with_a_code_and_confirms_it_again_before_a_reveal(
    live_server, demo, browser, axe_check, screenshot, settings
):
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 3
    base = live_server.url
    page = new_page(browser)
    password_step(page, base, MODERATOR)
    assert "/account/2fa/authenticate/" in page.url
    axe_check(page)
    totp = pyotp.TOTP(DEMO_TOTP_SECRET)
    give_code(page, totp.now())
    assert "/account/2fa/" not in page.url
    assert page.get_by_text("Uw rol werkt alleen met een tweede factor.").count() == 0

    thread = Thread.objects.filter(is_anonymous=True).first()
    time.sleep(3.5)  # the login's confirmation is no longer fresh
    page.goto(base + thread.get_absolute_url())
    page.get_by_role("button", name="Auteur tonen (dit wordt vastgelegd)").click()
    page.wait_for_load_state()
    assert "/account/2fa/reauthenticate/" in page.url
    assert ModeratorAccessLog.objects.count() == 0
    screenshot(page, "second_factor_reauthenticate")
    axe_check(page)
    give_code(page, totp.at(time.time() + 30))  # the next code: the login's one is used up
    assert thread.author.email in page.content()
    assert ModeratorAccessLog.objects.filter(thread=thread).count() == 1

    page.goto(base + "/account/sessions/")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Sessies"
    axe_check(page)
