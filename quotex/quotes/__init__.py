"""Quote extraction over a parsed Doc: attribution layouts (``rules``), then speaker resolution."""

from quotex.quotes.attribution import extract_quotes

__all__ = ["extract_quotes"]
