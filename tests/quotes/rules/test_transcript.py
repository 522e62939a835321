"""Transcript turns: the label says who speaks (speaker_label)."""

import pytest

from tests.quotes.helpers import only_quote

TRANSCRIPT = """Mayor Ann Lee said on Sunday that the bridge “will open in May.”

Partial transcript as follows:

“TOM HART: Mayor Lee, will the bridge really open in May?

“LEE: It will, unless the river floods again.”

HART: And if it does?

LEE: Then we wait."""


def test_transcript_turns_go_to_their_labelled_speakers(extract):
    article = extract(TRANSCRIPT)
    turns = [q for q in article.quotes if q.rule == "speaker_label"]
    assert [(q.speaker.name, q.text) for q in turns] == [
        ("Tom Hart", "Mayor Lee, will the bridge really open in May?"),
        ("Ann Lee", "It will, unless the river floods again."),
        ("Tom Hart", "And if it does?"),
        ("Ann Lee", "Then we wait."),
    ]
    for quote in turns:
        assert quote.type == "direct"
        assert TRANSCRIPT[quote.speaker.mention.start : quote.speaker.mention.end] in ("TOM HART", "HART", "LEE")
    # a quote over two turns is two quotes; an unmarked turn is its own words
    assert TRANSCRIPT[turns[0].start : turns[0].end].startswith("“TOM HART:")
    assert TRANSCRIPT[turns[2].start : turns[2].end] == "And if it does?"


INTERVIEW = """Q&A with Mayor Ann Lee.

Mayor Ann Lee spent Thursday at the new bridge, where she spoke with Tom Hart of the Herald. Lee defended the cost.

Q: Will the bridge open in May?

A: It will, unless the river floods again. My staff told me to say June.

Q: And the cost?

A: Worth every penny."""


def test_interview_answers_go_to_the_person_interviewed_and_questions_to_the_interviewer(extract):
    article = extract(INTERVIEW)
    turns = [q for q in article.quotes if q.rule == "speaker_label"]
    assert [(q.speaker.name, q.speaker.kind, q.text[:12]) for q in turns] == [
        ("interviewer", "description", "Will the bri"),
        ("Ann Lee", "person", "It will, unl"),
        ("interviewer", "description", "And the cost"),
        ("Ann Lee", "person", "Worth every "),
    ]
    # speech reported within an answer is still found
    assert any(q.type == "indirect" and q.speaker.mention.text == "My staff" for q in article.quotes)


def test_words_quoted_within_an_unmarked_turn_are_part_of_it(extract):
    text = "Partial transcript as follows:\n\nTOM HART: You called the audit “a sham” on Friday. Why?\n\nANN LEE: Because it is one."
    quotes = extract(text).quotes
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("Tom Hart", "You called the audit “a sham” on Friday. Why?"),
        ("Ann Lee", "Because it is one."),
    ]


def test_a_post_embedded_in_a_page_is_its_author_s_quote(extract):
    text = (
        "The senator reacted on social media.\n\n"
        "Tonight's vote shows we can still work together. Proud of my colleagues. "
        "— Ann Lee (@annlee) March 3, 2024\n\n"
        "Others were less pleased."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.text == "Tonight's vote shows we can still work together. Proud of my colleagues."
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # its own marks make it a quote already: one quote, not two
        "“We did it.” — Ann Lee (@annlee) March 3, 2024",
        # a dash and a name with no handle and date: no post
        "The vote went ahead — Ann Lee, the chair, abstained.",
    ],
)
def test_no_post_without_its_author_s_handle_and_date_or_twice(extract, text):
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.text for q in quotes] in ([], ["We did it."])


def test_an_embedded_post_signed_in_a_paragraph_of_its_own_after_its_link(extract):
    # how a page's text keeps a post's blockquote: its words and link, then the signature
    text = (
        "The senator reacted on social media.\n\n"
        "Tonight's vote shows we can still work together. pic.twitter.com/abc\n\n"
        "— Ann Lee (@annlee) March 3, 2024\n\n"
        "Others were less pleased."
    )
    quote = only_quote(extract(text), "direct")
    assert (quote.text, quote.speaker.name) == ("Tonight's vote shows we can still work together.", "Ann Lee")
