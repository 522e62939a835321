"""The command line: options, output formats, progress, exit codes. Logic lives below."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from quotex import __version__
from quotex.errors import ExitCode, InputError, OutputError, QuotexError, printable
from quotex.models import Article
from quotex.readers import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_CHARS, INPUT_FORMATS, STDIN, ReadOptions
from quotex.storage import is_url
from quotex.writers import PARTIAL_SUFFIX, OutputFile, UrlOutputFile

if TYPE_CHECKING:
    from quotex.cluster import Job
    from quotex.output_records import ArticleRecord

FORMATS = ("jsonl", "pretty")


def _seed_folder() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")


def _error(message: str) -> None:
    click.echo(f"quotex: error: {printable(message)}", err=True)


def _warn(message: str) -> None:
    click.echo(f"quotex: warning: {printable(message)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="quotex")
def cli() -> None:
    """Who said what in news articles: quotes with their speakers, and the people,
    places and organisations mentioned.

    \b
    Example:
        quotex extract articles/ -o quotes.jsonl
    """


@cli.command("extract")
# readable=False: an unreadable input is reported on its own line and the batch goes on,
# never a usage error that stops it
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option(
    "-o",
    "--output",
    help="Write JSONL to this file (or URL): lines stream to FILE.partial, renamed to FILE when the run is done. "
    "With --scheduler, a folder (FOLDER/) gets a part file per partition and a manifest.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="Output format. Default: pretty on a terminal, jsonl otherwise.",
)
@click.option("--glob", help="Only files in folders whose name or relative path matches, e.g. '*.txt'.")
@click.option("--model", help="An installed spaCy pipeline (package name or path).")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes; 0 picks one per core for large inputs.",
)
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=64, show_default=True, help="Articles per spaCy batch."
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="How to read inputs; auto goes by file suffix.",
)
@click.option("--text-key", default="text", show_default=True, help="JSONL input: the field holding the article text.")
@click.option("--id-key", default="id", show_default=True, help="JSONL input: the field holding the article id.")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Longer articles are reported and skipped, never truncated.",
)
@click.option("--include-text", is_flag=True, help="Put the article text in each record (quote offsets point into it).")
@click.option("--labels", help="Also list these spaCy entity types, comma-separated (e.g. NORP,EVENT).")
@click.option(
    "--resume", is_flag=True, help="With -o: keep the articles already in the file (same id and text) and add the rest."
)
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_ARTICLE_TIMEOUT,
    show_default=True,
    help="Seconds one article's extraction may take before it is reported and skipped (0: no limit).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster: tcp://HOST:8786 (a running scheduler), or local[:N] to start N workers here.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    help="With --scheduler: articles per task (files, JSONL lines or archived pages). "
    "Default: about 128 KB of input each, up to 1,000 articles.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def extract_cli(
    paths: tuple[str, ...],
    output: str | None,
    output_format: str | None,
    glob: str | None,
    model: str | None,
    jobs: int,
    batch_size: int,
    input_format: str,
    text_key: str,
    id_key: str,
    max_chars: int,
    include_text: bool,
    labels: str | None,
    resume: bool,
    article_timeout: float,
    scheduler: str | None,
    partition_size: int | None,
    quiet: bool,
) -> None:
    """Extract quotes, speakers and entities from articles in PATHS.

    PATHS are files or folders (read recursively, sorted, hidden files skipped), URLs
    (s3://, gcs://, file://… through fsspec) or '-' for stdin. Reads .txt, .html/.htm,
    .jsonl/.ndjson and web archives (.warc, .warc.gz), each also compressed (.gz, .bz2, .xz,
    .zst). Without PATHS, reads stdin when it is piped, else the bundled seed article.

    \b
    Examples:
        quotex extract articles/ -o quotes.jsonl
        quotex extract story.txt --format pretty
        cat dump.jsonl | quotex extract - --input-format jsonl | jq .quotes
        quotex extract dump.jsonl.zst --scheduler tcp://10.0.0.5:8786 -o s3://bucket/quotes/
    """
    if not paths:
        paths = (STDIN,) if not sys.stdin.isatty() else (_seed_folder(),)
    if output is None and resume:
        raise click.UsageError("--resume needs -o FILE: it adds to that file")
    if output is not None and output_format == "pretty":
        raise click.UsageError("-o writes JSONL; leave out --format pretty to write a file")
    folder_output = output is not None and _is_folder(output)
    if folder_output and scheduler is None:
        raise click.UsageError(
            "-o FOLDER writes a part file per partition of a cluster run: add --scheduler local "
            "(or tcp://HOST:8786), or give -o FILE.jsonl"
        )
    if scheduler is not None and output_format == "pretty":
        raise click.UsageError("--scheduler writes JSONL: leave out --format pretty")
    if output is not None and not folder_output and not is_url(output):
        _check_output_is_no_input(output, paths)
    if scheduler is not None:
        output_format = "jsonl"
    if output_format is None:
        output_format = "jsonl" if output is not None or not sys.stdout.isatty() else "pretty"
    label_list = tuple(label.strip().upper() for label in (labels or "").split(",") if label.strip())
    options = ReadOptions(input_format=input_format, text_key=text_key, id_key=id_key, max_chars=max_chars)

    from quotex.api import choose_jobs, count_articles, extract_paths
    from quotex.pipeline import check_model

    try:
        model_name = check_model(model)
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None

    _write_errors_as_errors()
    # the output file may sit in an input folder; never read it back as articles
    exclude = [output.rstrip("/") or output, output + PARTIAL_SUFFIX] if output else []
    total = count_articles(paths, glob=glob, exclude=exclude) if input_format != "jsonl" else None
    if scheduler is not None:
        from quotex.cluster import Job

        job = Job(model_name, options, batch_size, include_text, label_list, article_timeout, None)
        _extract_on_cluster(
            paths, scheduler, job, output, folder_output, resume, partition_size, glob, exclude, total, quiet
        )
        return
    if jobs == 0:
        jobs = choose_jobs(paths, total)
    sink = _open_sink(output, output_format, resume)
    failures = 0
    results: Any = iter(())
    try:
        with _keeping_finished_work(sink.keep):
            results = extract_paths(
                paths,
                model=model_name,
                jobs=jobs,
                glob=glob,
                options=options,
                exclude=exclude,
                done=sink.finished,
                batch_size=batch_size,
                include_text=include_text,
                labels=label_list,
                article_timeout=article_timeout,
                on_warning=lambda warning: _warn(str(warning)),
            )
            for result in _with_progress(results, total, quiet):
                if isinstance(result, InputError):
                    failures += 1
                    _error(str(result))
                else:
                    sink.write(result)
            sink.commit()
    finally:
        if hasattr(results, "close"):
            results.close()  # stops the worker processes, whatever ended the run
    if failures:
        sys.exit(ExitCode.INPUT_FAILED)


def _is_folder(output: str) -> bool:
    """-o names a folder: it ends in '/' or is one already."""
    if output.endswith(("/", os.sep)):
        return True
    if is_url(output):
        from quotex.storage import url_status

        return url_status(output)[0] == "folder"
    return os.path.isdir(output)


def _extract_on_cluster(
    paths: tuple[str, ...],
    scheduler: str,
    job: Job,
    output: str | None,
    folder_output: bool,
    resume: bool,
    partition_size: int | None,
    glob: str | None,
    exclude: list[str],
    total: int | None,
    quiet: bool,
) -> None:
    """extract --scheduler: partitions to a Dask cluster; JSONL gathered here in input order
    (stdout, -o FILE) or written by the workers as part files (-o FOLDER/)."""
    import dataclasses

    from quotex.cluster import Manifest, connect, dashboard_address, partitions, prepare_folder, run_on_cluster

    run = {
        "inputs": list(paths),
        "partition_size": partition_size,
        "options": dataclasses.asdict(job.read_options),
        "glob": glob,
        "model": job.model,
        "include_text": job.include_text,
        "labels": list(job.labels),
    }
    manifest: Manifest | None = None
    sink: _Sink | None = None
    skip: set[int] = set()
    try:
        if folder_output and output is not None:
            output = output.rstrip("/") if len(output) > 1 else output
            skip, entries = prepare_folder(output, run, resume=resume)
            manifest = Manifest(output, run, entries)
            manifest.write("running")  # the run's settings, there for --resume from the start
            job = dataclasses.replace(job, output_folder=output)
        else:
            sink = _open_sink(output, "jsonl", resume)
        client, cluster = connect(scheduler)
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None
    link = dashboard_address(client)
    if link:
        click.echo(f"quotex: Dask dashboard: {link}", err=True)
    failures = 0
    counted = [0]

    def counting(parts: Iterator[Any]) -> Iterator[Any]:
        for partition in parts:
            counted[0] += 1
            yield partition

    parts = counting(partitions(paths, size=partition_size, glob=glob, options=job.read_options, exclude=exclude))
    outcomes = run_on_cluster(
        client,
        parts,
        job,
        skip=skip,
        done_articles=sink.finished if sink is not None else (),
        manifest=manifest,
        in_order=manifest is None,
    )

    def keep() -> str | None:
        if manifest is not None:
            try:
                manifest.write("stopped")
            except QuotexError:
                pass  # the parts are there all the same; the manifest is the last one written
        return sink.keep() if sink is not None else output

    try:
        with _keeping_finished_work(keep):
            weight = (lambda outcome: outcome.articles + len(outcome.errors)) if not skip else None
            for outcome in _with_progress(outcomes, total if not skip else None, quiet, weight=weight):
                for warning in outcome.warnings:
                    _warn(warning)
                for message in outcome.errors:
                    failures += 1
                    _error(message)
                if sink is not None and outcome.lines:
                    sink.write_line(outcome.lines)
            if sink is not None:
                sink.commit()
            if manifest is not None:
                manifest.write("finished", counted[0])
    finally:
        outcomes.close()
        client.close()
        if cluster is not None:
            cluster.close()
    if failures:
        sys.exit(ExitCode.INPUT_FAILED)


@contextmanager
def _keeping_finished_work(keep: Callable[[], str | None]) -> Iterator[None]:
    """Whatever ends a run early keeps what was finished (`keep` returns where it is, or None)
    and exits with the documented status: Ctrl-C, SIGTERM or SIGHUP (continue with --resume),
    a reader gone away (quietly, status 0), an output or pipeline error (status 1)."""
    try:
        with _stopped_by_signals():
            yield
    except (KeyboardInterrupt, _Stopped) as stop:
        code = stop.code if isinstance(stop, _Stopped) else ExitCode.INTERRUPTED
        kept = keep()  # what was finished stays, as complete lines
        why = "interrupted" if code == ExitCode.INTERRUPTED else "stopped by a signal"
        if kept is not None:
            _error(f"{why}; the finished articles are in {printable(kept)}: continue with --resume")
        else:
            _error(f"{why}; what was finished was written")
        sys.exit(code)
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(ExitCode.OK)
    except QuotexError as error:  # the output could not be written, or the pipeline failed
        keep()
        _error(str(error))
        sys.exit(ExitCode.INPUT_FAILED)


def _check_output_is_no_input(output: str, paths: tuple[str, ...]) -> None:
    """-o must never overwrite an article file the run reads."""
    for path in paths:
        if path == STDIN or not os.path.isfile(path) or not os.path.exists(output):
            continue
        try:
            same = os.path.samefile(path, output)
        except OSError:
            continue
        if same:
            raise click.UsageError(f"-o {printable(output)} is also an input: write the output to another file")


class _Stopped(BaseException):
    """SIGTERM or SIGHUP: stop as for Ctrl-C, with the signal's exit status (a BaseException,
    like KeyboardInterrupt, so that no ``except Exception`` on the way swallows it)."""

    def __init__(self, code: ExitCode) -> None:
        super().__init__(code.name)
        self.code = code


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the run as Ctrl-C does: finished articles kept, workers stopped."""
    import signal

    codes = {signal.SIGTERM: ExitCode.TERMINATED}
    if hasattr(signal, "SIGHUP"):
        codes[signal.SIGHUP] = ExitCode.HANGUP

    def stop(signum: int, frame: object) -> None:
        raise _Stopped(codes[signal.Signals(signum)])

    previous = {signum: signal.signal(signum, stop) for signum in codes}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _write_errors_as_errors() -> None:
    """A file-size limit (ulimit -f) makes a write fail with an error quotex reports, rather
    than killing the process with SIGXFSZ."""
    import signal

    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _with_progress(
    results: Iterator[Any], total: int | None, quiet: bool, weight: Callable[[Any], int] | None = None
) -> Iterator[Any]:
    """`results` passed through, with a progress bar on a terminal (``weight``: how many
    articles a result stands for; one each by default)."""
    if quiet or not sys.stderr.isatty() or (total is not None and total < 2):
        yield from results
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    # Worker processes hand results back a batch at a time, so rich's windowed speed jumps;
    # the average since the start gives a steady rate and an honest time left.
    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            rate = task.completed / task.elapsed if task.elapsed and task.completed else None
            return Text(f"{rate:.1f} articles/s" if rate else "", style="progress.data.speed")

    class EtaColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            if not task.elapsed or not task.completed or task.total is None:
                return Text("eta -:--:--", style="progress.remaining")
            left = (task.total - task.completed) * task.elapsed / task.completed
            minutes, seconds = divmod(int(left), 60)
            hours, minutes = divmod(minutes, 60)
            return Text(f"eta {hours}:{minutes:02d}:{seconds:02d}", style="progress.remaining")

    columns = [
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        EtaColumn(),
    ]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        for result in results:
            progress.advance(task, weight(result) if weight is not None else 1)
            yield result


