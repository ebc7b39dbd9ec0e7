"""Forms of threads and the help portal (Dutch labels through gettext)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.models import Theme, Thread
from search.numbers import ID_MAX

BODY_HELP = _(
    "You can use Markdown: **bold**, *italic*, lists and links. Mention a colleague with @ and the first part "
    "of their e-mail address, for example @jan.jansen."
)


class AskForm(forms.Form):
    kind = forms.ChoiceField(label=_("What do you want to post?"))
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX)
    body = forms.CharField(
        label=_("Your question or dilemma"),
        max_length=limits.BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=BODY_HELP,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    is_anonymous = forms.BooleanField(
        label=_("Post this dilemma anonymously (your name and organisation are not shown; moderators can see them)"),
        required=False,
        help_text=_("Only for dilemmas: a question is always posted under your name."),
    )
    poll_options = forms.CharField(
        label=_("Poll “What would you do?” (dilemmas only)"),
        required=False,
        max_length=limits.SHORT_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional, dilemmas only: 2 to 5 options, one per line. A question carries no poll."),
    )

    #: Fields that only a dilemma carries; the ask page groups them so a script can show them for dilemmas only.
    DILEMMA_FIELDS = ("is_anonymous", "poll_options")

    def __init__(self, *args, kinds=None, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = kinds or [Thread.Kind.QUESTION, Thread.Kind.DILEMMA]
        self.fields["kind"].choices = [(k, Thread.Kind(k).label) for k in kinds]
        self.fields["kind"].initial = kinds[0]
        self.fields["themes"].queryset = Theme.objects.order_by("name")
        if Thread.Kind.DILEMMA not in kinds:
            for name in self.DILEMMA_FIELDS:
                del self.fields[name]

    @property
    def offers_dilemma(self) -> bool:
        return "is_anonymous" in self.fields

    def common_fields(self):
        return [f for f in self.visible_fields() if f.name not in self.DILEMMA_FIELDS]

    def dilemma_fields(self):
        return [f for f in self.visible_fields() if f.name in self.DILEMMA_FIELDS]

    def clean_poll_options(self):
        return [line.strip() for line in self.cleaned_data["poll_options"].splitlines() if line.strip()]

    def clean(self):
        data = super().clean()
        if self.offers_dilemma and data.get("kind") and data["kind"] != Thread.Kind.DILEMMA:
            if data.get("is_anonymous"):
                self.add_error(
                    "is_anonymous", _("Only dilemmas can be posted anonymously. Choose “Dilemma” or untick this box.")
                )
            if data.get("poll_options"):
                self.add_error(
                    "poll_options", _("Only a dilemma can carry a poll. Choose “Dilemma” or empty the poll options.")
                )
        return data


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"), max_length=limits.BODY_MAX, widget=forms.Textarea(attrs={"rows": 5}), help_text=BODY_HELP
    )
    parent = forms.IntegerField(required=False, min_value=1, max_value=ID_MAX, widget=forms.HiddenInput)


class EditForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=limits.TITLE_MAX, required=False)
    body = forms.CharField(
        label=_("Text"), max_length=limits.BODY_MAX, widget=forms.Textarea(attrs={"rows": 8}), help_text=BODY_HELP
    )
    note = forms.CharField(
        label=_("Note about this edit"),
        max_length=limits.NOTE_MAX,
        required=False,
        help_text=_("Moderators: readers see this note."),
    )


class FlagForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should a moderator look at this?"),
        max_length=limits.SHORT_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ModerationForm(forms.Form):
    note = forms.CharField(label=_("Note"), max_length=limits.NOTE_MAX, required=False)
    space = forms.IntegerField(required=False, min_value=1, max_value=ID_MAX)
    into = forms.IntegerField(
        label=_("Number of the original discussion"), required=False, min_value=1, max_value=ID_MAX
    )
