"""The verb up the parse from the quote (cue_governs_quote) and attribution verbs (attribution_verb)."""

import pytest

from quotex.quotes.context import QuoteContext
from quotex.quotes.rules.common import name_taken_for_an_adverb
from tests.quotes.helpers import only_quote, parsed


def test_partial_quote_in_reported_speech_is_attributed(extract):
    text = "Tom Hart described the plan as ‘a waste of money’ on Monday."
    quote = only_quote(extract(text))
    assert quote.type == "partial"
    assert quote.text == "a waste of money"
    assert quote.speaker.name == "Tom Hart"
    assert quote.cue.text == "described"


def test_words_quoted_inside_another_persons_report_come_from_the_reporting_source(extract):
    # the reporter has "a disgrace" from Tom Hart, who reports what Ann Lee called it
    quote = only_quote(extract("Tom Hart said Ann Lee called the plan “a disgrace”."))
    assert quote.speaker.name == "Tom Hart" and quote.cue.text == "said"


def test_parenthetical_report_gives_the_source_of_a_partial_quote(extract):
    quote = only_quote(extract("The county, Ann Lee said, called the announcement “highly significant.”"))
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


def test_trailing_report_gives_the_source_of_a_partial_quote(extract):
    text = "Lee said Hart stood “no chance” in May, the aide recalled, adding that he said so twice."
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
            "Speaking at a school gym in Dover, Ohio, Lee went after Hart, calling him “a total stiff.”",
            "Lee",
        ),
        ("LISBON (AP) — The mayor of Lisbon called the plan “a waste of money” on Tuesday.", "mayor of Lisbon"),
        # "continue to" goes on doing something, not saying it
        ("Ann Lee said her group will continue “to fight for the bridge” until May.", "Ann Lee"),
        # "refer to X as ‘Y’" names something in someone's words
        ("When Tom Hart spoke in May, Ann Lee referred to the bridge as “a road to nowhere.”", "Ann Lee"),
        # a long title the parser made the subject, the name right before the verb
        ("Town Hall Vice President for roads and parks Ann Lee called the bridge “a road to nowhere.”", "Ann Lee"),
        ("As the Ledger’s Ann Lee pointed out in May, the bridge was “a road to nowhere” all along.", "Ann Lee"),
        # verbs that put words in someone's mouth or take them from someone else's
        ("Ann Lee mocked the plan as “a bridge to nowhere” on Monday.", "Ann Lee"),
        ("Ann Lee heralded the deal with the county as a “breakthrough” on Monday.", "Ann Lee"),
        ("Ann Lee ripped the director for posing as “the referee and the umpire” in the case.", "Ann Lee"),
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
            "Ann Lee said Hart is accountable for what goes on at his rallies and accused him of “stirring up angry"
            " crowds.”",
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
            " collapse —\xa0often branded as a “fishing trip” by Democrats —\xa0it seems likely Hart is right in his"
            " assessment.",
            "Democrats",
        ),
        (
            "The council faced criticism for the inquiry into the bridge collapse — often branded as a “fishing trip” by"
            " Democrats — and it seems likely Hart is right.",
            "Democrats",
        ),
        # the owner of a noun for words is the speaker of what the noun is
        ("Tom Hart asked about the budget. Ann Lee’s answer was that “families cannot wait another year.”", "Ann Lee"),
        # a source named by "according to" reports what the speech verb's subject said: the
        # words quoted are the subject's, as whole quoted sentences are
        ("According to the Daily Star, Tom Hart said he was “very angry” about the vote.", "Tom Hart"),
        ("Tom Hart said he was “very angry” about the vote, according to the Daily Star.", "Tom Hart"),
        ("Ann Lee called the mayor's conduct a “breach of trust,” according to the Gazette.", "Ann Lee"),
        # ... but speech that has not happened is the source's prediction
        (
            "He will go, because, according to Tom Hart, the papers would call him a “coward” if he stayed away.",
            "Tom Hart",
        ),
        ("According to the Daily Star, voters will call the plan “a disgrace” in May.", "Daily Star"),
        # ... and with no speech verb the words come through the source
        ("The bridge plan is “dead on arrival,” according to the Daily Star.", "Daily Star"),
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


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # a reporting noun with an owner and its content clause: the owner said it
        ("Critics point to Tom Hart's promise to be “neutral” in the talks.", "Tom Hart", "promise"),
        ("Ann Lee made an issue out of Tom Hart's claim that the bridge was “perfectly safe.”", "Tom Hart", "claim"),
        # ... or words in what it is for, against, on or about
        ('While Ann Lee\'s call for a "revolution" draws young voters, her rival fills halls too.', "Ann Lee", "call"),
        ("Tom Hart made his concerns about “lawyers trying to get rich” plain at the hearing.", "Tom Hart", "concerns"),
        # an owner named after "of", before the claim's own clause
        (
            "His remarks support the contention of Mayor Ann Lee that the files were subjected to "
            '"over-classification."',
            "Ann Lee",
            "contention",
        ),
        # ... but the noun as the object of a speech verb is what that verb's subject describes
        ("Ann Lee called Tom Hart's remarks “a disgrace.”", "Ann Lee", "called"),
        ("Ann Lee called Tom Hart's remarks about the judge ''racist'' on Monday.", "Ann Lee", "called"),
    ],
)
def test_reporting_nouns_with_an_owner(extract, text, speaker, cue):
    quote = only_quote(extract(text), "partial")
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)


