"""django-allauth integration: sign-up rule that keeps strangers out.

Every new account starts *pending*. When its e-mail address is verified, an
address at a member organisation's domain makes it a member of that
organisation; any other address stays pending until a site administrator
approves it. The rules themselves are peergroups actions; this module only
connects allauth's hooks to them (the extra sign-up fields are in signup.py). Its
mail subjects go through ``peergroups.core.mail.one_line`` like every other mail's.

Organisation sign-in (OpenID Connect) goes through ``SocialAccountAdapter``: the
organisation's provider vouches for the addresses at its domains
(``peergroups.organisations.identity_actions``); an address outside them is refused before any
account exists, and an address at a domain whose organisation signs in through its provider only
cannot be used with a password.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.core.exceptions import ValidationError
from django.shortcuts import render

from peergroups.core.mail import one_line
from peergroups.organisations import actions, identity_actions


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        """allauth's subjects as every mail's: one line of plain text (its templates turn
        autoescaping off themselves)."""
        return one_line(super().format_email_subject(subject))

    def confirm_email(self, request, email_address):
        confirmed = super().confirm_email(request, email_address)
        if email_address.verified:
            actions.do_admit_by_verified_email(email_address.user, email_address.email)
        return confirmed

    def pre_authenticate(self, request, **credentials):
        """A password is refused for addresses whose organisation signs in through its provider."""
        provider = identity_actions.password_login_refused_by(credentials.get("email") or "")
        if provider is not None:
            raise ValidationError(identity_actions.sso_only_message(provider))
        super().pre_authenticate(request, **credentials)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """An organisation's provider vouches for its own domains, and for nothing else."""

    def _vouch(self, sociallogin):
        """Mark the returned addresses verified exactly when the provider vouches for them."""
        provider = identity_actions.provider_for_app(sociallogin.provider.app)
        for address in sociallogin.email_addresses:
            address.verified = provider is not None and identity_actions.vouches_for(provider, address.email)
        return provider

    def authenticate_by_email(self, sociallogin):
        self._vouch(sociallogin)
        return super().authenticate_by_email(sociallogin)

    def pre_social_login(self, request, sociallogin):
        provider = self._vouch(sociallogin)
        data = sociallogin.provider.extract_common_fields(sociallogin.account.extra_data)
        email = (data.get("email") or "").strip().lower()
        if provider is None or not email or not identity_actions.vouches_for(provider, email):
            raise ImmediateHttpResponse(
                render(
                    request,
                    "peergroups/organisation_login_refused.html",
                    {"provider": provider, "email": email},
                    status=403,
                )
            )
        if sociallogin.is_existing:
            identity_actions.do_take_over_provider_details(
                sociallogin.user,
                first_name=data.get("first_name") or "",
                last_name=data.get("last_name") or "",
                email=email,
            )
            actions.do_admit_by_verified_email(sociallogin.user, email)

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        actions.do_create_member_profile(user)
        actions.do_admit_by_verified_email(user, user.email)
        return user