class _Sink:
    """Where articles go: an output file (``OutputFile``), or stdout as JSONL bytes or rich panels."""

    def __init__(self, output_format: str, file: OutputFile | UrlOutputFile | None = None) -> None:
        self.file = file
        self.finished: set[tuple[str, str]] = file.finished if file is not None else set()
        self.console: Any = None
        if output_format == "pretty":
            self.console = _console(soft_wrap=False)

    def write(self, article: Article) -> None:
        from quotex.writers import jsonl_line, render_article

        if self.console is not None:
            self.console.print(render_article(article))
        elif self.file is not None:
            self.file.write(jsonl_line(article))
        else:
            _write_stdout(jsonl_line(article))

    def write_line(self, lines: bytes) -> None:
        """JSONL lines as they are (a cluster's workers made them)."""
        if self.file is not None:
            self.file.write(lines)
        else:
            _write_stdout(lines)

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()
        elif self.console is None:
            _write_stdout(b"")
        else:
            sys.stdout.flush()

    def keep(self) -> str | None:
        return self.file.keep() if self.file is not None else None


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:  # stdout on a full disk, /dev/full
        # what is left in the buffer cannot be written either: Python 3.14 tries again when
        # it exits, fails, and ends with status 120 instead of ours
        _quiet_broken_pipe()
        raise OutputError(f"cannot write to standard output: {error.strerror or error}") from None


