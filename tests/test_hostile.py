"""Hostile input and faults: never a traceback, never a hang, never a poisoned terminal, and
finished work survives any death. Each test writes the hostile case it guards."""

import json
import os
import pty
import resource
import select
import signal
import subprocess
import sys
import time

import orjson
import pytest
from click.testing import CliRunner

from quotex.cli import cli
from quotex.errors import ExitCode

STORY = "“The bridge will open in May,” Mayor Ann Lee said on Tuesday in Springfield.\n"
# the control sequences an article could hide: clear screen, cursor home, window title,
# clipboard (OSC 52), hyperlink (OSC 8), bell, a C1 CSI, a right-to-left override
SEQUENCES = (
    "\x1b[2J",
    "\x1b[H",
    "\x1b]0;owned\x07",
    "\x1b]52;c;aGk=\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x9b31m",
    "\u202e",
)


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def quotex_process(*args, **kwargs):
    """quotex in a process of its own, as a user runs it."""
    return subprocess.Popen([sys.executable, "-m", "quotex", *args], **kwargs)


def hostile_record(tmp_path):
    text = "“We will rebuild " + SEQUENCES[0] + "the bridge,” Ann " + SEQUENCES[2] + "Lee said on Tuesday. "
    text += "The council met. " * 10 + "It was " + "".join(SEQUENCES[3:]) + " over."
    path = tmp_path / "hostile.jsonl"
    record = {"id": "story" + SEQUENCES[1], "title": "Title" + SEQUENCES[4], "text": text}
    path.write_text(json.dumps(record) + "\n")
    return path


def read_pty(process, fd, seconds=120):
    output = b""
    deadline = time.time() + seconds
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=30)
    return output.decode("utf-8", "replace")


@pytest.mark.model
def test_control_sequences_from_an_article_reach_a_real_terminal_only_escaped(tmp_path, nlp):
    path = hostile_record(tmp_path)
    main, child = pty.openpty()
    process = quotex_process("extract", str(path), "--format", "pretty", stdout=child, stderr=child, stdin=child)
    os.close(child)
    shown = read_pty(process, main)
    os.close(main)
    assert process.returncode == 0
    for sequence in SEQUENCES:
        assert sequence not in shown, repr(sequence)
    assert "\\x1b]0;owned\\x07" in shown  # the speaker's name, escaped
    assert "\\x1b]8;;http://x" in shown  # the title


def test_a_file_name_with_control_sequences_is_escaped_on_stderr(tmp_path):
    name = tmp_path / ("bad" + "\x1b]0;owned\x07" + ".txt")
    name.write_bytes(b"\x00\x01\x02\x03" * 100)  # binary: an error line names it
    result = run("extract", str(name))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "\x1b" not in result.stderr and "\\x1b]0;owned\\x07" in result.stderr


@pytest.mark.model
def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run("extract", str(story), "-o", str(story))
    assert result.exit_code == ExitCode.USAGE
    assert story.read_text() == STORY


