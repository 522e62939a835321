"""Reported speech: indirect quotes and words quoted inside them (within_report)."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
import pytest

from quotex.quotes.context import QuoteContext
from quotex.quotes.rules import reported
from tests.quotes.helpers import only_quote, parsed


def test_indirect_quote_has_speaker_cue_and_clause(extract):
    text = "Ann Lee said that the bridge would open in May."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that the bridge would open in May"
    assert quote.speaker.name == "Ann Lee"
    assert quote.cue.text == "said"


@pytest.mark.parametrize(
    "text, reports",
    [
        (
            "Ann Lee refused to admit any wrongdoing on the council's part.",
            ["to admit any wrongdoing on the council's part"],
        ),
        ("Tom Hart said he believes the bridge is safe.", ["he believes the bridge is safe"]),
    ],
)
def test_a_report_inside_a_report_by_the_same_speaker_is_not_repeated(extract, text, reports):
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == reports


@pytest.mark.parametrize(
    "text, report",
    [
        ("Ann Lee said Tom Hart claimed the bridge was safe.", "Tom Hart claimed the bridge was safe"),
        ("Ann Lee said voters want a new bridge.", "voters want a new bridge"),
        ("Ann Lee said the council attacked the plan because it was too costly.", "the council attacked"),
    ],
)
def test_a_report_inside_another_speakers_report_is_that_speakers_account(extract, text, report):
    """What Hart claimed or voters want is told by Lee: one quote, Lee's."""
    quotes = [q for q in extract(text).quotes if q.type == "indirect"]
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Ann Lee" and quotes[0].text.startswith(report)


def test_a_report_cited_with_according_to_is_the_statement(extract):
    text = "Harbor Freight emphasized it was working around the clock, according to the Gazette."
    speakers = {q.text: q.speaker.name for q in extract(text).quotes if q.type == "indirect"}
    assert speakers["it was working around the clock"] == "Harbor Freight"


def test_a_clause_before_a_semicolon_is_not_reported_by_the_verb_after_it(extract):
    text = "Ann Lee claimed the vote had been fair; Tom Ward claimed it was rigged."
    speakers = {q.text: q.speaker.name for q in extract(text).quotes if q.type == "indirect"}
    assert speakers == {"the vote had been fair": "Ann Lee", "it was rigged": "Tom Ward"}


def test_what_someone_said_is_theirs_even_inside_another_report(extract):
    text = "Officials said ten houses were flooded, victims of what Ann Lee said was a failed levee."
    speakers = {q.text: q.speaker.name for q in extract(text).quotes if q.type == "indirect"}
    assert speakers.get("was a failed levee") == "Ann Lee"


def test_a_report_inside_a_report_without_a_source_stays(extract):
    quotes = [q for q in extract("Residents were told Ann Lee said the bridge would close.").quotes]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Ann Lee said the bridge would close", None),
        ("the bridge would close", "Ann Lee"),
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        ("The bridge, Ann Lee said on Monday, will close in May.", ("The bridge", "will close in May")),
        (
            "At one point, Ann Lee said, the council considered closing the bridge.",
            ("At one point", "the council considered closing the bridge"),
        ),
    ],
)
def test_a_speech_verb_set_off_inside_a_clause_reports_the_clause(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"
    assert tuple(fragment.text for fragment in quote.fragments) == words
    assert quote.text == " ".join(words)  # the aside is not part of what was said
    assert (quote.start, quote.end) == (text.index(words[0]), text.index(words[1]) + len(words[1]))


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Most of the residents said the bridge was unsafe.", "Most of the residents"),
        ("Many of them said the bridge was unsafe.", "Many of them"),
        ("The survey asked 900 drivers. One in three said the bridge was unsafe.", "One in three"),
        ("The residents met on Monday. Many said the bridge was unsafe.", "Many"),
    ],
)
def test_a_share_of_a_group_speaks_for_it(extract, text, speaker):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "the bridge was unsafe" and quote.speaker.mention.text == speaker


def test_a_quantity_that_is_not_the_subject_of_saying_is_no_speaker(extract):
    """ "many" with a noun after it is that noun's, not a group speaking on its own."""
    quote = only_quote(extract("Many residents said the bridge was unsafe."), "indirect")
    assert quote.speaker.mention.text == "Many residents"


def test_the_aside_of_a_report_ends_before_a_clause_joined_on_to_it(extract):
    text = "The pilot had no known political ties, the airline added, and had passed every check."
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.mention.text == "the airline"
    assert [f.text for f in quote.fragments] == [
        "The pilot had no known political ties",
        "and had passed every check",
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        ("As Ann Lee noted on Monday, the bridge is too old to repair.", "the bridge is too old to repair"),
        ("As Ann Lee told reporters, the bridge is too old to repair.", "the bridge is too old to repair"),
        ("The bridge is too old to repair, as Ann Lee pointed out.", "The bridge is too old to repair"),
    ],
)
def test_an_as_clause_of_saying_reports_the_clause_it_hangs_on(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "As Ann Lee joked with a friend at the table, her brother grew impatient.",
        "As Ann Lee called for calm, the crowd moved towards the bridge.",
    ],
)
def test_an_as_clause_that_tells_when_reports_nothing(extract, text):
    """The verb has its own object: "as" says when, and the main clause is the writer's."""
    main = text.split(", ", 1)[1].rstrip(".")
    assert all(q.text != main for q in extract(text).quotes)


def test_an_as_clause_after_the_main_one_without_a_comma_tells_when(extract):
    """ "He smiled as he replied": no comma, no aside; but a comparison with what was said
    ("not as bad as he suggested") reports it."""
    text = "Tom Hart rode the mood of the crowd as he replied."
    assert [q for q in extract(text).quotes if q.type == "indirect"] == []
    quote = only_quote(extract("His childhood was not as hard and lonely as Tom Hart suggested."), "indirect")
    assert "as hard and lonely" in quote.text and quote.speaker.name == "Tom Hart"


@pytest.mark.parametrize(
    "text",
    [
        "The shooter's friend was denied bail by the judge on Friday.",
        "The clerks denied the couple a marriage license.",
        "The county has denied mining permits to the company for years.",
    ],
)
def test_what_deny_withholds_is_not_what_anyone_said(extract, text):
    assert [q for q in extract(text).quotes if q.type == "indirect"] == []


def test_what_deny_disputes_is_reported(extract):
    quote = only_quote(extract("The senator denied the report on Monday."), "indirect")
    assert quote.text == "the report" and quote.speaker.name == "senator"


def test_a_report_ends_before_a_clause_joined_on_that_quotes_someone(extract):
    text = 'Ann Lee said she saw no need to change the plan, telling the council that "we keep our word."'
    quotes = extract(text).quotes
    report = next(q for q in quotes if q.type == "indirect")
    assert report.text == "she saw no need to change the plan" and report.speaker.name == "Ann Lee"
    assert any(q.type != "indirect" and "we keep our word" in q.text for q in quotes)


