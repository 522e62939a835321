"""Headline layouts: a name and a colon before the quote (headline_colon)."""

from tests.quotes.helpers import only_quote


def test_name_and_colon_after_a_quote_starts_the_next_speakers_quote(extract):
    text = (
        "Tom Hart and Ann Lee reject the plan.\n\n"
        "Hart: “Our goal is not to contain the flood but to stop it.” Lee: “The mission is to stop the flood.”"
    )
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [(q.text[:8], q.speaker.name) for q in quotes] == [("Our goal", "Tom Hart"), ("The miss", "Ann Lee")]


def test_headline_name_on_topic_colon_names_the_speaker(extract):
    text = "Hart on Lee Releasing Her Bridge Plan: ‘I Think She Will.’\n\nOn Friday, Tom Hart spoke on the radio."
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.rule == "headline_colon" and quote.speaker.name == "Tom Hart"


def test_a_wire_round_up_s_section_labels_are_no_speakers(extract):
    text = (
        "Stocks fell on Wall Street on Monday.\n\n"
        "ENERGY: Benchmark U.S. crude oil fell 42 cents to $80.12 a barrel in New York.\n\n"
        "CURRENCIES: The dollar rose to 151.20 Japanese yen from 150.50 yen.\n\n"
        "CHINA MANUFACTURING: A survey showed factory activity weakened in October."
    )
    quotes = extract(text).quotes
    assert not [q for q in quotes if q.type != "indirect"]
    assert all(
        q.speaker is None or q.speaker.name not in ("Energy", "Currencies", "China Manufacturing") for q in quotes
    )


def test_a_heading_s_label_before_a_quote_is_no_speaker(extract):
    quote = only_quote(extract("WATCH: ‘We will never give up,’ says the mayor."), "direct")
    assert quote.speaker.mention.text == "the mayor" and quote.cue.text == "says"
