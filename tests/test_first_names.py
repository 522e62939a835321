"""The gender a first name gives, and what speaker resolution makes of it."""

import pytest

from quotex import first_names
from quotex.first_names import first_name_gender, person_gender


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


@pytest.mark.parametrize(
    "name", ["Li Wei", "Ma Ying-jeou", "Tran Van Thanh", "Yang Jiechi", "Moon Jae-in", "Park Geun-hye"]
)
def test_a_name_opening_with_a_surname_written_first_tells_no_gender(name):
    assert first_name_gender(name) is None


@pytest.mark.parametrize(
    "name, gender",
    [
        # first names the 1990 US Census lists lack, clear in the world's lists
        ("Priya Raman", "f"),
        ("Niamh Byrne", "f"),
        ("Oleksandr Kovalenko", "m"),
        ("Kwame Mensah", "m"),
        # the census's answer stands where it has one, "both" included
        ("Ann Lee", "f"),
        ("Jean Rondeau", None),
        ("Kelly Ayotte", None),
        # a surname written first, a lone word, an unknown word: none
        ("Li Wei", None),
        ("Priya", None),
        ("Xqzv Lee", None),
    ],
)
def test_a_person_s_gender_comes_from_the_world_s_first_names_where_the_census_has_none(name, gender):
    assert person_gender(name) == gender


@pytest.mark.parametrize("name", ["Washington Post", "Goldman Sachs", "Tell Tamer"])
def test_the_world_s_first_names_never_make_a_name_a_person_s(name):
    # the world's lists count Washington, Goldman and Tell as first names too
    assert first_name_gender(name) is None


def test_he_skips_a_woman_a_first_name_from_outside_the_us_tells(extract):
    text = "Oleksandr Kovalenko, the mayor, spoke first. Then Priya Raman spoke.\n\n“We will win,” he said."
    (quote,) = extract(text).quotes
    assert quote.speaker.name == "Oleksandr Kovalenko"


def test_the_world_s_first_names_are_built_once_and_read_back_the_same(monkeypatch, tmp_path):
    def fresh():
        monkeypatch.setenv("QUOTEX_CACHE_DIR", str(tmp_path / "cache"))
        first_names._world_first_name_genders.cache_clear()

    fresh()
    built = first_names._world_first_name_genders()
    (written,) = (tmp_path / "cache").iterdir()
    assert written.name.startswith("first-names-") and built["priya"] == "f"
    fresh()
    assert first_names._world_first_name_genders() == built
    assert [path.name for path in (tmp_path / "cache").iterdir()] == [written.name]  # nothing rewritten
    monkeypatch.undo()
    first_names._world_first_name_genders.cache_clear()
