"""Turn paths, folders and stdin into ``Source`` records (id, path, text, meta).

Readers yield ``InputError`` values instead of raising them, so one bad file (or one bad
line of a JSONL dump) is reported and the rest of the batch goes on. What they read
leniently (a stray invalid byte, a file name that is not UTF-8, metadata too deep to keep as
it is) they report to ``on_warning`` and read all the same.
"""

from __future__ import annotations

import errno
import fnmatch
import json
import math
import os
import re
import stat
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

from quotex.decoding import BINARY_INPUT, decode_bytes, display_name
from quotex.errors import InputError, InputWarning
from quotex.storage import (
    compression_of,
    decompressed,
    inner_name,
    is_url,
    open_input,
    open_raw,
    url_status,
    walk_url_folder,
)
from quotex.warc import WARC_SUFFIXES, Page

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "warc")
DEFAULT_MAX_CHARS = 1_000_000
# seconds one article's extraction may take (after the parse) before it is reported and skipped
DEFAULT_ARTICLE_TIMEOUT = 120.0
STDIN = "-"
# no encoding needs more than 4 bytes a character
BYTES_PER_CHAR = 4
# a saved page holds far more markup than article: its size limit is this many times the text's
HTML_BYTES_PER_CHAR = 50
# metadata nested deeper than this is kept as JSON text (orjson writes at most 255 levels)
MAX_META_DEPTH = 64
# how much of stdin is read to tell JSONL and HTML from plain text
SNIFF_BYTES = 4096
READ_CHUNK = 1 << 20

__all__ = ["BINARY_INPUT", "ReadOptions", "Source", "read_sources", "walk_paths"]

WarningHandler = Callable[[InputWarning], None]


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    path: str | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


SourceOrError = Source | InputError


@dataclass(frozen=True, slots=True)
class ReadOptions:
    input_format: str = "auto"
    text_key: str = "text"
    id_key: str = "id"
    max_chars: int = DEFAULT_MAX_CHARS


def _warn_by_default(warning: InputWarning) -> None:
    warnings.warn(warning, stacklevel=3)


def walk_paths(
    paths: Iterable[str], *, glob: str | None = None, exclude: Iterable[str] = ()
) -> Iterator[str | InputError]:
    """Expand folders recursively (sorted, hidden entries skipped); pass files and '-' through.

    In a folder only regular files with a known suffix (or matching ``glob``) are taken, so a
    folder with a README or images in it still works; a FIFO, device or socket there is
    reported, never opened; a sub-folder that cannot be read is reported. A file named
    explicitly is always read. ``exclude`` holds files (and folders) never to read from
    folders: quotex's own output.
    """
    excluded = {path.rstrip("/") if is_url(path) else os.path.abspath(path) for path in exclude}
    for path in paths:
        if path == STDIN:
            yield path
            continue
        if is_url(path):
            yield from _walk_url(path, glob, excluded)
            continue
        problem = _missing(path)
        if problem is not None:
            yield InputError(display_name(path), problem)
        elif os.path.isdir(path):
            empty = True
            for found in _walk_directory(path, glob):
                if isinstance(found, str) and _excluded(os.path.abspath(found), excluded):
                    continue
                empty = False
                yield found
            if empty:
                yield _empty_folder(path, glob)
        else:
            yield path


def _excluded(path: str, excluded: set[str], separator: str = os.sep) -> bool:
    """`path` is one of the excluded files, or inside an excluded folder (a cluster run's parts)."""
    return path in excluded or any(path.startswith(folder + separator) for folder in excluded)


def _empty_folder(path: str, glob: str | None) -> InputError:
    wanted = (
        f"files matching {glob!r}" if glob else "article files (" + ", ".join(KNOWN_SUFFIXES) + ", compressed or not)"
    )
    return InputError(display_name(path), f"no {wanted} in this folder (choose files with --glob)")


def is_article_file(name: str) -> bool:
    """Whether a file found in a folder is read without --glob: a known suffix, before a
    compression suffix or alone."""
    return inner_name(name.lower()).endswith(KNOWN_SUFFIXES)  # dump.jsonl.gz, crawl.warc.gz (.warc)