def _open_sink(output: str | None, output_format: str, resume: bool) -> _Sink:
    if output is None:
        return _Sink(output_format)
    try:
        return _Sink(
            "jsonl", UrlOutputFile(output, resume=resume) if is_url(output) else OutputFile(output, resume=resume)
        )
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None


def _console(**options: Any) -> Any:
    """A rich Console for stdout whose reader may go away (quotex ... | head): rich would exit
    with status 1 there; quotex ends quietly."""
    from rich.console import Console

    console: Any = Console(**options)
    console.on_broken_pipe = _reader_went_away
    return console


def _reader_went_away() -> None:
    raise BrokenPipeError


def _quiet_broken_pipe() -> None:
    # the reader went away (quotex ... | head), or stdout is full: stop without a traceback,
    # pointing standard output at /dev/null so that the exit's last flush has nowhere to fail
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@cli.command("info")
@click.option("--model", help="An installed spaCy pipeline (package name or path).")
def info_cli(model: str | None) -> None:
    """Versions of quotex, spaCy and the pipeline, and the pipeline's components.

    \b
    Example:
        quotex info --model en_core_web_sm
    """
    import spacy

    from quotex.pipeline import check_model, load_pipeline, pipeline_info

    try:
        name = check_model(model)
        nlp = load_pipeline(name)
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None
    details = pipeline_info(nlp, name)
    click.echo(f"quotex      {__version__}")
    click.echo(f"spacy       {spacy.__version__}")
    click.echo(f"pipeline    {details['pipeline']} {details['pipeline_version']} ({details['package']})")
    click.echo(f"components  {', '.join(details['components'])}")
    click.echo(f"matmul      {details['matrix_products']}")
    click.echo(f"parser      steps in {details['parser_steps']}; blis kernels: {details['blis_kernels'] or 'unknown'}")
    click.echo(f"python      {sys.version.split()[0]}")


