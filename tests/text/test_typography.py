"""Typographic facts: dashes, and the headline a story opens with."""

import pytest

from quotex.text.typography import is_dash, opening_headline


@pytest.mark.parametrize(("text", "dash"), [("—", True), ("―", True), ("--", True), ("well-known", False), ("", False)])
def test_a_dash_is_a_token_of_dashes_only(text, dash):
    assert is_dash(text) is dash


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Premier rules out snap election\n\nVictorian Premier Jo Kim said …", "Premier rules out snap election"),
        ("  Mayor vows to fix potholes \nThe mayor said …", "Mayor vows to fix potholes"),
        # a passage of one line, a first sentence, a lone word, a line too long for a headline
        ("Premier rules out snap election", None),
        ("The Premier ruled out an election.\n\nShe said …", None),
        ("Wildfire\n\nThe fire spread.", None),
        (" ".join(["word"] * 16) + "\n\nMore.", None),
        # an abbreviation's full stop is a full stop too
        ("U.S. shares slide\n\nShares fell.", None),
    ],
)
def test_the_opening_headline_is_a_short_first_line_with_no_full_stop(text, headline):
    found = opening_headline(text)
    assert (text[found[0] : found[1]] if found else None) == headline
