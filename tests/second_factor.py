"""Second-factor helpers for tests: a real allauth authenticator and the codes an app would show."""

import time

import pyotp
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP

from peergroups.policy import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS

#: Roles whose powers count only with a second factor (peergroups/policy/second_factor.py).
POWER_ROLES = frozenset({ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS})


def give_second_factor(user) -> str:
    """Activate an authenticator app (TOTP) and recovery codes for ``user`` through allauth's models.

    Returns the TOTP secret (also kept as ``user.totp_secret``) to compute codes with ``code_for``.
    """
    secret = pyotp.random_base32()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    user.totp_secret = secret
    return secret


def code_for(secret: str, *, at: float | None = None) -> str:
    """The code an authenticator app shows for ``secret`` now (or at the time ``at``)."""
    return pyotp.TOTP(secret).at(at if at is not None else time.time())


def recovery_codes_of(user) -> list[str]:
    from allauth.mfa.models import Authenticator

    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    return authenticator.wrap().get_unused_codes()


def reauthenticate(client, user, next_url: str = ""):
    """Confirm the second factor again through allauth's page, as a moderator does before a reveal.

    With ``next_url`` (the page's hidden ``next`` field) allauth replays the request it suspended
    there and this returns its response. Tries the codes of now and of the neighbouring steps (all
    accepted within the tolerated drift), since a code already used in this half minute is refused.
    """
    now = time.time()
    data = {"next": next_url} if next_url else {}
    for at in (now, now + 30, now - 30):
        response = client.post("/account/2fa/reauthenticate/", {**data, "code": code_for(user.totp_secret, at=at)})
        if "mfa/reauthenticate.html" not in [template.name for template in response.templates]:
            return response
    raise AssertionError("no code was accepted")
