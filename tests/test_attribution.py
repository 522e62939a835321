"""Quote attribution on short passages written for these tests (real pipeline)."""

import pytest

pytestmark = pytest.mark.model


def only_quote(article, kind=None):
    quotes = [q for q in article.quotes if kind is None or q.type == kind]
    assert len(quotes) == 1, [(q.type, q.text) for q in article.quotes]
    return quotes[0]


def direct_quotes(article):
    return [q for q in article.quotes if q.type == "direct"]


def first_with_marks(article):
    """The first quote that is not indirect."""
    return next(q for q in article.quotes if q.type != "indirect")


@pytest.mark.parametrize(
    "text, speaker, cue, rule",
    [
        ("“The bridge will open in May,” Mayor Ann Lee said on Tuesday.", "Ann Lee", "said", None),
        ("“The bridge will open in May,” said Ann Lee, who has led the town since 2019.", "Ann Lee", "said", None),
        ("Ann Lee said: “The bridge will open in May and the road in June.”", "Ann Lee", "said", None),
        ("Ann Lee told reporters “the bridge will open in May, not before.”", "Ann Lee", "told", None),
        ("“We have waited long enough for this bridge,” Ann Lee insisted.", "Ann Lee", "insisted", None),
        ("“We have waited long enough for this bridge,” Ann Lee tweeted.", "Ann Lee", "tweeted", None),
        # the one told is the hearer, even when the parser gives "told" no subject
        (
            "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP"
            " in an interview in Dayton on Monday.",
            "Ramos",
            "told",
            None,
        ),
        # someone's words as the subject: the one whose words they are
        ("“We have waited long enough,” Ann Lee's words echoed across the hall.", "Ann Lee", "echoed", None),
        ("Ann Lee's statement said “the bridge will open in May, not before.”", "Ann Lee", "said", None),
        ("“Is the bridge safe for heavy lorries?” Tom Hart asked.", "Tom Hart", "asked", None),
        ("“The bridge will open in May,” according to Ann Lee.", "Ann Lee", "according to", "according_to"),
        ("“The bridge will open in May,” per Ann Lee, the mayor.", "Ann Lee", "per", "according_to"),
        # a speech verb the tagger took for a noun, right after the quote
        (
            "“The accounts are in order and the bridge is safe,” the auditors state in their report.",
            "auditors",
            "state",
            "cue_after_quote",
        ),
        # a noun phrase running into the verb is its subject, even when parsed as an appositive
        (
            "While campaigning for his wife, Senate candidate Ann Lee, former governor Tom Hart said she was"
            " ready because “the state is in tough shape.”",
            "Tom Hart",
            "said",
            None,
        ),
        # a noun for someone's words, "that" and the quote: its owner's
        (
            "The union will not back Mayor Ann Lee after her March comment that, “We are going to close"
            " the old mine and the mill.”",
            "Ann Lee",
            "comment",
            "cue_before_quote",
        ),
        # a relative clause's speech verb right before the quote introduces it
        ("The mayor praised Ann Lee, who told reporters, “The bridge is safe for lorries.”", "Ann Lee", "told", None),
        # ... but "Name, role, said" is the name's
        (
            "In a call on Dec. 2, Col. Tom Hart, a spokesman, said the strikes had been “very effective.”",
            "Tom Hart",
            "said",
            None,
        ),
        ("As Ann Lee, the mayor, put it, “The bridge will open in May, not before.”", "Ann Lee", "put", None),
        # the verb before the colon introduces the quote, not a speech verb earlier on
        (
            "When Tom Hart called, Ann Lee fired back forcefully: “If they sue us in Salem, they will lose the case.”",
            "Ann Lee",
            "fired",
            "verb_intro",
        ),
        # ... with two authors
        (
            "Polls not wrong, just too early - Ann Lee and Tom Hart: “Although the polls missed the win, they saw it coming.”",
            "Tom Hart",
            None,
            "headline_colon",
        ),
        # a roundup item: headline, dash, source, colon
        (
            "Voters shrug off the bridge delay - Ann Lee: “One lesson was a simple one: keep calling voters.”",
            "Ann Lee",
            None,
            "headline_colon",
        ),
        ("“The bridge will open in May, and not a day later.” — Ann Lee", "Ann Lee", None, "dash_after_quote"),
        (
            "“The bridge will open in May, and not a day later.” — former Gov. Ann Lee",
            "Ann Lee",
            None,
            "dash_after_quote",
        ),
        (
            "“The bridge will open in May, and not a day later.” — then-Senator Ann Lee",
            "Ann Lee",
            None,
            "dash_after_quote",
        ),
        # the quotation dash (horizontal bar), held to the name by a no-break space
        ("“The bridge will open in May, and not a day later.” ―\xa0Ann Lee", "Ann Lee", None, "dash_after_quote"),
        (
            "Voters shrug off the bridge delay ― Ann Lee: “One lesson was a simple one: keep calling voters.”",
            "Ann Lee",
            None,
            "headline_colon",
        ),
        # a voter roundup: the quote opens the paragraph, a name and a verbless description close it
        (
            "Voters in Ohio had their say.\n\n“It was a mess from start to finish.” Tom Hart, 33, teacher, Akron",
            "Tom Hart",
            None,
            "name_after_quote",
        ),
        # the parser leaves "said" without a subject: the last person named before it speaks
        (
            "In a call with reporters on May 3, Col. Ann M. Lee, a military spokeswoman in Lisbon, said, “We will not be doing raids.”",
            "Ann M. Lee",
            "said",
            None,
        ),
        # ... and not a person named inside that person's role
        (
            "In a call with reporters on May 3, Col. Ann M. Lee, a top Tom Hart adviser, said, “We will not be doing raids.”",
            "Ann M. Lee",
            "said",
            None,
        ),
        (
            "What the report means. From the report: “It is not enough to look representative.”",
            "report",
            None,
            "colon_intro",
        ),
        (
            "The claims we checked:\n\n“The bridge will cost twice as much.”\n\n- Ann Lee.\n\nThat is true.",
            "Ann Lee",
            None,
            "dash_after_quote",
        ),
        ("Ann Lee: Bridge will ‘open in May’ after all", "Ann Lee", None, "headline_colon"),
        # the headline's casing hides the name from the tagger; the article names her
        (
            "Mensah: ‘I’m the Worst Thing That Ever Happened to ISIS’.\n\nOn Monday at Liberty University, Tom Mensah spoke to students.",
            "Mensah",
            None,
            "headline_colon",
        ),
        (
            "After the vote, Ann Lee issued a statement, “We will rebuild the bridge.”",
            "Ann Lee",
            "issued",
            "verb_intro",
        ),
        # the headline's "Name:" beats the verb its words offer after the quote
        ("Ann Lee: ‘It Is Not a Radical Idea’ To Ask For a New Bridge", "Ann Lee", None, "headline_colon"),
        # a participle after a partial quote goes on with the sentence, it does not attribute
        (
            "The council put the cost at $2 million, which Ann Lee called “absurd,” blaming Tom Hart.",
            "Ann Lee",
            "called",
            None,
        ),
        ("“Jeb wants to be a tough guy tonight,” Trump shot back.", "Trump", "shot", "verb_after_quote"),
        ("Tom Hart made his case: “The bridge is too expensive for this town.”", "Tom Hart", None, "colon_intro"),
        ("“Go back to your seat,” Hart barked and a guard walked him out.", "Hart", "barked", "verb_after_quote"),
        ("Ann Lee paused. Then she went on: “The bridge will open in May after all.”", "Ann Lee", None, "colon_intro"),
        # the parser reads "the 43-year-old asked" as a reduced relative ("the man asked to leave")
        (
            "“Who will pay for the bridge?” the 52-year-old asked in the town’s newsletter.",
            "52-year-old",
            "asked",
            None,
        ),
        # a subject with a long title runs past the cue window; the parse still links it
        (
            "The shop was closed.\n\n''The market works as a way to sell apples, as a way to meet friends, and it"
            " works as a way to run a town,'' Anne Marie Dubois, the director of the Regional Water Authority of"
            " France, said at a press conference in Lyon in March.",
            "Anne Marie Dubois",
            "said",
            "cue_after_quote",
        ),
        # a name with a title, then the speech verb: the parser hangs the name on the quote
        (
            "At times last year, people close to the vice mayor said, the mere mention of Mrs. Lee's name could"
            " make him fume.\n\n''They were professionals, but also competitors,'' William M. Dale, Mayor Hart's"
            " former chief of staff, said of their time in the administration.",
            "William M. Dale",
            "said",
            "cue_after_quote",
        ),
        # ... or a noun phrase with a prepositional phrase, and "states" tagged as a noun
        (
            "“They know she is the only one strong enough to stop the developers,” a voice-over in the ad states.",
            "voice-over",
            "states",
            "cue_after_quote",
        ),
        # object control: the one led, prompted or urged to speak is the speaker
        ("The vote led Ann Lee to declare that the bridge was “a done deal.”", "Ann Lee", "declare", None),
        ("The flood prompted Tom Hart to call the dam “a disgrace.”", "Tom Hart", "call", None),
        # a participle hung on a scene's main clause: the people acting in the scene speak
        (
            "The worst moment came during a speech at the town hall in Salem, when angry farmers interrupted"
            " the mayor, shouting “no more taxes!”",
            "angry farmers",
            "shouting",
            None,
        ),
        (
            "The trouble began at a meeting in the school gym, where parents booed the board, yelling “shame on you!”",
            "parents",
            "yelling",
            None,
        ),
        # ... a publication too, but not the means someone uses
        (
            "The row over the bridge prompted the tabloid to do a cover saying “Don't be a bum, Mayor!”",
            "tabloid",
            "saying",
            None,
        ),
        (
            "At the dinner in Salem on Tuesday, Ann Lee used her keynote speech to offer ''encouragement'' to the crowd.",
            "Ann Lee",
            "offer",
            None,
        ),
        # a sign speaks for the people holding it
        (
            "Outside the hall, the farmers held banners proclaiming: “No farms, no food!”",
            "farmers",
            "proclaiming",
            None,
        ),
        ("At the rally, protesters waved signs reading “Save our school.”", "protesters", "reading", None),
        # ... and a piece or a shirt for whoever ran or wore it
        (
            "The Salem Herald recently ran a piece that noted the bridge was “twice over budget.”",
            "Salem Herald",
            "noted",
            None,
        ),
        ("The protesters wore shirts that read “Save the bridge.”", "protesters", "read", None),
        # "a councillor called Hart" reads like a name, but the quote names Hart: an act
        (
            "The plan angered the town; one councillor called Hart “the worst mayor in a century.”",
            "one councillor",
            "called",
            None,
        ),
    ],
)
def test_attribution_layouts(extract, text, speaker, cue, rule):
    quote = only_quote(extract(text))
    assert quote.speaker.name == speaker
    assert (quote.cue.text if quote.cue else None) == cue
    if rule:
        assert quote.rule == rule


