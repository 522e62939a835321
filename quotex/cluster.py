"""The same extraction on a Dask cluster: inputs cut into partitions, one task each.

The client (this process) walks the inputs and cuts them into partitions of about
``partition_size`` articles: text and HTML files in groups, JSONL files in blocks of lines,
web archives in groups of pages. A worker reads what its partition names (a file, a byte
range of an uncompressed JSONL file, through fsspec for URLs) or is handed it (the lines of a
compressed file or of stdin, the pages of an archive, which cannot be read from the middle),
runs the pipeline it loaded once and keeps, and either returns the JSONL bytes (``-o
FILE.jsonl`` or stdout: gathered here in input order) or writes them as the partition's own
part file (``-o FOLDER/``), atomically, so a part file is there whole or not at all.

Faults: a worker that dies mid-task costs a retry (Dask's scheduler runs the task again
elsewhere); since a task's output is either returned once or written under one name, no
article is lost or written twice. The folder's manifest says which partitions are done, and
``--resume`` redoes only the others. Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import io
import os
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson

from quotex.errors import InputError, InputWarning, OutputError, QuotexError
from quotex.readers import (
    STDIN,
    ReadOptions,
    Source,
    SourceOrError,
    byte_limit,
    format_of,
    page_source,
    read_failure,
    read_jsonl_lines,
    read_path,
    sniff,
    walk_paths,
)
from quotex.storage import (
    compression_of,
    is_temporary_name,
    is_url,
    join,
    names_in,
    open_input,
    open_raw,
    read_range,
    read_small,
    remove,
    size_of,
    write_atomically,
)
from quotex.warc import Page, warc_pages

if TYPE_CHECKING:
    from distributed import Client

# A task's input, by default: 128 KB of text is a few seconds of one core (news runs at about
# 40 KB/s a core), so Dask's overhead (milliseconds a task) stays small and the last tasks of a
# run leave workers idle only briefly, whether articles are long or short
PARTITION_BYTES = 128 << 10
MAX_PARTITION_ARTICLES = 1000
HTML_BYTES_PER_TEXT_BYTE = 10  # a saved page is mostly markup: it counts a tenth of its size
MANIFEST_NAME = "_quotex_manifest.json"
PART_NAME = "part-{:06d}.jsonl"
MANIFEST_EVERY_SECONDS = 10.0
# each worker thread has this many partitions waiting for it, so none idles between tasks
IN_FLIGHT_PER_THREAD = 2
LINE_BLOCK_READ = 1 << 20


# --- partitions ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sizing:
    """When a partition is full: at ``articles`` articles when given (``--partition-size``),
    else at ``PARTITION_BYTES`` of input or ``MAX_PARTITION_ARTICLES`` articles."""

    articles: int | None = None

    def full(self, count: int, size: int) -> bool:
        if self.articles is not None:
            return count >= self.articles
        return size >= PARTITION_BYTES or count >= MAX_PARTITION_ARTICLES


@dataclass(frozen=True, slots=True)
class JsonlBlock:
    """Lines of a JSONL file: a byte range the worker reads (``data`` None) or the lines
    themselves (a compressed file or stdin)."""

    label: str
    path: str | None
    start: int
    length: int
    first_line: int
    lines: int
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class PageBlock:
    """HTML responses of a web archive, read by the client (archives are read from the start)."""

    label: str
    pages: tuple[Page | InputError, ...]


Item = str | InputError | Source | JsonlBlock | PageBlock


@dataclass(frozen=True, slots=True)
class Partition:
    number: int
    items: tuple[Item, ...]

    @property
    def articles(self) -> int:
        """How many articles it holds (errors in place of articles included)."""
        return sum(
            item.lines if isinstance(item, JsonlBlock) else len(item.pages) if isinstance(item, PageBlock) else 1
            for item in self.items
        )

    def describe(self) -> str:
        """What it holds, for the manifest: 'a.jsonl lines 51-100', 'story.txt … zoo.txt'."""
        parts = []
        for item in self.items:
            if isinstance(item, JsonlBlock):
                parts.append(f"{item.label} lines {item.first_line}-{item.first_line + item.lines - 1}")
            elif isinstance(item, PageBlock):
                parts.append(f"{item.label}: {len(item.pages)} pages")
            elif isinstance(item, InputError):
                parts.append(item.source)
            elif isinstance(item, Source):
                parts.append(item.path or item.id)
            else:
                parts.append(item)
        return parts[0] if len(parts) == 1 else f"{parts[0]} … {parts[-1]} ({len(parts)} inputs)"


def partitions(
    paths: Iterable[str],
    *,
    size: int | None = None,
    glob: str | None = None,
    options: ReadOptions | None = None,
    exclude: Iterable[str] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[Partition]:
    """The inputs cut into partitions of `size` articles (default: about 128 KB of input
    each, see ``Sizing``), numbered in input order.

    The same inputs and size always give the same partitions (``--resume`` relies on it).
    Files are grouped; a JSONL file is cut into blocks of lines and an archive into groups of
    pages, each a partition of its own; errors met while walking stay in their place.
    """
    sizing = Sizing(size)
    options = options or ReadOptions()
    number = 0
    pending: list[Item] = []
    pending_bytes = 0

    def flush() -> Iterator[Partition]:
        nonlocal number, pending, pending_bytes
        if pending:
            yield Partition(number, tuple(pending))
            number += 1
            pending, pending_bytes = [], 0

    for path in walk_paths(paths, glob=glob, exclude=exclude):
        if isinstance(path, InputError):
            pending.append(path)
            continue
        fmt = options.input_format if options.input_format != "auto" or path == STDIN else format_of(path)
        if fmt not in ("jsonl", "warc") and path != STDIN:
            pending.append(path)
            pending_bytes += _text_bytes(path, fmt)
            if sizing.full(len(pending), pending_bytes):
                yield from flush()
            continue
        yield from flush()
        for block in _blocks(path, fmt, options, sizing, stdin):
            yield Partition(number, (block,))
            number += 1
    yield from flush()


def _text_bytes(path: str, fmt: str) -> int:
    """About how much text a file holds (its size; a tenth of it for a saved page)."""
    try:
        size = size_of(path)
    except (OSError, ValueError):
        return 0  # the worker reports it
    return size // HTML_BYTES_PER_TEXT_BYTE if fmt == "html" else size


def _blocks(
    path: str, fmt: str, options: ReadOptions, size: Sizing, stdin: BinaryIO | None
) -> Iterator[JsonlBlock | PageBlock | Source | InputError]:
    label = "<stdin>" if path == STDIN else path
    try:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            if fmt == "auto":
                fmt, stream = sniff(stream)
            if fmt == "jsonl":
                yield from _line_blocks(stream, label, None, size, keep_data=True)
            else:  # one article on stdin: read here, extracted there
                yield from read_path(STDIN, options=dataclasses.replace(options, input_format=fmt), stdin=stream)
            return
        if fmt == "warc":
            with open_raw(path) as raw:
                yield from _page_blocks(raw, label, size, byte_limit("html", options))
            return
        with open_input(path) as stream:  # a compressed file's lines travel to the workers
            yield from _line_blocks(stream, label, path, size, keep_data=compression_of(path) is not None)
    except _CutShort as cut:
        if cut.block is not None:
            yield cut.block
        yield InputError(label, read_failure(path, cut.error))
    except (OSError, EOFError) as error:
        yield InputError(label, read_failure(path, error))


def _line_blocks(
    stream: BinaryIO, label: str, path: str | None, size: Sizing, *, keep_data: bool
) -> Iterator[JsonlBlock]:
    """Blocks of lines as `size` says, cut only after a line feed; line numbers counted as the
    JSONL reader counts them (LF, CR LF or a lone CR ends a line)."""
    offset, first_line = 0, 1
    block = bytearray()
    feeds = 0
    while True:
        try:
            chunk = stream.read(LINE_BLOCK_READ)
        except (OSError, EOFError) as error:  # a damaged compressed file
            complete = bytes(block[: block.rfind(b"\n") + 1])  # as the reader: a torn last line is lost
            raise _CutShort(
                _line_block(label, path, offset, complete, first_line, keep_data) if complete else None, error
            ) from None
        if not chunk:
            break
        taken = search = 0  # chunk[:taken] is in blocks already; line feeds are looked for from search
        while (found := chunk.find(b"\n", search)) >= 0:
            search = found + 1
            feeds += 1
            if size.full(feeds, len(block) + search - taken):
                block += chunk[taken:search]
                taken = search
                yield _line_block(label, path, offset, bytes(block), first_line, keep_data)
                offset += len(block)
                first_line += _line_count(block)
                block.clear()
                feeds = 0
        block += chunk[taken:]
    if block:
        yield _line_block(label, path, offset, bytes(block), first_line, keep_data)


class _CutShort(Exception):
    """A compressed file is damaged partway: the complete lines read before stay a block."""

    def __init__(self, block: JsonlBlock | None, error: Exception) -> None:
        super().__init__(str(error))
        self.block, self.error = block, error


def _line_count(data: bytes | bytearray) -> int:
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") + (0 if data.endswith((b"\n", b"\r")) else 1)


def _line_block(label: str, path: str | None, offset: int, data: bytes, first_line: int, keep: bool) -> JsonlBlock:
    return JsonlBlock(label, path, offset, len(data), first_line, _line_count(data), data if keep else None)


def _page_blocks(raw: BinaryIO, label: str, size: Sizing, limit: int) -> Iterator[PageBlock]:
    pages: list[Page | InputError] = []
    page_bytes = 0
    for page in warc_pages(raw, label, limit):
        pages.append(page)
        page_bytes += len(page.html) // HTML_BYTES_PER_TEXT_BYTE if isinstance(page, Page) else 0
        if size.full(len(pages), page_bytes):
            yield PageBlock(label, tuple(pages))
            pages, page_bytes = [], 0
    if pages:
        yield PageBlock(label, tuple(pages))


# --- on a worker ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of a run needs: how to read, how to extract, where to write."""

    model: str
    read_options: ReadOptions
    batch_size: int
    include_text: bool
    labels: tuple[str, ...]
    article_timeout: float
    output_folder: str | None  # None: return the JSONL bytes to the client