def _walk_url(url: str, glob: str | None, excluded: set[str]) -> Iterator[str | InputError]:
    kind, problem = url_status(url)
    if kind == "file":
        yield url
    elif kind == "missing":
        yield InputError(display_name(url), problem or "no such file or folder")
    else:
        empty = True
        for found in walk_url_folder(url, glob, is_article_file):
            if _excluded(found, excluded, "/"):
                continue
            empty = False
            yield found
        if empty:
            yield _empty_folder(url, glob)


def _missing(path: str) -> str | None:
    """Why `path` cannot be read at all, or None."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot read: {error.strerror or error}"
    except ValueError as error:  # an embedded NUL
        return f"cannot read: {error}"
    return None


def _walk_directory(root: str, glob: str | None) -> Iterator[str | InputError]:
    # os.walk with sorted, pruned dirnames keeps memory flat and order stable
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        while unreadable:
            yield _unreadable_folder(unreadable.pop(0), dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            if glob is not None:
                relative = os.path.relpath(path, root)
                if not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(relative, glob)):
                    continue
            elif not is_article_file(name):
                continue
            kind = _file_kind(path)
            if kind is not None:
                yield InputError(display_name(path), f"not a regular file ({kind}): skipped")
                continue
            yield path
    for error in unreadable:
        yield _unreadable_folder(error, root)


def _unreadable_folder(error: OSError, where: str) -> InputError:
    return InputError(display_name(str(error.filename or where)), f"cannot read this folder: {error.strerror or error}")


def _file_kind(path: str) -> str | None:
    """None for a regular file (or a link to one); else what it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def read_sources(
    paths: Iterable[str],
    *,
    glob: str | None = None,
    options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    exclude: Iterable[str] = (),
    on_warning: WarningHandler | None = None,
) -> Iterator[SourceOrError]:
    """Every article found under ``paths``, in order, with errors in their place."""
    warn = on_warning or _warn_by_default
    for item in walk_paths(paths, glob=glob, exclude=exclude):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_path(item, options=options, stdin=stdin, on_warning=warn)
        except InputError as error:
            yield error


def read_path(
    path: str,
    *,
    options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    on_warning: WarningHandler | None = None,
) -> Iterator[SourceOrError]:
    """The articles of one file (one, or one per line of JSONL) or of stdin ('-')."""
    warn = on_warning or _warn_by_default
    fmt = options.input_format
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        if fmt == "auto":
            fmt, stream = sniff(stream)
        if fmt == "jsonl":
            yield from read_jsonl_lines(stream, "<stdin>", options, warn)
            return
        data = _read_capped(stream, "<stdin>", byte_limit(fmt, options))
        yield _article(data, "<stdin>", "stdin", None, fmt, options, warn)
        return
    label = display_name(path)
    if label != path:
        warn(InputWarning(label, "the file name is not valid UTF-8: its bytes are written as \\x escapes"))
    if fmt == "auto":
        fmt = format_of(path)
    try:
        # a WARC.gz is gzipped record by record, which warcio reads itself
        with open_input(path) if fmt != "warc" else open_raw(path) as handle:
            if fmt == "jsonl":
                yield from read_jsonl_lines(handle, label, options, warn)
                return
            if fmt == "warc":
                yield from read_warc(handle, label, options, warn)
                return
            data = _read_capped(handle, label, byte_limit(fmt, options))
    except (OSError, EOFError) as error:  # EOFError: a compressed file cut short
        raise InputError(label, read_failure(path, error)) from None
    yield _article(data, label, _id_from_path(label), label, fmt, options, warn)


def read_failure(path: str, error: Exception) -> str:
    compression = compression_of(path)
    if compression is not None and not isinstance(error, FileNotFoundError | PermissionError):
        return f"cannot decompress ({compression}): {getattr(error, 'strerror', None) or error}"
    return f"cannot read: {getattr(error, 'strerror', None) or error}"


