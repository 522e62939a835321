"""Quotes that carry an earlier speaker: split_quote, continuation, dialogue_turn, previous_sentence, recent_speaker."""

import pytest

from tests.quotes.helpers import direct_quotes, only_quote


def test_split_quote_is_one_statement_with_two_fragments(extract):
    text = "“The bridge is finished,” Ann Lee said. “It opens in May.”"
    quote = only_quote(extract(text))
    assert [f.text for f in quote.fragments] == ["The bridge is finished", "It opens in May."]
    assert quote.text == "The bridge is finished. It opens in May."  # sentences kept apart
    assert (quote.start, quote.end) == (0, len(text))


def test_continuation_paragraph_keeps_the_speaker(extract):
    text = (
        "“The council has failed this town,” Tom Hart said on Monday.\n\n"
        "“Nobody was asked about the bridge, nobody at all.”"
    )
    article = extract(text)
    direct = direct_quotes(article)
    assert [q.speaker.name for q in direct] == ["Tom Hart", "Tom Hart"]
    assert direct[1].rule == "continuation"


def test_unattributed_quote_paragraph_goes_on_with_the_last_speaker(extract):
    text = (
        "“The council has failed this town,” Tom Hart said on Monday.\n\n"
        "The ferry company has run the crossing since 1950.\n\n"
        "“Nobody was asked about the bridge, nobody at all.”"
    )
    direct = direct_quotes(extract(text))
    assert [q.speaker.name for q in direct] == ["Tom Hart", "Tom Hart"]
    assert direct[1].rule == "recent_speaker" and direct[1].confidence < direct[0].confidence


@pytest.mark.parametrize("section_break", ["___", "* * *", "11:30 p.m."])
def test_an_unattributed_quote_after_a_section_break_is_not_the_last_speakers(extract, section_break):
    text = (
        f"“The council has failed this town,” Tom Hart said on Monday.\n\n{section_break}\n\n"
        "“Nobody was asked about the bridge, nobody at all.”"
    )
    direct = direct_quotes(extract(text))
    assert direct[1].rule == "unattributed" and direct[1].speaker is None


@pytest.mark.parametrize(
    "about_her",
    [
        "Ann Lee had a different view. In her speech on Sunday, she went after the mayor.",
        "Ann Lee was not convinced.",
        "The plan drew fire from Ann Lee, a council member.",
    ],
)
def test_quote_paragraph_after_a_paragraph_about_someone_new_is_theirs(extract, about_her):
    text = (
        f"“We will win,” Tom Hart said on Monday.\n\n{about_her}\n\n“The bridge is a disgrace and the mayor knows it.”"
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart", "Ann Lee"]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("“That is nonsense.”", True),  # short, but a whole sentence with a verb
        ("“Total nonsense.”", False),  # no verb: a subheading in quotes, or a scare quote
        ("‘A change warrior.’", False),
    ],
)
def test_a_short_quote_paragraph_after_a_paragraph_about_someone_is_theirs_when_it_is_a_sentence(
    extract, paragraph, quoted
):
    text = f"“We will win,” Tom Hart said on Monday.\n\nAnn Lee disagreed.\n\n{paragraph}"
    quotes = [q.speaker.name for q in extract(text).quotes if q.type == "direct" and q.speaker]
    assert quotes == (["Tom Hart", "Ann Lee"] if quoted else ["Tom Hart"])


@pytest.mark.parametrize("about_her", ["His opponent disagreed.", "The mayor was not convinced."])
def test_quote_paragraph_after_a_paragraph_about_someone_described_is_theirs(extract, about_her):
    text = (
        f"“We will win,” Tom Hart said on Monday.\n\n{about_her}\n\n“The bridge is a disgrace and the mayor knows it.”"
    )
    quotes = direct_quotes(extract(text))
    assert quotes[-1].rule == "previous_sentence"
    assert quotes[-1].speaker.mention.text == about_her.split(" disagreed")[0].split(" was")[0]


@pytest.mark.parametrize(
    "after_the_quote, speaker",
    [
        ("But Ann Lee, his rival, was not convinced.", "Ann Lee"),
        ("His rival Ann Lee saw it differently.", "Ann Lee"),
        ("Ann Lee, who also spoke, had a warning for the council.", "Ann Lee"),
        ("His opponent responded on Twitter.", "His opponent"),
        # the same speaker, or nobody who speaks: the quote goes on
        ("He smiled and waved.", "Tom Hart"),
        ("The crowd cheered.", "Tom Hart"),
    ],
)
def test_quote_paragraph_after_a_sentence_that_follows_a_quote_goes_to_whom_that_sentence_brings_in(
    extract, after_the_quote, speaker
):
    text = f"“We will win,” Tom Hart said on Monday. {after_the_quote}\n\n“They have no plan and no money.”"
    quotes = direct_quotes(extract(text))
    assert quotes[-1].speaker.name == speaker


