"""django-allauth integration: sign-up rule that keeps strangers out.

Every new account starts *pending*. When its e-mail address is verified, an
address at a member organisation's domain makes it a member of that
organisation; any other address stays pending until a site administrator
approves it. The rules themselves are peergroups actions; this module only
connects allauth's hooks to them (the extra sign-up fields are in signup.py). Its
mail subjects go through ``peergroups.core.mail.one_line`` like every other mail's.
"""

from allauth.account.adapter import DefaultAccountAdapter

from peergroups.core.mail import one_line
from peergroups.organisations import actions


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
