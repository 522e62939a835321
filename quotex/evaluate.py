"""Score extraction against annotated articles, with the definitions of PolNeAR's scorer.

A predicted quote matches a gold one when their overlap is at least half of the shorter
span (one-to-one, greedy by overlap ratio). Quotes with marks (gold ``direct``/``mixed``;
predictions of any type but ``indirect``) are scored apart from indirect ones. The speaker
is right when the predicted mention overlaps the gold speaker span, or the predicted name
shares a word of 3+ letters with the gold speaker text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from quotex.errors import QuotexError
from quotex.models import Article, Quote
from quotex.readers import Source

# gold quotes with quotation marks: PolNeAR's direct and mixed, and partial quotes
MARKED_GOLD_TYPES = ("direct", "mixed", "partial")


@dataclass(frozen=True, slots=True)
class Scores:
    articles: int
    failed: int
    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    true_positives: int
    predicted: int
    gold: int
    speaker_total: int
    indirect_precision: float
    indirect_recall: float
    indirect_predicted: int
    indirect_gold: int
    by_type: dict[str, dict[str, float]]
    # confidence against what was right (found in gold, with the right speaker where gold
    # names one): one ReliabilityBin per tenth of confidence that holds a quote, and the
    # expected calibration error over all of them
    reliability: tuple[ReliabilityBin, ...] = ()
    calibration_error: float = 0.0
    # indirect quotes reporting speech only (indirect_kind "speech"), against all gold indirect
    speech_precision: float = 0.0
    speech_recall: float = 0.0
    speech_predicted: int = 0


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    low: float
    high: float
    quotes: int
    mean_confidence: float
    accuracy: float


def read_gold(path: str, *, split: str | None = None) -> list[dict[str, Any]]:
    records = []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as error:
                raise QuotexError(f"{path}:{number}: not valid JSON ({error})") from None
            if not isinstance(record, dict) or "text" not in record or "quotes" not in record:
                raise QuotexError(f"{path}:{number}: a gold record needs 'id', 'text' and 'quotes'")
            if split is None or record.get("split") == split:
                records.append(record)
    if not records:
        raise QuotexError(f"{path}: no gold records" + (f" with split {split!r}" if split else ""))
    return records


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match_greedy(gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = _overlap(g["start"], g["end"], p.start, p.end)
            shorter = min(g["end"] - g["start"], p.end - p.start) or 1
            if overlap >= 0.5 * shorter:
                pairs.append((overlap / shorter, gi, pi))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matches.append((gi, pi))
    return matches


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 2}


def speaker_correct(gold_speaker: dict[str, Any] | str, quote: Quote) -> bool:
    """PolNeAR's speaker check; a gold speaker given only as a name (the identity set's)
    is right when the predicted name shares a word of 3+ letters with it."""
    speaker = quote.speaker
    if speaker is None:
        return False
    if isinstance(gold_speaker, str):
        return bool(_words(speaker.name) & _words(gold_speaker))
    mention = speaker.mention
    if mention is not None and _overlap(mention.start, mention.end, gold_speaker["start"], gold_speaker["end"]) > 0:
        return True
    name = speaker.name or (mention.text if mention else "")
    return bool(_words(name) & _words(gold_speaker.get("text")))


def judge(gold_quotes: list[dict[str, Any]], predicted: list[Quote]) -> tuple[list[tuple[int, int]], list[bool]]:
    """The predicted quotes matched to gold ones (gold index, predicted index), and whether
    each prediction was right: found in gold, with the right speaker where gold names one."""
    matches = match_greedy(gold_quotes, predicted)
    right = [False] * len(predicted)
    for gi, pi in matches:
        gold_speaker = gold_quotes[gi].get("speaker")
        right[pi] = speaker_correct(gold_speaker, predicted[pi]) if gold_speaker else True
    return matches, right


def split_by_marks(quotes: list[Quote]) -> tuple[list[Quote], list[Quote]]:
    """Quotes with marks and indirect ones, as they are scored apart."""
    return [q for q in quotes if q.type != "indirect"], [q for q in quotes if q.type == "indirect"]


def split_gold(record: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A gold article's quotes with marks and its indirect ones (other types are not scored)."""
    quotes = record["quotes"]
    return [q for q in quotes if q.get("type") in MARKED_GOLD_TYPES], [q for q in quotes if q.get("type") == "indirect"]


def judged_quotes(record: dict[str, Any], article: Article | None) -> list[tuple[Quote, bool]]:
    """Every predicted quote of a gold article, and whether it was right."""
    gold_marked, gold_indirect = split_gold(record)
    marked, indirect = split_by_marks(article.quotes if article else [])
    return [
        *zip(marked, judge(gold_marked, marked)[1], strict=True),
        *zip(indirect, judge(gold_indirect, indirect)[1], strict=True),
    ]