def test_if_opens_a_question_only_when_it_marks_the_reported_verb(extract):
    stated = only_quote(extract("Ann Lee said if elected she would build a bridge."), "indirect")
    assert stated.text == "if elected she would build a bridge"
    assert [q for q in extract("Ann Lee would not say if she will run again.").quotes] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee responded on Twitter.",
        "The mayor responded on Friday.",
        "The figures were released on Tuesday.",
        "The mayor's support over the past year has grown.",
        "Lee's comments on Friday drew anger.",
    ],
)
def test_a_time_or_a_medium_is_not_reported_content(extract, text):
    assert [q.text for q in extract(text).quotes] == []


def test_embedded_question_is_not_an_indirect_quote(extract):
    article = extract("Ann Lee would not say how many lorries would use the bridge.")
    assert [q for q in article.quotes if q.type == "indirect"] == []
    # an account someone withholds is a report of what was not said
    quote = only_quote(extract("Ann Lee did not reveal how many lorries would use the bridge."), "indirect")
    assert quote.indirect_kind == "not_said"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At a rally on Friday in Dayton, Ann Lee questioned what kind of mayor gets up at 3 a.m. to send tweets.",
            "what kind of mayor gets up at 3 a.m. to send tweets",
        ),
        (
            "A memorable Lee ad in 2010 questioned whether Tom Hart was ready to run the port.",
            "whether Tom Hart was ready to run the port",
        ),
    ],
)
def test_what_someone_questions_is_what_they_said(extract, text, content):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == content and quote.indirect_kind == "speech"


def test_passive_report_without_agent_is_indirect_with_no_speaker(extract):
    quote = only_quote(extract("Residents were told that the bridge would close in May."), "indirect")
    assert quote.speaker is None
    assert quote.text.endswith("the bridge would close in May") and quote.cue.text == "told"


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "In allowing the group to see the files in March, a federal judge determined that the "
            "council’s handling of the records was “a mess” from the start.",
            "federal judge",
            "a mess",
        ),
        ("Tom Hart assumed the group was “pro-bridge” because of its name.", "Tom Hart", "pro-bridge"),
    ],
)
def test_words_quoted_inside_reported_speech_are_the_reported_speakers(extract, text, speaker, words):
    article = extract(text)
    quote = only_quote(article, "partial")
    assert (quote.rule, quote.speaker.name, quote.text) == ("within_report", speaker, words)
    assert [q for q in article.quotes if q.type == "indirect"] == []  # the report is that quote now
    assert article.terms == []


def test_title_inside_reported_speech_stays_a_term(extract):
    article = extract("Ann Lee believes she watched “Morning Joe” every day last year.")
    assert [(term.text, term.reason) for term in article.terms] == [("Morning Joe", "title_or_name")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ward repeatedly refused to admit any wrongdoing on the council's part.",
        "The company declined to comment on the report.",
        "Ann Lee did not respond to requests for comment about the bridge.",
        "Ann Lee never said the bridge was unsafe.",
        "Ann Lee left the meeting without saying that the bridge would close.",
        # a subject that says nobody did
        "None of the members said the bridge was unsafe.",
        "Neither side has said the bridge was unsafe.",
        "No official said the bridge was unsafe.",
        # nothing said
        "Ann Lee said nothing about the bridge.",
    ],
)
def test_a_negated_or_refused_report_of_speech_is_not_said(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.indirect_kind == "not_said"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ann Lee denied that she had lied to the council.", "speech"),  # a denial says something
        ("Ann Lee does not believe the bridge will open in May.", "thought"),  # a belief, negated
        ("Ann Lee said the bridge would open in May.", "speech"),
        ("Both sides said the bridge would open in May.", "speech"),
        ("Senator Ann Lee voted for the bridge plan on Monday.", "thought"),  # a vote, not words
    ],
)
def test_a_denial_and_a_negated_belief_keep_their_kind(extract, text, kind):
    quote = only_quote(extract(text), "indirect")
    assert quote.indirect_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ward is set to tell the council that the bridge plan has failed.",
        "The firm is expected to announce its results on Friday.",
        "Tom Ward will tell the council on Monday that the bridge plan has failed.",
    ],
)
def test_a_report_of_speech_still_to_come_is_not_said(extract, text):
    quotes = [q for q in extract(text).quotes if q.cue is not None and q.cue.text in ("tell", "announce")]
    assert [q.indirect_kind for q in quotes] == ["not_said"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ann Lee spoke to reporters on Tuesday, describing her feelings after the vote.", "her feelings"),
        ("Ann Lee discussed the budget at length on Monday.", "the budget"),
        ("Tom Hart responded to the tweet within minutes.", "the tweet"),
        ("Ann Lee mentioned her grandson in the speech.", "her grandson"),
        ("Tom Hart made comments about the flood on Sunday.", "the flood"),
        ("Ann Lee issued a statement on the flood.", "the flood"),
        ("Ann Lee wrote about the ferry last week.", "the ferry"),
    ],
)
def test_a_report_naming_only_what_the_words_were_about_is_a_topic(extract, text, words):
    """What she discussed or mentioned, not what she said: a user keeping only statements
    (``--speech-only``) leaves these out."""
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.indirect_kind) == (words, "topic")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ann Lee mentioned that the fees would rise in May.", "that the fees would rise in May"),
        ("Ann Lee complained about the fees.", "the fees"),  # a complaint says they are too high
        ("Ann Lee criticized the deal on Monday.", "the deal"),
        ("Tom Hart described the proposal as reckless.", "the proposal"),  # says what it is
        ("Ann Lee explained how the bridge would be paid for.", "how the bridge would be paid for"),
    ],
)
def test_a_report_saying_something_of_its_topic_is_speech(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.indirect_kind) == (words, "speech")


def test_speech_a_story_narrates_with_would_was_said(extract):
    quote = only_quote(extract("Ann Lee would later tell reporters that she had no regrets."), "indirect")
    assert quote.indirect_kind == "speech"


def test_a_source_the_parser_hung_on_the_end_of_the_report_gives_it(extract):
    text = "The two leaders will discuss migration across the Channel, a spokeswoman for Ann Lee said."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "The two leaders will discuss migration across the Channel"
    assert quote.speaker.mention.text.startswith("a spokeswoman for Ann Lee")


