"""Cross-article keys: one string per real-world person or organisation, so that counts over a
corpus group "Volodymyr Zelenskyy" in one article with "Volodymyr Zelensky" in another."""

from __future__ import annotations

import functools
import re
import unicodedata

# transliterations news spells both ways: a doubled final "y" or "i" (Zelenskyy / Zelensky,
# Mohammadi / Mohammadii is not one), "-iy" for "-y" (Dmitriy / Dmitry)
_DOUBLED_FINAL_Y = re.compile(r"(?<=[a-z])yy\b")
_IY_ENDING = re.compile(r"(?<=[a-z])iy\b")


def without_accents(text: str) -> str:
    """The text with the marks Unicode decomposes left out ("José" as "Jose", "Erdoğan" as
    "Erdogan"): how names are compared across spellings. The one place quotex folds them."""
    if text.isascii():
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


@functools.lru_cache(maxsize=200_000)  # a corpus names the same people over and over
def key_of(name: str | None) -> str | None:
    """The cross-article key of a canonical name: lower case, accents and punctuation left
    out, spaces single, and the two English spellings of a Slavic ending read as one
    ("Volodymyr Zelenskyy" and "Volodymyr Zelensky" are "volodymyr zelensky")."""
    if not name:
        return None
    plain = without_accents(name.replace("’", "'"))
    key = re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", "", plain.lower())).strip()
    key = _IY_ENDING.sub("y", _DOUBLED_FINAL_Y.sub("y", key))
    return key or None
