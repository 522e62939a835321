"""Who a verb's speaker is, through the parse (speaker_of), on passages written for these tests."""

import pytest

from quotex.quotes.grammar import reports_a_topic, shown_speaking, speaker_of, speaker_span
from tests.quotes.helpers import only_quote, parsed


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee drew loud boos upon saying, “The bridge will open in May after all.”",
        "Ann Lee shared the plan online last week, writing “The bridge will open in May after all.”",
        "When she returned, Ann Lee began by saying, “The bridge will open in May after all.”",
    ],
)
def test_speech_verb_in_a_subordinate_phrase_takes_the_clause_subject(extract, text):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the passive subject of the speech verb is what was said, not who said it
        ("Ann Lee suggested that the delays could be blamed on “poor planning” at the council.", "Ann Lee"),
        # the agent of a passive speech verb is the speaker
        ("Tom Hart was asked by Ann Lee whether the bridge was “safe for heavy lorries”.", "Ann Lee"),
    ],
)
def test_passive_speech_verbs(extract, text, speaker):
    assert only_quote(extract(text)).speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether he would resign, Tom Hart replied: “Absolutely not.”",
        # after a sentence, where the tagger reads "Asked" as a past with "he" its subject
        "“It is time,” said Tom Hart. Asked whether he would resign, he replied: “Absolutely not.”",
    ],
)
def test_the_one_asked_is_not_the_asker(extract, text):
    article = extract(text)
    question = only_quote(article, "indirect")
    assert question.text == "whether he would resign" and question.speaker is None
    assert [q.speaker.name for q in article.quotes if q.type == "direct"][-1] == "Tom Hart"


def test_participle_after_a_reported_clause_belongs_to_the_reporter(extract):
    # the parser hangs "adding" on "could be", whose subject is a thing, not a speaker
    article = extract("Ann Lee said the vote could be “chaotic,” adding, “Elections are chaotic.”")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("chaotic", "Ann Lee"),
        ("Elections are chaotic.", "Ann Lee"),
    ]


def test_participle_after_a_reported_state_belongs_to_the_reporter(extract):
    text = "Tom Hart told reporters that Ann Lee “had a crazy plan for the bridge,” adding, “She lost every vote.”"
    assert [q.speaker.name for q in extract(text).quotes if q.type != "indirect"] == ["Tom Hart", "Tom Hart"]


def test_participle_after_a_reported_persons_act_stays_with_that_person(extract):
    text = "Officials said the mayor attacked the council on Monday, calling its plan “a disgrace.”"
    assert only_quote(extract(text), "partial").speaker.name == "mayor"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a thing cannot speak: the person reporting the clause does
        ("At the meeting, Ann Lee declared that any new deal would demand “absolute secrecy” from staff.", "Ann Lee"),
        # ... nor a document there, for a speech verb hung on its clause
        (
            "Sen. Ann Lee said the mayor’s tax plan would give money to developers, and called him “the leading proponent of waste.”",
            "Ann Lee",
        ),
        # ... nor can "it" in the reported clause the parser hangs "added" on
        (
            "Speaking to supporters on Tuesday, Ann Lee said it was too soon to name winners but added, “We will have a new council.”",
            "Ann Lee",
        ),
        # a second "said" the parser hangs on the first one's clause, whose subject is a thing
        ("Ann Lee said the move was made by the council chief and said, “We will appeal.”", "Ann Lee"),
        # a document speaks for the author the text names
        ("A fundraising email sent out by Ann Lee on Tuesday warned: “There are 14 votes in three weeks.”", "Ann Lee"),
        # ... and so does whoever issued it
        ("Ann Lee released a campaign video on Monday that said, “We will finish the bridge.”", "Ann Lee"),
        # ... and for itself when none is named
        ("A report released on Tuesday warned: “There are 14 votes in three weeks.”", "report"),
    ],
)
def test_things_and_documents_as_subjects(extract, text, speaker):
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.speaker.name for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, mention",
    [
        # a share of respondents speaks through the poll the sentence names
        ("In a county poll released Monday, 31% of voters said the bridge was “a waste of money.”", "a county poll"),
        # with no poll named, the share itself is the source
        ("At least half of the voters said the bridge was “a waste of money.”", "At least half"),
    ],
)
def test_poll_respondents(extract, text, mention):
    speaker = only_quote(extract(text), "partial").speaker
    assert text[speaker.mention.start : speaker.mention.end] == mention


