"""Throughput and memory benchmark (``make bench``); not part of the test suite.

Builds its own corpus (the seed article plus synthetic news articles from templates, nothing
downloaded), then runs, each as its own process on the same files:

- raw spaCy: ``spacy.load`` and ``nlp.pipe`` over the texts, same pipeline, same batch
  size, nothing else; once as installed (thinc multiplies matrices with blis) and once with
  the numpy matrix products quotex switches to;
- ``quotex extract`` in one process, and with ``--jobs 2``;
- ``quotex extract`` on a corpus a tenth the size, to show that peak memory does not grow
  with the corpus.

Wall time includes starting Python and loading the pipeline, the same for every row; the
ratios are what count. Peak memory is the largest summed RSS of the process and its workers.

Environment: BENCH_WORDS (default 1,000,000), BENCH_BATCH (default 64).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

import psutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEEDS = os.path.join(ROOT, "seeds")

FIRST = ["Ann", "Tom", "Maria", "David", "Fatima", "Kenji", "Olga", "Peter", "Grace", "Luis", "Amara", "John"]
LAST = ["Lee", "Hart", "Novak", "Okafor", "Brennan", "Tanaka", "Ivanova", "Schmidt", "Mensah", "Garcia"]
ROLES = ["the mayor", "a council spokesman", "the finance minister", "a union leader", "the company's chief executive"]
PLACES = ["Springfield", "Riverton", "Lakeside", "Kyiv", "Lisbon", "Nairobi", "Denver", "Osaka"]
ORGS = ["the city council", "the Transport Ministry", "Acme Corp", "the United Nations", "the Red Cross"]
TOPICS = ["the new bridge", "the budget", "the water supply", "the rail strike", "the housing plan", "the election"]
FILLER = [
    "The project has been debated for more than a decade in {place}.",
    "Officials expect work on {topic} to begin next spring, pending approval from {org}.",
    "Residents packed the meeting hall on Tuesday evening, many of them standing at the back.",
    "The figures, published on Monday, show costs rising by a third since last year.",
    "{org} has not published a final timetable for {topic}.",
    "Traffic in the centre of {place} was slow for most of the day.",
]
QUOTED = [
    "“We cannot wait any longer for {topic},” {name} said.",
    "“This is the moment to act. The town has waited long enough,” said {name}, {role}.",
    "{name} told reporters that {topic} would be finished by the end of the year.",
    "“It is a waste of money,” {name} said on Monday. “Nobody asked the people who live here.”",
    "{name} described {topic} as “a disgrace” and called for an inquiry.",
    "According to {org}, {topic} will cost twice the original estimate.",
    "In a statement, {org} said it was “deeply concerned” about {topic}.",
]


def make_article(rng: random.Random) -> str:
    paragraphs = []
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    for _ in range(rng.randint(10, 16)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            template = rng.choice(QUOTED if rng.random() < 0.35 else FILLER)
            sentences.append(
                template.format(
                    name=rng.choice(people),
                    role=rng.choice(ROLES),
                    place=rng.choice(PLACES),
                    org=rng.choice(ORGS),
                    topic=rng.choice(TOPICS),
                )
            )
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def build_corpus(folder: str, words: int) -> int:
    """Write the seed plus synthetic articles into folder until it holds ``words`` words."""
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(1234)
    total = 0
    number = 0
    for name in sorted(os.listdir(SEEDS)):
        shutil.copy(os.path.join(SEEDS, name), os.path.join(folder, name))
        with open(os.path.join(SEEDS, name), encoding="utf-8") as handle:
            total += len(handle.read().split())
    while total < words:
        text = make_article(rng)
        number += 1
        with open(os.path.join(folder, f"synthetic_{number:06d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.split())
    return total


# spaCy as installed: spacy.load and nlp.pipe, nothing of quotex's ("numpy" only switches
# the matrix products the way quotex does, to show where the speed comes from)
RAW_SCRIPT = """
import os, sys
import spacy
from quotex.pipeline import default_model_name
from quotex.speedups import use_numpy_matmul
folder, batch, matmul = sys.argv[1], int(sys.argv[2]), sys.argv[3]
nlp = spacy.load(default_model_name())
if matmul == "numpy":
    use_numpy_matmul(nlp)
names = sorted(os.listdir(folder))
texts = (open(os.path.join(folder, n), encoding="utf-8").read() for n in names)
for doc in nlp.pipe(texts, batch_size=batch):
    pass
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak summed RSS (MiB) of a command and its children."""
    # one BLAS thread per process in every row, as quotex itself runs: one process, one core
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, None):
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:]}")
    return elapsed, peak / 2**20


def main() -> None:
    words = int(os.environ.get("BENCH_WORDS", "1000000"))
    batch = os.environ.get("BENCH_BATCH", "64")
    python = sys.executable
    quotex = [python, "-m", "quotex", "extract", "--quiet", "--format", "jsonl", "--batch-size", batch]
    work = tempfile.mkdtemp(prefix="quotex-bench-")
    try:
        corpus, small = os.path.join(work, "corpus"), os.path.join(work, "small")
        total = build_corpus(corpus, words)
        small_total = build_corpus(small, words // 10)
        print(
            f"corpus: {total:,} words in {len(os.listdir(corpus)):,} articles "
            f"(and {small_total:,} words for the memory check); batch size {batch}; "
            f"{os.cpu_count()} cores",
            flush=True,
        )
        raw_label, raw_numpy_label = "raw spaCy nlp.pipe", "raw spaCy nlp.pipe, numpy matmul"
        rows = [
            (raw_label, [python, "-c", RAW_SCRIPT, corpus, batch, "blis"], total),
            (raw_numpy_label, [python, "-c", RAW_SCRIPT, corpus, batch, "numpy"], total),
            ("quotex extract --jobs 1", quotex + ["--jobs", "1", corpus], total),
            ("quotex extract --jobs 2", quotex + ["--jobs", "2", corpus], total),
            ("quotex extract --jobs 1, corpus / 10", quotex + ["--jobs", "1", small], small_total),
        ]
        results = {}
        print(f"{'run':42} {'words/s':>10} {'seconds':>9} {'peak MiB':>9}")
        for label, command, count in rows:
            seconds, peak = measure(command)
            results[label] = (count / seconds, peak)
            print(f"{label:42} {count / seconds:10,.0f} {seconds:9.1f} {peak:9.0f}", flush=True)
        raw, raw_numpy = results[raw_label][0], results[raw_numpy_label][0]
        single, single_peak = results["quotex extract --jobs 1"]
        double = results["quotex extract --jobs 2"][0]
        small_peak = results["quotex extract --jobs 1, corpus / 10"][1]
        print()
        print(f"quotex / raw spaCy, same matmul:  {single / raw_numpy:.2f}  (target >= 0.9)")
        print(f"quotex / raw spaCy as installed:  {single / raw:.2f}  (target >= 1.5)")
        print(f"--jobs 2 / --jobs 1:              {double / single:.2f}  (target >= 1.6)")
        print(f"peak memory, 10x corpus / 1x:     {single_peak / small_peak:.2f}  (flat: ~1.0)")
        small_articles = len(os.listdir(small))
        if small_articles < 2 * int(batch):
            # peak memory follows the largest batch; a corpus of less than a few batches
            # never holds a full one, so its peak says little
            print(
                f"(the small corpus has {small_articles} articles, under 2 batches of {batch}: "
                "raise BENCH_WORDS for a fair memory comparison)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