@dataclass(frozen=True, slots=True)
class PartitionDone:
    """A finished partition, as a worker reports it."""

    number: int
    articles: int  # articles extracted
    errors: tuple[str, ...]  # inputs that failed, messages in input order
    warnings: tuple[str, ...]  # inputs read leniently
    lines: bytes | None  # the JSONL, when gathered by the client
    part: str | None  # the part file's name, when written by the worker
    seconds: float  # the task's time on its worker
    worker: str = ""


def extract_partition(partition: Partition, job: Job, done: Collection[tuple[str, str]] = ()) -> PartitionDone:
    """Run on a worker: the partition's articles extracted with the worker's pipeline (loaded
    once per process and kept), returned or written as its part file."""
    from quotex.api import process_sources, skip_done
    from quotex.pipeline import load_pipeline_on_one_core
    from quotex.writers import jsonl_line

    started = time.perf_counter()
    nlp = load_pipeline_on_one_core(job.model)  # cached: loaded by the worker's first task only
    warnings: list[str] = []
    sources: Iterable[SourceOrError] = _sources(partition, job.read_options, lambda w: warnings.append(str(w)))
    if done:
        sources = skip_done(sources, done)
    lines: list[bytes] = []
    errors: list[str] = []
    for result in process_sources(
        nlp,
        sources,
        batch_size=job.batch_size,
        include_text=job.include_text,
        labels=job.labels,
        article_timeout=job.article_timeout,
    ):
        if isinstance(result, InputError):
            errors.append(str(result))
        else:
            lines.append(jsonl_line(result))
    data = b"".join(lines)
    part = None
    if job.output_folder is not None:
        part = PART_NAME.format(partition.number)
        write_atomically(join(job.output_folder, part), data)
    return PartitionDone(
        partition.number,
        len(lines),
        tuple(errors),
        tuple(warnings),
        data if job.output_folder is None else None,
        part,
        time.perf_counter() - started,
        _worker_address(),
    )