def test_verb_without_subject_shares_the_subject_of_the_conjunct_right_before_it(extract):
    text = (
        "In the week before the vote, a group of pastors called for a boycott, and the civil rights "
        "organization the Harbor League condemned the remarks and said it would “redirect” the donations."
    )
    partial = only_quote(extract(text), "partial")
    assert partial.cue.text == "said"
    assert partial.speaker.name == "Harbor League"


def test_speech_verb_the_tagger_took_for_a_noun_after_to_is_a_verb(extract):
    text = (
        "That record prompted the Daily Star, which tracks bellwether counties, to state, "
        "“As goes Vigo County, so goes the nation.”"
    )
    quote = only_quote(extract(text), "direct")
    assert (quote.cue.text, quote.speaker.name) == ("state", "Daily Star")


@pytest.mark.parametrize(
    "rows, ents",
    [
        # "Saturday Ann Lee said ...": a misparse with two subjects; the day sits next to the verb
        (
            [
                ("Ann", "PROPN", "compound", 1),
                ("Lee", "PROPN", "nsubj", 3),
                ("Saturday", "PROPN", "nsubj", 3),
                ("said", "VERB", "ROOT", 3),
            ],
            [(0, 2, "PERSON"), (2, 3, "DATE")],
        ),
        # "Of Carson, Levine said ...": the parser took "Of" for the subject
        (
            [
                ("Lee", "PROPN", "nsubj", 3),
                (",", "PUNCT", "punct", 3),
                ("of", "ADP", "nsubj", 3),
                ("said", "VERB", "ROOT", 3),
            ],
            [],
        ),
    ],
)
def test_a_word_the_parser_made_a_subject_by_mistake_does_not_speak(vocab, rows, ents):
    doc = parsed(vocab, rows, ents)
    assert speaker_of(doc[3]).text == "Lee"


def test_an_age_tagged_as_a_date_still_speaks(vocab):
    doc = parsed(
        vocab,
        [("the", "DET", "det", 1), ("46-year-old", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2)],
        [(1, 2, "DATE")],
    )
    assert speaker_of(doc[2]).text == "46-year-old"


@pytest.mark.parametrize(
    ("name", "tag", "speaks"),
    [
        ("May", "VBD", True),  # "May said …": no modal takes a past tense
        ("Will", "VBZ", True),  # "Will writes …"
        ("May", "VB", False),  # "May say …": a modal
        ("may", "VBD", False),  # a name is capitalised
    ],
)
def test_a_name_the_parser_took_for_a_modal_speaks(vocab, name, tag, speaks):
    rows = [(name, "AUX", "aux", 1), ("said", "VERB", "ROOT", 1), ("nothing", "PRON", "dobj", 1)]
    doc = parsed(vocab, rows, [(0, 1, "DATE")] if name == "May" else [], tags=["MD", tag, "NN"])
    found = speaker_of(doc[1])
    assert (found is not None and found.text == name) is speaks


def test_a_name_taken_for_a_modal_is_the_person_named_in_full(extract):
    text = (
        "Prime Minister Theresa May met the union leaders on Monday. "
        "May said the talks had gone well. “We found a way forward,” May said."
    )
    quotes = extract(text).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Theresa May"), ("direct", "Theresa May")]


_SPOT = ["The", "spot", "ends", "with", "a", "clip", "of", "Tom", "Ward", "saying"]
_SPOT_TAGS = ["DT", "NN", "VBZ", "IN", "DT", "NN", "IN", "NNP", "NNP", "VBG"]
_SPOT_POS = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB"]


# "The spot ends with a clip of": the same arcs in every reading below
_SPOT_OPENING = [("det", 1), ("nsubj", 2), ("ROOT", 2), ("prep", 2), ("det", 5), ("pobj", 3), ("prep", 5)]