def test_inverted_cue_takes_the_noun_phrase_after_it(extract):
    text = "“Somebody said we should leave town,” said the woman, who did not want to be named."
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.kind == "description" and quote.speaker.name == "woman"


def test_relative_pronoun_speaker_resolves_to_its_antecedent(extract):
    text = "Tom Hart, who called the plan “a waste of money,” left early."
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.mention.text == "who"
    assert quote.speaker.name == "Tom Hart"


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


def test_short_attribution_after_a_quote_survives_a_mistagged_verb(extract):
    quote = only_quote(
        extract("Mayors were angry.\n\n“If she wants the job, Ann Lee should come to the river,” the editorial read.")
    )
    assert quote.speaker.name == "editorial" and quote.cue.text == "read"


def test_split_quote_is_one_statement_with_two_fragments(extract):
    text = "“The bridge is finished,” Ann Lee said. “It opens in May.”"
    quote = only_quote(extract(text))
    assert [f.text for f in quote.fragments] == ["The bridge is finished", "It opens in May."]
    assert quote.text == "The bridge is finished It opens in May."
    assert (quote.start, quote.end) == (0, len(text))


def test_quote_after_a_split_attribution_keeps_its_speaker_over_the_next_sentence(extract):
    text = (
        "Ann Lee said the pledge was not a burden. “I disagree with the claim,” she said. "
        "“We feel good about the towns we are going to.” Tom Hart noted a planned rally in Salem."
    )
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.speaker.name for q in quotes] == ["Ann Lee"]
    assert [f.text for f in quotes[0].fragments] == [
        "I disagree with the claim",
        "We feel good about the towns we are going to.",
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


def test_multi_paragraph_quote_is_one_quote(extract):
    text = (
        "Ann Lee, the mayor, spoke for an hour.\n\n"
        "“The bridge is finished. It took four years.\n\n"
        "“It opens in May, and the road follows in June,” she said."
    )
    quote = only_quote(extract(text), "direct")
    assert len(quote.fragments) == 2
    assert quote.speaker.name == "Ann Lee"


def test_pronoun_resolves_to_the_named_subject_not_a_person_named_in_passing(extract):
    text = (
        "Ann Lee, the mayor of Springfield, defended the plan on Tuesday.\n\n"
        "She said that Governor Mark Ruiz had approved the money in March.\n\n"
        "“We are ready to build,” she said."
    )
    article = extract(text)
    direct = only_quote(article, "direct")
    assert direct.speaker.mention.text == "she"
    assert direct.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "introduction",
    ["The committee's chairwoman, Mary Cole, disagreed.", "The committee chairwoman Mary Cole disagreed."],
)
def test_pronoun_resolves_to_a_name_in_apposition_to_the_subject(extract, introduction):
    text = f"“We will pass the budget,” Ms. Ann Lee told reporters on Monday.\n\n{introduction} “It is a shambles,” she said."
    quotes = extract(text).quotes
    assert [q.speaker.name for q in quotes if q.type == "direct"] == ["Ann Lee", "Mary Cole"]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        # the quote talks about Hart by name: "he" is the other man
        ("“Hart does not really believe that. He is losing, and he knows it,”", "Jim Ward"),
        # but a name inside a quote the speaker quotes can be the speaker's own
        ("“My father always told me, ‘Tom Hart, you will lose one day,’”", "Tom Hart"),
    ],
)
def test_he_is_not_the_person_the_quote_talks_about_by_name(extract, words, name):
    text = f"Tom Hart went after Jim Ward at the debate on Monday, calling him unfit for office.\n\n{words} he said."
    assert only_quote(extract(text), "direct").speaker.name == name


