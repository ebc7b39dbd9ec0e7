"""StreamField blocks of the knowledge pages, with Dutch labels through gettext.

Bodies are built from a small, shared set of blocks so that every page type
renders the same way and editors learn one editor. Theme sections point at the
shared ``peergroups.Theme`` rows (one source of truth) instead of keeping their
own list of theme names.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ThemeChooserBlock(blocks.ChooserBlock):
    """Pick one of the shared themes from a plain select list.

    A select is enough for the dozen themes there are, and it needs no snippet
    registration of a model that belongs to ``peergroups``.
    """

    target_model = "peergroups.Theme"

    @cached_property
    def widget(self):
        return forms.Select()

    def get_form_state(self, value):
        # ChooserBlock expects a chooser widget; a select wants the primary key.
        return blocks.FieldBlock.get_form_state(self, value)

    def get_searchable_content(self, value):
        # A section is about its theme: the theme's name is part of the section's text for
        # every index (ChooserBlock contributes nothing by default).
        return [value.name] if value is not None else []

    class Meta:
        icon = "tag"


class HeadingBlock(blocks.CharBlock):
    """A section heading inside a body; rendered as h2 below the page title."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "knowledge/blocks/heading.html"
        form_classname = "title"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "knowledge/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "knowledge/blocks/image.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"))
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        icon = "link"
        label = _("Link")
        template = "knowledge/blocks/link.html"


def body_blocks():
    """The general-purpose body blocks every knowledge page offers."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", blocks.RichTextBlock(label=_("Paragraph"), icon="pilcrow")),
        ("quote", QuoteBlock()),
        ("image", ImageBlock()),
        ("link", LinkBlock()),
    ]


class ThemeSectionBlock(blocks.StructBlock):
    """What a case does on one theme (Openheid, Werkgeverschap, …, Innovatie)."""

    theme = ThemeChooserBlock(label=_("Theme"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "tag"
        label = _("Theme section")
        template = "knowledge/blocks/theme_section.html"


def theme_section_blocks():
    return [("theme_section", ThemeSectionBlock())]
