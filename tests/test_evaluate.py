"""The scorer behind `quotex eval`, on records built by hand (no model)."""

import pytest

from quotex.evaluate import match_greedy, score
from quotex.models import Article, Quote, QuoteSpeaker


def quote(start, end, kind="direct", speaker=None):
    who = QuoteSpeaker(None, speaker, "person", None) if speaker else None
    return Quote("x", start, end, kind, [], who, None, "test", 1.0)


def article(quotes):
    return Article("a", None, quotes, [], [], [], [])


GOLD = [
    {
        "id": "a",
        "text": "x" * 200,
        "quotes": [
            {"start": 0, "end": 40, "type": "direct", "speaker": {"start": 50, "end": 58, "text": "Ann Lee"}},
            {"start": 60, "end": 100, "type": "mixed", "speaker": {"start": 100, "end": 104, "text": "he"}},
            {"start": 120, "end": 160, "type": "indirect", "speaker": None},
        ],
    }
]


def test_overlap_of_half_the_shorter_span_matches_one_to_one():
    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 30}]
    # (2, 12) covers 8 of 10; (0, 4) lies wholly inside gold 0 and wins it; (28, 40) has 2 of 10
    assert match_greedy(gold, [quote(0, 4), quote(2, 12), quote(28, 40)]) == [(0, 0)]
    assert match_greedy(gold, [quote(2, 12), quote(24, 40)]) == [(0, 0), (1, 1)]


def test_scores_precision_recall_and_speaker():
    predicted = {"a": article([quote(0, 40, speaker="Lee"), quote(170, 190), quote(125, 150, "indirect")])}
    scores = score(GOLD, predicted)
    assert (scores.true_positives, scores.predicted, scores.gold) == (1, 2, 2)
    assert scores.precision == 0.5 and scores.recall == 0.5
    assert scores.speaker_accuracy == 1.0
    assert (scores.indirect_precision, scores.indirect_recall) == (1.0, 1.0)
    assert (scores.speech_precision, scores.speech_recall, scores.speech_predicted) == (1.0, 1.0, 1)


def test_speech_only_scores_leave_out_reports_of_thoughts():
    thought = Quote("x", 125, 150, "indirect", [], None, None, "test", 1.0, indirect_kind="thought")
    scores = score(GOLD, {"a": article([thought, quote(5, 10, "indirect")])})
    assert (scores.indirect_predicted, scores.speech_predicted) == (2, 1)
    assert scores.indirect_recall == 1.0 and scores.speech_recall == 0.0  # the gold one was the thought


def test_missing_article_counts_as_recall_loss():
    scores = score(GOLD, {})
    assert scores.recall == 0.0 and scores.predicted == 0


def test_reliability_sets_confidence_against_what_was_right():
    sure = Quote("x", 0, 40, "direct", [], QuoteSpeaker(None, "Ann Lee", "person", None), None, "test", 0.95)
    wrong_speaker = Quote(
        "x", 60, 100, "direct", [], QuoteSpeaker(None, "Tom Hart", "person", None), None, "test", 0.92
    )
    unfound = Quote("x", 170, 190, "direct", [], None, None, "test", 0.55)
    reported = Quote("x", 125, 150, "indirect", [], None, None, "test", 0.75)
    scores = score(GOLD, {"a": article([sure, wrong_speaker, unfound, reported])})
    by_low = {group.low: group for group in scores.reliability}
    assert sorted(by_low) == [0.5, 0.7, 0.9]
    assert (by_low[0.9].quotes, by_low[0.9].accuracy) == (2, 0.5)  # the wrong speaker counts as wrong
    assert by_low[0.5].accuracy == 0.0 and by_low[0.7].accuracy == 1.0  # gold names no speaker there
    expected = (2 * abs(0.5 - 0.935) + abs(0.0 - 0.55) + abs(1.0 - 0.75)) / 4
    assert abs(scores.calibration_error - expected) < 1e-9


@pytest.mark.parametrize("kind", ["not_said", "topic"])
def test_speech_only_scores_leave_out_reports_of_not_saying_or_of_a_topic(kind):
    left_out = Quote("x", 125, 150, "indirect", [], None, None, "test", 1.0, indirect_kind=kind)
    scores = score(GOLD, {"a": article([left_out, quote(5, 10, "indirect")])})
    assert (scores.indirect_predicted, scores.speech_predicted) == (2, 1)
