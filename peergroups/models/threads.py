"""Threads: questions, dilemmas and discussions in any space, with threaded replies.

One model for every space (the help portal, a peer group, a working group,
later a resultancy team); who may read a thread follows from its space through
``peergroups.policy``. Bodies are Markdown, rendered and sanitized once at
save into ``body_html`` (``peergroups.core.markup.render_markdown``).

Anonymity: ``Thread.author`` is always stored, but when ``is_anonymous`` is set
nothing outside the moderation views may show it (``permissions.can_see_author``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from peergroups.core.limits import BODY_MAX

from .people import Theme
from .spaces import Space

#: Replies deeper than this are shown flat under their ancestor, with "in reply to …".
MAX_VISIBLE_DEPTH = 4
#: Top-level replies per page on a thread page.
REPLIES_PER_PAGE = 15
#: Answers shown under a top-level reply; the rest of its sub-thread is folded (shown on request).
SHOWN_PER_BRANCH = 3


class Thread(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        DILEMMA = "dilemma", _("Dilemma")
        DISCUSSION = "discussion", _("Discussion")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="threads")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.QUESTION)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=BODY_MAX)
    body_html = models.TextField(blank=True, editable=False)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="threads")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="threads")
    is_anonymous = models.BooleanField(_("post anonymously"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    moderator_note = models.CharField(_("moderator note"), max_length=300, blank=True)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    accepted_reply = models.ForeignKey(
        "Reply", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("accepted answer")
    )
    #: A question asked from a weak benchmark score links back to its indicator.
    indicator = models.ForeignKey(
        "peergroups.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="threads",
    )
    view_count = models.PositiveIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)  # visible replies, kept by the actions
    last_activity_at = models.DateTimeField(auto_now_add=True)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        # The listings read one space's visible threads in their order and stop at a page (LIMIT): each
        # order has its index, so a listing costs the same with 100 or 100,000 threads in the space.
        indexes = [
            models.Index(
                fields=["space", "-created_at", "-id"], condition=Q(hidden=False), name="thread_space_newest"
            ),
            models.Index(
                fields=["space", "-last_activity_at", "-id"], condition=Q(hidden=False), name="thread_space_active"
            ),
            models.Index(
                fields=["space", "status", "reply_count", "-created_at", "-id"],
                condition=Q(hidden=False),
                name="thread_space_open_unanswered",
            ),
            models.Index(fields=["status"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("peergroups:thread_detail", args=[self.pk])


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    #: The top-level reply this one hangs under (itself for top-level ones): pagination by root.
    root = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    depth = models.PositiveSmallIntegerField(default=0)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="thread_replies")
    body = models.TextField(_("reply"), max_length=BODY_MAX)
    #: Set when the anonymous author of a thread replies in it: they stay anonymous there too.
    is_anonymous = models.BooleanField(default=False)
    body_html = models.TextField(blank=True, editable=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    moderator_note = models.CharField(_("moderator note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        indexes = [models.Index(fields=["thread", "root", "created_at"])]

    def __str__(self):
        return f"#{self.pk} in {self.thread_id}"

    def get_absolute_url(self):
        return reverse("peergroups:reply_permalink", args=[self.pk])

    @property
    def anchor(self) -> str:
        return f"reactie-{self.pk}"


class ThreadRevision(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    previous_title = models.CharField(max_length=200)
    previous_body = models.TextField()
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"revision of thread {self.thread_id}"


class ReplyRevision(models.Model):
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    previous_body = models.TextField()
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"revision of reply {self.reply_id}"


class Vote(models.Model):
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["reply", "user"], name="one_vote_per_member")]

    def __str__(self):
        return f"vote on {self.reply_id}"


class Follow(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thread_follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "user"], name="one_follow_per_member")]

    def __str__(self):
        return f"follow of {self.thread_id}"


class Flag(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="flags")
    reply = models.ForeignKey(Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="flags")
    flagged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reason"), max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"flag {self.pk} ({self.status})"


class Poll(models.Model):
    thread = models.OneToOneField(Thread, on_delete=models.CASCADE, related_name="poll")
    question = models.CharField(_("poll question"), max_length=200, default="")
    closed = models.BooleanField(default=False)

    def __str__(self):
        return self.question


class PollOption(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.label


class PollVote(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="votes")
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["poll", "user"], name="one_poll_vote_per_member")]

    def __str__(self):
        return f"poll vote {self.pk}"


class ModeratorAccessLog(models.Model):
    """Who saw the author of an anonymous post, and when (abuse handling only)."""

    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="author_access_log")
    viewed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-viewed_at"]

    def __str__(self):
        return f"access to {self.thread_id}"