@pytest.mark.parametrize(
    "text",
    [
        "The senator has maintained a double-digit lead in the polls.",
        "The firm added 200 jobs last year.",
        "The riverside town boasts 12,000 residents and a ferry to the island.",
    ],
)
def test_what_maintain_add_and_boast_take_as_an_object_is_not_said(extract, text):
    """Said only with a clause ("maintained that …"); an object is kept, counted or had."""
    assert [q for q in extract(text).quotes if q.type == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The senator maintained that the plan was dead.", "that the plan was dead"),
        ("The mayor boasted that the town had never flooded.", "that the town had never flooded"),
    ],
)
def test_maintain_or_boast_with_a_clause_is_a_report(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words


def test_a_clause_subject_parsed_as_the_object_gives_the_clause(vocab):
    """ "Lee maintained an inquiry is what the council does", parsed with "inquiry" as the
    object and "is" as a second verb of Lee's: the clause runs from the object on."""
    from quotex.quotes.rules.reported import _clause_after_object

    rows = [
        ("Lee", "PROPN", "nsubj", 1),
        ("maintained", "VERB", "ROOT", 1),
        ("an", "DET", "det", 3),
        ("inquiry", "NOUN", "dobj", 1),
        ("is", "AUX", "conj", 1),
        ("what", "PRON", "dobj", 8),
        ("the", "DET", "det", 7),
        ("council", "NOUN", "nsubj", 8),
        ("does", "VERB", "ccomp", 4),
        (".", "PUNCT", "punct", 1),
    ]
    doc = parsed(vocab, rows)
    verb = _clause_after_object(doc[1], doc[3])
    assert verb is not None and verb.i == 4


@pytest.mark.parametrize(
    ("lemma", "mark", "runs_on"),
    [
        ("caution", None, True),  # "Lee cautioned justice does not come swiftly"
        ("caution", "that", False),  # "… cautioned voters that …": the object is the hearer
        ("tell", None, False),  # "told reporters …": a hearer, whatever follows
    ],
)
def test_a_clause_without_its_subject_after_the_object_gives_the_clause(vocab, lemma, mark, runs_on):
    from quotex.quotes.rules.reported import _clause_after_object

    words = ["Lee", "said", "justice", *([mark] if mark else []), "does", "not", "come", "."]
    verb_at = len(words) - 2
    rows = [
        ("Lee", "PROPN", "nsubj", 1),
        (lemma, "VERB", "ROOT", 1),
        ("justice", "NOUN", "dobj", 1),
        *([(mark, "SCONJ", "mark", verb_at)] if mark else []),
        ("does", "AUX", "aux", verb_at),
        ("not", "PART", "neg", verb_at),
        ("come", "VERB", "ccomp", 1),
        (".", "PUNCT", "punct", 1),
    ]
    doc = parsed(vocab, rows, lemmas=[word.lower() if word != lemma else lemma for word, *_ in rows])
    found = _clause_after_object(doc[1], doc[2])
    assert (found is not None and found.i == verb_at) is runs_on


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tom Ward confessed to killing his sister in 2016.", "killing his sister in 2016"),
        ("Tom Ward admitted to taking the money.", "taking the money"),
    ],
)
def test_admitting_or_confessing_to_something_reports_it(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words and quote.speaker.name == "Tom Ward"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ann Lee called for the killers to be brought to justice.", "the killers to be brought to justice"),
        ("Ann Lee met reporters, calling for the council to resign.", "the council to resign"),
    ],
)
def test_calling_for_someone_to_act_reports_what_is_called_for(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words and quote.speaker.name == "Ann Lee"


def test_a_noun_for_calls_taken_for_a_verb_reports_nothing(extract):
    text = "These calls for more troops have come even as the same candidates oppose a war."
    assert not [q for q in extract(text).quotes if q.cue is not None and q.cue.text == "calls"]


@pytest.mark.parametrize(
    "text",
    [
        "A majority of migrants admitted to the United Kingdom from all countries are farm workers.",
        "Only 900 Chileans have been admitted to the country in three years.",
    ],
)
def test_being_admitted_to_a_country_is_no_report(extract, text):
    assert not extract(text).quotes


@pytest.mark.parametrize(
    "rows",
    [
        # "Lee maintained a lead and won the vote": a second verb after "and"
        [
            ("Lee", "PROPN", "nsubj", 1),
            ("maintained", "VERB", "ROOT", 1),
            ("a", "DET", "det", 3),
            ("lead", "NOUN", "dobj", 1),
            ("and", "CCONJ", "cc", 1),
            ("won", "VERB", "conj", 1),
            ("the", "DET", "det", 7),
            ("vote", "NOUN", "dobj", 5),
        ],
        # "Lee wrote laws that gave Obama power expanded …": the object is described by a clause
        [
            ("Lee", "PROPN", "nsubj", 1),
            ("wrote", "VERB", "ROOT", 1),
            ("laws", "NOUN", "dobj", 1),
            ("that", "PRON", "nsubj", 4),
            ("gave", "VERB", "relcl", 2),
            ("Obama", "PROPN", "dative", 4),
            ("expanded", "VERB", "conj", 1),
            ("power", "NOUN", "dobj", 6),
        ],
    ],
)
def test_an_object_followed_by_a_second_verb_of_the_speaker_stays_an_object(vocab, rows):
    from quotex.quotes.rules.reported import _clause_after_object

    doc = parsed(vocab, rows)
    obj = next(token for token in doc if token.dep_ == "dobj")
    assert _clause_after_object(doc[1], obj) is None


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Critics call it a tax on the poor.", "it a tax on the poor", "Critics"),
        ("Ann Lee called the plan a disaster for the town.", "the plan a disaster for the town", "Ann Lee"),
        ("Ann Lee dubbed the plan a tax on the poor.", "the plan a tax on the poor", "Ann Lee"),
    ],
)
def test_giving_something_a_name_is_a_statement_about_it(extract, text, words, speaker):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words and quote.speaker.mention.text == speaker


def test_calling_a_meeting_is_no_statement(extract):
    assert [q for q in extract("The council called an emergency session.").quotes if q.type == "indirect"] == []


def test_a_second_verb_of_saying_of_the_speaker_starts_a_second_report(extract):
    text = "Ann Lee told the council her group never worked with Tom Hart and said the group was independent."
    reports = [(q.text, q.cue.text, q.speaker.name) for q in extract(text).quotes if q.type == "indirect"]
    assert reports == [
        ("her group never worked with Tom Hart", "told", "Ann Lee"),
        ("the group was independent", "said", "Ann Lee"),
    ]


def test_a_clause_set_off_by_a_comma_that_reports_again_is_a_second_report(extract):
    text = "Ann Lee blasted the delegate system, which she said shuts out young voters."
    reports = [(q.text, q.speaker.name) for q in extract(text).quotes if q.type == "indirect"]
    assert reports == [("the delegate system", "Ann Lee"), ("shuts out young voters", "Ann Lee")]


def test_a_report_ends_before_a_deeper_clause_joined_on_that_quotes_someone(extract):
    text = (
        "Beside the protests, even a senior party adviser said Lee will have to pick whose side she is on, "
        "saying, “Sooner or later, she is going to have to speak up.”"
    )
    reports = [q.text for q in extract(text).quotes if q.type == "indirect"]
    assert reports == ["Lee will have to pick whose side she is on"]


