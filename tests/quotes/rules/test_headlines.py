"""Headline layouts: a name and a colon before the quote (headline_colon) or before a clause
without marks (headline_statement)."""

import pytest

from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import speaker_span
from quotex.quotes.records import Candidate
from quotex.quotes.rules.headlines import headline_colon
from quotex.text.marks import find_quote_spans
from tests.quotes.helpers import only_quote, parsed


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


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # the tagger reads a title-case verb as part of one name: "Lee Slams Ward"
        ("Lee Slams Ward: ‘Dangerous’\n\nAnn Lee spoke on Monday.", "Ann Lee", "Slams"),
        ("Ann Lee Endorses Tom Ward: I Am ‘Confident’ in Him", "Ann Lee", "Endorses"),
    ],
)
def test_a_headline_verb_before_the_colon_follows_the_speaker(extract, text, speaker, cue):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert (quote.rule, quote.speaker.name, quote.cue.text) == ("headline_colon", speaker, cue)


def test_a_first_name_and_a_surname_that_looks_like_a_verb_is_a_name(extract):
    quote = next(q for q in extract("Edward Said: “Culture is a theatre.”").quotes if q.type != "indirect")
    assert quote.speaker.name == "Edward Said" and quote.cue is None


def test_a_headline_verb_names_the_speaker_when_capitals_spoil_the_parse(vocab):
    # "Ward posted on X: “THE VOTE WAS STOLEN!”": words in capitals made the parser hang
    # "posted" on the name as a modifier, so no verb governs the quote
    rows = [
        ("Ward", "PROPN", "ROOT", 0),
        ("posted", "VERB", "acl", 0),
        ("on", "ADP", "prep", 1),
        ("X", "PROPN", "pobj", 2),
        (":", "PUNCT", "punct", 0),
        ("“", "PUNCT", "punct", 8),
        ("THE", "DET", "det", 7),
        ("VOTE", "PROPN", "nsubj", 8),
        ("WAS", "AUX", "appos", 0),
        ("STOLEN", "PROPN", "attr", 8),
        ("!", "PUNCT", "punct", 8),
        ("”", "PUNCT", "punct", 8),
    ]
    doc = parsed(vocab, rows, [(0, 1, "PERSON")])
    (pair,) = find_quote_spans(doc.text)
    context = QuoteContext(doc, [pair], [(0, len(doc.text))])
    span = doc.char_span(pair.start, pair.end)
    found = headline_colon(context, Candidate(pair, span, "direct", 0))
    assert (found.speaker.text, found.cue.text) == ("Ward", "posted")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("‘I was told to keep quiet’: whistleblower speaks out", "whistleblower"),
        ("“We were robbed”: City boss fumes at referee", "City boss"),
        ("“Never again”: Ann Lee on the flood that ruined her town", "Ann Lee"),
        # an interview's title: the interviewee, past the words for their role
        ("‘We need more homes’: an interview with housing minister Rachel Green\n\nShe spoke to us.", "Rachel Green"),
        ("‘I never wanted this’: in conversation with Ann Lee on her first year\n\nShe spoke to us.", "Ann Lee"),
    ],
)
def test_a_headline_that_opens_with_the_quote_names_its_speaker_after_the_colon(extract, text, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert (quote.rule, quote.speaker.mention.text) == ("headline_colon", speaker)


def test_a_headline_after_the_quote_that_names_no_one_before_its_verb_gives_no_speaker(extract):
    # "Council" (a common noun to the tagger) scraps: a lower-case verb ends the words
    # before any name ("bin", tagged as someone, was the speaker)
    text = "‘We got this one wrong’: Council scraps bin plan\n\nRiverton Council has scrapped its plan."
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.rule != "headline_colon"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bin plan ‘a disaster’, says opposition\n\nThe council voted on Monday.", "opposition"),
        ("Ferry cuts ‘a betrayal’, says union\n\nThe operator confirmed the timetable.", "union"),
        ("Bin plan ‘a disaster’, says opposition leader\n\nThe council voted on Monday.", "opposition leader"),
    ],
)
def test_a_headline_s_words_are_said_by_the_noun_after_its_inverted_verb(extract, text, speaker):
    # a headline has no full stop, yet its line ends the sentence; the noun before the
    # quote is what the words describe, though the parser may take it for the subject
    quote = next(q for q in extract(text).quotes if q.type == "partial")
    assert (quote.rule, quote.speaker.mention.text) == ("cue_after_quote", speaker)


