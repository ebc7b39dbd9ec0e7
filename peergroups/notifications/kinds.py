"""How each kind of notification reads, rendered at display or mailing time.

A notification row holds ids; here they become a sentence and a link, in the
active language, for one recipient. Before anything about a space is said,
the policy is asked whether the recipient may (still) see that space: if not,
a neutral sentence without name or link is shown, so a notification never
reveals a secret group. Later issues add their kinds with ``register_kind``
and their target models with ``register_target``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.template.defaultfilters import date as date_format
from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.translation import gettext as _

from peergroups import policy as permissions


@dataclass
class Rendered:
    text: str
    url: str | None
    detail: str = ""  # a quoted message written by a person, shown below the text


Renderer = Callable[..., Rendered]
_KINDS: dict[str, Renderer] = {}
_TARGETS: dict[str, Callable] = {}


def register_kind(kind: str):
    def decorator(renderer: Renderer) -> Renderer:
        _KINDS[kind] = renderer
        return renderer

    return decorator


def register_target(target_type: str, queryset_factory: Callable) -> None:
    """``queryset_factory()`` returns the queryset to load targets of this type from."""
    _TARGETS[target_type] = queryset_factory


def _load_targets(notifications) -> dict[tuple[str, int], object]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for n in notifications:
        if n.target_type and n.target_id and n.target_type in _TARGETS:
            wanted[n.target_type].add(n.target_id)
    found = {}
    for target_type, ids in wanted.items():
        for obj in _TARGETS[target_type]().filter(pk__in=ids):
            found[(target_type, obj.pk)] = obj
    return found


def load_targets(notifications) -> dict[tuple[str, int], object]:
    """The targets of these notifications, one query per target type (``{(type, id): obj}``)."""
    return _load_targets(notifications)


def hidden() -> Rendered:
    return Rendered(_("A notification about a group you cannot see (any more)."), None)


def render(notification, ctx, target=None) -> Rendered:
    if not permissions.can_see_notification(ctx, notification):
        return hidden()
    renderer = _KINDS.get(notification.kind)
    if renderer is None:
        return Rendered(_("A notification."), None)
    return renderer(notification, target, ctx)


def render_many(notifications, ctx) -> list[tuple[object, Rendered]]:
    """Render a page of notifications with one query per target type."""
    notifications = list(notifications)
    targets = _load_targets(notifications)
    return [(n, render(n, ctx, targets.get((n.target_type, n.target_id)))) for n in notifications]


# --- the kinds of the peer network ----------------------------------------------


def _actor(n) -> str:
    return n.actor.display_name if n.actor_id and n.actor else _("Someone")


def _space_url(n) -> str:
    return reverse("peergroups:space_detail", args=[n.space.slug])


@register_kind("join_request")
def _join_request(n, target, ctx) -> Rendered:
    return Rendered(
        _("%(person)s asks to join %(group)s.") % {"person": _actor(n), "group": n.space.name},
        reverse("peergroups:space_manage", args=[n.space.slug]),
        detail=target.motivation if target is not None else "",
    )


@register_kind("join_decision")
def _join_decision(n, target, ctx) -> Rendered:
    outcome = n.params.get("outcome")
    if outcome == "approved":
        text = _("Your request to join %(group)s has been approved. Welcome!")
    elif outcome == "waitlisted":
        text = _(
            "Your request to join %(group)s has been approved, but the group is full: you are on the waiting list."
        )
    else:
        text = _("Your request to join %(group)s has been declined.")
    detail = target.decision_message if target is not None else ""
    return Rendered(text % {"group": n.space.name}, _space_url(n), detail=detail)


@register_kind("invitation")
def _invitation(n, target, ctx) -> Rendered:
    url = target.get_absolute_url() if target is not None else _space_url(n)
    return Rendered(
        _("%(person)s invites you to join %(group)s.") % {"person": _actor(n), "group": n.space.name},
        url,
        detail=target.message if target is not None else "",
    )


@register_kind("seat_offered")
def _seat_offered(n, target, ctx) -> Rendered:
    if target is not None and target.offer_expires_at:
        text = _("A seat has become free in %(group)s. Accept it before %(date)s.") % {
            "group": n.space.name,
            "date": date_format(target.offer_expires_at, "j F Y"),
        }
    else:
        text = _("A seat has become free in %(group)s.") % {"group": n.space.name}
    return Rendered(text, _space_url(n))


@register_kind("seat_offer_expired")
def _seat_offer_expired(n, target, ctx) -> Rendered:
    return Rendered(
        _("Your offer of a seat in %(group)s has expired. You can sign up again.") % {"group": n.space.name},
        _space_url(n),
    )


@register_kind("meeting_planned")
def _meeting_planned(n, target, ctx) -> Rendered:
    if target is None:
        return Rendered(_("A meeting of %(group)s was planned.") % {"group": n.space.name}, _space_url(n))
    return Rendered(
        _("%(person)s planned a meeting of %(group)s: %(title)s, %(date)s.")
        % {
            "person": _actor(n),
            "group": n.space.name,
            "title": target.title,
            "date": date_format(target.starts_at, "j F Y H:i"),
        },
        reverse("peergroups:meeting_detail", args=[n.space.slug, target.pk]),
    )


@register_kind("contact_message")
def _contact_message(n, target, ctx) -> Rendered:
    organisation = target.sender_organisation.name if target is not None and target.sender_organisation else ""
    text = (
        _("%(person)s (%(organisation)s) sent a message to your organisation.")
        % {"person": _actor(n), "organisation": organisation}
        if organisation
        else _("%(person)s sent a message to your organisation.") % {"person": _actor(n)}
    )
    url = reverse("peergroups:member_profile", args=[n.actor_id]) if n.actor_id else None
    return Rendered(text, url, detail=truncatechars(target.body, 600) if target is not None else "")


@register_kind("peer_group_proposed")
def _peer_group_proposed(n, target, ctx) -> Rendered:
    return Rendered(
        _("%(person)s proposes the peer group %(group)s with your organisation. Have a look and join.")
        % {"person": _actor(n), "group": n.space.name},
        _space_url(n),
    )


# --- threads and the help portal ----------------------------------------------------
# The target is loaded with its thread; if the recipient cannot read the thread
# (any more), the neutral "hidden" sentence is shown. An anonymous author is
# never the actor of a row (the actions leave it empty), so "Someone" is shown.


def _thread_of(target):
    return getattr(target, "thread", target)


def _thread_rendered(n, target, ctx, text) -> Rendered:
    thread = _thread_of(target)
    if thread is None or not permissions.can_view_thread(ctx, thread):
        return hidden()
    is_reply = target is not None and target._meta.model_name == "reply"
    if is_reply and not permissions.can_view_reply(ctx, target):
        return hidden()  # a moderator hid the reply: neither its text nor its link
    url = target.get_absolute_url() if target is not None else thread.get_absolute_url()
    detail = truncatechars(target.body, 300) if getattr(target, "body", None) and target is not thread else ""
    return Rendered(text % {"person": _actor(n), "title": thread.title}, url, detail=detail)


@register_kind("thread_reply")
def _thread_reply(n, target, ctx) -> Rendered:
    return _thread_rendered(n, target, ctx, _("%(person)s replied in “%(title)s”."))


@register_kind("thread_mention")
def _thread_mention(n, target, ctx) -> Rendered:
    return _thread_rendered(n, target, ctx, _("%(person)s mentioned you in “%(title)s”."))


@register_kind("thread_accepted")
def _thread_accepted(n, target, ctx) -> Rendered:
    return _thread_rendered(n, target, ctx, _("Your reply in “%(title)s” was accepted as the answer."))


@register_kind("thread_invited")
def _thread_invited(n, target, ctx) -> Rendered:
    return _thread_rendered(n, target, ctx, _("%(person)s invites you to answer “%(title)s”."))


@register_kind("thread_flag_new")
def _thread_flag_new(n, target, ctx) -> Rendered:
    thread = _thread_of(target) if target is not None else None
    if thread is None or not permissions.can_moderate(ctx, thread):
        return hidden()  # no longer a moderator: neither the title nor the reason
    if target.status != target.Status.OPEN:
        text = _("A report about “%(title)s” has already been handled.")
    else:
        text = _("A post in “%(title)s” was reported to the moderators.")
    return Rendered(
        text % {"title": thread.title},
        reverse("peergroups:thread_moderation"),
        detail=truncatechars(target.reason, 300),
    )


@register_kind("thread_flag_resolved")
def _thread_flag_resolved(n, target, ctx) -> Rendered:
    if n.params.get("outcome") == "dismissed":
        text = _("A moderator looked at your report and left the post as it is. Thank you for reporting.")
    else:
        text = _("A moderator has handled your report. Thank you for reporting.")
    thread = _thread_of(target) if target is not None else None
    url = thread.get_absolute_url() if thread is not None and permissions.can_view_thread(ctx, thread) else None
    return Rendered(text, url)


def _targets():
    from peergroups.models import (
        ContactMessage,
        Flag,
        Invitation,
        JoinRequest,
        Meeting,
        Reply,
        Thread,
        WaitingListEntry,
    )

    register_target("join_request", JoinRequest.objects.all)
    register_target("invitation", Invitation.objects.all)
    register_target("waiting_entry", WaitingListEntry.objects.all)
    register_target("meeting", Meeting.objects.all)
    register_target("thread", lambda: Thread.objects.select_related("space"))
    register_target("reply", lambda: Reply.objects.select_related("thread__space"))
    register_target("flag", lambda: Flag.objects.select_related("thread__space"))
    register_target("contact_message", lambda: ContactMessage.objects.select_related("sender_organisation"))


_targets()
