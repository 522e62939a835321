"""The attribution loop: the order layouts are tried in, statements in several pieces, terms, offsets."""

import pytest

from tests.quotes.helpers import only_quote


@pytest.mark.parametrize(
    "text, speaker, cue, rule",
    [
        ("“The bridge will open in May,” Mayor Ann Lee said on Tuesday.", "Ann Lee", "said", "cue_after_quote"),
        (
            "“The bridge will open in May,” said Ann Lee, who has led the town since 2019.",
            "Ann Lee",
            "said",
            "cue_after_quote",
        ),
        ("Ann Lee said: “The bridge will open in May and the road in June.”", "Ann Lee", "said", "cue_governs_quote"),
        ("Ann Lee told reporters “the bridge will open in May, not before.”", "Ann Lee", "told", "cue_governs_quote"),
        ("“We have waited long enough for this bridge,” Ann Lee insisted.", "Ann Lee", "insisted", "cue_after_quote"),
        ("“We have waited long enough for this bridge,” Ann Lee tweeted.", "Ann Lee", "tweeted", "cue_after_quote"),
        # the one told is the hearer, even when the parser gives "told" no subject
        (
            "“We were so wrong not to have taken him on from the outset,” Ortiz, 58, told AFP"
            " during a visit to Dayton on Monday.",
            "Ortiz",
            "told",
            "cue_governs_quote",
        ),
        # someone's words as the subject: the one whose words they are
        (
            "“We have waited long enough,” Ann Lee's words echoed across the hall.",
            "Ann Lee",
            "echoed",
            "cue_governs_quote",
        ),
        ("Ann Lee's statement said “the bridge will open in May, not before.”", "Ann Lee", "said", "cue_governs_quote"),
        ("“Is the bridge safe for heavy lorries?” Tom Hart asked.", "Tom Hart", "asked", "cue_after_quote"),
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
            "cue_governs_quote",
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
        (
            "The mayor praised Ann Lee, who told reporters, “The bridge is safe for lorries.”",
            "Ann Lee",
            "told",
            "cue_governs_quote",
        ),
        # ... but "Name, role, said" is the name's
        (
            "In a call on Dec. 2, Col. Tom Hart, a spokesman, said the strikes had been “very effective.”",
            "Tom Hart",
            "said",
            "cue_governs_quote",
        ),
        (
            "As Ann Lee, the mayor, put it, “The bridge will open in May, not before.”",
            "Ann Lee",
            "put",
            "cue_before_quote",
        ),
        # the verb before the colon introduces the quote, not a speech verb earlier on
        (
            "When Tom Hart called, Ann Lee pushed back forcefully: “If they take us to court in Salem, they will lose.”",
            "Ann Lee",
            "pushed",
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
            "cue_governs_quote",
        ),
        # ... and not a person named inside that person's role
        (
            "In a call with reporters on May 3, Col. Ann M. Lee, a top Tom Hart adviser, said, “We will not be doing raids.”",
            "Ann M. Lee",
            "said",
            "cue_governs_quote",
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
        # the headline's casing hides the name from the tagger; the article names him in full
        (
            "Mensah: ‘I’m the Best Friend the Harbor Ever Had’.\n\nOn Monday at Ridge College, Tom Mensah spoke to students.",
            "Tom Mensah",
            None,
            "headline_colon",
        ),
        (
            "After the vote, Ann Lee sent a letter, “We will rebuild the bridge.”",
            "Ann Lee",
            "sent",
            "verb_intro",
        ),
        # the headline's "Name:" beats the verb its words offer after the quote
        ("Ann Lee: ‘It Is Only Fair’ To Demand a New Bridge", "Ann Lee", None, "headline_colon"),
        # a participle after a partial quote goes on with the sentence, it does not attribute
        (
            "The council put the cost at $2 million, which Ann Lee called “absurd,” blaming Tom Hart.",
            "Ann Lee",
            "called",
            "cue_governs_quote",
        ),
        ("“Tom wants to look tough this evening,” Lee grinned.", "Lee", "grinned", "verb_after_quote"),
        ("Tom Hart made his case: “The bridge is too expensive for this town.”", "Tom Hart", None, "colon_intro"),
        ("“Go back to your seat,” Hart barked and a guard walked him out.", "Hart", "barked", "verb_after_quote"),
        ("Ann Lee paused. Then she went on: “The bridge will open in May after all.”", "Ann Lee", None, "colon_intro"),
        # the parser reads "the 43-year-old asked" as a reduced relative ("the man asked to leave")
        (
            "“Who will pay for the bridge?” the 52-year-old asked in the town’s newsletter.",
            "52-year-old",
            "asked",
            "cue_after_quote",
        ),
        # a subject with a long title runs past the cue window; the parse still links it
        (
            "The shop was closed.\n\n''The market works as a place to sell apples, as a place to meet friends, and it"
            " works as a place to govern a town,'' Anne Marie Dubois, the director of the Regional Water Authority of"
            " France, said at a press conference in Lyon in March.",
            "Anne Marie Dubois",
            "said",
            "cue_after_quote",
        ),
        # a name with a title, then the speech verb: the parser hangs the name on the quote
        (
            "Last spring, friends of the deputy mayor said, a mere mention of Mrs. Lee's name could"
            " make him angry.\n\n''They were partners, but also competitors,'' William M. Dale, Mayor Hart's"
            " former chief of staff, said of the years they shared.",
            "William M. Dale",
            "said",
            "cue_after_quote",
        ),
        # ... or a noun phrase with a prepositional phrase, and "states" tagged as a noun
        (
            "“They know she alone is tough enough to beat the developers,” a voice-over in the spot states.",
            "voice-over",
            "states",
            "cue_after_quote",
        ),
        # object control: the one led, prompted or urged to speak is the speaker
        (
            "The vote led Ann Lee to declare that the bridge was “a done deal.”",
            "Ann Lee",
            "declare",
            "cue_governs_quote",
        ),
        ("The flood prompted Tom Hart to call the dam “a disgrace.”", "Tom Hart", "call", "cue_governs_quote"),
        # a participle hung on a scene's main clause: the people acting in the scene speak
        (
            "The worst moment came during a speech at the town hall in Salem, when angry farmers interrupted"
            " the mayor, shouting “no more taxes!”",
            "angry farmers",
            "shouting",
            "cue_governs_quote",
        ),
        (
            "The trouble began at a meeting in the school gym, where parents booed the board, yelling “shame on you!”",
            "parents",
            "yelling",
            "cue_governs_quote",
        ),
        # ... a publication too, but not the means someone uses
        (
            "The row over the bridge prompted the tabloid to run a front page saying “Fix it, Mayor!”",
            "tabloid",
            "saying",
            "cue_governs_quote",
        ),
        (
            "At the dinner in Salem on Tuesday, Ann Lee used her keynote speech to offer ''encouragement'' to the crowd.",
            "Ann Lee",
            "offer",
            "cue_governs_quote",
        ),
        # a sign speaks for the people holding it
        (
            "Outside the hall, the farmers held banners proclaiming: “No farms, no food!”",
            "farmers",
            "proclaiming",
            "cue_before_quote",
        ),
        (
            "At the rally, protesters waved signs reading “Save our school.”",
            "protesters",
            "reading",
            "cue_governs_quote",
        ),
        # ... and a piece or a shirt for whoever ran or wore it
        (
            "The Salem Herald recently ran a piece that noted the bridge was “twice over budget.”",
            "Salem Herald",
            "noted",
            "cue_governs_quote",
        ),
        ("The protesters wore shirts that read “Save the bridge.”", "protesters", "read", "cue_governs_quote"),
        # "a councillor called Hart" reads like a name, but the quote names Hart: an act
        (
            "The plan angered the town; one councillor called Hart “the worst mayor in a century.”",
            "one councillor",
            "called",
            "cue_before_quote",
        ),
    ],
)
def test_attribution_layouts(extract, text, speaker, cue, rule):
    quote = only_quote(extract(text))
    assert quote.speaker.name == speaker
    assert (quote.cue.text if quote.cue else None) == cue
    assert quote.rule == rule


def test_multi_paragraph_quote_is_one_quote(extract):
    text = (
        "Ann Lee, the mayor, spoke for an hour.\n\n"
        "“The bridge is finished. It took four years.\n\n"
        "“It opens in May, and the road follows in June,” she said."
    )
    quote = only_quote(extract(text), "direct")
    assert len(quote.fragments) == 2
    assert quote.speaker.name == "Ann Lee"


def test_lower_case_words_after_an_interrupting_attribution_finish_the_same_quote(extract):
    text = "“I hold the mayor in the highest esteem,” Tom Hart said, “and I fully support her re-election.”"
    (quote,) = extract(text).quotes
    assert quote.type == "direct" and len(quote.fragments) == 2
    assert (
        quote.text == "I hold the mayor in the highest esteem, and I fully support her re-election."
    )  # the comma kept


@pytest.mark.parametrize("joining", ["but", "and"])
def test_words_after_the_attribution_and_a_but_or_and_finish_the_same_quote(extract, joining):
    text = (
        f"“You know, I like Tom,” Ann Lee said, {joining} “when it comes to roads, he has a history of siding "
        "with the trucking firms.”"
    )
    (quote,) = extract(text).quotes
    assert quote.type == "direct" and len(quote.fragments) == 2 and quote.speaker.name == "Ann Lee"


def test_a_quote_right_after_quoted_words_that_end_their_sentence_is_a_sentence_of_its_own(extract):
    text = "Ann Lee said the tolls were “deeply unfair.” “They leave people like me with no way to work.”"
    quotes = extract(text).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("partial", "Ann Lee"), ("direct", "Ann Lee")]
    # not after words that run on: two pieces of one sentence
    text = "Ann Lee said the tolls were “unfair” “Because drivers pay twice” for one road."
    assert {q.type for q in extract(text).quotes} == {"partial"}


