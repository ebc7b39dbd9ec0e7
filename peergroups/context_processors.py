"""Template context from the peer network: the unread-notification count for the header."""

from .models import Notification


def notifications(request):
    """``unread_notification_count``: computed lazily, at most one query per request.

    Templates call it only where they show it (the header), so pages that do
    not render the header, and visitors, pay nothing.

    Also ``page_title`` on this app's pages: they all fill the title block, and
    the base template puts the " – " before the site name only when it knows so.
    """
    extra = {}
    match = getattr(request, "resolver_match", None)
    if match is not None and match.namespace == "peergroups":
        extra["page_title"] = True
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notification_count": 0, **extra}
    cache: dict[str, int] = {}

    def unread_notification_count() -> int:
        if "count" not in cache:
            cache["count"] = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()
        return cache["count"]

    return {"unread_notification_count": unread_notification_count, **extra}
