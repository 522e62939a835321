"""The Python API: articles from a text, from files and folders, in one process or several.

The command line and ``quotex eval`` are clients of these functions; nothing here prints.
Each result is an ``Article`` or, for an input that could not be read or processed, an
``InputError`` in its place, so one bad input never stops a batch.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from quotex.errors import InputError, QuotexError
from quotex.extract import extract_article, text_hash
from quotex.models import Article
from quotex.pipeline import check_model, load_pipeline, load_pipeline_on_one_core
from quotex.readers import STDIN, ReadOptions, Source, SourceOrError, read_sources, walk_paths

if TYPE_CHECKING:
    from spacy.language import Language

Result = Article | InputError

DEFAULT_BATCH_SIZE = 64
# below this many inputs, starting worker processes costs more than it saves
MIN_INPUTS_FOR_WORKERS = 24
MIN_BYTES_FOR_WORKERS = 2_000_000  # a JSONL dump of a few hundred articles
MAX_AUTO_JOBS = 8


def extract_text(text: str, *, nlp: Language | None = None, id: str = "text", labels: Iterable[str] = ()) -> Article:
    """Extract quotes and entities from one article's text.

    >>> article = extract_text("“We will win,” the mayor said.")   # doctest: +SKIP
    """
    nlp = nlp or load_pipeline()
    return extract_article(nlp(text), Source(id, None, text), labels=labels)


def extract_paths(
    paths: Iterable[str],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    jobs: int = 1,
    glob: str | None = None,
    options: ReadOptions | None = None,
    exclude: Iterable[str] = (),
    done: Collection[tuple[str, str]] = (),
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
) -> Iterator[Result]:
    """Articles (``Article``) and per-input errors (``InputError``) for files, folders and
    '-' (stdin), in input order, streamed: memory stays flat over any number of inputs.

    ``jobs`` worker processes share the work (``0``: one per core for large inputs, see
    ``choose_jobs``); ``exclude`` names files never read from folders (the output file);
    ``done`` holds the ``(id, text_hash)`` of articles to skip (what ``--resume`` keeps).
    """
    paths = list(paths)
    options = options or ReadOptions()
    if jobs == 0:
        total = count_articles(paths, glob=glob, exclude=exclude) if options.input_format != "jsonl" else None
        jobs = choose_jobs(paths, total)
    sources: Iterable[SourceOrError] = read_sources(paths, glob=glob, options=options, exclude=exclude)
    if done:
        sources = _not_done(sources, done)
    return extract_sources(
        sources, model=model, nlp=nlp, jobs=jobs, batch_size=batch_size, include_text=include_text, labels=labels
    )


def extract_sources(
    sources: Iterable[SourceOrError],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
) -> Iterator[Result]:
    """Articles for already-read sources, in order; ``jobs`` > 1 runs worker processes,
    each loading the pipeline ``model`` once."""
    if jobs > 1:
        if nlp is not None:
            raise QuotexError("a loaded pipeline runs in this process only: pass model= (a name) with jobs > 1")
        return process_sources_parallel(
            check_model(model), sources, jobs=jobs, batch_size=batch_size, include_text=include_text, labels=labels
        )
    nlp = nlp or load_pipeline_on_one_core(check_model(model))
    return process_sources(nlp, sources, batch_size=batch_size, include_text=include_text, labels=labels)


def choose_jobs(paths: Iterable[str], total: int | None) -> int:
    """One worker per core (up to 8) for 24+ articles, or 2 MB+ of input when their number
    (``total``, from ``count_articles``) is not known; else one process."""
    large = total >= MIN_INPUTS_FOR_WORKERS if total is not None else _input_bytes(paths) >= MIN_BYTES_FOR_WORKERS
    return min(os.cpu_count() or 1, MAX_AUTO_JOBS) if large else 1


def count_articles(paths: Iterable[str], *, glob: str | None = None, exclude: Iterable[str] = ()) -> int | None:
    """How many articles ``paths`` hold, or None when it is not known without reading
    them (stdin, JSONL)."""
    count = 0
    for item in walk_paths(paths, glob=glob, exclude=exclude):
        if item == STDIN or (isinstance(item, str) and item.lower().endswith((".jsonl", ".ndjson"))):
            return None
        count += 1
    return count


def _input_bytes(paths: Iterable[str]) -> int:
    return sum(os.path.getsize(path) for path in paths if path != STDIN and os.path.isfile(path))


def _not_done(sources: Iterable[SourceOrError], done: Collection[tuple[str, str]]) -> Iterator[SourceOrError]:
    for item in sources:
        if isinstance(item, Source) and (item.id, text_hash(item.text)) in done:
            continue
        yield item


def process_sources(
    nlp: Language,
    sources: Iterable[SourceOrError],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
) -> Iterator[Result]:
    """Articles (or the errors met on the way) in input order, streamed.

    An error travels through ``nlp.pipe`` as the context of an empty text (which costs
    nothing to process), so it comes out exactly where it was met.
    """
    texts = ((("", item) if isinstance(item, InputError) else (item.text, item)) for item in sources)
    for doc, item in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        if not isinstance(item, Source):
            yield item  # type: ignore[misc]  # an InputError, passed through in its place
            continue
        try:
            yield extract_article(doc, item, include_text=include_text, labels=labels)
        except Exception as error:  # one article's failure must not stop the batch
            yield InputError(item.path or item.id, f"extraction failed: {type(error).__name__}: {error}")


# --- several processes -------------------------------------------------------------------
# Each worker loads the pipeline once and runs the whole extraction, so only small
# Article records cross process boundaries (never Docs).

_WORKER: dict[str, Any] = {}


def _init_worker(model: str | None, include_text: bool, labels: tuple[str, ...], batch_size: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _WORKER.update(
        nlp=load_pipeline_on_one_core(model), include_text=include_text, labels=labels, batch_size=batch_size
    )


def _work(chunk: list[SourceOrError]) -> list[Result]:
    return list(
        process_sources(
            _WORKER["nlp"],
            chunk,
            batch_size=_WORKER["batch_size"],
            include_text=_WORKER["include_text"],
            labels=_WORKER["labels"],
        )
    )


def process_sources_parallel(
    model: str | None,
    sources: Iterable[SourceOrError],
    *,
    jobs: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
) -> Iterator[Result]:
    """Like ``process_sources`` over ``jobs`` worker processes, in input order.

    At most two chunks per worker are in flight, so memory stays flat however long the
    input is (``Pool.imap`` would read the whole input ahead).
    """
    import multiprocessing

    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    pool = context.Pool(jobs, initializer=_init_worker, initargs=(model, include_text, labels, batch_size))
    in_flight: deque[Any] = deque()
    iterator = iter(sources)
    try:
        while True:
            while len(in_flight) < 2 * jobs:
                chunk = list(itertools.islice(iterator, batch_size))
                if not chunk:
                    break
                in_flight.append(pool.apply_async(_work, (chunk,)))
            if not in_flight:
                break
            yield from in_flight.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
