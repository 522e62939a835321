"""Pronoun speakers: he/she to the salient person, it/they to a subject that speaks, and who a pronoun cannot be."""

import pytest

from tests.quotes.helpers import direct_quotes, only_quote


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
    [
        "The committee's chairwoman, Mary Cole, disagreed.",
        "The committee chairwoman Mary Cole disagreed.",
        # a title opening the name in apposition, and where she works after it
        "The committee's chairwoman, Professor Mary Cole of Leeds University, disagreed.",
    ],
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


def test_she_is_not_the_one_who_interviews_her(extract):
    text = (
        "Ann Lee ran the charity for a decade before she quit. Sarah Cole, a reporter, met her in May.\n\n"
        "In an interview with Cole, she said the board had ignored her warnings."
    )
    assert only_quote(extract(text), "indirect").speaker.name == "Ann Lee"


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
            "Ward said Hart had not meant the remark seriously, but the candidate stopped him.\n\n"
            "“No, I meant every word of it, and I will say it again,” he said."
        ),
        # a broader word for the role: a president is a leader
        (
            "Former Mexican President Tom Hart met Jim Ward on Monday. Ward is a rancher in Texas.\n\n"
            "The former Mexican leader spoke openly in an interview.\n\n"
            "“We will not pay for the fence, not one peso,” he told CNBC."
        ),
    ],
)
def test_he_refers_to_the_subject_described_by_the_role_the_article_gave(extract, text):
    assert only_quote(extract(text), "direct").speaker.name == "Tom Hart"


def test_he_skips_a_woman_named_more_recently(extract):
    text = "Mr. Tom Hart met Ms. Ann Lee on Monday.\n\n“The plan is dead,” he said."
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.name == "Tom Hart"


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
        # a body's office or ministry speaks as the body does
        (
            "The mayor's office released a statement on Monday. “Power will be back by Friday,” it read.",
            "mayor's office",
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


def test_they_after_people_named_together_is_all_of_them(extract):
    text = (
        "Ann Lee and her deputy, Tom Ward, met the engineers on Monday. The city's mayor, Mary Cole, "
        "joined the talks later.\n\nThey said the bridge was “beyond repair”. They called on the "
        "council to close it."
    )
    quotes = extract(text).quotes
    said = next(q for q in quotes if q.type == "partial")
    assert said.speaker.name == "Ann Lee"
    assert [member.name for member in said.speaker.members] == ["Ann Lee", "Tom Ward"]
    # a sentence about the same "they" goes on with them
    called = next(q for q in quotes if q.cue is not None and q.cue.text == "called")
    assert called.speaker.name == "Ann Lee"


def test_a_gendered_role_tells_whom_a_pronoun_cannot_mean(extract):
    # no first name the census lists, no honorific: the role noun says she is no "he"
    text = (
        "Hatice Cengiz, fiancée of Jamal Khashoggi, spoke on Thursday. The prince was asked about "
        "it by Martin Smith. Speaking to Smith, he said, “It happened under my watch.”"
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name != "Hatice Cengiz"


def test_the_source_of_an_according_to_report_is_whom_he_means_next(extract):
    text = (
        "Tom Myers said the team had played well. According to Jarrod Kidston, fitness was a big factor. "
        "“We have been working hard on our fitness,” he said."
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Jarrod Kidston"


def test_they_may_stand_for_a_body_that_is_the_subject_of_its_own_sentence(extract):
    quote = only_quote(
        extract("The Lee campaign is trying to set her style against what they call Ward’s “self-centered message.”"),
        "partial",
    )
    assert quote.speaker.mention.text == "they" and quote.speaker.name == "Lee campaign"


def test_they_in_the_next_sentence_is_not_a_body_named_in_the_singular(extract):
    # across sentences, "they" after a singular body is likelier some people the story goes on to
    quote = only_quote(extract("Acme Corp. filed the appeal on Monday. They said the fine was “unlawful.”"), "partial")
    assert quote.speaker.name is None


def test_he_refers_to_the_subject_of_what_a_broadcaster_or_a_report_revealed(extract):
    text = (
        "The previous day, the broadcaster revealed that in December, Governor Tom Hart of Ohio accepted "
        "responsibility for the death of reporter Sam Ward. Speaking to Ann Lee of the network, he said, "
        '"It happened under my watch."'
    )
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Tom Hart"


def test_he_goes_on_with_a_person_who_reported_someone_else(extract):
    text = 'Tom Hart said Sam Ward had been wrong about the bridge. "We told him so," he said.'
    quote = next(q for q in extract(text).quotes if q.type == "direct")
    assert quote.speaker.name == "Tom Hart"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The coach was blunt. “We didn't turn up,” he said.", "coach"),
        ("The 45-year-old mother of three was in tears. “I lost everything,” she said.", "45-year-old mother of three"),
        # the noun's gender does not fit: no one
        ("The mother was in tears. “I lost everything,” he said.", None),
        # a sentence between: too far
        ("The coach was blunt.\n\nThe players said nothing. “We didn't turn up,” he said.", None),
    ],
)
def test_he_or_she_with_no_one_named_refers_to_the_person_just_described(extract, text, name):
    quote = only_quote(extract(text), "direct")
    assert quote.speaker.mention.text in ("he", "she") and quote.speaker.name == name


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("But Labour's deputy leader said the account", "Labour's deputy leader"),
        ("But a Labour spokeswoman said the account", "Labour spokeswoman"),
        # "the" most often gives someone named before by another name: the named one
        ("But the culture minister said the account", "Lucy Frazer"),
    ],
)
def test_a_she_right_after_a_speaker_described_by_role_goes_on_with_them(extract, opening, speaker):
    text = (
        "The culture minister, Lucy Frazer, denied knowing about the donation.\n\n"
        f"{opening} “simply does not add up”. “Either she knew, or she should have known,” she told Sky News."
    )
    (quote,) = [q for q in extract(text).quotes if q.type == "direct"]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a story that opens with "he said" names him next
        ('"It is over," he said. "We lost." Tom Hale, the Wildcats coach, had little else to say.', "Tom Hale"),
        (
            'Wildcats lose final\n\n"It is over," he said. Tom Hale, the Wildcats coach, had little else to say.',
            "Tom Hale",
        ),
        # not someone of the other gender
        ('"It is over," he said. Ann Lee, the Wildcats coach, had little else to say.', None),
        # nor later in a story, where the one meant is more likely someone the model missed
        (
            "The final was played on Sunday.\n\nThe crowd was small.\n\nThe rain fell.\n\n"
            '"It is over," he said. Tom Hale, the Wildcats coach, had little else to say.',
            None,
        ),
    ],
)
def test_a_he_that_opens_a_story_is_the_person_named_next(extract, text, name):
    quote = direct_quotes(extract(text))[0]
    assert quote.speaker.name == name
