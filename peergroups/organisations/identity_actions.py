"""Organisation sign-in (OpenID Connect): which provider vouches for which address, and
what a sign-in through it may change.

The protocol is allauth's (``allauth.socialaccount`` with its ``openid_connect`` provider);
the rules of the platform are here: a provider vouches only for its organisation's chosen
e-mail domains, an address it vouches for counts as verified (and admits the person exactly
as a verified address does), and names and addresses at the provider are taken over on each
sign-in. ``platform_site.accounts`` connects allauth's hooks to these functions.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialApp
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import Organisation, OrganisationDomain, OrganisationIdentityProvider, User

OIDC_PROVIDER = "openid_connect"


def _domain_candidates(email: str) -> list[str]:
    """The address's domain and each parent domain (``a.b.nl`` → ``a.b.nl``, ``b.nl``)."""
    domain = email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""
    if not domain:
        return []
    parts = domain.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


def identity_provider_for_email(email: str) -> OrganisationIdentityProvider | None:
    """The provider that vouches for this address's domain (the most specific domain wins)."""
    candidates = _domain_candidates(email)
    if not candidates:
        return None
    matches = (
        OrganisationDomain.objects.filter(domain__in=candidates, identity_providers__isnull=False)
        .select_related("organisation")
        .only("domain", "organisation")
    )
    best = max(matches, key=lambda d: len(d.domain), default=None)
    if best is None:
        return None
    return (
        OrganisationIdentityProvider.objects.select_related("app", "organisation").filter(vouched_domains=best).first()
    )


def vouches_for(provider: OrganisationIdentityProvider, email: str) -> bool:
    candidates = _domain_candidates(email)
    return bool(candidates) and provider.vouched_domains.filter(domain__in=candidates).exists()


def provider_for_app(app: SocialApp | None) -> OrganisationIdentityProvider | None:
    if app is None or not app.pk:
        return None
    return OrganisationIdentityProvider.objects.select_related("organisation").filter(app=app).first()


def password_login_refused_by(email: str) -> OrganisationIdentityProvider | None:
    """The provider through which this address must sign in, when it may not use a password."""
    provider = identity_provider_for_email(email)
    if provider is None or provider.password_login_allowed:
        return None
    return provider


def sso_only_message(provider: OrganisationIdentityProvider) -> str:
    return _(
        "Staff of %(organisation)s sign in through their own organisation, not with a password. "
        "Choose “Sign in through your organisation” and enter your work e-mail address."
    ) % {"organisation": provider.organisation.name}


def organisation_sign_in_available() -> bool:
    return OrganisationIdentityProvider.objects.exists()


def check_identity_provider(
    actor_ctx,
    organisation: Organisation,
    *,
    provider: OrganisationIdentityProvider | None,
    client_secret: str,
    vouched_domains,
) -> None:
    if not permissions.can_manage_identity_providers(actor_ctx):
        raise PermissionDenied(_("Only site administrators can link identity providers."))
    if provider is None and not client_secret:
        raise ValidationError(_("Enter the client secret."))
    foreign = [d.domain for d in vouched_domains if d.organisation_id != organisation.pk]
    if foreign:
        raise ValidationError(
            _("These domains belong to another organisation: %(domains)s") % {"domains": ", ".join(foreign)}
        )
    if not vouched_domains:
        raise ValidationError(_("Choose at least one e-mail domain the provider vouches for."))


@transaction.atomic
def do_save_identity_provider(
    actor,
    organisation: Organisation,
    *,
    issuer_url: str,
    client_id: str,
    client_secret: str,
    vouched_domains,
    password_login_allowed: bool,
) -> OrganisationIdentityProvider:
    """Link (or re-link) an organisation to its provider. An empty secret keeps the stored one."""
    provider = OrganisationIdentityProvider.objects.select_related("app").filter(organisation=organisation).first()
    check_identity_provider(
        permissions.context_for(actor),
        organisation,
        provider=provider,
        client_secret=client_secret,
        vouched_domains=list(vouched_domains),
    )
    app = provider.app if provider else SocialApp(provider=OIDC_PROVIDER)
    app.provider_id = f"org-{slugify(organisation.slug)}"[:200]
    app.name = organisation.name[:40]
    app.client_id = client_id.strip()
    if client_secret:
        app.secret = client_secret
    app.settings = {**app.settings, "server_url": issuer_url.strip().rstrip("/"), "oauth_pkce_enabled": True}
    app.save()
    if provider is None:
        provider = OrganisationIdentityProvider(organisation=organisation, app=app)
    provider.password_login_allowed = password_login_allowed
    provider.save()
    provider.vouched_domains.set(vouched_domains)
    return provider


@transaction.atomic
def do_take_over_provider_details(user: User, *, first_name: str, last_name: str, email: str) -> User:
    """Names and the address as the organisation's provider now has them.

    The address (already checked to be vouched for) becomes the verified primary one, also
    when an account that had it unverified is linked now (its password is then wiped, as
    nobody proved the address when it was set); an address another account uses is left
    alone rather than taken from that account.
    """
    changed = []
    for field, value in (("first_name", first_name), ("last_name", last_name)):
        value = (value or "").strip()[:150]
        if value and getattr(user, field) != value:
            setattr(user, field, value)
            changed.append(field)
    email = (email or "").strip().lower()
    taken = User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists()
    if email and not taken:
        if email != user.email.lower():
            user.email = email
            changed.append("email")
        vouched = EmailAddress.objects.filter(user=user, email__iexact=email, verified=True, primary=True)
        if not vouched.exists():
            EmailAddress.objects.filter(user=user).exclude(email__iexact=email).update(primary=False)
            address = EmailAddress.objects.filter(user=user, email__iexact=email).first() or EmailAddress(
                user=user, email=email
            )
            if not address.verified and user.has_usable_password():
                # Whoever set this password never proved the address: it stops working (and,
                # through Django's session hash, so do the sessions it opened).
                user.set_unusable_password()
                changed.append("password")
            address.verified = address.primary = True
            address.save()
    if changed:
        user.save(update_fields=changed)
    return user
