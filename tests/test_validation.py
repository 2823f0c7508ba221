"""The API's known rules are checked before anything is sent."""

from __future__ import annotations

import re

import pytest

from everruns import ValidationError
from everruns._validation import (
    check_id,
    check_one_of,
    check_range,
    check_segment,
    check_slug,
    check_text,
    new_id,
)

HEX = "0123456789abcdef" * 2


@pytest.mark.parametrize("name", ["a", "support-bot", "v2-agent-3", "x" * 64])
def test_slugs_that_pass(name: str) -> None:
    assert check_slug(name, "name") == name


@pytest.mark.parametrize("name", ["", "Support", "a--b", "-a", "a-", "a_b", "a b", "é", "x" * 65])
def test_slugs_that_fail_name_the_argument(name: str) -> None:
    with pytest.raises(ValidationError, match="name must be a slug") as caught:
        check_slug(name, "name")
    assert caught.value.field == "name"


def test_ids_have_their_prefix_and_32_lowercase_hex_digits() -> None:
    assert check_id(f"agent_{HEX}", "agent", "agent_id") == f"agent_{HEX}"
    for bad in (f"session_{HEX}", f"agent_{HEX.upper()}", f"agent_{HEX[:-1]}", f"agent_{HEX}0", "../x", "a/b"):
        with pytest.raises(ValidationError, match="agent_id must look like agent_"):
            check_id(bad, "agent", "agent_id")


@pytest.mark.parametrize("segment", ["", ".", ".."])
def test_path_segments_refuse_only_what_url_normalisation_would_resolve(segment: str) -> None:
    with pytest.raises(ValidationError):
        check_segment(segment, "path")


def test_other_path_segments_pass_for_percent_encoding() -> None:
    assert check_segment("a/b", "name") == "a/b"
    assert check_segment("...", "name") == "..."


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="text cannot be empty"):
        check_text(text, "text")


def test_two_ways_to_name_a_thing_are_exclusive() -> None:
    check_one_of("harness_id", None, "harness_name", "generic")
    check_one_of("harness_id", "harness_x", "harness_name", None)
    with pytest.raises(ValidationError, match="harness_id or harness_name, not both"):
        check_one_of("harness_id", "harness_x", "harness_name", "generic")


def test_ranges() -> None:
    assert check_range(None, "limit", minimum=1, maximum=100) is None
    assert check_range(100, "limit", minimum=1, maximum=100) == 100
    for bad in (0, 101, True, 2.5):
        with pytest.raises(ValidationError, match="limit must be an integer between 1 and 100"):
            check_range(bad, "limit", minimum=1, maximum=100)  # type: ignore[arg-type]


def test_new_ids_are_random_and_well_formed() -> None:
    first, second = new_id("agent"), new_id("agent")
    assert re.fullmatch(r"agent_[0-9a-f]{32}", first)
    assert first != second
