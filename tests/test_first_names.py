"""The gender a first name gives, and what speaker resolution makes of it."""

import pytest

from quotex.first_names import first_name_gender


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Ann Lee", "f"),
        ("Tom Ward", "m"),
        ("Elizabeth Warren", "f"),
        ("Donald J. Trump", "m"),
        # common to both sexes: no gender
        ("Jean Rondeau", None),
        ("Kelly Ayotte", None),
        # not a first name at all, a lone word that may be a surname, an initial
        ("Xqzv Lee", None),
        ("Lee", None),
        ("J. Smith", None),
        # accents the census lists spell without
        ("José Ortega", "m"),
        ("Seán Kelly", "m"),
        ("Renée Fleming", "f"),
        ("Zoë Ball", "f"),
    ],
)
def test_a_first_name_gives_a_gender_only_when_it_is_clearly_one_sexs(name, gender):
    assert first_name_gender(name) == gender


def test_she_goes_to_the_woman_the_first_names_tell_when_the_article_does_not(extract):
    text = "Ann Lee, the mayor, spoke first. Then Tom Ward spoke.\n\n“We will win,” she said."
    (quote,) = extract(text).quotes
    assert quote.speaker.name == "Ann Lee"


def test_a_first_name_common_to_both_sexes_leaves_the_gender_to_the_article(extract):
    text = "Jean Lee said she would run again. Tom Ward spoke later.\n\n“We will win,” she said."
    quote = [q for q in extract(text).quotes if q.type == "direct"][-1]
    assert quote.speaker.name == "Jean Lee"


def test_a_titled_surname_goes_to_the_person_of_that_gender_among_two_who_share_it(extract):
    text = (
        "Hillary Clinton and Bill Clinton toured the plant in Dayton on Monday.\n\n"
        "“We will bring these jobs back,” Mrs. Clinton said."
    )
    (quote,) = extract(text).quotes
    assert quote.speaker.name == "Hillary Clinton"


@pytest.mark.parametrize("name", ["Li Wei", "Ma Ying-jeou", "Tran Van Thanh", "Yang Jiechi"])
def test_a_name_opening_with_a_surname_written_first_tells_no_gender(name):
    assert first_name_gender(name) is None
