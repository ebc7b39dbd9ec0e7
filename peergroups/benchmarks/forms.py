"""Forms of the Huis van benchmarks: one field per indicator, validated by unit and range."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from peergroups.benchmarks.actions import validate_value
from peergroups.models import Indicator


class ValuesForm(forms.Form):
    """A decimal field per indicator; empty means "no value" (removes an earlier one)."""

    def __init__(self, *args, indicators=(), initial_values=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        initial_values = initial_values or {}
        for indicator in self.indicators:
            self.fields[self.field_name(indicator)] = forms.DecimalField(
                label=f"{indicator.name} ({indicator.unit})",
                required=False,
                max_digits=14,
                decimal_places=4,
                localize=True,
                initial=initial_values.get(indicator.pk),
                error_messages={"invalid": _("Enter a number, for example 7,5.")},
                help_text=_range_text(indicator),
            )

    @staticmethod
    def field_name(indicator) -> str:
        return f"indicator_{indicator.pk}"

    def clean(self):
        cleaned = super().clean()
        for indicator in self.indicators:
            name = self.field_name(indicator)
            if name in cleaned:
                try:
                    validate_value(indicator, cleaned[name])
                except ValidationError as exc:
                    self.add_error(name, exc)
        return cleaned

    def values(self) -> dict:
        return {i: self.cleaned_data.get(self.field_name(i)) for i in self.indicators}


def _range_text(indicator):
    if indicator.minimum_value is None or indicator.maximum_value is None:
        return ""
    return _("From %(minimum)s to %(maximum)s %(unit)s.") % {
        "minimum": indicator.minimum_value.normalize(),
        "maximum": indicator.maximum_value.normalize(),
        "unit": indicator.unit,
    }


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet (CSV, XLSX or ODS)"))


class IndicatorForm(forms.ModelForm):
    definition = forms.CharField(label=_("definition"), widget=forms.Textarea, max_length=4000)

    class Meta:
        model = Indicator
        fields = ["name", "definition", "unit", "minimum_value", "maximum_value", "direction", "target_value", "source"]
