"""Forms of resultancy. They validate input; actions write."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.models import MemberProfile, Organisation, Theme, User, Visibility

from .models import Deliverable, StrategicIssue, TeamStatus


def date_widget():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class IssueForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX)
    problem = forms.CharField(
        label=_("Problem statement"), max_length=limits.DESCRIPTION_MAX, widget=forms.Textarea(attrs={"rows": 5})
    )
    why_it_matters = forms.CharField(
        label=_("Why it matters across organisations"),
        max_length=limits.DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations affected"),
        queryset=Organisation.objects.filter(is_member=True),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"), max_length=limits.COMMENT_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"), max_length=limits.MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label=_("Merge into"), queryset=StrategicIssue.objects.none())

    def __init__(self, *args, issue=None, **kwargs):
        super().__init__(*args, **kwargs)
        queryset = StrategicIssue.objects.exclude(
            status__in=[StrategicIssue.Status.MERGED, StrategicIssue.Status.DECLINED]
        )
        if issue is not None:
            queryset = queryset.exclude(pk=issue.pk)
        self.fields["into"].queryset = queryset.order_by("title")


def _members():
    return User.objects.filter(profile__status=MemberProfile.Status.MEMBER, is_active=True).order_by(
        "last_name", "first_name"
    )


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Name of the team"), max_length=160)
    goal = forms.CharField(
        label=_("Goal"),
        max_length=limits.GOAL_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The concrete solution or solution direction the team will deliver."),
    )
    lead = forms.ModelChoiceField(label=_("Team lead"), queryset=User.objects.none())
    planned_end = forms.DateField(label=_("Planned end date"), widget=date_widget())
    requested_hours = forms.IntegerField(label=_("Capacity asked (hours per month)"), min_value=1, max_value=10000)
    wanted_expertise = forms.CharField(
        label=_("Expertise wanted"),
        max_length=limits.LIST_MAX,
        required=False,
        help_text=_("Comma-separated topics the team needs people for."),
    )
    visibility = forms.ChoiceField(label=_("Visibility"), choices=Visibility.choices, initial=Visibility.OPEN)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"].queryset = _members()
        self.fields["lead"].label_from_instance = lambda user: user.display_name


class TeamEditForm(forms.Form):
    goal = TeamForm.base_fields["goal"]
    planned_end = forms.DateField(label=_("Planned end date"), widget=date_widget())
    requested_hours = forms.IntegerField(label=_("Capacity asked (hours per month)"), min_value=1, max_value=10000)
    wanted_expertise = forms.CharField(
        label=_("Expertise wanted"),
        max_length=limits.LIST_MAX,
        required=False,
        help_text=_("Comma-separated topics the team needs people for."),
    )


class StatusForm(forms.Form):
    to = forms.ChoiceField(choices=TeamStatus.choices)
    reason = forms.CharField(label=_("Reason for stopping"), max_length=limits.MESSAGE_MAX, required=False)


class PledgeForm(forms.Form):
    role = forms.CharField(label=_("Your role in the team"), max_length=120)
    expertise = forms.CharField(
        label=_("Expertise you bring"), max_length=300, required=False, help_text=_("Comma-separated topics.")
    )
    hours_per_month = forms.IntegerField(label=_("Hours per month"), min_value=1, max_value=160)
    starts_on = forms.DateField(label=_("From"), widget=date_widget())
    ends_on = forms.DateField(label=_("Until"), widget=date_widget())


class MilestoneForm(forms.Form):
    title = forms.CharField(label=_("Milestone"), max_length=limits.TITLE_MAX)
    due_on = forms.DateField(label=_("Due date"), widget=date_widget())


class DeliverableForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX)
    kind = forms.ChoiceField(label=_("Type"), choices=Deliverable.Kind.choices)
    summary = forms.CharField(
        label=_("Summary"), max_length=limits.SHORT_TEXT_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )
    body = forms.CharField(label=_("Text"), max_length=limits.BODY_MAX, widget=forms.Textarea(attrs={"rows": 10}))