def test_words_quoted_later_in_a_longer_attribution_stay_apart(extract):
    text = "“The gifts were all opened,” says the narrator, going on to list a series of other “gifts.”"
    quotes = extract(text).quotes
    assert [q.type for q in quotes if q.type != "indirect"] == ["direct", "partial"]


def test_scare_quotes_and_titles_are_terms_not_statements(extract):
    text = "The so-called “experts” met at the “Morning Joe” studio in Springfield."
    article = extract(text)
    assert article.quotes == []
    assert {(t.text, t.reason) for t in article.terms} == {("experts", "scare_quote"), ("Morning Joe", "title_or_name")}


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


def test_quoted_words_in_a_title_case_headline_are_not_taken_for_a_title(extract):
    text = "Hart: Council ‘Waving The Flag Of Surrender’ To Lee\n\nTom Hart spoke on Monday."
    quote = only_quote(extract(text))
    assert quote.text == "Waving The Flag Of Surrender" and quote.speaker.name == "Tom Hart"


def test_an_epithet_in_capitals_is_the_callers_words_not_a_title(extract):
    quote = only_quote(extract("Ann Lee called the mayor an “Aunt Tom” at the meeting."))
    assert quote.text == "Aunt Tom" and quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ann Lee, the host of the reality show “The Crowd Room,” said the ratings rose.", "The Crowd Room,"),
        ("In her new book, “Rising Tides,” and in an interview, Lee said the city erred.", "Rising Tides,"),
        ("The troupe is staging a play called “Sons of the Mayor” in Salem this week.", "Sons of the Mayor"),
    ],
)
def test_a_work_s_title_in_quotes_is_a_term_not_a_statement(extract, text, title):
    article = extract(text)
    assert all(q.type == "indirect" for q in article.quotes), [(q.type, q.text) for q in article.quotes]
    assert (title.rstrip(","), "title_or_name") in {(t.text.rstrip(","), t.reason) for t in article.terms}


