"""Suggest peer groups and peer organisations for an organisation, with reasons.

Database implementation: organisations are compared on the words of their
primary processes and, separately, of their learning questions (tf-idf
cosine over Dutch stems, stop words removed), and on the themes of their
learning questions (Jaccard); what they *do* weighs most.
In service mode (Elasticsearch configured) the candidates come from the
search service's "more like this" instead, under the viewer's scope (the
policy's ``space_listing_scope``), and only the few candidates are compared in
Python for the reasons; the database implementation stays the embedded default
and the fallback when Elasticsearch is down. Callers only rely on the two
functions and the ``Suggestion`` shape. Secret groups are only suggested to
people who may see them (the policy's ``spaces_visible_to``).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from peergroups import policy as permissions
from peergroups.core.text import meaningful_text, tokens
from peergroups.models import LearningQuestion, Organisation, Space, SpaceKind

#: Weights of the three similarities: what the organisations do (primary
#: processes) counts most, then what they want to learn, then shared themes.
PROCESS_WEIGHT = 0.5
QUESTIONS_WEIGHT = 0.25
THEMES_WEIGHT = 0.25


@dataclass
class Profile:
    process: dict[str, float] = field(default_factory=dict)  # weighted counts per stem
    questions: dict[str, float] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)
    themes: dict[int, str] = field(default_factory=dict)

    def add(self, text: str, *, to: str = "process", weight: float = 1.0) -> None:
        counter = self.process if to == "process" else self.questions
        for stem_, word in tokens(text):
            counter[stem_] = counter.get(stem_, 0.0) + weight
            self.surface.setdefault(stem_, word)

    def merge(self, other: Profile) -> None:
        for mine, theirs in ((self.process, other.process), (self.questions, other.questions)):
            for term, weight in theirs.items():
                mine[term] = mine.get(term, 0.0) + weight
        for key, word in other.surface.items():
            self.surface.setdefault(key, word)
        self.themes.update(other.themes)


@dataclass
class Suggestion:
    """One suggested organisation or group, its score and why."""

    item: Any
    score: float
    shared_themes: list[str]
    shared_words: list[str]

    @property
    def reason(self) -> str:
        parts = []
        if self.shared_words:
            parts.append(format_lazy(_("similar work: {}"), ", ".join(self.shared_words)))
        if self.shared_themes:
            parts.append(format_lazy(_("shared themes: {}"), ", ".join(self.shared_themes)))
        return "; ".join(str(p) for p in parts)


def _question_prefetch():
    return Prefetch("learning_questions", queryset=LearningQuestion.objects.prefetch_related("themes"))


def _organisation_profile(organisation: Organisation) -> Profile:
    profile = Profile()
    profile.add(organisation.primary_processes, to="process")
    profile.add(organisation.ambitions, to="questions", weight=0.5)
    for question in organisation.learning_questions.all():
        _add_question(profile, question)
    return profile


def _add_question(profile: Profile, question: LearningQuestion) -> None:
    profile.add(question.title, to="questions", weight=1.5)
    profile.add(question.body, to="questions")
    for theme in question.themes.all():
        profile.themes[theme.pk] = theme.name


def _idf(counters) -> dict[str, float]:
    documents = list(counters)
    frequency: Counter = Counter()
    for counter in documents:
        frequency.update(set(counter))
    total = len(documents) or 1
    return {term: math.log((1 + total) / (1 + df)) + 1 for term, df in frequency.items()}


def _cosine(a: dict[str, float], b: dict[str, float], idf: dict[str, float]) -> tuple[float, list[str]]:
    wa = {t: c * idf.get(t, 1.0) for t, c in a.items()}
    wb = {t: c * idf.get(t, 1.0) for t, c in b.items()}
    shared = set(wa) & set(wb)
    norm = math.sqrt(sum(v * v for v in wa.values())) * math.sqrt(sum(v * v for v in wb.values()))
    cosine = sum(wa[t] * wb[t] for t in shared) / norm if norm else 0.0
    return cosine, sorted(shared, key=lambda t: (-wa[t] * wb[t], t))


@dataclass
class _Corpus:
    process_idf: dict[str, float]
    questions_idf: dict[str, float]


def _corpus(profiles) -> _Corpus:
    profiles = list(profiles)
    return _Corpus(_idf(p.process for p in profiles), _idf(p.questions for p in profiles))


def _compare(base: Profile, other: Profile, corpus: _Corpus) -> tuple[float, list[str], list[str]]:
    process, process_words = _cosine(base.process, other.process, corpus.process_idf)
    questions, question_words = _cosine(base.questions, other.questions, corpus.questions_idf)
    theme_ids = set(base.themes) | set(other.themes)
    common_themes = set(base.themes) & set(other.themes)
    jaccard = len(common_themes) / len(theme_ids) if theme_ids else 0.0
    score = PROCESS_WEIGHT * process + QUESTIONS_WEIGHT * questions + THEMES_WEIGHT * jaccard
    words = []
    for term in process_words[:3] + question_words[:3]:
        word = other.surface.get(term, term)
        if word not in words:
            words.append(word)
    return score, sorted(other.themes[t] for t in common_themes), words[:4]


def _all_organisation_profiles() -> dict[int, tuple[Organisation, Profile]]:
    organisations = Organisation.objects.prefetch_related(_question_prefetch())
    return {o.pk: (o, _organisation_profile(o)) for o in organisations}


def _organisation_text(organisation: Organisation) -> str:
    """What the organisation does and wants to learn, as "more like this" text."""
    questions = [f"{q.title} {q.body}" for q in organisation.learning_questions.all()]
    return "\n".join(filter(None, [organisation.primary_processes, organisation.ambitions, *questions]))


def _similar(organisation: Organisation, *, kind: str, scope, limit: int):
    """Candidates from the search service, or ``None`` in the embedded default or when it is down."""
    from search import service

    if not service.is_full_text():
        return None
    # The organisation's meaningful words only (not its indexed document): the candidates then
    # rank on shared work, not on shared stop words or generic verbs ("helpen", "brengen").
    return service.similar_or_none(
        scope=scope, like_text=meaningful_text(_organisation_text(organisation)), kinds=[kind], limit=limit
    )


def _explained(base: Profile, candidates: list[tuple[Any, Profile, float]]) -> list[Suggestion]:
    """Suggestions in the search service's order, with reasons from comparing the few candidates."""
    corpus = _corpus([base, *(profile for _item, profile, _score in candidates)])
    suggestions = []
    for item, profile, score in candidates:
        _score, themes, words = _compare(base, profile, corpus)
        suggestions.append(Suggestion(item, score, themes, words))
    return suggestions