def read_warc(stream: BinaryIO, label: str, options: ReadOptions, warn: WarningHandler) -> Iterator[SourceOrError]:
    """An article per HTML response of a web archive (see ``quotex.warc``)."""
    from quotex.warc import warc_pages

    for page in warc_pages(stream, label, byte_limit("html", options)):
        yield page if isinstance(page, InputError) else page_source(page, options, warn)


def page_source(page: Page, options: ReadOptions, warn: WarningHandler) -> SourceOrError:
    """The article of one HTML response of an archive (its URL is its id)."""
    try:
        return _article(page.html, page.where, page.url or page.where, None, "html", options, warn, page.meta)
    except InputError as error:
        return error


def byte_limit(fmt: str, options: ReadOptions) -> int:
    return options.max_chars * (HTML_BYTES_PER_CHAR if fmt == "html" else BYTES_PER_CHAR)


def _read_capped(handle: BinaryIO, label: str, limit: int) -> bytes:
    """All of a file, FIFO or device, but never more than `limit` bytes (/dev/zero ends)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(label, f"more than {limit:,} bytes, over the --max-chars limit (raise it with --max-chars)")
    return data


def _article(
    data: bytes,
    label: str,
    source_id: str,
    path: str | None,
    fmt: str,
    options: ReadOptions,
    warn: WarningHandler,
    known_meta: dict[str, Any] | None = None,
) -> Source:
    meta: dict[str, Any] = {}
    if fmt == "html":
        from quotex.html import extract_html

        text, meta, problem = extract_html(data, label)
        meta = {**meta, **(known_meta or {})}  # what the archive says of the page wins
        if problem is not None:
            warn(InputWarning(label, problem))
    else:
        decoded = decode_bytes(data, label)
        if decoded.warning():
            warn(InputWarning(label, str(decoded.warning())))
        text = decoded.text
    return make_source(source_id, path, text, meta, label, options.max_chars)


def make_source(
    source_id: str, path: str | None, text: str, meta: dict[str, Any], label: str, max_chars: int
) -> Source:
    if not any(character.isalnum() for character in text):
        raise InputError(label, "empty: no article text to read")
    if len(text) > max_chars:
        raise InputError(
            label, f"article is {len(text):,} characters, over the limit of {max_chars:,} (raise it with --max-chars)"
        )
    return Source(source_id, path, text, meta)


def format_of(path: str) -> str:
    """What a file holds, by its name: text, html, jsonl or warc (compressed or not)."""
    if path.lower().endswith(WARC_SUFFIXES):
        return "warc"
    lower = inner_name(path.lower())
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "text"


def _id_from_path(path: str) -> str:
    return os.path.splitext(os.path.basename(inner_name(path)))[0]


# the first thing on stdin: a JSON object on a line of its own, or markup
_JSON_OBJECT = re.compile(rb"\s*\{")
_HTML = re.compile(rb"\s*<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)


class _Prefixed:
    """A stream with some bytes already read from it put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            return self.rest.read(size)
        if size < 0:
            data, self.head = self.head + self.rest.read(), b""
            return data
        data, self.head = self.head[:size], self.head[size:]
        if len(data) < size:
            data += self.rest.read(size - len(data))
        return data


# the first bytes of each compression format quotex reads
_MAGIC = {b"\x1f\x8b": "gzip", b"BZh": "bz2", b"\xfd7zXZ\x00": "xz", b"\x28\xb5\x2f\xfd": "zstd"}


