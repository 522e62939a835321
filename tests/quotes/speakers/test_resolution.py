"""The resolution steps in order: relative pronouns, surnames and the entity a name links to."""

import pytest

from tests.quotes.helpers import only_quote, parsed


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


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("“We are leaving,” Ann Lee and Tom Ward said in a statement.", ["Ann Lee", "Tom Ward"]),
        (
            "Ann Lee, Tom Ward and the Springfield Council said the bridge would open in May.",
            ["Ann Lee", "Tom Ward", "Springfield Council"],
        ),
    ],
)
def test_a_joint_statement_has_every_speaker(extract, text, members):
    article = extract(text)
    (quote,) = article.quotes
    assert [member.name for member in quote.speaker.members] == members
    assert quote.speaker.name == members[0]
    assert {speaker.name: speaker.quotes for speaker in article.speakers} == dict.fromkeys(members, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the bridge would open, and Tom Ward agreed.",
        "Ann Lee, Tom Ward's wife, said the bridge would open in May.",
    ],
)
def test_one_speaker_has_no_members(extract, text):
    quote = next(q for q in extract(text).quotes if q.speaker.name == "Ann Lee")
    assert quote.speaker.members == []


def test_a_relative_clause_has_its_own_speaker(extract):
    text = "The pact was opposed by Tom Ward and Ann Lee, who says it is “disastrous.”"
    quote = next(q for q in extract(text).quotes if q.type == "partial")
    assert quote.speaker.members == []  # "who says" is one person's


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee wrote a memoir last year. Her memoir says the bridge was never safe.",
        "Ann Lee ran the council for years. According to her plan, the bridge would open in May.",
        "According to Ann Lee's memoir, the bridge was never safe.",
    ],
)
def test_a_document_speaks_for_its_owner_named_or_a_pronoun(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == "Ann Lee"


def test_a_document_of_a_pronoun_with_no_one_to_refer_to_stays_a_description(extract):
    quote = only_quote(extract("Ann Lee ran the council. His memoir says the bridge was never safe."), "indirect")
    assert quote.speaker.kind == "description" and quote.speaker.name == "His memoir"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Maddox", True),  # the one person of that name, tagged in the sentence before
        ("King", False),  # a title alone may be anyone's ("the King said")
    ],
)
def test_a_name_the_model_tagged_only_elsewhere_is_that_one_person(vocab, name, person):
    # "Maddox spoke on Monday . Maddox said that the plan failed .", the model tagging the
    # first "Maddox" only
    from quotex.extract import extract_article
    from quotex.readers import Source

    rows = [
        (name, "PROPN", "nsubj", 1),
        ("spoke", "VERB", "ROOT", 1),
        ("on", "ADP", "prep", 1),
        ("Monday", "PROPN", "pobj", 2),
        (".", "PUNCT", "punct", 1),
        (name, "PROPN", "nsubj", 6),
        ("said", "VERB", "ROOT", 6),
        ("that", "SCONJ", "mark", 10),
        ("the", "DET", "det", 9),
        ("plan", "NOUN", "nsubj", 10),
        ("failed", "VERB", "ccomp", 6),
        (".", "PUNCT", "punct", 6),
    ]
    tags = ["NNP", "VBD", "IN", "NNP", ".", "NNP", "VBD", "IN", "DT", "NN", "VBD", "."]
    lemmas = [word.lower() for word, *_ in rows]
    lemmas[6], lemmas[10] = "say", "fail"
    doc = parsed(vocab, rows, ents=[(0, 1, "PERSON")], tags=tags, lemmas=lemmas)
    (quote,) = extract_article(doc, Source("maddox", None, doc.text)).quotes
    assert quote.speaker.name == name
    assert (quote.speaker.kind == "person") is person
