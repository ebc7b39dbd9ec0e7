"""The polling fallback: the events of a stream after a seq, as JSON, with the socket's permission checks."""

from __future__ import annotations

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from peergroups import policy as permissions
from search.numbers import parse_count

from ..models import Space, Thread
from . import events, replay

#: Most events one poll returns.
POLL_LIMIT = 200
_STATUS = {permissions.LIVE_NOT_LOGGED_IN: 401, permissions.LIVE_FORBIDDEN: 403, permissions.LIVE_NOT_FOUND: 404}


def _refused(code: int) -> JsonResponse:
    return JsonResponse({"error": code}, status=_STATUS.get(code, 404))


def _events(request, stream: str) -> JsonResponse:
    after = parse_count(request.GET.get("after", "0"))
    if after is None:
        return JsonResponse({"error": "malformed"}, status=400)
    rows = events.stored_after(stream, after, limit=POLL_LIMIT + 1)
    return JsonResponse(
        {
            "stream": stream,
            "seq": events.latest_seq(stream),
            # As this reader may see them now (the socket's catch-up does the same).
            "events": replay.for_reader(request.permissions, rows[:POLL_LIMIT]),
            "more": len(rows) > POLL_LIMIT,
        }
    )


@never_cache
@require_GET
def thread_live(request, pk):
    ctx = request.permissions
    thread = Thread.objects.select_related("space").filter(pk=pk).first()
    if thread is None or not permissions.can_view_thread(ctx, thread):
        return _refused(permissions.live_thread_refusal(ctx, thread) or permissions.LIVE_NOT_FOUND)
    return _events(request, events.thread_stream(thread.pk))


@never_cache
@require_GET
def room_live(request, slug):
    ctx = request.permissions
    space = Space.objects.filter(slug=slug).first()
    code = permissions.live_room_refusal(ctx, space)
    if code is not None or space is None:
        return _refused(code or permissions.LIVE_NOT_FOUND)
    return _events(request, events.room_stream(space.pk))


@never_cache
@require_GET
def personal_live(request):
    ctx = request.permissions
    code = permissions.live_personal_refusal(ctx)
    if code is not None:
        return _refused(code)
    return _events(request, events.user_stream(ctx.user_id))