def test_words_quoted_inside_what_an_attribution_verb_reports_go_to_its_subject(extract):
    text = "Tom Hart talks about how his crews must be ready “to fight tonight.”"
    quote = only_quote(extract(text), "partial")
    assert quote.rule == "attribution_verb" and quote.speaker.name == "Tom Hart" and quote.cue.text == "talks"


def test_speech_that_has_not_happened_inside_a_report_is_the_reporters(extract):
    quote = only_quote(extract("Mayor Ann Lee said she expected that voters will say “no” to the bridge."), "partial")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


def test_a_speech_verb_after_a_semicolon_does_not_govern_the_quote(extract):
    # a semicolon joins two sentences; the verb after it reports only its own
    text = "Ann Lee said the mayor was in a “serious” condition; the Gazette reported he was moved to a clinic."
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


def test_an_emphatic_reflexive_is_not_the_speaker(extract):
    text = (
        "Harbor Freight Company said it would cooperate. In the filing itself Harbor Freight also made "
        "the point, writing “We have told every agency in the state.”"
    )
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.mention.text != "itself" and quote.speaker.name.startswith("Harbor Freight")


def test_footage_of_someone_saying_beats_the_verb_of_the_ad_that_shows_it(extract):
    text = (
        "The spot concludes with footage of Tom Ward saying during the forum last week, “That makes me smart,” "
        "while the crowd booed."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Tom Ward" and quote.cue.text == "saying"


def test_a_participle_of_saying_set_off_before_the_quote_introduces_it(extract):
    # the parser hangs the quote on the reported clause: "insisted" would take the quote,
    # and the report of what she insisted would be dropped as part of it
    text = "Ms Okafor insisted the council's plan was working, telling reporters: “We are turning the corner.”"
    article = extract(text)
    quote = only_quote(article, "direct")
    assert quote.cue.text == "telling" and quote.speaker.mention.text == "Ms Okafor"
    assert [q.text for q in article.quotes if q.type == "indirect"] == ["the council's plan was working"]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # whoever casts something as the quoted words chose them, whatever the verb
        (
            "Ward proposed a forum on Friday night, but the Lee campaign rejected the plan as “absurd” "
            "because of the parade.",
            "Lee",
            "rejected",
        ),
        ("Ads are casting Ann Lee as an “honorable choice” for voters.", "Ads", "casting"),
        # ... unless a speech verb up the parse reports the clause
        (
            "Acme promised Ann Lee that she could run the firm as a “fully independent entity.”",
            "Acme",
            "promised",
        ),
    ],
)
def test_casting_something_as_quoted_words_is_the_subjects_choice_of_words(extract, text, speaker, cue):
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == speaker and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "Many voters see Ann Lee as “a fighter.”",  # seeing and thinking choose no words
        "Ann Lee served as “acting director” for a year.",  # a role
        "The unit, known as the “Night Crew,” was disbanded.",  # a name
        "As a host on “The Morning Show,” Ann Lee interviewed the mayor.",  # a role, then a title
    ],
)
def test_as_before_quoted_words_without_someone_casting_is_no_quote(extract, text):
    assert not [q for q in extract(text).quotes if q.type != "indirect"]


def test_going_on_about_quoted_words_is_saying_them(extract):
    text = (
        "Ann Lee nodded along, and as Tom Ward went on about “how the count is fixed,” and “our own "
        "hard-working neighbours,” she said yes, over and over again."
    )
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Tom Ward" and quote.cue.text == "went"


@pytest.mark.parametrize(
    "text",
    [
        # the speech verb governs the quote (cue_governs_quote) or comes in the clause before it
        "Several senators have said as much, among them Ann Lee — “It is wrong for a candidate to "
        "hide his records” — and Tom Ward.",
        "A number of councillors have said as much, among them the former mayor Ann Lee -- ''It is "
        "wrong for any candidate to keep his accounts from the people he asks to vote for him'' -- and Tom Ward.",
    ],
)
def test_words_set_off_by_dashes_after_a_name_are_that_persons(extract, text):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee" and quote.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        # whoever the sentence is about only passes or shows the sign: the words are its
        ("Some shops on Main Street now display signs reading “Masks required.”", "signs"),
        ("Drivers on the bypass passed a billboard that read “Slow down, we love our kids.”", "billboard"),
    ],
)
def test_words_on_a_sign_are_the_sign_s(extract, text, carrier):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.mention.text == carrier and quote.speaker.kind == "description"


