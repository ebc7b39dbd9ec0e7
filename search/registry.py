"""The kinds of content that are searchable, registered by the apps that own them.

Each app declares its kinds in its own ``documents.py`` (found by Django's
module autodiscovery when the search app is ready), so ``search`` never
imports an app:

    register(IndexedKind(
        name="organisation", label=_("Organisation"), model=Organisation,
        queryset=lambda: Organisation.objects.select_related("policy_domain"),
        to_document=organisation_document,   # obj -> SearchDocument | None
    ))

``to_document`` returns ``None`` when the object must not be findable (an
unpublished page, a hidden reply): the indexer then deletes it.

A kind whose documents take their audience from a space (``space_id``, or an
audience that follows the space's visibility) declares which of its objects
depend on a space: ``depends_on_space=lambda space_id: Thread.objects.filter(
space_id=space_id)``. The space's owner calls ``indexing.schedule_space_dependants``
when the space's visibility changes or it is deleted, and every declared kind of
every app is re-indexed with it — no list of kinds in the action that changed it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils import translation

from .scope import AUDIENCE_PUBLIC


@dataclass
class SearchDocument:
    kind: str
    object_id: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    themes: list[str] = field(default_factory=list)
    government_layer: str = ""
    organisation_type: str = ""
    province: str = ""
    year: int | None = None
    status: str = ""
    date: dt.datetime | dt.date | None = None
    audience: str = AUDIENCE_PUBLIC
    space_id: int | None = None
    hidden: bool = False
    boost: float = 1.0
    #: Small display data (e.g. organisation name). Never an anonymous author.
    info: dict = field(default_factory=dict)
    #: What people call this kind of thing ("peergroep", "werkgroep", "praktijkvoorbeeld"):
    #: searchable, and a query that names a kind ranks that kind first (``spoken_names``).
    kind_words: list[str] = field(default_factory=list)
    #: Names of what the document writes about beyond its title (a case's theme sections):
    #: a theme word finds the documents that write about that theme.
    topics: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return f"{self.kind}:{self.object_id}"

    def as_source(self) -> dict:
        source = asdict(self)
        if isinstance(self.date, dt.date) and not isinstance(self.date, dt.datetime):
            source["date"] = dt.datetime.combine(self.date, dt.time.min, tzinfo=dt.UTC)
        return source


def dated(moment: dt.datetime | dt.date | None) -> dict:
    """``date`` and the ``year`` facet of a document from one moment: ``SearchDocument(**dated(x))``."""
    return {"date": moment, "year": moment.year if moment else None}


_spoken: dict[tuple[str, ...], list[str]] = {}


def spoken_names(*labels) -> list[str]:
    """The words people use for a kind: each (lazy) label in every site language, and also
    written as one word, as Dutch compounds are ("Resultancy-team" -> "resultancyteam").
    Memoised: labels are vocabulary, the same for every document of a kind."""
    key = tuple(str(label) for label in labels)
    names = _spoken.get(key)
    if names is None:
        names = []
        for code, _language in settings.LANGUAGES:
            with translation.override(code):
                for label in labels:
                    spoken = str(label).lower()
                    for form in (spoken, re.sub(r"[\s-]+", "", spoken)):
                        if form and form not in names:
                            names.append(form)
        _spoken[key] = names
    return names


@dataclass
class IndexedKind:
    name: str
    label: object  # a lazy translation
    model: type[Model]
    queryset: Callable[[], QuerySet]
    to_document: Callable[[Model], SearchDocument | None]
    #: Optional: iterate documents in bulk more efficiently than one to_document per object.
    bulk_documents: Callable[[QuerySet], Iterable[SearchDocument]] | None = None
    #: The objects of this kind whose documents take their audience from this space
    #: (see the module docstring); None for kinds that never depend on a space.
    depends_on_space: Callable[[int], QuerySet] | None = None

    def document(self, obj: Model) -> SearchDocument | None:
        """The object's document; one that does not say what its kind is called is called by
        this kind's label (a builder sets ``kind_words`` where one kind holds several, as the
        groups: peer groups and working groups)."""
        return self._named(self.to_document(obj))

    def _named(self, document: SearchDocument | None) -> SearchDocument | None:
        if document is not None and not document.kind_words:
            document.kind_words = spoken_names(self.label)
        return document

    def documents(self, queryset: QuerySet | None = None) -> Iterable[SearchDocument]:
        queryset = self.queryset() if queryset is None else queryset
        if self.bulk_documents is not None:
            for document in self.bulk_documents(queryset):
                yield self._named(document)
            return
        for obj in queryset.iterator(chunk_size=1000):
            document = self.document(obj)
            if document is not None:
                yield document


_kinds: dict[str, IndexedKind] = {}


def register(kind: IndexedKind) -> IndexedKind:
    _kinds[kind.name] = kind
    return kind


def kinds() -> dict[str, IndexedKind]:
    return dict(_kinds)


def get(name: str) -> IndexedKind:
    return _kinds[name]


def space_dependants() -> dict[str, IndexedKind]:
    """The kinds whose documents take their audience from a space."""
    return {name: kind for name, kind in _kinds.items() if kind.depends_on_space is not None}
