"""The working records of quote extraction: rules, candidates, attributions, drafts.

These hold spaCy tokens and live only while one document is read; ``attribution.to_quote``
turns a draft into the plain ``Quote`` record that leaves the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotex.text.marks import MarkPair

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotex.entities import Cluster


@dataclass(frozen=True, slots=True)
class Rule:
    """A way quotex attributes a quote, as reported in ``Quote.rule``, with how often it
    was right (the quote's confidence)."""

    name: str
    confidence: float
    summary: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quoted stretch the layouts are asked about."""

    pair: MarkPair
    span: Span  # the tokens from its opening to its closing mark
    type: str  # "direct" or "partial"
    paragraph: int


@dataclass(frozen=True, slots=True)
class Resolved:
    """Who a speaker is: an entity's id and name, a description, or an unresolved pronoun."""

    id: str | None
    name: str | None
    kind: str  # one of models.SPEAKER_KINDS

    @classmethod
    def of(cls, entity: Cluster) -> Resolved:
        """An entity as a speaker: a person, else an organisation ("Russia said" is its government's)."""
        return cls(entity.id, entity.name, "person" if entity.kind == "person" else "organisation")


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a layout found for a quote."""

    rule: Rule
    cue: Token | None = None
    speaker: Token | None = None  # the head word naming the speaker
    speaker_span: tuple[int, int] | None = None  # token range naming the speaker; default: around `speaker`
    type: str | None = None  # the quote's type when the layout decides it (a transcript turn is direct)
    resolved: Resolved | None = None  # who, when the layout knows it without a mention (the interviewer)
    joins: QuoteDraft | None = None  # the quote is one more piece of this earlier one
    pair: MarkPair | None = None  # the quoted words, when the layout trims them (a turn without its label)


@dataclass(slots=True)
class QuoteDraft:
    """A quote under construction: its pieces grow and its speaker is resolved in place."""

    pairs: list[MarkPair]
    type: str
    rule: Rule
    cue: Token | None = None
    speaker_span: tuple[int, int] | None = None  # token indices [start, end)
    speaker_token: Token | None = None
    paragraph: int = 0
    resolved: Resolved | None = None
    members: list[Resolved] = field(default_factory=list)  # a joint statement's speakers, this one first
    role: str | None = None
    extra_fragments: list[tuple[int, int]] = field(default_factory=list)  # indirect content, as char offsets
    layout: str = ""  # the layout that attributed it, for tracing

    @property
    def report_range(self) -> tuple[int, int]:
        """An indirect quote's words, from its first fragment's start to its last's end
        (a parenthetical "Lee said" may split them in two)."""
        return self.extra_fragments[0][0], self.extra_fragments[-1][1]
