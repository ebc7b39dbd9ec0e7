"""Rows of thread listings (help portal, a group's discussions, the group page), cached by their content.

A row (``threads/_thread_row.html``) shows only what is in it: title, kind, status, the number of
replies, the date and the themes; nothing of the person looking, and never an author. Which rows a
viewer gets is decided before, by the policy (``threads.visible_threads``). So a row's HTML can be
shared by everyone who is shown that row: it is cached under a digest of exactly the values it
shows, plus the template source, the language and the time zone. A change to any of them (a new
reply, an edited title, a theme) is a new key, so nothing needs invalidating and nothing stale is
served; old keys expire (the key is built like the reply fragments', ``peergroups.caching.keys.content_key``).
One ``get_many`` per listing.
"""

from __future__ import annotations

from functools import lru_cache

from django.core.cache import cache
from django.template.loader import get_template
from django.urls import get_script_prefix, reverse
from django.utils.safestring import SafeString, mark_safe

from peergroups.caching.keys import content_key

ROW_TEMPLATE = "peergroups/threads/_thread_row.html"
#: Seconds a row stays cached (a backstop: keys change with the content anyway).
ROW_SECONDS = 6 * 3600


@lru_cache(maxsize=8)
def _url_pattern(_urlconf_marker: str) -> tuple[str, str]:
    """A thread's address around its id, reversed once (``reverse`` per row was a tenth of a listing)."""
    head, _, tail = reverse("peergroups:thread_detail", args=[987654321]).partition("987654321")
    return head, tail


def row_inputs(thread) -> dict:
    """The plain values a row shows."""
    head, tail = _url_pattern(get_script_prefix())
    return {
        "pk": thread.pk,
        "url": f"{head}{thread.pk}{tail}",
        "title": thread.title,
        "kind": thread.kind,
        "kind_label": str(thread.get_kind_display()),
        "status": thread.status,
        "status_label": str(thread.get_status_display()),
        "reply_count": thread.reply_count,
        "created_at": thread.created_at.isoformat(),
        "themes": [theme.name for theme in thread.themes.all()],
    }


def _key(inputs: dict) -> str:
    # Rows look the same to everyone they are shown to: no audience class (see the module docstring).
    return content_key("thread-row", inputs, ROW_TEMPLATE)


def thread_rows(threads) -> list[SafeString]:
    """The HTML of each thread's row, in order: cached ones read at once, the others rendered and stored."""
    threads = list(threads)
    if not threads:
        return []
    keyed = [(thread, _key(row_inputs(thread))) for thread in threads]
    found = cache.get_many([key for _thread, key in keyed])
    missing = {}
    template = get_template(ROW_TEMPLATE)
    for thread, key in keyed:
        if key not in found:
            found[key] = missing[key] = template.render({"thread": thread})
    if missing:
        cache.set_many(missing, ROW_SECONDS)
    return [mark_safe(found[key]) for _thread, key in keyed]  # noqa: S308 (our template's own output)