@cli.command("rules")
@click.option("--examples", is_flag=True, help="Show each layout's example passage too.")
@click.option("--weights", is_flag=True, help="Show the evidence a quote's confidence weighs instead.")
@click.option("--speakers", is_flag=True, help="Show the steps that decide who a speaker is instead.")
def rules_cli(examples: bool, weights: bool, speakers: bool) -> None:
    """The attribution layouts in the order they are tried, with the rule each reports (as
    ``rule`` in the output) and how often it was right on PolNeAR train; with --weights, the
    evidence a quote's confidence weighs, in the order read, and its fitted weight; with
    --speakers, the steps that decide who a speaker's words mean, in the order tried.

    \b
    Example:
        quotex rules --examples
        quotex rules --weights
        quotex rules --speakers
    """
    if speakers:
        from quotex.quotes.speakers import RESOLUTION_STEPS

        for number, (name, step) in enumerate(RESOLUTION_STEPS, start=1):
            summary = " ".join((step.__doc__ or "").split())
            click.echo(f"  {number:>2}. {name:<22} {summary}")
        return
    if weights:
        from quotex.quotes.confidence import EVIDENCE, fitted_weights

        fitted = fitted_weights()
        click.echo(
            f"confidence = logistic({fitted.bias:+.2f} + the weights of the evidence present); fitted on {fitted.fitted_on}"
        )
        for name, _ in EVIDENCE:
            click.echo(f"  {fitted.weights.get(name, 0.0):+6.2f}  {name}")
        return
    from quotex.quotes.rules import STAGES

    number = 0
    for stage, layouts in STAGES:
        click.echo(f"{stage}:")
        for layout in layouts:
            number += 1
            line = f"  {number:>2}. {layout.name:<26} {layout.rule.name:<18} {layout.rule.confidence:.2f}  {layout.rule.summary}"
            click.echo(line)
            if examples:
                click.echo(f"      e.g. {layout.example!r}")