@pytest.mark.parametrize("attribution", ["he said of Hart", "he told Hart", "he said about Hart's record"])
def test_he_is_not_the_person_the_attribution_names_as_its_topic_or_hearer(extract, attribution):
    text = (
        "Jim Ward spoke first at the debate on Monday. Then Tom Hart attacked him on trade.\n\n"
        f"“I have won ten states, and he has won three,” {attribution}."
    )
    assert only_quote(extract(text), "direct").speaker.name == "Jim Ward"


@pytest.mark.parametrize(
    ("verb", "name"), [("responded", "Tom Hart"), ("countered", "Tom Hart"), ("added", "Jim Ward")]
)
def test_he_who_responds_is_not_the_one_who_just_asked(extract, verb, name):
    text = (
        "Radio host Jim Ward interviewed Tom Hart on Monday.\n\n"
        "Hart said allies should arm themselves. Ward then asked, “With nuclear weapons?”\n\n"
        f"“Including with nuclear weapons, yes, if they have to,” he {verb}."
    )
    assert [q.speaker.name for q in direct_quotes(extract(text))][-1] == name


@pytest.mark.parametrize(
    "text",
    [
        (
            "Republican presidential candidate Tom Hart spoke to radio host Jim Ward on Monday.\n\n"
            "Ward suggested Hart had not meant his remark literally, but the candidate cut him off.\n\n"
            "“No, I meant every word of it, and I will say it again,” he said."
        ),
        # a broader word for the role: a president is a leader
        (
            "Former Mexican President Tom Hart met Jim Ward on Monday. Ward is a rancher in Texas.\n\n"
            "The former Mexican leader went on the record in an interview.\n\n"
            "“We will not pay for the wall, not one cent,” he told CNBC."
        ),
    ],
)
def test_he_refers_to_the_subject_described_by_the_role_the_article_gave(extract, text):
    assert only_quote(extract(text), "direct").speaker.name == "Tom Hart"


def test_he_skips_a_woman_named_more_recently(extract):
    text = "Mr. Tom Hart met Ms. Ann Lee on Monday.\n\n“The plan is dead,” he said."
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Tom Hart"


def test_owner_of_a_relation_in_apposition_does_not_give_the_named_person_a_gender(extract):
    text = (
        "The senator spoke for an hour on Tuesday.\n\n"
        "“We will not give up on this bill,” Tom Hart said.\n\n"
        "Ann Lee, his rival, was not impressed.\n\n"
        "“He says that every year,” she said."
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart", "Ann Lee"]


@pytest.mark.parametrize(
    "opening, pronoun, name",
    [
        ("The prime minister said the plan had failed.", "she", "prime minister"),
        ("A spokesman for the council said the plan had failed.", "he", "spokesman for the council"),
        # the noun says he is a man: "she" is someone else, left unresolved
        ("A spokesman for the council said the plan had failed.", "she", None),
    ],
)
def test_pronoun_with_no_named_person_refers_to_the_described_speaker(extract, opening, pronoun, name):
    article = extract(f"{opening} “We cannot go on like this,” {pronoun} told reporters.")
    quote = only_quote(article, "direct")
    assert quote.speaker.mention.text == pronoun
    assert quote.speaker.name == name


def test_surname_speaker_gets_the_full_name(extract):
    text = "Tom Hart runs the ferry company.\n\n“Nobody asked us about the bridge,” Hart said."
    quote = only_quote(extract(text))
    assert quote.speaker.name == "Tom Hart"
    assert quote.speaker.mention.text == "Hart"


def test_appositive_gives_the_speaker_role(extract):
    text = "“The bridge will open in May,” said Ann Lee, the mayor of Springfield."
    article = extract(text)
    assert article.speakers[0].name == "Ann Lee"
    assert "mayor" in (article.speakers[0].role or "")


def test_appositive_name_after_a_description_names_the_speaker(extract):
    article = extract("“We will rebuild,” the mayor, Ann Lee, said on Tuesday.")
    quote = only_quote(article)
    assert (quote.speaker.name, quote.speaker.kind, quote.speaker.mention.text) == ("Ann Lee", "person", "the mayor")
    assert article.speakers[0].role == "mayor"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an inserted "a top aide said": the aide speaks about Ann Lee
        ("Ann Lee, a top aide said, “is very confident, very confident in the contrast” with Tom Hart.", "top aide"),
        # a comma missing after the role: still the named person
        ("“We have not been briefed,” Tom Ward, a spokesman for Ann Lee told the Post.", "Tom Ward"),
    ],
)
def test_a_role_running_into_the_speech_verb(extract, text, speaker):
    assert first_with_marks(extract(text)).speaker.name == speaker


def test_a_name_after_a_role_for_someone_names_the_one_in_the_role(extract):
    # the parser hangs "Tom Ward" on "Ann Lee", but a name is not in apposition to a name
    article = extract("A spokesman for Ann Lee, Tom Ward, said: “The senator has no comment.”")
    quote = only_quote(article, "direct")
    assert (quote.speaker.name, quote.speaker.kind) == ("Tom Ward", "person")


def test_a_description_speaker_is_named_without_its_adverb(extract):
    article = extract("Even a top council aide said, “At some point, she is going to have to come out.”")
    assert only_quote(article).speaker.name == "top council aide"


def test_description_speaker_is_kept_as_its_own_kind(extract):
    text = "“The works will be finished by spring,” a council spokesman said."
    quote = only_quote(extract(text))
    assert quote.speaker.kind == "description"
    assert quote.speaker.name == "council spokesman"


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


def test_lower_case_words_after_an_interrupting_attribution_finish_the_same_quote(extract):
    text = "“I hold the mayor in the highest esteem,” Tom Hart said, “and I fully support her re-election.”"
    (quote,) = extract(text).quotes
    assert quote.type == "direct" and len(quote.fragments) == 2
    assert quote.text == "I hold the mayor in the highest esteem and I fully support her re-election."


