"""Start-up: ``quotex extract`` on a one-sentence file against ``spacy.load`` and one document
with the same pipeline (``make bench``; the target: within 0.5 s).

Each command is a fresh process, timed wall to wall, alternating, the fastest of
``BENCH_ROUNDS`` (default 7) rounds: what is left is what quotex adds (its imports, the
speed-ups, the gazetteer and first names an article needs).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

SPACY_SCRIPT = """
import sys, spacy
from quotex.pipeline import default_model_name
nlp = spacy.load(default_model_name())
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    rounds = int(os.environ.get("BENCH_ROUNDS", "7"))
    with tempfile.TemporaryDirectory() as folder:
        article = os.path.join(folder, "one.txt")
        with open(article, "w", encoding="utf-8") as out:
            out.write("“We will rebuild the bridge,” Mayor Ann Lee of Springfield said on Monday.\n")
        commands = {
            "spacy.load + one doc": [sys.executable, "-c", SPACY_SCRIPT, article],
            "quotex extract one.txt": [sys.executable, "-m", "quotex", "extract", article, "--quiet", "-o", os.devnull],
            "quotex --version": [sys.executable, "-m", "quotex", "--version"],
        }
        best = {name: float("inf") for name in commands}
        for _ in range(rounds):  # alternating, so that a busy moment falls on all of them
            for name, command in commands.items():
                best[name] = min(best[name], timed(command))
    for name, seconds in best.items():
        print(f"{name:28} {seconds:6.2f} s")
    added = best["quotex extract one.txt"] - best["spacy.load + one doc"]
    print(f"quotex adds {added:.2f} s to spaCy's own start (target: at most 0.5 s); fastest of {rounds} rounds")


if __name__ == "__main__":
    main()