def suggest_peer_organisations(organisation: Organisation, *, limit: int = 5) -> list[Suggestion]:
    """Organisations whose work and learning questions look most like this one's."""
    from search.scope import PUBLIC_SCOPE

    hits = _similar(organisation, kind="organisation", scope=PUBLIC_SCOPE, limit=limit + 1)
    if hits is not None:
        scores = {int(h.object_id): h.score for h in hits if h.object_id != str(organisation.pk)}
        found = Organisation.objects.filter(pk__in=list(scores)).prefetch_related(_question_prefetch())
        base = _organisation_profile(organisation)
        candidates = sorted(
            ((o, _organisation_profile(o), scores[o.pk]) for o in found), key=lambda c: (-c[2], c[0].name)
        )
        return _explained(base, candidates)[:limit]
    profiles = _all_organisation_profiles()
    if organisation.pk not in profiles:
        return []
    corpus = _corpus(p for _o, p in profiles.values())
    base = profiles[organisation.pk][1]
    results = []
    for pk, (other, profile) in profiles.items():
        if pk == organisation.pk:
            continue
        score, themes, words = _compare(base, profile, corpus)
        if score > 0:
            results.append(Suggestion(other, score, themes, words))
    results.sort(key=lambda s: (-s.score, s.item.name))
    return results[:limit]


def suggest_peer_groups(organisation: Organisation, *, ctx=None, limit: int = 5) -> list[Suggestion]:
    """Peer groups (visible to ``ctx``; anonymous if None) that fit this organisation.

    A group is described by its own text and themes plus those of its member
    organisations and learning questions. Groups the organisation already
    takes part in, and groups the person is in, are left out.
    """
    ctx = ctx if ctx is not None else permissions.context_for(None)
    spaces = (
        Space.objects.filter(permissions.spaces_visible_to(ctx), kind=SpaceKind.PEER_GROUP)
        .exclude(peer_group__organisations=organisation)
        .exclude(pk__in=sorted(ctx.space_ids))
        .prefetch_related(
            "themes",
            Prefetch("peer_group__organisations", queryset=Organisation.objects.prefetch_related(_question_prefetch())),
            Prefetch("peer_group__learning_questions", queryset=LearningQuestion.objects.prefetch_related("themes")),
        )
    )
    hits = _similar(
        organisation, kind="space", scope=permissions.space_listing_scope(ctx), limit=limit + len(ctx.space_ids) + 10
    )
    if hits is not None:
        # The policy's filter applies again in the database: the index only proposes.
        scores = {int(h.object_id): h.score for h in hits}
        candidates = sorted(
            ((space, _space_profile(space), scores[space.pk]) for space in spaces.filter(pk__in=list(scores))),
            key=lambda c: (-c[2], c[0].name),
        )
        return _explained(_organisation_profile(organisation), candidates)[:limit]
    profiles = _all_organisation_profiles()
    if organisation.pk not in profiles:
        return []
    corpus = _corpus(p for _o, p in profiles.values())
    base = profiles[organisation.pk][1]
    results = []
    for space in spaces:
        profile = _space_profile(space)
        score, themes, words = _compare(base, profile, corpus)
        if score > 0:
            results.append(Suggestion(space, score, themes, words))
    results.sort(key=lambda s: (-s.score, s.item.name))
    return results[:limit]


def _space_profile(space: Space) -> Profile:
    """A group's own text and themes plus those of its member organisations and learning questions."""
    profile = Profile()
    profile.add(f"{space.name} {space.description}", to="process")
    for theme in space.themes.all():
        profile.themes[theme.pk] = theme.name
    peer_group = getattr(space, "peer_group", None)
    if peer_group is not None:
        for member in peer_group.organisations.all():
            profile.merge(_organisation_profile(member))
        for question in peer_group.learning_questions.all():
            _add_question(profile, question)
    return profile
