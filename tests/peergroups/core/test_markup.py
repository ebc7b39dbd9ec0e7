"""The platform's Markdown: a list typed right below a line is a list; headings as each caller offers them."""

from peergroups.core.markup import render_markdown


def test_a_list_right_below_a_line_is_a_list():
    assert render_markdown("Wat hielp:\n- een\n- twee") == "<p>Wat hielp:</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>"
    assert "<ol>\n<li>eerst</li>" in render_markdown("Stappen:\n1. eerst\n2. dan")


def test_a_year_at_the_start_of_a_line_and_indented_code_stay_as_they_are():
    assert render_markdown("Het begon in\n2023. Toen") == "<p>Het begon in\n2023. Toen</p>"
    assert render_markdown("Code:\n\n    regel\n    - geen lijst") == (
        "<p>Code:</p>\n<pre><code>regel\n- geen lijst\n</code></pre>"
    )


def test_a_list_of_the_other_kind_below_a_list_starts_a_new_list():
    html = render_markdown("- een\n- twee\n1. eerst")
    assert html == "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n<ol>\n<li>eerst</li>\n</ol>"


def test_headings_keep_the_threads_levels_unless_the_caller_offers_others():
    text = "# Een\n\n### Drie\n\n##### Vijf"
    assert render_markdown(text) == "Een\n<h3>Drie</h3>\nVijf"  # a thread's own headings, as before
    assert render_markdown(text, heading_levels=(2, 3, 4)) == "<h2>Een</h2>\n<h3>Drie</h3>\n<h4>Vijf</h4>"
    assert render_markdown(text, heading_levels=()) == "<p>Een</p>\n<p>Drie</p>\n<p>Vijf</p>"
