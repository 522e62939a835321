"""Every supported Python's spaCy stack: the same analyses, and the speed of each (``make stacks``).

quotex pins a spaCy stack per Python version (setup.cfg): spaCy 3.7.5 where it has wheels,
3.8 on the Pythons it does not. The weights are the same (en_core_web_sm 3.8.0), so the
analyses must be too. For each virtualenv given (``.venv`` and the ``.venv-3.X`` that
``make stacks`` builds), this script

1. dumps every token's tag, part of speech, morphology, lemma, dependency, head and entity,
   and quotex's own output, for the articles of a JSON lines file (PolNeAR dev when it is
   there, else the seed and a synthetic corpus), and says whether each stack's dump is
   byte-identical to the first's;
2. times ``quotex extract --jobs 1`` and raw ``nlp.pipe`` on a synthetic corpus, each stack in
   turn, ``BENCH_ROUNDS`` rounds (default 5 of ``BENCH_WORDS`` = 100,000 words: on a shared
   machine one round moves by 10 %, so the fastest of many short rounds compares stacks
   better than a few long ones), and reports words per second (fastest round) and the ratio
   to the fastest stack, in wall time and in CPU seconds (which a busy neighbour on a shared
   machine disturbs less).

    python tests/bench_stacks.py .venv .venv-3.13 [--articles FILE.jsonl]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bench import RAW_SCRIPT, build_corpus  # noqa: E402

DUMP_SCRIPT = """
import sys, orjson
from quotex.pipeline import load_pipeline
source, target = sys.argv[1], sys.argv[2]
nlp = load_pipeline()
texts = []
for line in open(source, "rb"):
    record = orjson.loads(line)
    texts.append(record.get("text") or "")
with open(target, "wb") as out:
    for doc in nlp.pipe(texts, batch_size=16):
        for token in doc:
            out.write(
                f"{token.i}\\t{token.text!r}\\t{token.tag_}\\t{token.pos_}\\t{token.morph}\\t{token.lemma_}\\t"
                f"{token.dep_}\\t{token.head.i}\\t{token.ent_iob_}{token.ent_type_}\\n".encode()
            )
        out.write(b"--\\n")
"""

VERSIONS_SCRIPT = """
import sys, importlib.metadata as m
print(sys.version.split()[0], *(f"{p} {m.version(p)}" for p in ("spacy", "thinc", "blis", "numpy")), sep=" / ")
"""


def python_of(venv: str) -> str:
    return os.path.join(venv, "bin", "python")


def run(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the command's processes) of one run."""
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("venvs", nargs="+")
    parser.add_argument("--articles", help="JSON lines with a text field (default: PolNeAR dev if present)")
    arguments = parser.parse_args()
    rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    words = int(os.environ.get("BENCH_WORDS", "100000"))
    venvs = [venv for venv in arguments.venvs if os.path.exists(python_of(venv))]
    stacks = {venv: run([python_of(venv), "-c", VERSIONS_SCRIPT]).strip() for venv in venvs}
    for venv in venvs:
        print(f"{venv:14} {stacks[venv]}")
    with tempfile.TemporaryDirectory(prefix="quotex-stacks-") as work:
        corpus = os.path.join(work, "corpus")
        total = build_corpus(corpus, words)
        articles = arguments.articles or os.path.join(HERE, "..", "..", "shared", "eval", "polnear-dev.jsonl")
        if not os.path.exists(articles):
            articles = os.path.join(work, "articles.jsonl")
            import orjson

            with open(articles, "wb") as out:
                for name in sorted(os.listdir(corpus))[:200]:
                    text = open(os.path.join(corpus, name), encoding="utf-8").read()
                    out.write(orjson.dumps({"id": name, "text": text}) + b"\n")
        print(
            f"\nsame analyses on {os.path.basename(articles)} (tokens: tag, pos, morph, lemma, dep, head, entity; quotex output):"
        )
        first_dump = first_output = None
        for venv in venvs:
            dump, output = (
                os.path.join(work, f"{os.path.basename(venv)}.tsv"),
                os.path.join(work, f"{os.path.basename(venv)}.jsonl"),
            )
            run([python_of(venv), "-c", DUMP_SCRIPT, articles, dump])
            run([python_of(venv), "-m", "quotex", "extract", articles, "--quiet", "-o", output])
            tokens = sum(1 for line in open(dump, "rb") if line != b"--\n")
            if first_dump is None:
                first_dump, first_output = dump, output
                print(f"  {venv:14} {tokens:,} tokens (reference)")
                continue
            same_tokens = open(dump, "rb").read() == open(first_dump, "rb").read()
            same_output = open(output, "rb").read() == open(first_output, "rb").read()
            print(
                f"  {venv:14} {tokens:,} tokens: analyses {'identical' if same_tokens else 'DIFFER'}, quotex output {'identical' if same_output else 'DIFFERS'}"
            )
        print(f"\nspeed on {total:,} words, one process, one BLAS thread, fastest of {rounds} rounds (stacks in turn):")
        best: dict[tuple[str, str], float] = {}
        best_cpu: dict[tuple[str, str], float] = {}
        for _ in range(rounds):
            for venv in venvs:
                python = python_of(venv)
                for label, command in (
                    (
                        "quotex extract",
                        [python, "-m", "quotex", "extract", "--quiet", "--format", "jsonl", "--jobs", "1", corpus],
                    ),
                    ("raw nlp.pipe", [python, "-c", RAW_SCRIPT, corpus, "64", "blis"]),
                ):
                    seconds, cpu = timed(command)
                    best[venv, label] = min(best.get((venv, label), seconds), seconds)
                    best_cpu[venv, label] = min(best_cpu.get((venv, label), cpu), cpu)
        for label in ("quotex extract", "raw nlp.pipe"):
            fastest = min(best[venv, label] for venv in venvs)
            fastest_cpu = min(best_cpu[venv, label] for venv in venvs)
            for venv in venvs:
                seconds, cpu = best[venv, label], best_cpu[venv, label]
                print(
                    f"  {label:15} {venv:14} {total / seconds:9,.0f} words/s  {fastest / seconds:5.2f} of the fastest"
                    f"  | CPU {cpu:6.2f} s  {fastest_cpu / cpu:5.2f} of the fastest"
                )
        print(f"\n{os.cpu_count()} cores; {_processor()}")


def _processor() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "processor unknown"


if __name__ == "__main__":
    main()
