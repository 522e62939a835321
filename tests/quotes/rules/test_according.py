"""A source named with "according to" or "per" (according_to)."""


def test_per_names_a_source_only_right_after_the_quote(extract):
    (quote,) = extract("“The bridge will open in May,” per a statement from the town hall.").quotes
    assert (quote.rule, quote.cue.text, quote.speaker.kind) == ("according_to", "per", "description")
    (quote,) = extract("“You will pay three dollars and fifty cents each way,” per crossing.").quotes
    assert quote.rule == "unattributed"
