"""Generated hostile inputs, each class of ``test_hostile.py`` at random: the quick seeded run is
part of the tests (``tests/test_fuzz.py``), the long one is ``make fuzz``:

    python tests/fuzz.py [CASES] [SEED]

prints, per class of input, the cases run, crashes (a traceback), hangs (over the time limit),
invalid output lines, offset errors (``text[start:end]`` not the span's text) and the slowest
case per KB of input.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

MARKS = list("“”‘’\"'«»„‚‹›") + ["''", "``", "'''"]
WORDS = "Ann Lee Tom Hart said told the mayor council bridge he she it they asked according to".split()
PUNCT = list(".,;:!?—–-―()[]/…")
CONTROLS = [chr(code) for code in list(range(0, 32)) + list(range(127, 160))]
UNICODE = ["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\u2028", "\u2029", "\ufffd", "é", "ß", "中", "😀", "\xa0"]
LINE_ENDS = ["\n", "\r\n", "\r", "\n\n", "\r\r", "\x85", "\u2028"]


def _words(rng: random.Random, count: int, extra: list[str] | None = None) -> str:
    pool = WORDS + (extra or [])
    return "".join(rng.choice(pool) + rng.choice([" ", "", " ", "\n"]) for _ in range(count))


def _text_marks(rng: random.Random) -> tuple[str, bytes]:
    return ".txt", _words(rng, rng.randint(1, 400), MARKS * 3 + PUNCT).encode()


def _text_controls(rng: random.Random) -> tuple[str, bytes]:
    text = _words(rng, rng.randint(1, 300), CONTROLS[:2] + CONTROLS[9:14] + CONTROLS[28:] + ["“", "”"])
    return ".txt", text.encode()


def _text_line_ends(rng: random.Random) -> tuple[str, bytes]:
    parts = [f"“{_words(rng, rng.randint(1, 12))},” {rng.choice(WORDS)} said." for _ in range(rng.randint(1, 40))]
    text = "".join(part + rng.choice(LINE_ENDS) for part in parts)
    return ".txt", text.encode()


def _text_unicode(rng: random.Random) -> tuple[str, bytes]:
    return ".txt", _words(rng, rng.randint(1, 300), UNICODE * 2 + MARKS).encode("utf-8", "surrogatepass")


def _bytes(rng: random.Random) -> tuple[str, bytes]:
    text = _words(rng, rng.randint(1, 200), MARKS + UNICODE[6:])
    encoding = rng.choice(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig"])
    data = text.encode(encoding, errors="replace")
    for _ in range(rng.randint(0, 4)):  # stray bytes, a cut in the middle of a character
        position = rng.randint(0, len(data))
        data = data[:position] + bytes([rng.randint(0x80, 0xFF)]) + data[position:]
    if rng.random() < 0.2:
        data = data[: rng.randint(0, len(data))]
    return ".txt", data


def _html(rng: random.Random) -> tuple[str, bytes]:
    body = _words(rng, rng.randint(1, 200), MARKS + ["&#27;", "&amp;", "&#x202e;", "&nbsp;", "<br>", "<p>", "</p>"])
    depth = rng.choice([0, 1, 5, 50, 400])
    page = "<div>" * depth + f"<p>{body}</p>" + "</div>" * rng.randint(0, depth)
    if rng.random() < 0.5:
        page = f"<html><head><title>{_words(rng, 5, MARKS)}</title></head><body>{page}</body></html>"
    if rng.random() < 0.2:
        page = _words(rng, 50, MARKS)  # a page with no tags
    encoding = rng.choice(["utf-8", "iso-8859-2", "cp1252"])
    if rng.random() < 0.5:
        page = f'<meta charset="{encoding}">' + page
    return ".html", page.encode(encoding, errors="replace")


def _jsonl(rng: random.Random) -> tuple[str, bytes]:
    lines = []
    for number in range(rng.randint(1, 8)):
        record: dict[str, Any] = {"id": rng.choice([number, f"a{number}", 10**30 + number, None, ""])}
        record["text"] = rng.choice([_words(rng, rng.randint(0, 80), MARKS + CONTROLS[27:28]), 5, None])
        deep: Any = "leaf"
        for _ in range(rng.choice([0, 3, 100, 300])):
            deep = {"x": deep}
        record["meta"] = deep
        line = json.dumps(record)
        if rng.random() < 0.2:
            line = line.replace('"leaf"', rng.choice(["NaN", "Infinity", "-Infinity", "1e400", '"\\ud800"']))
        if rng.random() < 0.1:
            line = line[: rng.randint(0, len(line))]  # a torn line
        lines.append(line)
    data = rng.choice(["\n", "\r\n", "\r"]).join(lines).encode()
    return ".jsonl", (codecs.BOM_UTF8 if rng.random() < 0.3 else b"") + data


def _transcript(rng: random.Random) -> tuple[str, bytes]:
    speakers = ["ANN LEE", "TOM HART", "Q", "A", "Lee", "Hart", "SEN. ANN LEE (D-OH)", "UPDATE"]
    lines = [
        f"{rng.choice(['', '“'])}{rng.choice(speakers)}: {_words(rng, rng.randint(1, 15), MARKS)}"
        for _ in range(rng.randint(1, 60))
    ]
    return ".txt", "\n".join(lines).encode()


def _long_runs(rng: random.Random) -> tuple[str, bytes]:
    run = rng.choice(["“", "a.b,c;d:", "—", "x", "'"]) * rng.randint(100, 3000)
    return ".txt", (_words(rng, 10) + run + _words(rng, 10)).encode()


CLASSES: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "marks": _text_marks,
    "controls": _text_controls,
    "line ends": _text_line_ends,
    "unicode": _text_unicode,
    "bytes": _bytes,
    "html": _html,
    "jsonl": _jsonl,
    "transcripts": _transcript,
    "long runs": _long_runs,
}


@dataclass
class Tally:
    cases: int = 0
    crashes: int = 0
    hangs: int = 0
    invalid_lines: int = 0
    offset_errors: int = 0
    slowest_per_kb: float = 0.0
    failures: list[str] = field(default_factory=list)


def spans_of(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every span of an output record that claims ``text[start:end] == span["text"]``."""
    for quote in record["quotes"]:
        yield from quote["fragments"]
        if quote["speaker"] and quote["speaker"]["mention"]:
            yield quote["speaker"]["mention"]
        if quote["cue"]:
            yield quote["cue"]
    for kind in ("people", "places", "organisations", "other_entities"):
        for entity in record[kind]:
            yield from entity["mentions"]
    yield from record["terms"]


