"""The Python API: articles from a text, from files and folders, in one process or several.

The command line and ``quotex eval`` are clients of these functions; nothing here prints.
Each result is an ``Article`` or, for an input that could not be read or processed, an
``InputError`` in its place, so one bad input never stops a batch.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quotex.errors import InputError, InputWarning, QuotexError
from quotex.extract import extract_article, text_hash
from quotex.models import Article
from quotex.pipeline import (
    BATCH_CHARS,
    LONG_ARTICLE_CHARS,
    check_model,
    load_pipeline,
    load_pipeline_on_one_core,
    parse_in_pieces,
)
from quotex.readers import (
    DEFAULT_ARTICLE_TIMEOUT,
    STDIN,
    ReadOptions,
    Source,
    SourceOrError,
    format_of,
    read_sources,
    walk_paths,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT,
    on_warning: Callable[[InputWarning], None] | None = None,
) -> Generator[Result, None, None]:
    """Articles (``Article``) and per-input errors (``InputError``) for files, folders and
    '-' (stdin), in input order, streamed: memory stays flat over any number of inputs.

    ``jobs`` worker processes share the work (``0``: one per core for large inputs, see
    ``choose_jobs``); ``exclude`` names files never read from folders (the output file);
    ``done`` holds the ``(id, text_hash)`` of articles to skip (what ``--resume`` keeps);
    an article whose extraction takes over ``article_timeout`` seconds is reported instead;
    ``on_warning`` hears of inputs read leniently (default: ``warnings.warn``). Closing the
    generator stops the worker processes.
    """
    paths = list(paths)
    options = options or ReadOptions()
    if jobs == 0:
        total = count_articles(paths, glob=glob, exclude=exclude) if options.input_format != "jsonl" else None
        jobs = choose_jobs(paths, total)
    sources: Iterable[SourceOrError] = read_sources(
        paths, glob=glob, options=options, exclude=exclude, on_warning=on_warning
    )
    if done:
        sources = skip_done(sources, done)
    return extract_sources(
        sources,
        model=model,
        nlp=nlp,
        jobs=jobs,
        batch_size=batch_size,
        include_text=include_text,
        labels=labels,
        article_timeout=article_timeout,
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
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT,
) -> Generator[Result, None, None]:
    """Articles for already-read sources, in order; ``jobs`` > 1 runs worker processes,
    each loading the pipeline ``model`` once."""
    settings: dict[str, Any] = {
        "batch_size": batch_size,
        "include_text": include_text,
        "labels": labels,
        "article_timeout": article_timeout,
    }
    if jobs > 1:
        if nlp is not None:
            raise QuotexError("a loaded pipeline runs in this process only: pass model= (a name) with jobs > 1")
        return process_sources_parallel(check_model(model), sources, jobs=jobs, **settings)
    nlp = nlp or load_pipeline_on_one_core(check_model(model))
    return process_sources(nlp, sources, **settings)


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
        if item == STDIN or (isinstance(item, str) and format_of(item) in ("jsonl", "warc")):
            return None
        count += 1
    return count


def _input_bytes(paths: Iterable[str]) -> int:
    return sum(os.path.getsize(path) for path in paths if path != STDIN and os.path.isfile(path))


def skip_done(sources: Iterable[SourceOrError], done: Collection[tuple[str, str]]) -> Iterator[SourceOrError]:
    """`sources` but those whose ``(id, text_hash)`` is in `done` (finished by an earlier run)."""
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
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT,
    batch_chars: int = BATCH_CHARS,
) -> Generator[Result, None, None]:
    """Articles (or the errors met on the way) in input order, streamed.

    An error travels through ``nlp.pipe`` as the context of an empty text (which costs
    nothing to process), so it comes out exactly where it was met. One article's failure,
    in the pipeline or in extraction, or one over ``article_timeout`` seconds of extraction,
    is reported in its place and the batch goes on. A batch holds at most ``batch_size``
    articles and ends once it holds ``batch_chars`` characters (``pipeline.BATCH_CHARS``).
    """
    items = ((("", item) if isinstance(item, InputError) else (item.text, item)) for item in sources)
    for batch in _batches(items, batch_size, batch_chars):
        longest = max(len(text) for text, _ in batch)
        if longest >= nlp.max_length:
            nlp.max_length = longest + 1  # the length limit is --max-chars's, checked when reading
        for doc, item in _parsed(nlp, batch, batch_size):
            if not isinstance(item, Source):
                yield item  # an InputError, passed through in its place
            elif isinstance(doc, Exception):
                yield InputError(item.path or item.id, f"the pipeline failed: {type(doc).__name__}: {doc}")
            else:
                yield _extracted(doc, item, include_text, labels, article_timeout)


def _batches(
    items: Iterable[tuple[str, SourceOrError]], size: int, max_chars: int
) -> Iterator[list[tuple[str, SourceOrError]]]:
    """The (text, item) pairs in order, in batches of at most ``size`` items that end once
    they hold ``max_chars`` characters of text (an article longer than that is a batch alone)."""
    batch: list[tuple[str, SourceOrError]] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item[0])
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _parsed(
    nlp: Language, batch: list[tuple[str, SourceOrError]], batch_size: int
) -> list[tuple[Doc | Exception, SourceOrError]]:
    """The batch through the pipeline; when it holds a very long article (parsed in pieces)
    or the pipeline fails on it, each article alone, so that only the one it fails on is lost."""
    if not any(len(text) > LONG_ARTICLE_CHARS for text, _ in batch):
        try:
            return [(doc, item) for doc, item in nlp.pipe(batch, as_tuples=True, batch_size=batch_size)]
        except Exception:  # noqa: BLE001 - the failing article is found and reported below
            pass
    return [(_parsed_alone(nlp, text, batch_size), item) for text, item in batch]


def _parsed_alone(nlp: Language, text: str, batch_size: int) -> Doc | Exception:
    try:
        return parse_in_pieces(nlp, text, batch_size=batch_size) if len(text) > LONG_ARTICLE_CHARS else nlp(text)
    except Exception as error:
        return error


class ArticleTimeout(BaseException):
    """An article's extraction ran over its time limit (a BaseException, like KeyboardInterrupt,
    so that no rule's ``except Exception`` swallows it)."""


