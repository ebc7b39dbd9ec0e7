"""The HTML of replies on a thread page: a shared part cached by its content, per-viewer buttons added per page.

Rendering some sixty replies through the template was most of a long thread page's cost, while
almost all of a reply looks the same to every reader. So a reply is rendered in two parts:

* the **shared part** (``threads/_reply.html``): the whole ``<article>`` without the buttons. The
  template sees only the plain values of :func:`reply_inputs` (no model objects), and the cache key
  is a digest of exactly those values, plus the template source, the language, the time zone and
  the audience class. A change to anything the fragment shows (an edit, a vote, an accepted answer,
  hiding, a renamed author, an anonymous post) is a different key: nothing has to be invalidated
  and nothing stale can be served. Keys are read with one ``get_many`` per page; old versions
  simply expire (``FRAGMENT_SECONDS``).
* the **per-viewer buttons** (``threads/_reply_actions.html``: vote with the viewer's own vote
  state, accept, reply to this, edit, report, hide). Their shape depends on a few yes/no values;
  each shape is rendered once per page with a stand-in id and the CSRF token, then copied per reply.

The audience class comes from the policy: moderators (``permissions.can_moderate``) see hidden
replies in full, everyone else gets a placeholder; it is part of the key, so a moderator's
fragment never reaches a reader. No fragment names the author of an anonymous post, for anyone;
an anonymous author sees "Anonymous (you)" on their own posts, which is an input value too (so
that variant is only ever found by that author's own page).

The live fragments (``live/fragments.py``) use the same renderer without buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from peergroups import policy as permissions
from peergroups.caching.keys import content_key

SHARED_TEMPLATE = "peergroups/threads/_reply.html"
AUTHOR_TEMPLATE = "peergroups/threads/_author.html"
ACTIONS_TEMPLATE = "peergroups/threads/_reply_actions.html"
#: Seconds a shared part stays cached (a backstop: keys change with the content anyway).
FRAGMENT_SECONDS = 6 * 3600
#: Audience classes of a thread's replies.
MODERATORS, READERS = "moderators", "readers"

# Stand-ins rendered into a fragment and cut out right after rendering (never served).
_VERSION_SLOT = "pg-slot-version"
_ACTIONS_SLOT = mark_safe("<!--pg-slot-actions-->")
_CSRF_SLOT = "pg-slot-csrf"
#: A reply id that no real reply has, replaced by the real id in each copy of a button shape.
_ID_STAND_IN = "987654321987654"


def audience(ctx, thread) -> str:
    """The audience class of this viewer for the thread's replies (the policy decides who moderates)."""
    return MODERATORS if permissions.can_moderate(ctx, thread) else READERS


def author_inputs(post, viewer_id: int | None) -> dict:
    """What a post shows of its author: never who posted anonymously (``_author.html``)."""
    if post.is_anonymous:
        return {"anonymous": True, "own": bool(viewer_id) and post.author_id == viewer_id}
    author = post.author
    try:
        organisation = author.profile.organisation
    except ObjectDoesNotExist:
        organisation = None
    return {
        "anonymous": False,
        "author_id": post.author_id,
        "name": author.display_name,
        "organisation": organisation.name if organisation else "",
    }


def reply_inputs(node, *, accepted_id: int | None, viewer_id: int | None) -> dict:
    """The plain values the shared part of one reply shows (``threads.Node``); they make its key."""
    reply = node.reply
    shown = {"pk": reply.pk, "parent_id": reply.parent_id, "depth": node.depth, "accepted": reply.pk == accepted_id}
    if node.placeholder:
        return {**shown, "placeholder": True}
    parent = node.in_reply_to
    return {
        **shown,
        "placeholder": False,
        "author": author_inputs(reply, viewer_id),
        "created_at": reply.created_at,
        "edited": reply.edited_at is not None,
        "hidden": reply.hidden,  # only a moderator's page shows a hidden reply in full
        "in_reply_to": (
            {
                "pk": parent.pk,
                "anonymous": parent.is_anonymous,
                "name": "" if parent.is_anonymous else parent.author.display_name,
            }
            if parent is not None
            else None
        ),
        "body_html": reply.body_html,
        "moderator_note": reply.moderator_note,
        "votes": node.votes,
    }