def check(nlp: Any, suffix: str, data: bytes, folder: str, time_limit: float) -> tuple[str | None, float]:
    """Run one case through reading and extraction: the first problem found, or None, and
    the seconds it took."""
    from quotex.api import process_sources
    from quotex.errors import InputError
    from quotex.models import Article
    from quotex.readers import read_sources
    from quotex.writers import jsonl_line

    path = os.path.join(folder, "case" + suffix)
    with open(path, "wb") as handle:
        handle.write(data)
    start = time.perf_counter()
    try:
        sources = read_sources([path], on_warning=lambda warning: None)
        for result in process_sources(nlp, sources, include_text=True, article_timeout=time_limit):
            if isinstance(result, InputError):
                if "took over" in result.problem:
                    return "hang", time.perf_counter() - start
                continue
            assert isinstance(result, Article)
            try:
                record = orjson.loads(jsonl_line(result))
            except (orjson.JSONDecodeError, TypeError) as error:
                return f"invalid line: {error}", time.perf_counter() - start
            text = record["text"]
            for span in spans_of(record):
                if text[span["start"] : span["end"]] != span["text"]:
                    return f"offset error: {span}", time.perf_counter() - start
    except Exception:  # noqa: BLE001 - a crash is what the fuzzer reports
        return "crash: " + traceback.format_exc(limit=3).splitlines()[-1], time.perf_counter() - start
    elapsed = time.perf_counter() - start
    return ("hang" if elapsed > time_limit else None), elapsed


def run(cases: int, seed: int, time_limit: float = 30.0) -> dict[str, Tally]:
    from quotex.pipeline import load_pipeline_on_one_core

    nlp = load_pipeline_on_one_core()
    rng = random.Random(seed)
    tallies = {name: Tally() for name in CLASSES}
    with tempfile.TemporaryDirectory() as folder:
        for number in range(cases):
            name = list(CLASSES)[number % len(CLASSES)]
            suffix, data = CLASSES[name](rng)
            problem, seconds = check(nlp, suffix, data, folder, time_limit)
            tally = tallies[name]
            tally.cases += 1
            tally.slowest_per_kb = max(tally.slowest_per_kb, seconds / max(len(data) / 1024, 1))
            if problem is None:
                continue
            kind = problem.split(":")[0]
            tally.crashes += kind == "crash"
            tally.hangs += kind == "hang"
            tally.invalid_lines += kind == "invalid line"
            tally.offset_errors += kind == "offset error"
            tally.failures.append(f"case {number} ({name}, seed {seed}): {problem}")
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    rows = ["class         cases  crashes  hangs  invalid lines  offset errors  slowest s/KB"]
    for name, tally in tallies.items():
        rows.append(
            f"{name:<13} {tally.cases:>5}  {tally.crashes:>7}  {tally.hangs:>5}  {tally.invalid_lines:>13}"
            f"  {tally.offset_errors:>13}  {tally.slowest_per_kb:>12.3f}"
        )
    return "\n".join(rows)


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    tallies = run(cases, seed)
    print(table(tallies))
    failures = [failure for tally in tallies.values() for failure in tally.failures]
    for failure in failures[:50]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(main())