def test_a_participle_after_the_quote_keeps_the_sentence_s_speaker(extract):
    text = (
        "Ann Lee said the members would still meet, but said, “It is time we changed how we do it,” "
        "promising the club will return to its roots."
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.mention.text == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Whistleblower: “I was told to keep quiet”", "Whistleblower"),
        ("Police: Suspect ‘armed and dangerous’", "Police"),
    ],
)
def test_a_noun_for_a_person_before_a_headline_s_colon_speaks(extract, text, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.mention.text == speaker


def test_a_quote_before_a_colon_and_no_one_stays_unattributed(extract):
    quote = next(q for q in extract("“The answer is simple”: the plan failed.").quotes if q.type != "indirect")
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # a stock ticker's colon in brackets
        'ACME Inc. (NASDAQ: ACME) today announced record revenue. "We delivered another strong quarter," '
        'said Jane Doe, ACME\'s chief executive. "Our customers continue to choose us."',
        # a sentence ends between the colon and the quote
        'Ann Lee: the bridge reopened today after two years of work. "It was a long wait."',
    ],
)
def test_a_colon_that_opens_no_headline_names_no_speaker(extract, text):
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert quotes and all(q.rule != "headline_colon" for q in quotes), [(q.text, q.rule) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ann Lee: I Will Not Resign Over the Bridge\n\n"
            "SPRINGFIELD — Mayor Ann Lee said on Monday that she would stay in office until the bridge opens.",
            "I Will Not Resign Over the Bridge",
            "Ann Lee",
        ),
        (
            "Harbor Trust: City hid flood reports for years\n\n"
            "The city kept two flood reports from the public, the Harbor Trust said in a letter on Tuesday.",
            "City hid flood reports for years",
            "Harbor Trust",
        ),
        (
            "Hartwell: We will fix the bridge by May\n\n"
            "Mayor Ann Hartwell said on Monday that the bridge would reopen within months.",
            "We will fix the bridge by May",
            "Ann Hartwell",
        ),
        # the audience or the place the words were given to or at is no part of the name
        (
            "Lee to Farmers: The Toll Will Not Rise\n\nMayor Ann Lee spoke to farmers on Monday. "
            "Lee said the toll would stay at $2.",
            "The Toll Will Not Rise",
            "Ann Lee",
        ),
        (
            "Former Judge Hart at Convention: The Count Was Fair\n\nTom Hart, a former judge, "
            "spoke at the convention. Hart said the count was fair.",
            "The Count Was Fair",
            "Tom Hart",
        ),
        # people named by what they do, who speak in the story
        (
            "Economists: Rates Will Rise Before Spring\n\nEconomists at three banks said on Monday "
            "that rates would rise before spring.",
            "Rates Will Rise Before Spring",
            "Economists",
        ),
    ],
)
def test_a_headline_name_and_colon_before_a_clause_is_what_they_said(extract, text, words, speaker):
    quotes = [q for q in extract(text).quotes if q.rule == "headline_statement"]
    assert [(q.type, q.text, q.speaker.name) for q in quotes] == [("indirect", words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # the headline's topic, not a speaker
        "Brexit: UK and EU agree trade deal at last\n\nBritain and the European Union agreed a deal on Thursday.",
        # a person the story is about, who says nothing in it
        "Ann Lee: Final tour ends in Vancouver\n\nAnn Lee played her last show on Sunday to 50,000 fans.",
        # a heading without a verb of its own
        "Ann Lee: A Life in Politics\n\nAnn Lee said on Monday that she would retire.",
        "Economists: Why Rates Rise\n\nEconomists have long studied rates.",
        # quoted words: a quote, whose own rules attribute them
        "Ann Lee: ‘I Will Not Resign’\n\nAnn Lee said on Monday that she would stay.",
    ],
)
def test_a_headline_colon_that_labels_a_topic_reports_nothing(extract, text):
    assert not [q for q in extract(text).quotes if q.rule == "headline_statement"]


def test_a_sentence_case_headline_gives_its_subject_not_its_clause(extract):
    text = "Ann Lee heckles Ward supporters: ‘You are being ridiculous.’\n\nThe comedian Ann Lee spoke on Monday."
    quote = only_quote(extract(text), "direct")
    assert (quote.rule, quote.speaker.name, quote.speaker.mention.text) == ("headline_colon", "Ann Lee", "Ann Lee")


def test_a_sentence_before_a_colon_is_no_headline_label(extract):
    """Headlines drop their articles; "a quick reply" is a sentence's, read by its own rules."""
    quote = only_quote(extract("Tom Hart gave a quick reply: “Nobody is ripping up the deal.” He left."))
    assert quote.speaker.name == "Tom Hart" and quote.rule != "headline_colon"


def test_markup_before_a_colon_is_no_speaker(extract):
    text = (
        'Ann Lee spoke on Monday.\n\n<tweet tweet-author="@CityNews" tweet-date="March 3, 2024">WATCH: The best '
        "highlights from the “fiery endorsement” of @AnnLee. #LeeWard https://t.co/fUhkzdQo59<tweet/>."
    )
    assert not [q for q in extract(text).quotes if q.rule == "headline_colon"]


def test_the_speaker_of_a_headline_label_ends_at_its_colon(vocab):
    """The model ran "De Blasio: Trust Bratton" into one name; the label is the name."""
    rows = [("De", "PROPN", "compound", 1), ("Blasio", "PROPN", "ROOT", 1), (":", "PUNCT", "punct", 1)]
    rows += [("Trust", "PROPN", "compound", 4), ("Bratton", "PROPN", "appos", 1)]
    doc = parsed(vocab, rows, ents=[(0, 5, "ORG")])
    assert speaker_span(doc[1]) == (0, 2)
    assert speaker_span(doc[4]) == (3, 5)


def test_a_name_after_a_headline_colon_is_not_a_joint_speaker(extract):
    text = (
        "Cruz: Tom Ward’s ‘Honesty Is In Question.’\n\n"
        "Sunday on Channel 4’s “Morning News,” Rep. Tom Cruz said Tom Ward’s “judgment” is in question."
    )
    quote = extract(text).quotes[0]
    assert quote.speaker.name == "Tom Cruz" and quote.speaker.members == []
