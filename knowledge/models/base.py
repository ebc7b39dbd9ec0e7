"""What every knowledge page shares: a summary for listings and the shared themes."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

#: Template context that modules above the page models compute, by page type. Those modules
#: (finder, listings, registration) query the models, so the models name only the kind of
#: context they show and ``knowledge.page_context`` provides it when the app is ready.
_CONTEXT_PROVIDERS: dict[str, Callable[[Page, HttpRequest, dict], dict]] = {}


def provides_context(kind: str):
    """Register the function that computes the extra template context of pages of ``kind``."""

    def register(provider: Callable[[Page, HttpRequest, dict], dict]):
        _CONTEXT_PROVIDERS[kind] = provider
        return provider

    return register


def provided_context(kind: str, page: Page, request: HttpRequest, context: dict) -> dict:
    """The extra template context of ``page``, given the context so far; fails loudly if nobody provides ``kind``."""
    try:
        provider = _CONTEXT_PROVIDERS[kind]
    except KeyError:
        raise LookupError(f"No context provider for {kind!r} pages: is knowledge.page_context loaded?") from None
    return provider(page, request, context)


#: Sub-paths of the knowledge index served by knowledge.urls, so no page under it may take them.
RESERVED_SLUGS = frozenset({"kaart", "concept", "activiteiten", "aanmelding"})


def reserved_slug_errors(page) -> dict:
    """Pages directly under the knowledge index may not take the addresses of its own views."""
    if page.slug in RESERVED_SLUGS:
        return {"slug": _("This address is reserved for the knowledge base itself; choose another.")}
    return {}


class SharedBodyMixin:
    """Serve the page body from the shared cache when it is there (``knowledge.shared_cache``).

    The template wraps its body in ``{% shared_body %}``; on a hit nothing of
    ``get_context`` runs, so the page costs only its routing and the header.
    """

    def serve(self, request, *args, **kwargs):
        from django.template.response import TemplateResponse

        from ..shared_cache import cached_body

        body = cached_body(request, self)
        if body is None:
            return super().serve(request, *args, **kwargs)
        request.is_preview = False
        context = {"page": self, "self": self, "request": request, "shared_body": body}
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)


class SectionIndexMixin:
    """For the section pages under the knowledge index (instruments, themes, agenda, news).

    ``navigation_label`` names the section in the interface's words; the knowledge index shows it
    instead of the editor's (Dutch) title when the reader chose another language.
    """

    navigation_label: "str | Promise" = ""

    def clean(self):
        super().clean()
        if errors := reserved_slug_errors(self):
            raise ValidationError(errors)


class KnowledgePage(SharedBodyMixin, Page):
    """Abstract base of the content pages (cases, instruments, events, news).

    ``themes`` points at ``peergroups.Theme``: the same rows groups, dilemmas
    and teams are tagged with, so a theme page can list all of them.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences for overviews and search results."),
    )
    themes = ParentalManyToManyField(
        "peergroups.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True


def visible_pages_q() -> Q:
    """Live pages outside any private section, as one filter.

    ``PageQuerySet.public()`` looks the restrictions up again on every call;
    listings that filter several querysets build this once per request.
    """
    q = Q(live=True)
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        q &= ~Q(path__startswith=path)
    return q


class FeaturedItem(Orderable):
    """One hand-picked page in a curated collection, in the order the editors chose."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("why it is featured"),
        max_length=255,
        blank=True,
        help_text=_("Optional: one line shown under the title."),
    )

    panels = [FieldPanel("page"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True


class HomeFeaturedItem(FeaturedItem):
    home = ParentalKey("knowledge.HomePage", on_delete=models.CASCADE, related_name="featured_items")

    class Meta(FeaturedItem.Meta):
        verbose_name = _("featured page")
        verbose_name_plural = _("featured pages")


class ThemeFeaturedItem(FeaturedItem):
    theme_page = ParentalKey("knowledge.ThemePage", on_delete=models.CASCADE, related_name="featured_items")

    class Meta(FeaturedItem.Meta):
        verbose_name = _("featured page")
        verbose_name_plural = _("featured pages")


def featured_pages(items) -> list[tuple]:
    """(specific page, note) for the live, public pages of a curated collection, in order.

    One query for the items and one per page type, however long the list.
    """
    items = list(items)
    if not items:
        return []
    pages = Page.objects.filter(visible_pages_q(), pk__in=[item.page_id for item in items]).specific()
    by_id = {page.pk: page for page in pages}
    return [(by_id[item.page_id], item.note) for item in items if item.page_id in by_id]


def section_label(page: Page) -> str:
    """What the knowledge sub-navigation calls ``page``: its title in the content language, else the label."""
    from django.conf import settings
    from django.utils.translation import get_language

    if (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return page.title
    return str(getattr(page.specific_class, "navigation_label", "") or page.title)
