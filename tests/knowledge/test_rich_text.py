"""Members' Markdown to Wagtail rich text: what the page editor itself would store, nothing else."""

import re

import pytest
from wagtail.admin.rich_text import get_rich_text_editor_widget

from knowledge.rich_text import markdown_to_rich_text

KEY = re.compile(r' data-block-key="[^"]*"')


def plain(value: str) -> str:
    """The stored value without Draftail's block keys (random per conversion)."""
    return KEY.sub("", value)


def opened_and_saved_by_draftail(value: str, features=None) -> str:
    """What the editor stores after opening ``value`` and saving it unchanged."""
    converter = get_rich_text_editor_widget(features=features).converter
    return converter.to_database_format(converter.from_database_format(value))


def test_a_list_typed_right_below_a_line_becomes_a_list():
    value = markdown_to_rich_text("Wat hielp:\n- een vast punt\n- korte lijnen\n\nEn verder:\n1. eerst\n2. dan")
    assert plain(value) == (
        "<p>Wat hielp:</p><ul><li>een vast punt</li><li>korte lijnen</li></ul>"
        "<p>En verder:</p><ol><li>eerst</li><li>dan</li></ol>"
    )


def test_a_line_starting_with_a_year_stays_text():
    assert plain(markdown_to_rich_text("Het begon in\n2023. Toen kwam de rest.")) == (
        "<p>Het begon in 2023. Toen kwam de rest.</p>"
    )


def test_single_newlines_and_hard_breaks_open_in_the_editor():
    # A single newline continues the paragraph (as on the platform); two spaces before it break the line.
    value = markdown_to_rich_text("Regel een\nregel twee  \nregel drie\n\nNieuwe alinea")
    assert plain(value) == "<p>Regel een regel twee<br/> regel drie</p><p>Nieuwe alinea</p>"
    assert opened_and_saved_by_draftail(value) == value  # Draftail reads it (a bare <br> made it fail)


def test_headings_move_to_the_levels_the_field_offers():
    value = markdown_to_rich_text("# Een\n\n## Twee\n\n### Drie\n\n#### Vier\n\n###### Zes\n\nTekst")
    assert plain(value) == "<h2>Een</h2><h2>Twee</h2><h3>Drie</h3><h4>Vier</h4><h4>Zes</h4><p>Tekst</p>"
    assert plain(markdown_to_rich_text("# Kop\n\nTekst", features=["bold"])) == "<p>Kop</p><p>Tekst</p>"


def test_safe_links_stay_and_everything_else_goes():
    value = markdown_to_rich_text(
        "Zie [de site](https://www.example.nl/pad?a=1), [mail](mailto:info@example.nl), "
        '[kwaad](javascript:alert(1)) <script>alert("x")</script><img src=x onerror=alert(1)>'
        '<a href="data:text/html,x">data</a>'
    )
    assert plain(value) == (
        '<p>Zie <a href="https://www.example.nl/pad?a=1">de site</a>, <a href="mailto:info@example.nl">mail</a>, '
        "kwaad data</p>"
    )
    for bad in ("script", "alert", "onerror", "javascript:", "data:", "<img", "rel="):
        assert bad not in value


def test_no_markdown_markers_are_left():
    value = markdown_to_rich_text("**Vet** en _schuin_, `code`\n\n* punt\n+ ander punt\n\n> citaat\n\n---")
    assert plain(value) == (
        "<p><b>Vet</b> en <i>schuin</i>, code</p><ul><li>punt</li><li>ander punt</li></ul><p>citaat</p><hr/>"
    )
    text = re.sub(r"<[^>]*>", "", value)
    for marker in ("*", "_", "`", "+ ", ">", "---"):
        assert marker not in text


@pytest.mark.parametrize(
    "text",
    [
        "Wat hielp:\n- een\n  - genest\n- twee",
        "# Kop\nTekst met [link](https://example.nl)\n1. a\n2. b",
        "Eerste\nTweede\n\n    code blijft tekst\n\n---\n\nSlot",
    ],
)
def test_the_value_is_what_draftail_saves(text):
    value = markdown_to_rich_text(text)
    assert value and opened_and_saved_by_draftail(value) == value


def test_only_the_fields_features_survive():
    value = markdown_to_rich_text("**Vet**\n- een\n\n[link](https://example.nl)", features=["bold"])
    assert plain(value) == "<p><b>Vet</b></p><p>een</p><p>link</p>"


@pytest.mark.parametrize("text", ["", "   \n\n", "<script>alert(1)</script>", "<img src=x>"])
def test_nothing_left_gives_an_empty_value(text):
    assert markdown_to_rich_text(text) == ""
