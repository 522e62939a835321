"""Attributions after the quote: “…,” she said (cue_after_quote), “…,” Trump barked (verb_after_quote)."""

import pytest
from spacy.tokens import Doc

from quotex.quotes.rules.after_quote import subject_of_verb_tagged_noun
from tests.quotes.helpers import direct_quotes, only_quote


def test_inverted_cue_takes_the_noun_phrase_after_it(extract):
    text = "“Somebody said we should leave town,” said the woman, who did not want to be named."
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.kind == "description" and quote.speaker.name == "woman"


def test_short_attribution_after_a_quote_survives_a_mistagged_verb(extract):
    quote = only_quote(
        extract("Mayors were angry.\n\n“If she wants the job, Ann Lee should come to the river,” the editorial read.")
    )
    assert quote.speaker.name == "editorial" and quote.cue.text == "read"


def test_quote_after_a_split_attribution_keeps_its_speaker_over_the_next_sentence(extract):
    text = (
        "Ann Lee said the pledge was not a burden. “I disagree with the claim,” she said. "
        "“We like our chances in the towns we are visiting.” Tom Hart noted a planned rally in Salem."
    )
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.speaker.name for q in quotes] == ["Ann Lee"]
    assert [f.text for f in quotes[0].fragments] == [
        "I disagree with the claim",
        "We like our chances in the towns we are visiting.",
    ]


@pytest.mark.parametrize(
    "after",
    ["Her answers were never published.", "Tom Hart laughed at the idea."],
)
def test_question_after_a_split_attribution_is_not_handed_to_the_next_clause(extract, after):
    text = f"“The board has lost its way,” Ann Lee writes. “So what now?” {after}"
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.speaker.name for q in quotes] == ["Ann Lee"]
    assert quotes[0].fragments[-1].text == "So what now?"


@pytest.mark.parametrize(
    "after",
    ["Her opponents took it as proof that she did not care.", "Critics cited the remark for years."],
)
def test_someone_commenting_on_a_quote_after_it_is_not_its_speaker(extract, after):
    text = f"Ann Lee, exasperated, responded: “Why does any of that matter now?” {after}"
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee"


def test_an_inverted_attribution_whose_subject_the_parser_took_for_an_object_still_counts(extract):
    text = "“We regret the error and will fix it,” read the statement, which was signed by Ann Lee."
    quote = only_quote(extract(text), "direct")
    assert quote.cue.text == "read"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "“I will not call it an error,” said retired surgeon Ann Lee, asked about her claims.",
            "Ann Lee",
        ),
        (
            "“I will not call it an error, so let it go,” said retired surgeon Tom Hart, asked about his claims.",
            "Tom Hart",
        ),
    ],
)
def test_inverted_speaker_asked_about_something_after_the_quote(extract, text, speaker):
    article = extract(text)
    assert only_quote(article, "direct").speaker.name == speaker
    # she was asked: the question is not hers
    assert only_quote(article, "indirect").speaker is None


@pytest.mark.parametrize("verb", ["Said", "Added"])
def test_inverted_verb_before_the_name_is_not_part_of_it(extract, verb):
    article = extract(f"{verb} Ann Lee, the mayor: “The bridge will be finished by May.”")
    quote = only_quote(article, "direct")
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ann Lee", "Ann Lee")
    assert [person.name for person in article.people] == ["Ann Lee"]


