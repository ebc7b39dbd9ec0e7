"""Forms for people and organisations. They validate; actions write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.core.limits import URL_MAX
from peergroups.core.taxonomy import Function, Province
from peergroups.models import LearningQuestion, Organisation, PolicyDomain, Theme


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    function = forms.ChoiceField(label=_("Function"), choices=[("", "—")] + Function.choices, required=False)
    province = forms.ChoiceField(label=_("Province or region"), choices=[("", "—")] + Province.choices, required=False)
    expertise = forms.CharField(
        label=_("Expertise"),
        required=False,
        max_length=limits.LIST_MAX,
        help_text=_("Comma-separated, for example: benchmarking, klantcontact, integriteit."),
    )
    bio = forms.CharField(
        label=_("Short bio"), required=False, max_length=limits.SHORT_TEXT_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )

    def clean_expertise(self):
        return [t.strip() for t in self.cleaned_data["expertise"].split(",") if t.strip()]


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, max_length=URL_MAX, assume_scheme="https")
    policy_domain = forms.ModelChoiceField(
        label=_("Policy domain"), queryset=PolicyDomain.objects.all(), required=False
    )

    class Meta:
        model = Organisation
        formfield_callback = limits.formfield
        fields = [
            "description",
            "primary_processes",
            "ambitions",
            "staff_count",
            "website",
            "province",
            "city",
            "policy_domain",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "primary_processes": forms.Textarea(attrs={"rows": 3}),
            "ambitions": forms.Textarea(attrs={"rows": 3}),
        }


class LearningQuestionForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = LearningQuestion
        formfield_callback = limits.formfield
        fields = ["title", "body", "status", "themes"]
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}


class MemberDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Admit")), ("reject", _("Reject"))], widget=forms.HiddenInput)
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.all(), required=False)
    note = forms.CharField(
        label=_("Note to the person"),
        required=False,
        max_length=limits.MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class OrganisationFilterForm(forms.Form):
    """Filters on the organisation list; every field optional, bad values ignored."""

    show_limits = False
    q = forms.CharField(label=_("Name contains"), required=False, max_length=limits.FILTER_MAX)
    organisation_type = forms.ChoiceField(label=_("Organisation type"), required=False)
    government_layer = forms.ChoiceField(label=_("Government layer"), required=False)
    province = forms.ChoiceField(label=_("Province"), required=False)

    def __init__(self, *args, **kwargs):
        from peergroups.core.taxonomy import GovernmentLayer, OrganisationType

        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["organisation_type"].choices = everything + OrganisationType.choices
        self.fields["government_layer"].choices = everything + GovernmentLayer.choices
        self.fields["province"].choices = everything + Province.choices


class MeetingPlaceForm(forms.Form):
    """Filters of the Ontmoetingsplaats; every field optional, bad values ignored."""

    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False, empty_label=_("All"))
    show_limits = False
    q = forms.CharField(label=_("Words in the learning question"), required=False, max_length=limits.FILTER_MAX)


class ContactForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=limits.CONTACT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The members of this organisation on the platform receive it as a notification."),
    )
    learning_question = forms.ModelChoiceField(
        queryset=LearningQuestion.objects.all(), required=False, widget=forms.HiddenInput
    )
