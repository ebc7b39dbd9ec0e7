"""Extra fields on allauth's sign-up form.

Kept apart from the adapter: allauth imports this class while building its own
forms, so it must not import allauth's forms or adapter itself.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.organisations import actions, identity_actions


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth mixes this class in)."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        help_text=_("Where you work. Needed only if your e-mail address is not at a member organisation."),
    )

    field_order = ["first_name", "last_name", "email", "organisation_name", "password1", "password2"]

    def clean(self):
        """No password account for an address whose organisation signs in through its provider."""
        cleaned_data = super().clean()
        provider = identity_actions.password_login_refused_by(cleaned_data.get("email") or "")
        if provider is not None:
            self.add_error("email", identity_actions.sso_only_message(provider))
        return cleaned_data

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        actions.do_create_member_profile(user, requested_organisation=self.cleaned_data.get("organisation_name", ""))