def test_words_quoted_later_in_a_longer_attribution_stay_apart(extract):
    text = "“The gifts were all opened,” says the narrator, going on to list a series of other “gifts.”"
    quotes = extract(text).quotes
    assert [q.type for q in quotes if q.type != "indirect"] == ["direct", "partial"]


@pytest.mark.parametrize(
    "after",
    ["Her critics cited it as evidence that she did not care.", "Critics cited the remark for years."],
)
def test_someone_commenting_on_a_quote_after_it_is_not_its_speaker(extract, after):
    text = f"Ann Lee, exasperated, responded: “What difference, at this point, does it make?” {after}"
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee"


def test_an_inverted_attribution_whose_subject_the_parser_took_for_an_object_still_counts(extract):
    text = "“We regret the error and will fix it,” read the statement, which was signed by Ann Lee."
    quote = only_quote(extract(text), "direct")
    assert quote.cue.text == "read"


def test_partial_quote_in_reported_speech_is_attributed(extract):
    text = "Tom Hart described the plan as ‘a waste of money’ on Monday."
    quote = only_quote(extract(text))
    assert quote.type == "partial"
    assert quote.text == "a waste of money"
    assert quote.speaker.name == "Tom Hart"
    assert quote.cue.text == "described"


def test_scare_quotes_and_titles_are_terms_not_statements(extract):
    text = "The so-called “experts” met at the “Morning Joe” studio in Springfield."
    article = extract(text)
    assert article.quotes == []
    assert {(t.text, t.reason) for t in article.terms} == {("experts", "scare_quote"), ("Morning Joe", "title_or_name")}


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
        # someone else's claim inside a report is a report of its own
        (
            "Ann Lee said Tom Hart claimed the bridge was safe.",
            ["Tom Hart claimed the bridge was safe", "the bridge was safe"],
        ),
    ],
)
def test_a_report_inside_a_report_by_the_same_speaker_is_not_repeated(extract, text, reports):
    assert [q.text for q in extract(text).quotes if q.type == "indirect"] == reports


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
    article = extract("Ann Lee did not reveal how many lorries would use the bridge.")
    assert [q for q in article.quotes if q.type == "indirect"] == []


def test_unbalanced_marks_do_not_lose_the_article(extract):
    text = "“This quote never closes, Tom Hart said.\n\n“But this one does,” Ann Lee said. Stray ” here."
    article = extract(text)
    spoken = {q.speaker.name for q in article.quotes if q.speaker}
    assert "Ann Lee" in spoken


def test_apostrophes_do_not_open_quotes(extract):
    article = extract("Russia’s army said it’s the Joneses’ fault, officials in Ukraine’s capital said.")
    assert all(q.type == "indirect" for q in article.quotes)
    assert article.terms == []


def test_offsets_point_into_the_text(extract):
    text = "Intro line.\n\n“The bridge will open in May,” Mayor Ann Lee said."
    quote = only_quote(extract(text))
    assert text[quote.start : quote.end] == "“The bridge will open in May,”"
    for fragment in quote.fragments:
        assert text[fragment.start : fragment.end] == fragment.text
    mention = quote.speaker.mention
    assert text[mention.start : mention.end] == mention.text
    assert text[quote.cue.start : quote.cue.end] == "said"


def test_random_mark_soup_never_raises_and_offsets_hold(extract):
    """Unbalanced, nested and stray marks in every arrangement: no exception, valid offsets."""
    import random

    rng = random.Random(7)
    pieces = [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        "\n",
        "\n\n",
        " ",
        "said",
        "he",
        "Ann Lee",
        "Tom Hart",
        ".",
        ",",
        ":",
        "—",
        "according to",
        "it’s",
        "told",
        "Mr",
        "?",
        "(",
        ")",
    ]
    for _ in range(150):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 60)))
        article = extract(text)
        for quote in article.quotes:
            assert 0 <= quote.start <= quote.end <= len(text)
            for fragment in quote.fragments:
                assert text[fragment.start : fragment.end] == fragment.text
        for term in article.terms:
            assert 0 <= term.start < term.end <= len(text)


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


def test_passive_report_without_agent_is_indirect_with_no_speaker(extract):
    quote = only_quote(extract("Residents were told that the bridge would close in May."), "indirect")
    assert quote.speaker is None
    assert quote.text.endswith("the bridge would close in May") and quote.cue.text == "told"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "“I am not going to say it is a mistake,” said retired neurosurgeon Ann Lee, asked about her claims.",
            "Ann Lee",
        ),
        (
            "“I am not going to say it is a mistake, so forget about it,” said retired neurosurgeon Tom Hart, asked"
            " about his claims.",
            "Tom Hart",
        ),
    ],
)
def test_inverted_speaker_asked_about_something_after_the_quote(extract, text, speaker):
    article = extract(text)
    assert only_quote(article, "direct").speaker.name == speaker
    # she was asked: the question is not hers
    assert only_quote(article, "indirect").speaker is None


def test_the_one_asked_is_not_the_asker(extract):
    article = extract("Asked whether he would resign, Tom Hart replied: “Absolutely not.”")
    question = only_quote(article, "indirect")
    assert question.text == "whether he would resign" and question.speaker is None
    assert only_quote(article, "direct").speaker.name == "Tom Hart"


@pytest.mark.parametrize(
    "text, reporting",
    [
        (
            "Ann Lee opened the meeting on Monday. She said she told the council, “This bridge will never open.”",
            "She said",
        ),
        ("Ann Lee opened the meeting on Monday. She described the plan as “a disgrace,” she said.", "she said"),
        (
            "Tom Hart opened the session. He says he would release the files on Friday, calling them “boring.”",
            "He says",
        ),
    ],
)
def test_same_persons_report_gives_the_reporting_subject(extract, text, reporting):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.name == text.split(" opened")[0]
    assert quote.speaker.mention.start == text.index(reporting)
    assert quote.cue.text == reporting.split()[1]


def test_a_speech_verb_attributing_its_own_quote_is_not_a_report_of_the_one_before(extract):
    article = extract(
        'Ann Lee spoke in Salem.\n\n"The bridge is late," she said, but despite the delays, "we will open it in'
        ' May," said Lee, who leads the council.'
    )
    first = article.quotes[0]
    assert first.text == "The bridge is late" and first.speaker.name == "Ann Lee"
    assert first.speaker.mention.text == "she"


def test_words_quoted_inside_another_persons_report_come_from_the_reporting_source(extract):
    # the reporter has "a disgrace" from Tom Hart, who reports what Ann Lee called it
    quote = only_quote(extract("Tom Hart said Ann Lee called the plan “a disgrace”."))
    assert quote.speaker.name == "Tom Hart" and quote.cue.text == "said"