def _worker_address() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return ""


def _sources(
    partition: Partition, options: ReadOptions, warn: Callable[[InputWarning], None]
) -> Iterator[SourceOrError]:
    for item in partition.items:
        if isinstance(item, InputError | Source):
            yield item
        elif isinstance(item, JsonlBlock):
            try:
                data = item.data if item.data is not None else read_range(item.path or "", item.start, item.length)
            except OSError as error:
                yield InputError(item.label, f"cannot read lines {item.first_line}-: {error.strerror or error}")
                continue
            yield from read_jsonl_lines(io.BytesIO(data), item.label, options, warn, first_line=item.first_line)
        elif isinstance(item, PageBlock):
            for page in item.pages:
                yield page if isinstance(page, InputError) else page_source(page, options, warn)
        else:
            try:
                yield from read_path(item, options=options, on_warning=warn)
            except InputError as error:
                yield error


# --- output folders ------------------------------------------------------------------------


def finished_parts(folder: str) -> set[int]:
    """The partitions whose part file is in `folder` (a part file is only ever there whole)."""
    numbers = set()
    for name in names_in(folder):
        if name.startswith("part-") and name.endswith(".jsonl") and name[5:-6].isdigit():
            numbers.add(int(name[5:-6]))
    return numbers


def prepare_folder(folder: str, run: dict[str, Any], *, resume: bool) -> tuple[set[int], dict[int, dict[str, Any]]]:
    """Make `folder` ready for a run: the partitions already done and their manifest entries
    (with `resume`), or nothing. A folder holding another run is never written over."""
    manifest_bytes = read_small(join(folder, MANIFEST_NAME))
    done = finished_parts(folder)
    if manifest_bytes is None and not done:
        if not is_url(folder):
            os.makedirs(folder, exist_ok=True)
        return set(), {}
    if not resume:
        raise QuotexError(
            f"{folder} holds the output of an earlier run: continue it with --resume, or write to an empty folder"
        )
    try:
        manifest = orjson.loads(manifest_bytes or b"{}")
    except orjson.JSONDecodeError:
        raise QuotexError(f"{join(folder, MANIFEST_NAME)}: not a quotex manifest (not JSON)") from None
    earlier = {key: manifest.get(key) for key in run}
    if manifest_bytes is not None and earlier != run:
        changed = ", ".join(key for key in run if earlier[key] != run[key])
        raise QuotexError(
            f"{folder} holds a run with other settings ({changed}): --resume continues the same run; "
            "write to another folder"
        )
    entries = {entry["number"]: entry for entry in manifest.get("partitions", []) if entry.get("number") in done}
    for name in names_in(folder):  # writes the killed run left unfinished
        if is_temporary_name(name):
            remove(join(folder, name))
    return done, entries


