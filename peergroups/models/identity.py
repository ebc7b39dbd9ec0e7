"""Organisation sign-in: the identity provider (OpenID Connect) a member organisation runs."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .people import Organisation, OrganisationDomain


class OrganisationIdentityProvider(models.Model):
    """Links a member organisation to its own OpenID Connect provider.

    The connection itself (issuer URL, client id, secret) lives in allauth's ``SocialApp``,
    which runs the protocol; this model says which organisation it belongs to and for which
    of the organisation's e-mail domains the provider may vouch. An address the provider
    returns outside those domains is refused, so a provider cannot admit people of another
    organisation.
    """

    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="identity_provider",
    )
    app = models.OneToOneField(
        "socialaccount.SocialApp",
        on_delete=models.PROTECT,
        related_name="organisation_provider",
    )
    vouched_domains = models.ManyToManyField(
        OrganisationDomain,
        verbose_name=_("vouched e-mail domains"),
        related_name="identity_providers",
        help_text=_("Addresses at these domains (and their subdomains) sign in through this provider only."),
    )
    password_login_allowed = models.BooleanField(
        _("password login allowed"),
        default=False,
        help_text=_("Whether people at these domains may still sign in with a platform password."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation identity provider")
        verbose_name_plural = _("organisation identity providers")

    def __str__(self):
        return str(self.organisation)

    @property
    def issuer_url(self) -> str:
        return self.app.settings.get("server_url", "")
