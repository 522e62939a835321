"""Output: JSONL lines (orjson, bytes) and rich renderables for the terminal.

Nothing here prints: JSONL is returned as bytes for the caller's binary stream, and the
pretty view is a renderable the CLI hands to a rich Console.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import orjson

from quotex.errors import OutputError, QuotexError, printable
from quotex.models import Article, Entity, Person

_OMIT_WHEN_EMPTY = ("text",)


def article_to_dict(article: Article) -> dict[str, Any]:
    record = dataclasses.asdict(article)
    record = {"schema_version": record.pop("schema_version"), **record}
    for key in _OMIT_WHEN_EMPTY:
        if record.get(key) is None:
            record.pop(key, None)
    return record


def jsonl_line(article: Article) -> bytes:
    """One article as one JSON line (schema_version first), newline included."""
    return orjson.dumps(article_to_dict(article), option=orjson.OPT_APPEND_NEWLINE)


PARTIAL_SUFFIX = ".partial"


class OutputFile:
    """JSONL written to ``path``: finished work is never lost and a complete file never
    destroyed.

    Lines stream to ``path.partial`` and are flushed one article at a time, so whatever kills
    the run (Ctrl-C, SIGTERM, ``kill -9``, a power cut) leaves every finished article there
    as a complete line; ``commit`` renames it over ``path`` once the run is done, so an earlier
    complete ``path`` stands until then. ``resume`` continues the partial file (or, without
    one, starts from ``path``), keeping its complete lines: ``finished`` holds their articles.

    A path naming a device, a FIFO or a socket (``-o /dev/stdout``) is written straight
    through; a symbolic link is followed, never replaced. Files get the usual mode (umask).
    """

    def __init__(self, path: str, *, resume: bool = False) -> None:
        self.path = path
        self.finished: set[tuple[str, str]] = set()
        self._good = 0  # bytes of complete lines written: a failed write is cut back to here
        target = os.path.realpath(path)  # through a symbolic link, to the file it names
        self.target = target
        if os.path.exists(target) and not os.path.isfile(target):
            self.partial: str | None = None  # a device or FIFO: nothing to rename over
            self.stream = self._open(target, "ab")
            return
        if os.path.isfile(target) and not os.access(target, os.W_OK):
            raise OutputError(f"{path}: cannot write: the file is read-only")
        self.partial = target + PARTIAL_SUFFIX
        previous = [self.partial, target] if resume else []
        kept = next((candidate for candidate in previous if os.path.isfile(candidate)), None)
        if kept == self.partial:
            self._good = _complete_prefix(self.partial, self.finished)
            self.stream = self._open(self.partial, "r+b")
            self.stream.truncate(self._good)  # a torn last line is dropped, not kept
            self.stream.seek(self._good)
        else:
            self.stream = self._open(self.partial, "wb")
            if kept is not None:
                with open(kept, "rb") as earlier:
                    for line in _complete_lines(earlier, self.finished):
                        self._write(line)

    def _open(self, path: str, mode: str) -> IO[bytes]:
        try:
            return open(path, mode, buffering=0)  # each line goes to the OS whole, or is cut back
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def write(self, line: bytes) -> None:
        self._write(line)

    def _write(self, line: bytes) -> None:
        try:
            view = memoryview(line)
            while view:  # one article at a time: what is finished survives any death
                written = self.stream.write(view)
                view = view[written or 0 :]
        except OSError as error:
            self._cut_back()
            raise OutputError(self._failure(error)) from None
        self._good += len(line)

    def _failure(self, error: OSError) -> str:
        where = self.partial or self.path
        kept = f"; the finished articles are in {where}, run again with --resume" if self.partial else ""
        return f"{self.path}: cannot write: {error.strerror or error}{kept}"

    def _cut_back(self) -> None:
        """After a failed write, leave only complete lines."""
        try:
            os.ftruncate(self.stream.fileno(), self._good)
        except (OSError, ValueError):
            pass  # a device or FIFO: nothing to cut

    def commit(self) -> None:
        """The run is done: the partial file becomes ``path``."""
        try:
            self.stream.flush()
            if self.partial is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
            if self.partial is not None:
                os.replace(self.partial, self.target)
        except OSError as error:
            raise OutputError(self._failure(error)) from None

    def keep(self) -> str | None:
        """The run stops early: keep what was finished where it is; the file holding it (None,
        and no file left behind, when nothing was)."""
        try:
            self.stream.close()
        except OSError:
            pass
        if self.partial is not None and self._good == 0:
            try:
                os.unlink(self.partial)
            except OSError:
                pass
            return None
        return self.partial


class UrlOutputFile:
    """JSONL written to a URL through fsspec (``-o s3://bucket/quotes.jsonl``): lines stream to
    ``URL.partial``, moved to ``URL`` when the run is done, so a complete file at ``URL`` is
    never replaced by a broken one. Object stores cannot append, so there is no ``--resume``
    here: a run on a cluster writes to a folder URL instead, part by part, and resumes that."""

    def __init__(self, url: str, *, resume: bool = False) -> None:
        if resume:
            raise OutputError(
                f"{url}: --resume continues a local file, or a folder of parts (-o URL/ with --scheduler)"
            )
        from quotex.storage import filesystem_of

        self.url = url
        self.finished: set[tuple[str, str]] = set()
        self.written = 0
        try:
            self.filesystem, self.inner = filesystem_of(url)
            self.stream = self.filesystem.open(self.inner + PARTIAL_SUFFIX, "wb")
        except (OSError, ValueError, ImportError) as error:
            raise OutputError(f"{url}: cannot write: {error}") from None

    def write(self, line: bytes) -> None:
        try:
            self.stream.write(line)
        except OSError as error:
            raise OutputError(f"{self.url}: cannot write: {error}") from None
        self.written += len(line)

    def commit(self) -> None:
        try:
            self.stream.close()
            self.filesystem.mv(self.inner + PARTIAL_SUFFIX, self.inner)
        except OSError as error:
            raise OutputError(f"{self.url}: cannot write: {error}") from None

    def keep(self) -> str | None:
        try:
            self.stream.close()
        except OSError:
            return None
        return self.url + PARTIAL_SUFFIX if self.written else None


def _complete_lines(stream: IO[bytes], keys: set[tuple[str, str]]) -> Iterator[bytes]:
    """The complete lines of an earlier output, adding each article's (id, text_hash) to `keys`."""
    for line in stream:
        if not line.endswith(b"\n"):
            break  # a torn last line, left by a killed run
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            break  # not a line quotex wrote whole: the output is cut here
        if not isinstance(record, dict):
            break
        keys.add((str(record.get("id")), str(record.get("text_hash"))))
        yield line


def _complete_prefix(path: str, keys: set[tuple[str, str]]) -> int:
    with open(path, "rb") as stream:
        return sum(len(line) for line in _complete_lines(stream, keys))


def render_article(article: Article) -> Any:
    """A rich renderable: a panel with the quotes, then people, places and organisations.

    Every string from the article is shown with its control characters escaped (``printable``),
    so an article cannot move the cursor, set the title or write the clipboard of the terminal.
    """
    from rich.console import Group
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.text import Text

    parts: list[Any] = []
    for quote in article.quotes:
        # a header line per quote, the words indented below: readable at 80 columns
        header = Text()
        speaker = quote.speaker
        name = None
        if speaker is not None:
            name = speaker.name or (speaker.mention.text if speaker.mention else None)
        header.append(printable(name) if name else "unknown speaker", style="bold cyan" if name else "dim")
        if speaker is not None and speaker.mention is not None and name != speaker.mention.text:
            header.append(f" ({printable(speaker.mention.text)})", style="cyan")
        if quote.cue is not None:
            header.append(f" {printable(quote.cue.text)}", style="magenta")
        header.append(f"  {quote.type}", style="dim")
        opening, closing = {"direct": ("“", "”"), "partial": ("‘", "’"), "indirect": ("", "")}[quote.type]
        words = printable(quote.text, newlines=True)
        body = Text(f"{opening}{words}{closing}", style="italic" if quote.type == "indirect" else "")
        parts.append(Group(header, Padding(body, (0, 0, 0, 2))))
    if not article.quotes:
        parts.append(Text("no quotes found", style="dim"))
    groups: tuple[tuple[str, Sequence[Person | Entity]], ...] = (
        ("People", article.people),
        ("Places", article.places),
        ("Organisations", article.organisations),
    )
    for title, entities in groups:
        if not entities:
            continue
        line = Text(f"{title}: ", style="bold")
        for number, entity in enumerate(sorted(entities, key=lambda e: -e.count)):
            if number:
                line.append(", ")
            line.append(printable(entity.name))
            if isinstance(entity, Person) and entity.role:
                line.append(f" ({printable(entity.role)})", style="dim")  # "Dmitry Peskov (Putin's spokesman)"
            line.append(f" ×{entity.count}", style="dim")
        parts.append(Padding(line, (1, 0, 0, 0)) if title == "People" else line)
    subtitle = " · ".join(
        _count(len(items), one, many)
        for items, one, many in (
            (article.quotes, "quote", "quotes"),
            (article.people, "person", "people"),
            (article.places, "place", "places"),
            (article.organisations, "organisation", "organisations"),
        )
    )
    meta_title = article.meta.get("title")
    heading = meta_title if isinstance(meta_title, str) and meta_title else article.id
    return Panel(Group(*parts), title=Text(printable(heading), style="bold"), subtitle=subtitle, subtitle_align="right")


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


TABLE_FORMATS = ("csv", "tsv", "jsonl", "parquet")


def table_format(path: str | None, chosen: str | None) -> str:
    """The format of a flat table: chosen, else from the file's suffix, else CSV."""
    if chosen is not None:
        return chosen
    suffix = os.path.splitext(path or "")[1].lower().lstrip(".")
    return (
        {"ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix)
        if suffix in (*TABLE_FORMATS, "ndjson", "pq")
        else "csv"
    )


# lines of text written to the output at a time
TEXT_BATCH_LINES = 2000


def _is_plain(text: str, delimiter: str, delimiters: int) -> bool:
    """Whether fields joined as ``text`` with ``delimiters`` delimiters need no quoting."""
    return text.count(delimiter) == delimiters and '"' not in text and "\n" not in text and "\r" not in text


class _Lines(list[str]):
    """Lines for the output (the csv module writes one per row), kept until written out."""

    write = list.append


class TableWriter:
    """Flat rows to CSV, TSV, JSON lines or Parquet, streamed: Parquet in row groups of
    ``batch`` rows, with a column type for each column."""

    def __init__(
        self, stream: IO[bytes], fmt: str, columns: tuple[tuple[str, str], ...], *, batch: int = 50_000
    ) -> None:
        if fmt not in TABLE_FORMATS:
            raise QuotexError(f"unknown table format {fmt!r}: choose one of {', '.join(TABLE_FORMATS)}")
        self.stream, self.fmt, self.columns = stream, fmt, columns
        self.names = [name for name, _ in columns]
        self.pending: list[tuple[Any, ...]] = []
        self.batch = batch
        self.parquet: Any = None
        if fmt in ("csv", "tsv"):
            import csv

            # lines gather in a list and go out as UTF-8 a batch at a time: encoding row by
            # row costs more than writing them
            self.lines = _Lines()
            self.delimiter = "," if fmt == "csv" else "\t"
            self.csv = csv.writer(self.lines, delimiter=self.delimiter, lineterminator="\n")
            self.csv.writerow(self.names)
        elif fmt == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                raise QuotexError("Parquet needs pyarrow: pip install 'quotex[parquet]' (or pyarrow)") from None
            types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
            self.arrow_schema = pa.schema([(name, types[kind]) for name, kind in columns])
            # zstd: files 40 % smaller than the default snappy, written as fast
            self.parquet = pq.ParquetWriter(stream, self.arrow_schema, compression="zstd")

    def write(self, row: tuple[Any, ...]) -> None:
        """One row: its values in the order of the columns (None for a missing value)."""
        if self.fmt == "jsonl":
            self.stream.write(orjson.dumps(dict(zip(self.names, row, strict=True)), option=orjson.OPT_APPEND_NEWLINE))
        elif self.fmt == "parquet":
            self.pending.append(row)
            if len(self.pending) >= self.batch:
                self._flush_parquet()
        else:
            self.write_shared((), (row,))

    def write_shared(self, first: tuple[Any, ...], rests: Iterable[tuple[Any, ...]]) -> None:
        """Rows that start with the same values (an article's columns): ``first + rest`` for
        each of ``rests``."""
        if self.fmt == "parquet":
            self.pending.extend([first + rest for rest in rests])
            if len(self.pending) >= self.batch:
                self._flush_parquet()
            return
        if self.fmt == "jsonl":
            for rest in rests:
                self.write(first + rest)
            return
        # The csv module spends most of its time looking at every character for one that
        # needs quoting, and many rows have none. A row joined as it is, with exactly one
        # delimiter between fields and no quote mark or line break anywhere, is the line the
        # csv module would write; any other row is left to it. The shared values are joined
        # once.
        delimiter = self.delimiter
        join, append = delimiter.join, self.lines.append
        head = join(["" if value is None else value if value.__class__ is str else str(value) for value in first])
        plain_head = _is_plain(head, delimiter, len(first) - 1) if first else True
        head = head + delimiter if first else ""
        separators = len(self.names) - 1 - len(first)
        for rest in rests:
            line = join(["" if value is None else value if value.__class__ is str else str(value) for value in rest])
            if plain_head and _is_plain(line, delimiter, separators):
                append(head + line + "\n")
            else:
                self.csv.writerow(first + rest)  # the csv module writes None as an empty field
        if len(self.lines) >= TEXT_BATCH_LINES:
            self._flush_text()

    def _flush_text(self) -> None:
        self.stream.write("".join(self.lines).encode("utf-8"))
        self.lines.clear()

    def _flush_parquet(self) -> None:
        import pyarrow as pa

        if self.pending:
            columns = zip(*self.pending, strict=True)  # the rows turned into columns, in C
            arrays = [
                pa.array(values, type=field.type) for values, field in zip(columns, self.arrow_schema, strict=True)
            ]
            self.parquet.write_table(pa.Table.from_arrays(arrays, schema=self.arrow_schema))
            self.pending = []

    def close(self) -> None:
        if self.fmt == "parquet":
            self._flush_parquet()
            self.parquet.close()
        elif self.fmt in ("csv", "tsv"):
            self._flush_text()
        self.stream.flush()


def render_summary(group: str, summary: Any, top: int) -> Any:
    """A rich renderable of one group's counts (a ``corpus.Summary``)."""
    from rich.columns import Columns
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    def table(
        title: str, header: str, rows: list[tuple[str, int]], total: int | None = None, counted: str = "count"
    ) -> Group:
        shown = Table(show_edge=False, min_width=24)
        shown.add_column(header, overflow="fold")
        shown.add_column(counted, justify="right")
        if total:
            shown.add_column("share", justify="right")
        for name, count in rows:
            cells = [printable(str(name)), f"{count:,}"]
            if total:
                cells.append(f"{count / total:.0%}")
            shown.add_row(*cells)
        return Group(Text(title, style="bold"), shown, Text(""))

    speakers = [(summary.name(key), count) for key, count in summary.speakers.most_common(top)]
    # how many articles name each entity
    parts: list[Any] = [
        Text(
            f"{summary.articles:,} articles · {summary.quotes:,} quotes · {summary.with_role:,} with a role\n",
            style="dim",
        ),
        table("Top speakers", "speaker", speakers, counted="quotes"),
        Columns(
            [
                table("Quotes", "type", summary.by_type.most_common(), summary.quotes),
                table("Speakers", "kind", summary.by_kind.most_common(), summary.quotes),
                table("Speakers", "gender", summary.by_gender.most_common(), summary.quotes),
                table("Speakers", "role category", summary.by_role.most_common(), summary.quotes),
            ]
        ),
    ]
    entities = [
        table(
            f"Top {kind}",
            "articles naming",
            [(summary.name(key), count) for key, count in summary.entities[kind].most_common(top)],
        )
        for kind in ("people", "places", "organisations")
    ]
    parts.append(Columns(entities))
    return Panel(Group(*parts), title=Text(printable(group), style="bold"))
