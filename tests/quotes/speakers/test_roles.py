"""Roles, appositives and descriptions: "the mayor, Ann Lee,", "the Florida senator said"."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
import pytest

from tests.quotes.helpers import first_with_marks, only_quote


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


def test_a_name_after_the_place_of_a_role_names_the_one_in_the_role(extract):
    # the parser hangs "Ann Lee" on "Springfield", but a person is not in apposition to a place
    article = extract("The mayor of Springfield, Ann Lee, said the bridge would open in May.")
    quote = only_quote(article)
    assert (quote.speaker.name, quote.speaker.kind) == ("Ann Lee", "person")
    assert article.people[0].role == "mayor of Springfield"


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


@pytest.mark.parametrize(
    "text, name",
    [
        # the one person the article gave that role
        (
            "Sen. Ann Lee of Ohio and Sen. Tom Hart of Utah toured the plant. “It is a fine plant,” the Ohio senator said.",
            "Ann Lee",
        ),
        ("Tom Hart, a retired surgeon, toured the plant. “It is a fine plant,” the retired surgeon said.", "Tom Hart"),
        # a capitalised title after "the", which the model takes for an organisation's name
        (
            "The Premier of Queensland, Steven Miles, opened the ward.\n\n“We are investing in the frontline,”"
            " the Premier said.",
            "Steven Miles",
        ),
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
    assert quote.speaker.mention.text.endswith(("senator", "surgeon", "president", "manager", "Premier"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lede that describes its first person and names them next
        (
            "In a video posted on Monday, the senator said she would vote against the bill.\n\n"
            "“This bill is a disaster,” Sen. Ann Lee said in the video.",
            "Ann Lee",
        ),
        # someone named before: the description may be them
        (
            "Tom Ward spoke first. In a video posted on Monday, the senator said she would vote against "
            "the bill.\n\n“This bill is a disaster,” Sen. Ann Lee said in the video.",
            "senator",
        ),
        # the first named after it has another role
        (
            "In a video posted on Monday, the senator said she would vote against the bill.\n\n"
            "Mayor Tom Ward welcomed it. “This bill is a disaster,” Sen. Ann Lee said in the video.",
            "senator",
        ),
    ],
)
def test_a_description_in_a_lede_is_the_person_named_next_in_that_role(extract, text, name):
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a headline drops its articles: "Mayor" is "the mayor"
        (
            "Mayor vows to fix potholes by spring\n\nSpringfield Mayor Tom Hale said every pothole would be filled.",
            "Tom Hale",
        ),
        # not after the first line
        ("Springfield Mayor Tom Hale spoke on Monday.\n\nMayor vows to fix potholes by spring", "Mayor"),
        # a British secretary of state is a minister
        (
            "Minister vows to end rail strike by spring\n\nTransport Secretary Ann Hale said the talks would resume.",
            "Ann Hale",
        ),
    ],
)
def test_a_role_opening_the_headline_is_the_person_the_article_gives_it(extract, text, name):
    quote = next(q for q in extract(text).quotes if q.type == "indirect")
    assert quote.speaker.name == name


def test_a_title_inside_a_longer_name_is_no_description_of_its_holder(extract):
    text = (
        "The Premier of Queensland, Steven Miles, opened the ward.\n\n“The season starts in August,”"
        " the Premier League said."
    )
    assert first_with_marks(extract(text)).speaker.name != "Steven Miles"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“The ice is thinning,” said study co-author Karen Alley.", "Karen Alley"),
        ("“It is a mistake,” wrote Former US Ambassador to the United Nations Nikki Haley.", "Nikki Haley"),
        (
            "The director of Springfield's Amnesty International, Mariela Belski, said it was “a step”.",
            "Mariela Belski",
        ),
    ],
)
def test_the_title_beside_a_name_is_that_person(extract, text, name):
    quote = first_with_marks(extract(text))
    assert (quote.speaker.name, quote.speaker.kind) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "“We will not leave,” said a protester using the pseudonym Katya.",
        "“We will not leave,” said a woman named Katya Ivanova.",
    ],
)
def test_a_description_that_gives_a_name_is_that_person(extract, text):
    quote = first_with_marks(extract(text))
    assert quote.speaker.kind == "person" and quote.speaker.name.startswith("Katya")


def test_whom_a_description_calls_something_is_not_the_name_it_gives(extract):
    # "called" is the speech verb here: the councillor's word for Ward, not a name for them
    text = (
        "Tom Ward proposed a toll. The plan led the council to debate whether to fire Ward; one "
        "councillor called Ward “the emperor of empty promises.” The vote failed."
    )
    quote = first_with_marks(extract(text))
    assert quote.speaker.kind == "description" and quote.speaker.name == "one councillor"


def test_a_description_naming_no_one_stays_a_description(extract):
    quote = first_with_marks(extract("“We will not leave,” said a protester using a megaphone."))
    assert quote.speaker.kind == "description"


def test_a_role_given_past_an_honorific_is_the_person_s(extract):
    text = (
        "The bill was criticised by archbishop Monsenor Jorge Eduardo Scheinig. “We need to pray,” the archbishop said."
    )
    quote = first_with_marks(extract(text))
    assert quote.speaker.name == "Jorge Eduardo Scheinig"


def test_a_description_that_goes_on_after_a_named_quote_is_that_person(extract):
    text = (
        "“Warm water is attacking the shelves,” said study co-author Karen Alley.\n\n"
        "The Wooster professor added, “These effects matter.”"
    )
    quotes = [q for q in extract(text).quotes if q.type == "direct"]
    assert [q.speaker.name for q in quotes] == ["Karen Alley", "Karen Alley"]


def test_a_description_that_replies_is_someone_else(extract):
    text = "“We will win,” said Karen Alley.\n\nThe senator replied, “You will not.”"
    quotes = [q for q in extract(text).quotes if q.type == "direct"]
    assert quotes[1].speaker.name != "Karen Alley"


def test_an_anonymous_source_that_goes_on_is_not_the_person_just_quoted(extract):
    text = (
        "Ann Lee had told the officers that she did not want the escort at all, but the police overruled "
        "that request, the source added."
    )
    reports = [q for q in extract(text).quotes if q.type == "indirect"]
    assert "Ann Lee" not in [q.speaker.name for q in reports]


def test_a_description_of_the_other_gender_does_not_go_on(extract):
    text = "“We will win,” said Karen Alley.\n\nThe man added, “Not yet.”"
    quotes = [q for q in extract(text).quotes if q.type == "direct"]
    assert quotes[1].speaker.name != "Karen Alley"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council met on Monday. A Springfield Council report concluded that the bridge was unsafe.",
            "Springfield Council",
        ),
        (
            "The Court of Session ruled on Monday. The court's summary said the order “was unlawful and of no effect.”",
            "Court of Session",
        ),
        (
            "According to a statement released by Ann Lee's office, the bridge “will open in May.”",
            "Ann Lee",
        ),
    ],
)
def test_a_document_speaks_for_whoever_it_is_of(extract, text, speaker):
    quotes = [q for q in extract(text).quotes if q.speaker is not None]
    assert quotes and all(q.speaker.name == speaker for q in quotes), [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the one speaking in it
        (
            "Late on Sunday, Mayor Ann Lee, in a statement read by her spokesman, announced the bridge would "
            "close. The statement also said the ferry would run every hour.",
            "Ann Lee",
        ),
        (
            "Acme Corp said in a filing to regulators that the plant had closed. According to the filing, the "
            "closure cost 300 jobs.",
            "Acme Corp",
        ),
        # "the statement" again goes back to where it was brought in
        (
            "Late on Sunday, Mayor Ann Lee, in a statement read by her spokesman, announced the bridge would "
            "close. The statement also said the ferry would run every hour. Repairs, the statement said, "
            "would take a year.",
            "Ann Lee",
        ),
        # the same one again where nobody is named as saying it, back to where it was brought in
        # (and a name the parser hangs on "itself")
        (
            "Boeing said in a filing to regulators that the plant had closed. In the filing itself "
            "Boeing also made this point. According to the filing, the closure cost 300 jobs.",
            "Boeing",
        ),
        # the one issuing it
        ("Acme Corp filed a complaint on Monday. The complaint says the city broke the law.", "Acme Corp"),
        # the nearest document of that kind, not an earlier one
        (
            "Ann Lee said in a statement that she would run. Tom Ward issued a statement of his own on "
            "Tuesday. The statement said Lee was unfit for office.",
            "Tom Ward",
        ),
    ],
)
def test_the_document_brought_in_before_speaks_for_its_author(extract, text, speaker):
    quote = [
        q
        for q in extract(text).quotes
        if q.speaker is not None
        and "statement" in q.speaker.mention.text.lower()
        or q.speaker is not None
        and q.speaker.mention.text.lower().startswith(("the filing", "the complaint"))
    ]
    assert quote and all(q.speaker.name == speaker for q in quote), [(q.text, q.speaker) for q in quote]


def test_a_document_brought_in_without_an_author_stays_a_description(extract):
    text = "A statement was posted online on Monday. The statement said the plant would close."
    quote = only_quote(extract(text))
    assert (quote.speaker.kind, quote.speaker.name) == ("description", "statement")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Spencer met officers Tom Quinn and Mark Reed at a pub. Both officers said they would appeal.",
        "Senators Ann Lee and Tom Ward met the governor, Mary Hart, on Monday. The two senators said the bill "
        "would pass.",
        "Senators Ann Lee, Tom Ward and Sue Reed met on Monday. The three senators said the bill would pass.",
    ],
)
def test_a_plural_description_is_everyone_given_that_role(extract, text):
    quote = only_quote(extract(text))
    names = [member.name for member in quote.speaker.members]
    assert len(names) == (3 if "three" in text else 2) and quote.speaker.name == names[0]
    assert names[1] in ("Mark Reed", "Tom Ward") and "Mary Hart" not in names and "Ann Spencer" not in names


def test_they_after_a_plural_description_is_the_group(extract):
    text = (
        "Ann Spencer met officers Tom Quinn and Mark Reed at a pub.\n\nThe officers are back at work. "
        "They said they would seek a suspension of their sentences."
    )
    quote = only_quote(extract(text))
    assert quote.speaker.mention.text == "They"
    assert [member.name for member in quote.speaker.members] == ["Tom Quinn", "Mark Reed"]


def test_a_plural_description_needs_as_many_people_as_it_says(extract):
    # three senators, "both senators": which two is not said
    text = "Senators Ann Lee, Tom Ward and Mary Hart met on Monday. Both senators said the bill would pass."
    quote = only_quote(extract(text))
    assert not quote.speaker.members and quote.speaker.kind == "description"


def test_of_two_people_with_a_role_the_description_means_the_one_named_since(extract):
    text = (
        "Ann Lee spoke with radio hosts Tom Ward and Mary Hart on Friday. She said the wedding had been "
        "fun, something Ward could understand. “He is fun,” the host said."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Tom Ward"


def test_a_document_of_no_one_named_stays_a_description(extract):
    quote = only_quote(extract("A report concluded that the bridge was unsafe."))
    assert quote.speaker.kind == "description"


def test_one_of_a_group_named_beside_it_is_that_group(extract):
    text = (
        "The US had been allied with Kurdish groups. One of these groups, the Syrian Democratic Forces (SDF), "
        "opposed the withdrawal and said it was given “assurances from the US”."
    )
    quote = first_with_marks(extract(text))
    assert quote.speaker.name == "Syrian Democratic Forces"


def test_one_of_a_group_unnamed_is_described_as_one_of_them(extract):
    quote = first_with_marks(extract("One of the children said, “Sometimes I still have nightmares.”"))
    assert (quote.speaker.kind, quote.speaker.name) == ("description", "one of the children")


def test_a_capitalised_title_after_the_refers_back_to_the_one_person_given_it(extract):
    text = (
        "President Ann Lee spoke to reporters on Monday. Tom Ward, a senator, listened. "
        "The President said that the budget included funding for the wall."
    )
    quote = only_quote(extract(text))
    assert quote.speaker.name == "Ann Lee"


def test_the_title_beside_an_organisation_s_name_is_that_organisation(extract):
    text = "The previous day, television broadcaster PBS revealed that the prince had accepted responsibility."
    quote = only_quote(extract(text))
    assert (quote.speaker.name, quote.speaker.kind) == ("PBS", "organisation")


def test_a_person_described_by_their_owner_is_the_one_named_next(extract):
    text = (
        "Vladimir Putin's spokesman has admitted that Russia suffered significant losses.\n\n"
        "Speaking on Sky News, Dmitry Peskov said: “It is a huge tragedy for us.”"
    )
    article = extract(text)
    assert {q.speaker.name for q in article.quotes} == {"Dmitry Peskov"}


def test_someone_named_before_is_not_the_one_a_description_introduces(extract):
    text = (
        "Ted Cruz spoke in Iowa on Monday.\n\n"
        "Trump's campaign manager declined to comment on the candidate's remarks. Cruz said the remarks were false."
    )
    quote = next(q for q in extract(text).quotes if q.speaker.mention.text.startswith("Trump"))
    assert quote.speaker.kind == "description"


def test_the_doctor_is_the_one_the_article_calls_dr(extract):
    text = "Dr. Ann Lee, a surgeon at City Hospital, treated the victims. “They were lucky,” the doctor said."
    quote = only_quote(extract(text), "direct")
    assert (quote.speaker.name, quote.speaker.kind) == ("Ann Lee", "person")


@pytest.mark.parametrize("state", ["Fla.", "N.Y."])
def test_a_state_abbreviated_after_a_party_is_the_state_a_description_names(extract, state):
    name = {"Fla.": "Florida", "N.Y.": "New York"}[state]
    text = (
        f"Sen. Ann Lee, D-{state}, criticized the plan on Tuesday. Sen. Tom Hart, R-Tex., agreed with her.\n\n"
        f"“It has failed,” the {name} senator said."
    )
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "According to a person familiar with the matter, the deal could be announced on Monday.",
            "person familiar with the matter",
        ),
        ("“It is close,” said a source close to the negotiations.", "source close to the negotiations"),
        ("The deal is close, two people with knowledge of the talks said.", "two people with knowledge of the talks"),
        # to a comma: what follows is said of the source, not how they know
        (
            "One person with knowledge of the talks, who spoke on condition of anonymity, said the deal was close.",
            "One person with knowledge of the talks",
        ),
        # no more than the noun phrase for other descriptions
        ("“We are heartbroken,” the family said on Monday.", "family"),
    ],
)
def test_an_unnamed_source_is_described_with_how_they_know(extract, text, name):
    quote = extract(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.kind) == (name, "description")


def test_the_pontiff_is_the_pope_named(extract):
    text = "Pope Tomas spoke in the square on Sunday.\n\n“The world is at war,” the pontiff said."
    quote = only_quote(extract(text), "direct")
    assert (quote.speaker.name, quote.speaker.kind) == ("Tomas", "person")


@pytest.mark.parametrize(
    ("words", "spaces", "name"),
    [
        # the double marks of words quoted inside a description go, whole or cut in two
        (["Critics", "of", "the", "“", "bathroom", "bill", "”"], [1, 1, 1, 0, 1, 0, 0], "Critics of the bathroom bill"),
        (["the", "unaligned", '"', "Town", "first", '"', "push"], [1, 1, 0, 1, 0, 1, 0], "unaligned Town first push"),
        # a single mark may be an apostrophe, and stays
        (["the", "Sanders", "’", "campaign"], [1, 0, 1, 0], "Sanders’ campaign"),
    ],
)
def test_a_description_is_named_without_the_marks_inside_it(vocab, words, spaces, name):
    from spacy.tokens import Doc

    from quotex.quotes.speakers.roles import description

    doc = Doc(vocab, words=words, spaces=[bool(space) for space in spaces])
    assert description(doc[:]) == name