def test_parenthetical_report_gives_the_source_of_a_partial_quote(extract):
    quote = only_quote(extract("The county, Ann Lee said, called the announcement “highly significant.”"))
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


def test_trailing_report_gives_the_source_of_a_partial_quote(extract):
    text = "Lee said Hart would have “no chance” to win, the aide recalled, adding that he said so twice."
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "aide" and quote.cue.text == "recalled"


def test_a_whole_quoted_sentence_keeps_the_inner_speaker(extract):
    quote = only_quote(extract("Tom Hart said Ann Lee told the council: “The bridge will never open.”"))
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "told"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the parser gives the verb two subjects; the speaker is the one next to it
        (
            "Speaking at a town hall event in Salem, New Hampshire, Lee went after Hart, calling him “a total stiff.”",
            "Lee",
        ),
        ("LISBON (AP) — The mayor of Lisbon called the plan “a waste of money” on Tuesday.", "mayor of Lisbon"),
        # "continue to" goes on doing something, not saying it
        ("Ann Lee said that her campaign would continue “to fight for the bridge” until May.", "Ann Lee"),
        # "refer to X as ‘Y’" names something in someone's words
        ("When Tom Hart spoke in May, Ann Lee referred to the bridge as “a road to nowhere.”", "Ann Lee"),
        # a long title the parser made the subject, the name right before the verb
        ("Town Hall Vice President for roads and parks Ann Lee called the bridge “a road to nowhere.”", "Ann Lee"),
        ("As the Ledger’s Ann Lee pointed out in May, the bridge was “a road to nowhere” all along.", "Ann Lee"),
        # verbs that put words in someone's mouth or take them from someone else's
        ("Ann Lee mocked the plan as “a bridge to nowhere” on Monday.", "Ann Lee"),
        ("Ann Lee heralded the deal with the county as a “breakthrough” on Monday.", "Ann Lee"),
        ("Ann Lee ripped the director for acting as “the judge and the jury” in the case.", "Ann Lee"),
        ("Ann Lee, citing “serious safety concerns,” closed the bridge.", "Ann Lee"),
        # a partial quote in a sentence that ends with its attribution
        ("Tom Hart spoke after the vote. Nothing the council did “will fix the bridge,” the mayor said.", "mayor"),
        # a speech verb the parser joins to the reported clause goes with the reporter
        (
            "Ann Lee conceded that Hart had broken the rule but implied that it was the council's fault for “pushing”"
            " him.",
            "Ann Lee",
        ),
        (
            "Ann Lee said Trump is responsible for what happens at his events and accused him of “inciting violent"
            " behavior.”",
            "Ann Lee",
        ),
        # ... and so does a participle hung inside the content of a denied notion
        (
            "Reached by phone, Ann Lee denied the notion that a council shakeup is coming, explaining that she was"
            " unaware of the interview because she was “taking a day off.”",
            "Ann Lee",
        ),
        # a passive participle speaks through its "by" phrase wherever the parser hangs it
        (
            "While the council has often faced criticism for the long inquiry into the events surrounding the bridge"
            " collapse —\xa0often labeled as a “witch hunt” by Democrats —\xa0it seems likely Hart is right in his"
            " assessment.",
            "Democrats",
        ),
        (
            "The council faced criticism for the inquiry into the bridge collapse — often labeled as a “witch hunt” by"
            " Democrats — and it seems likely Hart is right.",
            "Democrats",
        ),
        # the owner of a noun for words is the speaker of what the noun is
        ("Tom Hart asked about the budget. Ann Lee’s answer was that “families cannot wait another year.”", "Ann Lee"),
        # partial quotes in a report with a source named by "according to" come through it
        ("According to the Daily Star, Tom Hart said he was “very angry” about the vote.", "Daily Star"),
        ("Tom Hart said he was “very angry” about the vote, according to the Daily Star.", "Daily Star"),
        # ... but not the evidence a claim cites
        ("Tom Hart said that according to the polls he was “winning big” in the county.", "Tom Hart"),
        # ... unless a speech verb reports the whole sentence
        ("Tom Hart said Ann Lee’s answer was “the textbook definition of a dodge.”", "Tom Hart"),
        # ... and so does a passive naming verb with its auxiliaries
        (
            "This feature of the movement has been called “an opaque network of loyalty” by Tom Hart, a professor at"
            " Salem University, and it makes it hard to track.",
            "Tom Hart",
        ),
    ],
)
def test_partial_quote_speakers(extract, text, speaker):
    assert only_quote(extract(text), "partial").speaker.name == speaker


def test_participle_after_a_reported_clause_belongs_to_the_reporter(extract):
    # the parser hangs "adding" on "could be", whose subject is a thing, not a speaker
    article = extract("Ann Lee said the process could be “messy,” adding, “Democracy is messy.”")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("messy", "Ann Lee"),
        ("Democracy is messy.", "Ann Lee"),
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
            "Appearing before supporters on Monday, Ann Lee said it was too early to congratulate winners but added, “We will have a new government.”",
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


def test_carried_quote_gets_the_nearest_mention_of_its_speaker(extract):
    text = (
        "“We are going to build a wall,” Tom Hart said. He then had a question for the crowd.\n\n“Who will pay for it?”"
    )
    carried = extract(text).quotes[1]
    assert carried.rule == "continuation" and carried.speaker.name == "Tom Hart"
    assert carried.speaker.mention.start == text.index("He then")


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # a reporting noun with an owner and its content clause: the owner said it
        ("Critics point to Tom Hart's promise to be “neutral” in the talks.", "Tom Hart", "promise"),
        ("Ann Lee made an issue out of Tom Hart's claim that the bridge was “perfectly safe.”", "Tom Hart", "claim"),
        # ... but the noun as the object of a speech verb is what that verb's subject describes
        ("Ann Lee called Tom Hart's remarks “a disgrace.”", "Ann Lee", "called"),
    ],
)
def test_reporting_nouns_with_an_owner(extract, text, speaker, cue):
    quote = only_quote(extract(text), "partial")
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


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


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person noun or a name introduces a quote with any verb
        ("Tom Hart spoke first. The town leader then shrugged, “We will build the bridge anyway.”", "town leader"),
        # the verb right before ", “" beats an earlier speech verb
        (
            "After Tom Hart criticized the council during a debate, Ann Lee shot back, “I could have stayed home.”",
            "Ann Lee",
        ),
    ],
)
def test_any_verb_right_before_the_quote_introduces_it(extract, text, speaker):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.rule == "verb_intro" and quote.speaker.name == speaker


def test_words_quoted_inside_what_an_attribution_verb_reports_go_to_its_subject(extract):
    text = "Tom Hart talks about how his crews must be ready “to fight tonight.”"
    quote = only_quote(extract(text), "partial")
    assert quote.rule == "attribution_verb" and quote.speaker.name == "Tom Hart" and quote.cue.text == "talks"


