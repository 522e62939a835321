"""Reported speech: indirect quotes and words quoted inside them (within_report)."""

import pytest

from tests.quotes.helpers import only_quote


def test_indirect_quote_has_speaker_cue_and_clause(extract):
    text = "Ann Lee said that the bridge would open in May."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that the bridge would open in May"
    assert quote.speaker.name == "Ann Lee"
    assert quote.cue.text == "said"


@pytest.mark.parametrize(
    "text, reports",
    [
        (
            "Ann Lee refused to admit any wrongdoing on the council's part.",
            ["to admit any wrongdoing on the council's part"],
        ),
        ("Tom Hart said he believes the bridge is safe.", ["he believes the bridge is safe"]),
        # someone else's claim inside a report is a report of its own
        (
            "Ann Lee said Tom Hart claimed the bridge was safe.",
            ["Tom Hart claimed the bridge was safe", "the bridge was safe"],
        ),
    ],
)
def test_a_report_inside_a_report_by_the_same_speaker_is_not_repeated(extract, text, reports):
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == reports


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee responded on Twitter.",
        "The mayor responded on Friday.",
        "The figures were released on Tuesday.",
        "The mayor's support over the past year has grown.",
        "Lee's comments on Friday drew anger.",
    ],
)
def test_a_time_or_a_medium_is_not_reported_content(extract, text):
    assert [q.text for q in extract(text).quotes] == []


def test_embedded_question_is_not_an_indirect_quote(extract):
    article = extract("Ann Lee did not reveal how many lorries would use the bridge.")
    assert [q for q in article.quotes if q.type == "indirect"] == []


def test_passive_report_without_agent_is_indirect_with_no_speaker(extract):
    quote = only_quote(extract("Residents were told that the bridge would close in May."), "indirect")
    assert quote.speaker is None
    assert quote.text.endswith("the bridge would close in May") and quote.cue.text == "told"


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "In granting the group a right to discovery in February, a federal judge determined that the "
            "council’s handling of the records was “a mess” from the start.",
            "federal judge",
            "a mess",
        ),
        ("Tom Hart assumed the group was “pro-bridge” because of its name.", "Tom Hart", "pro-bridge"),
    ],
)
def test_words_quoted_inside_reported_speech_are_the_reported_speakers(extract, text, speaker, words):
    article = extract(text)
    quote = only_quote(article, "partial")
    assert (quote.rule, quote.speaker.name, quote.text) == ("within_report", speaker, words)
    assert [q for q in article.quotes if q.type == "indirect"] == []  # the report is that quote now
    assert article.terms == []


def test_title_inside_reported_speech_stays_a_term(extract):
    article = extract("Ann Lee believes she watched “Morning Joe” every day last year.")
    assert [(term.text, term.reason) for term in article.terms] == [("Morning Joe", "title_or_name")]
