"""Per-user caches of what every member page needs: the permission inputs and the unread count.

What is cached, and nothing more:

* the *permission inputs* of one user — the role names, the member profile and
  the space relations (memberships and open invitations) — exactly what
  :class:`peergroups.permissions.PermissionContext` would load. The policy in
  ``permissions.py`` still makes every decision from them;
* the number of unread notifications the header shows.

Each entry is stored under a per-user *version*. A write that changes the inputs
sets a new version (``bump_permissions`` / ``bump_notifications``), so the next
request misses and reloads from the database; an entry computed by a request that
raced with the write is stored under the old version and never read again. The
bumps come from model signals (memberships, invitations, profiles, users, role
groups, notifications: see ``connect_signals``) and, for writes that bypass the
signals (``QuerySet.update``, ``bulk_create``), from the actions that make them.
Role groups themselves (renamed, deleted) bump one global version. The time
limit (``TTL``) is only a backstop.

Actions never decide from this cache: they use ``permissions.fresh_context``,
which always reads the database.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

#: Seconds an entry lives at most; writes invalidate it at once (the backstop only).
TTL = 600
_GLOBAL = "perm-cache:global"


def _version_key(kind: str, user_id: int) -> str:
    return f"perm-cache:{kind}-version:{user_id}"


def _new_version() -> str:
    return str(time.time_ns())


#: Bumps made by this process: what a request read before its own write is read again after it.
_local_bumps = 0


def _bump(kind: str, user_ids) -> None:
    global _local_bumps
    ids = {uid for uid in user_ids if uid is not None}
    if not ids:
        return
    _local_bumps += 1

    def set_versions():
        version = _new_version()
        cache.set_many({_version_key(kind, uid): version for uid in ids}, None)

    set_versions()
    if connection.in_atomic_block:
        # Again after the commit: a request that read the old rows between this bump and
        # the commit stored them under the bumped version; the second bump retires that entry.
        transaction.on_commit(set_versions)


def bump_permissions(*user_ids) -> None:
    """The permission inputs of these users changed: their cached entries are stale."""
    _bump("perm", user_ids)


def bump_notifications(*user_ids) -> None:
    """Notifications of these users were created, read or deleted."""
    _bump("notif", user_ids)


def bump_all_permissions() -> None:
    """A role group changed, or rows were written without signals: every user's entries are stale."""
    global _local_bumps
    _local_bumps += 1
    cache.set(_GLOBAL, _new_version(), None)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: cache.set(_GLOBAL, _new_version(), None))


def _versions(user) -> dict:
    """The current versions of one user, read once per user object (one cache round trip)."""
    found = getattr(user, "_user_cache_versions", None)
    if found is None or found["bumps"] != _local_bumps:
        bumps = _local_bumps
        keys = [_GLOBAL, _version_key("perm", user.pk), _version_key("notif", user.pk)]
        found = cache.get_many(keys)
        missing = {key: _new_version() for key in keys if key not in found}
        if missing:
            cache.set_many(missing, None)
            found.update(missing)
        found = {"global": found[keys[0]], "perm": found[keys[1]], "notif": found[keys[2]], "bumps": bumps}
        user._user_cache_versions = found
    return found


def _entry_key(user, kind: str) -> str:
    versions = _versions(user)
    if kind == "perm":
        return f"perm-cache:perm:{user.pk}:{versions['global']}:{versions['perm']}"
    return f"perm-cache:notif:{user.pk}:{versions['global']}:{versions['notif']}"


# --- permission inputs ----------------------------------------------------------


def load_permission_inputs(user, compute):
    """``(role_names, profile, space_relations)`` of ``user`` from the cache, else ``compute()``, stored."""
    key = _entry_key(user, "perm")
    # The unread count in the same round trip: nearly every page that needs one shows the other.
    found = cache.get_many([key, _entry_key(user, "notif")])
    user._unread_count_found = (found.get(_entry_key(user, "notif")), _local_bumps)
    entry = found.get(key)
    if entry is None:
        entry = compute()
        role_names, profile, relations = entry
        # Store the profile row alone, not the user object it hangs on.
        stored = _detached(profile) if profile is not None else None
        cache.set(key, (role_names, stored, relations), TTL)
        return entry
    role_names, profile, relations = entry
    if profile is not None:
        profile._state.fields_cache["user"] = user
    return role_names, profile, relations


def _detached(profile):
    """A copy of ``profile`` without cached related objects (no user, no organisation)."""
    import copy

    clone = copy.copy(profile)
    clone._state = copy.copy(profile._state)
    clone._state.fields_cache = {}
    return clone


# --- unread notifications ---------------------------------------------------------


def unread_notification_count(user, compute) -> int:
    key = _entry_key(user, "notif")
    count, bumps = getattr(user, "_unread_count_found", (None, None))
    if count is None or bumps != _local_bumps:
        count = cache.get(key)
    if count is None:
        count = compute()
        cache.set(key, count, TTL)
    return count


# --- invalidation by signals --------------------------------------------------------


def _bump_user_of(sender, instance, **kwargs):
    bump_permissions(getattr(instance, "user_id", None))


def _bump_user(sender, instance, **kwargs):
    bump_permissions(instance.pk)


def _bump_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:  # group.user_set.add(...) / .clear(): the users are pk_set (or everybody on clear)
        if pk_set:
            bump_permissions(*pk_set)
        else:
            bump_all_permissions()
    else:
        bump_permissions(instance.pk)


def _bump_everybody(sender, **kwargs):
    bump_all_permissions()


def _bump_recipient(sender, instance, **kwargs):
    bump_notifications(instance.recipient_id)


def connect_signals() -> None:
    from django.contrib.auth.models import Group

    from .models import Invitation, MemberProfile, Membership, Notification, User

    for model in (Membership, Invitation, MemberProfile):
        post_save.connect(_bump_user_of, sender=model, dispatch_uid=f"user_cache_save_{model.__name__}")
        post_delete.connect(_bump_user_of, sender=model, dispatch_uid=f"user_cache_delete_{model.__name__}")
    post_save.connect(_bump_user, sender=User, dispatch_uid="user_cache_save_user")
    post_delete.connect(_bump_user, sender=User, dispatch_uid="user_cache_delete_user")
    m2m_changed.connect(_bump_groups_changed, sender=User.groups.through, dispatch_uid="user_cache_groups")
    post_save.connect(_bump_everybody, sender=Group, dispatch_uid="user_cache_group_save")
    post_delete.connect(_bump_everybody, sender=Group, dispatch_uid="user_cache_group_delete")
    post_save.connect(_bump_recipient, sender=Notification, dispatch_uid="user_cache_notification_save")
    post_delete.connect(_bump_recipient, sender=Notification, dispatch_uid="user_cache_notification_delete")