def _extracted(doc: Doc, source: Source, include_text: bool, labels: tuple[str, ...], timeout: float) -> Result:
    try:
        with _time_limit(timeout):
            return extract_article(doc, source, include_text=include_text, labels=labels)
    except ArticleTimeout:
        return InputError(
            source.path or source.id, f"extraction took over {timeout:g} s and was stopped (see --article-timeout)"
        )
    except Exception as error:  # one article's failure must not stop the batch
        return InputError(source.path or source.id, f"extraction failed: {type(error).__name__}: {error}")


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in this thread after `seconds` (a timer signal: the main thread
    of a process only; elsewhere, or with 0, no limit)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- several processes -------------------------------------------------------------------
# Each worker loads the pipeline once and runs the whole extraction, so only small
# Article records cross process boundaries (never Docs).


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """What each worker process needs to extract as the parent would."""

    model: str | None
    batch_size: int
    include_text: bool
    labels: tuple[str, ...]
    article_timeout: float


@dataclass(slots=True)
class _Worker:
    """This worker process's pipeline, loaded once, and its settings."""

    nlp: Language
    settings: WorkerSettings


_WORKER: list[_Worker] = []  # one entry, in a worker process
# a pool that dies this many times running without finishing anything is not retried again
MAX_POOL_DEATHS = 3


def _init_worker(settings: WorkerSettings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _WORKER[:] = [_Worker(load_pipeline_on_one_core(settings.model), settings)]


def _work(chunk: list[SourceOrError]) -> list[Result]:
    worker = _WORKER[0]
    settings = worker.settings
    return list(
        process_sources(
            worker.nlp,
            chunk,
            batch_size=settings.batch_size,
            include_text=settings.include_text,
            labels=settings.labels,
            article_timeout=settings.article_timeout,
        )
    )


class _Workers:
    """A pool of worker processes that can be replaced when one of them dies."""

    def __init__(self, jobs: int, settings: WorkerSettings) -> None:
        import multiprocessing

        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(method)
        self.jobs, self.settings = jobs, settings
        self.deaths = 0
        self.pool = self._start()

    def _start(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.jobs, mp_context=self.context, initializer=_init_worker, initargs=(self.settings,)
        )

    def submit(self, chunk: list[SourceOrError]) -> Future[list[Result]]:
        try:
            return self.pool.submit(_work, chunk)
        except BrokenProcessPool as error:
            # a worker died since the last result was read: the chunk fails where its result
            # is read, and the pool is replaced there, as when it dies under a running chunk
            failed: Future[list[Result]] = Future()
            failed.set_exception(error)
            return failed

    def restart(self) -> None:
        """A worker died (killed, out of memory) and took the pool with it: start a new one."""
        self.deaths += 1
        if self.deaths > MAX_POOL_DEATHS:
            raise QuotexError("worker processes keep dying (out of memory?): try --jobs 1 or a smaller --batch-size")
        self.stop()
        self.pool = self._start()

    def stop(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # running tasks too: nothing waits for them
            process.terminate()
        for process in processes:
            process.join(5)


def process_sources_parallel(
    model: str | None,
    sources: Iterable[SourceOrError],
    *,
    jobs: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT,
) -> Generator[Result, None, None]:
    """Like ``process_sources`` over ``jobs`` worker processes, in input order.

    At most two chunks per worker are in flight, so memory stays flat however long the
    input is. A worker that dies (killed, out of memory) is noticed: the chunks in flight
    run again in a new pool, the one it died on article by article, so that an article that
    kills its worker again is reported and the rest are kept.
    """
    workers = _Workers(jobs, WorkerSettings(model, batch_size, include_text, labels, article_timeout))
    in_flight: deque[tuple[list[SourceOrError], Future[list[Result]]]] = deque()
    iterator = iter(sources)
    try:
        while True:
            while len(in_flight) < 2 * jobs:
                chunk = list(itertools.islice(iterator, batch_size))
                if not chunk:
                    break
                in_flight.append((chunk, workers.submit(chunk)))
            if not in_flight:
                break
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                workers.restart()
                results = _one_by_one(workers, chunk)
                in_flight = deque((waiting, workers.submit(waiting)) for waiting, _ in in_flight)
            workers.deaths = 0
            yield from results
    finally:
        workers.stop()


def _one_by_one(workers: _Workers, chunk: list[SourceOrError]) -> list[Result]:
    """A chunk whose worker died, an article at a time: the one that kills a worker again
    is reported, the others are extracted."""
    results: list[Result] = []
    for item in chunk:
        if not isinstance(item, Source):
            results.append(item)
            continue
        try:
            results.extend(workers.submit([item]).result())
        except BrokenProcessPool:
            workers.restart()
            results.append(
                InputError(item.path or item.id, "its worker process died (killed, or out of memory): skipped")
            )
    return results