@pytest.mark.parametrize(
    "arcs",
    [
        # "a clip of Tom Ward saying": the participle on the recording noun
        [("compound", 8), ("pobj", 6), ("acl", 5)],
        # the participle hung on the clause, the recording's "of" right before it
        [("compound", 8), ("pobj", 6), ("advcl", 2)],
        # "of Tom Ward saying" read as a clause with its own subject
        [("compound", 8), ("nsubj", 9), ("pobj", 6)],
    ],
)
def test_a_recording_of_someone_speaking_gives_the_words_to_the_one_recorded(vocab, arcs):
    arcs = _SPOT_OPENING + arcs
    rows = [(word, pos, dep, head) for word, pos, (dep, head) in zip(_SPOT, _SPOT_POS, arcs, strict=True)]
    doc = parsed(vocab, rows, [(7, 9, "PERSON")], tags=_SPOT_TAGS, lemmas=[word.lower() for word in _SPOT])
    assert shown_speaking(doc[9]).text == "Ward"


def test_a_statement_saying_something_is_no_recording(vocab):
    rows = [
        ("Lee", "PROPN", "nsubj", 1),
        ("released", "VERB", "ROOT", 1),
        ("a", "DET", "det", 3),
        ("statement", "NOUN", "dobj", 1),
        ("saying", "VERB", "acl", 3),
    ]
    lemmas = ["lee", "release", "a", "statement", "say"]
    doc = parsed(vocab, rows, [(0, 1, "PERSON")], tags=["NNP", "VBD", "DT", "NN", "VBG"], lemmas=lemmas)
    assert shown_speaking(doc[4]) is None


def test_a_finite_verb_the_parser_hung_on_a_name_is_not_part_of_it(vocab):
    # "‘We were robbed,’ fumed City boss Pep Ruiz.": with single marks the parser made
    # "fumed" a modifier of the name it introduces
    rows = [
        ("fumed", "VERB", "amod", 2),
        ("City", "PROPN", "compound", 2),
        ("boss", "NOUN", "compound", 4),
        ("Pep", "PROPN", "compound", 4),
        ("Ruiz", "PROPN", "ROOT", 4),
    ]
    doc = parsed(vocab, rows, tags=["VBD", "NNP", "NN", "NNP", "NNP"])
    start, end = speaker_span(doc[4])
    assert doc[start:end].text == "City boss Pep Ruiz"


def test_a_name_the_model_ran_into_its_verb_as_a_work_s_title_ends_at_the_verb(vocab):
    # "Acme told The Ledger.", which the small model may tag as one work of art
    rows = [
        ("Acme", "PROPN", "nsubj", 1),
        ("told", "VERB", "ROOT", 1),
        ("The", "DET", "det", 3),
        ("Ledger", "PROPN", "dobj", 1),
        (".", "PUNCT", "punct", 1),
    ]
    doc = parsed(vocab, rows, [(0, 4, "WORK_OF_ART")], tags=["NNP", "VBD", "DT", "NNP", "."])
    start, end = speaker_span(doc[0])
    assert doc[start:end].text == "Acme"


def test_an_organisation_s_name_with_a_verb_in_it_stays_whole(vocab):
    rows = [
        ("Black", "ADJ", "amod", 1),
        ("Lives", "PROPN", "nsubj", 2),
        ("Matter", "VERB", "nsubj", 3),
        ("said", "VERB", "ROOT", 3),
    ]
    doc = parsed(vocab, rows, [(0, 3, "ORG")], tags=["JJ", "NNPS", "VBP", "VBD"])
    start, end = speaker_span(doc[1])
    assert doc[start:end].text == "Black Lives Matter"


