"""Markdown for threads and replies: rendered once, sanitized with nh3.

``render_markdown`` is the one way a member's text becomes HTML. The Markdown
package renders (raw HTML in the source is
left to the sanitizer, which drops whatever is not on its list), then nh3 keeps a
small safe set of tags and attributes: no scripts, no event handlers, no
``style``, no images (nothing is loaded from elsewhere), and links only to
http(s)/mailto, each with ``rel="nofollow noopener"``.

Mentions: ``@voornaam.achternaam`` is not used; a member is mentioned by the
local part of their e-mail address, ``@jan.jansen`` for jan.jansen@…, which is
unambiguous enough within the network and has no spaces (see ``mentioned_users``).

Lists: people type a list straight under a line of text ("Wat hielp:" and then
"- …" lines), which plain Markdown reads as one paragraph with dashes in it.
Here, as in CommonMark, a list may start right below a paragraph (an ordered
one only when it starts at 1, so a line starting with a year such as "2023."
stays text).

Headings: threads keep h3 and h4 only (a thread sits under the page's own
headings). A caller that has other levels to offer passes ``heading_levels``;
each Markdown heading then moves to the nearest of them (a knowledge page's
body offers h2–h4, see ``knowledge.rich_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import markdown
import nh3
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}

# A list item as Python-Markdown reads it, and one that may start a list right below a paragraph.
LIST_ITEM = re.compile(r"^ {0,3}([*+-]|\d+\.)[ \t]+\S")
LIST_START = re.compile(r"^ {0,3}(?:[*+-]|1\.)[ \t]+\S")
HEADING = re.compile(r"^h[1-6]$")

MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9][A-Za-z0-9._+-]{1,63})")


class _ListBelowParagraph(Preprocessor):
    """Put a blank line between a paragraph and a list that starts on the next line."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        previous_blank, in_code = True, False
        list_kind = None  # "ul" or "ol" while the lines since the last blank one are a list
        for line in lines:
            if not line.strip():
                previous_blank, in_code, list_kind = True, False, None
                out.append(line)
                continue
            item = LIST_ITEM.match(line)
            kind = None if item is None else "ol" if item.group(1)[0].isdigit() else "ul"
            if previous_blank:
                in_code = line.startswith(("    ", "\t"))
            elif not in_code and LIST_START.match(line) and list_kind != kind:
                out.append("")  # a list below a paragraph, or the other kind of list below a list
            if kind:
                list_kind = kind
            previous_blank = False
            out.append(line)
        return out


class _HeadingLevels(Treeprocessor):
    """Move each heading to the nearest offered level; with none offered, a heading becomes a paragraph."""

    def __init__(self, md, levels: list[int]):
        super().__init__(md)
        self.levels = levels

    def run(self, root):
        for element in root.iter():
            if HEADING.match(element.tag):
                level = int(element.tag[1])
                element.tag = f"h{min(self.levels, key=lambda n: (abs(n - level), n))}" if self.levels else "p"


class _Typed(Extension):
    def __init__(self, heading_levels: list[int] | None):
        super().__init__()
        self.heading_levels = heading_levels

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        # After the raw-HTML stash (20), so lines inside raw HTML are not touched.
        md.preprocessors.register(_ListBelowParagraph(md), "list_below_paragraph", 15)
        if self.heading_levels is not None:
            md.treeprocessors.register(_HeadingLevels(md, self.heading_levels), "heading_levels", 5)


def render_markdown(text: str, *, heading_levels: Iterable[int] | None = None) -> str:
    """Safe HTML for a member's Markdown text.

    ``heading_levels`` (e.g. ``(2, 3, 4)``): the heading levels the caller
    offers; headings move to the nearest one. By default, a thread's: h3 and
    h4 are kept, other headings lose their heading markup.
    """
    levels = None if heading_levels is None else sorted(set(heading_levels))
    tags = ALLOWED_TAGS if levels is None else (ALLOWED_TAGS - {"h3", "h4"}) | {f"h{n}" for n in levels}
    rendered = markdown.markdown(text or "", extensions=["sane_lists", _Typed(levels)], output_format="html")
    return nh3.clean(
        rendered,
        tags=tags,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def mention_handles(text: str) -> set[str]:
    """The ``@handles`` in a text, lower case, without a trailing dot."""
    return {m.rstrip(".").lower() for m in MENTION.findall(text or "")}


def mention_handle(email: str) -> str:
    """The handle that mentions the owner of this address: its local part, lower case (``jan.jansen``)."""
    return (email or "").split("@", 1)[0].lower()
