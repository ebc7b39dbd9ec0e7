"""Cache versions: how every cached entry of the platform goes stale.

Nothing cached is deleted when its rows change. Each entry is stored under a
*version*, and a write sets a new version, so the next reader misses and
reloads; an entry stored by a reader that raced with the write sits under the
old version and is never read again. The versions, and which writes set them:

* ``perm`` per user (:func:`bump_permissions`): the user's permission inputs and
  cached user row. Set by saving or deleting their ``Membership``,
  ``Invitation``, ``MemberProfile`` or ``User`` row and by changes of their
  Django groups (signals in ``user_cache.connect_signals``), and by the space
  actions that write memberships without signals (``QuerySet.update``).
* ``notif`` per user (:func:`bump_notifications`): the unread count in the
  header. Set by saving or deleting a ``Notification`` (signals), by ``notify``
  (``bulk_create``) and by "mark all read" (``QuerySet.update``).
* the global permission version (:func:`bump_all_permissions`): every user's
  ``perm`` and ``notif`` entries. Set when a role group (Django ``Group``) is
  saved or deleted, when a group is cleared of all its users, and by bulk
  loaders that write without signals (``generate_scale_data``).
* the *content version* (:func:`bump_content`): anonymous visitors' whole
  pages (``platform_site.page_cache``) and the fragments that are the same for
  every viewer (``knowledge.shared_cache``). Set by every ORM write of any model
  but sessions, task rows and the admin log (signals in
  ``platform_site.page_cache.connect_signals``).

The per-user versions are set again after the commit of the transaction that
set them (:func:`again_on_commit`). Fragments keyed by their content
(``peergroups.caching.keys``) need no version at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.core.cache import cache
from django.db import connection, transaction

GLOBAL_KEY = "perm-cache:global"
CONTENT_VERSION_KEY = "page-cache:version"

#: Bumps of per-user versions made by this process: what a request read before its own write
#: is read again after it.
_user_bumps = 0
#: Bumps of the content version made by this process.
_content_bumps = 0


def new_version() -> str:
    """A version that never repeats an old one."""
    return str(time.time_ns())


def again_on_commit(write: Callable[[], None]) -> None:
    """Run ``write`` now and, inside a transaction, once more after the commit.

    A request that read the old rows between the first write and the commit stored them
    under the new version; the second write retires that entry.
    """
    write()
    if connection.in_atomic_block:
        transaction.on_commit(write)


def safe_get_many(keys) -> dict:
    """``cache.get_many``, where an entry that no longer unpickles (a model changed by a deploy) is a miss."""
    try:
        return cache.get_many(keys)
    except Exception:  # noqa: BLE001 (any unpickling error; Redis outages are misses already)
        return {}


# --- per-user versions ------------------------------------------------------------


def user_version_key(kind: str, user_id: int) -> str:
    return f"perm-cache:{kind}-version:{user_id}"


def user_bumps() -> int:
    return _user_bumps


def _bump_users(kind: str, user_ids) -> None:
    global _user_bumps
    ids = {uid for uid in user_ids if uid is not None}
    if not ids:
        return
    _user_bumps += 1

    def set_versions():
        version = new_version()
        cache.set_many({user_version_key(kind, uid): version for uid in ids}, None)

    again_on_commit(set_versions)


def bump_permissions(*user_ids) -> None:
    """The permission inputs of these users changed: their cached entries are stale."""
    _bump_users("perm", user_ids)


def bump_notifications(*user_ids) -> None:
    """Notifications of these users were created, read or deleted."""
    _bump_users("notif", user_ids)


def bump_all_permissions() -> None:
    """A role group changed, or rows were written without signals: every user's entries are stale."""
    global _user_bumps
    _user_bumps += 1
    again_on_commit(lambda: cache.set(GLOBAL_KEY, new_version(), None))


def user_versions(user) -> dict:
    """The current versions of one user, read once per user object (one cache round trip).

    ``user`` is the user, or any object with its ``pk`` (before the user row is loaded).
    """
    found = getattr(user, "_user_cache_versions", None)
    if found is None or found["bumps"] != _user_bumps:
        bumps = _user_bumps
        keys = [GLOBAL_KEY, user_version_key("perm", user.pk), user_version_key("notif", user.pk)]
        found = cache.get_many(keys)
        missing = {key: new_version() for key in keys if key not in found}
        if missing:
            cache.set_many(missing, None)
            found.update(missing)
        found = {"global": found[keys[0]], "perm": found[keys[1]], "notif": found[keys[2]], "bumps": bumps}
        user._user_cache_versions = found
    return found


def permission_versions(user_ids) -> dict[int, tuple[str, str] | None]:
    """The permission versions (global, own) of several users in one round trip.

    Long-lived readers (sockets) keep a permission context while these are unchanged: every write
    that changes a user's permission inputs bumps one of them. ``None``: unknown (not yet set, or
    the cache unreachable), so nothing may be reused.
    """
    ids = sorted({uid for uid in user_ids if uid is not None})
    keys = [GLOBAL_KEY, *(user_version_key("perm", uid) for uid in ids)]
    found = safe_get_many(keys)
    global_version = found.get(GLOBAL_KEY)
    versions: dict[int, tuple[str, str] | None] = {}
    for uid in ids:
        own = found.get(user_version_key("perm", uid))
        versions[uid] = (global_version, own) if global_version is not None and own is not None else None
    return versions


# --- the content version ------------------------------------------------------------


def content_version() -> str:
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = bump_content()
    return version


def bump_content(**_signal_kwargs) -> str:
    """A new content version: every page and shared fragment stored before it is stale."""
    global _content_bumps
    _content_bumps += 1
    version = new_version()
    cache.set(CONTENT_VERSION_KEY, version, None)
    return version


def request_content_version(known: str | None = None):
    """``content_version`` for one request: read from the cache once, again only after a write in this process.

    A request sees one version from start to end (as a snapshot), except that its own
    writes (and those of other threads of this process) are followed at once.
    """
    memo = {"bumps": _content_bumps, "version": known}

    def version() -> str:
        if memo["version"] is None or memo["bumps"] != _content_bumps:
            memo["bumps"] = _content_bumps
            memo["version"] = content_version()
        return memo["version"]

    return version