def score(gold_records: list[dict[str, Any]], articles: dict[str, Article], failed: int = 0) -> Scores:
    tp = npred = ngold = speaker_ok = speaker_n = 0
    itp = ipred = igold = 0
    stp = spred = 0
    by_type: dict[str, list[int]] = {}
    judged: list[tuple[float, bool]] = []  # every predicted quote: its confidence, and whether it was right
    for record in gold_records:
        article = articles.get(str(record["id"]))
        gold_marked, gold_indirect = split_gold(record)
        marked, indirect = split_by_marks(article.quotes if article else [])
        ngold += len(gold_marked)
        npred += len(marked)
        matches, right = judge(gold_marked, marked)
        tp += len(matches)
        matched_gold = {gi for gi, _ in matches}
        for gi, g in enumerate(gold_marked):
            counts = by_type.setdefault(g["type"], [0, 0])
            counts[0] += 1
            counts[1] += gi in matched_gold
        for gi, pi in matches:
            if gold_marked[gi].get("speaker"):
                speaker_n += 1
                speaker_ok += right[pi]
        igold += len(gold_indirect)
        ipred += len(indirect)
        indirect_matches, indirect_right = judge(gold_indirect, indirect)
        itp += len(indirect_matches)
        # a record that leaves the kind unset (built by hand, or before schema 1.3) reports speech
        speech = [quote for quote in indirect if quote.indirect_kind in ("speech", None)]
        spred += len(speech)
        stp += len(match_greedy(gold_indirect, speech))
        judged.extend(
            (quote.confidence, ok) for quote, ok in zip(marked + indirect, right + indirect_right, strict=True)
        )
    precision = tp / npred if npred else 0.0
    recall = tp / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        articles=len(gold_records),
        failed=failed,
        precision=precision,
        recall=recall,
        f1=f1,
        speaker_accuracy=speaker_ok / speaker_n if speaker_n else 0.0,
        true_positives=tp,
        predicted=npred,
        gold=ngold,
        speaker_total=speaker_n,
        indirect_precision=itp / ipred if ipred else 0.0,
        indirect_recall=itp / igold if igold else 0.0,
        indirect_predicted=ipred,
        indirect_gold=igold,
        by_type={t: {"gold": c[0], "recall": c[1] / c[0] if c[0] else 0.0} for t, c in sorted(by_type.items())},
        speech_precision=stp / spred if spred else 0.0,
        speech_recall=stp / igold if igold else 0.0,
        speech_predicted=spred,
        reliability=(bins := reliability(judged)),
        calibration_error=sum(b.quotes * abs(b.accuracy - b.mean_confidence) for b in bins) / len(judged)
        if judged
        else 0.0,
    )


def reliability(judged: list[tuple[float, bool]], bins: int = 10) -> tuple[ReliabilityBin, ...]:
    """Predicted quotes grouped by confidence (tenths; 1.0 goes with the top tenth): how many,
    how confident on average, and how many of them were right."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for confidence, ok in judged:
        groups.setdefault(min(int(confidence * bins), bins - 1), []).append((confidence, ok))
    return tuple(
        ReliabilityBin(
            low=index / bins,
            high=(index + 1) / bins,
            quotes=len(group),
            mean_confidence=sum(confidence for confidence, _ in group) / len(group),
            accuracy=sum(ok for _, ok in group) / len(group),
        )
        for index, group in sorted(groups.items())
    )


def evaluate(
    gold_records: list[dict[str, Any]],
    *,
    model: str | None = None,
    jobs: int = 1,
    predictions_path: str | None = None,
) -> Scores:
    articles, failed = predict(gold_records, model=model, jobs=jobs, predictions_path=predictions_path)
    return score(gold_records, articles, failed)


def predict(
    gold_records: list[dict[str, Any]],
    *,
    model: str | None = None,
    jobs: int = 1,
    predictions_path: str | None = None,
) -> tuple[dict[str, Article], int]:
    """quotex's records of the gold articles' texts, by id, and how many failed."""
    from quotex.api import extract_sources
    from quotex.errors import InputError
    from quotex.writers import jsonl_line

    sources: Iterable[Source] = (Source(str(r["id"]), None, r["text"]) for r in gold_records)
    results = extract_sources(sources, model=model, jobs=jobs)
    articles: dict[str, Article] = {}
    failed = 0
    out = open(predictions_path, "wb") if predictions_path else None
    try:
        for result in results:
            if isinstance(result, InputError):
                failed += 1
                continue
            articles[result.id] = result
            if out is not None:
                out.write(jsonl_line(result))
    finally:
        if out is not None:
            out.close()
    return articles, failed


def format_scores(scores: Scores) -> str:
    lines = [
        f"articles gold={scores.articles} failed={scores.failed}",
        f"indirect: P={scores.indirect_precision:.3f} R={scores.indirect_recall:.3f} "
        f"(pred={scores.indirect_predicted} gold={scores.indirect_gold})",
        f"indirect, speech only: P={scores.speech_precision:.3f} R={scores.speech_recall:.3f} "
        f"(pred={scores.speech_predicted}; beliefs, wishes, findings, topics and refusals left out)",
        f"quotes with marks: P={scores.precision:.3f} R={scores.recall:.3f} F1={scores.f1:.3f} "
        f"speaker_acc={scores.speaker_accuracy:.3f} (tp={scores.true_positives} pred={scores.predicted} "
        f"gold={scores.gold} speaker_n={scores.speaker_total})",
    ]
    for quote_type, values in scores.by_type.items():
        lines.append(f"  recall on gold {quote_type}: {values['recall']:.3f} (gold={values['gold']:.0f})")
    if scores.reliability:
        lines.append(
            f"reliability (right = in gold, with the right speaker): expected calibration error "
            f"{scores.calibration_error:.3f}"
        )
        lines.append("  confidence   quotes  mean conf  right")
        for group in scores.reliability:
            lines.append(
                f"  {group.low:.1f}-{group.high:.1f}  {group.quotes:>8}  {group.mean_confidence:>9.3f}  {group.accuracy:>5.3f}"
            )
    return "\n".join(lines)