def test_a_dateline_is_not_the_subject(extract):
    # the parser takes the town in capitals for the subject and hangs the governor on it
    text = (
        "SPRINGFIELD, Ill. (AP) — Gov. Ann Lee on Tuesday signed a bill raising the state's minimum "
        "wage to $15 an hour, calling it “a promise kept” to working families."
    )
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # Indian and Chinese wires: the town in title case, the date and the agency, no dash
        "New Delhi, Dec 3 (PTI) Union Home Minister Ravi Menon on Monday said the Centre was committed to peace.",
        "Mumbai, March 14 (IANS) State Finance Minister Ravi Menon on Friday said the budget would be balanced.",
        # a dash that is not the subject's child: "RANGOON, Burma - Lee's allies on Monday predicted …"
        "RANGOON, Burma - Ravi Menon's political allies on Monday predicted a landslide win in the elections.",
    ],
)
def test_a_dateline_in_title_case_or_with_its_dash_apart_is_not_the_subject(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert "Ravi Menon" in quote.speaker.mention.text


def test_a_name_and_a_party_letter_in_brackets_open_no_dateline(extract):
    text = "Ann Lee (D) on Monday said the budget would be balanced."
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.mention.text == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tampa, Florida said the suspect had been “cooperative and calm.”",
        "Police in Tampa, FL said the suspect had been “cooperative and calm.”",
    ],
)
def test_a_state_after_a_town_is_not_the_subject(extract, text):
    # the parser takes the state for the subject and hangs "Police in Tampa" on the verb
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.mention.text == "Police"


def test_a_party_letter_in_brackets_is_not_the_subject(extract):
    # the parser takes "D" for the subject and hangs the name on it
    text = "Council member Jo Kim (D) said in an email that she was “deeply troubled.”"
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Jo Kim"


def test_a_place_opening_the_sentence_is_not_the_subject(extract):
    # the parser takes "Outside court" for the subject and hangs the mother on it
    text = (
        "Tom Hale, 31, was found guilty of murder. Outside court, the victim's mother, Joan Price, said "
        "her son had been “a gentle soul” and that Hale deserved “every day” of his sentence."
    )
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Joan Price"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the model takes the constituency for a person's name: it is what the MP is for
        ("The MP for Leeds North said he was “gobsmacked” by the decision.", "MP for Leeds North"),
        ("A spokeswoman for Ann Lee says the campaign “did nothing wrong.”", "spokeswoman for Ann Lee"),
    ],
)
def test_a_name_after_for_in_a_title_is_not_the_speaker(extract, text, speaker):
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == speaker


def test_a_name_closing_a_long_title_is_the_speaker(extract):
    text = "Harbor Radio Vice President for sport and weather Dave Rourke called it “a mistake.”"
    assert only_quote(extract(text), "partial").speaker.name == "Dave Rourke"


def test_an_age_whose_words_the_parser_hung_on_the_verb_is_its_subject(vocab):
    """ "The 21-year-old added …", parsed with "The" and "old" both children of "added"."""
    rows = [
        ("The", "DET", "det", 6),
        ("21", "NUM", "nummod", 3),
        ("-", "PUNCT", "punct", 3),
        ("year", "NOUN", "npadvmod", 5),
        ("-", "PUNCT", "punct", 5),
        ("old", "ADJ", "amod", 6),
        ("added", "VERB", "ROOT", 6),
    ]
    assert speaker_of(parsed(vocab, rows)[6]).text == "old"


@pytest.mark.parametrize(
    "rows",
    [
        # "Tall added": no determiner, so no noun phrase the parser hung on the verb
        [("Tall", "ADJ", "amod", 1), ("added", "VERB", "ROOT", 1)],
        # "The new added": a modifier that is not an age stands for no one
        [("The", "DET", "det", 2), ("new", "ADJ", "amod", 2), ("added", "VERB", "ROOT", 2)],
    ],
)
def test_other_modifiers_hung_on_a_verb_are_no_speaker(vocab, rows):
    doc = parsed(vocab, rows)
    assert speaker_of(doc[len(doc) - 1]) is None


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for Mayor Ann Lee said the bridge would open in May.",
        "A spokesman for Mr. Tom Hart said the bridge would open in May.",
    ],
)
def test_who_speaks_for_a_titled_person_is_not_them(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.kind == "description" and quote.speaker.name.startswith("spokes")


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with the editors of the Boston Globe Ann Lee said that the plan was dead.",
        "After a dinner with the founders of the Cotton Club Ann Lee said the plan was dead.",
        "At a meeting with the staff of the Oregon Courier Ann Lee said that the plan was dead.",
    ],
)
def test_a_name_a_fronted_phrase_runs_into_without_its_comma_is_the_subject(extract, text):
    # the parser makes "the Boston Globe Ann Lee" one noun phrase, leaving "said" no subject
    (quote,) = extract(text).quotes
    assert quote.speaker.name == "Ann Lee" and quote.speaker.mention.text == "Ann Lee"