def test_a_clause_after_the_verb_wins_over_one_the_parser_put_before_it(extract):
    # "looks likes": a slip the parser reads as a clause of its own before "said"
    text = (
        "Inside the hall - which looks likes a barn except for the missing roof - Tom Hart said he and "
        "most of the people who met there last Friday are trying to raise money and give blood."
    )
    reports = [q.text for q in extract(text).quotes if q.type == "indirect" and q.cue.text == "said"]
    assert reports == ["he and most of the people who met there last Friday are trying to raise money and give blood"]


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "Ann Lee said she hopes to open the bridge in May, but she knows that “nothing is certain.”",
            "nothing is certain.",
        ),
        ("Tom Hart said he did not mention the tolls because “nobody asked me.”", "nobody asked me."),
        ("Ann Lee said she recalled thinking, “This bridge will outlive us all.”", "This bridge will outlive us all."),
    ],
)
def test_a_report_inside_the_clause_a_quote_is_cued_from_is_part_of_that_statement(extract, text, quoted):
    """The verb that cues the quoted words reports the clause around them: no tail of that
    clause ("to open the bridge in May", "thinking") is a quote of its own."""
    article = extract(text)
    assert [q.text for q in article.quotes if q.type != "indirect"] == [quoted]
    assert [q.text for q in article.quotes if q.type == "indirect"] == []


def test_a_report_before_a_quote_attributed_after_it_stays(extract):
    """ "Lee noted the cost: “…,” she said": the parser may hang the first clause on the
    attribution after the quote; it is a statement of its own."""
    text = "Ann Lee warned that the tolls would rise: “Nobody will cross it,” she said."
    reports = [q.text for q in extract(text).quotes if q.type == "indirect"]
    assert reports == ["that the tolls would rise"]


@pytest.mark.parametrize(
    "text, report",
    [
        (
            "Ann Lee spoke on Monday. Lee also said she would consider closing the bridge to lorries.",
            "she would consider closing the bridge to lorries",
        ),
        (
            "Tom Hart was on patrol. Hart later said he suspected the driver was drunk.",
            "he suspected the driver was drunk",
        ),
    ],
)
def test_a_report_given_to_the_verb_that_reports_it_reads_as_that_verbs_words(extract, text, report):
    """The cue and the words agree: given to "said", the words are what "said" reports."""
    quotes = [q for q in extract(text).quotes if q.type == "indirect"]
    assert [(q.text, q.cue.text) for q in quotes] == [(report, "said")]


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that the tolls will rise.",
        "Let's say you save $100 a month for your daughter.",
        "Let us hope the bridge holds through the winter.",
        "Suffice it to say that the council was not pleased.",
    ],
)
def test_a_set_phrase_with_a_verb_of_saying_reports_no_one(extract, text):
    assert [q.text for q in extract(text).quotes] == []


def test_a_verb_of_saying_after_let_of_permission_still_reports(extract):
    # "let" with someone else as its object is not the writer's "let's"
    quote = only_quote(extract("The council let Ann Lee say that the bridge was safe."), "indirect")
    assert quote.text == "that the bridge was safe"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The mayor told reporters at a briefing on Monday that the bridge would open in May.",
            "that the bridge would open in May",
        ),
        (
            "Ann Lee said late on Thursday during a news conference that she may hold off until April to decide.",
            "that she may hold off until April to decide",
        ),
        # a gathering told something takes no relative clause, whatever "that" the parser made
        ("Mao told a regular news briefing that China would respond.", "that China would respond"),
        # nor one said at it, with a modal ("that" a relative pronoun to the parser)
        ("Ann Lee said on Friday at a briefing that she would wait.", "that she would wait"),
        # the document it was said in: its words are the speaker's
        (
            "The ministry said in a statement that the talks had ended without agreement.",
            "that the talks had ended without agreement",
        ),
        ("Police said in a statement that two men had been arrested.", "that two men had been arrested"),
        # or on the call it was said on, though the preposition could give a topic
        ("Ann Lee told analysts on a call that demand remained strong.", "that demand remained strong"),
    ],
)
def test_a_that_clause_the_parser_hung_on_an_adjunct_is_what_was_said(extract, text, content):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == content and quote.cue.text in ("told", "said")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee spoke at the briefing that she gave on Monday.",  # a relative clause of its own
        "Ann Lee spoke about her claim that the bridge was unsafe.",  # a noun that takes the clause
        "Ann Lee told a story that children would love.",  # one told that is no gathering
    ],
)
def test_a_relative_clause_on_an_adjunct_is_not_what_was_said(extract, text):
    assert not any(q.text.startswith("that") for q in extract(text).quotes)


def test_a_clause_after_a_time_phrase_the_parser_took_for_an_adverbial_one_is_what_was_said(extract):
    text = "Tom Hart said after the vote he would not take Ann Lee's support even if it were offered."
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == "Tom Hart" and quote.text.endswith(
        "he would not take Ann Lee's support even if it were offered"
    )
    # a clause of time is none: "when" opens it (what she said is "so")
    assert [q.text for q in extract("Ann Lee said so when she resigned from the council in May.").quotes] == ["so"]


@pytest.mark.parametrize(("auxiliary", "found"), [("was", True), ("being", False)])
def test_a_passive_clause_after_a_phrase_the_parser_took_for_an_adverbial_one_is_what_was_said(vocab, auxiliary, found):
    # "She said as a teenager she was forced into marriage.": in a story the parser may hang
    # the passive clause on "said" as an adverbial one; with a finite auxiliary it was said
    rows = [
        ("She", "PRON", "nsubj", 1),
        ("said", "VERB", "ROOT", 1),
        ("as", "ADP", "prep", 7),
        ("a", "DET", "det", 4),
        ("teenager", "NOUN", "pobj", 2),
        ("she", "PRON", "nsubjpass", 7),
        (auxiliary, "AUX", "auxpass", 7),
        ("forced", "VERB", "advcl", 1),
        ("into", "ADP", "prep", 7),
        ("marriage", "NOUN", "pobj", 8),
        (".", "PUNCT", "punct", 1),
    ]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "PRP", "VBD" if auxiliary == "was" else "VBG", "VBN", "IN", "NN", "."]
    doc = parsed(vocab, rows, tags=tags)
    clause = reported._unmarked_clause_taken_for_an_adjunct(doc[1])
    assert (clause is not None and clause.text == "forced") == found


def test_a_clause_holding_a_quote_before_the_verb_is_not_its_report(extract):
    text = (
        "Ann watched the debate at home.\n\n“Are we ahead?” she asked, but Tom had fallen asleep, and as Ward"
        " talked on about “a count that is fixed,” Ann said yes, of course, again and again."
    )
    assert [q.type for q in extract(text).quotes] == ["direct", "partial"]


