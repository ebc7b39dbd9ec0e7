"""Extra sections on a group page, registered by kind: the slot for later issues.

The group page (``space_detail``) renders its own parts (about, members,
meetings, documents, regional activities, activity) and then every section
registered here, in ``order``. This is where the threads of a space,
its live room and a resultancy team's milestones and pledges
(from its own app's ``ready()``) plug in, without peergroups
importing those apps. A section is shown only when its ``visible`` rule (by
default the policy's ``can_see_content``) allows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peergroups import policy as permissions


@dataclass(frozen=True)
class SpaceSection:
    key: str
    template: str
    order: int = 50
    kinds: frozenset[str] | None = None  # None: every kind of space
    context: Callable | None = None  # (request, space) -> dict for the template
    visible: Callable = permissions.can_see_content  # (ctx, space) -> bool


_SECTIONS: dict[str, SpaceSection] = {}


def register_section(section: SpaceSection) -> None:
    """Add or replace (by key) a section of the group page."""
    _SECTIONS[section.key] = section


def sections_for(request, space) -> list[dict]:
    ctx = request.permissions
    shown = []
    for section in sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key)):
        if section.kinds is not None and space.kind not in section.kinds:
            continue
        if not section.visible(ctx, space):
            continue
        extra = section.context(request, space) if section.context else {}
        shown.append({"key": section.key, "template": section.template, "context": extra})
    return shown
