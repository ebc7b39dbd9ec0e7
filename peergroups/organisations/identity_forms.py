"""Forms of organisation sign-in. They validate; identity_actions writes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.models import Organisation, OrganisationDomain


class OrganisationEmailForm(forms.Form):
    """The first step of organisation sign-in: which address (and so which organisation)."""

    email = forms.EmailField(
        label=_("Work e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class IdentityProviderForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.filter(is_member=True).only("pk", "name")
    )
    issuer_url = forms.URLField(
        label=_("Issuer URL"),
        max_length=limits.URL_MAX,
        assume_scheme="https",
        help_text=_("The provider's issuer, for example https://login.example.nl/realms/gemeente."),
    )
    client_id = forms.CharField(label=_("Client ID"), max_length=191)
    client_secret = forms.CharField(
        label=_("Client secret"),
        max_length=191,
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("Never shown again after saving. Leave empty to keep the stored secret."),
    )
    vouched_domains = forms.CharField(
        label=_("Vouched e-mail domains"),
        max_length=limits.LIST_MAX,
        help_text=_("Comma-separated e-mail domains of the organisation, for example: utrecht.nl."),
    )
    password_login_allowed = forms.BooleanField(
        label=_("Also allow a platform password for these addresses"), required=False
    )

    def clean_vouched_domains(self):
        names = sorted({d.strip().lower().lstrip("@") for d in self.cleaned_data["vouched_domains"].split(",")} - {""})
        found = list(OrganisationDomain.objects.filter(domain__in=names))
        unknown = sorted(set(names) - {d.domain for d in found})
        if unknown:
            raise forms.ValidationError(
                _("Not an e-mail domain of any organisation: %(domains)s") % {"domains": ", ".join(unknown)}
            )
        return found
