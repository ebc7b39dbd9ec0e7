"""Signing in from a browser test, the way a person does: e-mail, password, and the code of the
second factor when the account holds a role that needs one (the demo's TOTP secret)."""

import pyotp

from peergroups.demo.data import DEMO_PASSWORD, DEMO_TOTP_SECRET

VIEWPORT = {"width": 1280, "height": 900}


def new_page(browser, *, locale: str = "nl-NL"):
    """A fresh page in its own context (own cookies), as a second person on another machine."""
    return browser.new_context(locale=locale, viewport=VIEWPORT).new_page()


def log_in(page, base: str, email: str, *, password: str = DEMO_PASSWORD):
    """Sign ``page`` in as ``email`` and return it, on whatever page the login leads to."""
    page.goto(base + "/account/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    if "/account/2fa/authenticate/" in page.url:
        page.locator("input[name=code]").fill(pyotp.TOTP(DEMO_TOTP_SECRET).now())
        page.locator("input[name=code]").press("Enter")
        page.wait_for_load_state()
    return page