def test_a_fronted_name_set_off_by_punctuation_is_no_run_on(vocab):
    # "In Boston, Lee said": the name after the comma is where the parser put it, not a run-on
    rows = [
        ("About", "ADP", "prep", 4),
        ("Lee", "PROPN", "pobj", 0),
        (",", "PUNCT", "punct", 4),
        ("Hart", "PROPN", "appos", 1),
        ("said", "VERB", "ROOT", 4),
        ("no", "INTJ", "dobj", 4),
    ]
    tags = ["IN", "NNP", ",", "NNP", "VBD", "UH"]
    doc = parsed(vocab, rows, ents=[(1, 2, "PERSON"), (3, 4, "PERSON")], tags=tags)
    from quotex.quotes.grammar import _name_running_on_from_fronted_phrase

    assert not _name_running_on_from_fronted_phrase(doc[4], doc[3])
    doc = parsed(
        vocab, [*rows[:2], ("the", "DET", "det", 3), *rows[3:]], ents=[(1, 2, "PERSON"), (3, 4, "PERSON")], tags=tags
    )
    assert _name_running_on_from_fronted_phrase(doc[4], doc[3])


def test_a_verb_the_tagger_read_as_a_plural_noun_after_a_name_speaks_through_the_name(vocab):
    # "But Hart claims that he …" parsed as the noun phrase "Hart claims" with a clause
    from quotex.extract import extract_article
    from quotex.readers import Source

    rows = [
        ("But", "CCONJ", "cc", 2),
        ("Hart", "PROPN", "compound", 2),
        ("claims", "NOUN", "ROOT", 2),
        ("that", "SCONJ", "mark", 6),
        ("he", "PRON", "nsubj", 6),
        ("should", "AUX", "aux", 6),
        ("be", "AUX", "ccomp", 2),
        ("the", "DET", "det", 8),
        ("exception", "NOUN", "attr", 6),
        (".", "PUNCT", "punct", 2),
    ]
    tags = ["CC", "NNP", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN", "."]
    lemmas = [word.lower() for word, *_ in rows]
    lemmas[2] = "claim"
    doc = parsed(vocab, rows, ents=[(1, 2, "PERSON")], tags=tags, lemmas=lemmas)
    quotes = extract_article(doc, Source("hart", None, doc.text)).quotes
    assert [(q.type, q.text, q.speaker.name) for q in quotes] == [
        ("indirect", "that he should be the exception", "Hart")
    ]
    # a plain noun phrase before the clause is no verb ("Hart claims" with no "that" clause)
    doc = parsed(vocab, [*rows[:3], (".", "PUNCT", "punct", 2)], ents=[(1, 2, "PERSON")], tags=[*tags[:3], "."])
    assert extract_article(doc, Source("hart", None, doc.text)).quotes == []


@pytest.mark.parametrize(
    "text", ["Everyone but Ann Lee said the plan was fine.", "Everyone except Tom Hart said the plan was fine."]
)
def test_a_name_left_out_of_the_subject_is_not_the_speaker(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name is None and quote.speaker.mention.text == "Everyone"


def test_an_organisation_the_model_ran_past_a_verb_with_its_own_clause_ends_at_the_verb(vocab):
    # a title-case headline, "Flood Survivors Explain Why Lee Won", one organisation to the model
    rows = [
        ("Flood", "PROPN", "compound", 1),
        ("Survivors", "PROPN", "nsubj", 2),
        ("Explain", "VERB", "ROOT", 2),
        ("Why", "ADV", "advmod", 5),
        ("Lee", "PROPN", "nsubj", 5),
        ("Won", "VERB", "ccomp", 2),
    ]
    doc = parsed(vocab, rows, [(0, 6, "ORG")], tags=["NNP", "NNPS", "VBP", "WRB", "NNP", "VBD"])
    start, end = speaker_span(doc[1])
    assert doc[start:end].text == "Flood Survivors"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a document the sentence is about, issued by no one named, speaks for itself
        (
            "A petition saying that Tom Hart should resign has drawn 5,000 names.",
            "that Tom Hart should resign",
            "A petition",
        ),
        (
            "An online petition urging the council to keep the library open has drawn 5,000 names.",
            "to keep the library open",
            "An online petition",
        ),
        # one someone issued is theirs
        ("The union issued a statement calling on the mayor to resign.", "to resign", "The union"),
    ],
)
def test_a_document_with_a_speech_participle_speaks_unless_someone_issued_it(extract, text, words, speaker):
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.speaker.mention.text) == (words, speaker)