class Manifest:
    """The folder's ``_quotex_manifest.json``: the run's settings and, for each partition done,
    its part file, what it held, how many articles and which errors. Rewritten (atomically)
    every few seconds and when the run ends."""

    def __init__(self, folder: str, run: dict[str, Any], entries: dict[int, dict[str, Any]]) -> None:
        self.folder, self.run, self.entries = folder, run, dict(entries)
        self.written_at = 0.0

    def add(self, partition: Partition, outcome: PartitionDone) -> None:
        self.entries[outcome.number] = {
            "number": outcome.number,
            "part": outcome.part,
            "inputs": partition.describe(),
            "articles": outcome.articles,
            "errors": list(outcome.errors),
            "seconds": round(outcome.seconds, 3),
            "worker": outcome.worker,
        }
        if time.monotonic() - self.written_at > MANIFEST_EVERY_SECONDS:
            self.write("running")

    def add_found(self, partition: Partition) -> None:
        """A partition whose part file an earlier run wrote: recorded if that run was stopped
        before it said so (its errors were not kept; its articles are counted from the part)."""
        if partition.number in self.entries:
            return
        part = PART_NAME.format(partition.number)
        data = read_small(join(self.folder, part)) or b""
        self.entries[partition.number] = {
            "number": partition.number,
            "part": part,
            "inputs": partition.describe(),
            "articles": data.count(b"\n"),
            "errors": None,  # not known: the run that wrote the part was stopped first
        }

    def write(self, state: str, total: int | None = None) -> None:
        from quotex import __version__

        entries = [self.entries[number] for number in sorted(self.entries)]
        record = {
            **self.run,
            "quotex_version": __version__,
            "state": state,
            "partitions_done": len(entries),
            "partitions_total": total,
            "articles": sum(entry.get("articles") or 0 for entry in entries),
            "errors": sum(len(entry.get("errors") or ()) for entry in entries),
            "partitions": entries,
        }
        path = join(self.folder, MANIFEST_NAME)
        try:
            write_atomically(path, orjson.dumps(record, option=orjson.OPT_INDENT_2))
        except OSError as error:
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
        self.written_at = time.monotonic()


# --- the client ----------------------------------------------------------------------------