def test_speech_verb_in_a_clause_of_time_after_a_quote_does_not_attribute_it(extract):
    text = (
        "“In breaking news,” Tom Hart tweeted last January, “Ann Lee now supports the bridge.” after Lee "
        "spokesman Mark Ruiz voiced broad backing for his employer."
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart"] * len(quotes)


@pytest.mark.parametrize(
    "tail, speaker",
    [("came cries from the crowd, as the hall jeered.", "crowd"), ("came the reply from Tom Hart.", "Tom Hart")],
)
def test_words_from_someone_after_a_quote_are_theirs(extract, tail, speaker):
    quote = only_quote(extract(f"The chairman called for a vote.\n\n“Call the roll,” {tail}"), "direct")
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    "words, pos, expected",
    [
        # "the Saudis state in the paper": "state" tagged as a noun is the speech verb
        (["the", "Saudis", "state", "in", "the", "paper"], ["DET", "PROPN", "NOUN", "ADP", "DET", "NOUN"], "Saudis"),
        (["the", "auditors", "note", "."], ["DET", "NOUN", "NOUN", "PUNCT"], "auditors"),
        # a noun after it: a compound ("the state legislature")
        (["the", "state", "legislature", "voted"], ["DET", "NOUN", "NOUN", "VERB"], None),
        # a verb after it: the noun is the subject of that verb ("the state said")
        (["the", "state", "said", "."], ["DET", "NOUN", "VERB", "PUNCT"], None),
        # "the state of the union"
        (["the", "union", "state", "of", "play"], ["DET", "NOUN", "NOUN", "ADP", "NOUN"], None),
    ],
)
def test_a_speech_verb_tagged_as_a_noun_after_a_quote_takes_the_noun_phrase_before_it(vocab, words, pos, expected):
    doc = Doc(vocab, words=words, pos=pos, lemmas=[w.lower().rstrip("s") if w != "Saudis" else w for w in words])
    window = list(doc)
    subjects = [subject_of_verb_tagged_noun(token, window) for token in window[:4]]
    found = [s.text for s in subjects if s is not None]
    assert found == ([expected] if expected else [])


def test_a_speech_verb_under_a_preposition_after_the_quote_says_how_not_who(extract):
    # "by pleading guilty" is how they "accepted responsibility"; the judge is reporting it
    text = (
        "Judge Ann Lee went on to say the sentence was shorter because they had “accepted responsibility "
        "early” by pleading guilty to every charge."
    )
    quote = only_quote(extract(text), "partial")
    assert quote.cue.text != "pleading" and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee pleaded not guilty to the charges on Monday and “regrets nothing,” her lawyer said.",
        "Judge Tom Ward said they had “accepted responsibility early” by pleading guilty to every charge and "
        "“spared the children a trial.”",
    ],
)
def test_a_plea_in_court_is_no_speech_verb(extract, text):
    quotes = extract(text).quotes
    assert quotes and all(q.cue is None or not q.cue.text.lower().startswith("plead") for q in quotes)
    assert all(q.speaker is not None and q.speaker.name in ("Tom Ward", "lawyer", "her lawyer") for q in quotes), [
        (q.text, q.speaker) for q in quotes
    ]


def test_a_plea_with_words_is_a_speech_verb(extract):
    quote = only_quote(extract("The mayor pleaded with residents, “Please stay home tonight.”"))
    assert quote.cue.text == "pleaded"


def test_an_aside_in_brackets_does_not_push_the_speech_verb_out_of_reach(extract):
    text = (
        "The rally went on.\n\n“What a fine season for our next mayor, Tom Hart!” his niece, state"
        " Del. Marcia Price (D-Norfolk), shouted to the crowd."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.cue.text == "shouted" and quote.speaker.mention.start > text.index("”")


def test_words_that_end_their_sentence_leave_the_next_sentences_verb_alone(extract):
    text = "Asked about the plan, Ann Lee used the words “a giant leech.” The senator dismissed the report."
    article = extract(text)
    assert not any(q.text.startswith("a giant leech") for q in article.quotes if q.type != "indirect")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a speech verb in a clause of time after the quote gives no source
        (
            "The ad closes with footage of Tom Ward saying, “That makes me smart,” when Ann Lee blasted him for "
            "his taxes.",
            "Tom Ward",
        ),
        # "as X put it" and "as X said" right after the quote name whose words they are
        (
            "Lawmakers named the fees as problems, but the real test for the permit is a “clean record of "
            "local trading,” as an Interior Department memo put it.",
            "Interior Department",
        ),
        ("The bridge is “a monument to waste,” as Ann Lee said on Tuesday.", "Ann Lee"),
    ],
)
def test_the_clause_after_the_quote_names_its_source_or_only_a_time(extract, text, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.name == speaker


def test_as_expected_after_a_quote_is_no_source(extract):
    article = extract("The plan was “dead on arrival,” as expected.")
    assert not article.quotes and [term.text for term in article.terms] == ["dead on arrival,"]


def test_a_verb_with_back_before_the_next_quote_answers_the_question_before_it(extract):
    text = "Ann Lee responds to Tom Ward with, “Why now? Was that before the vote?” Ward then writes back, “You look great.”"
    quotes = direct_quotes(extract(text))
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Why now? Was that before the vote?", "Ann Lee"),
        ("You look great.", "Tom Ward"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Its main competition came from an unaligned “Town first” push, which proposed its own slates.", "Town first"),
        (
            "The plan includes a federal “supermax” prison in Salem, and a former official said there were others.",
            "supermax",
        ),
    ],
)
def test_a_quoted_label_on_a_noun_is_not_reported_by_a_later_clauses_verb(extract, text, label):
    article = extract(text)
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert label in {t.text for t in article.terms}


