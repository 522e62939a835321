"""Salience: who a later "he said" means, and the genders the article's own pronouns show."""

from quotex.entities import find_entities
from quotex.quotes.context import QuoteContext
from quotex.quotes.speakers.salience import subject_mentions
from tests.quotes.helpers import direct_quotes, only_quote, parsed


def test_owner_of_a_relation_in_apposition_does_not_give_the_named_person_a_gender(extract):
    text = (
        "The senator spoke for an hour on Tuesday.\n\n"
        "“We will not give up on this bill,” Tom Hart said.\n\n"
        "Ann Lee, his rival, was not impressed.\n\n"
        "“He says that every year,” she said."
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart", "Ann Lee"]


def test_a_person_named_inside_a_quote_is_not_the_antecedent_of_he_said(extract):
    text = "Ms. Ann Lee opened the meeting.\n\n“It started with Mayor Tom Hart, and we kept going,” he said."
    quote = only_quote(extract(text))
    assert quote.speaker.kind == "pronoun" and quote.speaker.name is None


def subjects_named(doc):
    """The people ``subject_mentions`` finds in a one-paragraph hand-built parse."""
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    return [cluster.name for _, cluster in subject_mentions(context, find_entities(doc, []))]


def test_a_subject_the_parser_hung_on_an_auxiliary_is_still_the_subject(vocab):
    # "Ann Hart was still focused on it.": "Hart" parsed as the subject of "was"
    rows = [
        ("Ann", "PROPN", "compound", 1),
        ("Hart", "PROPN", "nsubj", 2),
        ("was", "AUX", "auxpass", 4),
        ("still", "ADV", "advmod", 4),
        ("focused", "VERB", "ROOT", 4),
        ("on", "ADP", "prep", 4),
        ("it", "PRON", "pobj", 5),
        (".", "PUNCT", "punct", 4),
    ]
    assert subjects_named(parsed(vocab, rows, [(0, 2, "PERSON")])) == ["Ann Hart"]


def test_a_name_opening_its_sentence_before_a_role_is_a_subject_even_when_parsed_as_the_root(vocab):
    # "Ann Hart, the activist, backed it": the parser made the name the root
    rows = [
        ("Ann", "PROPN", "compound", 1),
        ("Hart", "PROPN", "ROOT", 1),
        (",", "PUNCT", "punct", 1),
        ("the", "DET", "det", 4),
        ("activist", "NOUN", "appos", 1),
        (",", "PUNCT", "punct", 1),
        ("backed", "VERB", "acl", 1),
        ("it", "PRON", "dobj", 6),
        (".", "PUNCT", "punct", 1),
    ]
    assert subjects_named(parsed(vocab, rows, [(0, 2, "PERSON")])) == ["Ann Hart"]
    # ... but a name the root of a sentence without a role after it is no subject ("Ann Hart.")
    doc = parsed(
        vocab,
        [("Ann", "PROPN", "compound", 1), ("Hart", "PROPN", "ROOT", 1), (".", "PUNCT", "punct", 1)],
        [(0, 2, "PERSON")],
    )
    assert subjects_named(doc) == []
