"""Writes to the knowledge base from outside the Wagtail admin. The only place that does.

The draft hook
--------------
:func:`create_draft_knowledge_page` turns material from elsewhere on the
platform — an answered question or dilemma from the help portal, a working
group's outcome, a resultancy team's deliverable — into an *unpublished*
best-practice page under the knowledge index, with provenance pointing back
to its source. The page then goes through the editorial workflow like any
other draft: an editor finishes it and submits it, a second editor approves.

Callers:

* ``resultancy`` (above knowledge) imports and calls it directly;
* ``peergroups`` (below knowledge) cannot import it; its templates post to
  the URL ``knowledge:promote_draft`` (see :mod:`knowledge.views`), which calls
  this function.

Callers pass only what may be published: an anonymous dilemma arrives
without its author, and nothing here records the source's author.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import Organisation, Theme
from search.numbers import parse_id

from .models import BestPracticePage, InstrumentIndexPage, InstrumentPage, KnowledgeIndexPage, SourceKind
from .models.cases import validate_source_url
from .rich_text import markdown_to_rich_text


@dataclass
class DraftRequest:
    """The validated input of the draft hook."""

    title: str
    summary: str
    body_text: str
    source_kind: str
    source_url: str
    source_label: str
    themes: list
    parent: KnowledgeIndexPage | InstrumentIndexPage
    #: The organisation the material is about; its facts prefill the case (``None``: left to the editor).
    organisation: Organisation | None = None
    #: ``PAGE_CASE`` or ``PAGE_INSTRUMENT``: which kind of knowledge page the draft becomes.
    page_type: str = field(default="case")


PAGE_CASE = "case"
PAGE_INSTRUMENT = "instrument"


def draft_parent(page_type: str):
    """The index page a draft of ``page_type`` goes under (``None`` when the section is missing)."""
    index = InstrumentIndexPage if page_type == PAGE_INSTRUMENT else KnowledgeIndexPage
    return index.objects.first()


def check_create_draft_knowledge_page(
    actor_ctx,
    *,
    title: str,
    summary: str = "",
    body_text: str = "",
    source_kind: str,
    source_url: str = "",
    source_label: str = "",
    themes=(),
    organisation: Organisation | None = None,
) -> DraftRequest:
    """Validate the request; raise ``PermissionDenied`` or ``ValidationError`` (with field errors)."""
    if not permissions.can_promote_to_knowledge(actor_ctx):
        raise PermissionDenied(_("Only editors can turn material into a knowledge page."))
    title, summary, body_text = (title or "").strip(), (summary or "").strip(), (body_text or "").strip()
    source_url, source_label = (source_url or "").strip(), (source_label or "").strip()
    errors = {}
    if not title:
        errors["title"] = _("A title is required.")
    elif len(title) > 255:
        errors["title"] = _("The title may be at most 255 characters long.")
    if source_kind not in SourceKind.values:
        errors["source_kind"] = _("Choose where the material comes from.")
    if len(source_url) > 500:
        errors["source_url"] = _("The address may be at most 500 characters long.")
    else:
        try:
            validate_source_url(source_url)
        except ValidationError as exc:
            errors["source_url"] = exc.messages[0]
    if len(source_label) > 255:
        errors["source_label"] = _("The name of the source may be at most 255 characters long.")
    theme_objects = _themes(themes)
    if len(theme_objects) != len({str(t) for t in themes}):
        errors["themes"] = _("One of the themes does not exist.")
    parent = KnowledgeIndexPage.objects.first()
    if parent is None:
        errors["__all__"] = _("The knowledge base has no index page to put the draft under.")
    if errors:
        raise ValidationError(errors)
    return DraftRequest(
        title, summary, body_text, source_kind, source_url, source_label, theme_objects, parent, organisation
    )


def _themes(themes) -> list[Theme]:
    """Theme rows from Theme objects, primary keys or slugs."""
    ids, slugs, objects = [], [], []
    for theme in themes:
        if isinstance(theme, Theme):
            objects.append(theme)
        elif (theme_id := parse_id(theme)) is not None:
            ids.append(theme_id)
        else:
            slugs.append(str(theme))
    if ids or slugs:
        objects += list(Theme.objects.filter(pk__in=ids)) + list(Theme.objects.filter(slug__in=slugs))
    return list({t.pk: t for t in objects}.values())


def _body_blocks(body_text: str, page_class=BestPracticePage, field_name="body") -> list[tuple[str, str]]:
    """The member's Markdown as one rich-text paragraph block, in the form the page editor saves."""
    paragraph = page_class._meta.get_field(field_name).stream_block.child_blocks["paragraph"]
    value = markdown_to_rich_text(body_text, features=paragraph.features, editor=paragraph.editor)
    return [("paragraph", value)] if value else []


