"""Registering for an event in the real browser: register, see the confirmation, cancel; axe-core."""

import pytest
from django.core import mail
from django.core.management import call_command

from knowledge.models import EventPage, Registration
from platform_site.management.commands.load_demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER = "lid@leerplatform.example"
EVENT_SLUG = "dilemmatraining-voor-leidinggevenden"


@pytest.fixture
def demo(transactional_db, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("load_demo", verbosity=0)


def test_member_registers_sees_the_confirmation_and_cancels(live_server, demo, browser, axe_check, screenshot):
    event = EventPage.objects.get(slug=EVENT_SLUG)
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/kennisbank/agenda/")
    # The open peer group's regional activity is in the public agenda; the closed working group's is not.
    assert page.get_by_role("link", name="Regiobijeenkomst datakwaliteit van registers").is_visible()
    assert page.get_by_text("Regiobijeenkomst klantcontactcentra Oost-Nederland").count() == 0
    page.get_by_label("Provincie").select_option("utrecht")
    page.get_by_role("button", name="Tonen").click()
    page.wait_for_url("**provincie=utrecht")
    assert page.get_by_role("link", name="Symposium: leren van de finalisten").count() == 0  # Zuid-Holland
    screenshot(page, "agenda-utrecht")
    axe_check(page)
    page.get_by_role("link", name=event.title).click()
    page.wait_for_url(f"**{event.url}")
    assert page.get_by_role("link", name="Log in om u aan te melden.").is_visible()

    page.goto(live_server.url + "/account/login/?next=" + event.url)
    page.get_by_label("E-mailadres").fill(MEMBER)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"**{event.url}")
    registration = page.get_by_role("region", name="Aanmelden")
    assert registration.get_by_text("Nog 20 plaatsen vrij van de 20.").is_visible()
    axe_check(page)
    registration.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(f"**{event.url}#aanmelding")
    assert page.get_by_role("status").get_by_text("U bent aangemeld.").is_visible()
    assert registration.get_by_text("Nog 19 plaatsen vrij van de 20.").is_visible()
    screenshot(page, "event-registered")
    axe_check(page)
    assert Registration.objects.get(event=event).status == Registration.Status.CONFIRMED
    assert any(m.attachments for m in mail.outbox if m.to == [MEMBER])

    registration.get_by_role("button", name="Mijn aanmelding annuleren").click()
    page.wait_for_url(f"**{event.url}#aanmelding")
    assert page.get_by_role("status").get_by_text("Uw aanmelding is geannuleerd.").is_visible()
    assert registration.get_by_role("button", name="Aanmelden").is_visible()
    screenshot(page, "event-cancelled")
    axe_check(page)
    assert Registration.objects.get(event=event).status == Registration.Status.CANCELLED
    context.close()
