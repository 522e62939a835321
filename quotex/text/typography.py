"""Typographic facts the quote rules and the entity repairs share."""

from __future__ import annotations

# Every dash a quote can be set off by, the hyphen-minus of plain-text files included: the
# en and em dash, and the horizontal bar, which is typography's own quotation dash
# ("“…” ― Ann Lee").
LONG_DASHES = "‒–—―⸺⸻"
DASHES = "-" + LONG_DASHES


def is_dash(text: str) -> bool:
    """A token of dashes only: "—", "―", "--" (not a hyphenated word)."""
    return bool(text) and all(character in DASHES for character in text)
