"""Epithets: "Rafael Nadal won again. The Spaniard said …", "The billionaire businessman says"."""

import pytest

from tests.quotes.helpers import only_quote


@pytest.mark.parametrize(
    "text, name",
    [
        # by nation, a word the model tags as a nationality
        ('Jannik Sinner lost in Rome on Sunday. The Italian said: "I was not good enough."', "Jannik Sinner"),
        # by nation, a word the model tags as an organisation
        ("Rafael Nadal won again on Sunday. The Spaniard said he was tired but happy.", "Rafael Nadal"),
        # fame and fortune
        (
            'Elon Musk bought the site on Friday. The billionaire said the company would "move fast".',
            "Elon Musk",
        ),
        # a seat, with its state, in the next paragraph
        (
            "Marco Rubio ended his campaign on Tuesday night.\n\n"
            "The Florida senator told supporters that he was proud of the race they had run.",
            "Marco Rubio",
        ),
        # a party
        ('Paul Ryan met the nominee on Thursday. "We had a good talk," the Wisconsin Republican said.', "Paul Ryan"),
        # who founded a body named with it
        ("Tom Ward stepped down in 2021. The Acme founder said on Monday that he would sell shares.", "Tom Ward"),
        ('Ann Lee released an album on Friday. The singer-songwriter said it was "personal".', "Ann Lee"),
        # an office held before, or being left
        ('Ann Lee spoke in Iowa on Monday. "We will win," the former secretary of state said.', "Ann Lee"),
        ('Tom Hale left the stage at 4am. "The voters have spoken," the outgoing prime minister said.', "Tom Hale"),
        # an office a nation has one holder of, with the nation's name
        (
            'Emmanuel Macron arrived in Berlin on Monday. The French president later said: "It is over."',
            "Emmanuel Macron",
        ),
        # an age the article gave
        ('Carol Beck, 67, has lived on Elm Street for 40 years. "Nobody told us," the 67-year-old said.', "Carol Beck"),
        # a cause taken up
        ('Ann Lee addressed the rally in Leeds. "We will not stop," the Yorkshire activist said.', "Ann Lee"),
        # a seat, by the member's title
        ('Ann Lee spoke in the Dáil on Monday. "People are fed up," the Dublin Central TD said.', "Ann Lee"),
        ('Tom Hale spoke in the Commons on Monday. "We will vote no," the Labour MP said.', "Tom Hale"),
        # a player by the country they play for
        ('Tom Hale scored twice on Sunday. "We know what it takes," the England international said.', "Tom Hale"),
        ('Tom Hale scored twice on Sunday. "We know what it takes," the Wales skipper said.', "Tom Hale"),
    ],
)
def test_an_epithet_is_the_person_the_story_is_about(extract, text, name):
    quote = only_quote(extract(text), None)
    assert (quote.speaker.name, quote.speaker.kind) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        # someone else named since: either may be meant ("the Italian" may be the one beaten)
        'Carlos Alcaraz beat Jannik Sinner in four sets. "I played my best tennis," said the 21-year-old.',
        # someone else named in the sentence that named the subject
        'Ann Lee responded that Tom Ward had been rude. "He started it," the senator said.',
        # a "she" in between that the subject cannot be
        'Tom Ward tells audiences she may be prosecuted.\n\n"It does not make me nervous," the candidate said.',
        # the subject was given another age
        'Tom Ward, 45, spoke first. "We need the road," the 31-year-old said.',
        # a role of that name that someone else holds
        'Sen. Ann Lee of Ohio left early. Tom Ward stayed. "We will win," the Texas senator said.',
        # a role that brings a new person in, not an epithet
        'Tom Ward was sentenced on Monday. "You showed no remorse," the judge said.',
        # the other gender
        'Tom Ward spoke on Monday. "We will win," the actress said.',
        # the office described before: someone the text did not name
        'Ann Lee met the French president on Monday. "It is over," the French president said.',
        # a holder of that office without the nation's name
        'President Tom Ward spoke in Paris on Monday. "It is over," the French president said.',
        # more than a paragraph back
        'Tom Ward spoke on Monday.\n\nThe hall was full.\n\nIt rained.\n\n"We will win," the billionaire said.',
    ],
)
def test_an_epithet_stays_a_description_when_the_text_leaves_a_doubt(extract, text):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.kind == "description", quote.speaker


