"""Powers need a second factor: moderation, reveal, editing, site administration and the admins.

Without an authenticator a moderator, editor or site administrator is refused every power with the
page that leads to the set-up; the moment an authenticator is added, the powers return (same
session, no new login). Revealing an anonymous author also asks for a fresh code, and is logged.
"""

import pytest

from peergroups.models import ModeratorAccessLog, Thread
from peergroups.policy import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS, fresh_context
from peergroups.portal import actions as thread_actions
from tests.peergroups.portal.threads_helpers import ask, portal  # noqa: F401
from tests.second_factor import give_second_factor, reauthenticate

pytestmark = pytest.mark.django_db

SETUP_LINK = "/account/2fa/totp/activate/"


def leads_to_setup(response) -> bool:
    return response.status_code == 403 and SETUP_LINK in response.content.decode()


@pytest.fixture
def flagged(portal, make_user):  # noqa: F811
    author = make_user(first_name="Xandra", last_name="Quispel")
    thread = ask(author, portal, kind="dilemma", title="Een dilemma over een studiereis", is_anonymous=True)
    thread_actions.do_flag(make_user(), thread, reason="Klopt dit wel?")
    return thread


def test_moderator_without_second_factor_is_refused_every_moderation_power(client, make_user, flagged):
    moderator = make_user(roles=[ROLE_MODERATORS], second_factor=False)
    client.force_login(moderator)
    assert not fresh_context(moderator).is_moderator
    assert leads_to_setup(client.get("/vraagbaak/moderatie/"))
    for operation in ("lock", "hide"):
        refused = client.post(f"/vraagbaak/vragen/{flagged.pk}/modereren/", {"operation": operation})
        assert leads_to_setup(refused), operation
    revealed = client.post(f"/vraagbaak/vragen/{flagged.pk}/auteur/")
    assert leads_to_setup(revealed)
    assert "Quispel" not in revealed.content.decode()
    assert ModeratorAccessLog.objects.count() == 0
    flagged.refresh_from_db()
    assert not flagged.locked and not flagged.hidden
    # every page says how to get the role back
    assert SETUP_LINK in client.get("/vraagbaak/").content.decode()

    # the power returns the moment the authenticator exists, in the same session
    give_second_factor(moderator)
    assert client.get("/vraagbaak/moderatie/").status_code == 200
    assert client.post(f"/vraagbaak/vragen/{flagged.pk}/modereren/", {"operation": "lock"}).status_code == 302
    assert Thread.objects.get(pk=flagged.pk).locked
    assert SETUP_LINK not in client.get("/vraagbaak/").content.decode()


def test_reveal_asks_for_a_fresh_code_and_is_logged(client, make_user, flagged):
    moderator = make_user(roles=[ROLE_MODERATORS])
    client.force_login(moderator)  # logged in, but no second-factor confirmation in this session
    asked = client.post(f"/vraagbaak/vragen/{flagged.pk}/auteur/")
    assert asked.status_code == 302 and asked["Location"].startswith("/account/2fa/reauthenticate/")
    assert ModeratorAccessLog.objects.count() == 0
    wrong = client.post("/account/2fa/reauthenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and ModeratorAccessLog.objects.count() == 0
    # the code confirms and the suspended reveal is carried out
    form = client.get(asked["Location"])
    assert form.status_code == 200 and 'name="next"' in form.content.decode()
    revealed = reauthenticate(client, moderator, next_url=f"/vraagbaak/vragen/{flagged.pk}/auteur/")
    assert revealed.status_code == 200 and "Quispel" in revealed.content.decode()
    log = ModeratorAccessLog.objects.get()
    assert log.moderator == moderator and log.thread == flagged
    # within the next minutes it needs no new code
    again = client.post(f"/vraagbaak/vragen/{flagged.pk}/auteur/")
    assert again.status_code == 200 and "Quispel" in again.content.decode()
    assert ModeratorAccessLog.objects.count() == 2


def test_reveal_needs_the_code_again_after_the_timeout(client, make_user, flagged, settings):
    moderator = make_user(roles=[ROLE_MODERATORS])
    client.force_login(moderator)
    reauthenticate(client, moderator)
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    asked = client.post(f"/vraagbaak/vragen/{flagged.pk}/auteur/")
    assert asked.status_code == 302 and "/account/2fa/reauthenticate/" in asked["Location"]


def test_editor_without_second_factor_is_refused_editing_and_the_wagtail_admin(client, make_user):
    editor = make_user(roles=[ROLE_EDITORS], second_factor=False)
    client.force_login(editor)
    assert leads_to_setup(client.get("/cms/"))
    assert leads_to_setup(client.get("/cms/pages/"))
    assert leads_to_setup(client.get("/kennisbank/concept/nieuw/"))
    give_second_factor(editor)
    assert client.get("/cms/").status_code == 200
    assert client.get("/kennisbank/concept/nieuw/").status_code == 200


def test_site_admin_without_second_factor_is_refused_administration(client, make_user):
    admin = make_user(roles=[ROLE_SITE_ADMINS], second_factor=False, is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert fresh_context(admin).is_member and not fresh_context(admin).is_site_admin
    assert leads_to_setup(client.get("/beheer/aanmeldingen/"))
    assert leads_to_setup(client.get("/cms/"))
    assert leads_to_setup(client.get("/django-admin/"))
    give_second_factor(admin)
    assert client.get("/beheer/aanmeldingen/").status_code == 200
    assert client.get("/cms/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


def test_members_without_a_role_need_no_second_factor(client, make_user):
    member = make_user()
    client.force_login(member)
    page = client.get("/vraagbaak/")
    assert page.status_code == 200 and SETUP_LINK not in page.content.decode()
    assert client.get("/vraagbaak/moderatie/").status_code == 403  # the ordinary refusal
    assert SETUP_LINK not in client.get("/vraagbaak/moderatie/").content.decode()
