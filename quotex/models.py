"""The records quotex emits: frozen dataclasses holding plain values only.

Offsets everywhere are code-point (Python ``str``) offsets into the article text as read,
after decoding; ``text[start:end]`` gives the span back.  No spaCy object crosses this
boundary, so records pickle cheaply between worker processes and serialise with orjson.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.6"

QUOTE_TYPES = ("direct", "partial", "indirect")
# what an indirect quote reports: words said or written, a thought, wish, plan or finding, only
# what the words were about, or speech that did not happen
INDIRECT_KINDS = ("speech", "thought", "topic", "not_said")
SPEAKER_KINDS = ("person", "organisation", "description", "pronoun")
GENDERS = ("female", "male")
GENDER_EVIDENCE_KINDS = ("honorific", "noun", "pronoun", "first_name")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Member:
    """One of the speakers of a joint statement ("Ann Lee and Tom Ward said")."""

    id: str
    name: str
    kind: str  # "person" or "organisation"


@dataclass(frozen=True, slots=True)
class QuoteSpeaker:
    """Who a quote is attributed to: the words in the text and the resolved name."""

    id: str | None  # id shared with the article's ``speakers`` (and ``people``) entries
    name: str | None  # canonical name, or None when a pronoun could not be resolved
    kind: str  # one of SPEAKER_KINDS
    mention: Span | None  # the words naming the speaker where the quote is attributed
    members: list[Member] = field(default_factory=list)  # all speakers of a joint statement, this one first


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words: fragments joined as the speaker's words (see spoken_text)
    start: int  # first character of the first fragment (its opening mark included)
    end: int  # one past the last character of the last fragment
    type: str  # one of QUOTE_TYPES
    fragments: list[Span]
    speaker: QuoteSpeaker | None
    cue: Span | None
    rule: str  # the attribution rule that fired, e.g. "cue_after_quote"
    confidence: float
    indirect_kind: str | None = None  # one of INDIRECT_KINDS for an indirect quote, else None


@dataclass(frozen=True, slots=True)
class Term:
    """A quoted stretch that is not presented as anyone's statement (title, scare quote)."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class GenderEvidence:
    """The words that decided a person's gender: "Mrs", "mother", "she", or a first name."""

    kind: str  # one of GENDER_EVIDENCE_KINDS
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    key: str | None  # cross-article key of a person or organisation; None for a description
    kind: str
    role: str | None  # "Putin's spokesman": given at a quote, else the person's role
    gender: str | None  # the linked person's (see Person.gender)
    quotes: int


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str  # canonical name: the fullest form used, without possessive or title
    key: str  # cross-article key: the name folded ("volodymyr zelensky")
    label: str  # PERSON
    count: int
    mentions: list[Span]
    role: str | None  # the first role the article gives: "Senate Minority Whip", "Putin's spokesman"
    gender: str | None  # one of GENDERS, only with evidence; inferred, see the README
    gender_evidence: GenderEvidence | None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str  # canonical name: the fullest form used, without possessive or title
    key: str  # cross-article key: the name folded
    label: str  # spaCy label kept after correction (PERSON, GPE, LOC, FAC, ORG, ...)
    count: int
    mentions: list[Span]
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str | None
    quotes: list[Quote]
    speakers: list[Speaker]
    people: list[Person]
    places: list[Entity]
    organisations: list[Entity]
    terms: list[Term] = field(default_factory=list)
    other_entities: list[Entity] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    text_hash: str = ""  # SHA-1 of the text, so --resume can tell a changed article
    text: str | None = None  # only with include_text
    schema_version: str = SCHEMA_VERSION