@pytest.mark.parametrize(
    "text",
    [
        "On the show, “We will win the vote,” Tom Hart said.",  # after a comma, words not in capitals
        "The program “is gaining traction with families,” Ann Lee said.",  # a title opens with a capital
    ],
)
def test_words_quoted_after_a_noun_for_a_work_may_still_be_a_statement(extract, text):
    assert [q.type for q in extract(text).quotes if q.type != "indirect"] in (["direct"], ["partial"])


SUBHEADING_ARTICLE = (
    "“The mill gave us everything,” Ann Lee said.\n\n‘A really tough decision.’\n\n"
    "The workers voted on Friday to accept the offer."
)


def test_a_single_marked_paragraph_among_double_marked_quotes_is_a_subheading(extract):
    article = extract(SUBHEADING_ARTICLE)
    assert [q.text for q in article.quotes if q.type != "indirect"] == ["The mill gave us everything"]
    assert ("A really tough decision.", "heading") in {(t.text, t.reason) for t in article.terms}


def test_a_single_marked_paragraph_stays_a_quote_where_single_marks_are_the_house_style(extract):
    # British papers quote in single marks: a quote paragraph of its own goes on the last one
    text = SUBHEADING_ARTICLE.replace("“", "‘").replace("”", "’")
    quotes = [q for q in extract(text).quotes if q.type != "indirect"]
    assert [q.text for q in quotes] == ["The mill gave us everything", "A really tough decision."]
    assert quotes[1].speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("His niece, Marcia “Cia” Price, shouted to the crowd at the rally in Norfolk.", "Cia"),
        ("Former speaker Thomas ‘Tip’ O’Neill led the House for a decade.", "Tip"),
    ],
)
def test_a_nickname_inside_a_name_is_a_term_not_a_quote(extract, text, nickname):
    article = extract(text)
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert (nickname, "title_or_name") in {(t.text, t.reason) for t in article.terms}


