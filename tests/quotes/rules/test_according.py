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


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("In the words of Ann Lee, “the bridge is a disgrace.”", "the bridge is a disgrace.", "Ann Lee"),
        ("The bridge, in Ann Lee's words, is “a disgrace to the city.”", "a disgrace to the city.", "Ann Lee"),
        (
            "The fair was held in Springfield because, in Forbes’ words, “no town has more traders per head.”",
            "no town has more traders per head.",
            "Forbes",
        ),
    ],
)
def test_in_someone_s_words_names_whose_words_they_are(extract, text, words, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert (quote.text, quote.speaker.mention.text) == (words, speaker)


def test_in_other_words_names_no_one(extract):
    article = extract("In other words, the bridge is “a disgrace to the city.”")
    assert all(q.speaker is None or q.speaker.name is None for q in article.quotes)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # numbers speak for whoever published them
        ("According to figures from the Office for National Statistics, prices rose by 3% in May.", "Office"),
        ("According to data from the city council, bus journeys fell by a fifth last year.", "council"),
    ],
)
def test_according_to_figures_from_a_body_is_the_body(extract, text, source):
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert source in quote.speaker.mention.text


def test_senior_figures_from_a_party_are_people(extract):
    text = "Senior figures from the party said the leader would not resign before the summer."
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert "figures" in quote.speaker.mention.text


def test_a_body_s_data_speaks_for_the_body(extract):
    text = "The FBI published its annual report on Monday. According to FBI data, murders rose by 10% in 2015."
    quote = next(q for q in extract(text).quotes if q.type == "indirect" and q.text.startswith("murders"))
    assert quote.speaker.name == "FBI"


def test_new_figures_from_a_body_are_the_body_s_but_some_figures_are_people(extract):
    text = "According to new figures from the Office for National Statistics, prices rose by 3% in the year to May."
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert "Office for National Statistics" in quote.speaker.mention.text
    text = "Some figures from the party said the leader should quit before the summer recess."
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert quote.speaker.mention.text == "Some figures"
