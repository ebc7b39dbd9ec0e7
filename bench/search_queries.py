"""Search queries as people type them, for bench/search_bench.py.

The terms come from the text the scale generator writes (``peergroups.demo.scale_text``: the
topics, actors and organisations of the generated questions, replies, cases and profiles),
the demo's places and the platform's themes, so a query finds what such a query would find
on a real platform instead of nothing or a third of the index. The mix:

* 55 % one term ("klachtafhandeling"), 25 % two terms ("interne audit",
  "werkdruk klantcontactcentrum"), 10 % a term and a place or kind of organisation
  ("vergunningverlening Zwolle");
* 7 % one term with a typo (two neighbouring letters swapped, a letter dropped or doubled);
* 3 % a term that occurs nowhere ("hondenbelasting"): no hits, so the service also asks for
  a did-you-mean suggestion.

``realistic()`` draws from these with Zipf weights (a few popular queries, a long tail),
as search logs look; ``distinct()`` never repeats a query (every request cold).
The faceted rows add facet values a person would click (``search_bench.facet_clicks``).
"""

from __future__ import annotations

import random
import re

from peergroups.demo import scale_text

#: Words too general to be searched on their own.
_FILLER = {
    "aan", "beter", "binnen", "bleef", "dan", "de", "een", "het", "in", "met", "naar", "op", "ons", "onze",
    "van", "voor", "wij", "zetten", "maken", "samen", "grote", "middelgrote", "zelfstandig", "jaarlijkse",
    "interne", "digitale", "regionale", "lerend",
}
#: Themes and seed words of the demo content, searched too.
_THEMES = ["integriteit", "leiderschap", "transparantie", "innovatie", "benchmarking", "openheid",
           "werkgeverschap", "kennisdeling", "netwerksamenwerking", "klantorientatie", "veerkracht"]
#: Words that occur nowhere in the content.
_ABSENT = ["hondenbelasting", "parkeervergunning", "kinderopvangtoeslag", "rioolheffing", "stikstofbeleid",
           "windmolenpark", "woonwagenkamp", "evenementenvergunning"]
def _words(phrases: list[str]) -> list[str]:
    words = []
    for phrase in phrases:
        for word in re.findall(r"[\w-]+", phrase.lower()):
            if len(word) >= 5 and word not in _FILLER and word not in words:
                words.append(word)
    return words


def vocabulary() -> dict[str, list[str]]:
    terms = list(dict.fromkeys(_words(scale_text.TOPICS) + _words(scale_text.ACTORS) + _THEMES))
    phrases = [re.sub(r"^(de|het) ", "", topic).lower() for topic in scale_text.TOPICS]
    return {
        "terms": terms,
        "phrases": [phrase for phrase in phrases if len(phrase.split()) in (2, 3)],
        "places": [place for place, _province in scale_text.PLACES] + _words(scale_text.ORGS),
    }


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(2, len(word) - 1)  # people rarely get the first letters wrong
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _one(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, bool]:
    """A query, and whether it is spelt as the content is (typos and absent words are not)."""
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(words["terms"]), True
    if roll < 0.80:
        if rng.random() < 0.4:
            return rng.choice(words["phrases"]), True
        first, second = rng.sample(words["terms"], 2)
        return f"{first} {second}", True
    if roll < 0.90:
        return f"{rng.choice(words['terms'])} {rng.choice(words['places'])}", True
    if roll < 0.97:
        return _typo(rng, rng.choice([w for w in words["terms"] if len(w) >= 7])), False
    return rng.choice(_ABSENT), False


def candidates(seed: int, count: int, head: int = 0) -> list[str]:
    """``count`` different queries in a seeded order (the popularity ranking of ``realistic``);
    the first ``head`` are spelt right (a typo is never among the most asked queries)."""
    rng = random.Random(seed)
    words = vocabulary()
    seen: dict[str, bool] = {}
    attempts = 0
    while len(seen) < count and attempts < count * 50:
        query, clean = _one(rng, words)
        seen.setdefault(query, clean)
        attempts += 1
    ranked = list(seen)
    popular = [q for q in ranked if seen[q]][:head]
    return popular + [q for q in ranked if q not in popular]


def realistic(seed: int, n: int, pool: int = 1500) -> list[str]:
    """``n`` queries drawn with Zipf weights (1/(rank+5)) from ``pool`` candidates: repeats happen."""
    ranked = candidates(seed, pool, head=50)
    weights = scale_text.zipf_weights(len(ranked), 1.0, 5.0)
    return random.Random(seed + 1).choices(ranked, weights=weights, k=n)


def distinct(seed: int, n: int) -> list[str]:
    """``n`` queries, no two the same."""
    return candidates(seed, n)


def repeat_share(queries: list[str]) -> float:
    """Share of queries that were asked before in the same list (answerable from a warm cache)."""
    seen, repeats = set(), 0
    for query in queries:
        repeats += query in seen
        seen.add(query)
    return repeats / len(queries) if queries else 0.0
