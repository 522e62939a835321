"""Which mention of its speaker a quote gives: the reporting clause's subject, the nearest one."""

import pytest


@pytest.mark.parametrize(
    "text, reporting",
    [
        (
            "Ann Lee opened the meeting on Monday. She said she told the council, “This bridge will never open.”",
            "She said",
        ),
        ("Ann Lee opened the meeting on Monday. She described the plan as “a disgrace,” she said.", "she said"),
        (
            "Tom Hart opened the session. He says he would release the files on Friday, calling them “boring.”",
            "He says",
        ),
    ],
)
def test_same_persons_report_gives_the_reporting_subject(extract, text, reporting):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.name == text.split(" opened")[0]
    assert quote.speaker.mention.start == text.index(reporting)
    assert quote.cue.text == reporting.split()[1]


def test_a_speech_verb_attributing_its_own_quote_is_not_a_report_of_the_one_before(extract):
    article = extract(
        'Ann Lee spoke in Salem.\n\n"The bridge is late," she said, but despite the delays, "we will open it in'
        ' May," said Lee, who leads the council.'
    )
    first = article.quotes[0]
    assert first.text == "The bridge is late" and first.speaker.name == "Ann Lee"
    assert first.speaker.mention.text == "she"


def test_carried_quote_gets_the_nearest_mention_of_its_speaker(extract):
    text = "“We are going to fix the bridge,” Tom Hart said. He then had one more question for the voters.\n\n“Who will pay for it?”"
    carried = extract(text).quotes[1]
    assert carried.rule == "continuation" and carried.speaker.name == "Tom Hart"
    assert carried.speaker.mention.start == text.index("He then")


SAID_SHE_WOULD_CONSIDER = [
    ("Lee", "PROPN", "nsubj", 1),
    ("said", "VERB", "ROOT", 1),
    ("she", "PRON", "nsubj", 4),
    ("would", "AUX", "aux", 4),
    ("consider", "VERB", "ccomp", 1),
    ("closing", "VERB", "xcomp", 4),
    ("the", "DET", "det", 7),
    ("bridge", "NOUN", "dobj", 5),
    (".", "PUNCT", "punct", 1),
]
CONSIDER_CLOSING_SHE_SAID = [
    ("She", "PRON", "nsubj", 2),
    ("would", "AUX", "aux", 2),
    ("consider", "VERB", "ccomp", 7),
    ("closing", "VERB", "xcomp", 2),
    ("the", "DET", "det", 5),
    ("bridge", "NOUN", "dobj", 3),
    (",", "PUNCT", "punct", 7),
    ("said", "VERB", "ROOT", 7),
    ("Lee", "PROPN", "nsubj", 7),
    (".", "PUNCT", "punct", 7),
]


@pytest.mark.parametrize(
    "rows, inner_cue, outer_cue, expected",
    [
        # "Lee said she would consider closing the bridge": given to "said", the report is
        # the clause "said" reports, not "consider"'s object alone
        (SAID_SHE_WOULD_CONSIDER, 4, 1, "she would consider closing the bridge"),
        # the clause before the verb that reports it: nothing to take in after the verb
        (CONSIDER_CLOSING_SHE_SAID, 2, 7, "closing the bridge"),
    ],
)
def test_a_report_lifted_to_the_verb_that_reports_it_takes_that_verbs_clause(
    vocab, rows, inner_cue, outer_cue, expected
):
    from quotex.quotes.context import QuoteContext
    from quotex.quotes.records import QuoteDraft
    from quotex.quotes.rules.catalogue import REPORTED_CLAUSE
    from quotex.quotes.speakers.mentions import _widen_to_clause
    from tests.quotes.helpers import parsed

    doc = parsed(vocab, rows)
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    closing = next(token for token in doc if token.text == "closing")
    content = (closing.idx, doc[closing.i + 2].idx + len("bridge"))
    draft = QuoteDraft([], "indirect", REPORTED_CLAUSE, doc[inner_cue], extra_fragments=[content])
    _widen_to_clause(context, draft, doc[outer_cue])
    start, end = draft.report_range
    assert doc.text[start:end] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its forces had struck military targets.",
        "Russia's defence ministry said its forces had struck “military-industrial facilities”.",
    ],
)
def test_a_body_the_model_tagged_in_lower_case_keeps_whose_it_is(extract, text):
    (quote,) = extract(text).quotes
    assert quote.speaker.name == "Russia's defence ministry"


def test_a_phrase_set_off_after_a_name_in_apposition_is_no_part_of_the_speaker(extract):
    (quote,) = extract('"We will not give up," said the mayor, Pedro Ruiz, at a press conference.').quotes
    assert quote.speaker.name == "Pedro Ruiz"
    assert "conference" not in quote.speaker.mention.text


def test_a_speaker_s_name_the_model_ran_over_a_line_break_ends_before_it(extract):
    quote = extract("Plan is 'a disaster', says Holt\n\nDerek Holt said the scheme had failed.").quotes[0]
    assert quote.speaker.mention.text == "Holt"
