"""django-allauth integration: sign-up rule that keeps strangers out.

Every new account starts *pending*. When its e-mail address is verified, an
address at a member organisation's domain makes it a member of that
organisation; any other address stays pending until a site administrator
approves it. The rules themselves are peergroups actions; this module only
connects allauth's hooks to them (the extra sign-up fields are in signup.py).
"""

from allauth.account.adapter import DefaultAccountAdapter

from peergroups import actions


class AccountAdapter(DefaultAccountAdapter):
    def confirm_email(self, request, email_address):
        confirmed = super().confirm_email(request, email_address)
        if email_address.verified:
            actions.do_admit_by_verified_email(email_address.user, email_address.email)
        return confirmed
