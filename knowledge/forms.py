"""Forms of the knowledge views (the Wagtail admin builds its own page forms)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from peergroups.core import limits
from peergroups.models import Organisation, Theme
from search.numbers import parse_ids

from .models import SourceKind


class PromoteDraftForm(forms.Form):
    """What an editor provides to turn material into a draft best practice."""

    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"), max_length=limits.SHORT_TEXT_MAX, widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    body_text = forms.CharField(
        label=_("Text"),
        max_length=limits.BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        help_text=_(
            "Markdown, as in the help portal: **bold**, lists and links; an empty line starts a new paragraph. "
            "You can edit it further in the editor."
        ),
    )
    source_kind = forms.ChoiceField(label=_("Where does it come from?"), choices=SourceKind.choices)
    source_label = forms.CharField(label=_("Name of the source"), max_length=255, required=False)
    source_url = forms.CharField(
        label=_("Address of the source"),
        max_length=500,
        required=False,
        help_text=_("A path on this platform, such as /vraagbaak/12/, or a full web address."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.filter(kind__in=["pillar", "case_theme"]).order_by("kind", "name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    organisation = forms.ModelChoiceField(
        label=_("Organisation of the case"),
        queryset=Organisation.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        help_text=_("Its type, government layer, size and province are filled in on the page; you can change them."),
    )

    PREFILL = ("title", "summary", "body_text", "source_kind", "source_label", "source_url", "organisation")

    @classmethod
    def initial_from(cls, params) -> dict:
        """Initial values from a link's query string (unknown keys are ignored)."""
        initial = {key: params.get(key, "")[:5000] for key in cls.PREFILL if params.get(key)}
        if params.getlist("themes"):
            initial["themes"] = parse_ids(params.getlist("themes"))
        return initial
