"""Turn paths, folders and stdin into ``Source`` records (id, path, text, meta).

Readers yield ``InputError`` values instead of raising them, so one bad file (or one bad
line of a JSONL dump) is reported and the rest of the batch goes on.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from quotex.errors import InputError

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
INPUT_FORMATS = ("auto", "text", "html", "jsonl")
DEFAULT_MAX_CHARS = 1_000_000
STDIN = "-"
BINARY_INPUT = "binary file, not text (pass article files: .txt, .html, .jsonl)"


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


def walk_paths(
    paths: Iterable[str], *, glob: str | None = None, exclude: Iterable[str] = ()
) -> Iterator[str | InputError]:
    """Expand folders recursively (sorted, hidden entries skipped); pass files and '-' through.

    In a folder only files with a known suffix (or matching ``glob``) are taken, so a folder
    with a README or images in it still works; a file named explicitly is always read.
    ``exclude`` holds files never to read from folders: quotex's own output file.
    """
    excluded = {os.path.abspath(path) for path in exclude}
    for path in paths:
        if path == STDIN:
            yield path
            continue
        if not os.path.exists(path):
            yield InputError(path, "no such file or folder")
        elif os.path.isdir(path):
            empty = True
            for found in _walk_directory(Path(path), glob):
                if os.path.abspath(found) not in excluded:
                    empty = False
                    yield found
            if empty:
                wanted = f"files matching {glob!r}" if glob else "article files (" + ", ".join(KNOWN_SUFFIXES) + ")"
                yield InputError(path, f"no {wanted} in this folder (choose files with --glob)")
        else:
            yield path


def _walk_directory(root: Path, glob: str | None) -> Iterator[str]:
    # os.walk with sorted, pruned dirnames keeps memory flat and order stable
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if glob is not None:
                relative = os.path.relpath(os.path.join(dirpath, name), root)
                if not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(relative, glob)):
                    continue
            elif not name.lower().endswith(KNOWN_SUFFIXES):
                continue
            yield os.path.join(dirpath, name)


def read_sources(
    paths: Iterable[str],
    *,
    glob: str | None = None,
    options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[SourceOrError]:
    """Every article found under ``paths``, in order, with errors in their place."""
    for item in walk_paths(paths, glob=glob, exclude=exclude):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_path(item, options=options, stdin=stdin)
        except InputError as error:
            yield error


def read_path(
    path: str, *, options: ReadOptions = ReadOptions(), stdin: BinaryIO | None = None
) -> Iterator[SourceOrError]:
    fmt = options.input_format
    if fmt == "auto":
        fmt = _format_from_suffix(path)
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        if fmt == "jsonl":
            yield from read_jsonl_lines(stream, "<stdin>", options)
            return
        data = stream.read()
        label, source_id, source_path = "<stdin>", "stdin", None
    else:
        if fmt == "jsonl":
            try:
                with open(path, "rb") as handle:
                    yield from read_jsonl_lines(handle, path, options)
            except OSError as error:
                yield InputError(path, f"cannot read: {error.strerror or error}")
            return
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > options.max_chars * 4:  # no encoding needs more than 4 bytes a character
                    raise InputError(
                        path,
                        f"file is {size:,} bytes, over the limit of {options.max_chars:,} characters (raise it with --max-chars)",
                    )
                data = handle.read()
        except OSError as error:
            raise InputError(path, f"cannot read: {error.strerror or error}") from None
        label, source_id, source_path = path, _id_from_path(path), path
    text = decode_bytes(data, label)
    meta: dict[str, Any] = {}
    if fmt == "html":
        from quotex.html import extract_html

        text, meta = extract_html(text, label)
    yield make_source(source_id, source_path, text, meta, label, options.max_chars)


def make_source(
    source_id: str, path: str | None, text: str, meta: dict[str, Any], label: str, max_chars: int
) -> Source:
    if not text.strip():
        raise InputError(label, "empty: no article text to read")
    if len(text) > max_chars:
        raise InputError(
            label, f"article is {len(text):,} characters, over the limit of {max_chars:,} (raise it with --max-chars)"
        )
    return Source(source_id, path, text, meta)


def _format_from_suffix(path: str) -> str:
    lower = path.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "text"


def _id_from_path(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def decode_bytes(data: bytes, label: str) -> str:
    """Decode an article: BOMs first, then UTF-8, UTF-16 without BOM, Windows-1252.

    Windows-1252 is the last resort because nearly every byte string decodes as it; what
    it leaves undefined, NUL bytes in something that is not UTF-16, or control characters
    in whatever decoded, mean binary input.
    """
    text = _decode_text(data, label)
    if _looks_binary(text):
        raise InputError(label, BINARY_INPUT)
    return text


def _decode_text(data: bytes, label: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8", label)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", label)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        return _decode_nul_bearing(data, label) if "\x00" in text else text
    if b"\x00" in data:
        return _decode_nul_bearing(data, label)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(label, "cannot decode: not UTF-8, UTF-16 or Windows-1252 text") from None


def _decode(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(label, f"cannot decode as {encoding}: {error.reason} at byte {error.start}") from None


def _decode_nul_bearing(data: bytes, label: str) -> str:
    # UTF-16 without a BOM: ASCII-range text puts a NUL in every other byte
    even, odd = data[0::2], data[1::2]
    if len(data) % 2 == 0 and data:
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return _decode(data, "utf-16-le", label)
        if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return _decode(data, "utf-16-be", label)
    raise InputError(label, BINARY_INPUT)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for char in text[:4096] if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > 0.01 * min(len(text), 4096)


def read_jsonl_lines(stream: BinaryIO, label: str, options: ReadOptions) -> Iterator[SourceOrError]:
    """One article per line; a bad line is reported with its number and skipped."""
    stem = "stdin" if label == "<stdin>" else _id_from_path(label)
    for number, raw in enumerate(stream, start=1):
        where = f"{label}:{number}"
        if not raw.strip():
            continue
        if len(raw) > options.max_chars * 4 + 1024:
            yield InputError(
                where, f"line is {len(raw):,} bytes, over the --max-chars limit of {options.max_chars:,} characters"
            )
            continue
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            yield InputError(where, f"not valid JSON ({error})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "not a JSON object")
            continue
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
