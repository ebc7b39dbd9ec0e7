"""The home page: the platform's front door."""

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import featured_pages, provided_context, visible_pages_q


class HomePage(Page):
    """What the platform is for, what the editors recommend, and what is new.

    Only one may exist, directly under the tree root. Its sections:
    introduction, a featured collection ordered by hand, the latest best
    practices, upcoming events, recent news, and open questions from the help
    portal (through :mod:`knowledge.registry`).
    """

    intro = RichTextField(_("introduction"), blank=True)
    featured_heading = models.CharField(
        _("heading of the featured collection"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty for the standard heading."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), InlinePanel("featured_items", label=_("featured page"))],
            heading=_("Featured collection"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["knowledge.KnowledgeIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from peergroups.models import LearningQuestion, Organisation

        from .agenda import EventPage, NewsPage
        from .cases import BestPracticePage

        context = super().get_context(request, *args, **kwargs)
        visible = visible_pages_q()
        # Lazy: the template caches these sections, so a warm cache runs none of their queries.
        context["featured"] = SimpleLazyObject(lambda: featured_pages(self.featured_items.all()))
        context["latest_cases"] = BestPracticePage.objects.filter(visible).order_by("-first_published_at", "-pk")[:3]
        context["upcoming_events"] = EventPage.objects.filter(visible, start__gte=timezone.now()).order_by("start")[:3]
        context["latest_news"] = NewsPage.objects.filter(visible).order_by("-date", "-pk")[:3]
        context.update(provided_context("home", self, request, context))
        context["organisation_count"] = Organisation.objects.count  # called by the template (cached section)
        context["open_learning_questions"] = (
            LearningQuestion.objects.filter(status=LearningQuestion.Status.OPEN)
            .select_related("organisation")
            .order_by("-created_at")[:5]
        )
        return context
