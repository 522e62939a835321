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


# the most words a headline has
HEADLINE_WORDS = 15


def opening_headline(text: str) -> tuple[int, int] | None:
    """Where the article's headline is, when its first line reads as one: short (two to
    fifteen words), no word ending in a full stop, and more text after it ("Premier rules out
    snap election\n\nVictorian Premier …"); None for a passage of one line or a first
    sentence."""
    # the first character that is no white space (not text.lstrip(): a copy of the whole article)
    start = next((index for index, character in enumerate(text) if not character.isspace()), len(text))
    end = text.find("\n", start)
    if end < 0:
        return None  # one line: a passage, no headline above a story
    words = text[start:end].split()
    if not 1 < len(words) <= HEADLINE_WORDS or any(word.endswith(".") for word in words):
        return None
    return start, start + len(text[start:end].rstrip())
