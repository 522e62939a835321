"""Tables built once from a package's data (the gazetteer's places, the world's first names)
and kept in the user's cache folder, so that each later process reads them back in a few
hundredths of a second instead of building them again.

A missing, unreadable or unwritable cache costs only the time to build the table again, never a
different answer: a file is written whole or not at all (several workers may build at once),
and its name carries a digest of everything the table is built from.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from typing import Any


def cache_path(table: str, source_file: str, data_version: str) -> str | None:
    """Where `table` is kept: QUOTEX_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or
    ~/.cache) under quotex/, named for the module that builds it (`source_file`, by its
    contents), the release of the data it is built from and the Python version (marshal's
    format follows it), so that a change to any of them builds the table again; None when the
    module's source cannot be read."""
    folder = os.environ.get("QUOTEX_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "quotex"
    )
    try:
        with open(source_file, "rb") as source:
            digest = hashlib.sha1(source.read())
    except OSError:
        return None
    digest.update(f"{data_version} {sys.version_info[:2]}".encode())
    return os.path.join(folder, f"{table}-{digest.hexdigest()[:16]}.marshal")


def read_table(path: str | None) -> Any:
    """The table kept at `path`, or None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        with open(path, "rb") as cached:
            return marshal.loads(cached.read())  # load() on a file reads piece by piece: 5x slower
    except (OSError, EOFError, ValueError, TypeError):
        return None  # none yet, or unreadable: the caller builds it again


def write_table(path: str | None, table: Any) -> None:
    """Keep `table` at `path`, whole or not at all, even with several workers writing it."""
    if path is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}.partial"
        with open(partial, "wb") as out:
            marshal.dump(table, out)
        os.replace(partial, path)
    except OSError:
        pass  # a read-only home: the table is built again in each process instead