@pytest.mark.parametrize(
    "text",
    [
        "Marchers held signs saying “No war” and “Peace now.”",
        "Fans of the club wore T-shirts reading “Bring him home.”",
    ],
)
def test_words_on_a_sign_someone_holds_up_are_theirs(extract, text):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.speaker.mention.text in ("Marchers", "Fans of the club")


def test_a_statement_saying_stays_its_issuer_s(extract):
    quote = only_quote(extract("Ann Lee released a statement saying “We are sorry for the delay.”"), "direct")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council adopted a resolution demanding “an immediate ceasefire.”", "council"),
        # a document its subject turns down or fails to pass says what it says, not them
        ("The Senate failed to pass a bill demanding “an immediate ceasefire.”", "bill"),
        ("The United States vetoed a resolution demanding “an immediate ceasefire.”", "resolution"),
    ],
)
def test_a_document_someone_turns_down_is_not_their_word(extract, text, speaker):
    quote = only_quote(extract(text))
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a verb that says how the words came out reports them as "said" does
        ("The former chairman Tom Ward sniped that his successor was “learning on the job.”", "Tom Ward", "sniped"),
        ("Ann Lee griped that the stadium deal was “a giveaway to billionaires.”", "Ann Lee", "griped"),
        ("Late that night Ann Lee vented to her husband that the merger would be “a huge shock.”", "Ann Lee", "vented"),
        (
            "On Monday, Tom Ward groused to a crowd in Dayton that the paper “never treats me fairly.”",
            "Tom Ward",
            "groused",
        ),
    ],
)
def test_words_quoted_after_a_manner_of_saying_are_the_speakers(extract, text, speaker, cue):
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == speaker and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # whom someone berated or what they preached is no report of their words
        "Tom Ward berated the security guards at the door.",
        "At every stop Ann Lee preached unity.",
    ],
)
def test_the_object_of_a_manner_of_saying_is_no_quote(extract, text):
    assert not extract(text).quotes


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The report found that the service was "failing patients".', "report"),
        ('The inquiry found that the council had been "reckless".', "inquiry"),
    ],
)
def test_what_a_document_or_a_body_finds_it_writes(extract, text, speaker):
    quote = only_quote(extract(text), "partial")
    assert (quote.speaker.name, quote.cue.text) == (speaker, "found")


def test_what_a_person_finds_they_come_upon(extract):
    article = extract('Police found "a large amount" of cash in the car.')
    assert not [q for q in article.quotes if q.type != "indirect"]


def test_a_participle_hung_on_a_passive_inside_the_clause_before_is_the_first_participle_s(extract):
    text = (
        "Tom Hart rejected the claims on Thursday, saying that the plan was sound but was sunk by public "
        'doubt - and arguing that he and the mayor held "nearly identical positions on the toll."'
    )
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.name == "Tom Hart"


def test_words_in_what_is_called_for_are_the_caller_s(extract):
    text = "A letter to the board calls for the union to respond to the strike by recognizing that “rogue pickets” pose a danger."
    quotes = extract(text).quotes
    assert [(q.type, q.speaker.mention.text) for q in quotes] == [("partial", "A letter")]


def test_words_in_the_subject_of_a_passive_told_name_the_ones_told(extract):
    article = extract("Residents in the “red zone” were told to leave their homes by Friday.")
    assert not [q for q in article.quotes if q.type != "indirect"]
    assert ["red zone"] == [t.text for t in article.terms]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'In January, Gov. Ann Lee lauded Mr. Hart in her yearly speech for helping to bring "fresh and '
            'daring plans." Mr. Hart is donating a farm.',
            "fresh and daring plans.",
            "Ann Lee",
        ),
        (
            "Tom Hart, a professor of debate, compared Lee to a manager at a football match who is "
            '"leaning on the linesmen."',
            "leaning on the linesmen.",
            "Tom Hart",
        ),
        (
            'The Hartford council did not name the company, but it referenced "serious safety lapses" in a letter.',
            "serious safety lapses",
            "Hartford council",
        ),
    ],
)
def test_praising_comparing_and_referencing_are_saying(extract, text, words, speaker):
    quote = only_quote(extract(text), "partial")
    assert quote.text == words
    assert speaker in (quote.speaker.name, quote.speaker.mention.text)


@pytest.mark.parametrize(
    "text",
    [
        "The “Together” slogan feels bloodless compared with the “Leave” campaign's appeals, he said.",
        "In the survey, 61 percent said the town was on the “right track” compared to 30 percent.",
    ],
)
def test_a_comparison_no_one_makes_is_no_cue(extract, text):
    quotes = extract(text).quotes
    assert all(q.cue is None or not q.cue.text.startswith("compared") for q in quotes)


