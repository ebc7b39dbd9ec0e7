"""Per-user caches of what every member page needs: the permission inputs and the unread count.

What is cached, and nothing more:

* the *permission inputs* of one user — the role names, the member profile and
  the space relations (memberships and open invitations) — exactly what
  :class:`peergroups.policy.PermissionContext` would load. The policy in
  ``peergroups.policy`` still makes every decision from them;
* the number of unread notifications the header shows;
* the logged-in user's row (without the password) and its session hash, for
  ``request.user`` (see :func:`request_user`: Django verifies the session whenever
  the cached entry does not simply match).

Each entry is stored under the user's versions (``peergroups.caching.versions``,
which says which writes set them); the signals that bump them for the models
these entries are made of are connected here (``connect_signals``). The time
limit (``TTL``) is only a backstop.

Actions never decide from this cache: they use ``permissions.fresh_context``,
which always reads the database.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models.signals import m2m_changed, post_delete, post_save

from peergroups.caching.versions import (
    bump_all_permissions,
    bump_notifications,
    bump_permissions,
    safe_get_many,
    user_bumps,
    user_versions,
)

#: Seconds an entry lives at most; writes invalidate it at once (the backstop only).
TTL = 600


def _entry_key(user, kind: str) -> str:
    versions = user_versions(user)
    if kind in ("perm", "user"):
        return f"perm-cache:{kind}:{user.pk}:{versions['global']}:{versions['perm']}"
    return f"perm-cache:notif:{user.pk}:{versions['global']}:{versions['notif']}"


def _prefetched(user, kind: str):
    """An entry read together with an earlier one of this request (None if absent or a write came since)."""
    found = getattr(user, "_user_cache_found", None)
    if not found or found["bumps"] != user_bumps():
        return None
    return found.get(kind)


# --- permission inputs ----------------------------------------------------------


def load_permission_inputs(user, compute):
    """``(role_names, profile, space_relations)`` of ``user`` from the cache, else ``compute()``, stored."""
    key = _entry_key(user, "perm")
    entry = _prefetched(user, "perm")
    if entry is None:
        # The unread count in the same round trip: nearly every page that needs one shows the other.
        found = safe_get_many([key, _entry_key(user, "notif")])
        user._user_cache_found = {"notif": found.get(_entry_key(user, "notif")), "bumps": user_bumps()}
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


# --- the logged-in user's row ---------------------------------------------------------


class _UserId:
    """Stands in for the user while only its id (from the session) is known."""

    def __init__(self, pk):
        self.pk = pk


def request_user(request):
    """``request.user`` with the user row from the cache; Django's ``get_user`` decides otherwise.

    The cached entry is the row without its password (a deferred field: read from the
    database only if something asks for it) and the session hash it yields. It is used
    only when the session's hash equals that hash and the backend would accept the
    user (active); anything else, and every miss, goes through Django's own
    ``get_user``, which verifies the session (secret fallbacks, flush on mismatch). A
    password change, deactivation or any other save of the user bumps the version, so
    the next request reloads the row. Only for backends that load users like
    ``ModelBackend``.
    """
    from django.contrib import auth
    from django.contrib.auth.backends import ModelBackend
    from django.utils.crypto import constant_time_compare

    try:
        user_id = auth._get_user_session_key(request)
        backend_path = request.session[auth.BACKEND_SESSION_KEY]
        session_hash = request.session[auth.HASH_SESSION_KEY]
    except (KeyError, ValueError, TypeError, ValidationError):
        return auth.get_user(request)
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return auth.get_user(request)
    backend = auth.load_backend(backend_path)
    if not isinstance(backend, ModelBackend) or type(backend).get_user is not ModelBackend.get_user:
        return auth.get_user(request)
    holder = _UserId(user_id)
    versions = user_versions(holder)
    keys = [_entry_key(holder, "user"), _entry_key(holder, "perm"), _entry_key(holder, "notif")]
    found = safe_get_many(keys)
    entry = found.get(keys[0])
    if entry is not None:
        user, auth_hash = entry
        if not (constant_time_compare(session_hash, auth_hash) and backend.user_can_authenticate(user)):
            return auth.get_user(request)
    else:
        user = auth.get_user(request)
        if not user.is_authenticated or user.pk != user_id:
            return user
        auth_hash = user.get_session_auth_hash()
        if constant_time_compare(request.session.get(auth.HASH_SESSION_KEY, ""), auth_hash):
            cache.set(keys[0], (_detached_user(user), auth_hash), TTL)
    user._user_cache_versions = versions
    user._user_cache_found = {"perm": found.get(keys[1]), "notif": found.get(keys[2]), "bumps": versions["bumps"]}
    return user


def _detached_user(user):
    """A copy of the user row: its fields but the password (left deferred), nothing cached on it."""
    from django.db.models.base import ModelState

    clone = user.__class__.__new__(user.__class__)
    clone.__dict__.update(
        {
            field.attname: user.__dict__[field.attname]
            for field in user._meta.concrete_fields
            if field.attname != "password" and field.attname in user.__dict__
        }
    )
    clone._state = ModelState()
    clone._state.adding = False
    clone._state.db = user._state.db
    return clone


# --- unread notifications ---------------------------------------------------------


def unread_notification_count(user, compute) -> int:
    key = _entry_key(user, "notif")
    count = _prefetched(user, "notif")
    if count is None:
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

    from peergroups.models import Invitation, MemberProfile, Membership, Notification, User

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
