"""POST data for the Wagtail admin's page forms, as the editor's browser would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def case_form_data(title="Gemeente Voorbeeld: een proef", slug="gemeente-voorbeeld-een-proef", *, themes=(), **fields):
    data = {
        "title": title,
        "slug": slug,
        "summary": "Een korte samenvatting.",
        "organisation_name": "Gemeente Voorbeeld",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": "300",
        "province": "utrecht",
        "city": "Utrecht",
        "latitude": "52.09",
        "longitude": "5.12",
        "award_status": "none",
        "years": inline_formset([{"year": "2020"}]),
        "body": streamfield([("paragraph", rich_text("<p>Wat de gemeente deed.</p>"))]),
        "theme_sections": streamfield(
            [("theme_section", {"theme": str(t.pk), "text": rich_text("<p>Zo deden ze het.</p>")}) for t in themes]
        ),
        "lessons": rich_text("<p>Begin klein.</p>"),
        "related_case_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    form = nested_form_data(data)
    form["themes"] = [str(t.pk) for t in themes]
    return form