def test_a_question_put_to_someone_is_not_theirs_and_their_answer_is(extract):
    text = (
        "Tom Hart was asked on the radio, “If you had known about the server, would you have told her?” "
        "He answered, “I have no idea. We are old friends.”"
    )
    question, answer = [q for q in extract(text).quotes if q.type != "indirect"]
    assert question.text.endswith("told her?") and question.speaker is None
    assert answer.text.startswith("I have no idea") and answer.speaker.name == "Tom Hart"


def test_quoted_words_in_a_title_case_headline_are_not_taken_for_a_title(extract):
    text = "Hart: Council ‘Waving The Flag Of Surrender’ To Lee\n\nTom Hart spoke on Monday."
    quote = only_quote(extract(text))
    assert quote.text == "Waving The Flag Of Surrender" and quote.speaker.name == "Tom Hart"


def test_a_person_named_inside_a_quote_is_not_the_antecedent_of_he_said(extract):
    text = "Ms. Ann Lee opened the meeting.\n\n“It started with Mayor Tom Hart, and we kept going,” he said."
    quote = only_quote(extract(text))
    assert quote.speaker.kind == "pronoun" and quote.speaker.name is None


def test_an_epithet_in_capitals_is_the_callers_words_not_a_title(extract):
    quote = only_quote(extract("Ann Lee called the mayor an “Aunt Tom” at the meeting."))
    assert quote.text == "Aunt Tom" and quote.speaker.name == "Ann Lee"


def test_a_phrasal_verb_before_the_comma_introduces_the_quote(extract):
    text = "Tom Hart spoke first. But as the Daily Ledger summed up, “Still, Hart has so far declined to release any returns.”"
    quote = only_quote(extract(text))
    assert quote.rule == "verb_intro" and quote.speaker.name == "Daily Ledger"


def test_speech_that_has_not_happened_inside_a_report_is_the_reporters(extract):
    quote = only_quote(extract("Mayor Ann Lee said she expected that voters will say “no” to the bridge."), "partial")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


def test_verb_without_subject_shares_the_subject_of_the_conjunct_right_before_it(extract):
    text = (
        "In the days before the speech, a group of rabbis called for a boycott, and the civil rights "
        "organization the Harbor League denounced the rhetoric and said it would “redirect” the donations."
    )
    partial = only_quote(extract(text), "partial")
    assert partial.cue.text == "said"
    assert partial.speaker.name == "Harbor League"


@pytest.mark.parametrize(
    "first, second, rule",
    [
        (
            "“I thought he won it easily. He was calm and he knew the numbers.” Mary Jones, 54, a nurse from Dayton",
            "“It was a mess from start to finish.” Tom Hart, 33, teacher, Akron",
            "name_after_quote",
        ),
        # the name on a line of its own before the quote
        (
            "Mary Jones, 54, a nurse from Dayton\n\n“I thought he won it easily. He was calm and he knew the numbers.”",
            "Tom Hart, 33, teacher, Akron\n\n“It was a mess from start to finish.”",
            "name_before_quote",
        ),
    ],
)
def test_each_signed_quote_in_a_roundup_has_its_own_speaker(extract, first, second, rule):
    text = f"We asked voters in Ohio what they thought of the debate. Here is what they told us.\n\n{first}\n\n{second}"
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Mary Jones", "Tom Hart"]
    assert {q.rule for q in quotes} == {rule}


ROUNDUP_INTRO = (
    "“This is a victory for women,” said Nancy Hart, who heads the clinic.\n\nHere is how lawmakers reacted."
)
ROUNDUP_ITEMS = [
    ("Sen. Ann Lee (D-Ohio)", "“This is a sad day for the unborn. We fought this law for years.”"),
    ("House Speaker Tom Ward", "“I am delighted by this decision and what it means for women.”"),
    ("Former Secretary of State Mary Cole", "“The court got it wrong, and it will be back.”"),
]


def test_titled_names_on_lines_of_their_own_before_quotes_sign_them(extract):
    items = "\n\n".join(f"{name}\n\n{quote}" for name, quote in ROUNDUP_ITEMS)
    quotes = extract(f"{ROUNDUP_INTRO}\n\n{items}").quotes
    assert [(q.rule, q.speaker.name) for q in quotes] == [("cue_after_quote", "Nancy Hart")] + [
        ("name_before_quote", name) for name in ("Ann Lee", "Tom Ward", "Mary Cole")
    ]


def test_names_after_quotes_sign_the_quote_above_when_the_article_signs_after(extract):
    # each signature sits between two quotes, but the last has a quote above it only
    items = "\n\n".join(f"{quote}\n\n{name}" for name, quote in ROUNDUP_ITEMS)
    quotes = extract(f"{ROUNDUP_INTRO}\n\n{items}\n\nThe ruling takes effect at once.").quotes
    assert [(q.rule, q.speaker.name) for q in quotes] == [("cue_after_quote", "Nancy Hart")] + [
        ("name_after_quote", name) for name in ("Ann Lee", "Tom Ward", "Mary Cole")
    ]


def test_a_name_ending_in_a_colon_labels_the_quote_below_it_whatever_the_other_signatures_do(extract):
    items = "\n\n".join(f"{quote}\n\n{name}" for name, quote in ROUNDUP_ITEMS[:2])
    reply = "“Nobody asked the women of this state.”"
    quotes = extract(f"{ROUNDUP_INTRO}\n\n{items}\n\nHART:\n\n{reply}").quotes
    assert [(q.rule, q.speaker.name) for q in quotes][1:] == [
        ("name_after_quote", "Ann Lee"),
        ("name_after_quote", "Tom Ward"),
        ("name_before_quote", "Nancy Hart"),
    ]