def test_a_quoted_label_on_a_noun_is_reported_by_the_verb_of_the_whole_sentence(extract):
    quote = only_quote(
        extract("Young renters in the city struggle, even with a “good” salary, Ann Lee said."), "partial"
    )
    assert quote.text == "good" and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ward, who has called the bypass a “golden opportunity,” refused to comment.",
        "Ann Lee, who once called the plan “a disaster,” declined to comment on Monday.",
    ],
)
def test_a_verb_someone_declined_is_no_source_of_the_words_before(extract, text):
    quote = next(q for q in extract(text).quotes if q.type == "partial")
    assert quote.cue.text == "called"


def test_a_speech_verb_negated_after_the_quote_is_no_source_of_it(extract):
    # "''…'''": a quote inside a quote closes with three marks, which the parser misreads
    text = (
        "Ann Lee mocked his bluster, saying at one point, ''The fix is not to shout, 'Taxes bad.''' "
        "But Mr. Ward, again, did not respond in kind."
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Ann Lee"


def test_a_not_inside_the_quote_does_not_negate_the_verb_after_it(extract):
    quote = only_quote(extract("“Absolutely not,” Ann Lee said on Monday."), "direct")
    assert quote.speaker.name == "Ann Lee" and quote.rule == "cue_after_quote"


def test_a_quoted_question_inside_a_sentence_is_the_asker_s_after_it(extract):
    text = (
        "If the city is indeed hiding the reports — as many residents believe, but the mayor firmly "
        "rejects — “why not put them out?” asked Tom Hart, now a partner at a law firm."
    )
    quote = only_quote(extract(text), "partial")
    assert (quote.speaker.name, quote.cue.text) == ("Tom Hart", "asked")


def test_a_cry_that_ends_its_sentence_leaves_the_next_sentence_alone(extract):
    text = "Ann Lee wrote to him, telling him, “you are an all-star and we need you!” He replied that it was an honour."
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mr. Connelly called Marsh “a real team player,” and praised his work.", "Connelly"),
        ("Mr. Trandle called Voskin “a very tough woman,” and praised her record.", "Trandle"),
    ],
)
def test_a_verb_after_and_is_no_inverted_attribution(extract, text, speaker):
    """The parser missed the unfamiliar name as subject; the object of "praised" is no speaker."""
    quote = only_quote(extract(text))
    assert quote.speaker.name == speaker


def test_a_participle_after_a_quote_is_no_inverted_attribution(extract):
    text = (
        "Ann Lee was blunt: “If they take us to court in Dayton, they will lose,” referencing "
        "the large number of exiles in the region."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee"


def test_a_new_sentence_whose_verb_runs_on_into_the_next_quote_introduces_that_quote(extract):
    text = "Tom Hart gave a new answer: “Of course I know him. I was only joking.” To which Ann Lee said, “Thank God.”"
    quotes = direct_quotes(extract(text))
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Of course I know him. I was only joking.", "Tom Hart"),
        ("Thank God.", "Ann Lee"),
    ]
    # the same verb closing a quote that runs on with a comma is that quote's attribution
    text = "Tom Hart gave a new answer: “Of course I know him,” Ann Lee said, “and I was only joking.”"
    (quote,) = direct_quotes(extract(text))
    assert quote.speaker.name == "Ann Lee"