def test_a_name_the_parser_hung_on_the_phrase_opening_the_sentence_is_the_subject(extract):
    text = "As part of the settlement, Pavel Dorin, 44, said that he had misled nearly 100 buyers."
    quote = only_quote(extract(text), "indirect")
    assert (quote.speaker.name, quote.text) == ("Pavel Dorin", "that he had misled nearly 100 buyers")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("About 4 in 10 say they want a new bridge.", "About 4 in 10", "they want a new bridge"),
        ("Six in 10 say the mayor is decisive.", "Six in 10", "the mayor is decisive"),
        # a fraction, whose "of" the parser hangs on its second word
        (
            "In the poll, nearly two-thirds of the town's voters say that the bridge is unsafe.",
            "nearly two-thirds of the town's voters",
            "that the bridge is unsafe",
        ),
    ],
)
def test_a_share_of_people_reports_what_they_say(extract, text, speaker, content):
    quote = only_quote(extract(text), "indirect")
    assert (quote.speaker.mention.text, quote.text, quote.cue.text) == (speaker, content, "say")
    assert quote.indirect_kind == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor reminded voters that the election is on Thursday.",
        "The mayor assured residents that the water was safe to drink.",
        "Ann Lee informed the board that she would resign in May.",
    ],
)
def test_telling_someone_something_reports_it(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.indirect_kind == "speech" and quote.text.startswith("that")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ward reminds me of a young Abraham Lincoln.",  # a likeness
        "With 90 seats at stake, Ann Lee is assured of winning at least 50.",  # a certainty
    ],
)
def test_a_likeness_or_a_certainty_is_no_report(extract, text):
    assert [q.cue.text for q in extract(text).quotes if q.cue is not None] == []


def test_nothing_inside_a_yes_or_no_question_is_a_report(extract):
    article = extract("Asked whether she expected a legal challenge, Ann Lee said: “Let them try.”")
    assert [q.cue.text for q in article.quotes if q.type == "indirect"] == ["Asked"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "LONDON (Reuters) - British inflation fell to 3.2 percent in March, the statistics office said.",
            "statistics office",
            "British inflation fell to 3.2 percent in March",
        ),
        ("SPRINGFIELD, Ill. (AP) — The plan is dead, Gov. Ann Lee said.", "Ann Lee", "The plan is dead"),
        (
            "Kolkata, Dec 3 (PTI) The bridge will reopen next week, officials said.",
            "officials",
            "The bridge will reopen next week",
        ),
        (
            "KYIV, Ukraine — Missiles struck the port overnight, officials said.",
            "officials",
            "Missiles struck the port overnight",
        ),
        # no dateline: the words in capitals are the clause's own
        ("NATO allies will meet - and soon, officials said.", "officials", "NATO allies will meet - and soon"),
    ],
)
def test_a_wire_dateline_is_no_part_of_what_was_said(extract, text, speaker, content):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == content
    assert (quote.speaker.name or quote.speaker.mention.text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee won the final. The 21-year-old said that she had trained hard for the moment.",
        # the parser hangs "The" and "old" on "added"
        "Ann Lee won the final. The 21-year-old added that she had trained hard for the moment.",
    ],
)
def test_someone_named_by_their_age_reports(extract, text):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that she had trained hard for the moment"
    assert quote.speaker.name == "Ann Lee"


def test_an_adjective_that_is_no_one_reports_nothing(extract):
    assert not [
        q
        for q in extract(
            "Ann Lee was unhurt. The same could not be said for Tom Hart, a farmer who lost his barn."
        ).quotes
        if q.type == "indirect"
    ]


def test_a_participle_before_the_hearer_is_not_what_was_said(extract):
    text = "Mayor Ann Lee told visiting British officials on Tuesday that Leeds wanted a new bridge."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that Leeds wanted a new bridge"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # the tagger takes "state" for a noun; with a subject and a clause it is the verb
        (
            "Estimates by the Peruvian government state about 90 thousand illegal mines are worked in the country each year.",
            "about 90 thousand illegal mines are worked in the country each year",
            "Peruvian government",
        ),
        # a document's author, named with "by" right after it, speaks through it
        ("A survey by the local council found that most homes were empty.", "that most homes were empty", "council"),
        # asking for something to be done reports what is asked for
        ("The Austrian partner asked for the price to be kept secret.", "the price to be kept secret", "partner"),
    ],
)
def test_reports_the_parser_or_tagger_hides(extract, text, words, speaker):
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, speaker in (quote.speaker.name or "")) == (words, True)


def test_speech_reported_as_done_is_reported_once(extract):
    quote = only_quote(extract("Tom Ward is reported to have said that he would resign."), "indirect")
    assert (quote.text, quote.speaker.name) == ("that he would resign", "Tom Ward")


@pytest.mark.parametrize(
    "text, words",
    [
        # the parser hangs the infinitive on the ones urged, as if it said which youths
        ("The governor, while addressing the gathering, urged youths to shun violence.", ["to shun violence"]),
        # an infinitive that says which ways is no report
        ("Ann Lee found ways to cut the bill.", []),
    ],
)
def test_what_someone_is_urged_to_do_is_reported(extract, text, words):
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == words


def test_a_clause_before_a_colon_and_the_quote_is_reported_beside_the_quote(extract):
    text = "Tom Hart told reporters that the drugs were only part of the solution: “Trust is what will stop it.”"
    quotes = extract(text).quotes
    assert [(q.type, q.text, q.speaker.name) for q in quotes] == [
        ("indirect", "that the drugs were only part of the solution", "Tom Hart"),
        ("direct", "Trust is what will stop it.", "Tom Hart"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an object the quote spells out, and a free relative, are no clause of their own
        "The Harbor Post noted a few relevant facts: “The bridge is forty years old.”",
        "Ann Lee has since apologized for what happened: “I should have told the council.”",
    ],
)
def test_an_object_before_a_colon_and_the_quote_is_no_report(extract, text):
    assert [q.type for q in extract(text).quotes] == ["direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The contract stipulates that the city must pay within 30 days.", "contract"),
        ("The new rules specify that every bridge must be inspected twice a year.", "new rules"),
    ],
)
def test_what_a_document_specifies_or_stipulates_is_reported(extract, text, speaker):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == speaker and quote.indirect_kind == "speech"


@pytest.mark.parametrize(
    "text, words, kind",
    [
        (
            "Ann Lee shot back that the reporter had not been called on.",
            "that the reporter had not been called on",
            "indirect",
        ),
        (
            "Tom Hart fired back: “We know the numbers better than that.”",
            "We know the numbers better than that.",
            "direct",
        ),
        ("The bridge is safe, Tom Hart hit back on Monday.", "The bridge is safe", "indirect"),
    ],
)
def test_answering_back_reports_what_the_speaker_answered(extract, text, words, kind):
    quote = only_quote(extract(text), kind)
    assert quote.text == words and quote.speaker.name in ("Ann Lee", "Tom Hart")
    assert quote.indirect_kind in (None, "speech")


@pytest.mark.parametrize(
    "text",
    ["Police fired back at the gunmen, killing two.", "Shares of the bank struck back after a weak morning."],
)
def test_firing_back_without_words_reports_nothing(extract, text):
    assert extract(text).quotes == []


