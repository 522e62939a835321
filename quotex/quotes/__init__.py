"""Quote extraction: mark scanning on the raw text, then attribution over a parsed Doc."""

from quotex.lexicon import CUE_LEMMAS
from quotex.quotes.attribution import extract_quotes
from quotex.text.marks import MarkPair, find_quote_spans, split_paragraphs

__all__ = ["CUE_LEMMAS", "MarkPair", "extract_quotes", "find_quote_spans", "split_paragraphs"]