@pytest.mark.parametrize("headings", [("ANN LEE", "TOM WARD"), ("Lee", "Ward"), ("LEE:", "WARD:")])
def test_headings_the_model_tags_as_nothing_sign_the_quotes_under_them(extract, headings):
    lee, ward = headings
    text = (
        "Tom Ward and Ann Lee met for their second debate on Sunday. “We will win,” Ward said before it began.\n\n"
        f"{lee}\n\n“This city deserves better than a bridge to nowhere.”\n\n"
        f"{ward}\n\n“The bridge is the best thing that ever happened to this town.”\n\n"
        f"{lee}\n\n“Your numbers are wrong.”"
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Ward", "Ann Lee", "Tom Ward", "Ann Lee"]


def test_pull_quote_signed_inside_its_marks_is_the_signers_without_the_signature(extract):
    text = (
        "“We need the bridge,” Mayor Tom Ward said on Monday.\n\nEconomists see it differently.\n\n"
        "“I worry that the city will borrow far more than it can repay.\nAnn Lee, Center for Budget Policy.”"
    )
    quote = extract(text).quotes[-1]
    assert (quote.rule, quote.speaker.name) == ("name_after_quote", "Ann Lee")
    assert quote.text == "I worry that the city will borrow far more than it can repay."


def test_a_quote_ending_in_a_cheer_for_someone_is_not_signed_by_them(extract):
    text = (
        "“We need the bridge,” Mayor Tom Ward said on Monday.\n\n"
        "“We will build it, and we will build it this year.\nAnn Lee for governor!”"
    )
    quote = extract(text).quotes[-1]
    assert quote.rule != "name_after_quote"
    assert quote.speaker.name == "Tom Ward"


def test_a_name_after_a_quote_in_a_sentence_with_a_verb_is_not_a_signature(extract):
    text = "Ann Lee spoke first.\n\n“The bridge is finished.” Tom Hart disagreed with that, loudly."
    quote = only_quote(extract(text), "direct")
    assert quote.rule != "name_after_quote"


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


@pytest.mark.parametrize("signature", ["-Ann Lee, tweeting after the speech.", "— President Ann Lee"])
def test_dash_signature_on_its_own_line_names_the_speaker_over_the_previous_quote(extract, signature):
    text = (
        "“He can have the briefings,” Tom Hart said. “But I hope they are fake.”\n\n"
        f"“Love trumps hate, and this town will prove it again in November.”\n\n{signature}"
    )
    quotes = direct_quotes(extract(text))
    assert [(q.rule, q.speaker.name) for q in quotes][-1] == ("dash_after_quote", "Ann Lee")


def test_each_dash_signed_quote_paragraph_of_a_roundup_is_its_signers(extract):
    text = (
        "We asked readers what the bridge means to them.\n\n"
        "“I cross it twice a day and I have never felt safe on it.” ― Ann Lee\n\n"
        "“It is the best thing the city has built in my lifetime.” ―\xa0Tom Hart\n\n"
        "“Nobody asked the people who live under it.” ― Maria Lopez"
    )
    quotes = direct_quotes(extract(text))
    assert [(q.rule, q.speaker.name) for q in quotes] == [
        ("dash_after_quote", "Ann Lee"),
        ("dash_after_quote", "Tom Hart"),
        ("dash_after_quote", "Maria Lopez"),
    ]


@pytest.mark.parametrize("dash", ["-", "―"])
def test_dash_glued_to_a_name_does_not_hide_the_person(extract, dash):
    article = extract(f"The speech ended late.\n\n“We are ready.”\n\n{dash}Ann Lee, tweeting after the speech.")
    assert "Ann Lee" in [person.name for person in article.people]


def test_colon_intro_gives_the_clause_subject_when_the_parser_hangs_it_on_the_quote(extract):
    text = (
        "Ann Lee visits him every week. And she is sure that keeping Hart in jail will only make "
        "his voice louder: “They cannot silence him. He will write from his cell.”"
    )
    quote = only_quote(extract(text), "direct")
    assert quote.rule == "colon_intro"
    assert quote.speaker.mention.text == "she" and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize("verb", ["Said", "Added"])
def test_inverted_verb_before_the_name_is_not_part_of_it(extract, verb):
    article = extract(f"{verb} Ann Lee, the mayor: “The bridge will be finished by May.”")
    quote = only_quote(article, "direct")
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ann Lee", "Ann Lee")
    assert [person.name for person in article.people] == ["Ann Lee"]


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
        "Tom Hart spoke first.\n\nEarlier this week, Ann Lee shared a bit of her anxiety with an audience at a "
        "fundraiser in Salem, “I am worried about the bridge, and so should you be.”"
    )
    quote = only_quote(extract(text), "direct")
    assert (quote.rule, quote.speaker.name) == ("verb_intro", "Ann Lee")


def test_title_a_sentence_runs_into_after_a_comma_is_not_a_statement(extract):
    text = "Ann Lee hosts a weekly show on local radio, “The Bridge Hour.”"
    assert direct_quotes(extract(text)) == []


def test_speech_verb_in_a_clause_of_time_after_a_quote_does_not_attribute_it(extract):
    text = (
        "“In breaking news,” Tom Hart tweeted last January, “Ann Lee now supports the bridge.” after Lee "
        "spokesman Mark Ruiz expressed his general support for his boss."
    )
    quotes = direct_quotes(extract(text))
    assert [q.speaker.name for q in quotes] == ["Tom Hart"] * len(quotes)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "In granting the group a right to discovery in February, a federal judge determined that the "
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


def test_speech_verb_the_tagger_took_for_a_noun_after_to_is_a_verb(extract):
    text = (
        "That record prompted the Daily Star, which tracks bellwether counties, to state, "
        "“As goes Vigo County, so goes the nation.”"
    )
    quote = only_quote(extract(text), "direct")
    assert (quote.cue.text, quote.speaker.name) == ("state", "Daily Star")


def test_colon_after_words_someone_says_in_a_relative_clause_gives_that_someone(extract):
    text = "Each election cycle, there is a threat many voters make but few keep: “If he wins, I am moving to Canada.”"
    quote = only_quote(extract(text), "direct")
    assert (quote.rule, quote.speaker.name) == ("colon_intro", "many voters")


@pytest.mark.parametrize(
    "tail, speaker",
    [("came shouts from the crowd, as the crowd booed.", "crowd"), ("came the reply from Tom Hart.", "Tom Hart")],
)
def test_words_from_someone_after_a_quote_are_theirs(extract, tail, speaker):
    quote = only_quote(extract(f"The chairman called for a vote.\n\n“Call the roll,” {tail}"), "direct")
    assert quote.speaker.name == speaker


TRANSCRIPT = """Mayor Ann Lee said on Sunday that the bridge “will open in May.”

Partial transcript as follows:

“TOM HART: Mayor Lee, will the bridge really open in May?

“LEE: It will, unless the river floods again.”

HART: And if it does?

LEE: Then we wait."""


def test_transcript_turns_go_to_their_labelled_speakers(extract):
    article = extract(TRANSCRIPT)
    turns = [q for q in article.quotes if q.rule == "speaker_label"]
    assert [(q.speaker.name, q.text) for q in turns] == [
        ("Tom Hart", "Mayor Lee, will the bridge really open in May?"),
        ("Ann Lee", "It will, unless the river floods again."),
        ("Tom Hart", "And if it does?"),
        ("Ann Lee", "Then we wait."),
    ]
    for quote in turns:
        assert quote.type == "direct"
        assert TRANSCRIPT[quote.speaker.mention.start : quote.speaker.mention.end] in ("TOM HART", "HART", "LEE")
    # a quote over two turns is two quotes; an unmarked turn is its own words
    assert TRANSCRIPT[turns[0].start : turns[0].end].startswith("“TOM HART:")
    assert TRANSCRIPT[turns[2].start : turns[2].end] == "And if it does?"


