"""The second-factor rule: powers over other people's content count only with a second factor.

Site administrators, editors (anyone with Wagtail admin access), moderators and so everyone who
can reveal the author of an anonymous post hold their powers only once they have an
authenticator (an authenticator app through ``allauth.mfa``; recovery codes alone are a way back
in, not a factor). Until then the policy treats them as ordinary members
(``PermissionContext.powers_withheld``) and every refusal of a power leads to the set-up page;
the powers return the moment an authenticator exists, without logging in again.

Revealing an anonymous author also asks for a *fresh* confirmation with that factor: an
authentication with it within ``ACCOUNT_REAUTHENTICATION_TIMEOUT`` seconds (the login with the
code, or allauth's second-factor re-authentication page).
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from peergroups.core.roles import ROLE_EDITORS, ROLE_MODERATORS


class RoleHolder(Protocol):
    """What this rule reads of a ``PermissionContext``; the context itself asks this module."""

    @property
    def user(self) -> Any: ...

    @property
    def role_names(self) -> frozenset[str]: ...

    @property
    def holds_site_admin_role(self) -> bool: ...

    @property
    def powers_withheld(self) -> bool: ...

#: Authenticator types that are a second factor (``allauth.mfa.models.Authenticator.Type``).
FACTOR_TYPES = ("totp", "webauthn")
#: Wagtail's permission for its admin: whoever holds it (through any group) is an editor here.
ADMIN_ACCESS = "wagtailadmin.access_admin"


class SecondFactorRequired(PermissionDenied):
    """A power was refused because its holder has no second factor yet; the page leads to the set-up."""

    def __init__(self, reason: Any = ""):
        super().__init__(reason)
        self.reason = reason


def has_second_factor(user) -> bool:
    """Whether the user has an authenticator that counts as a second factor."""
    if not getattr(user, "is_authenticated", False) or getattr(user, "pk", None) is None:
        return False
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user_id=user.pk, type__in=FACTOR_TYPES).exists()


def holds_power_role(ctx: RoleHolder) -> bool:
    """A role whose powers need a second factor: site administrator, editor or moderator."""
    return ctx.holds_site_admin_role or bool(ctx.role_names & {ROLE_EDITORS, ROLE_MODERATORS})


def powers_withheld(ctx: RoleHolder) -> bool:
    """The user holds a powerful role but has no second factor: the role grants nothing yet."""
    return holds_power_role(ctx) and not has_second_factor(ctx.user)


def admin_access_withheld(user) -> bool:
    """Whether the Wagtail or Django admin must send this user to the set-up first.

    Wagtail's admin decides by its own permission (which other groups may grant too) and
    Django's by ``is_staff``; either needs the second factor.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    if not (user.is_superuser or user.is_staff or user.has_perm(ADMIN_ACCESS)):
        return False
    return not has_second_factor(user)


def refuse_if_withheld(ctx: RoleHolder, reason: Any = "") -> None:
    """Raise ``SecondFactorRequired`` when the refusal may be the missing second factor's doing."""
    if ctx.powers_withheld:
        raise SecondFactorRequired(reason)


# --- fresh confirmation ---------------------------------------------------------------


def confirmed_recently(request) -> bool:
    """Whether this session authenticated with its second factor within the re-authentication timeout."""
    from allauth.account.internal.flows.login import get_authentication_records

    if not request.user.is_authenticated:
        return False
    records = [record for record in get_authentication_records(request, request.user) if record.get("method") == "mfa"]
    if not records:
        return False
    return time.time() - records[-1]["at"] < settings.ACCOUNT_REAUTHENTICATION_TIMEOUT


def confirm_first(request):
    """Send the request to allauth's second-factor re-authentication; it is replayed once confirmed."""
    from allauth.account.internal.flows.reauthentication import suspend_request
    from django.urls import reverse

    return suspend_request(request, reverse("mfa_reauthenticate"))


SETUP_REASON = _(
    "Your role (site administration, editing or moderation) works only with a second factor. "
    "Set up an authenticator app; your role works again as soon as it is set up."
)


def second_factor_page(request, reason: Any = ""):
    """The refusal (403) that explains the missing second factor and links to its set-up."""
    from django.shortcuts import render

    return render(
        request,
        "peergroups/second_factor_required.html",
        {"reason": reason, "setup_reason": SETUP_REASON},
        status=403,
    )
