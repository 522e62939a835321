"""Attributions before the quote: cue_before_quote, verb_intro, colon_intro."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
import pytest

from tests.quotes.helpers import direct_quotes, only_quote


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person noun or a name introduces a quote with any verb
        ("Tom Hart spoke first. The town leader then shrugged, “We will build the bridge anyway.”", "town leader"),
        # the verb right before ", “" beats an earlier speech verb
        (
            "After Tom Hart criticized the council during a debate, Ann Lee pushed back, “I could have stayed home.”",
            "Ann Lee",
        ),
    ],
)
def test_any_verb_right_before_the_quote_introduces_it(extract, text, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.rule == "verb_intro" and quote.speaker.name == speaker


def test_a_question_put_to_someone_is_not_theirs_and_their_answer_is(extract):
    text = (
        "Tom Hart was asked on the radio, “If you had known about the server, would you have told her?” "
        "He answered, “I could not say. We go back years.”"
    )
    question, answer = [q for q in extract(text).quotes if q.type != "indirect"]
    assert question.text.endswith("told her?") and question.speaker is None
    assert answer.text.startswith("I could not say") and answer.speaker.name == "Tom Hart"


def test_a_phrasal_verb_before_the_comma_introduces_the_quote(extract):
    text = (
        "Tom Hart spoke first. But as the Daily Ledger summed up, “Still, Hart has yet to publish a single tax return.”"
    )
    quote = only_quote(extract(text))
    assert quote.rule == "verb_intro" and quote.speaker.name == "Daily Ledger"


def test_colon_intro_gives_the_clause_subject_when_the_parser_hangs_it_on_the_quote(extract):
    text = (
        "Ann Lee visits him every week. And she is sure that holding Hart in prison will just make "
        "his voice stronger: “They cannot gag him. He will write from his cell.”"
    )
    quote = only_quote(extract(text), "direct")
    assert quote.rule == "colon_intro"
    assert quote.speaker.mention.text == "she" and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "intro",
    [
        "Her response was blunt:",
        "Her answer:",
        "Ann Lee’s message to voters was simple:",
    ],
)
def test_colon_after_a_noun_for_someones_words_gives_its_owner(extract, intro):
    text = f"Ann Lee was asked about the bridge on Monday. {intro} “It will open in May, not a day later.”"
    quote = only_quote(extract(text), "direct")
    assert quote.rule == "colon_intro"
    assert quote.speaker.name == "Ann Lee"


def test_quote_a_sentence_runs_into_after_a_comma_is_its_subjects(extract):
    text = (
        "Tom Hart spoke first.\n\nEarlier this week, Ann Lee shared some of her worries with a crowd at a "
        "dinner in Salem, “I am worried about the bridge, and so should you be.”"
    )
    quote = only_quote(extract(text), "direct")
    assert (quote.rule, quote.speaker.name) == ("verb_intro", "Ann Lee")


def test_title_a_sentence_runs_into_after_a_comma_is_not_a_statement(extract):
    text = "Ann Lee hosts a weekly show on local radio, “The Bridge Hour.”"
    assert direct_quotes(extract(text)) == []


def test_colon_after_words_someone_says_in_a_relative_clause_gives_that_someone(extract):
    text = "Each election cycle, there is a threat many voters make but few keep: “If he wins, I am moving to Canada.”"
    quote = only_quote(extract(text), "direct")
    assert (quote.rule, quote.speaker.name) == ("colon_intro", "many voters")


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee commented on the plan — which the BBC noted as an unusual move — "It is a waste of money."',
        'Ann Lee commented on the plan (which the BBC noted as an unusual move): "It is a waste of money."',
    ],
)
def test_a_speech_verb_in_an_aside_before_the_quote_does_not_take_it(extract, text):
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "commented"


def test_a_dash_before_the_quote_with_no_aside_leaves_the_speech_verb(extract):
    quote = next(q for q in extract('The paper noted — "It is a waste of money."').quotes if q.type == "direct")
    assert quote.cue.text == "noted"


@pytest.mark.parametrize(
    ("text", "speaker", "noun"),
    [
        ('Lee\'s remarks — "we will not back down" — drew applause.', "Lee", "remarks"),
        ("Tom Ward's reply, “not a chance,” ended the meeting early.", "Tom Ward", "reply"),
    ],
)
def test_words_set_off_after_someone_s_remarks_are_theirs(extract, text, speaker, noun):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert (quote.speaker.name, quote.cue.text) == (speaker, noun)
