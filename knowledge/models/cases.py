"""Best-practice cases and the knowledge index, which is also the finder."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from peergroups.core.taxonomy import STAFF_SIZE_BANDS, GovernmentLayer, OrganisationType, Province, staff_size_band

from ..blocks import body_blocks, theme_section_blocks
from .base import KnowledgePage, SharedBodyMixin, provided_context, reserved_slug_errors, section_label

#: The Netherlands, roughly: the map only draws what falls inside.
LATITUDE_RANGE = (50.7, 53.7)
LONGITUDE_RANGE = (3.2, 7.3)


class AwardStatus(models.TextChoices):
    WINNER = "winner", _("Winner")
    FINALIST = "finalist", _("Finalist")
    NOMINEE = "nominee", _("Nominee")
    GOOD_GOVERNANCE = "good_governance", _("Good Governance in practice")
    NONE = "none", _("None")


class SourceKind(models.TextChoices):
    """Where a page drafted from elsewhere on the platform came from."""

    THREAD = "thread", _("Discussion")
    DILEMMA = "dilemma", _("Dilemma")
    QUESTION = "question", _("Question from the help portal")
    DELIVERABLE = "deliverable", _("Resultancy team deliverable")
    WORKING_GROUP = "working_group", _("Working group")
    OTHER = "other", _("Other")


_SOURCE_URL = re.compile(r"^(/[^\s]*|https?://[^\s]+)$")


def validate_source_url(value: str) -> None:
    """A path on the platform ("/vraagbaak/12/") or a full http(s) address."""
    if value and not _SOURCE_URL.match(value):
        raise ValidationError(_("Enter a path on this platform starting with / or a full web address."))


class KnowledgeIndexPage(SharedBodyMixin, Page):
    """The knowledge base: the finder over all best practices, and the sections below it.

    Facets, counts and results come from :mod:`knowledge.finder`; an htmx
    request gets only the results part of the page.
    """

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = [
        "knowledge.BestPracticePage",
        "knowledge.InstrumentIndexPage",
        "knowledge.ThemeIndexPage",
        "knowledge.EventIndexPage",
        "knowledge.NewsIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("knowledge base")

    def get_template(self, request, *args, **kwargs):
        if request.headers.get("HX-Request") == "true":
            return "knowledge/includes/finder_results.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(provided_context("knowledge_index", self, request, context))
        # Titles and addresses only: no need for the specific pages.
        sections = self.get_children().live().public().exclude(content_type__model="bestpracticepage")
        context["sections"] = [(section, section_label(section)) for section in sections]
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.headers["Vary"] = "HX-Request"
        return response


class BestPracticeTag(TaggedItemBase):
    content_object = ParentalKey("knowledge.BestPracticePage", on_delete=models.CASCADE, related_name="tagged_items")


class BestPracticePage(KnowledgePage):
    """A case: what one public organisation did, with the facts a reader compares on.

    The metadata is a snapshot of the organisation at the time of the case
    (staff, type, layer), so it lives on the page even when the organisation
    is also a member with its own profile.
    """

    organisation = models.ForeignKey(
        "peergroups.Organisation",
        verbose_name=_("organisation on the platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_cases",
        help_text=_("Choose the organisation if it is on the platform, so readers can find its profile."),
    )
    organisation_name = models.CharField(
        _("organisation name"), max_length=200, help_text=_("The name at the time of the case; always shown.")
    )
    organisation_type = models.CharField(
        _("organisation type"), max_length=40, choices=OrganisationType.choices, db_index=True
    )
    government_layer = models.CharField(
        _("government layer"), max_length=20, choices=GovernmentLayer.choices, db_index=True
    )
    staff_count = models.PositiveIntegerField(_("number of staff"), null=True, blank=True, db_index=True)
    policy_domain = models.ForeignKey(
        "peergroups.PolicyDomain",
        verbose_name=_("policy domain"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_cases",
    )
    province = models.CharField(_("province"), max_length=20, choices=Province.choices, blank=True, db_index=True)
    city = models.CharField(_("place"), max_length=100, blank=True)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(LATITUDE_RANGE[0]), MaxValueValidator(LATITUDE_RANGE[1])],
        help_text=_("For the map, e.g. 52.37 for Amsterdam."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(LONGITUDE_RANGE[0]), MaxValueValidator(LONGITUDE_RANGE[1])],
        help_text=_("For the map, e.g. 4.90 for Amsterdam."),
    )
    website = models.URLField(_("website"), blank=True)
    award_status = models.CharField(
        _("award status"), max_length=20, choices=AwardStatus.choices, default=AwardStatus.NONE
    )
    award_name = models.CharField(
        _("award or programme"),
        max_length=200,
        blank=True,
        help_text=_("For example: Beste Overheidsorganisatie van het Jaar."),
    )
    body = StreamField(body_blocks(), verbose_name=_("description"), blank=True)
    theme_sections = StreamField(
        theme_section_blocks(),
        verbose_name=_("theme sections"),
        blank=True,
        help_text=_("One section per theme: Openheid, Intern leervermogen, …, Innovatie."),
    )
    lessons = RichTextField(_("lessons"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    tags = ClusterTaggableManager(through=BestPracticeTag, blank=True, verbose_name=_("tags"))
    related_instruments = ParentalManyToManyField(
        "knowledge.InstrumentPage", verbose_name=_("related instruments"), blank=True, related_name="cases"
    )
    # Provenance of a page drafted from a discussion, dilemma or deliverable (see actions.py).
    source_kind = models.CharField(_("source"), max_length=20, choices=SourceKind.choices, blank=True)
    source_url = models.CharField(
        _("address of the source"), max_length=500, blank=True, validators=[validate_source_url]
    )
    source_label = models.CharField(_("name of the source"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("organisation_name"),
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("government_layer")]),
                FieldRowPanel([FieldPanel("staff_count"), FieldPanel("policy_domain")]),
                FieldRowPanel([FieldPanel("province"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("website"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("years", label=_("year")),
                FieldRowPanel([FieldPanel("award_status"), FieldPanel("award_name")]),
            ],
            heading=_("Years and award"),
        ),
        FieldPanel("body"),
        FieldPanel("theme_sections"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("related_instruments", widget=forms.CheckboxSelectMultiple),
                InlinePanel("related_case_links", label=_("related case")),
            ],
            heading=_("Themes and links"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_kind"), FieldPanel("source_label"), FieldPanel("source_url")],
            heading=_("Provenance"),
            classname="collapsed",
        ),
    ]

    search_fields = KnowledgePage.search_fields + [
        index.SearchField("organisation_name", boost=2),
        index.AutocompleteField("organisation_name"),
        index.SearchField("body"),
        index.SearchField("theme_sections"),
        index.SearchField("lessons"),
        index.SearchField("city"),
        index.FilterField("organisation_type"),
        index.FilterField("government_layer"),
        index.FilterField("province"),
        index.FilterField("staff_count"),
        index.FilterField("award_status"),
        index.RelatedFields("policy_domain", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    # --- rules ---------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Fill in both latitude and longitude, or neither."
            )
        errors.update(reserved_slug_errors(self))
        if errors:
            raise ValidationError(errors)

    # --- helpers for templates and the finder ------------------------------------------

    @property
    def staff_size_band(self) -> str:
        return staff_size_band(self.staff_count)

    @property
    def staff_size_band_label(self) -> str:
        labels = {key: label for key, label, _low, _high in STAFF_SIZE_BANDS}
        return labels.get(self.staff_size_band, "")

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def year_list(self) -> list[int]:
        return sorted({y.year for y in self.years.all()})

    def get_context(self, request, *args, **kwargs):
        from .themes import theme_pages_by_theme_id

        context = super().get_context(request, *args, **kwargs)
        themes = list(self.themes.all())
        sections = list(self.theme_sections)
        section_themes = [block.value["theme"] for block in sections if block.value["theme"] is not None]
        context["case_themes"] = themes
        context["theme_pages"] = theme_pages_by_theme_id([t.pk for t in themes + section_themes])
        context["theme_section_list"] = sections
        context["years"] = self.year_list()
        context["instruments"] = self.related_instruments.live().public().order_by("title")
        context["related_cases"] = [
            link.case for link in self.related_case_links.select_related("case") if link.case.live
        ]
        context.update(provided_context("case", self, request, context))
        return context


class CaseYear(Orderable):
    """A year the case refers to (a finalist year, the year of the programme)."""

    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1950), MaxValueValidator(2100)], db_index=True
    )

    panels = [FieldPanel("year")]

    class Meta(Orderable.Meta):
        verbose_name = _("year")
        verbose_name_plural = _("years")


class RelatedCase(Orderable):
    """A case the editors link by hand (the computed 'comparable cases' come on top)."""

    page = ParentalKey(BestPracticePage, on_delete=models.CASCADE, related_name="related_case_links")
    case = models.ForeignKey(BestPracticePage, verbose_name=_("case"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("case")]

    class Meta(Orderable.Meta):
        verbose_name = _("related case")
        verbose_name_plural = _("related cases")