def test_a_dash_the_model_took_into_a_name_is_no_part_of_the_speaker(extract):
    text = "Ann Lee - who runs the parks board - said at a rally that the city should close its pools."
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.mention.text == "Ann Lee"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("According to a statement from the club, the player will miss six weeks.", "the club"),
        ("The deal is off, per a statement from the mayor's office.", "the mayor's office"),
        ("According to a report by the state inspector, the bridge is unsafe.", "the state inspector"),
        # a date after "from" is when, not who
        ("A report from Tuesday said the bridge was unsafe.", "A report"),
    ],
)
def test_a_document_speaks_for_whoever_it_is_from(extract, text, speaker):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.mention.text == speaker


def test_a_verb_after_an_auxiliary_that_the_tagger_read_as_a_noun_speaks_through_its_subject(extract):
    # "post" tagged as a noun, its subject hung on "did"
    quote = only_quote(extract("Ann Lee did post on Twitter that the plan was dead."), "indirect")
    assert (quote.text, quote.speaker.name) == ("that the plan was dead", "Ann Lee")


def _report(vocab, lemma, preposition, content, content_pos):
    """ "Lee LEMMA [PREPOSITION] the CONTENT": a hand-built parse of a report."""
    rows = [("Lee", "PROPN", "nsubj", 1), (lemma, "VERB", "ROOT", 1)]
    if preposition:
        rows += [(preposition, "ADP", "prep", 1), ("the", "DET", "det", 4), (content, content_pos, "pobj", 2)]
    else:
        rows += [("the", "DET", "det", 3), (content, content_pos, "dobj", 1)]
    return parsed(vocab, rows, lemmas=[row[0] for row in rows])


@pytest.mark.parametrize(
    ("lemma", "preposition", "content", "content_pos", "topic"),
    [
        ("discuss", None, "budget", "NOUN", True),
        ("mention", None, "ferry", "NOUN", True),
        ("criticize", None, "budget", "NOUN", False),  # a stance on it
        ("talk", "about", "budget", "NOUN", True),
        ("talk", "about", "raising", "VERB", False),  # an account, not a noun phrase
        ("complain", "about", "fees", "NOUN", False),
        ("respond", "to", "tweet", "NOUN", True),
        ("talk", "to", "reporters", "NOUN", False),  # the ones spoken to
        ("ask", "about", "loan", "NOUN", True),
        ("ask", "of", "rival", "NOUN", False),  # what was asked for
        ("speak", "of", "flood", "NOUN", True),
    ],
)
def test_a_report_of_a_topic_is_told_from_its_verb_and_content(vocab, lemma, preposition, content, content_pos, topic):
    doc = _report(vocab, lemma, preposition, content, content_pos)
    assert reports_a_topic(doc[1], doc[len(doc) - 1]) is topic


def test_a_description_with_as_says_what_it_is(vocab):
    rows = [
        ("Lee", "PROPN", "nsubj", 1),
        ("described", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3),
        ("plan", "NOUN", "dobj", 1),
        ("as", "ADP", "prep", 1),
        ("reckless", "ADJ", "pobj", 4),
    ]
    doc = parsed(vocab, rows, lemmas=["Lee", "describe", "the", "plan", "as", "reckless"])
    assert not reports_a_topic(doc[1], doc[3])
    doc = parsed(vocab, rows[:4], lemmas=["Lee", "describe", "the", "plan"])
    assert reports_a_topic(doc[1], doc[3])


