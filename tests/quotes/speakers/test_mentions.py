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
    text = (
        "“We are going to build a wall,” Tom Hart said. He then had a question for the crowd.\n\n“Who will pay for it?”"
    )
    carried = extract(text).quotes[1]
    assert carried.rule == "continuation" and carried.speaker.name == "Tom Hart"
    assert carried.speaker.mention.start == text.index("He then")
