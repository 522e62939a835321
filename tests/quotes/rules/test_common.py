"""The speaker a speech verb gives (attribute_to_cue), whatever layout found the verb."""

import pytest

from quotex.quotes.context import QuoteContext
from quotex.quotes.rules.catalogue import CUE_AFTER_QUOTE
from quotex.quotes.rules.common import attribute_to_cue
from tests.quotes.helpers import first_with_marks, parsed


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an inserted "a top aide said": the aide speaks about Ann Lee
        ("Ann Lee, a top aide said, “is very confident, very confident in the contrast” with Tom Hart.", "top aide"),
        # a comma missing after the role: still the named person
        ("“We have not been briefed,” Tom Ward, a spokesman for Ann Lee told the Post.", "Tom Ward"),
    ],
)
def test_a_role_running_into_the_speech_verb(extract, text, speaker):
    assert first_with_marks(extract(text)).speaker.name == speaker


def test_a_verb_read_as_a_reduced_relative_after_a_quote_takes_the_noun_before_it_not_the_day(vocab):
    # “…” the council member, Tom Hart, tweeted Sunday: "tweeted" parsed as "a member tweeted
    # (by someone)", with "Sunday" as its only noun on the right
    rows = [
        ("the", "DET", "det", 2),
        ("council", "NOUN", "compound", 2),
        ("member", "NOUN", "ROOT", 2),
        (",", "PUNCT", "punct", 2),
        ("Tom", "PROPN", "compound", 5),
        ("Hart", "PROPN", "appos", 2),
        (",", "PUNCT", "punct", 2),
        ("tweeted", "VERB", "acl", 2),
        ("Sunday", "PROPN", "npadvmod", 7),
    ]
    tags = ["DT", "NN", "NN", ",", "NNP", "NNP", ",", "VBN", "NNP"]
    doc = parsed(vocab, rows, [(4, 6, "PERSON"), (8, 9, "DATE")], tags)
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    found = attribute_to_cue(CUE_AFTER_QUOTE, doc[7], context, inverted=True)
    assert (found.cue.text, found.speaker.text) == ("tweeted", "member")
