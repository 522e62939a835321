"""quotex's output records as the corpus view reads them back: only the fields that tables,
summaries and the report use, typed, decoded straight from a JSON line (msgspec). Every other
field (fragments, mentions' text, terms, the article text) is skipped without being built, which
is most of what reading a record costs; a line of the wrong shape is an error naming the field.

Fields that older schema versions lack default to None; ``SpeakerRecord.key`` is UNSET (not
None) before schema 1.2, where the key is worked out from the name instead."""

from __future__ import annotations

from typing import Any

import msgspec

# Records are trees: they are kept out of the cyclic garbage collector (gc=False), which a
# stream of millions of them would otherwise keep walking.


class MentionStart(msgspec.Struct, frozen=True, gc=False):
    start: int


class EvidenceRecord(msgspec.Struct, frozen=True, gc=False):
    kind: str | None = None


class EntityRecord(msgspec.Struct, frozen=True, gc=False):
    """A person, place or organisation entry of an article."""

    id: str
    name: str
    label: str | None = None
    count: int | None = None
    # read only by the entity table, and only for the first start: left as JSON until then
    mentions: msgspec.Raw = msgspec.Raw(b"[]")
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    gender_evidence: EvidenceRecord | None = None

    def first_start(self) -> int | None:
        mentions = msgspec.json.decode(self.mentions, type=list[MentionStart])
        return mentions[0].start if mentions else None


class QuoteSpeakerRecord(msgspec.Struct, frozen=True, gc=False):
    """Who a quote is given to: a person, an organisation, a description or a pronoun; for a
    joint statement, each member."""

    id: str | None = None
    name: str | None = None
    kind: str | None = None
    members: list[QuoteSpeakerRecord] = []


class CueRecord(msgspec.Struct, frozen=True, gc=False):
    text: str


class QuoteRecord(msgspec.Struct, frozen=True, gc=False):
    type: str
    text: str | None = None
    start: int | None = None
    end: int | None = None
    speaker: QuoteSpeakerRecord | None = None
    cue: CueRecord | None = None
    rule: str | None = None
    confidence: float | None = None
    indirect_kind: str | None = None


class SpeakerRecord(msgspec.Struct, frozen=True, gc=False):
    """An entry of an article's speakers list."""

    id: str
    name: str | None = None
    key: str | None | msgspec.UnsetType = msgspec.UNSET
    kind: str | None = None
    role: str | None = None
    gender: str | None = None


class ArticleRecord(msgspec.Struct, frozen=True, gc=False):
    """One article's output record, as far as the corpus view reads it."""

    id: str | int
    quotes: list[QuoteRecord]
    path: str | None = None
    meta: dict[str, Any] | None = None
    speakers: list[SpeakerRecord] = []
    people: list[EntityRecord] = []
    places: list[EntityRecord] = []
    organisations: list[EntityRecord] = []

    def entities(self, kind: str) -> list[EntityRecord]:
        """The entries of one kind: "people", "places" or "organisations"."""
        if kind == "people":
            return self.people
        if kind == "places":
            return self.places
        if kind == "organisations":
            return self.organisations
        raise ValueError(f"no entity kind {kind!r}")


_DECODER = msgspec.json.Decoder(ArticleRecord)


def decode_record(line: bytes) -> ArticleRecord:
    """One JSON line as an article record. Raises ``msgspec.ValidationError`` (naming the
    field) for a JSON value of another shape, ``msgspec.DecodeError`` for a line that is not
    JSON."""
    return _DECODER.decode(line)


def record_from_dict(record: dict[str, Any]) -> ArticleRecord:
    """An article record already read into Python values (``orjson.loads`` of a line)."""
    return _DECODER.decode(msgspec.json.encode(record))
