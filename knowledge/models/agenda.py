"""Events (symposia, workshops, conferences, regional activities) and news."""

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from peergroups.core.taxonomy import Province

from ..blocks import body_blocks
from .base import KnowledgePage, SectionIndexMixin, provided_context, visible_pages_q


class EventType(models.TextChoices):
    SYMPOSIUM = "symposium", _("Symposium")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")
    REGIONAL = "regional", _("Regional activity")
    MEETING = "meeting", _("Meeting")


class EventIndexPage(SectionIndexMixin, Page):
    """The agenda: upcoming events first, then past events (newest first)."""

    navigation_label = _("Agenda")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("agenda")

    #: Upcoming regional activities shown at most (the group pages list the rest).
    ACTIVITY_LIMIT = 50

    def get_context(self, request, *args, **kwargs):
        """Events of the agenda and, mixed in by date, the regional activities the reader may see.

        ``?provincie=`` narrows both to one province; which activities a reader
        sees is the policy's rule (``regional_activities_visible_to``).
        """
        from peergroups.models import RegionalActivity
        from peergroups.policy import context_for, regional_activities_visible_to

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        province = request.GET.get("provincie", "")
        province = province if province in Province.values else ""
        events = EventPage.objects.child_of(self).filter(visible_pages_q())
        ctx = getattr(request, "permissions", None) or context_for(request.user)
        activities = RegionalActivity.objects.filter(regional_activities_visible_to(ctx), starts_at__gte=now)
        if province:
            events = events.filter(province=province)
            activities = activities.filter(province=province)
        upcoming = list(events.filter(start__gte=now).order_by("start"))
        upcoming += activities.select_related("space").order_by("starts_at", "pk")[: self.ACTIVITY_LIMIT]
        context["upcoming"] = sorted(upcoming, key=lambda item: getattr(item, "start", None) or item.starts_at)
        past = events.filter(start__lt=now).order_by("-start")
        context["past"] = Paginator(past, 10).get_page(request.GET.get("pagina"))
        context["provinces"] = Province.choices
        context["province"] = province
        return context


class EventPage(KnowledgePage):
    """A symposium, workshop, conference or regional activity."""

    event_type = models.CharField(_("kind of event"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=200, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    province = models.CharField(
        _("province"),
        max_length=20,
        choices=Province.choices,
        blank=True,
        help_text=_("For the agenda's filter by province; leave empty for online or national events."),
    )
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Only for registration elsewhere; leave empty and members register on this platform."),
    )
    capacity = models.PositiveIntegerField(
        _("number of places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. When it is full, people join a waiting list."),
    )
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("location"), FieldPanel("is_online")]),
                FieldPanel("province"),
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("registration_url"), FieldPanel("capacity")]),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    parent_page_types = ["knowledge.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end lies before the start.")
        if not self.location and not self.is_online:
            errors["location"] = _("Fill in a place, or tick 'online'.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self) -> bool:
        return self.start >= timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(provided_context("event", self, request, context))
        return context


class NewsIndexPage(SectionIndexMixin, Page):
    """News, newest first."""

    navigation_label = _("News")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.child_of(self).filter(visible_pages_q()).order_by("-date", "-pk")
        context["news"] = Paginator(news, 10).get_page(request.GET.get("pagina"))
        return context


class NewsPage(KnowledgePage):
    """A news item."""

    date = models.DateField(_("date"), default=dt.date.today, db_index=True)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = KnowledgePage.search_fields + [index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["knowledge.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
