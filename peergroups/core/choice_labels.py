"""``get_FOO_display`` without rebuilding the choices dictionary on every call.

Django's generated ``get_FOO_display`` turns all of a field's choices into a
hashable dictionary on each call (``Model._get_FIELD_display``); with lazily
translated labels that costs milliseconds on a page that lists a hundred
threads. :func:`install` replaces the generated methods of the given models by
one that builds the ``{value: label}`` map of a field once per process. The
labels stay lazy translations, so each call still answers in the language of the
request. Only fields with fixed choices (a list, not a callable) are memoised,
and only methods Django generated (a model's own ``get_FOO_display`` stays).
"""

from __future__ import annotations

from functools import partialmethod

from django.db.models import Model
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable

_LABELS: dict = {}


def display(instance, field):
    """What ``Model._get_FIELD_display`` answers, from a label map built once per field."""
    if not isinstance(field.choices, (list, tuple)):
        return Model._get_FIELD_display(instance, field)
    labels = _LABELS.get(field)
    if labels is None:
        labels = _LABELS[field] = dict(make_hashable(field.flatchoices))
    value = getattr(instance, field.attname)
    try:
        label = labels.get(value, value)
    except TypeError:  # an unhashable value (a list in a JSON field)
        label = labels.get(make_hashable(value), value)
    return force_str(label, strings_only=True)


def install(models) -> None:
    for model in models:
        for field in model._meta.get_fields():
            name = f"get_{getattr(field, 'name', '')}_display"
            generated = model.__dict__.get(name)
            if isinstance(generated, partialmethod) and generated.func is Model._get_FIELD_display:
                setattr(model, name, partialmethod(display, field=field))