def test_a_word_for_one_person_of_a_nation_is_no_organisation(extract):
    article = extract("Rafael Nadal won again. The Spaniard said the Frenchman had played well.")
    assert [o.name for o in article.organisations] == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A judge jailed Tom and Ann Ward for neglecting their children.\n\n"
            'The father said: "I love my children."\n\nThe mother said: "I am sorry."',
            ["Tom Ward", "Ann Ward"],
        ),
        (
            "Carol Beck and her husband, Mark Beck, lost their home in the fire.\n\n"
            '"We have nothing left," the husband said.',
            ["Mark Beck"],
        ),
    ],
)
def test_a_parent_or_spouse_is_the_one_of_the_family_named(extract, text, name):
    quotes = [q for q in extract(text).quotes if q.type == "direct"]
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [(n, "person") for n in name]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's father
        'Tom Ward and Ann Ward lost their home. "We have nothing," his father said.',
        # two men of the family
        'Tom Ward and his son, Jack Ward, lost their home. "We have nothing," the father said.',
        # no family named
        'Ann Lee lost her home. "We have nothing," the mother said.',
    ],
)
def test_a_parent_stays_a_description_when_the_family_leaves_a_doubt(extract, text):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.kind == "description", quote.speaker


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Twitter suspended 125,000 accounts this year.\n\n"
            '"There is no magic algorithm," the company said in a statement.',
            "Twitter",
        ),
        ('CNN aired the debate on Tuesday. "We stand by our reporting," the network said.', "CNN"),
        (
            "The FBI confirmed that it was investigating the server. The agency declined to give details.\n\n"
            '"We do not comment on investigations," the agency said.',
            "FBI",
        ),
        (
            'The Orlando Sentinel published the letters on Sunday. "They speak for themselves," the newspaper said.',
            "Orlando Sentinel",
        ),
        (
            'Amnesty International said the trial was unfair. "It was a sham," the group said.',
            "Amnesty International",
        ),
        # an international agency; and the source "according to" cites is what the text is about
        (
            'The World Health Organization published new figures. "It is far worse," the agency said.',
            "World Health Organization",
        ),
        (
            "According to the World Food Programme, two million people are hungry. "
            '"We need help now," the agency said.',
            "World Food Programme",
        ),
        # market news is about the company whose shares move; a maker is named by what it makes
        ('Acme Corp. shares fell on Monday. "We will recover," the company said.', "Acme Corp."),
        ('Shares in Acme Corp. fell on Monday. "We will recover," the company said.', "Acme Corp."),
        ('Shares of Acme Corp. fell on Monday. "We will recover," the company said.', "Acme Corp."),
        ('Acme Corp. shares fell on Monday. "We will recover," the Roadrunner maker said.', "Acme Corp."),
        # a kind the text gave the body in apposition, whatever its name says
        (
            "KTV-RHN, the country's largest television network, went off the air on Tuesday. "
            '"We will be back," the network said.',
            "KTV-RHN",
        ),
        # the kind the text gave the body right before its name
        (
            "The regional weather agency Meteoval warned on Monday that the heat would last. "
            '"Stay indoors in the afternoon," the agency said.',
            "Meteoval",
        ),
        # of two bodies named, the one whose name says it is that kind
        (
            "Acme Corp. signed a deal with the Riverside Workers Association on Monday. "
            '"This is a good contract," the union said.',
            "Riverside Workers Association",
        ),
        # a council and an authority by what they are
        ('Riverton Council approved the plan on Monday. "It will save money," the council said.', "Riverton Council"),
        # the one council the article names, however far back
        (
            "Riverton Council approved the plan on Monday.\n\nResidents were angry.\n\nShops closed early.\n\n"
            'Buses were late. "It will save money," the council said.',
            "Riverton Council",
        ),
        (
            'The Civil Aviation Authority fined the airline. "The delays were avoidable," the authority said.',
            "Civil Aviation Authority",
        ),
    ],
)
def test_a_word_for_a_kind_of_body_is_the_one_named(extract, text, name):
    quote = only_quote(extract(text), "direct")
    assert (quote.speaker.name, quote.speaker.kind) == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # two bodies named since: either may be meant
        'Acme Corp. said Globex Corp. had copied its design. "The claims are baseless," the company said.',
        # a body that is no company
        'The State Department released the emails on Monday. "We will comply," the company said.',
        # a newspaper is no network
        'The New York Times reported the story on Monday. "We will respond," the network said.',
        # another body than the one named
        'Acme Corp. bought Globex on Monday. "We will grow," the parent company said.',
        # a body with its own name, maybe not the one named
        'Amnesty International met on Monday. "It was a sham," the Open Streets group said.',
        # a government body is no group
        'The State Department released the emails. "We will comply," the group said.',
        # a company is no agency
        'Acme Corp. released the figures. "It is far worse," the agency said.',
        # two bodies whose names say they are unions
        'The Riverside Workers Association met the Harbour Workers Union. "It went well," the union said.',
        # a name that only qualifies a thing the text is about
        'Acme Corp.\'s results were released on Monday. "We will recover," the company said.',
        # a body with its own name before a word for a company that makes nothing
        'Acme Corp. shares fell on Monday. "We will recover," the Globex company said.',
    ],
)
def test_a_word_for_a_kind_of_body_stays_a_description_when_the_text_leaves_a_doubt(extract, text):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.kind == "description", quote.speaker


