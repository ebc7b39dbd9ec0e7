"""The live room of a group as a page: history, a form that posts over HTTP (works without
JavaScript), hiding a message, turning a conversation into a thread."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from peergroups import policy as permissions
from peergroups.core.limits import ROOM_MESSAGE_MAX, TITLE_MAX
from peergroups.live import events, room_actions
from peergroups.models import RoomMessage
from peergroups.policy import policy_view, require
from search.numbers import parse_ids


class RoomMessageField(forms.CharField):
    """A room message, validated by ``room_actions.clean_body`` and nothing else: the socket path
    posts through the same function, so both accept and refuse exactly the same texts."""

    def __init__(self, **kwargs):
        # max_length for the browser's maxlength and the form's hint; the check itself is clean_body's
        super().__init__(strip=False, max_length=ROOM_MESSAGE_MAX, **kwargs)
        self.validators = []  # Django's own (NUL, length) would answer differently from the socket

    def clean(self, value):
        return room_actions.clean_body(value)


class RoomMessageForm(forms.Form):
    body = RoomMessageField(
        label=gettext_lazy("Your message"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


class ConvertForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title of the new discussion"), max_length=TITLE_MAX)


def _room_space(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_join_room(ctx, space), _("Only members of this group can join its room."))
    return space


def _render_room(request, space, form=None, convert_form=None, status=200):
    ctx = request.permissions
    stream = events.room_stream(space.pk)
    # Read before the history: a message committed in between then arrives as a live event.
    live_seq = events.latest_seq(stream)
    return render(
        request,
        "peergroups/room.html",
        {
            "space": space,
            "tab": "room",
            "room_messages": room_actions.history(space),
            "form": form or RoomMessageForm(),
            "convert_form": convert_form or ConvertForm(),
            "can_post": permissions.can_post_in_room(ctx, space),
            "can_convert": permissions.can_convert_room(ctx, space),
            "can_hide": permissions.can_manage_space(ctx, space) or permissions.can_moderate_space(ctx, space),
            "live_stream": stream,
            "live_seq": live_seq,
            "live_socket": f"/ws/spaces/{space.pk}/room/",
            "live_poll": reverse("peergroups:room_live", args=[space.slug]),
        },
        status=status,
    )


@policy_view
def room(request, slug):
    space = _room_space(request, slug)
    if request.method != "POST":
        return _render_room(request, space)
    form = RoomMessageForm(request.POST)
    if form.is_valid():
        try:
            message = room_actions.do_post(
                request.user, space, body=form.cleaned_data["body"], client_id=form.cleaned_data["client_id"]
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(f"{reverse('peergroups:room', args=[space.slug])}#bericht-{message.pk}")
    return _render_room(request, space, form=form, status=400)


@require_POST
@policy_view
def room_hide(request, slug, pk):
    space = _room_space(request, slug)
    message = get_object_or_404(RoomMessage, pk=pk, space=space)
    room_actions.do_hide(request.user, message)
    messages.success(request, _("The message has been removed from the room."))
    return redirect("peergroups:room", slug=space.slug)


@require_POST
@policy_view
def room_convert(request, slug):
    space = _room_space(request, slug)
    form = ConvertForm(request.POST)
    ids = parse_ids(request.POST.getlist("message"))
    if form.is_valid():
        try:
            thread = room_actions.do_convert_to_thread(request.user, space, ids, title=form.cleaned_data["title"])
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The conversation is now a discussion."))
            return redirect(thread.get_absolute_url())
    return _render_room(request, space, convert_form=form, status=400)