INTERVIEW = """Q&A with Mayor Ann Lee.

Mayor Ann Lee spent Thursday at the new bridge, where she spoke with Tom Hart of the Herald. Lee defended the cost.

Q: Will the bridge open in May?

A: It will, unless the river floods again. My staff told me to say June.

Q: And the cost?

A: Worth every penny."""


def test_interview_answers_go_to_the_person_interviewed_and_questions_to_the_interviewer(extract):
    article = extract(INTERVIEW)
    turns = [q for q in article.quotes if q.rule == "speaker_label"]
    assert [(q.speaker.name, q.speaker.kind, q.text[:12]) for q in turns] == [
        ("interviewer", "description", "Will the bri"),
        ("Ann Lee", "person", "It will, unl"),
        ("interviewer", "description", "And the cost"),
        ("Ann Lee", "person", "Worth every "),
    ]
    # speech reported within an answer is still found
    assert any(q.type == "indirect" and q.speaker.mention.text == "My staff" for q in article.quotes)


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


@pytest.mark.parametrize(
    "text, name",
    [
        # the one person the article gave that role
        (
            "Sen. Ann Lee of Ohio and Sen. Tom Hart of Utah toured the plant. “It is a fine plant,” the Ohio senator said.",
            "Ann Lee",
        ),
        ("Tom Hart, a retired surgeon, toured the plant. “It is a fine plant,” the retired surgeon said.", "Tom Hart"),
        # a title before the name, and the tagger taking the lower-case "senator" for a name
        ("Sen. Ann Lee spoke on Monday about the bill.\n\n“We will win,” the senator said.", "Ann Lee"),
        # a role of a named owner
        (
            "On Tuesday, Lee campaign manager Tom Hart met reporters in Dayton. “We will win in November,”"
            " Lee’s campaign manager said.",
            "Tom Hart",
        ),
        # a role with its owner named may come before the name, as ledes describe first
        (
            "Ann Lee’s campaign manager called the poll “a fake” on Monday.\n\n"
            "Tom Ward, Lee’s campaign manager, later told reporters that the race was close.",
            "Tom Ward",
        ),
        # two senators: the description stays a description
        ("Sen. Ann Lee and Sen. Tom Hart toured the plant. “It is a fine plant,” the senator said.", "senator"),
        # a vice president is not "the president"
        ("Vice President Tom Hart toured the plant. “It is a fine plant,” the president said.", "president"),
    ],
)
def test_a_definite_description_names_the_person_given_that_role(extract, text, name):
    quote = first_with_marks(extract(text))
    assert quote.speaker.name == name
    assert quote.speaker.mention.text.endswith(("senator", "surgeon", "president", "manager"))


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # "it" and "they" refer back to the subject before them that can speak
        (
            "The audit gave details of the breaches. It said officials had tried to “cover up” the breaches.",
            "audit",
            "description",
        ),
        (
            "Council members objected to the plan on Tuesday. They called it “a disaster for the town.”",
            "Council members",
            "description",
        ),
        # ... not to one that cannot
        ("Wages fell again last year. They called it “a disaster for the town.”", None, "pronoun"),
        # ... nor across a person named as the subject
        ("The audit was released on Monday. Ann Lee read it. It called the breaches “a disgrace.”", None, "pronoun"),
    ],
)
def test_it_and_they_refer_back_to_a_subject_that_speaks(extract, text, name, kind):
    (quote,) = [q for q in extract(text).quotes if q.type != "indirect"]
    assert (quote.speaker.name, quote.speaker.kind) == (name, kind)


def test_words_quoted_within_an_unmarked_turn_are_part_of_it(extract):
    text = "Partial transcript as follows:\n\nTOM HART: You called the audit “a sham” on Friday. Why?\n\nANN LEE: Because it is one."
    quotes = extract(text).quotes
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("Tom Hart", "You called the audit “a sham” on Friday. Why?"),
        ("Ann Lee", "Because it is one."),
    ]


def test_per_names_a_source_only_right_after_the_quote(extract):
    (quote,) = extract("“The bridge will open in May,” per a statement from the town hall.").quotes
    assert (quote.rule, quote.cue.text, quote.speaker.kind) == ("according_to", "per", "description")
    (quote,) = extract("“You will pay three dollars and fifty cents each way,” per crossing.").quotes
    assert quote.rule == "unattributed"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "“I would rather lose the election than raise the toll.”\n\nThat quote from Mayor Ann Lee"
            " appeared on the front page of the Herald on Sunday.",
            "Ann Lee",
        ),
        (
            "“The stories begin. The stories end. But the work goes on.”\n\nSo says a booming voice at the end of the film.",
            "booming voice at the end of the film",
        ),
        (
            "“This city deserves better than a bridge to nowhere.”\n\nThose were the words of Ann Lee, the mayor,"
            " at a rally on Monday.",
            "Ann Lee",
        ),
        ("“This city deserves better than a bridge to nowhere.” That is how Ann Lee put it on Monday.", "Ann Lee"),
        (
            "“This city deserves better than a bridge to nowhere.”\n\nThat is what Ann Lee told voters in Dayton.",
            "Ann Lee",
        ),
        # the next sentence reports the quote with a word pointing back at it
        ("“This city deserves better than a bridge.”\n\nAnn Lee said this at a rally in Dayton.", "Ann Lee"),
        ("“This city deserves better than a bridge.”\n\nAnn Lee made the remark at a rally in Dayton.", "Ann Lee"),
    ],
)
def test_a_sentence_after_a_quote_that_names_who_said_it(extract, text, name):
    (quote,) = extract(f"“We will win,” Tom Hart said on Monday.\n\n{text}").quotes[1:]
    assert (quote.rule, quote.speaker.name) == ("named_after", name)


def test_a_sentence_answering_the_quote_does_not_name_its_speaker(extract):
    text = "“We will win,” Tom Hart said.\n\n“The mayor lied about the bridge.”\n\nAnn Lee denied that on Tuesday."
    quote = direct_quotes(extract(text))[1]
    assert quote.speaker.name == "Tom Hart"


def test_a_quote_signed_in_parentheses_is_the_signers(extract):
    text = "“We will win,” Tom Hart said on Monday.\n\n“The bridge is a disgrace and the mayor knows it.” (Ann Lee, Dec. 3)"
    quote = extract(text).quotes[-1]
    assert (quote.rule, quote.speaker.name) == ("name_after_quote", "Ann Lee")


@pytest.mark.parametrize("after", ["That is how it works here.", "That is what worries Ann Lee."])
def test_that_is_how_things_work_names_no_speaker(extract, after):
    text = f"“We will win,” Tom Hart said.\n\n“This city deserves better than a bridge.” {after}"
    assert extract(text).quotes[1].rule != "named_after"
