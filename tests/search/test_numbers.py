"""The one parser of numbers from outside (search.numbers)."""

import pytest

from search.numbers import ID_MAX, parse_count, parse_id, parse_ids, parse_int, parse_page


@pytest.mark.parametrize("value", ["²", "٣", "１", "-1", "+1", "1.0", "", " ", None, "9" * 25, str(ID_MAX + 1), True])
def test_parse_id_refuses_what_is_not_a_plain_bounded_number(value):
    assert parse_id(value) is None


@pytest.mark.parametrize(("value", "expected"), [("1", 1), (" 42 ", 42), ("007", 7), (str(ID_MAX), ID_MAX), (5, 5)])
def test_parse_id_reads_ascii_digits(value, expected):
    assert parse_id(value) == expected


def test_zero_is_a_count_but_not_an_id():
    assert parse_id("0") is None
    assert parse_count("0") == 0
    assert parse_count("²", default=3) == 3


def test_parse_page_is_between_one_and_last():
    assert parse_page("²") == 1
    assert parse_page("0") == 1
    assert parse_page("9" * 25, last=7) == 1  # unreadable, not "past the end"
    assert parse_page("12", last=7) == 7
    assert parse_page("3", last=7) == 3


def test_parse_ids_keeps_order_and_drops_repeats_and_junk():
    assert parse_ids(["3", "²", "1", "3", "9" * 25]) == [3, 1]


def test_bounds():
    assert parse_int("1949", minimum=1950, maximum=2100) is None
    assert parse_int("2024", minimum=1950, maximum=2100) == 2024


def test_every_parameter_parsed_from_a_request_is_registered():
    """A view that starts reading a number from the query or a form adds its name to QUERY_PARAMETERS,
    so tests/peergroups/core/test_odd_numbers.py sends odd values under it to every view."""
    import pathlib
    import re

    from search.numbers import QUERY_PARAMETERS

    call = re.compile(r"parse_\w+\(\s*(?:request\.(?:GET|POST)|self\.data|params)\.(?:get|getlist)\(\"(\w+)\"")
    root = pathlib.Path(__file__).resolve().parents[2]
    found = set()
    for app in ("peergroups", "knowledge", "resultancy", "search", "platform_site"):
        for path in (root / app).rglob("*.py"):
            found |= set(call.findall(path.read_text(encoding="utf-8")))
    assert {"after", "leervraag", "organisatie", "message", "tak"} <= found
    assert found - QUERY_PARAMETERS == set()