def test_quoted_words_after_a_first_name_in_a_headline_are_no_nickname():
    from quotex.quotes.surroundings import is_nickname
    from quotex.text.marks import find_quote_spans

    for text, expected in [
        ("Lee: The Plan to Save Hillary ‘Defies Explanation,’ Needs More Work.", False),
        ("Marcia “Cia” Price spoke.", True),
        ("Marcia “the best” Price spoke.", False),  # a nickname is a name, capitalised
    ]:
        (pair,) = find_quote_spans(text)
        assert is_nickname(text, pair) is expected, text


def test_a_titled_ad_is_a_term(extract):
    article = extract("The new radio spot, titled “Careless,” opens with a clip from the hearing.")
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert ("Careless", "title_or_name") in {(t.text.rstrip(","), t.reason) for t in article.terms}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Once the story spread, the “Avatar” star wrote a long reply.", "Avatar"),
        ("“Orange Is the New Black” star Ann Lee opened up about her past.", "Orange Is the New Black"),
        ("“Chi-Raq,” a movie about violence in Chicago, opens on Friday.", "Chi-Raq,"),
        # the kind of work after a few words that say more about it
        ("“Parasite,” a Korean language social satire, won the top prize on Sunday.", "Parasite,"),
    ],
)
def test_a_title_before_a_noun_for_a_work_or_its_people_is_a_term(extract, text, title):
    article = extract(text)
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert (title, "title_or_name") in {(t.text, t.reason) for t in article.terms}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ann Lee sings to Tom Ward in a preview clip of ‘The Last Word.’", "The Last Word."),
        ("A copy of “The Art of the Deal” sat on his desk all year.", "The Art of the Deal"),
    ],
)
def test_a_title_after_a_part_or_copy_of_a_work_is_a_term(extract, text, title):
    article = extract(text)
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert (title, "title_or_name") in {(t.text, t.reason) for t in article.terms}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # American style puts the full stop inside the marks
        (
            "The family stayed in Miami, Mr. Lee wrote in his 2014 book, ''A Bridge Too Near.'' So they stayed.",
            "A Bridge Too Near.",
        ),
        (
            "In his autobiography, ''A Time for Lions,'' published in 2015, he wrote about his father.",
            "A Time for Lions,",
        ),
        (
            "\"It is a fair question,\" said Tom Hart, a co-author of ''Every Town Has a River: Notes From the Flood Plain.''",
            "Every Town Has a River: Notes From the Flood Plain.",
        ),
        (
            'She moved fast, as told in Ann Lee\'s book "Undertow: How One Town Lost and Won Back Its Harbor."',
            "Undertow: How One Town Lost and Won Back Its Harbor.",
        ),
    ],
)
def test_a_title_after_a_work_or_its_author_is_a_term_whatever_ends_it(extract, text, title):
    article = extract(text)
    assert title not in {q.text for q in article.quotes}
    assert (title, "title_or_name") in {(t.text, t.reason) for t in article.terms}


def test_a_sentence_set_off_between_a_piece_of_writing_and_its_verb_is_its_title(extract):
    article = extract('Ann Lee\'s commentary, "Tom, tell your own story," is very thoughtful. It ran on Monday.')
    assert not article.quotes
    assert [(t.text, t.reason) for t in article.terms] == [("Tom, tell your own story,", "title_or_name")]
    # the column's words with its writer's speech verb are a quote
    (quote,) = extract('In his column, "We must act now," Tom Hart wrote.').quotes
    assert quote.speaker.name == "Tom Hart"


@pytest.mark.parametrize(
    "text",
    [
        "In the book, he put it plainly: “We Will Win.”",
        "Ann Lee, the author of the report, said, “The bridge is not safe.”",
    ],
)
def test_a_short_capitalised_sentence_or_a_sentence_after_an_author_stays_a_quote(extract, text):
    assert [q.type for q in extract(text).quotes] == ["direct"]


