"""Time on pathological articles grows linearly: each pattern at growing sizes, one process,
one BLAS thread. Prints parse and extraction seconds per size, the growth per doubling (the
target: at most 2.5x) and the whole time for the largest size.

    BENCH_HOSTILE_SIZES=250000,500000,1000000 python tests/bench_hostile.py
"""

from __future__ import annotations

import itertools
import math
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


PATTERNS = {
    "a quote mark per word": lambda n: repeat('“alpha ‘beta "gamma ', n),
    "quote and attribution": lambda n: repeat("“alpha,” he said. ", n),
    "control separators": lambda n: repeat("Ann Lee said it\x1cwas \x1dfine\x85 and \x1eso ", n),
    "CR-only line ends": lambda n: repeat("“We will rebuild the bridge,” Ann Lee said.\r", n),
    "transcript labels": lambda n: repeat("ANN LEE: We will rebuild the bridge.\nTOM HART: And the road?\n", n),
    "one long sentence": lambda n: repeat("the mayor said “yes” and Ann Lee told them she would ", n),
    "pronoun chains": lambda n: repeat(
        "Ann Lee spoke. “Yes,” she said. Tom Hart spoke. “No,” he said. He said she lied. ", n
    ),
    "Ann Lee said it.": lambda n: repeat("Ann Lee said it. ", n),
    "a run of marks": lambda n: "“" * n,
    "a run of punctuation": lambda n: repeat("a.b,c;d:", n),
}


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from quotex.api import process_sources
    from quotex.extract import extract_article
    from quotex.pipeline import LONG_ARTICLE_CHARS, load_pipeline_on_one_core, parse_in_pieces
    from quotex.readers import Source

    sizes = [int(size) for size in os.environ.get("BENCH_HOSTILE_SIZES", "250000,500000,1000000").split(",")]
    nlp = load_pipeline_on_one_core()
    list(process_sources(nlp, [Source("warm", None, "“Warm up,” Ann Lee said in Springfield.")]))
    print(f"{'pattern':<24}" + "".join(f"{size // 1000:>9} KB" for size in sizes) + "    mean  worst  whole, largest")
    for name, make in PATTERNS.items():
        parse_times, extract_times = [], []
        for size in sizes:
            text = make(size)
            nlp.max_length = max(nlp.max_length, len(text) + 1)
            start = time.perf_counter()
            doc = parse_in_pieces(nlp, text) if len(text) > LONG_ARTICLE_CHARS else nlp(text)
            parsed = time.perf_counter()
            extract_article(doc, Source(name, None, text))
            done = time.perf_counter()
            parse_times.append(parsed - start)
            extract_times.append(done - parsed)
        steps = [later / max(earlier, 0.01) for earlier, later in itertools.pairwise(extract_times)]
        doublings = math.log2(sizes[-1] / sizes[0])
        mean = (extract_times[-1] / max(extract_times[0], 0.01)) ** (1 / doublings) if doublings else 1.0
        cells = "".join(f"{extract:>12.2f}" for extract in extract_times)
        whole = parse_times[-1] + extract_times[-1]
        print(
            f"{name:<24}{cells}   {mean:>5.2f}x {max(steps, default=1.0):>5.2f}x  {whole:>6.1f} s "
            f"(parse {parse_times[-1]:.1f})",
            flush=True,
        )
    print(
        "extraction seconds after the parse; growth per doubling of size: over the whole range, "
        "and the largest single step (noisy below a few seconds on a shared machine)"
    )


if __name__ == "__main__":
    main()
