"""Forms for groups, their content and work plans. They validate input; actions write."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.core.taxonomy import Province, ThemeKind
from peergroups.models import (
    Invitation,
    LearningQuestion,
    MeetingAttendance,
    MemberProfile,
    Membership,
    Organisation,
    Role,
    Spearhead,
    Theme,
    User,
    Visibility,
)
from peergroups.models.groups import WORKING_GROUP_CAPACITY, WORKING_GROUP_MINIMUM
from peergroups.spaces.content.uploads import allowed_extensions_label, max_upload_size, validate_upload
from search.numbers import parse_ids

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


def datetime_widget():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT)


def date_widget():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def admitted_members():
    return (
        User.objects.filter(is_active=True, profile__status=MemberProfile.Status.MEMBER)
        .select_related("profile__organisation")
        .order_by("last_name", "first_name")
    )


class MemberChoiceField(forms.ModelChoiceField):
    """A member shown with their organisation, so namesakes can be told apart."""

    def label_from_instance(self, obj):
        organisation = getattr(getattr(obj, "profile", None), "organisation", None)
        return f"{obj.display_name} ({organisation.name})" if organisation else str(obj.display_name)


VISIBILITY_HELP = _(
    "Open: every member can join. Closed: members ask to join and a coordinator decides. "
    "Secret: by invitation only; the group is not listed and cannot be found."
)


class SpaceSettingsForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=160)
    description = forms.CharField(
        label=_("About this group"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=limits.DESCRIPTION_MAX,
    )
    visibility = forms.ChoiceField(label=_("Visibility"), choices=Visibility.choices, help_text=VISIBILITY_HELP)
    content_public = forms.BooleanField(
        label=_("Show meetings and documents to everyone (open groups only)"), required=False
    )
    capacity = forms.IntegerField(
        label=_("Maximum number of members"),
        required=False,
        min_value=1,
        max_value=500,
        help_text=_("Leave empty for no limit. When the group is full, newcomers go on the waiting list."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def clean(self):
        data = super().clean()
        if data.get("content_public") and data.get("visibility") != Visibility.OPEN:
            self.add_error("content_public", _("Only an open group can show its content to everyone."))
        return data


class PeerGroupForm(SpaceSettingsForm):
    """Start or propose a peer group: which organisations and learning questions it brings together."""

    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Members of these organisations get a notification about the new group (not for secret groups)."),
    )
    learning_questions = forms.ModelMultipleChoiceField(
        label=_("Learning questions"),
        queryset=LearningQuestion.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    field_order = ["name", "description", "visibility", "content_public", "themes", "organisations"]

    def __init__(self, *args, organisation_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["capacity"]
        ids = set(organisation_ids)
        if self.is_bound:
            ids |= set(parse_ids(self.data.getlist("organisations")))
        self.fields["learning_questions"].queryset = (
            LearningQuestion.objects.filter(organisation_id__in=ids).select_related("organisation").order_by("title")
        )
        self.fields["learning_questions"].label_from_instance = lambda q: f"{q.title} ({q.organisation.name})"


class WorkingGroupForm(SpaceSettingsForm):
    """Set up a working group (site administrators)."""

    theme = forms.ModelChoiceField(
        label=_("Working group theme"), queryset=Theme.objects.filter(kind=ThemeKind.GROUP_THEME), required=False
    )
    coordinator = MemberChoiceField(label=_("Coordinator"), queryset=admitted_members())
    portfolio_holder = MemberChoiceField(
        label=_("Board member holding the portfolio"), queryset=admitted_members(), required=False
    )
    minimum_size = forms.IntegerField(
        label=_("Minimum number of members"), min_value=1, max_value=500, initial=WORKING_GROUP_MINIMUM
    )

    field_order = ["name", "description", "theme", "coordinator", "portfolio_holder", "capacity", "minimum_size"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["capacity"].initial = WORKING_GROUP_CAPACITY
        self.fields["capacity"].required = True
        self.fields["visibility"].initial = Visibility.CLOSED
        del self.fields["themes"]

    def clean(self):
        data = super().clean()
        if data.get("minimum_size") and data.get("capacity") and data["minimum_size"] > data["capacity"]:
            self.add_error("minimum_size", _("The minimum cannot be larger than the maximum."))
        return data


class WorkingGroupSettingsForm(forms.Form):
    theme = forms.ModelChoiceField(
        label=_("Working group theme"), queryset=Theme.objects.filter(kind=ThemeKind.GROUP_THEME), required=False
    )
    portfolio_holder = MemberChoiceField(
        label=_("Board member holding the portfolio"), queryset=admitted_members(), required=False
    )
    minimum_size = forms.IntegerField(label=_("Minimum number of members"), min_value=1, max_value=500)
    recruiting = forms.BooleanField(label=_("Recruiting permanently"), required=False)


class JoinRequestForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why do you want to join?"),
        max_length=limits.MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "The coordinator reads this when deciding. For example: what you bring and what you want to learn."
        ),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=limits.MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


#: How many members the invitation picker offers for one search.
PICKER_RESULTS = 10


def invite_candidates(space, query: str):
    """Admitted members matching every word of ``query`` (name, e-mail or organisation) who are
    not in ``space`` and have no pending invitation to it; at most ``PICKER_RESULTS``."""
    words = query.split()[:5]
    if not words or len(query.strip()) < 2:
        return User.objects.none()
    invited = Invitation.objects.filter(space=space, status=Invitation.Status.PENDING, user__isnull=False)
    candidates = (
        admitted_members()
        .exclude(pk__in=Membership.objects.filter(space=space).values("user_id"))
        .exclude(pk__in=invited.values("user_id"))
    )
    for word in words:
        candidates = candidates.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(email__istartswith=word)
            | Q(profile__organisation__name__icontains=word)
        )
    return candidates[:PICKER_RESULTS]


class InviteForm(forms.Form):
    """Invite a member found by a search, or anyone by e-mail address.

    The picker never lists every member: it offers the results of ``search`` (``invite_candidates``)
    as radio buttons. Any admitted member is accepted on submit, so a result chosen a moment
    before the search changes still counts.
    """

    member = MemberChoiceField(label=_("Member"), queryset=admitted_members(), required=False, widget=forms.RadioSelect)
    email = forms.EmailField(
        label=_("Or an e-mail address"),
        required=False,
        help_text=_("For someone who is not on the platform yet: they get an e-mail with a link."),
    )
    message = forms.CharField(
        label=_("Personal message"),
        required=False,
        max_length=limits.MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, space=None, search: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        results = list(invite_candidates(space, search)) if space is not None else []
        field.choices = [(user.pk, field.label_from_instance(user)) for user in results]
        if not results:
            field.widget = forms.HiddenInput()

    def clean(self):
        data = super().clean()
        if not data.get("member") and not data.get("email") and not self.errors:
            raise ValidationError(_("Choose a member or fill in an e-mail address."))
        return data


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class HandOverForm(forms.Form):
    member = forms.ModelChoiceField(label=_("New coordinator"), queryset=User.objects.none())

    def __init__(self, *args, space, exclude_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = (
            User.objects.filter(space_memberships__space=space).exclude(pk=exclude_user.pk).order_by("last_name")
        )
        self.fields["member"].label_from_instance = lambda u: u.display_name


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX)
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=datetime_widget())
    ends_at = forms.DateTimeField(label=_("Ends at"), required=False, widget=datetime_widget())
    location = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_url = forms.URLField(
        label=_("Link for online participation"), required=False, max_length=limits.URL_MAX, assume_scheme="https"
    )
    agenda = forms.CharField(
        label=_("Agenda"), required=False, max_length=limits.BODY_MAX, widget=forms.Textarea(attrs={"rows": 6})
    )
    minutes = forms.CharField(
        label=_("Minutes"),
        required=False,
        max_length=limits.BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Add these after the meeting."),
    )

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] < data["starts_at"]:
            self.add_error("ends_at", _("The end lies before the start."))
        if not self.errors and not (data.get("location") or "").strip() and not data.get("online_url"):
            raise ValidationError(_("Give a place or a link for online participation."))
        return data


class AttendanceForm(forms.Form):
    response = forms.ChoiceField(choices=MeetingAttendance.Response.choices)


class DocumentForm(forms.Form):
    title = forms.CharField(
        label=_("Title"), max_length=limits.TITLE_MAX, required=False, help_text=_("Empty: the file name.")
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=limits.SHORT_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    file = forms.FileField(label=_("File"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.template.defaultfilters import filesizeformat

        self.fields["file"].help_text = _("Allowed: %(types)s. At most %(max)s.") % {
            "types": allowed_extensions_label(),
            "max": filesizeformat(max_upload_size()),
        }

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        validate_upload(uploaded)
        return uploaded


class RegionalActivityForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX)
    starts_at = forms.DateTimeField(label=_("Date and time"), widget=datetime_widget())
    ends_at = forms.DateTimeField(label=_("Ends at"), required=False, widget=datetime_widget())
    location = forms.CharField(label=_("Place"), max_length=200)
    province = forms.ChoiceField(label=_("Province or region"), choices=[("", "—")] + Province.choices, required=False)
    capacity = forms.IntegerField(
        label=_("Number of places"),
        required=False,
        min_value=1,
        max_value=100000,
        help_text=_("Leave empty for no limit. When it is full, people join a waiting list."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=limits.DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class SpearheadForm(forms.Form):
    number = forms.IntegerField(label=_("Number"), min_value=1, max_value=999)
    title = forms.CharField(label=_("Title"), max_length=250)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=limits.DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    target = forms.CharField(
        label=_("Measurable target"),
        max_length=250,
        # xgettext:no-python-format
        help_text=_("For example: 75% of the municipalities take part by 31 December."),
    )
    target_value = forms.DecimalField(
        label=_("Target value"),
        required=False,
        max_digits=12,
        decimal_places=2,
        help_text=_("Optional: the number to reach, for example 75."),
    )
    baseline_value = forms.DecimalField(
        label=_("Starting value"), required=False, max_digits=12, decimal_places=2, initial=0
    )
    unit = forms.CharField(label=_("Unit"), required=False, max_length=30, help_text=_("For example: %"))
    deadline = forms.DateField(label=_("Deadline"), required=False, widget=date_widget())
    owner = MemberChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=Spearhead.Status.choices)

    def __init__(self, *args, space, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = User.objects.filter(space_memberships__space=space).select_related(
            "profile__organisation"
        )

    def clean_baseline_value(self):
        value = self.cleaned_data.get("baseline_value")
        return 0 if value is None else value


class ProgressForm(forms.Form):
    reported_on = forms.DateField(label=_("Date"), widget=date_widget())
    value = forms.DecimalField(
        label=_("Measured value"),
        required=False,
        max_digits=12,
        decimal_places=2,
        help_text=_("Only for a numeric target."),
    )
    percent_complete = forms.IntegerField(label=_("Estimated progress (%)"), required=False, min_value=0, max_value=100)
    status = forms.ChoiceField(
        label=_("New status"), required=False, choices=[("", _("unchanged"))] + Spearhead.Status.choices
    )
    note = forms.CharField(
        label=_("What happened"), max_length=limits.MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        data = super().clean()
        if (
            not self.errors
            and data.get("value") is None
            and data.get("percent_complete") is None
            and not data.get("status")
        ):
            raise ValidationError(_("Give a measured value, an estimate or a new status."))
        return data


class SpaceFilterForm(forms.Form):
    """Filters on the group lists."""

    show_limits = False
    q = forms.CharField(label=_("Name contains"), required=False, max_length=limits.FILTER_MAX)
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False, empty_label=_("All"))
