"""Fit the confidence model (``make calibrate``): quotex's quotes of PolNeAR train, each
judged right or wrong against the gold (found, with the right speaker where gold names one,
as ``quotex eval`` judges them), and an L2-regularised logistic regression of "right" on the
named evidence of ``quotex.quotes.confidence``. Writes ``quotex/data/confidence.json``.

    python tests/fit_confidence.py ../shared/eval/polnear-train.jsonl [--jobs 2]

Fit on train only; ``quotex eval`` on dev shows whether it holds (the reliability table).
"""

from __future__ import annotations

import argparse
import json
import os

import numpy as np

from quotex.evaluate import judged_quotes, predict, read_gold
from quotex.quotes.confidence import EVIDENCE, UNJUDGED_RULES, WEIGHTS_RESOURCE, evidence_of, features

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "quotex", "data", WEIGHTS_RESOURCE)
L2 = 2.0  # pulls rare evidence (a rule seen a dozen times) towards no effect


def fit(matrix: np.ndarray, right: np.ndarray, l2: float = L2) -> np.ndarray:
    """Newton's method on the penalised log-likelihood (the bias, last column, unpenalised)."""
    weights = np.zeros(matrix.shape[1])
    penalty = np.full(matrix.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        probability = 1.0 / (1.0 + np.exp(-matrix @ weights))
        gradient = matrix.T @ (probability - right) + penalty * weights
        hessian = (matrix.T * (probability * (1 - probability))) @ matrix + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--split", default="train")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    records = read_gold(args.gold, split=args.split)
    articles, _ = predict(records, jobs=args.jobs)
    names = [name for name, _ in EVIDENCE]
    rows, right = [], []
    for record in records:
        article = articles.get(str(record["id"]))
        if article is None:
            continue
        for quote, ok in judged_quotes(record, article):
            if quote.rule in UNJUDGED_RULES:
                continue  # a transcript's turns, which the gold never annotates
            present = features(evidence_of(quote, article.quotes, record["text"]))
            rows.append([present.get(name, 0.0) for name in names] + [1.0])
            right.append(float(ok))
    matrix, outcome = np.array(rows), np.array(right)
    weights = fit(matrix, outcome)
    seen = matrix[:, :-1].sum(axis=0)
    fitted = {name: round(float(w), 4) for name, w, count in zip(names, weights[:-1], seen, strict=True) if count}
    record = {
        "fitted_on": f"PolNeAR {args.split}: {len(records)} articles, {len(right)} quotes, {int(outcome.sum())} right",
        "l2": L2,
        "bias": round(float(weights[-1]), 4),
        "weights": fitted,
    }
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=2)
        handle.write("\n")
    print(f"{record['fitted_on']}; wrote {os.path.relpath(OUTPUT)}")
    for name, value in sorted(fitted.items(), key=lambda item: item[1]):
        print(f"  {value:+.2f}  {name}")


if __name__ == "__main__":
    main()
