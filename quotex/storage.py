"""Where bytes come from and go to: local files or any fsspec URL, compressed or not.

Local paths are opened directly (no fsspec import for the common case). A URL
(``s3://bucket/dump.jsonl.zst``, ``gcs://…``, ``hdfs://…``, ``file:///…``) goes through fsspec,
which needs the filesystem's own package (s3fs, gcsfs…) installed where it is read. A
compression suffix (``.gz``, ``.bz2``, ``.xz``, ``.zst``) is decompressed as a stream, so a
dump of any size is read in flat memory; the suffix before it says what the file holds.
Every choice between a local path and a URL is made here, once.
"""

from __future__ import annotations

import fnmatch
import os
import re
import uuid
from collections.abc import Iterator
from typing import IO, Any, BinaryIO, cast

COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def compression_of(path: str) -> str | None:
    """The compression a file name announces (``dump.jsonl.gz`` → ``gzip``), or None."""
    return COMPRESSIONS.get(os.path.splitext(path.lower())[1])


def inner_name(path: str) -> str:
    """The file name without its compression suffix: what the file holds."""
    return path[: -len(os.path.splitext(path)[1])] if compression_of(path) else path


def open_raw(path: str) -> BinaryIO:
    """The file's bytes as they are stored (a local path or a URL)."""
    if not is_url(path):
        return cast(BinaryIO, open(path, "rb"))
    import fsspec

    return cast(BinaryIO, fsspec.open(path, "rb").open())


def open_input(path: str) -> BinaryIO:
    """The file's content, decompressed as it is read when its name says it is compressed."""
    raw = open_raw(path)
    try:
        return decompressed(raw, compression_of(path))
    except BaseException:
        raw.close()
        raise


def decompressed(raw: IO[bytes], compression: str | None) -> BinaryIO:
    """A stream of `raw`'s decompressed bytes (closing it closes `raw`)."""
    if compression is None:
        return raw  # type: ignore[return-value]
    if compression == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "bz2":
        import bz2

        return bz2.BZ2File(raw, "rb")  # type: ignore[return-value]
    if compression == "xz":
        import lzma

        return lzma.LZMAFile(raw, "rb")  # type: ignore[return-value]
    import zstandard

    # read_across_frames: a .zst written in several frames (zstd --adapt, pzstd, appended
    # files) is read to its end, as the zstd command would
    return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)


def read_range(path: str, start: int, length: int) -> bytes:
    """`length` bytes of an uncompressed file from byte `start` (a JSONL block on a worker)."""
    with open_raw(path) as handle:
        handle.seek(start)
        return handle.read(length)


def size_of(path: str) -> int:
    if not is_url(path):
        return os.path.getsize(path)
    filesystem, inner = filesystem_of(path)
    return int(filesystem.size(inner))


def filesystem_of(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of a URL and the path on it."""
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def join(folder: str, name: str) -> str:
    """`name` in `folder` (a local folder or a URL)."""
    return folder.rstrip("/") + "/" + name if is_url(folder) else os.path.join(folder, name)


def names_in(folder: str) -> list[str]:
    """The names of the entries of `folder` (none when there is no such folder)."""
    if not is_url(folder):
        return os.listdir(folder) if os.path.isdir(folder) else []
    filesystem, inner = filesystem_of(folder)
    if not filesystem.isdir(inner):
        return []
    return [entry.rstrip("/").rsplit("/", 1)[-1] for entry in filesystem.ls(inner, detail=False)]


def read_small(path: str) -> bytes | None:
    """A small file's bytes, or None when there is none."""
    try:
        with open_raw(path) as handle:
            return handle.read()
    except FileNotFoundError:
        return None


# what a temporary file written beside its final name starts and ends with: hidden (a leading
# dot), so `cat out/part-*` or a reader of the folder never takes a write cut short for data
TEMPORARY_PREFIX, TEMPORARY_INFIX = ".", ".tmp-"


def temporary_name(path: str) -> str:
    """A unique hidden name beside `path`: ``out/part-000001.jsonl`` → ``out/.part-000001.jsonl.tmp-…``."""
    folder, separator, name = path.rpartition("/" if is_url(path) else os.sep)
    return f"{folder}{separator}{TEMPORARY_PREFIX}{name}{TEMPORARY_INFIX}{uuid.uuid4().hex}"


def is_temporary_name(name: str) -> bool:
    return name.startswith(TEMPORARY_PREFIX) and TEMPORARY_INFIX in name


def remove(path: str) -> None:
    """Delete the file `path` (local or a URL); one that is gone already is no error."""
    try:
        if is_url(path):
            filesystem, inner = filesystem_of(path)
            filesystem.rm(inner)
        else:
            os.remove(path)
    except FileNotFoundError:
        pass


def write_atomically(path: str, data: bytes) -> None:
    """`data` as the file `path`, whole or not at all: written beside it under a unique hidden
    name, then renamed over it (written twice, the same bytes end under the same name)."""
    temporary = temporary_name(path)
    if not is_url(path):
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        return
    filesystem, inner = filesystem_of(temporary)
    with filesystem.open(inner, "wb") as handle:
        handle.write(data)
    filesystem.mv(inner, filesystem_of(path)[1])


def url_status(url: str) -> tuple[str, str | None]:
    """('file' | 'folder' | 'missing', the problem when it cannot be reached)."""
    try:
        filesystem, inner = filesystem_of(url)
        if filesystem.isdir(inner):
            return "folder", None
        if filesystem.isfile(inner):
            return "file", None
        return "missing", "no such file or folder"
    except ImportError as error:
        return "missing", f"cannot read this URL: {error} (install the package for its filesystem)"
    except (OSError, ValueError) as error:
        return "missing", f"cannot read: {error}"


def walk_url_folder(url: str, glob: str | None, wanted: Any) -> Iterator[str]:
    """The files under a folder URL, sorted, hidden entries skipped, as for a local folder:
    those matching `glob`, else those whose name `wanted` accepts."""
    filesystem, inner = filesystem_of(url)
    protocol = url.split("://", 1)[0]
    root = inner.rstrip("/")
    for found in sorted(filesystem.find(inner)):
        relative = found[len(root) :].lstrip("/")
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        name = relative.rsplit("/", 1)[-1]
        if glob is not None:
            if not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(relative, glob)):
                continue
        elif not wanted(name):
            continue
        yield f"{protocol}://{found}" if not found.startswith(f"{protocol}://") else found