@pytest.mark.parametrize(
    "text, role",
    [
        ("Rafael Nadal won again on Sunday. The Spaniard said he was tired but happy.", None),  # a nation
        ('Carol Beck, 67, spoke first. "Nobody told us," the 67-year-old said.', None),  # an age
        (
            'Elon Musk bought the site on Friday. "We will move fast," the billionaire businessman said.',
            "billionaire businessman",
        ),
    ],
)
def test_an_epithet_is_the_speaker_s_role_when_it_says_what_they_do(extract, text, role):
    assert [speaker.role for speaker in extract(text).speakers] == [role]


def test_an_epithet_goes_on_from_the_last_one(extract):
    # the second is two paragraphs from the name, one from the first epithet
    text = (
        "Elon Musk bought the site on Friday.\n\n"
        '"We will move fast," the billionaire said.\n\n'
        '"We have no time," the billionaire added.'
    )
    quotes = [q for q in extract(text).quotes if q.type == "direct"]
    assert [q.speaker.name for q in quotes] == ["Elon Musk", "Elon Musk"]


def test_an_epithet_refers_to_a_subject_whose_name_the_parser_splits(extract):
    # the parser hangs "ten" of "Erik ten Hag" on the verb beside the subject "Hag"
    text = (
        "Manchester United manager Erik ten Hag insisted his side were unlucky on Saturday.\n\n"
        '"We created enough chances to win," the Dutchman said.'
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Erik ten Hag"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "police" alone is the one force the article named, however far back
        (
            "A man has been charged with murder, West Yorkshire Police said.\n\n"
            "Officers were called to a flat in Leeds on Sunday.\n\n"
            "Police said the man and the woman were known to each other.",
            "West Yorkshire Police",
        ),
        (
            "Northamptonshire police confirmed the crash on Monday. The driver left the country.\n\n"
            "The police said she had been given diplomatic immunity.",
            "Northamptonshire police",
        ),
        # two forces, or a force qualified by a place, may be another
        (
            "West Yorkshire Police and Greater Manchester Police searched the moors.\n\n"
            "Police said the search would go on.",
            "Police",
        ),
        (
            "West Yorkshire Police charged a man.\n\nFrench police said a second man had been held in Calais.",
            "French police",
        ),
    ],
)
def test_police_alone_is_the_one_force_the_article_named(extract, text, name):
    quote = next(q for q in extract(text).quotes if q.text.startswith(("the man", "she", "the search", "a second")))
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    "opening",
    ["For Aisha Khan, the decision came as a relief.", "To Aisha Khan, the ruling was a betrayal."],
)
def test_an_epithet_refers_to_the_person_a_sentence_opens_with_as_its_topic(extract, opening):
    quote = only_quote(extract(f'{opening} "I cried when I heard," the 29-year-old said.'), "direct")
    assert quote.speaker.name == "Aisha Khan"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'The Court of Appeal heard the case on Monday. The court found that the ban was "unlawful".',
            "Court of Appeal",
        ),
        (
            'The Court of Appeals sat on Monday. The appeals court found that the ban was "unlawful".',
            "Court of Appeals",
        ),
        # a court of another level than the one named is another court
        ('The Supreme Court sat on Monday. The appeals court had found that the ban was "unlawful".', "appeals court"),
        # its size is no level; a court named in passing since takes none of it; and the court
        # spoken of again in the paragraphs between keeps the reference going
        (
            "On Wednesday the Court of Appeal ruled on the ban. The only court above it is the Supreme "
            "Court.\n\nThe court had been asked to rule by a group of residents.\n\n"
            'The three-judge court found that the ban was "unlawful".',
            "Court of Appeal",
        ),
        # without the court spoken of again between, two paragraphs back is too far
        (
            "On Wednesday the Court of Appeal ruled on the ban.\n\nResidents had asked for a ruling.\n\n"
            'The three-judge court found that the ban was "unlawful".',
            "three-judge court",
        ),
    ],
)
def test_the_court_is_the_court_named(extract, text, speaker):
    assert only_quote(extract(text), "partial").speaker.name == speaker


def test_the_club_refers_back_to_the_club_named(extract):
    text = "Leeds United sacked their manager on Monday. The club said it would appoint a successor soon."
    quote = only_quote(extract(text), "indirect")
    assert quote.speaker.name == "Leeds United"
