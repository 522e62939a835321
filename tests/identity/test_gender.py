"""Gender decisions: which clue wins (pure logic on hand-made clues), and the clues the
article's words give (real pipeline)."""

import pytest

from quotex.identity.gender import Clue, decide


def clue(kind, gender, at=0):
    return Clue(kind, gender, "x", at, at + 1)


def test_honorific_beats_pronouns_and_first_name():
    found = decide([clue("pronoun", "m"), clue("pronoun", "m"), clue("honorific", "f", 5), clue("first_name", "m")])
    assert found is not None and found.gender == "f" and found.kind == "honorific"


def test_pronouns_decide_by_majority_and_report_the_first_of_the_winner():
    found = decide([clue("pronoun", "f", 1), clue("pronoun", "m", 2), clue("pronoun", "m", 3)])
    assert found is not None and (found.gender, found.start) == ("m", 2)


def test_a_tie_leaves_gender_unknown_even_with_a_first_name():
    assert decide([clue("pronoun", "f"), clue("pronoun", "m"), clue("first_name", "f")]) is None


def test_first_name_only_when_the_article_shows_nothing():
    found = decide([clue("first_name", "f")])
    assert found is not None and found.kind == "first_name"
    assert decide([]) is None


def person(article, name):
    (found,) = [p for p in article.people if p.name == name]
    return found


@pytest.mark.parametrize(
    ("text", "name", "gender", "kind", "evidence"),
    [
        (
            "Mrs Kowalczyk spoke to reporters on Monday. The council met later.",
            "Kowalczyk",
            "female",
            "honorific",
            "Mrs",
        ),
        ("The mother, Robin Achterberg, wept in court on Friday.", "Robin Achterberg", "female", "noun", "mother"),
        ("Robin Achterberg said she would appeal the ruling.", "Robin Achterberg", "female", "pronoun", "she"),
        (
            "“We will appeal,” said Robin Achterberg. “The ruling was wrong,” he added.",
            "Robin Achterberg",
            "male",
            "pronoun",
            "he",
        ),
        ("Thomas Achterberg attended the meeting on Monday.", "Thomas Achterberg", "male", "first_name", "Thomas"),
        # a pronoun after the name that a clear first name contradicts is someone else's
        (
            "Senator Ann Lee spoke in Dayton. Later, Governor Thomas Achterberg echoed her message.",
            "Thomas Achterberg",
            "male",
            "first_name",
            "Thomas",
        ),
        # a parent with a count of children
        (
            "“There were no fighters here,” said Umm Ahmad, a mother of five who lives nearby.",
            "Umm Ahmad",
            "female",
            "noun",
            "mother",
        ),
        # a title only one gender holds
        ("Pope Gregory Achterberg prayed for peace on Sunday.", "Gregory Achterberg", "male", "noun", "Pope"),
        (
            "Robin Achterberg called the plan “a disgrace that he should fix.” She then left the room.",
            "Robin Achterberg",
            "female",
            "pronoun",
            "She",
        ),
    ],
)
def test_gender_comes_with_the_words_that_show_it(extract, text, name, gender, kind, evidence):
    found = person(extract(text), name)
    assert found.gender == gender
    assert found.gender_evidence.kind == kind
    assert text[found.gender_evidence.start : found.gender_evidence.end] == evidence


def test_no_evidence_no_gender(extract):
    found = person(extract("Robin Achterberg attended the meeting on Monday."), "Robin Achterberg")
    assert found.gender is None and found.gender_evidence is None


def test_a_pronoun_inside_a_quote_is_not_evidence(extract):
    text = "Robin Achterberg spoke on Monday. “She never called,” Achterberg said of the mayor."
    assert person(extract(text), "Robin Achterberg").gender is None


def test_a_pronoun_after_a_newspaper_the_model_took_for_someone_is_the_subject_s(extract):
    # the model tags "the Gazette" as a person; the article's entities make it a newspaper
    article = extract('Her deputy, Raj Mehta, is expected to run.\n\nMehta told the Gazette he had "not yet decided".')
    (person,) = article.people
    assert (person.name, person.gender, person.gender_evidence.kind) == ("Raj Mehta", "male", "pronoun")


def test_a_pronoun_after_another_person_of_the_article_is_not_the_subject_s(extract):
    # Ward, named between the subject and "he", may be the one meant
    article = extract("Raj Mehta met Tom Ward on Monday. Mehta said Ward was wrong and that he would resign.")
    mehta = next(p for p in article.people if p.name == "Raj Mehta")
    assert mehta.gender_evidence is None or mehta.gender_evidence.kind != "pronoun"
