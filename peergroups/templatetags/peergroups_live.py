"""Template helpers for live updates: the translated strings live.js shows.

live.js holds no visible text of its own: every sentence it shows or announces comes
from here, rendered in the page's language as ``<script type="application/json"
id="live-strings">``. Counted strings come in two forms (``_one``/``_other``, the
plural rule of Dutch and English) with ``%(n)s`` for the number.
"""

from django import template
from django.utils.html import json_script
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from ..models import Thread

register = template.Library()


def live_strings_dict() -> dict:
    strings = {
        "reply_created": _("A new reply was posted."),
        "reply_edited": _("A reply was edited."),
        "reply_hidden": _("A reply was removed by a moderator."),
        "reply_hidden_placeholder": _("This reply was hidden by a moderator."),
        "reply_accepted": _("An answer was accepted."),
        "reply_unaccepted": _("The accepted answer was withdrawn."),
        "accepted_badge": _("Accepted answer"),
        "thread_edited": _("The question was edited."),
        "thread_locked": _("This discussion is locked: no new replies."),
        "poll_updated": _("The poll results were updated."),
        "room_message": _("New message in the room."),
        "room_message_from": _("New message from %(name)s."),
        "room_converted": _("This conversation continues as a discussion."),
        "notification_created": _("You have a new notification."),
        "typing_one": _("%(names)s is typing…"),
        "typing_other": _("%(names)s are typing…"),
        "connection_lost": _("Live updates are interrupted; trying to reconnect. Reload the page to see the latest."),
        "connection_back": _("Live updates are back."),
        "connection_refused": _("Live updates stopped. Reload the page to see the latest."),
        "resync": _("Much has changed. Reload the page to see everything."),
    }
    # Both plural forms with the placeholder left in (Dutch and English: one / other); the client fills in n.
    for suffix, n in (("_one", 1), ("_other", 2)):
        strings["new_replies" + suffix] = ngettext("%(n)s new reply", "%(n)s new replies", n)
        strings["replies" + suffix] = ngettext("%(n)s reply", "%(n)s replies", n)
        strings["votes" + suffix] = ngettext("%(n)s vote", "%(n)s votes", n)
    strings["status"] = {value: str(label) for value, label in Thread.Status.choices}
    return strings


#: The rendered script per language: the strings are fixed per catalogue, so once per process and language.
_RENDERED: dict[str, str] = {}


@register.simple_tag
def live_strings():
    """``<script type="application/json" id="live-strings">`` with the strings in the current language."""
    language = get_language() or ""
    rendered = _RENDERED.get(language)
    if rendered is None:
        rendered = _RENDERED[language] = json_script(live_strings_dict(), "live-strings")
    return rendered
