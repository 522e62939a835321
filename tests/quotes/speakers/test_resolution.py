"""The resolution steps in order: relative pronouns, surnames and the entity a name links to."""

from tests.quotes.helpers import only_quote


def test_relative_pronoun_speaker_resolves_to_its_antecedent(extract):
    text = "Tom Hart, who called the plan “a waste of money,” left early."
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.mention.text == "who"
    assert quote.speaker.name == "Tom Hart"


def test_surname_speaker_gets_the_full_name(extract):
    text = "Tom Hart runs the ferry company.\n\n“Nobody asked us about the bridge,” Hart said."
    quote = only_quote(extract(text))
    assert quote.speaker.name == "Tom Hart"
    assert quote.speaker.mention.text == "Hart"
