"""Template context from the peer network: the unread-notification count for the header."""

from peergroups.caching import user_cache

from .models import Notification


def notifications(request):
    """``unread_notification_count``: computed lazily, from the per-user cache or one query.

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
    memo: dict[str, int] = {}

    def count_unread() -> int:
        return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()

    def unread_notification_count() -> int:
        # Cached per user (peergroups.caching.user_cache), invalidated when notifications are created or read.
        if "count" not in memo:
            memo["count"] = user_cache.unread_notification_count(user, count_unread)
        return memo["count"]

    return {"unread_notification_count": unread_notification_count, **extra}
