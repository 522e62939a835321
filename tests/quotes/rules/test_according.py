"""A source named with "according to" or "per" (according_to)."""

import pytest

from tests.quotes.helpers import only_quote


def test_per_names_a_source_only_right_after_the_quote(extract):
    (quote,) = extract("“The bridge will open in May,” per a statement from the town hall.").quotes
    assert (quote.rule, quote.cue.text, quote.speaker.kind) == ("according_to", "per", "description")
    (quote,) = extract("“You will pay three dollars and fifty cents each way,” per crossing.").quotes
    assert quote.rule == "unattributed"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The deal is off, per two sources familiar with the talks.", "two sources", "The deal is off"),
        (
            "Per the council's report, the plant will close in May.",
            "the council's report",
            "the plant will close in May",
        ),
    ],
)
def test_per_at_either_end_of_a_sentence_names_its_source(extract, text, source, content):
    quote = only_quote(extract(text), "indirect")
    assert (quote.speaker.mention.text, quote.text, quote.indirect_kind) == (source, content, "speech")


def test_per_as_a_rate_names_no_one(extract):
    assert extract("Petrol now costs $3 per gallon, up from $2 per gallon in May.").quotes == []
