"""Keys of fragments cached by their content: the key says everything the fragment shows.

A fragment (a reply's HTML, a thread row) is stored under a digest of its inputs, its
templates' sources, the language, the time zone and the audience class, so it needs no
version: a write that changes what it shows changes its key, and old keys expire.
"""

import hashlib
import json
from functools import lru_cache

from django.template.loader import get_template
from django.utils import timezone, translation


@lru_cache(maxsize=16)
def templates_digest(*names: str) -> str:
    """A digest of these templates' sources: a deploy that changes them starts new keys."""
    sources = "".join(get_template(name).template.source for name in names)
    return hashlib.blake2b(sources.encode(), digest_size=8).hexdigest()


def content_key(prefix: str, inputs: dict, *templates: str, audience_class: str = "") -> str:
    """The cache key of a fragment that shows exactly ``inputs`` (which carry its ``pk``) through
    ``templates``, in the active language and time zone, for one audience class."""
    described = json.dumps(
        [
            templates_digest(*templates),
            translation.get_language(),
            timezone.get_current_timezone_name(),
            audience_class,
            inputs,
        ],
        sort_keys=True,
        default=str,
    )
    return f"{prefix}:{inputs['pk']}:{hashlib.blake2b(described.encode(), digest_size=16).hexdigest()}"
