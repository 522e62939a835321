"""Signatures: dash_after_quote, name_after_quote, name_before_quote, named_after."""

import pytest

from tests.quotes.helpers import direct_quotes, only_quote


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


@pytest.mark.parametrize("signature", ["-Ann Lee, tweeting after the speech.", "— President Ann Lee"])
def test_dash_signature_on_its_own_line_names_the_speaker_over_the_previous_quote(extract, signature):
    text = (
        "“He can have the papers,” Tom Hart said. “I doubt they are real.”\n\n"
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The hearing ran for eleven hours.\n\nFormer mayor Ann Lee:"We learned that from the city."', "Ann Lee"),
        ('"We learned that from the city,"Ann Lee said at the hearing on Monday.', "Ann Lee"),
    ],
)
def test_a_mark_glued_to_the_name_and_the_words_does_not_hide_the_speaker(extract, text, speaker):
    (quote,) = [q for q in extract(text).quotes if q.type == "direct"]
    assert (quote.text.rstrip(".,"), quote.speaker.mention.text) == ("We learned that from the city", speaker)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "“I would rather lose the election than raise the toll.”\n\nThat quote from Mayor Ann Lee"
            " ran across the top of the Herald on Sunday.",
            "Ann Lee",
        ),
        (
            "“The towns change. The people leave. But the river stays.”\n\nSo says a deep voice at the close of the film.",
            "deep voice at the close of the film",
        ),
        (
            "“This city deserves better than a bridge to nowhere.”\n\nThose were the words of Ann Lee, the mayor,"
            " at a rally on Monday.",
            "Ann Lee",
        ),
        ("“This city deserves better than a bridge to nowhere.” That is how Ann Lee put it on Monday.", "Ann Lee"),
        # a noun for what was said, with words for its tone
        ("“The era of cheap power is over.”\n\nThat was the stark warning from Ann Lee on Tuesday.", "Ann Lee"),
        ("“The bridge will be late.”\n\nSuch was the verdict of Ann Lee, the city engineer.", "Ann Lee"),
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
