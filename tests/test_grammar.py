"""Parse helpers of the quote rules on hand-built parses (no trained pipeline needed)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from quotex.entities import find_entities
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import speaker_of
from quotex.quotes.rules.after_quote import _subject_of_verb_tagged_noun
from quotex.quotes.rules.catalogue import CUE_AFTER_QUOTE
from quotex.quotes.rules.common import attribute_to_cue
from quotex.quotes.speakers.salience import subject_mentions


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, rows, ents=(), tags=None):
    """rows: (word, pos, dep, head index); ents: (start, end, label); tags: fine-grained tags."""
    words, pos, deps, heads = zip(*rows, strict=True)
    doc = Doc(vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads), tags=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(
    "rows, ents",
    [
        # "Saturday Ann Lee said ...": a misparse with two subjects; the day sits next to the verb
        (
            [
                ("Ann", "PROPN", "compound", 1),
                ("Lee", "PROPN", "nsubj", 3),
                ("Saturday", "PROPN", "nsubj", 3),
                ("said", "VERB", "ROOT", 3),
            ],
            [(0, 2, "PERSON"), (2, 3, "DATE")],
        ),
        # "Of Carson, Levine said ...": the parser took "Of" for the subject
        (
            [
                ("Lee", "PROPN", "nsubj", 3),
                (",", "PUNCT", "punct", 3),
                ("of", "ADP", "nsubj", 3),
                ("said", "VERB", "ROOT", 3),
            ],
            [],
        ),
    ],
)
def test_a_word_the_parser_made_a_subject_by_mistake_does_not_speak(vocab, rows, ents):
    doc = parsed(vocab, rows, ents)
    assert speaker_of(doc[3]).text == "Lee"


def test_an_age_tagged_as_a_date_still_speaks(vocab):
    doc = parsed(
        vocab,
        [("the", "DET", "det", 1), ("46-year-old", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2)],
        [(1, 2, "DATE")],
    )
    assert speaker_of(doc[2]).text == "46-year-old"


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


def subjects_named(doc):
    """The people ``subject_mentions`` finds in a one-paragraph hand-built parse."""
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    return [cluster.name for _, cluster in subject_mentions(context, find_entities(doc, []))]


def test_a_subject_the_parser_hung_on_an_auxiliary_is_still_the_subject(vocab):
    # "Ann Hart was still focused on it.": "Hart" parsed as the subject of "was"
    rows = [
        ("Ann", "PROPN", "compound", 1),
        ("Hart", "PROPN", "nsubj", 2),
        ("was", "AUX", "auxpass", 4),
        ("still", "ADV", "advmod", 4),
        ("focused", "VERB", "ROOT", 4),
        ("on", "ADP", "prep", 4),
        ("it", "PRON", "pobj", 5),
        (".", "PUNCT", "punct", 4),
    ]
    assert subjects_named(parsed(vocab, rows, [(0, 2, "PERSON")])) == ["Ann Hart"]


def test_a_name_opening_its_sentence_before_a_role_is_a_subject_even_when_parsed_as_the_root(vocab):
    # "Ann Hart, the activist, backed it": the parser made the name the root
    rows = [
        ("Ann", "PROPN", "compound", 1),
        ("Hart", "PROPN", "ROOT", 1),
        (",", "PUNCT", "punct", 1),
        ("the", "DET", "det", 4),
        ("activist", "NOUN", "appos", 1),
        (",", "PUNCT", "punct", 1),
        ("backed", "VERB", "acl", 1),
        ("it", "PRON", "dobj", 6),
        (".", "PUNCT", "punct", 1),
    ]
    assert subjects_named(parsed(vocab, rows, [(0, 2, "PERSON")])) == ["Ann Hart"]
    # ... but a name the root of a sentence without a role after it is no subject ("Ann Hart.")
    doc = parsed(
        vocab,
        [("Ann", "PROPN", "compound", 1), ("Hart", "PROPN", "ROOT", 1), (".", "PUNCT", "punct", 1)],
        [(0, 2, "PERSON")],
    )
    assert subjects_named(doc) == []


@pytest.mark.parametrize(
    "words, pos, expected",
    [
        # "the Saudis state in the paper": "state" tagged as a noun is the speech verb
        (["the", "Saudis", "state", "in", "the", "paper"], ["DET", "PROPN", "NOUN", "ADP", "DET", "NOUN"], "Saudis"),
        (["the", "auditors", "note", "."], ["DET", "NOUN", "NOUN", "PUNCT"], "auditors"),
        # a noun after it: a compound ("the state legislature")
        (["the", "state", "legislature", "voted"], ["DET", "NOUN", "NOUN", "VERB"], None),
        # a verb after it: the noun is the subject of that verb ("the state said")
        (["the", "state", "said", "."], ["DET", "NOUN", "VERB", "PUNCT"], None),
        # "the state of the union"
        (["the", "union", "state", "of", "play"], ["DET", "NOUN", "NOUN", "ADP", "NOUN"], None),
    ],
)
def test_a_speech_verb_tagged_as_a_noun_after_a_quote_takes_the_noun_phrase_before_it(vocab, words, pos, expected):
    doc = Doc(vocab, words=words, pos=pos, lemmas=[w.lower().rstrip("s") if w != "Saudis" else w for w in words])
    window = list(doc)
    subjects = [_subject_of_verb_tagged_noun(token, window) for token in window[:4]]
    found = [s.text for s in subjects if s is not None]
    assert found == ([expected] if expected else [])