DIALOGUE = """“Should we close the old bridge?” Mayor Ann Lee asked the crowd at the town hall.

“No!” the residents shouted back.

“Should we wait for the state to pay?” Lee asked.

“No!”

“Then will you vote for the levy in May?”

“Yes!”

The meeting ended soon after."""


def test_a_dialogue_of_quote_only_paragraphs_takes_turns(extract):
    quotes = extract(DIALOGUE).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Should we close the old bridge?", "Ann Lee"),
        ("No!", "residents"),
        ("Should we wait for the state to pay?", "Ann Lee"),
        ("No!", "residents"),
        ("Then will you vote for the levy in May?", "Ann Lee"),
        ("Yes!", "residents"),
    ]
    assert [q.rule for q in quotes[3:]] == ["dialogue_turn"] * 3


@pytest.mark.parametrize(
    "text, rule",
    [
        # a transcript with title-case labels
        (
            "On the panel, Tom Hart and Ann Lee argued about the bridge.\n\n"
            "Hart: The bridge will cost twice what the council says.\n\n"
            "Lee: That is simply not true, and you know it.\n\n"
            "Hart: Then show us the numbers.\n\n"
            "Lee: They are on the city's website for anyone to read.",
            "speaker_label",
        ),
        # an exchange the story introduces: questions from the asker, answers from the one asked
        (
            "In the interview, Tom Hart pressed Ann Lee on the budget.\n\n"
            "“What is your priority among the three projects?”\n\n"
            "“I think, for me, the bridge is just the most important.”\n\n"
            "“Of the three, do you have a priority?”\n\n"
            "“The bridge. The old one is falling down.”",
            "dialogue_turn",
        ),
    ],
)
def test_two_people_taking_turns_each_get_their_own(extract, text, rule):
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart", "Ann Lee", "Tom Hart", "Ann Lee"]
    assert {q.rule for q in quotes} == {rule}


def test_an_answer_right_after_asked_about_is_the_one_asked(extract):
    quote = only_quote(
        extract("Tom Ward asked Ann Lee about the bridge.\n\n“It comes first, and it opens in May.”"), "direct"
    )
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # a speaker answering their own question
        "“Who will pay for the bridge?” Ann Lee asked.\n\n“The state will, and soon.”",
        # an answer, then more of it
        "“Is the bridge safe?” Tom Hart asked.\n\n“It is,” Ann Lee said.\n\n“We tested it twice last week.”",
    ],
)
def test_a_quote_only_paragraph_without_turns_taken_continues_the_last_speaker(extract, text):
    quotes = extract(text).quotes
    assert quotes[-1].rule == "continuation"
    assert quotes[-1].speaker.name == quotes[-2].speaker.name


def test_words_quoted_in_a_later_sentence_about_someone_else_are_not_the_earlier_speakers(extract):
    text = (
        "In July, Gov. Ray Keel dismissed the town as being in the “suburbs of the capital” and moved on. "
        "Critics have gone after the plan as a “giveaway to developers” and a “boondoggle.”"
    )
    article = extract(text)
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("suburbs of the capital", "Ray Keel")]
    assert {"giveaway to developers", "boondoggle."} <= {term.text for term in article.terms}


def test_a_partial_quote_in_a_later_sentence_is_not_one_more_piece_of_the_statement(extract):
    article = extract(
        "Ann Lee called the plan “a disaster” on Monday. The “bridge to nowhere” has cost the town millions."
    )
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("a disaster", "Ann Lee")]
    assert "bridge to nowhere" in {term.text for term in article.terms}


@pytest.mark.parametrize(
    "text",
    [
        "The toll plans are “deeply unfair,” said Ann Lee, who chairs the drivers' association in the "
        "county and ran for mayor twice. “They leave people like me with no way to work.”",
        "Lee “felt a duty to speak up about” the tolls, her aide said. “She drives that road every day.”",
    ],
)
def test_words_woven_in_before_the_attribution_and_the_sentence_after_are_one_statement(extract, text):
    quotes = extract(text).quotes
    assert [q.type for q in quotes] == ["partial"]
    assert len(quotes[0].fragments) == 2 and quotes[0].end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of the writer's comes between
        "Ann Lee called the tolls “deeply unfair,” and walked out. The council said it would vote anyway. “They leave us nothing.”",
        "Ann Lee called the tolls “deeply unfair.” Then she said she would walk out. “They leave us nothing.”",
    ],
)
def test_woven_words_and_a_later_quote_stay_apart_without_an_attribution_between(extract, text):
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.type for q in quotes] == ["partial", "direct"]


def test_the_lower_case_rest_of_a_split_sentence_still_joins_it(extract):
    # the guard: in one sentence, the pieces stay one statement
    quote = only_quote(extract("Ann Lee called the plan “a disaster” and “a giveaway” on Monday."))
    assert [f.text for f in quote.fragments] == ["a disaster", "a giveaway"]
