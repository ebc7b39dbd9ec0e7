"""Members' Markdown to Wagtail rich text, stored as the page editor would store it.

Material promoted into the knowledge base (a solved question, a team's
deliverable) was typed as Markdown on the platform. :func:`markdown_to_rich_text`
is the one way such text becomes the value of a rich-text field:

1. the platform's own renderer and sanitiser (``peergroups.core.markup``) turn the
   Markdown into safe HTML — the same HTML members saw on the platform, links
   only to http(s)/mailto, no scripts — with its headings moved to the levels
   the field offers;
2. Wagtail's own converter for that field (the Draftail widget's
   ``ContentstateConverter``, limited to the field's features) reads that HTML
   into the editor's content state and writes it back in the database format.

So the stored value is exactly what Draftail itself saves when an editor
presses "Save": the admin editor can always open it (hand-made HTML such as
``<br>`` without the slash made it fail with "Unmatched tags"), nothing
outside the field's features survives, and no Markdown markers are left.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from wagtail.admin.rich_text import get_rich_text_editor_widget

from peergroups.core.markup import render_markdown

HEADING_FEATURE = re.compile(r"^h([1-6])$")


def markdown_to_rich_text(text: str, *, features: Sequence[str] | None = None, editor: str = "default") -> str:
    """Wagtail rich text (database format) for ``text`` in Markdown; ``""`` when nothing is left.

    ``features`` and ``editor`` are those of the target field or block
    (``None``: Wagtail's default features, as for a ``RichTextBlock`` without
    a ``features`` argument).
    """
    widget = get_rich_text_editor_widget(editor, features=features)
    levels = [int(m.group(1)) for m in map(HEADING_FEATURE.match, widget.features) if m]
    html = render_markdown(text, heading_levels=levels)
    # nh3 writes HTML5 void elements (``<br>``); Wagtail's reader expects them closed.
    html = re.sub(r"<(br|hr)>", r"<\1/>", html)
    converter = widget.converter
    contentstate = json.loads(converter.from_database_format(html))
    contentstate["blocks"] = [block for block in contentstate["blocks"] if not _empty(block)]
    if not contentstate["blocks"]:
        return ""
    return converter.to_database_format(json.dumps(contentstate))


def _empty(block: dict) -> bool:
    """A text block without text (what is left of a stripped element); atomic blocks (a rule) stay."""
    return block["type"] != "atomic" and not block["text"].strip()
