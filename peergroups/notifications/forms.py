"""The form of a person's notification settings. It validates; actions write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.models import EmailFrequency


class NotificationSettingsForm(forms.Form):
    email_frequency = forms.ChoiceField(label=_("E-mail about notifications"), choices=EmailFrequency.choices)
