"""A source named with "according to" or "per" (``according_to``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_according_to, lone_possessive_apostrophe, source_after_per
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate
from quotex.quotes.rules.catalogue import ACCORDING_TO
from quotex.quotes.rules.common import attribute_to_cue
from quotex.quotes.surroundings import tokens_outside, word_after

if TYPE_CHECKING:
    from spacy.tokens import Span


def according_to(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """According to X: the source the quote's sentence names (also “…,” per X)."""
    span = candidate.span
    sentence = span[0].sent
    for token in tokens_outside(context, sentence):
        if is_according_to(token):
            return attribute_to_cue(ACCORDING_TO, token, context)
    return _per_source(context, span) or _in_the_words_of(context, sentence)


def _in_the_words_of(context: QuoteContext, sentence: Span) -> Attribution | None:
    """ "in Forbes' words, “…”", "In the words of Ann Lee, “…”", "in his own words": the
    news idiom for whose words they are, as "according to" names a source (not "in other
    words", which names no one)."""
    for token in tokens_outside(context, sentence):
        if token.lower_ != "in" or token.dep_ != "prep":
            continue
        words = next((child for child in token.children if child.dep_ == "pobj" and child.lower_ == "words"), None)
        if words is None:
            continue
        owner = next((child for child in words.children if child.dep_ == "poss"), None)
        of = next((child for child in words.children if child.dep_ == "prep" and child.lower_ == "of"), None)
        if owner is None and of is not None:
            owner = next((child for child in of.children if child.dep_ == "pobj"), None)
        if owner is None and words.i >= 2 and lone_possessive_apostrophe(words.doc[words.i - 1]):
            owner = words.doc[words.i - 2]  # "in Forbes’ words"
        if owner is not None and not context.in_quote(owner):
            return Attribution(ACCORDING_TO, words, owner)
    return None


def _per_source(context: QuoteContext, span: Span) -> Attribution | None:
    """ "“…,” per a statement from the mayor's office": "per" right after a quote names its
    source, as "according to" does (but "at $3 per gallon" names none)."""
    per = word_after(context, span)
    source = source_after_per(per) if per is not None else None
    return Attribution(ACCORDING_TO, per, source) if source is not None else None


ACCORDING_TO_LAYOUT: Layout[QuoteFinder] = Layout(
    "according_to",
    ACCORDING_TO,
    according_to,
    "According to Ann Lee, who has led the town since 2019 and has fought the council over the bridge and the road"
    " for years, the old bridge is “a scandal.”",
)
