"""The article's speakers list: one entry per speaker, ids shared with the entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quotex.entities import normalise_name
from quotex.keys import key_of
from quotex.models import Speaker
from quotex.quotes.records import QuoteDraft, Resolved


@dataclass(slots=True)
class _Entry:
    id: str | None
    name: str
    kind: str
    role: str | None
    quotes: int = 0


def speaker_records(found: Sequence[QuoteDraft]) -> list[Speaker]:
    """One entry per speaker; ids are shared with ``people``/``organisations`` where linked."""
    by_key: dict[str, _Entry] = {}  # in order of first quote
    for item in found:
        if item.resolved is None or item.resolved.name is None:
            continue
        # each speaker of a joint statement is quoted once by it; the role is the first's
        for number, resolved in enumerate(item.members or [item.resolved]):
            role = item.role if number == 0 else None
            key = resolved.id or f"name:{normalise_name(resolved.name or '')}"
            if key not in by_key:
                by_key[key] = _Entry(resolved.id, resolved.name or "", resolved.kind, role)
            entry = by_key[key]
            entry.quotes += 1
            entry.role = entry.role or role
    described: dict[str | None, list[QuoteDraft]] = {}  # quotes of speakers without an id, by name
    for item in found:
        if item.resolved is not None and item.resolved.id is None:
            described.setdefault(item.resolved.name, []).append(item)
    records = []
    descriptions = 0
    for entry in by_key.values():
        speaker_id, name, kind, role, count = entry.id, entry.name, entry.kind, entry.role, entry.quotes
        if speaker_id is None:
            descriptions += 1
            speaker_id = f"s{descriptions}"
            for item in described.get(name, ()):
                item.resolved = Resolved(speaker_id, name, kind)
        cross_article = key_of(name) if kind in ("person", "organisation") else None
        records.append(Speaker(speaker_id, name, cross_article, kind, role, None, count))
    return records