def _records(paths: tuple[str, ...]) -> Iterator[ArticleRecord]:
    """The article records of quotex output files ('-': stdin); a bad line is named on stderr."""
    from quotex.corpus import read_records

    for path in paths or ("-",):
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as error:
            _error(f"{path}: cannot read: {error.strerror or error}")
            continue
        with stream if path != "-" else _nothing_to_close():
            for record in read_records(stream, "<stdin>" if path == "-" else path):
                if isinstance(record, InputError):
                    _error(str(record))
                else:
                    yield record


@contextmanager
def _nothing_to_close() -> Iterator[None]:
    yield


@cli.command("table")
@click.argument("outputs", nargs=-1, type=click.Path(readable=False))
@click.option(
    "--kind",
    type=click.Choice(("quotes", "people", "places", "organisations")),
    default="quotes",
    show_default=True,
    help="One row per quote, or per entity entry of this kind.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the table here (default: stdout).")
@click.option(
    "--format",
    "table_format_name",
    type=click.Choice(("csv", "tsv", "jsonl", "parquet")),
    help="Default: from the -o suffix, else csv.",
)
def table_cli(outputs: tuple[str, ...], kind: str, output: str | None, table_format_name: str | None) -> None:
    """Flatten quotex output (JSONL files from quotex extract, or '-') into a table: one row
    per quote, with its article, outlet, date, speaker and cross-article speaker key; or one
    row per person, place or organisation entry. Streams: memory stays flat.

    \b
    Examples:
        quotex table out.jsonl -o quotes.csv
        quotex table out.jsonl --kind people -o people.parquet
        quotex table out.jsonl --format tsv | column -t -s $'\\t'
    """
    from quotex.corpus import article_rows, columns
    from quotex.writers import TableWriter, table_format

    fmt = table_format(output, table_format_name)
    if fmt == "parquet" and output is None:
        raise click.UsageError("Parquet is written to a file: give -o FILE.parquet")
    try:
        stream = open(output, "wb") if output else sys.stdout.buffer
    except OSError as error:
        raise click.ClickException(printable(f"{output}: cannot write: {error.strerror or error}")) from None
    try:
        writer = TableWriter(stream, fmt, columns(kind))
        for record in _records(outputs):
            writer.write_shared(*article_rows(record, kind))
        writer.close()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None
    except OSError as error:
        raise click.ClickException(
            printable(f"{output or 'standard output'}: cannot write: {error.strerror or error}")
        ) from None
    finally:
        if output:
            stream.close()


