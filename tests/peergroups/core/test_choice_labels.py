"""get_FOO_display from a label map (peergroups/core/choice_labels.py): the same labels as Django's, per language."""

import pytest
from django.apps import apps
from django.db.models import Model
from django.utils import translation

from peergroups.core import choice_labels


def _choice_fields():
    for model in apps.get_app_config("peergroups").get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field.choices, (list, tuple)) and field.model is model:
                yield model, field


def test_the_generated_methods_are_replaced():
    fields = list(_choice_fields())
    assert len(fields) > 5
    for model, field in fields:
        assert model.__dict__[f"get_{field.name}_display"].func is choice_labels.display


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_label_is_the_one_django_gives_in_the_language_of_the_request(language):
    checked = 0
    with translation.override(language):
        for model, field in _choice_fields():
            instance = model()
            for value, _label in field.flatchoices:
                setattr(instance, field.attname, value)
                expected = Model._get_FIELD_display(instance, field)
                assert getattr(instance, f"get_{field.name}_display")() == expected
                checked += 1
            setattr(instance, field.attname, "not-a-choice")
            assert getattr(instance, f"get_{field.name}_display")() == "not-a-choice"
    assert checked > 20
