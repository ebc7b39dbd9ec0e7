"""Knowledge pages at benchmark scale: published best practices with realistic Dutch text.

Delegates to :func:`knowledge.generate.generate_cases` (Wagtail tree rows
computed and bulk-inserted: ``path``/``depth``/``numchild`` set directly, no
revisions, no page signals, no search outbox rows); this module adds the text.
Called by ``manage.py generate_scale_data``; removal is ``generate.remove_generated_cases``.
"""

from __future__ import annotations

import random
from html import escape

from peergroups.demo import scale_text as text

from .generate import PREFIX, generate_cases, remove_generated_cases

__all__ = ["PREFIX", "generate", "remove_generated_cases"]


def _describe(rng: random.Random) -> dict:
    prefix = rng.choice(["Gemeente", "Waterschap", "Omgevingsdienst", "GGD", "Provincie"])
    place, _province = rng.choice(text.PLACES)
    lessons = "".join(f"<p>{escape(text.sentence(rng))}</p>" for _ in range(rng.randint(2, 4)))
    return {
        "summary": text.paragraph(rng, 2, 3)[:600],
        "organisation_name": f"{prefix} {place}",
        "lessons": lessons,
    }


def generate(seed: int, *, pages: int, log) -> int:
    """Add ``pages`` published best practices; returns the number of case pages now."""
    total = generate_cases(pages, seed=seed, describe=_describe)
    log(f"  {pages} knowledge pages (best practices; {total} cases in all)")
    return total
