"""Searchable kinds owned by peergroups, and how its vocabularies read as facets.

Found by the search app's autodiscovery; peergroups imports search, never the
other way round.
"""

from django.utils.translation import gettext_lazy as _

from search import service
from search.registry import IndexedKind, SearchDocument, register
from search.scope import AUDIENCE_PUBLIC

from .models import LearningQuestion, Organisation, Theme
from .taxonomy import GovernmentLayer, OrganisationType, Province


def organisation_document(organisation: Organisation) -> SearchDocument:
    themes = sorted({t.slug for q in organisation.learning_questions.all() for t in q.themes.all()})
    return SearchDocument(
        kind="organisation",
        object_id=str(organisation.pk),
        title=organisation.name,
        url=organisation.get_absolute_url(),
        summary=organisation.description,
        body="\n".join(filter(None, [organisation.primary_processes, organisation.ambitions])),
        themes=themes,
        government_layer=organisation.government_layer,
        organisation_type=organisation.organisation_type,
        province=organisation.province,
        date=organisation.updated_at,
        audience=AUDIENCE_PUBLIC,
        boost=1.2,
        info={"place": organisation.city},
    )


def learning_question_document(question: LearningQuestion) -> SearchDocument:
    organisation = question.organisation
    return SearchDocument(
        kind="learning_question",
        object_id=str(question.pk),
        title=question.title,
        url=f"{organisation.get_absolute_url()}#leervraag-{question.pk}",
        summary=question.body,
        themes=[t.slug for t in question.themes.all()],
        government_layer=organisation.government_layer,
        organisation_type=organisation.organisation_type,
        province=organisation.province,
        status=question.status,
        date=question.created_at,
        year=question.created_at.year if question.created_at else None,
        audience=AUDIENCE_PUBLIC,
        info={"organisation": organisation.name},
    )


register(
    IndexedKind(
        name="organisation",
        label=_("Organisation"),
        model=Organisation,
        queryset=lambda: Organisation.objects.prefetch_related("learning_questions__themes"),
        to_document=organisation_document,
    )
)
register(
    IndexedKind(
        name="learning_question",
        label=_("Learning question"),
        model=LearningQuestion,
        queryset=lambda: LearningQuestion.objects.select_related("organisation").prefetch_related("themes"),
        to_document=learning_question_document,
    )
)

_theme_names: dict[str, str] = {}


def _theme_label(slug):
    if slug not in _theme_names:
        _theme_names.update(dict(Theme.objects.values_list("slug", "name")))
    return _theme_names.get(slug, slug)


service.register_facet_labels("themes", _theme_label)
service.register_facet_labels("government_layer", lambda v: dict(GovernmentLayer.choices).get(v))
service.register_facet_labels("organisation_type", lambda v: dict(OrganisationType.choices).get(v))
service.register_facet_labels("province", lambda v: dict(Province.choices).get(v))
service.register_facet_labels("status", lambda v: dict(LearningQuestion.Status.choices).get(v))
