"""The attribution layouts, in the order they are tried: the whole method in one page.

Like CoreNLP's quote-attribution sieves, each quoted stretch goes through the tables in turn
and the first layout that attributes it wins:

1. ``PAGE``: what the page's layout says, whatever the words around the quote (a transcript's
   speaker label, a roundup's signature paragraph);
2. ``OWN_SENTENCE``: the quote's own sentence and the text right around it;
3. ``CARRIED``: an earlier quote's speaker carried on (the rest of a split quote, the next
   quote paragraph, the turns of an exchange) or the sentence before;
   then quoted words that are no statement (a title, a scare quote) are set aside as terms;
4. ``LAST_RESORT``: the last quoted speaker nearby, else nobody.

Then reported speech: each word is tried against ``REPORTED`` (indirect quotes), and words
set aside that sit inside a report are the reporter's (``WITHIN_REPORT``).

One family of layouts per module; every rule name, with its confidence, is in ``catalogue``.
"""

from __future__ import annotations

from collections.abc import Callable

from quotex.quotes.layouts import CarriedFinder, Layout, QuoteFinder, ReportFinder
from quotex.quotes.records import Rule
from quotex.quotes.rules import (
    according,
    after_quote,
    before_quote,
    carried,
    governing,
    headlines,
    reported,
    signatures,
    transcript,
)

PAGE: tuple[Layout[QuoteFinder], ...] = (
    transcript.SPEAKER_LABEL_LAYOUT,
    signatures.SIGNATURE_BELOW,
    signatures.SIGNATURE_ABOVE,
)
OWN_SENTENCE: tuple[Layout[QuoteFinder], ...] = (
    headlines.NAME_COLON_BEFORE,
    after_quote.CUE_RIGHT_AFTER,
    governing.GOVERNING_CUE,
    after_quote.CUE_AFTER,
    before_quote.INTRODUCING_VERB,
    before_quote.CUE_BEFORE,
    before_quote.ANY_VERB_BEFORE,
    before_quote.OWNED_WORDS_BEFORE,
    before_quote.DOCUMENT_SENDER,
    before_quote.AS_THEY_PUT_IT,
    before_quote.PHRASAL_VERB_BEFORE,
    before_quote.CLAUSE_BEFORE_COLON,
    before_quote.SENTENCE_RUNS_INTO_QUOTE,
    according.ACCORDING_TO_LAYOUT,
    before_quote.COLON_INTRO_LAYOUT,
    after_quote.VERB_AFTER,
    after_quote.SHORT_TAIL_CUE,
    after_quote.SHORT_TAIL_VERB,
    signatures.SIGNATURE_AFTER_QUOTE,
    signatures.DASH_SIGNATURE,
    headlines.HEADLINE_COLON_LAYOUT,
    headlines.COLON_AFTER_QUOTE,
    governing.ATTRIBUTION_VERB_LAYOUT,
    signatures.NAMED_AFTER_LAYOUT,
)
CARRIED: tuple[Layout[CarriedFinder], ...] = (
    carried.EXCHANGE_TURN,
    carried.SPLIT_QUOTE_LAYOUT,
    carried.ANSWER_TURN,
    carried.CONTINUATION_LAYOUT,
    carried.PREVIOUS_SENTENCE_LAYOUT,
)
LAST_RESORT: tuple[Layout[CarriedFinder], ...] = (
    carried.RECENT_SPEAKER_LAYOUT,
    carried.UNATTRIBUTED_LAYOUT,
)
REPORTED: tuple[Layout[ReportFinder], ...] = (
    headlines.HEADLINE_STATEMENT_LAYOUT,
    reported.ACCORDING_TO_CLAUSE,
    reported.REPORTED_VERB,
    reported.REPORTED_NOUN_LAYOUT,
)
WITHIN_REPORT: Layout[Callable[..., object]] = reported.WITHIN_REPORT_LAYOUT

STAGES: tuple[tuple[str, tuple[Layout[Callable[..., object]], ...]], ...] = (
    ("page", PAGE),
    ("own sentence", OWN_SENTENCE),
    ("carried", CARRIED),
    ("last resort", LAST_RESORT),
    ("reported", REPORTED),
    ("within a report", (WITHIN_REPORT,)),
)


def all_layouts() -> list[Layout[Callable[..., object]]]:
    """Every layout, in the order quotex tries them."""
    return [layout for _, layouts in STAGES for layout in layouts]


def all_rules() -> list[Rule]:
    """Every rule quotex reports, in the order its first layout is tried."""
    return list(dict.fromkeys(layout.rule for layout in all_layouts()))