@pytest.mark.parametrize(
    "text, words, kind",
    [
        ("Ann Lee issued a warning that the bridge was unsafe.", "that the bridge was unsafe", "indirect"),
        ("Ann Lee made the argument that the bridge was “unsafe for anyone.”", "unsafe for anyone.", "partial"),
        ("In Phoenix, Ann Lee delivered a warning that the city would be “left behind.”", "left behind.", "partial"),
    ],
)
def test_a_reporting_noun_voiced_by_a_light_verb_is_its_subject_s(extract, text, words, kind):
    quote = only_quote(extract(text), kind)
    assert quote.text == words and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    ["The ruling made the claim that the bridge was unsafe moot.", "Ann Lee made no comment on the ruling on Monday."],
)
def test_a_reporting_noun_no_one_voices_reports_nothing(extract, text):
    assert extract(text).quotes == []


@pytest.mark.parametrize(
    "text, report",
    [
        (
            "The study found that children who eat more “free” sugars are more likely to have tooth decay.",
            "that children who eat more “free” sugars are more likely to have tooth decay",
        ),
        (
            "Researchers found that “older girls” were less likely to be vaccinated.",
            "that “older girls” were less likely to be vaccinated",
        ),
    ],
)
def test_a_label_inside_a_finding_is_a_term_and_the_finding_a_report(extract, text, report):
    article = extract(text)
    assert [(q.type, q.text) for q in article.quotes] == [("indirect", report)]
    assert [t.reason for t in article.terms] == ["scare_quote"]


def test_words_a_finding_quotes_as_its_own_predicate_stay_a_quote(extract):
    quote = only_quote(extract("The report found that the service was “failing patients” across the county."))
    assert (quote.type, quote.text) == ("partial", "failing patients")


@pytest.mark.parametrize(
    "text, report",
    [
        (
            "Ann Lee said that the so-called “rebels” were gone from the city.",
            "that the so-called “rebels” were gone from the city",
        ),
        (
            "Ann Lee said she wanted a win in the so-called “mayors’ league.”",
            "she wanted a win in the so-called “mayors’ league.”",
        ),
        # the typewriter double mark both opens and closes
        ("Ann Lee said she backed the so-called ''pass through.''", "she backed the so-called ''pass through.''"),
    ],
)
def test_a_report_reads_through_a_term_and_keeps_its_closing_mark(extract, text, report):
    assert [(q.type, q.text) for q in extract(text).quotes] == [("indirect", report)]


def test_a_label_in_a_finding_reported_after_it_is_a_term(extract):
    article = extract("Children who eat more “free” sugars are more likely to have tooth decay, the study found.")
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert [(t.text, t.reason) for t in article.terms] == [("free", "scare_quote")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "On Friday Ford Motor Company announced the Justice Department was performing a criminal investigation.",
            "Ford Motor Company",
        ),
        ("On Friday Acme announced the Justice Department was investigating its practices.", "Acme"),
    ],
)
def test_a_name_after_a_day_without_a_comma_is_the_subject(extract, text, speaker):
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.mention.text == speaker


def test_a_day_that_owns_a_document_stays_in_the_speaker(extract):
    quote = only_quote(extract("Thursday's memo said the bridge was not safe."), "indirect")
    assert quote.speaker.mention.text == "Thursday's memo"


def test_what_someone_is_advised_to_do_is_reported_whoever_advises(extract):
    quote = only_quote(extract("The agency advises citizens to continue paying their taxes."), "indirect")
    assert (quote.text, quote.speaker.mention.text) == ("to continue paying their taxes", "The agency")


def test_advice_on_a_matter_is_no_report(extract):
    assert extract("The bank advised on the sale of the company last year.").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee of the charity Safe Homes told Reuters the statement was prepared in advance.",
        "Calling it “just another apology”, Ann Lee of the charity Safe Homes told Reuters the statement was "
        "prepared in advance.",
    ],
)
def test_a_person_of_a_body_speaks_not_the_body(extract, text):
    assert {q.speaker.name for q in extract(text).quotes} == {"Ann Lee"}


def test_a_joke_someone_makes_reports_what_it_is_about(extract):
    text = "Now his neighbours make jokes about sending observers to the town this November."
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.speaker.mention.text) == ("sending observers to the town this November", "his neighbours")


def test_a_joke_someone_cracks_gives_them_the_words_quoted_in_it(extract):
    quote = only_quote(extract("Tom Hart cracked a joke about the “bridge to nowhere” at the dinner."), "partial")
    assert quote.speaker.name == "Tom Hart"


def test_a_verb_the_parser_split_off_the_reported_clause_is_part_of_it(extract):
    text = "Hart charges that firms that stand to gain from the deal gave millions of dollars to the Lee Foundation."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that firms that stand to gain from the deal gave millions of dollars to the Lee Foundation"


def test_two_clauses_joined_by_but_before_a_trailing_attribution_are_one_report(extract):
    text = (
        "Lee had told the officers that she did not want the escort at all, but the police overruled that "
        "request, the source added."
    )
    (report,) = [q for q in extract(text).quotes if q.type == "indirect"]
    assert report.speaker.name == "source"
    assert report.text.startswith("Lee had told") and report.text.endswith("overruled that request")


def test_what_is_said_of_everything_someone_says_is_no_report(extract):
    assert not extract("We do not care. Everything Hart says is a lie unless proven otherwise.").quotes
    # a relative clause's own verb after "they say" is what they say
    (report,) = extract("The plan, which they say could exclude single mothers, is vague.").quotes
    assert report.text == "could exclude single mothers"


def test_a_clause_before_a_colon_is_no_report_of_the_verb_after_it(extract):
    quotes = extract("We have been here before: Hart declared war on the council in 2010 and lost.").quotes
    assert "We have been here before" not in [q.text for q in quotes]
    # a clause before a comma is
    (report,) = extract("The bridge will open in May, the mayor said.").quotes
    assert report.text == "The bridge will open in May"