@cli.command("stats")
@click.argument("outputs", nargs=-1, type=click.Path(readable=False))
@click.option("--by", type=click.Choice(("outlet", "date", "month")), help="Counts per outlet, day or month.")
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many top speakers and entities."
)
@click.option(
    "--format",
    "stats_format",
    type=click.Choice(("table", "jsonl", "csv")),
    default="table",
    show_default=True,
    help="Rich tables, or the same numbers for machines.",
)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Only quotes at least this confident.")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(("direct", "partial", "indirect")),
    help="Only quotes of this type (repeatable).",
)
@click.option(
    "--speech-only",
    is_flag=True,
    help="Leave out indirect quotes that report a belief, a wish, a finding, a bare topic or a refusal to speak rather than words.",
)
def stats_cli(
    outputs: tuple[str, ...],
    by: str | None,
    top: int,
    stats_format: str,
    min_confidence: float,
    types: tuple[str, ...],
    speech_only: bool,
) -> None:
    """Counts across quotex output: top speakers (grouped by cross-article key), quotes per
    type, speakers by kind, gender and whether a role is given, top people, places and organisations; overall or per
    outlet (from meta, else the URL's host), day or month.

    \b
    Examples:
        quotex stats out.jsonl --top 20
        quotex stats out.jsonl --by outlet --speech-only
        quotex stats out.jsonl --by month --format csv > monthly.csv
    """
    from quotex.corpus import QuoteFilter, summarise, summary_rows

    quote_filter = QuoteFilter(min_confidence, types, speech_only)
    try:
        groups = summarise(_records(outputs), by=by, quote_filter=quote_filter)
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None
    try:
        if stats_format == "table":
            from quotex.writers import render_summary

            console = _console()
            for group, summary in groups.items():
                console.print(render_summary(group, summary, top))
        else:
            from quotex.corpus import SUMMARY_COLUMNS
            from quotex.writers import TableWriter

            writer = TableWriter(sys.stdout.buffer, stats_format, SUMMARY_COLUMNS)
            for row in summary_rows(groups, top):
                writer.write(row)
            writer.close()
    except BrokenPipeError:
        _quiet_broken_pipe()


@cli.command("report")
@click.argument("outputs", nargs=-1, type=click.Path(readable=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
@click.option("--title", default="quotex report", show_default=True, help="The report's title.")
@click.option(
    "--top", type=click.IntRange(min=1), default=15, show_default=True, help="How many top speakers and entities."
)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Only quotes at least this confident.")
@click.option(
    "--speech-only",
    is_flag=True,
    help="Leave out indirect quotes that report a belief, a wish, a finding, a bare topic or a refusal to speak.",
)
def report_cli(
    outputs: tuple[str, ...], output: str, title: str, top: int, min_confidence: float, speech_only: bool
) -> None:
    """A report of quotex output as one self-contained HTML page (no network needed to open
    it, readable on a phone): top speakers, quotes over time, speakers by kind and gender per
    outlet, and the places, people and organisations named most.

    \b
    Example:
        quotex report out.jsonl -o report.html --title "November coverage"
    """
    from quotex.corpus import QuoteFilter
    from quotex.report import build, render

    page = render(build(_records(outputs), QuoteFilter(min_confidence, (), speech_only)), title=title, top=top)
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(page)
    except OSError as error:
        raise click.ClickException(printable(f"{output}: cannot write: {error.strerror or error}")) from None


@cli.command("schema")
def schema_cli() -> None:
    """The JSON Schema of the output records (one article per JSONL line).

    \b
    Example:
        quotex schema > quotex.schema.json
    """
    import json

    from quotex.schema import output_schema

    click.echo(json.dumps(output_schema(), indent=2, ensure_ascii=False))


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--split", help="Only gold records with this 'split' value (e.g. dev).")
@click.option("--model", help="An installed spaCy pipeline (package name or path).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option(
    "--predictions", type=click.Path(dir_okay=False, writable=True), help="Also write the predicted JSONL here."
)
def eval_cli(gold: str, split: str | None, model: str | None, jobs: int, predictions: str | None) -> None:
    """Score extraction against annotated articles (JSONL; the format is in the README).

    Each gold record has 'id', 'text' and 'quotes' with start/end/type/speaker. Prints
    precision, recall and F1 for quotes with quotation marks, speaker accuracy, and the
    indirect-quote scores, as ../shared/eval/score_quotes.py does; and, when the gold names
    people, places and organisations, the identity scores of score_identity.py.

    \b
    Example:
        quotex eval polnear-dev.jsonl --split dev
        quotex eval wikinews-dev.jsonl
    """
    from quotex.evaluate import format_scores, predict, read_gold, score
    from quotex.evaluate_identity import format_identity, score_identity
    from quotex.writers import article_to_dict

    try:
        gold_records = read_gold(gold, split=split)
        articles, failed = predict(gold_records, model=model, jobs=jobs, predictions_path=predictions)
    except QuotexError as error:
        raise click.ClickException(printable(str(error))) from None
    click.echo(format_scores(score(gold_records, articles, failed)))
    if any(kind in record for record in gold_records for kind in ("people", "places", "organisations")):
        records = {article_id: article_to_dict(article) for article_id, article in articles.items()}
        click.echo(format_identity(score_identity(gold_records, records)))


def main() -> None:  # pragma: no cover - console entry point alias
    cli()