def sniff(stream: BinaryIO) -> tuple[str, BinaryIO]:
    """What stdin holds, by its first bytes: JSONL (a JSON object first), HTML (markup
    first) or text, compressed (gzip, bzip2, xz, zstd) or not."""
    head = stream.read(SNIFF_BYTES)
    rest: BinaryIO = _Prefixed(head, stream)  # type: ignore[assignment]
    compression = next((name for magic, name in _MAGIC.items() if head.startswith(magic)), None)
    if compression is not None:
        return sniff(decompressed(rest, compression))
    body = head.removeprefix(b"\xef\xbb\xbf")
    if _JSON_OBJECT.match(body):
        first = body.split(b"\n", 1)[0]
        try:
            if isinstance(_loads(first), dict):
                return "jsonl", rest
        except ValueError:
            pass
    if _HTML.match(body):
        return "html", rest
    return "text", rest


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines ending in LF, CR LF or a lone CR (old Mac files), read in chunks."""
    pending = b""
    while True:
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            break
        pending += chunk
        if pending.endswith(b"\r"):
            continue  # its LF may open the next chunk
        parts = re.split(rb"\r\n|\r|\n", pending)
        pending = parts.pop()
        yield from parts
        if len(pending) > READ_CHUNK * 64:  # a line with no end in sight: hand it on as it is
            yield pending
            pending = b""
    parts = re.split(rb"\r\n|\r|\n", pending) if pending else []
    yield from parts


def read_jsonl_lines(
    stream: BinaryIO,
    label: str,
    options: ReadOptions,
    on_warning: WarningHandler | None = None,
    *,
    first_line: int = 1,
) -> Iterator[SourceOrError]:
    """One article per line; a bad line is reported with its number and skipped.
    ``first_line``: the number of the stream's first line in its file (a block of a file)."""
    warn = on_warning or _warn_by_default
    stem = "stdin" if label == "<stdin>" else _id_from_path(label)
    for number, raw in enumerate(_lines(stream), start=first_line):
        where = f"{label}:{number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        if len(raw) > options.max_chars * BYTES_PER_CHAR + 1024:
            yield InputError(
                where, f"line is {len(raw):,} bytes, over the --max-chars limit of {options.max_chars:,} characters"
            )
            continue
        try:
            record = _loads(raw)
        except ValueError as error:
            yield InputError(where, f"not valid JSON ({error})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "not a JSON object")
            continue
        changes: list[str] = []
        record = _plain(record, changes, 0)
        for change in sorted(set(changes)):
            warn(InputWarning(where, change))
        text = record.get(options.text_key)
        if not isinstance(text, str):
            yield InputError(where, f"no string field {options.text_key!r} (choose the field with --text-key)")
            continue
        raw_id = record.get(options.id_key)
        source_id = str(raw_id) if raw_id not in (None, "") else f"{stem}:{number}"
        meta = {key: value for key, value in record.items() if key not in (options.text_key, options.id_key)}
        try:
            yield make_source(source_id, None if label == "<stdin>" else label, text, meta, where, options.max_chars)
        except InputError as error:
            yield error


# integers of this many digits may not survive orjson's 64-bit parse
_LONG_NUMBER = re.compile(rb"\d{16,}")


def _loads(raw: bytes) -> Any:
    """JSON, fast; what orjson refuses or may round (NaN, Infinity, lone surrogates, big
    integers) through the standard library, which keeps them."""
    try:
        if not _LONG_NUMBER.search(raw):
            return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw.decode("utf-8", "surrogateescape"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise ValueError(str(error)) from None


def _plain(value: Any, changes: list[str], depth: int) -> Any:
    """`value` as JSON quotex can write: NaN and infinities as null, integers beyond 64
    bits and metadata nested too deep as text, lone surrogates as U+FFFD."""
    if isinstance(value, str):
        if not _encodable(value):
            changes.append("text that is not valid Unicode (a lone surrogate) replaced by U+FFFD")
            return "".join("\ufffd" if "\ud800" <= character <= "\udfff" else character for character in value)
        return value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if -(2**63) <= value < 2**64:
            return value
        changes.append("an integer beyond 64 bits kept as text")
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        changes.append("NaN or Infinity written as null")
        return None
    if depth >= MAX_META_DEPTH:
        changes.append(f"metadata nested over {MAX_META_DEPTH} levels deep kept as JSON text")
        return json.dumps(value)  # ASCII: a lone surrogate deep inside stays an escape
    if isinstance(value, dict):
        return {_plain(key, changes, depth + 1): _plain(item, changes, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item, changes, depth + 1) for item in value]
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
