"""How long a text a person may write, in one place for every form of every app.

Without a limit a 3,000,000-character reply was accepted and made its thread page 3.9 MB for
every reader. Each free-text form field has a ``max_length`` (so the browser gets a
``maxlength`` attribute and Django's own "at most N characters" error, with the text kept in
the form) taken from the constants below; higher apps (knowledge, resultancy, platform_site)
import them from here. Lengths that mirror a database column (a name of 150 or 160, a target
of 250, a unit of 30) use the column's number instead, as the column is the harder limit.

The form shows the limit: ``includes/form_field.html`` adds :func:`hint` under every single-line
or multi-line text field that has one (forms that are filters, not writing, set
``show_limits = False``). tests/peergroups/core/test_text_limits.py fails for any form class of our
apps with a text field without ``max_length``.
"""

from __future__ import annotations

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext

#: Titles of discussions, meetings, documents, milestones, issues, deliverables.
TITLE_MAX = 200
#: The long texts: a discussion, a reply, an edit, minutes, a deliverable, a draft's text.
BODY_MAX = 20_000
#: Descriptions and explanations: of a group, an organisation, a learning question, an issue.
DESCRIPTION_MAX = 5_000
#: Messages to a person or a coordinator: motivation, decisions, invitations, reasons, notes.
MESSAGE_MAX = 2_000
#: Messages to another organisation through the meeting place.
CONTACT_MAX = 3_000
#: Short profile and summary texts: a bio, a document's description, a summary, a flag.
SHORT_TEXT_MAX = 1_000
#: Comma-separated lists (expertise) and one-line addresses.
LIST_MAX = 500
#: Web addresses (the columns are Django's ``URLField``, 200 characters).
URL_MAX = 200
#: Notes of moderators and editors.
NOTE_MAX = 300
#: Words in a filter box.
FILTER_MAX = 100
#: A message in a group's live room (over HTTP and over the socket: ``room_actions.do_post``).
ROOM_MESSAGE_MAX = 2_000
#: A comment on a strategic issue.
COMMENT_MAX = 4_000
#: The goal of a resultancy team.
GOAL_MAX = 3_000

#: Model text fields without their own ``max_length`` get this in a ModelForm (``formfield``).
MODEL_TEXT_MAX = DESCRIPTION_MAX


def hint(max_length: int) -> str:
    """``"Maximaal 20.000 tekens."``: the limit as the person reads it, in their language."""
    return gettext("At most %(count)s characters.") % {"count": number_format(max_length, force_grouping=True)}


def formfield(db_field: models.Field, **kwargs):
    """``Meta.formfield_callback`` of ModelForms: a text column without a limit gets one in the form."""
    if isinstance(db_field, models.TextField) and db_field.max_length is None:
        kwargs.setdefault("max_length", MODEL_TEXT_MAX)
    return db_field.formfield(**kwargs)
