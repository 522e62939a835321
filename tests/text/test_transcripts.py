"""Transcript speaker labels and turns, on the raw text (no model)."""

import pytest

from quotex.text.marks import find_quote_spans, split_paragraphs
from quotex.text.transcripts import find_speaker_labels, split_at_turns, turn_of

INTERVIEW = (
    "On Sunday the governor spoke to the host.\n\n"
    "Partial transcript as follows:\n\n"
    "ANN LEE: Will the bridge open in May?\n\n"
    "MR. HART: It will, unless the river floods again.\n\n"
    "LEE: And if it does?"
)


def labels_of(text):
    return find_speaker_labels(text, split_paragraphs(text))


def test_labels_name_the_speaker_without_title_or_colon():
    labels = labels_of(INTERVIEW)
    assert [(label.text, label.gender, label.marked) for label in labels] == [
        ("ANN LEE", None, False),
        ("HART", "m", False),
        ("LEE", None, False),
    ]
    for label in labels:
        assert INTERVIEW[label.start : label.end] == label.text
        assert INTERVIEW[label.words_start - 2 : label.words_start] == ": "


def test_a_label_leaves_out_any_title_the_entities_know():
    text = (
        "The debate turned to trade.\n\nSECRETARY CLINTON: We need to stand up to China.\n\n"
        "MAYOR TOM HART: That is what you said in 2008.\n\nREV. ANN LEE: Let us pray."
    )
    assert [label.text for label in labels_of(text)] == ["CLINTON", "TOM HART", "ANN LEE"]


@pytest.mark.parametrize(
    "text",
    [
        # one labelled paragraph is a heading, not a transcript
        "ANN LEE: Will the bridge open in May?\n\nThe mayor said it would.",
        # headings in capitals, however many
        "UPDATE: The bridge opened.\n\nCORRECTION: An earlier version misspelled a name.",
        "STAT OF THE WEEK: 43 bridges.\n\nEDITOR'S NOTE: Figures from the state.",
        # datelines
        "WASHINGTON: The Senate voted on Tuesday.\n\nNEW YORK: The markets fell.",
        # a FAQ's questions and answers are the paper's own: no interview is introduced
        "What the new bridge means for you.\n\nQ: Will the bridge open?\n\nA: In May.\n\nQ. Is it safe?\n\nA. Yes.",
        # a colon inside a sentence in capitals is not a label
        "Ann Lee said: it will open.\n\nTom Hart said: it will not.",
    ],
)
def test_headings_and_single_labels_are_not_a_transcript(text):
    assert labels_of(text) == []


def test_quote_over_several_turns_is_split_at_each_label():
    text = "Transcript as follows:\n\n“LEE: Will it open?\n\n“HART: It will.\n\n“It is safe.”\n\n“LEE: Good.”"
    paragraphs = split_paragraphs(text)
    labels = find_speaker_labels(text, paragraphs)
    pairs = split_at_turns(find_quote_spans(text, paragraphs), labels, text)
    assert [text[p.start : p.end] for p in pairs] == [
        "“LEE: Will it open?",
        "“HART: It will.\n\n“It is safe.”",
        "“LEE: Good.”",
    ]
    turns = [turn_of(labels, pair) for pair in pairs]
    assert [label.text for label, _ in turns] == ["LEE", "HART", "LEE"]
    # the label is not part of the speaker's words
    assert [[text[a:b] for a, b in words.pieces] for _, words in turns] == [
        ["Will it open?"],
        ["It will.", "It is safe."],
        ["Good."],
    ]


def test_quotes_outside_a_transcript_are_left_whole():
    text = "“The bridge will open,” Lee said.\n\n“It is safe.\n\n“It is ready.”"
    paragraphs = split_paragraphs(text)
    pairs = find_quote_spans(text, paragraphs)
    assert split_at_turns(pairs, find_speaker_labels(text, paragraphs), text) == pairs


def test_an_introduced_interview_has_question_and_answer_turns():
    text = "Mayor Ann Lee spoke with reporters on Friday.\n\nQ: Will the bridge open?\n\nA. In May.\n\nQ: Why?"
    labels = labels_of(text)
    assert [(label.text, label.names_someone, text[label.words_start :][:5]) for label in labels] == [
        ("Q", False, "Will "),
        ("A", False, "In Ma"),
        ("Q", False, "Why?"),
    ]


def test_a_party_or_role_after_the_name_is_not_part_of_it():
    text = "Transcript:\n\nSEN. ANN LEE (D-OH): The bridge is safe.\n\nTOM HART (R), STATE SENATOR: It is not."
    assert [(label.text, text[label.words_start :][:4]) for label in labels_of(text)] == [
        ("ANN LEE", "The "),
        ("TOM HART", "It i"),
    ]


TITLE_CASE_EXCHANGE = (
    "On the panel, Tom Hart and Ann Lee argued about the bridge.\n\n"
    "Hart: The bridge will cost twice what the council says.\n\n"
    "Lee: That is simply not true, and you know it.\n\n"
    "Hart: Then show us the numbers.\n\n"
    "Ann Lee: They are on the city's website for anyone to read."
)


def test_title_case_labels_are_turns_when_speakers_take_turns():
    labels = labels_of(TITLE_CASE_EXCHANGE)
    assert [label.text for label in labels] == ["Hart", "Lee", "Hart", "Ann Lee"]
    assert all(TITLE_CASE_EXCHANGE[label.words_start - 2 : label.words_start] == ": " for label in labels)


def test_a_title_case_label_leaves_its_honorific_out_and_keeps_its_gender():
    labels = labels_of(TITLE_CASE_EXCHANGE.replace("Lee: That", "Ms. Lee: That"))
    assert [(label.text, label.gender) for label in labels][1] == ("Lee", "f")


@pytest.mark.parametrize(
    "text",
    [
        # a list of headings in the same layout names each once
        "Sanders: Win in a walk.\n\nClinton: Keep it close here.\n\nTrump: Move past Iowa now.\n\nRubio: Finish second.",
        # a tally has no words after the colon
        "Clinton: 1,769.\n\nSanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.",
        # headings and places, however often
        "Update: The bridge opened.\n\nWashington: The vote passed.\n\nUpdate: It closed again.\n\nWashington: It failed.",
    ],
)
def test_title_case_headings_lists_and_tallies_are_not_a_transcript(text):
    assert labels_of(text) == []