def _organisation_facts(organisation: Organisation | None) -> dict:
    """What a case says about its organisation, taken from the organisation's profile."""
    if organisation is None:
        # Left for the editor to fill in before submitting (Wagtail requires them on submit, not on save).
        return {"organisation_name": "", "organisation_type": "", "government_layer": ""}
    return {
        "organisation": organisation,
        "organisation_name": organisation.name,
        "organisation_type": organisation.organisation_type,
        "government_layer": organisation.government_layer,
        "staff_count": organisation.staff_count,
        "policy_domain_id": organisation.policy_domain_id,
        "province": organisation.province,
        "city": organisation.city,
    }


def _new_page(request: DraftRequest, actor):
    """The unsaved page of the requested type, with everything the platform already knows filled in."""
    common = {
        "title": request.title,
        "slug": _unique_slug(request.parent, request.title),
        "summary": request.summary,
        "live": False,
        "owner": actor,
    }
    if request.page_type == PAGE_INSTRUMENT:
        return InstrumentPage(
            **common,
            how_to_use=_body_blocks(request.body_text, InstrumentPage, "how_to_use"),
            offered_by=(request.organisation.name if request.organisation else request.source_label)[:200],
        )
    return BestPracticePage(
        **common,
        body=_body_blocks(request.body_text),
        **_organisation_facts(request.organisation),
        source_kind=request.source_kind,
        source_url=request.source_url,
        source_label=request.source_label,
    )


def _unique_slug(parent, title: str) -> str:
    base = slugify(title)[:70] or "concept"
    slug, n = base, 2
    siblings = set(parent.get_children().values_list("slug", flat=True))
    from .models import RESERVED_SLUGS

    while slug in siblings or slug in RESERVED_SLUGS:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def do_create_draft_knowledge_page(actor, request: DraftRequest):
    """Create the unpublished page and its first revision (the editor submits it for review)."""
    page = _new_page(request, actor)
    request.parent.add_child(instance=page)
    page.themes.set(request.themes)
    # clean=False: a draft may lack the case metadata; the admin form asks for it on submit.
    revision = page.save_revision(user=actor, log_action=True, clean=False)
    page.refresh_from_db()
    page.latest_revision = revision
    return page


def create_draft_knowledge_page(
    *,
    title: str,
    summary: str = "",
    body_text: str = "",
    source_kind: str,
    source_url: str = "",
    source_label: str = "",
    themes=(),
    organisation: Organisation | None = None,
    actor,
):
    """The draft hook: check, then create an unpublished ``BestPracticePage`` with provenance.

    ``themes`` may hold ``peergroups.Theme`` objects, primary keys or slugs.
    Returns the page (not live). Raises ``PermissionDenied`` unless ``actor``
    is an editor, and ``ValidationError`` (with field errors) on bad input.
    """
    request = check_create_draft_knowledge_page(
        permissions.context_for(actor),
        title=title,
        summary=summary,
        body_text=body_text,
        source_kind=source_kind,
        source_url=source_url,
        source_label=source_label,
        themes=themes,
        organisation=organisation,
    )
    return do_create_draft_knowledge_page(actor, request)
