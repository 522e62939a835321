"""Quote extraction: mark scanning on the raw text, then attribution over a parsed Doc."""

from quotex.quotes.attribution import extract_quotes
from quotex.quotes.lexicon import CUE_LEMMAS
from quotex.quotes.marks import MarkPair, find_quote_spans, split_paragraphs

__all__ = ["CUE_LEMMAS", "MarkPair", "extract_quotes", "find_quote_spans", "split_paragraphs"]