@pytest.mark.parametrize(("preposition", "topic"), [("on", True), ("of", False)])
def test_a_statement_on_something_names_a_topic_one_of_something_what_it_says(vocab, preposition, topic):
    """ "her statement on the flood" / "a statement of regret"."""
    rows = [
        ("a", "DET", "det", 1),
        ("statement", "NOUN", "ROOT", 1),
        (preposition, "ADP", "prep", 1),
        ("regret", "NOUN", "pobj", 2),
    ]
    doc = parsed(vocab, rows, lemmas=[row[0] for row in rows])
    assert reports_a_topic(doc[1], doc[3]) is topic


@pytest.mark.parametrize(
    "text",
    [
        "Heatwave: hospitals told to prepare as temperatures soar",
        "Residents urged to stay indoors as smoke spreads",
        "Ministers accused of 'betrayal' over rail cuts",
        "Mayor criticised over 'reckless' budget",
        "Council praised for 'brave' decision on parking",
    ],
)
def test_a_headline_passive_without_its_were_gives_no_speaker(extract, text):
    """The hospitals are told, the residents urged, the ministers accused: whoever did it
    goes unnamed."""
    assert [q.speaker for q in extract(text).quotes if q.speaker is not None] == []


def test_one_asking_to_do_something_asks_it(extract):
    quote = only_quote(extract("Ann Lee asked to speak to the manager."), "indirect")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hart came under fire when it was revealed in March that he had used a private account.",
        "Staff cheered as Ann Lee was announced the winner.",
        "Hospitals have been told to prepare as temperatures are forecast to reach 38C.",
    ],
)
def test_a_passive_report_without_by_names_no_source_however_deep_it_sits(extract, text):
    """Not the one the sentence is about (Hart), the ones cheering, nor the hospitals told."""
    quotes = [q for q in extract(text).quotes if q.type == "indirect"]
    assert quotes and all(q.speaker is None for q in quotes)


def test_has_said_shortened_is_no_passive(extract):
    quote = only_quote(extract("While he's said he will fight on, Tom Hart is running out of money."), "indirect")
    assert quote.speaker.name == "Tom Hart"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesman for the farm workers' union, who asked not to be named, said inspections were rare.",
            "spokesman for the farm workers' union",
        ),
        (
            "A spokesman for the ferry company, which has run the route since 1998, said the service would resume.",
            "spokesman for the ferry company",
        ),
        # a clause that says which ones they are is part of who they are
        (
            "A majority of those who voted in the poll said the plan was unfair.",
            "majority of those who voted in the poll",
        ),
    ],
)
def test_a_relative_clause_set_off_or_giving_the_terms_of_anonymity_is_no_part_of_the_speaker(extract, text, name):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An adviser to Ann Lee said the plan was dead.", "adviser to Ann Lee"),
        ("An aide to the mayor, who has run the office since 2019, said the talks had stalled.", "aide to the mayor"),
    ],
)
def test_whose_aide_or_adviser_someone_is_belongs_to_the_description(extract, text, name):
    """Described, not named: the speaker is the adviser, never Ann Lee."""
    quote = only_quote(extract(text), "indirect")
    assert (quote.speaker.kind, quote.speaker.name) == ("description", name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee accused the ministers of 'betrayal' over rail cuts.", "Ann Lee"),
        ("Tom Hart warned of 'chaos' on the railways.", "Tom Hart"),  # a warning, his
        ("The group, which Ann Lee blamed for the attacks, has not responded.", "Ann Lee"),
    ],
)
def test_an_active_accusation_or_warning_is_the_speaker_s(extract, text, speaker):
    """The one accused follows the verb, or went ahead of it with "which"."""
    (quote,) = extract(text).quotes
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A report commissioned by Riverton Council found the barriers "not fit for purpose".', "report"),
        ('An email obtained by the Daily Ledger said the plan was "dead in the water".', "email"),
        ('A letter sent out by Ann Lee warned that the plan was "reckless".', "Ann Lee"),
        ('A poll conducted by the Daily Ledger found that voters were "deeply split".', "Daily Ledger"),
    ],
)
def test_a_document_speaks_for_who_wrote_it_not_who_ordered_or_obtained_it(extract, text, speaker):
    (quote,) = [q for q in extract(text).quotes if q.type == "partial"]
    assert quote.speaker.name == speaker
