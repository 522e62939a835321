"""The gazetteer's tables are built once and kept in a cache file; a missing, broken or
unwritable cache costs only the time to build them again, never a different answer."""

import pytest

from quotex import gazetteer

NAMES = [
    "Springfield",
    "Kyiv",
    "Kiev",
    "Islamic Republic of Iran",
    "Northern Syria",
    "Scotland",
    "Antarctica",
    "Atlantis",
]


def answers():
    return [gazetteer.lookup_place(name) for name in NAMES] + [gazetteer.city_in("Cambridge", "US")]


def fresh(monkeypatch, folder):
    monkeypatch.setenv("QUOTEX_CACHE_DIR", str(folder))
    for cached in (gazetteer._cache_path, gazetteer._table, gazetteer._index):
        cached.cache_clear()


@pytest.fixture
def built(monkeypatch, tmp_path):
    fresh(monkeypatch, tmp_path / "cache")
    found = answers()
    yield found
    fresh(monkeypatch, tmp_path / "cache")  # leave no cleared state pointing at tmp_path behind


def test_the_tables_are_written_once_and_read_back_the_same(built, monkeypatch, tmp_path):
    files = sorted(path.name for path in (tmp_path / "cache").iterdir())
    assert len(files) == 2 and all(name.startswith("gazetteer-") and name.endswith(".marshal") for name in files)
    assert built[0].country_code == "US" and built[1].name == built[2].name  # Kiev is Kyiv
    fresh(monkeypatch, tmp_path / "cache")
    assert answers() == built
    assert sorted(path.name for path in (tmp_path / "cache").iterdir()) == files  # nothing rewritten


def test_a_broken_cache_file_is_built_again(built, monkeypatch, tmp_path):
    for path in (tmp_path / "cache").iterdir():
        path.write_bytes(b"\x00not marshal")
    fresh(monkeypatch, tmp_path / "cache")
    assert answers() == built


def test_an_unwritable_cache_folder_still_gives_the_places(built, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    fresh(monkeypatch, blocker / "cache")
    assert answers() == built
