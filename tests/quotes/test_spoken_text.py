"""A split quote's text reads as the speaker's words (no model needed)."""

from quotex.models import Span
from quotex.quotes.attribution import spoken_text


def _fragments(text, *pieces):
    spans, start = [], 0
    for piece in pieces:
        start = text.index(piece, start)
        spans.append(Span(piece, start, start + len(piece)))
        start += len(piece)
    return spans


def test_a_sentence_split_by_its_attribution_keeps_its_comma():
    text = "“I hold him in high esteem,” Ann Lee said, “and I fully support him.”"
    fragments = _fragments(text, "I hold him in high esteem", "and I fully support him.")
    assert spoken_text(fragments, text) == "I hold him in high esteem, and I fully support him."


def test_a_new_sentence_after_the_attribution_is_not_run_into_the_last():
    text = "“We will rebuild the bridge,” she said. “Work starts in May.”"
    fragments = _fragments(text, "We will rebuild the bridge", "Work starts in May.")
    assert spoken_text(fragments, text) == "We will rebuild the bridge. Work starts in May."


def test_a_fragment_ending_its_sentence_is_joined_as_it_is():
    text = "“Is it safe?” he asked. “Nobody knows.”"
    fragments = _fragments(text, "Is it safe?", "Nobody knows.")
    assert spoken_text(fragments, text) == "Is it safe? Nobody knows."
    assert spoken_text(fragments[:1], text) == "Is it safe?"
    text = "“He typed ‘help me.’” she said. “Then he left.”"
    fragments = _fragments(text, "He typed ‘help me.’", "Then he left.")
    assert spoken_text(fragments, text) == "He typed ‘help me.’ Then he left."


def test_a_comma_inside_an_inner_quote_ends_the_sentence_inside_it():
    text = "“We were told, ‘the money is on its way,’” said Tom Ward. “It never came.”"
    fragments = _fragments(text, "We were told, ‘the money is on its way,’", "It never came.")
    assert spoken_text(fragments, text) == "We were told, ‘the money is on its way.’ It never came."
    # a lower-case word after it goes on with the sentence: the comma stays
    text = "“We were told, ‘the money is on its way,’” said Tom Ward, “and it never came.”"
    fragments = _fragments(text, "We were told, ‘the money is on its way,’", "and it never came.")
    assert spoken_text(fragments, text) == "We were told, ‘the money is on its way,’ and it never came."