def connect(scheduler: str) -> tuple[Client, Any]:
    """A Dask client for ``tcp://HOST:PORT`` (a running scheduler) or ``local[:N]`` (a
    LocalCluster of N single-threaded worker processes, one per core by default), and the
    cluster it started (None for a scheduler address)."""
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise QuotexError("--scheduler needs Dask: pip install 'quotex[cluster]'")
    local = scheduler == "local" or scheduler.startswith("local:")
    settings: dict[str, Any] = {}
    if local:
        count = scheduler.partition(":")[2]
        if count and not count.isdigit() or count == "0":
            raise QuotexError(f"--scheduler {scheduler}: give local or local:N, N a number of workers")
        settings = _start_worker_processes_warm()  # first: its imports overlap Dask's start here
    import dask

    # Dask keeps the last 1,000 batches sent on each connection, for debugging, when under
    # 1 MB: a partition's lines are such a batch, so this process (the client, and a local
    # scheduler) grew by 400 MB over the first 3,000 partitions of a compressed dump
    dask.config.set({"distributed.admin.low-level-log-length": 0})
    from distributed import Client, LocalCluster

    if local:
        import logging

        with dask.config.set(settings):
            cluster = LocalCluster(
                n_workers=int(count) if count else (os.cpu_count() or 1),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as error:
        raise QuotexError(f"--scheduler {scheduler}: cannot reach the Dask scheduler: {error}") from None


# what a local worker process imports before its first task: distributed, spaCy and quotex
WORKER_PRELOAD = ("distributed", "spacy", "quotex.dask_worker", "quotex.cluster", "quotex.api", "quotex.writers")


def _start_worker_processes_warm() -> dict[str, str]:
    """Dask settings for a LocalCluster whose worker processes are forked from a server that
    has imported what they need, started now, so its imports run while this process starts
    the scheduler: each worker saves about 1.2 s of imports before its first task (the
    pipeline itself still loads in the worker). Spawned workers (Dask's default) import
    distributed, then spaCy and quotex, each on its own, after the scheduler is up. Where
    there is no forkserver (Windows, macOS builds without it) Dask's default stays."""
    import multiprocessing
    import multiprocessing.forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return {}
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(WORKER_PRELOAD))
    multiprocessing.forkserver.ensure_running()  # returns at once; the imports run in the server
    return {"distributed.worker.multiprocessing-method": "forkserver"}


def run_on_cluster(
    client: Client,
    parts: Iterable[Partition],
    job: Job,
    *,
    skip: Collection[int] = (),
    done_articles: Collection[tuple[str, str]] = (),
    manifest: Manifest | None = None,
    in_order: bool = True,
) -> Generator[PartitionDone, None, None]:
    """Each partition extracted by a task; what each reports, in input order (`in_order`) or
    as they finish. Partitions in `skip` are done already; `done_articles` are skipped by the
    workers (``--resume`` into one file). At most a few partitions per worker thread are in
    flight, so the client's memory stays flat. A partition whose workers keep dying is
    reported as an error naming its inputs (its part file is not written: ``--resume``)."""
    from distributed import as_completed

    from quotex.dask_worker import QuotexWorkerSetup

    client.register_plugin(QuotexWorkerSetup())  # on every worker, those joining later too
    threads = max(1, sum(client.nthreads().values()))
    window = max(4, IN_FLIGHT_PER_THREAD * threads)
    done_future = None
    if done_articles:  # sent once to every worker (scatter takes a list's items one by one)
        (done_future,) = client.scatter([frozenset(done_articles)], broadcast=True)

    def not_done(parts: Iterable[Partition]) -> Iterator[Partition]:
        for partition in parts:
            if partition.number not in skip:
                yield partition
            elif manifest is not None:
                manifest.add_found(partition)

    todo = not_done(parts)
    waiting: dict[Any, Partition] = {}
    finished: dict[int, PartitionDone] = {}
    order: deque[int] = deque()  # numbers submitted and not yet handed on, in input order
    completed = as_completed()

    def submit_more() -> None:
        while len(waiting) < window:
            partition = next(todo, None)
            if partition is None:
                return
            future = client.submit(
                extract_partition,
                partition,
                job,
                () if done_future is None else done_future,
                key=f"quotex-{uuid.uuid4().hex}",
                retries=2,
            )
            waiting[future] = partition
            if in_order:
                order.append(partition.number)
            completed.add(future)

    submit_more()
    try:
        for future in completed:
            partition = waiting.pop(future)
            outcome = _outcome(future, partition)
            future.release()
            if manifest is not None and outcome.part is not None:
                manifest.add(partition, outcome)
            submit_more()
            if not in_order:
                yield outcome
                continue
            finished[outcome.number] = outcome
            while order and order[0] in finished:
                yield finished.pop(order.popleft())
    finally:
        for future in waiting:
            future.cancel()


def _outcome(future: Any, partition: Partition) -> PartitionDone:
    try:
        outcome: PartitionDone = future.result()
        return outcome
    except Exception as error:  # noqa: BLE001 - the partition is reported, the run goes on
        from distributed import KilledWorker

        if isinstance(error, KilledWorker):
            why = "its workers died each time they ran it (out of memory?)"
        else:
            why = f"its task failed: {type(error).__name__}: {error}"
        message = f"{partition.describe()}: {why}: its {partition.articles} articles were not extracted"
        return PartitionDone(partition.number, 0, (message,), (), b"", None, 0.0)


def dashboard_address(client: Client) -> str | None:
    link = getattr(client, "dashboard_link", None)
    return str(link) if link else None
