"""The scorer behind `quotex eval`, on records built by hand (no model)."""

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


def test_missing_article_counts_as_recall_loss():
    scores = score(GOLD, {})
    assert scores.recall == 0.0 and scores.predicted == 0
