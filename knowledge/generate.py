"""Generate many published best practices quickly, for benchmarks (never for demo content).

Creating pages one by one through Wagtail (revision, publish, signals, search
index) costs tens of milliseconds each. Here the tree rows are computed and
written in bulk: the base ``Page`` rows with ``bulk_create``, the specific
``BestPracticePage`` rows in batches through Django's own insert (what
``bulk_create`` does internally, which it refuses for multi-table
inheritance), then the years and themes with ``bulk_create``. A thousand cases
take a few seconds. Generated pages have no revisions and are not in the search
index; their slugs start with ``PREFIX`` so they can be removed again.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from peergroups.core.taxonomy import GovernmentLayer, OrganisationType
from peergroups.models import PolicyDomain, Theme

from .models import BestPracticePage, CaseYear, KnowledgeIndexPage

PREFIX = "gegenereerd"

#: (place, province, latitude, longitude) for generated cases.
PLACES = [
    ("Groningen", "groningen", 53.219, 6.567),
    ("Leeuwarden", "friesland", 53.201, 5.799),
    ("Assen", "drenthe", 52.993, 6.564),
    ("Zwolle", "overijssel", 52.512, 6.094),
    ("Lelystad", "flevoland", 52.518, 5.471),
    ("Arnhem", "gelderland", 51.985, 5.899),
    ("Utrecht", "utrecht", 52.091, 5.122),
    ("Haarlem", "noord-holland", 52.387, 4.646),
    ("Den Haag", "zuid-holland", 52.078, 4.300),
    ("Middelburg", "zeeland", 51.499, 3.611),
    ("'s-Hertogenbosch", "noord-brabant", 51.697, 5.304),
    ("Maastricht", "limburg", 50.851, 5.691),
]


def _base36(number: int, width: int) -> str:
    alphabet = Page.alphabet
    digits = ""
    while number:
        number, rem = divmod(number, len(alphabet))
        digits = alphabet[rem] + digits
    return (digits or "0").rjust(width, "0")


@transaction.atomic
def generate_cases(count: int, *, seed: int = 2014, describe: Callable[[random.Random], dict] | None = None) -> int:
    """Add ``count`` published best practices under the knowledge index; returns how many exist now.

    ``describe(rng)`` may return extra field values per case (realistic text for
    ``summary``, ``organisation_name``, ``lessons``; see ``knowledge.scale_data``).
    The same seed on the same database gives the same pages (translation keys included).
    """
    index = KnowledgeIndexPage.objects.get()
    rng = random.Random(seed + BestPracticePage.objects.filter(slug__startswith=PREFIX).count())
    content_type = ContentType.objects.get_for_model(BestPracticePage)
    domains = list(PolicyDomain.objects.all())
    themes = list(Theme.objects.filter(kind__in=["pillar", "case_theme"]))
    last = index.get_last_child()
    first_step = (int(last.path[-Page.steplen :], 36) if last else 0) + 1
    numbered = BestPracticePage.objects.filter(slug__startswith=PREFIX).count()
    now = timezone.now()

    base_rows, specifics = [], []
    for i in range(count):
        number = numbered + i + 1
        slug = f"{PREFIX}-{number}"
        organisation_type = rng.choice(OrganisationType.values)
        place, province, lat, lon = rng.choice(PLACES)
        title = f"Praktijkvoorbeeld {number}: {OrganisationType(organisation_type).label} in {place}"
        base_rows.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=index.path + _base36(first_step + i, Page.steplen),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale_id=index.locale_id,
                translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            )
        )
        specifics.append(
            {
                "summary": f"Een gegenereerd praktijkvoorbeeld voor metingen ({number}).",
                "organisation_name": f"Organisatie {number}",
                "organisation_type": organisation_type,
                "government_layer": rng.choice(GovernmentLayer.values),
                "staff_count": int(10 ** rng.uniform(1.3, 4.0)),
                "policy_domain": rng.choice(domains) if domains else None,
                "province": province,
                "city": place,
                "latitude": lat + rng.uniform(-0.05, 0.05),
                "longitude": lon + rng.uniform(-0.05, 0.05),
                "award_status": "none",
                "years": sorted(rng.sample(range(2014, 2026), rng.randint(1, 2))),
                "themes": rng.sample(themes, min(len(themes), rng.randint(1, 3))),
                **(describe(rng) if describe else {}),
            }
        )
    created = Page.objects.bulk_create(base_rows)

    pages = []
    for base, data in zip(created, specifics, strict=True):
        fields = {k: v for k, v in data.items() if k not in ("years", "themes")}
        pages.append(BestPracticePage(page_ptr_id=base.pk, **fields))
    _insert_child_rows(BestPracticePage, pages)

    CaseYear.objects.bulk_create(
        [
            CaseYear(page_id=base.pk, year=year, sort_order=n)
            for base, data in zip(created, specifics, strict=True)
            for n, year in enumerate(data["years"])
        ]
    )
    through = BestPracticePage._meta.get_field("themes").remote_field.through
    page_column, theme_column = _m2m_columns()
    through.objects.bulk_create(
        [
            through(**{page_column: base.pk, theme_column: theme.pk})
            for base, data in zip(created, specifics, strict=True)
            for theme in data["themes"]
        ]
    )
    Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    return BestPracticePage.objects.count()


def _m2m_columns() -> tuple[str, str]:
    field = BestPracticePage._meta.get_field("themes")
    return field.m2m_column_name(), field.m2m_reverse_name()


def _insert_child_rows(model, objs) -> None:
    """INSERT the rows of a child table of multi-table inheritance, in batches."""
    fields = list(model._meta.local_concrete_fields)
    batch = connection.ops.bulk_batch_size(fields, objs) or len(objs)
    for start in range(0, len(objs), batch):
        model._base_manager._insert(objs[start : start + batch], fields=fields, using=connection.alias)


@transaction.atomic
def remove_generated_cases() -> int:
    """Delete the generated cases again; returns how many were removed."""
    ids = list(BestPracticePage.objects.filter(slug__startswith=f"{PREFIX}-").values_list("pk", flat=True))
    if ids:
        Page.objects.filter(pk__in=ids).delete()
        index = KnowledgeIndexPage.objects.get()
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    return len(ids)