def test_a_quote_s_own_attribution_is_no_report_of_a_later_verb(vocab):
    """ "“Are we ahead?” she said, but Tom dozed, Ann said yes.": the parser may make the first
    "said" a clause of the second; it attributes the quote before it."""
    words = "“ Are we ahead ? ” she said , but Tom dozed , Ann said yes .".split()
    heads = [3, 3, 3, 14, 3, 3, 7, 14, 7, 7, 11, 7, 14, 14, 14, 14, 14]
    deps = ["punct", "aux", "nsubj", "ccomp", "punct", "punct", "nsubj", "ccomp", "punct", "cc", "nsubj"]
    deps += ["conj", "punct", "nsubj", "ROOT", "intj", "punct"]
    pos = ["PUNCT", "AUX", "PRON", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB"]
    pos += ["PUNCT", "PROPN", "VERB", "INTJ", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[7] = lemmas[14] = "say"
    doc = parsed(vocab, list(zip(words, pos, deps, heads, strict=True)), lemmas=lemmas)
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    assert reported._attributes_the_quote_before(context, doc[7])
    # a clause with no quote before it is the later verb's report
    plain = parsed(
        vocab,
        [("Tom", "PROPN", "nsubj", 1), ("said", "VERB", "ccomp", 4), (",", "PUNCT", "punct", 4)]
        + [("Ann", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4)],
        lemmas=["tom", "say", ",", "ann", "say"],
    )
    assert not reported._attributes_the_quote_before(QuoteContext(plain, [], [(0, len(plain.text))]), plain[1])


def test_a_name_given_after_a_long_object_is_a_statement_about_it(extract):
    # the parser takes the name ("a crisis") for a second object after a long one
    text = "Ann Lee has called the closures of rural clinics across the state a crisis similar to the one of the 1980s."
    quote = only_quote(extract(text), "indirect")
    assert quote.text.startswith("the closures of rural clinics") and quote.text.endswith("1980s")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("second", "pos", "is_name"),
    [("crisis", "NOUN", True), ("morning", "NOUN", False), ("Tuesday", "PROPN", False)],
)
def test_a_second_object_that_tells_a_time_is_no_name(vocab, second, pos, is_name):
    from quotex.quotes.rules.reported import _name_taken_for_an_object

    rows = [("Lee", "PROPN", "nsubj", 1), ("called", "VERB", "ROOT", 1), ("the", "DET", "det", 3)]
    rows += [("owners", "NOUN", "dobj", 1), ("that", "DET", "det", 5), (second, pos, "dobj", 1)]
    doc = parsed(vocab, rows, lemmas=[word.lower() for word, *_ in rows])
    assert _name_taken_for_an_object(doc[1], doc[5]) is is_name
    assert not _name_taken_for_an_object(doc[1], doc[3])  # the first object is what is named
    # after a comma the second noun is no name for the first: "described the excitement, the series"
    rows = [*rows[:4], (",", "PUNCT", "punct", 1), *[(w, p, d, h + 1 if h > 3 else h) for w, p, d, h in rows[4:]]]
    doc = parsed(vocab, rows, lemmas=[word.lower() for word, *_ in rows])
    assert not _name_taken_for_an_object(doc[1], doc[6])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Whether the new model or the old one works better will be clear by spring, said Tom Hart.",
            "Whether the new model or the old one works better will be clear by spring",
        ),
        ("How the money was spent remains unknown, Tom Hart said.", "How the money was spent remains unknown"),
    ],
)
def test_a_question_that_is_the_subject_of_a_statement_does_not_make_it_a_question(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert quote.text == words and quote.speaker.name == "Tom Hart"


def test_an_attribution_the_parser_joined_on_as_a_clause_reports_the_clauses_before_it(extract):
    # after "In nearby Milltown," the parser makes "said" one more clause of the sentence
    text = (
        "In nearby Milltown, the old paper mill is holding on, but it is under heavy pressure from cheap "
        "imports, said the firm's chief executive, Tom Hart."
    )
    quote = only_quote(extract(text), "indirect")
    assert (
        quote.text == ("the old paper mill is holding on, but it is under heavy pressure from cheap imports")
        and quote.speaker.name == "Tom Hart"
    )


def test_a_trailing_attribution_has_its_subject_after_it_and_ends_the_sentence(vocab):
    from quotex.quotes.rules.reported import _clauses_before_a_trailing_attribution

    tail = [("Lee", "PROPN", "nsubj", 1), ("left", "VERB", "ROOT", 1), (",", "PUNCT", "punct", 1)]
    rows = [*tail, ("said", "VERB", "conj", 1), ("Hart", "PROPN", "nsubj", 3), (".", "PUNCT", "punct", 1)]
    doc = parsed(vocab, rows)
    assert _clauses_before_a_trailing_attribution(doc[3]) is not None
    # with its subject before it, a verb of saying joined on may be a clause of its own
    # ("Lee left, but Hart stayed and said …"); only the inverted order marks an attribution
    rows = [*tail, ("Hart", "PROPN", "nsubj", 4), ("said", "VERB", "conj", 1), (".", "PUNCT", "punct", 1)]
    assert _clauses_before_a_trailing_attribution(parsed(vocab, rows)[4]) is None
    # the sentence goes on after the attribution: "Lee left, said Hart, and the mill closed."
    rows = [*tail, ("said", "VERB", "conj", 1), ("Hart", "PROPN", "nsubj", 3), ("and", "CCONJ", "cc", 1)]
    rows += [("closed", "VERB", "conj", 1), (".", "PUNCT", "punct", 1)]
    assert _clauses_before_a_trailing_attribution(parsed(vocab, rows)[3]) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Asked if the toll was fair, 46 percent of drivers said yes.", "yes", "46 percent"),
        ("Asked whether he would run again, Tom Hart said no.", "no", "Tom Hart"),
        ("Tom Hart said no to the toll, as he had in 2019.", "no to the toll", "Tom Hart"),
        ("The mayor thinks the toll is fair, and Tom Hart said so on Monday.", "so", "Tom Hart"),
    ],
)
def test_a_word_that_answers_for_a_statement_is_what_was_said(extract, text, words, speaker):
    quote = next(q for q in extract(text).quotes if q.cue is not None and q.cue.text == "said")
    assert (quote.type, quote.text, quote.speaker.mention.text) == ("indirect", words, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hart said so many times that the toll was fair.",  # "so many": no answer
        "Tom Hart said no one would pay the toll.",  # "no one": the clause's subject
        # an answer with no subject of its own: too short to give to anyone further up
        "Most drivers now call the toll fair, after half said so in the spring.",
    ],
)
def test_so_and_no_that_answer_for_nothing_are_no_report(extract, text):
    assert all(q.text not in ("so", "no") for q in extract(text).quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ann Lee explained how the bridge would be paid for.", "how the bridge would be paid for", "Ann Lee"),
        ("Tom Hart told reporters how the mill had closed.", "how the mill had closed", "Tom Hart"),
        ("Ann Lee described why the town had changed.", "why the town had changed", "Ann Lee"),
    ],
)
def test_the_account_someone_gives_of_how_or_why_is_what_they_said(extract, text, words, speaker):
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.speaker.name, quote.indirect_kind) == (words, speaker, "speech")


@pytest.mark.parametrize(
    "text",
    [
        # a thing that explains is a cause, not a speaker
        "But it is the filing process that explains why Ann Lee will lose the vote.",
        "The gifts do not tell where Ann Lee would come down on the bridge.",
        # whether or if: still a question left open
        "Ann Lee explained whether the bridge would be paid for.",
    ],
)
def test_an_account_needs_someone_to_give_it_and_a_wh_word(extract, text):
    assert [q for q in extract(text).quotes if q.type == "indirect"] == []


def test_a_report_joined_to_a_refused_one_is_refused_too(extract):
    # one refusal of two things, the second going on with the first's "to"
    text = "Tom Hart refuses to release his records or explain how his firm won the contract."
    kinds = [(q.text, q.indirect_kind) for q in extract(text).quotes]
    assert kinds == [("to release his records or explain how his firm won the contract", "not_said")]


