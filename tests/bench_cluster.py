"""Dask's cost: a LocalCluster of 2 single-threaded workers against ``--jobs 2`` on the same
corpus (``make bench``; the target: the cluster reaches at least 0.9 of the throughput).

Two workloads: long political news (PolNeAR train, when ``../shared/eval`` is there) and
short articles (the seed's paragraphs, one article each). Each command is a fresh process,
timed wall to wall (start-up, pipeline loads and the cluster's start included), alternating,
the fastest of ``BENCH_ROUNDS`` (default 2). The cluster run writes a folder, whose manifest
gives each task's time on its worker: the per-task overhead is the workers' time not spent
in tasks, shared out over the tasks. Outputs are compared byte for byte.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
POLNEAR_TRAIN = os.path.join(HERE, "..", "..", "shared", "eval", "polnear-train.jsonl")
WORKERS = 2


def _short_articles(path: str, copies: int) -> None:
    (seed,) = glob.glob(os.path.join(HERE, "..", "seeds", "*.txt"))
    with open(seed, encoding="utf-8") as handle:
        paragraphs = [paragraph for paragraph in handle.read().split("\n\n") if len(paragraph) > 200]
    with open(path, "w", encoding="utf-8") as out:
        for number in range(copies):
            text = paragraphs[number % len(paragraphs)]
            out.write(json.dumps({"id": f"short-{number}", "text": text}) + "\n")


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _bench(name: str, corpus: str, folder: str, rounds: int) -> float:
    articles = sum(1 for line in open(corpus, "rb") if line.strip())
    megabytes = os.path.getsize(corpus) / 1e6
    local_out = os.path.join(folder, f"{name}-local.jsonl")
    parts = os.path.join(folder, f"{name}-parts")
    quotex = [sys.executable, "-m", "quotex", "extract", corpus, "-q"]
    jobs_times, cluster_runs = [], []
    for _ in range(rounds):
        jobs_times.append(_timed([*quotex, "--jobs", str(WORKERS), "-o", local_out]))
        subprocess.run(["rm", "-rf", parts], check=True)
        seconds = _timed([*quotex, "--scheduler", f"local:{WORKERS}", "-o", parts + "/"])
        with open(os.path.join(parts, "_quotex_manifest.json"), encoding="utf-8") as handle:
            cluster_runs.append((seconds, json.load(handle)))
    cluster_best, manifest = min(cluster_runs, key=lambda run: run[0])
    gathered = b"".join(open(path, "rb").read() for path in sorted(glob.glob(os.path.join(parts, "part-*.jsonl"))))
    same = gathered == open(local_out, "rb").read()
    jobs_best = min(jobs_times)
    tasks = manifest["partitions"]
    busy = sum(task["seconds"] for task in tasks)
    overhead = (cluster_best * WORKERS - busy) / len(tasks)
    sizes = sorted(task["articles"] for task in tasks)
    print(f"{name}: {articles} articles, {megabytes:.1f} MB; records identical: {same}")
    print(f"  --jobs {WORKERS}:              {jobs_best:7.1f} s  {articles / jobs_best:6.1f} articles/s")
    print(f"  --scheduler local:{WORKERS}:     {cluster_best:7.1f} s  {articles / cluster_best:6.1f} articles/s")
    print(f"  cluster / jobs throughput: {jobs_best / cluster_best:.2f} (target >= 0.90)")
    print(
        f"  {len(tasks)} tasks of {sizes[0]}-{sizes[-1]} articles (median {sizes[len(sizes) // 2]}), "
        f"{busy / len(tasks):.2f} s each on a worker; workers idle {overhead:.2f} s per task "
        "(start-up and pipeline loads included)"
    )
    return jobs_best / cluster_best


def main() -> None:
    rounds = int(os.environ.get("BENCH_ROUNDS", "2"))
    processor = "unknown processor"
    if os.path.exists("/proc/cpuinfo"):
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                processor = line.split(":", 1)[1].strip()
                break
    print(f"cluster bench on {processor}, {os.cpu_count()} cores, {WORKERS} workers")
    with tempfile.TemporaryDirectory() as folder:
        short = os.path.join(folder, "short.jsonl")
        _short_articles(short, 6000)
        workloads = {"short articles (seed paragraphs)": short}
        if os.path.exists(POLNEAR_TRAIN):
            workloads = {"PolNeAR train (long news)": POLNEAR_TRAIN, **workloads}
        for name, corpus in workloads.items():
            _bench(name.split(" (")[0].replace(" ", "-"), corpus, folder, rounds)
        one = os.path.join(folder, "one.jsonl")
        _short_articles(one, 1)
        quotex = [sys.executable, "-m", "quotex", "extract", one, "-q", "-o", os.path.join(folder, "one-out.jsonl")]
        jobs = min(_timed([*quotex, "--jobs", str(WORKERS)]) for _ in range(rounds + 1))
        cluster = min(_timed([*quotex, "--scheduler", f"local:{WORKERS}"]) for _ in range(rounds + 1))
        print(
            f"start-up (one article, wall): --jobs {WORKERS} {jobs:.1f} s, --scheduler local:{WORKERS} {cluster:.1f} s"
        )


if __name__ == "__main__":
    main()