def test_a_name_the_parser_took_for_the_root_speaks_the_words_its_verb_governs(extract):
    """The parser reads this short sentence as "Trump" with a reduced relative, no main verb."""
    quote = only_quote(extract("Trump called Clinton “crooked” at the rally."), "partial")
    assert quote.speaker.mention.text == "Trump"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("And Connelly called Marsh “a real team player.”", "Connelly"),
        ("Asked about the vote, Early described it as “a surprise to me.”", "Early"),
    ],
)
def test_a_surname_the_tagger_took_for_an_adverb_is_the_subject(extract, text, speaker):
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.mention.text == speaker


def test_a_title_case_headline_s_adverb_is_no_speaker(vocab):
    """ "Lee Just Announced …": title case capitalises the adverb too."""
    rows = [("Lee", "PROPN", "npadvmod", 2), ("Just", "ADV", "advmod", 2), ("Announced", "VERB", "ROOT", 2)]
    doc = parsed(vocab, rows)
    context = QuoteContext(doc, [], [(0, len(doc.text))])
    assert name_taken_for_an_adverb(doc[2], context) is None
    sentence_case = parsed(
        vocab, [("And", "CCONJ", "cc", 2), ("Connelly", "ADV", "advmod", 2), ("called", "VERB", "ROOT", 2)]
    )
    assert name_taken_for_an_adverb(sentence_case[2], QuoteContext(sentence_case, [], [(0, 19)])).text == "Connelly"


def test_a_noun_quoted_before_a_reporting_noun_is_its_owner_s_words(extract):
    quote = only_quote(extract("Ann Lee’s “nine towns” remark was just as careless as his."), "partial")
    assert (quote.text, quote.speaker.name) == ("nine towns", "Ann Lee")


def test_an_adjective_quoted_before_a_reporting_noun_is_the_reporter_s(extract):
    text = (
        "The senator wrote that Hart’s “spiteful” and “reckless” remarks do not “match the man I believed I had met.”"
    )
    assert {q.speaker.mention.text for q in extract(text).quotes} == {"The senator"}


def test_directing_someone_to_act_is_an_instruction(extract):
    text = "Specifically, she was directing six of the council's committees to “proceed with their inquiries.”"
    quote = only_quote(extract("Ann Lee spoke on Monday. " + text), "partial")
    assert (quote.text, quote.speaker.name) == ("proceed with their inquiries.", "Ann Lee")


def test_directing_a_film_is_no_cue(extract):
    article = extract("Ann Lee directed the film “Blue Harbour” in 2019 and the council praised her.")
    assert not [q for q in article.quotes if q.type != "indirect"]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Lee’s catch phrase in that race was that Hart “would promise anything at all for a vote.”",
            "would promise anything at all for a vote.",
        ),
        ("Ann Lee’s campaign motto is “Town first, always.” She repeats it at every stop.", "Town first, always."),
    ],
)
def test_what_someone_says_over_and_over_is_theirs(extract, text, words):
    quote = next(q for q in extract(text).quotes if q.type != "indirect")
    assert quote.text == words and quote.speaker.name in ("Lee", "Ann Lee")


def test_a_relative_clause_the_parser_left_unhung_describes_the_name_before_it(extract):
    text = (
        "Hart, meanwhile, who stands at zero such backers, said that fact speaks loudly about which "
        'of the two candidates is "ready to lead."'
    )
    quote = only_quote(extract(text), "partial")
    assert quote.speaker.mention.text == "Hart"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Crowds filled the square around the stadium where the Denver Broncos played, chanting "No justice, no peace."',
            "Crowds",
        ),
        (
            "Protesters marched around the stadium - where the city's football team played the Minnesota Vikings - "
            'while chanting, "No justice, no peace."',
            "Protesters",
        ),
        # no comma or dash: the participle is the clause's own
        ('Crowds filled the square by the stadium where Ann Lee stood chanting "No justice, no peace."', "Ann Lee"),
    ],
)
def test_a_participle_set_off_after_a_where_clause_is_the_sentence_s(extract, text, speaker):
    quote = only_quote(extract(text))
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hart was defensive when forced to defend not paying a builder who said he was cheated after he built "
            'a barn at one of Hart\'s farms, saying, "Maybe he did not do a good job."',
            "Hart",
        ),
        # a relative clause with no report of its own: its subject may go on speaking
        ('Hart met a builder who spoke for an hour at the fair, saying, "I was cheated out of my pay."', "builder"),
    ],
)
def test_a_speech_participle_after_a_relative_clause_that_reported_speech_is_the_sentence_s(extract, text, speaker):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == speaker
