"""Cross-article keys: pure string logic, no model."""

import pytest

from quotex.keys import key_of


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Jean-Yves Le Drian", "Jean-Yves  Le Drian."),
        ("Ann O’Neill", "Ann O'Neill"),
    ],
)
def test_spellings_of_one_name_share_a_key(one, other):
    assert key_of(one) == key_of(other)


@pytest.mark.parametrize(("one", "other"), [("Ann Lee", "Tom Lee"), ("Mark Meadows", "Debbie Meadows")])
def test_different_people_keep_different_keys(one, other):
    assert key_of(one) != key_of(other)


def test_key_is_lower_case_without_accents():
    assert key_of("Agnès Callamard") == "agnes callamard"
    assert key_of("") is None and key_of(None) is None
