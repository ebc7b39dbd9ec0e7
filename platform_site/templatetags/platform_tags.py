"""Template helpers that render Django form fields with NL Design System classes."""

from django import forms, template

register = template.Library()


@register.filter
def widget_kind(widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "multiple"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    return "input"


@register.filter
def with_classes(bound_field, classes: str):
    """Render a field with CSS classes and the ARIA links to its help and errors."""
    attrs = {"class": classes}
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
        described_by.append(f"{bound_field.auto_id}_error")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return bound_field.as_widget(attrs=attrs)
