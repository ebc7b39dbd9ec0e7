"""Numbers from the outside world (query strings, posted forms, socket frames): one parser.

``str.isdigit()`` + ``int()`` is not a parser: ``"²".isdigit()`` is true and ``int("²")``
raises ``ValueError``; ``int("٣")`` is 3; ``int("9" * 25)`` is a number no database column
holds (``OverflowError``/``DataError`` further down). Everything a view, form or consumer reads
as an id, a seq, a page or a counter goes through :func:`parse_id` / :func:`parse_count` /
:func:`parse_page`: ASCII digits only, bounded, and ``None`` (or the default) for anything else,
so a bad value means "nothing matches" or "the first page", never a 500.

Why here, in ``search``: imports run one way (platform_site -> resultancy -> knowledge ->
peergroups -> search) and ``search``'s own page (``/zoeken/?pagina=``) reads a number, so the
one helper must live on the lowest floor to be importable by every app. It imports nothing of
ours and nothing of search's; it is infrastructure like the rest of this app.

:data:`QUERY_PARAMETERS` names every query or POST parameter that some view reads as a number,
so the invariant test (tests/search/test_numbers.py) sends odd values under each of these
names to every view. A view that starts reading a new numeric parameter adds its name here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Largest PostgreSQL ``bigint`` (ids and live seqs are bigint or smaller).
ID_MAX = 2**63 - 1
#: Largest page number anyone asks for on purpose.
PAGE_MAX = 10_000

_DIGITS = re.compile(r"[0-9]{1,19}")

#: Query/POST parameter names read as numbers somewhere (see the module docstring).
QUERY_PARAMETERS = frozenset(
    {
        "after",  # live polling and socket catch-up: seq
        "pagina",  # page numbers (search, thread pages; Paginator.get_page elsewhere)
        "leden",  # members page of an organisation (Paginator.get_page)
        "tak",  # thread: the branch of folded answers
        "reactie",  # thread: the reply to quote or flag
        "reply",  # thread: vote, moderation
        "option",  # poll option
        "user",  # thread: mentions/participants
        "flag",  # moderation of a flag
        "parent",  # reply form: the reply answered
        "space",  # moderation: move to a space
        "into",  # moderation/merge: the target
        "message",  # room: messages to convert
        "leervraag",  # learning question (contact form, peer group start)
        "organisatie",  # organisations (peer group start)
        "organisations",  # posted organisations (peer group form)
        "themes",  # prefilled themes (promote draft)
        "jaar",  # knowledge finder: years
    }
)


def parse_int(value: object, *, minimum: int = 0, maximum: int = ID_MAX) -> int | None:
    """``value`` as an int when it is ASCII digits (surrounding spaces allowed) within bounds; else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value if value is not None else "").strip()
        if not _DIGITS.fullmatch(text):
            return None
        number = int(text)
    return number if minimum <= number <= maximum else None


def parse_id(value: object) -> int | None:
    """A primary key (1 .. bigint max) or ``None``."""
    return parse_int(value, minimum=1)


def parse_ids(values: Iterable[object]) -> list[int]:
    """The valid ids among ``values``, in order, without repeats."""
    found: dict[int, None] = {}
    for value in values:
        number = parse_id(value)
        if number is not None:
            found[number] = None
    return list(found)


def parse_count(value: object, *, default: int | None = None, maximum: int = ID_MAX) -> int | None:
    """A counter or seq (0 .. ``maximum``), or ``default``."""
    number = parse_int(value, minimum=0, maximum=maximum)
    return default if number is None else number


def parse_page(value: object, *, last: int = PAGE_MAX) -> int:
    """A page number 1 .. ``last``: 1 for anything unreadable, ``last`` for a number past it."""
    number = parse_int(value, minimum=1)
    if number is None:
        return 1
    return min(number, max(1, last))