def test_a_report_no_one_bothered_to_give_is_not_said(extract):
    quote = only_quote(extract("No one bothered to tell the council that the bridge was closed."), "indirect")
    assert quote.indirect_kind == "not_said"


@pytest.mark.parametrize(
    "text",
    [
        "By Friday she held more regular, pledged delegates than her rival.",
        "Ann Lee leads in both pledged delegates and money raised.",
        "The numbers include pledged delegates and party officials.",
    ],
)
def test_a_participle_that_names_a_kind_of_thing_is_no_report(extract, text):
    assert [q.text for q in extract(text).quotes] == []


def test_a_verb_with_its_subject_hung_on_a_noun_still_reports(vocab):
    from quotex.quotes.rules.reported import _modifies_a_noun

    rows = [("party", "NOUN", "nsubj", 1), ("recommended", "VERB", "amod", 3), ("district", "NOUN", "compound", 3)]
    rows += [("Ping", "PROPN", "ROOT", 3)]
    assert not _modifies_a_noun(parsed(vocab, rows)[1])
    rows = [("the", "DET", "det", 2), ("pledged", "VERB", "amod", 2), ("delegates", "NOUN", "ROOT", 2)]
    assert _modifies_a_noun(parsed(vocab, rows)[1])


def test_a_relative_clause_on_a_gathering_is_no_report(extract):
    # no modal: the clause tells what happened at the gathering
    assert [q.text for q in extract("Ann Lee met reporters at a rally that she held in Texas.").quotes] == []
    assert [q.text for q in extract("Ann Lee told reporters at the rally that she held in Texas.").quotes] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shares rose 4%, traders said.", "Shares rose 4%"),
        ("Unemployment fell to 3.9%, the agency said.", "Unemployment fell to 3.9%"),
    ],
)
def test_a_per_cent_sign_ending_a_report_is_part_of_it(extract, text, words):
    assert only_quote(extract(text), "indirect").text == words


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, who asked not to be named, said the deal was close.",
        "Two aides, who requested not to be identified, said the deal was close.",
        "A shop owner who declined to be identified said the deal was close.",
        "One neighbour, who did not want to be named, said the deal was close.",
        "One neighbour, who wished to remain anonymous, said the deal was close.",
    ],
)
def test_the_terms_of_anonymity_are_no_statement(extract, text):
    assert [q.text for q in extract(text).quotes] == ["the deal was close"]


def test_a_clause_on_a_topic_noun_is_the_topic_s_not_the_speaker_s(extract):
    text = "Tom Hart responded on Friday to reports that the mayor planned to back his rival."
    quote = only_quote(extract(text), "indirect")
    assert quote.text.startswith("reports that")


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Ann Lee said she would not run again, citing her health.",
            [("she would not run again", "Ann Lee"), ("her health", "Ann Lee")],
        ),
        (
            "Ann Lee said she would not run again, saying she was tired.",
            [("she would not run again", "Ann Lee"), ("she was tired", "Ann Lee")],
        ),
    ],
)
def test_a_participle_of_saying_set_off_after_a_report_is_the_speaker_s_next_statement(extract, text, reports):
    assert [(q.text, q.speaker.name) for q in extract(text).quotes] == reports


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # a bare verb of saying that goes on with the clause's own "would" is part of it
        (
            "Prime Minister Tom Hale said Monday he would dissolve parliament and call an election.",
            ["he would dissolve parliament and call an election"],
        ),
        # a finite one with no subject is the speaker's next statement
        (
            "Ann Lee told reporters her club never dealt with Hart and said the club was independent.",
            ["her club never dealt with Hart", "the club was independent"],
        ),
    ],
)
def test_a_verb_of_saying_joined_to_a_report_is_part_of_it_only_after_its_modal(extract, text, reports):
    assert [q.text for q in extract(text).quotes] == reports


def test_a_participle_of_a_stance_stays_in_the_clause(vocab):
    from quotex.quotes.rules.reported import _participle_set_off

    # "… were, at the expense of others, favoring the rich": the clause's own verb
    rows = [("were", "AUX", "ccomp", 0), (",", "PUNCT", "punct", 0), ("favoring", "VERB", "advcl", 0)]
    doc = parsed(vocab, rows, tags=["VBD", ",", "VBG"], lemmas=["be", ",", "favor"])
    assert not _participle_set_off(doc, doc[2])
    doc = parsed(vocab, rows, tags=["VBD", ",", "VBG"], lemmas=["be", ",", "cite"])
    assert _participle_set_off(doc, doc[2])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ann Lee told the story of how the mill had closed in 1998.", "the story of how the mill had closed in 1998"),
        ("Ann Lee told a joke about the mayor.", "a joke about the mayor"),
    ],
)
def test_the_story_someone_tells_is_what_was_told(extract, text, words):
    quote = only_quote(extract(text), "indirect")
    assert (quote.text, quote.speaker.name) == (words, "Ann Lee")


@pytest.mark.parametrize(
    "text", ["The film tells the story of a flood in 1998.", "The exit polls tell a tale of two towns."]
)
def test_a_thing_that_tells_a_story_reports_nothing(extract, text):
    assert [q.text for q in extract(text).quotes] == []


def test_an_adjective_a_noun_taken_for_a_verb_governs_is_no_report(extract):
    """ "hopes" read as a verb, "alive" as what is hoped: it is how the hopes are kept."""
    text = "Hart's late goal keeps Rovers' promotion hopes alive\n\nRovers won 2-1 on Saturday."
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == []


def test_a_plural_noun_taken_for_a_verb_does_not_cut_the_report_short(extract):
    text = "Campaigners have warned that plans to close six branch libraries will hurt the poorest families."
    quote = only_quote(extract(text), "indirect")
    assert quote.text == "that plans to close six branch libraries will hurt the poorest families"


def test_a_pull_quote_is_neither_a_second_statement_nor_another_speaker_s(extract):
    said = "“For a lot of children this is the only quiet place to do homework,” said Rachel Hume."
    pulled = "“For a lot of children this is the only quiet place to do homework”"
    text = f"Campaigners are angry.\n\n{said}\n\nThe council says the closures will save money.\n\n{pulled}\n\nMore."
    direct = [(q.text, q.speaker.name) for q in extract(text).quotes if q.type == "direct"]
    assert direct == [("For a lot of children this is the only quiet place to do homework", "Rachel Hume")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The minister defended the U-turn on bin collections.", "the U-turn on bin collections"),
        ("Ann Lee backed the re-election of the mayor.", "the re-election of the mayor"),
    ],
)
def test_a_report_runs_on_over_a_hyphenated_word_the_parser_split(extract, text, words):
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == [words]


def test_with_sources_telling_is_the_sources_report(extract):
    text = "The group will meet on Thursday, with sources telling reporters the group is likely to delay the increase."
    (quote,) = [q for q in extract(text).quotes if q.type == "indirect"]
    assert quote.text == "the group is likely to delay the increase"
    assert quote.speaker.name == "sources"
