"""Headline layouts: a name and a colon before the quote (headline_colon)."""


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
