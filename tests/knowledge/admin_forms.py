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


def body_as_the_editor_posts_it(page):
    """The stored body as the page editor's browser sends it back: each rich-text block as Draftail's state."""
    return streamfield([(block.block_type, rich_text(block.value.source)) for block in page.body])


def submit_and_approve(editor_client, approver_client, page, **fields):
    """Finish a promoted draft in the admin (its body untouched), submit it, and let a second editor approve.

    Returns the response of the edit view's POST and the page, reloaded.
    """
    from django.urls import reverse

    draft = page.get_latest_revision_as_object()
    data = case_form_data(
        title=draft.title,
        slug=draft.slug,
        themes=list(draft.themes.all()),
        source_kind=draft.source_kind,
        source_url=draft.source_url,
        source_label=draft.source_label,
        body=body_as_the_editor_posts_it(draft),
        **fields,
    )
    data["action-submit"] = "1"
    submitted = editor_client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    if task_state is not None:
        approver_client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)), {"comment": ""}
        )
        page.refresh_from_db()
    return submitted, page
