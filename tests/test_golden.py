"""The seed article against its reviewed golden output (regenerate with `make golden`)."""

import os

import orjson
import pytest
from click.testing import CliRunner

from quotex.cli import cli

HERE = os.path.dirname(__file__)


@pytest.fixture(scope="module")
def seed_record(nlp, seed_folder):
    result = CliRunner().invoke(cli, ["extract", seed_folder, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    return orjson.loads(result.stdout)


def test_seed_matches_golden_output(seed_record):
    with open(os.path.join(HERE, "golden", "seed.jsonl"), "rb") as handle:
        golden = orjson.loads(handle.read())
    golden.pop("path"), seed_record.pop("path")
    assert seed_record == golden


def test_seed_boilerplate_and_duplicate_caption_give_no_quotes(seed_record, seed_text):
    text = seed_text
    caption = text.index("In a wide-ranging interview", text.index("In a wide-ranging interview") + 10)
    footer = text.index("Previous article")
    for quote in seed_record["quotes"]:
        assert quote["end"] <= caption or quote["start"] > text.index("He said: ‘Mariupol")
        assert quote["start"] < footer
    texts = [q["text"] for q in seed_record["quotes"]]
    assert len(texts) == len(set(texts)) or texts.count("significant troop losses") == 2  # headline + body


def test_seed_speakers_are_resolved_people(seed_record):
    def speaker_of(opening):
        (quote,) = [q for q in seed_record["quotes"] if q["text"].startswith(opening)]
        return quote["speaker"]["name"]

    assert speaker_of("We are living in days of fakes") == "Dmitry Peskov"  # "he said"
    assert speaker_of("Mariupol is going to be liberated") == "Dmitry Peskov"  # not Putin, named in passing
    assert speaker_of("We have information that") == "Volodymyr Zelenskyy"  # "Mr Zelensky" ... "he said"
    assert speaker_of("When victims are found") == "Clint Williamson"  # continuation paragraph


def test_seed_entities_are_cleaned_merged_and_typed(seed_record):
    people = {p["name"]: p["count"] for p in seed_record["people"]}
    places = {p["name"]: p for p in seed_record["places"]}
    organisations = [o["name"] for o in seed_record["organisations"]]
    assert "Volodymyr Zelenskyy" in people and "Zelensky" not in people
    assert people["Vladimir Putin"] >= 4
    assert not any("’s" in name or "'s" in name or "U.S Putin" in name for name in people)
    for town in ("Bucha", "Mariupol", "Kyiv"):
        assert places[town]["country_code"] == "UA" and places[town]["label"] == "GPE"
        assert town not in organisations
    assert places["Bucha"]["latitude"] == pytest.approx(50.5, abs=0.2)
