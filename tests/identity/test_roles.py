"""Roles as text: titles before names, appositives, nouns a name is in apposition to, and
relative clauses (real pipeline; passages written for these tests)."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
import pytest


def role_of(article, name):
    (found,) = [p for p in article.people if p.name == name]
    return found.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Senate Minority Whip Dick Durbin questioned the plan on Tuesday.", "Dick Durbin", "Senate Minority Whip"),
        ("Interior Minister Anna Kowalska visited the site.", "Anna Kowalska", "Interior Minister"),
        # a title's abbreviation in brackets
        ("Member of Parliament (MP) Ann Lee added, “It is wrong.”", "Ann Lee", "Member of Parliament (MP)"),
        # two roles of one person joined by "and"
        (
            "Hotel magnate and game show host Tom Ward spoke on Monday.",
            "Tom Ward",
            "Hotel magnate and game show host",
        ),
        ("Lawyers and activist Tom Ward met on Monday.", "Tom Ward", "activist"),  # a plural: a list
        ("His father and Prime Minister Tom Ward spoke.", "Tom Ward", "Prime Minister"),  # someone else
        ("The budget and finance director Tom Ward spoke.", "Tom Ward", "finance director"),  # no role
        # an "and" inside a body's name
        (
            "Health and Safety Executive inspector Raj Patel said the death was preventable.",
            "Raj Patel",
            "Health and Safety Executive inspector",
        ),
        # a side's position, which the tagger reads as a number and an adverb
        ("Dayton half back Tom Ward enjoyed the win.", "Tom Ward", "Dayton half back"),
        ("Dayton goalkeeper Tom Ward enjoyed the win.", "Tom Ward", "Dayton goalkeeper"),
        # the model takes the title into the name here: it is still the title
        ("Ann Lee and Tom Ward met Mayor Sue Reed.", "Sue Reed", "Mayor"),
        # the titles of US local government
        ("Councilmember Lisa Tran said the plan was unfair.", "Lisa Tran", "Councilmember"),
        ("Alderwoman Jane Burke said the plan was unfair.", "Jane Burke", "Alderwoman"),
        ("Selectman Tom Burke said the plan was unfair.", "Tom Burke", "Selectman"),
        # a British councillor's abbreviated title
        ("Cllr Tom Ward said the plan was a disgrace.", "Tom Ward", "Cllr"),
        (  # the model takes the title into the name here: still the title
            "Judge Helen Marsh told the court that the defendant had shown “no remorse whatsoever”. "
            "Prosecutor Sam Obi said the attack was “cowardly and unprovoked”.",
            "Sam Obi",
            "Prosecutor",
        ),
        (
            "Former US Ambassador to the United Nations Nikki Haley wrote on Twitter that it was a mistake.",
            "Nikki Haley",
            "Former US Ambassador to the United Nations",
        ),
        ("Dmitry Peskov, Putin's spokesman, denied the report.", "Dmitry Peskov", "Putin's spokesman"),
        ("Ann Lee, the mayor of Springfield, opened the bridge.", "Ann Lee", "mayor of Springfield"),
        ("Her fiancée, Hatice Cengiz, spoke at the memorial.", "Hatice Cengiz", "fiancée"),
        (  # the name is the last one's of a list, though the parser hangs it on the first
            "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported to have visited.",
            "Sławoj Leszek Głódź",
            "Archbishop of Gdańsk",
        ),
        (
            "Brett McGurk, who was the special envoy to the coalition, resigned last year.",
            "Brett McGurk",
            "special envoy to the coalition",
        ),
        (
            "Clint Williamson, who served as ambassador for war crimes issues, said it was clear.",
            "Clint Williamson",
            "ambassador for war crimes issues",
        ),
        # an appositive with a relative clause is set off all the same
        ("Tom Ward, a retired teacher who ran for mayor in 2019, said it was clear.", "Tom Ward", "retired teacher"),
        (
            "“It is over,” said Tom Ward, a retiree who worked at the mill here that closed in May.",
            "Tom Ward",
            "retiree",
        ),
        ("The bridge will open in May, according to Ann Lee, the mayor.", "Ann Lee", "mayor"),
        # a hyphen inside a title joins it: "Secretary-General", "front-runner"
        ("NATO Secretary-General Jens Stoltenberg met the ministers.", "Jens Stoltenberg", "NATO Secretary-General"),
        ("Republican front-runner Tom Ward won again.", "Tom Ward", "Republican front-runner"),
        ("Then-Secretary of State Ann Lee flew to Paris.", "Ann Lee", "Secretary of State"),
        # news sets off an age between the name and the appositive
        ("Carol Beck, 67, a retired nurse, said nobody had told them.", "Carol Beck", "retired nurse"),
        (
            "“Nobody told us anything,” said Carol Beck, 67, a retired nurse who has lived on Elm Street for years.",
            "Carol Beck",
            "retired nurse",
        ),
        # the noun a name is in apposition to, past an honorific
        ("The judge, Sir Andrew Nicol, told the jury to rest.", "Andrew Nicol", "judge"),
        # a word for a kind of person opening the sentence, capitalised there like a title
        ("A car hit the wall. Witness Tom Hartley said it was going fast.", "Tom Hartley", "Witness"),
        ("Pensioner Margaret Ellis, 81, said she had waited six hours.", "Margaret Ellis", "Pensioner"),
        # a rank of nobility between an office and a name is no part of the role; "Crown Prince" is one
        (
            "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks were continuing.",
            "Mohammed bin Abdulrahman Al Thani",
            "Qatari Prime Minister",
        ),
        ("Saudi Crown Prince Mohammed bin Salman met the delegation.", "Mohammed bin Salman", "Saudi Crown Prince"),
        # a one-word title no body is named after, which the model ran into the name
        ("Taoiseach Micheál Martin has said the plan will not be rushed.", "Micheál Martin", "Taoiseach"),
        # a body's name the parser hung elsewhere, its abbreviation's full stop ending the sentence
        (
            "“We are thrilled,” said Jane Park, Chief Executive Officer of Acme Corp. “Our team delivered.”",
            "Jane Park",
            "Chief Executive Officer of Acme Corp.",
        ),
        # a participle for the holder's standing in the title, and an adverb before it
        (
            "Her neighbour, retired firefighter Bill Tate, said the repairs cost $6,000.",
            "Bill Tate",
            "retired firefighter",
        ),
        ("The newly elected president Tom Ward met the press.", "Tom Ward", "newly elected president"),
        # not the end of a word joined by a hyphen, nor any participle
        ("Pulitzer Prize-winning journalist Ann Lee spoke on Monday.", "Ann Lee", "journalist"),
        # a count after the role's noun is part of it; a parent's count of children before a name
        ("“It is a disgrace,” said Chris Morgan, a father of two.", "Chris Morgan", "father of two"),
        ("The bill was opposed by Leslie Grant, a veteran of two wars.", "Leslie Grant", "veteran of two wars"),
        ("Mother-of-two Jane Smith, 34, said she had waited for hours.", "Jane Smith", "Mother-of-two"),
        ("Grandmother of seven Ann Lee said she would vote.", "Ann Lee", "Grandmother of seven"),
        # a title's closing mark, and the comma American style puts inside it, are the role's
        ("Last night Tom Ward, a host of “The Five,” refused to go along.", "Tom Ward", "host of “The Five,”"),
        ("Tom Ward, the author of “Bitter Pill”, said it was over.", "Tom Ward", "author of “Bitter Pill”"),
    ],
)
def test_role_is_read_from_the_words_around_the_name(extract, text, name, role):
    assert role_of(extract(text), name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenyan runner-up aside, Eliud Kipchoge won the race.", "Eliud Kipchoge"),
        ("Paweł Nowak, 53, died in hospital on Monday.", "Paweł Nowak"),
        ("On Wednesday Dick Durbin questioned the plan.", "Dick Durbin"),
        ("US President Donald Trump and Turkish President Recep Erdogan spoke on Sunday.", "Donald Trump"),
    ],
)
def test_ages_dates_and_nationalities_are_not_roles(extract, text, name):
    role = role_of(extract(text), name)
    assert role is None or role == "US President", role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what follows "According to Ann Lee," is the sentence, not her role
        ("According to Ann Lee, the move smells of panic.", "Ann Lee"),
        # a plural and its relative clause begin a clause here: no one person's role
        ("Lee won more votes than Tom Ward, backers who vote for him would be outnumbered.", "Tom Ward"),
        # the noun after the age begins the next clause: its verb is no part of a role
        ("As Ann Lee talked with Mia Kim, 23, a police van stopped at the gate.", "Mia Kim"),
    ],
)
def test_a_clause_after_a_name_is_no_role(extract, text, name):
    assert role_of(extract(text), name) is None


def test_a_title_does_not_reach_back_over_another_name(extract):
    text = "US President Donald Trump and Turkish President Recep Erdogan spoke on Sunday."
    assert role_of(extract(text), "Recep Erdogan") == "Turkish President"


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        ("Ann Spencer met officers Tom Quinn and Mark Reed at a pub.", ("Tom Quinn", "Mark Reed"), "officers"),
        ("Senators Ann Lee, Tom Ward and Sue Reed met on Monday.", ("Ann Lee", "Tom Ward", "Sue Reed"), "Senators"),
    ],
)
def test_a_plural_title_before_a_list_of_names_is_each_one_s(extract, text, names, role):
    article = extract(text)
    assert [role_of(article, name) for name in names] == [role] * len(names)


def test_a_singular_title_stays_with_its_name_in_a_list(extract):
    # "US President Donald Trump and Turkish President …": each title is its own name's
    article = extract("Mayor Ann Lee and Tom Ward opened the bridge on Monday.")
    assert role_of(article, "Tom Ward") is None


def test_a_role_in_someone_s_words_is_not_given(extract):
    text = "“Ann Lee, the worst mayor we ever had, must go,” said Tom Ward on Monday."
    assert role_of(extract(text), "Tom Ward") is None


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ann Lee, the mayor, spoke on Monday. “It is wrong,” said Ann Lee, 53, on Tuesday.",
        "Dr Ann Lee, the mayor, spoke on Monday. According to Ann Lee, the move smells of “panic” and weakness.",
    ],
)
def test_an_age_or_a_clause_at_the_quote_leaves_the_speaker_the_person_s_role(extract, text):
    (speaker,) = extract(text).speakers
    assert (speaker.name, speaker.role) == ("Ann Lee", "mayor")


def test_a_speaker_s_role_at_the_quote_is_read_as_people_s_roles_are(extract):
    article = extract("“It is wrong,” said Ann Lee, the mayor of Springfield, on Tuesday.")
    (speaker,) = article.speakers
    assert speaker.role == "mayor of Springfield"


def test_speakers_get_the_person_s_role_and_gender(extract):
    article = extract("Senate Minority Whip Dick Durbin spoke on Tuesday. “It is wrong,” he said.")
    (speaker,) = article.speakers
    assert (speaker.name, speaker.role, speaker.gender, speaker.key) == (
        "Dick Durbin",
        "Senate Minority Whip",
        "male",
        "dick durbin",
    )


def test_a_greeting_before_an_honorific_and_a_name_is_no_role(extract):
    article = extract("Cheers, Ms. Ann Lee. The mayor, Ann Lee, said the budget was safe.")
    assert role_of(article, "Ann Lee") == "mayor"
