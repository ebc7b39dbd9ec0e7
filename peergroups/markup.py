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
"""

from __future__ import annotations

import re

import markdown
import nh3

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

MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9][A-Za-z0-9._+-]{1,63})")


def render_markdown(text: str) -> str:
    """Safe HTML for a member's Markdown text."""
    rendered = markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def mention_handles(text: str) -> set[str]:
    """The ``@handles`` in a text, lower case, without a trailing dot."""
    return {m.rstrip(".").lower() for m in MENTION.findall(text or "")}