@pytest.mark.model
def test_output_to_a_device_writes_through_it(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run("extract", str(story), "-o", os.devnull)
    assert result.exit_code == 0
    assert not os.path.isfile(os.devnull)  # still the device, not a file renamed over it


@pytest.mark.model
def test_output_through_a_symbolic_link_keeps_the_link(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("")
    link.symlink_to(target)
    assert run("extract", str(story), "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert orjson.loads(target.read_bytes())["id"] == "story"


@pytest.mark.model
def test_output_files_get_the_usual_mode(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    out = tmp_path / "out.jsonl"
    umask = os.umask(0o022)
    os.umask(umask)
    assert run("extract", str(story), "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.model
def test_a_read_only_output_file_is_refused_and_left_as_it_was(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    out = tmp_path / "out.jsonl"
    out.write_text("earlier\n")
    out.chmod(0o444)
    if os.access(out, os.W_OK):  # root writes anyway: make it immutable another way
        pytest.skip("running as root: a read-only mode does not stop writes")
    result = run("extract", str(story), "-o", str(out))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert out.read_text() == "earlier\n"


def articles(folder, count, paragraphs=3):
    folder.mkdir(exist_ok=True)
    for index in range(count):
        (folder / f"{index:03d}.txt").write_text(f"“Story {index} is here,” Tom Hart said.\n" * paragraphs)


def wait_for_lines(path, count, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline and process.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.model
@pytest.mark.parametrize(
    "stop, jobs", [(signal.SIGKILL, "1"), (signal.SIGTERM, "1"), (signal.SIGHUP, "1"), (signal.SIGTERM, "2")]
)
def test_finished_work_survives_a_killed_run_and_resume_completes_it(tmp_path, nlp, stop, jobs):
    folder = tmp_path / "in"
    articles(folder, 40, paragraphs=60)  # long enough that the run is still going when stopped
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    process = quotex_process(
        "extract", str(folder), "-o", str(out), "--jobs", jobs, "--batch-size", "1", "-q", stderr=subprocess.PIPE
    )
    assert wait_for_lines(partial, 3, process)
    workers = [pid for child in worker_pids(process.pid) for pid in [child, *worker_pids(child)]]
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    expected = {signal.SIGKILL: -9, signal.SIGTERM: ExitCode.TERMINATED, signal.SIGHUP: ExitCode.HANGUP}[stop]
    assert process.returncode == expected
    assert b"Traceback" not in stderr
    kept = partial.read_bytes().splitlines(keepends=True)
    assert kept and all(orjson.loads(line) for line in kept if line.endswith(b"\n"))
    assert not any(name.name.startswith(".quotex-") for name in tmp_path.iterdir())
    assert run("extract", str(folder), "-o", str(out), "--resume", "--jobs", "1").exit_code == 0
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert ids == [f"{index:03d}" for index in range(40)]  # none lost, none twice
    assert not partial.exists()
    if stop != signal.SIGKILL:  # the workers were stopped with the run
        time.sleep(1)
        assert not [pid for pid in workers if alive(pid)]


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def worker_pids(parent):
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                children.append(int(entry))
    return children


@pytest.mark.model
def test_a_killed_worker_is_noticed_and_its_articles_are_not_lost(tmp_path, nlp):
    folder = tmp_path / "in"
    articles(folder, 60)
    out = tmp_path / "out.jsonl"
    process = quotex_process(
        "extract", str(folder), "-o", str(out), "--jobs", "2", "--batch-size", "2", "-q", stderr=subprocess.PIPE
    )
    assert wait_for_lines(tmp_path / "out.jsonl.partial", 4, process)
    # the pool's workers are children of the parent (a forkserver's children are the workers)
    pids = [pid for child in worker_pids(process.pid) for pid in [child, *worker_pids(child)]]
    victims = [pid for pid in pids if worker_pids(pid) == []]
    assert victims
    os.kill(victims[-1], signal.SIGKILL)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert ids == [f"{index:03d}" for index in range(60)]


def _die():
    os._exit(1)


def test_a_pool_that_broke_between_results_fails_the_next_chunk_instead_of_the_run():
    # a worker killed after one result was read and before the next chunk is handed out:
    # the pool refuses new work, which must reach the reader as that chunk's failure
    # (where the pool is replaced), not escape the run as a traceback
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from quotex.api import WorkerSettings, _Workers

    workers = _Workers(1, WorkerSettings(None, 2, False, (), 10.0))
    workers.pool = ProcessPoolExecutor(1, mp_context=workers.context)  # no pipeline to load
    try:
        with pytest.raises(BrokenProcessPool):
            workers.pool.submit(_die).result(timeout=60)
        failed = workers.submit([])
        with pytest.raises(BrokenProcessPool):
            failed.result(timeout=0)
    finally:
        workers.stop()


@pytest.mark.model
def test_a_file_size_limit_ends_the_run_with_a_message_and_complete_lines(tmp_path, nlp):
    folder = tmp_path / "in"
    articles(folder, 30)
    out = tmp_path / "out.jsonl"

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))

    process = quotex_process(
        "extract", str(folder), "-o", str(out), "--jobs", "1", "-q", stderr=subprocess.PIPE, preexec_fn=limit
    )
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == ExitCode.INPUT_FAILED
    assert b"cannot write" in stderr and b"Traceback" not in stderr
    assert not out.exists()
    kept = (tmp_path / "out.jsonl.partial").read_bytes()
    assert kept.endswith(b"\n") and all(orjson.loads(line) for line in kept.splitlines())


@pytest.mark.model
def test_stdout_on_a_full_device_ends_the_run_with_a_message(tmp_path, nlp):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with open("/dev/full", "wb") as full:
        process = quotex_process("extract", str(story), "--format", "jsonl", stdout=full, stderr=subprocess.PIPE)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.INPUT_FAILED
    assert b"cannot write to standard output" in stderr and b"Traceback" not in stderr


@pytest.mark.model
def test_pretty_output_into_a_closed_pipe_ends_quietly(tmp_path, nlp):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(STORY * 30)
    process = quotex_process(
        "extract", str(tmp_path), "--format", "pretty", stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert b"Traceback" not in stderr


@pytest.mark.model
def test_file_names_that_are_not_utf8_are_reported_and_read(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(STORY.encode())
    for target in (str(folder), os.fsdecode(bad)):
        result = run("extract", target, "--format", "jsonl")
        assert result.exit_code == 0
        record = orjson.loads(result.stdout)
        assert record["path"].endswith("caf\\xe9.txt") and record["id"] == "caf\\xe9"
        assert "not valid UTF-8" in result.stderr


def test_only_regular_files_are_read_from_folders_and_a_fifo_never_hangs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    result = run("extract", str(folder))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "pipe.txt: not a regular file (a FIFO)" in result.stderr


def test_an_endless_device_named_explicitly_is_reported(tmp_path):
    result = run("extract", "/dev/zero", "--max-chars", "1000")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "/dev/zero: more than 4,000 bytes" in result.stderr


def test_a_path_longer_than_the_system_allows_is_reported():
    result = run("extract", "x" * 5000 + ".txt")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "too long" in result.stderr


def test_an_unreadable_sub_folder_is_reported_and_the_rest_read(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        result = run("extract", str(tmp_path))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "cannot read this folder" in result.stderr


def test_a_file_of_zero_width_spaces_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\u200b\u200b\u200b\n")
    result = run("extract", str(path))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "empty" in result.stderr


@pytest.mark.model
def test_an_article_over_the_pipelines_length_limit_is_read_when_max_chars_allows_it(tmp_path, nlp):
    from quotex.api import process_sources
    from quotex.readers import Source

    text = STORY * 20
    limit = nlp.max_length
    nlp.max_length = len(text) // 2
    try:
        results = list(process_sources(nlp, [Source("long", None, text), Source("short", None, STORY)]))
    finally:
        nlp.max_length = max(limit, nlp.max_length)
    assert [type(result).__name__ for result in results] == ["Article", "Article"]


def test_a_pipeline_failing_on_one_article_loses_only_that_one():
    from quotex.api import process_sources
    from quotex.errors import InputError
    from quotex.readers import Source

    class FailsOnPoison:
        """A pipeline double: fails on any text holding 'poison', whether batched or alone."""

        max_length = 10**6

        def pipe(self, items, as_tuples, batch_size):
            items = list(items)
            if any("poison" in text for text, _ in items):
                raise ValueError("poisoned batch")
            return [(None, item) for _, item in items]

        def __call__(self, text):
            raise ValueError("poisoned article")

    sources = [Source("good", None, "fine"), Source("bad", None, "poison"), Source("good2", None, "fine")]
    results = list(process_sources(FailsOnPoison(), sources, article_timeout=0))
    assert isinstance(results[1], InputError) and "poisoned article" in str(results[1])
    assert [isinstance(result, InputError) for result in results] == [True, True, True]  # no Doc: nothing extracts


@pytest.mark.model
def test_extraction_over_its_time_limit_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch, nlp):
    from quotex import api
    from quotex.errors import InputError
    from quotex.readers import Source

    real = api.extract_article

    def slow(doc, source, **kwargs):
        if source.id == "slow":
            time.sleep(5)
        return real(doc, source, **kwargs)

    monkeypatch.setattr(api, "extract_article", slow)
    sources = [Source("slow", None, STORY), Source("quick", None, STORY)]
    results = list(api.process_sources(nlp, sources, article_timeout=0.5))
    assert isinstance(results[0], InputError) and "--article-timeout" in str(results[0])
    assert results[1].id == "quick"


@pytest.mark.parametrize(
    "data, text",
    [
        (
            "Café “quoted” and a stray byte: ".encode() + b"\xff" + b" here.",
            "Café “quoted” and a stray byte: \ufffd here.",
        ),
        ("Odd length".encode("utf-16") + b"x", "Odd length\ufffd"),
        ("Four bytes a letter".encode("utf-32"), "Four bytes a letter"),
        ("Caf\xe9 au lait".encode("cp1252"), "Café au lait"),
    ],
)
def test_text_is_decoded_leniently_and_what_was_replaced_is_counted(data, text):
    from quotex.decoding import decode_bytes

    decoded = decode_bytes(data, "f.txt")
    assert decoded.text == text
    assert (decoded.warning() is not None) == ("\ufffd" in text)


@pytest.mark.model
def test_html_with_a_declared_charset_and_html_without_tags(tmp_path, nlp):
    page = tmp_path / "page.html"
    body = '<p>"Gdańsk will open the bridge in May and the road in June," Mayor Ann Lee said on Tuesday.</p>' * 3
    page.write_bytes(f'<html><head><meta charset="iso-8859-2"></head><body>{body}</body></html>'.encode("iso-8859-2"))
    record = orjson.loads(run("extract", str(page), "--format", "jsonl").stdout)
    assert "Gdańsk" in record["quotes"][0]["text"]
    bare = tmp_path / "bare.html"
    bare.write_text("“We will open the bridge in May,” Mayor Ann Lee said on Tuesday.\n")
    result = run("extract", str(bare), "--format", "jsonl")
    assert result.exit_code == 0 and orjson.loads(result.stdout)["quotes"]


def test_jsonl_with_bom_cr_line_ends_constants_big_ids_surrogates_and_deep_meta(tmp_path):
    from quotex.readers import ReadOptions, Source, read_sources

    deep: dict = {}
    node = deep
    for _ in range(300):
        node["x"] = {}
        node = node["x"]
    lines = [
        '{"id": 123456789012345678901234567890, "text": "One.", "score": NaN}',
        '{"id": "b", "text": "Two \\ud800 here.", "big": 1e400}',
        json.dumps({"id": "c", "text": "Three.", "meta": deep}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\r".join(lines).encode() + b"\r")
    heard = []
    sources = list(read_sources([str(path)], options=ReadOptions(), on_warning=heard.append))
    assert all(isinstance(source, Source) for source in sources)
    assert [source.id for source in sources] == ["123456789012345678901234567890", "b", "c"]
    assert sources[0].meta["score"] is None and sources[1].text == "Two \ufffd here."
    orjson.dumps(sources[2].meta)  # writable
    assert {warning.source for warning in heard} == {f"{path}:1", f"{path}:2", f"{path}:3"}


@pytest.mark.model
@pytest.mark.parametrize(
    "data, expected",
    [
        (b'{"id": "piped", "text": "\\u201cWe will win,\\u201d Ann Lee said."}\n', "piped"),
        (
            b"<html><body><p>\xe2\x80\x9cWe will win the vote,\xe2\x80\x9d Mayor Ann Lee said on Monday.</p></body></html>",
            "stdin",
        ),
    ],
)
def test_jsonl_and_html_on_stdin_are_recognised(nlp, data, expected):
    result = run("extract", "-", "--format", "jsonl", input=data)
    assert result.exit_code == 0
    record = orjson.loads(result.stdout)
    assert record["id"] == expected and "<" not in record["quotes"][0]["text"]


@pytest.mark.model
def test_term_offsets_give_the_terms_text(extract):
    text = "She watched “Morning Joe” on Tuesday.\n\nThe bridge, a “temporary” fix from 1970, is open.\n\n“Yes.”"
    article = extract(text)
    assert {term.reason for term in article.terms} == {"title_or_name", "scare_quote", "short_unattributed"}
    for term in article.terms:
        assert text[term.start : term.end] == term.text


@pytest.mark.model
def test_an_article_far_longer_than_any_story_is_parsed_in_pieces_with_offsets_into_the_whole(nlp):
    from quotex.api import process_sources
    from quotex.pipeline import LONG_ARTICLE_CHARS
    from quotex.readers import Source

    paragraph = "“The bridge will open in May,” Mayor Ann Lee said on Tuesday.\n"
    text = paragraph * (LONG_ARTICLE_CHARS // len(paragraph) + 20)
    (article,) = list(process_sources(nlp, [Source("long", None, text)]))
    assert len(article.quotes) == text.count("\n")
    for quote in article.quotes:
        assert text[quote.start : quote.end].startswith("“") and quote.speaker.name == "Ann Lee"


def test_the_pieces_of_a_very_long_article_go_through_the_pipeline_in_batches_under_the_character_budget():
    import spacy

    from quotex.pipeline import BATCH_CHARS, LONG_ARTICLE_CHARS, parse_in_pieces

    class CountingPipeline:
        """A blank English pipeline that records the batches it is given."""

        def __init__(self):
            self.blank, self.batches = spacy.blank("en"), []

        def pipe(self, texts, batch_size):
            texts = list(texts)
            for start in range(0, len(texts), batch_size):
                self.batches.append(texts[start : start + batch_size])
            return self.blank.pipe(texts)

    text = "The council met on Tuesday and voted on the bridge.\n" * (3 * LONG_ARTICLE_CHARS // 50)
    nlp = CountingPipeline()
    doc = parse_in_pieces(nlp, text, batch_size=64)
    assert doc.text == text and len(nlp.batches) > 1
    # each batch under the budget, but for a lone piece over it
    assert all(len(batch) == 1 or sum(map(len, batch)) <= BATCH_CHARS for batch in nlp.batches)
