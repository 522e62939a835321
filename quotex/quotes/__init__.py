"""Quote extraction: mark scanning on the raw text, then attribution over a parsed Doc."""

from quotex.quotes.attribution import CUE_LEMMAS, extract_quotes
from quotex.quotes.marks import MarkPair, find_quote_spans, split_paragraphs

__all__ = ["CUE_LEMMAS", "MarkPair", "extract_quotes", "find_quote_spans", "split_paragraphs"]
