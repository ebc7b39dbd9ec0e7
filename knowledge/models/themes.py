"""Theme pages: one per shared theme, listing everything tagged with it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import body_blocks
from .base import SectionIndexMixin, featured_pages, provided_context, visible_pages_q


class ThemeIndexPage(SectionIndexMixin, Page):
    """The programme pillars and the case themes."""

    navigation_label = _("Themes")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.ThemePage"]
    max_count = 1

    class Meta:
        verbose_name = _("theme overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = ThemePage.objects.child_of(self).filter(visible_pages_q()).select_related("theme")
        groups: dict = {}
        for page in pages.order_by("theme__kind", "title"):
            groups.setdefault(page.theme.get_kind_display(), []).append(page)
        context["groups"] = list(groups.items())
        return context


class ThemePage(Page):
    """The page of one ``peergroups.Theme``.

    The theme row is the single source of truth: pages, groups, dilemmas and
    teams are tagged with that row, and this page lists them through
    :func:`knowledge.registry.theme_listings` (knowledge pages now; other apps
    register their own listings).
    """

    theme = models.OneToOneField(
        "peergroups.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="knowledge_page",
    )
    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("featured_items", label=_("featured page"))],
            heading=_("Featured collection"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("theme", [index.SearchField("name"), index.SearchField("description")]),
    ]
    parent_page_types = ["knowledge.ThemeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("theme page")
        verbose_name_plural = _("theme pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = featured_pages(self.featured_items.all())
        context.update(provided_context("theme", self, request, context))
        return context


def theme_pages_by_theme_id(theme_ids) -> dict:
    """{theme id: live theme page} for linking theme names, in one query."""
    ids = {pk for pk in theme_ids if pk}
    if not ids:
        return {}
    pages = ThemePage.objects.filter(visible_pages_q(), theme_id__in=ids)
    return {page.theme_id: page for page in pages}