def _key(inputs: dict, audience_class: str) -> str:
    return content_key("reply-html", inputs, SHARED_TEMPLATE, AUTHOR_TEMPLATE, audience_class=audience_class)


def _render_shared(inputs: dict) -> tuple[str, str, str]:
    """(before the version, up to the buttons, after the buttons) of one reply."""
    html = render_to_string(SHARED_TEMPLATE, {"r": inputs, "version": _VERSION_SLOT, "actions": _ACTIONS_SLOT})
    head, _slot, rest = html.strip().partition(_VERSION_SLOT)  # the <article> tag comes before any text
    middle, _slot, tail = rest.rpartition(_ACTIONS_SLOT)  # the buttons come after all text
    return (head, middle, tail) if _slot else (head, rest, "")


@dataclass(frozen=True)
class Buttons:
    """What the viewer may do on this page (asked of the policy once per page)."""

    can_reply: bool = False
    can_accept: bool = False
    can_flag: bool = False
    can_moderate: bool = False


class ReplyRenderer:
    """The replies of one thread page (or one live event) for one viewer."""

    def __init__(
        self,
        thread,
        *,
        viewer_id: int | None,
        audience_class: str,
        buttons: Buttons | None = None,
        csrf_token: str = "",
    ):
        self.thread = thread
        self.viewer_id = viewer_id
        self.audience = audience_class
        self.buttons = buttons
        self.csrf_token = csrf_token
        self._shapes: dict[tuple, str] = {}

    def render(self, nodes, *, version: int) -> list[SafeString]:
        """The ``<article>`` of each node, in order; ``version``: the live seq the page was read at."""
        stamp = str(version or 0)
        return [
            mark_safe(head + stamp + middle + self._buttons(node) + tail)  # noqa: S308 (rendered templates)
            for node, (head, middle, tail) in zip(nodes, self._shared(nodes), strict=True)
        ]

    def render_later(self, node) -> Callable[[int], SafeString]:
        """One reply rendered now, its version stamped in later (a live event learns its seq only
        when it is recorded, under the stream's lock: the rendering is done before)."""
        ((head, middle, tail),) = self._shared([node])
        buttons = self._buttons(node)
        return lambda version: mark_safe(head + str(version or 0) + middle + buttons + tail)  # noqa: S308

    def _shared(self, nodes) -> list[tuple[str, str, str]]:
        """The shared parts of the nodes: one ``get_many``, the missing ones rendered and stored."""
        accepted_id = self.thread.accepted_reply_id
        inputs = [reply_inputs(node, accepted_id=accepted_id, viewer_id=self.viewer_id) for node in nodes]
        keys = [_key(values, self.audience) for values in inputs]
        found = cache.get_many(keys) if keys else {}
        missing = {}
        for key, values in zip(keys, inputs, strict=True):
            if key not in found:
                found[key] = missing[key] = _render_shared(values)
        if missing:
            cache.set_many(missing, FRAGMENT_SECONDS)
        return [found[key] for key in keys]

    def _buttons(self, node) -> str:
        if self.buttons is None or node.placeholder:
            return ""
        page, reply, thread = self.buttons, node.reply, self.thread
        shape = (
            bool(self.viewer_id) and reply.author_id != self.viewer_id and page.can_reply,  # vote
            node.voted,
            page.can_accept and reply.author_id != thread.author_id,  # accept
            reply.pk == thread.accepted_reply_id,
            page.can_reply,
            reply.author_id == self.viewer_id or page.can_moderate,  # edit
            page.can_flag,
            page.can_moderate,
            reply.hidden,
        )
        html = self._shapes.get(shape)
        if html is None:
            vote, voted, accept, accepted, answer, edit, flag, moderate, hidden = shape
            html = render_to_string(
                ACTIONS_TEMPLATE,
                {
                    "b": {
                        "vote": vote,
                        "voted": voted,
                        "accept": accept,
                        "accepted": accepted,
                        "reply": answer,
                        "edit": edit,
                        "flag": flag,
                        "moderate": moderate,
                        "hidden": hidden,
                    },
                    "reply_id": _ID_STAND_IN,
                    "thread_id": thread.pk,
                    "csrf_token": _CSRF_SLOT,
                },
            ).replace(_CSRF_SLOT, self.csrf_token)
            self._shapes[shape] = html
        return html.replace(_ID_STAND_IN, str(reply.pk))
