"""A layout: one way news prose attributes a quote, as a record tried in an ordered table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from quotex.quotes.context import QuoteContext
from quotex.quotes.records import Attribution, Candidate, QuoteDraft, Rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# the signatures of the layouts of each stage
QuoteFinder = Callable[[QuoteContext, Candidate], Attribution | None]
CarriedFinder = Callable[[QuoteContext, Candidate, Sequence[QuoteDraft]], Attribution | None]
ReportFinder = Callable[[QuoteContext, "Token"], QuoteDraft | None]
Finder = TypeVar("Finder", covariant=True)


@dataclass(frozen=True, slots=True)
class Layout(Generic[Finder]):
    """One layout of news prose that attributes a quote, tried at its place in an ordered
    table (``quotex.quotes.rules``); ``example`` is a passage it attributes, checked by a test."""

    name: str
    rule: Rule
    find: Finder
    example: str
