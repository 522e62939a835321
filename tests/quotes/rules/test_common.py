"""The speaker a speech verb gives (attribute_to_cue), whatever layout found the verb."""

import pytest

from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import names_someone
from quotex.quotes.rules.catalogue import CUE_AFTER_QUOTE
from quotex.quotes.rules.common import attribute_to_cue
from quotex.text.marks import find_quote_spans
from tests.quotes.helpers import first_with_marks, parsed


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an inserted "a senior aide said": the aide speaks about Ann Lee
        (
            "Ann Lee, a senior aide said, “is quite certain, quite certain of the difference” with Tom Hart.",
            "senior aide",
        ),
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


def test_a_verb_parsed_with_no_subject_before_a_day_takes_the_name_before_it(vocab):
    # “We will find the truth,” Chief Ann Ruiz said Monday: the parser hung the name on the
    # quote's verb and left "said" without a subject; the day after it is when, not who
    rows = [
        ("“", "PUNCT", "punct", 3),
        ("We", "PRON", "nsubj", 3),
        ("will", "AUX", "aux", 3),
        ("find", "VERB", "ROOT", 3),
        ("the", "DET", "det", 5),
        ("truth", "NOUN", "dobj", 3),
        (",", "PUNCT", "punct", 3),
        ("”", "PUNCT", "punct", 3),
        ("Chief", "PROPN", "dobj", 3),
        ("Ann", "PROPN", "compound", 10),
        ("Ruiz", "PROPN", "appos", 8),
        ("said", "VERB", "conj", 3),
        ("Monday", "PROPN", "npadvmod", 11),
        (".", "PUNCT", "punct", 3),
    ]
    doc = parsed(vocab, rows, [(9, 11, "PERSON"), (12, 13, "DATE")])
    pairs = find_quote_spans(doc.text)
    context = QuoteContext(doc, pairs, [(0, len(doc.text))])
    found = attribute_to_cue(CUE_AFTER_QUOTE, doc[11], context, inverted=True)
    assert (found.cue.text, found.speaker.text) == ("said", "Ruiz")


def test_a_day_parsed_as_the_subject_names_no_one(vocab):
    # "Saturday at the convention Sen. Ann Lee said": the parser made the day the subject
    rows = [
        ("Saturday", "PROPN", "nsubj", 5),
        ("at", "ADP", "prep", 0),
        ("the", "DET", "det", 3),
        ("convention", "NOUN", "pobj", 1),
        ("Lee", "PROPN", "appos", 3),
        ("said", "VERB", "ROOT", 5),
    ]
    doc = parsed(vocab, rows, [(0, 1, "DATE"), (4, 5, "PERSON")])
    assert not names_someone(doc[0])
    assert names_someone(doc[4])