def test_words_said_in_a_clip_stay_a_quote(extract):
    quote = only_quote(extract("In a clip of the speech, Ann Lee said “We Will Win.”"), "direct")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a newsletter's list of stories: headline, credit, then an excerpt
        (
            "ON STAGE—“Ann Lee is leaving ‘Neverland,’” by the Ledger's Tom Ward: “Ann Lee, the star of the show, "
            "is leaving next month.”",
            "Ann Lee is leaving ‘Neverland,’",
        ),
        ("One of his recent reads, “This Kind of War,” by Tom Ward, drove that point home.", "This Kind of War,"),
    ],
)
def test_a_line_credited_by_someone_is_a_title_not_their_words(extract, text, title):
    article = extract(text)
    assert (title, "title_or_name") in {(t.text, t.reason) for t in article.terms}
    assert title.rstrip(",") not in {q.text for q in article.quotes}


def test_quoted_words_with_a_year_in_brackets_are_a_cited_title(extract):
    text = (
        "The party’s posters are notorious: “Close the border crossings” (2008) — “No new tolls for "
        "drivers” (2010). “We will win in 2020,” Ann Lee said."
    )
    article = extract(text)
    assert [q.text for q in article.quotes if q.type != "indirect"] == ["We will win in 2020"]
    assert {"Close the border crossings", "No new tolls for drivers"} <= {t.text for t in article.terms}


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” by Friday, the mayor said.",  # a time
        "Ann Lee said the “ugliness of the remarks, largely unprompted,” by Tom Ward last week stood out.",
    ],
)
def test_by_after_quoted_words_in_a_sentence_is_no_credit(extract, text):
    assert [q for q in extract(text).quotes if q.type != "indirect"]


def test_a_quote_in_capitals_before_its_speech_verb_is_no_title(extract):
    quote = only_quote(extract("“We Will Win,” the candidate said."), "direct")
    assert quote.speaker.name == "candidate"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("A local paper hailed the mayor as “The Comeback Kid” after the vote.", "The Comeback Kid", "local paper"),
        ("The governor likened the new rules to “tearing up the constitution” on Monday.", None, "governor"),
    ],
)
def test_what_someone_likened_or_hailed_a_person_as_is_their_words(extract, text, words, speaker):
    quote = only_quote(extract(text), "partial")
    assert quote.text == (words or "tearing up the constitution") and speaker in quote.speaker.name


def test_a_name_an_event_was_billed_as_is_a_term(extract):
    article = extract("At a rally billed as “Hard Hats for Lee,” the mayor unveiled a plan to fix roads.")
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert ("Hard Hats for Lee", "title_or_name") in {(t.text.rstrip(","), t.reason) for t in article.terms}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("“We will rebuild the bridge,” Ann Lee told NBC’s “Today” on Monday.", "Today"),
        ("“The toll is too high,” Tom Hart told Fox News’ “Hannity” on Tuesday night.", "Hannity"),
    ],
)
def test_a_title_owned_by_a_broadcaster_is_its_show_not_a_statement(extract, text, title):
    article = extract(text)
    assert not [q for q in article.quotes if q.type == "partial"]
    assert (title, "title_or_name") in {(t.text, t.reason) for t in article.terms}


@pytest.mark.parametrize(
    ("text", "term", "reason"),
    [
        # "so-called" marks the writer's label for something, not anyone's statement
        (
            "Ann Lee has called for taxing so-called “pass through” income at a higher rate.",
            "pass through",
            "scare_quote",
        ),
        ("The city armed the so-called ‘river watch’ that patrols the banks at night.", "river watch", "scare_quote"),
        # a name given with a naming participle right after the noun it names
        ("Her campaign shared a video from an account called “Hypo-Hart” on Monday.", "Hypo-Hart", "title_or_name"),
        ("A local news site called “The Harbor Post” cited the poll on Monday.", "The Harbor Post", "title_or_name"),
        # the name something goes by
        (
            "The council adopted what has become known as the “Lee rule” after Ann Lee, the councillor who "
            "complained that drivers pay twice.",
            "Lee rule",
            "title_or_name",
        ),
    ],
)
def test_a_so_called_label_or_a_name_given_is_a_term(extract, text, term, reason):
    article = extract(text)
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert (term, reason) in {(t.text, t.reason) for t in article.terms}


def test_reported_speech_reads_through_a_name_something_is_known_by(extract):
    (quote,) = extract("The city uses a method known as “catch and release,” Ann Lee said.").quotes
    assert (quote.type, quote.speaker.name) == ("indirect", "Ann Lee")
    assert quote.text.startswith("The city uses a method known as")


def test_words_someone_called_someone_stay_their_words(extract):
    quote = only_quote(extract("One lawmaker called Hart “the orange prince” at the meeting."), "partial")
    assert quote.speaker.mention.text == "One lawmaker"
