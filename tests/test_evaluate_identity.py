"""Identity scores (quotex eval on gold with people, places and organisations): pure logic on
hand-made records, and the same numbers as the scorer shipped with the evaluation data."""

import os
import subprocess
import sys

import orjson
import pytest

from quotex.evaluate_identity import comparable, format_identity, score_identity

GOLD = {
    "id": "a",
    "text": "",
    "people": [
        {"name": "Ann Lee", "aliases": ["Lee"], "role": "Senate Minority Whip", "gender": "female"},
        {"name": "Tom Ward", "aliases": [], "role": None, "gender": None},
    ],
    "places": [{"name": "Scotland", "aliases": [], "country": "GB"}, {"name": "Persian Gulf", "country": None}],
    "organisations": [
        {"name": "Court of Session", "aliases": ["the Court"]},
        {"name": "Ritz Hotel", "also_type": "places"},
    ],
    "quotes": [
        {"start": 0, "end": 10, "text": "We will win", "type": "direct", "speaker": "Ann Lee"},
        {"start": 20, "end": 30, "text": "no", "type": "direct", "speaker": "a council spokesman"},
        {"start": 40, "end": 50, "text": "he left", "type": "indirect", "speaker": "Tom Ward"},
    ],
}


def entry(name, *mentions, **fields):
    return {"name": name, "mentions": [{"text": m} for m in (name, *mentions)], **fields}


def predicted(**changes):
    record = {
        "id": "a",
        "people": [
            entry("Ann Lee", "Lee", id="p1", role="Sen. Minority Whip", gender="female"),
            entry("Tom Ward", id="p2", role=None, gender="male"),
        ],
        "places": [entry("Scotland", country_code="GB"), entry("Persian Gulf", country_code=None), entry("Ritz Hotel")],
        "organisations": [entry("Court of Session", "Court")],
        "speakers": [],
        "quotes": [
            {"start": 0, "end": 10, "type": "direct", "speaker": {"name": "Ann Lee"}},
            {"start": 20, "end": 30, "type": "direct", "speaker": {"name": "spokesman"}},
            {"start": 40, "end": 50, "type": "indirect", "speaker": {"name": "Tom Ward"}},
        ],
    }
    record.update(changes)
    return {"a": record}


def test_names_compare_without_titles_accents_and_possessives():
    assert comparable("President Agnès Callamard's") == "agnes callamard"
    assert comparable("the Court") == "court"
    assert comparable("President") == "president"  # a title alone stays


def test_everything_right_scores_one():
    scores = score_identity([GOLD], predicted())
    assert scores.entities() == (1.0, 1.0, 1.0)
    c = scores.counts
    assert (c["cc.ok"], c["cc.n"], c["ccnull.ok"]) == (1, 1, 1)
    assert c["dq.main.named.ok"] == c["dq.main.named.n"] == 1
    assert c["dq.main.description.ok"] == 1  # "spokesman" shares a word with the description
    assert c["ind.main.named.ok"] == 1
    assert (c["roles.hit"], c["roles.gold"], c.get("roles.wrong", 0)) == (1, 1, 0)  # Sen. is senator
    assert (c["gender.ok"], c["gender.n"]) == (1, 1)  # Tom Ward's gender is not in the gold
    assert c["places.gold"] == 3 and c["organisations.gold"] == 1  # the hotel counted as a place


def test_a_split_entry_is_a_duplicate_and_an_other_type_is_wrong():
    people = [entry("Ann Lee", "Lee", id="p1"), entry("Lee", id="p3"), entry("Tom Ward", id="p2"), entry("Scotland")]
    counts = score_identity([GOLD], predicted(people=people)).counts
    assert (counts.get("people.dup"), counts.get("people.wrongtype"), counts.get("people.spurious")) == (1, 1, None)
    assert counts["people.tp"] == 2 and counts["people.pred"] == 4


def test_a_wrong_speaker_and_a_missed_quote():
    quotes = [{"start": 0, "end": 10, "type": "direct", "speaker": {"name": "Tom Ward"}}]
    c = score_identity([GOLD], predicted(quotes=quotes)).counts
    assert c.get("dq.main.named.ok", 0) == 0 and c["dq.main.named.n"] == 1
    assert c["ind.main.gold"] == 1 and c.get("ind.main.matched", 0) == 0


def test_the_summary_line_names_every_headline_score():
    line = format_identity(score_identity([GOLD], predicted())).splitlines()[-1]
    assert line.startswith("identity: ent P=1.000 R=1.000 F1=1.000")
    assert "spk_canon=1.000 (n=1)" in line and "gender=1.000" in line


SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval")


@pytest.mark.skipif(
    not os.path.exists(os.path.join(SHARED, "score_identity.py")), reason="identity set not found at ../shared/eval"
)
def test_the_same_numbers_as_the_shipped_scorer(nlp, tmp_path):
    from quotex.evaluate import predict, read_gold
    from quotex.writers import article_to_dict, jsonl_line

    gold_path = os.path.join(SHARED, "wikinews-dev.jsonl")
    gold = read_gold(gold_path)[:8]
    articles, failed = predict(gold)
    assert failed == 0
    out = tmp_path / "pred.jsonl"
    out.write_bytes(b"".join(jsonl_line(article) for article in articles.values()))
    small_gold = tmp_path / "gold.jsonl"
    small_gold.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in gold))
    scorer = [sys.executable, os.path.join(SHARED, "score_identity.py"), str(small_gold), str(out)]
    theirs = subprocess.run(scorer, capture_output=True, text=True, check=True).stdout.splitlines()[-1]
    records = {key: orjson.loads(orjson.dumps(article_to_dict(a))) for key, a in articles.items()}
    ours = format_identity(score_identity(gold, records)).splitlines()[-1]
    assert ours == theirs
