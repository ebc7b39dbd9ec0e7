"""Instruments: tools an organisation can use (kwaliteitshandvest, SAINT, benchmark, …)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import body_blocks
from .base import KnowledgePage, SectionIndexMixin, visible_pages_q


class InstrumentIndexPage(SectionIndexMixin, Page):
    """All instruments, grouped by programme pillar."""

    navigation_label = _("Instruments")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = ["knowledge.InstrumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("instrument overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        instruments = (
            InstrumentPage.objects.child_of(self)
            .filter(visible_pages_q())
            .select_related("pillar")
            .order_by("pillar__name", "title")
        )
        groups: dict = {}
        for instrument in instruments:
            groups.setdefault(instrument.pillar, []).append(instrument)
        context["groups"] = list(groups.items())
        return context


class InstrumentPage(KnowledgePage):
    """One instrument: what it is for, how to use it, who offers it, and cases that used it.

    The cases are those that list the instrument as related — computed from
    the cases, so the link is kept in one place.
    """

    purpose = RichTextField(_("purpose"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    how_to_use = StreamField(body_blocks(), verbose_name=_("how to use it"), blank=True)
    pillar = models.ForeignKey(
        "peergroups.Theme",
        verbose_name=_("programme pillar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_instruments",
        limit_choices_to={"kind": "pillar"},
    )
    offered_by = models.CharField(_("offered by"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("how_to_use"),
        MultiFieldPanel(
            [FieldPanel("pillar"), FieldPanel("offered_by"), FieldPanel("website")],
            heading=_("About the instrument"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("how_to_use"),
        index.SearchField("offered_by"),
        index.FilterField("pillar"),
    ]
    parent_page_types = ["knowledge.InstrumentIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def get_context(self, request, *args, **kwargs):
        from .themes import theme_pages_by_theme_id

        context = super().get_context(request, *args, **kwargs)
        context["cases"] = self.cases.filter(visible_pages_q()).order_by("title")
        themes = list(self.themes.all())
        context["instrument_themes"] = themes
        context["theme_pages"] = theme_pages_by_theme_id(
            [t.pk for t in themes] + ([self.pillar_id] if self.pillar_id else [])
        )
        return context
