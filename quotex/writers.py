"""Output: JSONL lines (orjson, bytes) and rich renderables for the terminal.

Nothing here prints: JSONL is returned as bytes for the caller's binary stream, and the
pretty view is a renderable the CLI hands to a rich Console.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from typing import IO, Any

import orjson

from quotex.models import Article

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


class AtomicFile:
    """Write to a temporary file beside ``path``; ``commit()`` renames it into place.

    An interrupted run commits what it finished, so the output file is always complete
    JSONL; a crash before any commit leaves the previous file untouched.
    """

    def __init__(self, path: str, *, append_from: str | None = None) -> None:
        self.path = path
        directory = os.path.dirname(os.path.abspath(path)) or "."
        fd, self.temp_path = tempfile.mkstemp(prefix=".quotex-", suffix=".tmp", dir=directory)
        self.stream: IO[bytes] = os.fdopen(fd, "wb")
        if append_from is not None and os.path.exists(append_from):
            with open(append_from, "rb") as previous:
                for line in previous:
                    if line.endswith(b"\n"):  # a torn last line is dropped, not kept
                        self.stream.write(line)

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.temp_path, self.path)

    def discard(self) -> None:
        if not self.stream.closed:
            self.stream.close()
        if os.path.exists(self.temp_path):
            os.unlink(self.temp_path)


def render_article(article: Article) -> Any:
    """A rich renderable: a panel with the quotes, then people, places and organisations."""
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
        header.append(name or "unknown speaker", style="bold cyan" if name else "dim")
        if speaker is not None and speaker.mention is not None and name != speaker.mention.text:
            header.append(f" ({speaker.mention.text})", style="cyan")
        if quote.cue is not None:
            header.append(f" {quote.cue.text}", style="magenta")
        header.append(f"  {quote.type}", style="dim")
        opening, closing = {"direct": ("“", "”"), "partial": ("‘", "’"), "indirect": ("", "")}[quote.type]
        body = Text(f"{opening}{quote.text}{closing}", style="italic" if quote.type == "indirect" else "")
        parts.append(Group(header, Padding(body, (0, 0, 0, 2))))
    if not article.quotes:
        parts.append(Text("no quotes found", style="dim"))
    for title, entities in (
        ("People", article.people),
        ("Places", article.places),
        ("Organisations", article.organisations),
    ):
        if not entities:
            continue
        line = Text(f"{title}: ", style="bold")
        for number, entity in enumerate(sorted(entities, key=lambda e: -e.count)):
            if number:
                line.append(", ")
            line.append(entity.name)
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
    return Panel(Group(*parts), title=Text(heading, style="bold"), subtitle=subtitle, subtitle_align="right")


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def finished_articles(path: str) -> set[tuple[str, str]]:
    """The ``(id, text_hash)`` of every complete line of an earlier output file (``--resume``
    keeps those articles); a torn last line, or a missing file, gives nothing."""
    keys: set[tuple[str, str]] = set()
    if not os.path.exists(path):
        return keys
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            keys.add((str(record.get("id")), str(record.get("text_hash"))))
    return keys
