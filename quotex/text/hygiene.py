"""Parts of scraped article text that are not the article: site chrome and repeats.

The text itself is never changed (offsets must keep pointing into it as read); these
functions return the character ranges that extraction should leave alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Lines that news sites wrap around every article. Matched at the start of a paragraph,
# case-insensitively; each is a site-template phrase, never a sentence of reporting.
BOILERPLATE_PREFIXES = (
    "previous article",
    "next article",
    "previous post",
    "next post",
    "please enter your comment",
    "please enter your name",
    "please enter your email",
    "leave a reply",
    "leave a comment",
    "you have entered an incorrect email",
    "save my name, email",
    "share this article",
    "share on facebook",
    "share on twitter",
    "click here to",
    "sign up for",
    "subscribe to our",
    "read more:",
    "related:",
    "related articles",
    "advertisement",
    "all rights reserved",
    "copyright ©",
    "© copyright",
    "follow us on",
    "share this with",
    "related topics",
    "more on this story",
    "you may also like",
)
# Site-template lines that are a whole paragraph by themselves (as prefixes they would catch
# sentences: "Most readers …", "Recommended changes …")
BOILERPLATE_LINES = frozenset(
    {"most read", "most popular", "top stories", "trending", "recommended", "share", "share this", "more stories"}
)
# A breadcrumb trail opens the page: "Home › News › …", or "Home U.S <title>" where the
# trail runs into the headline that the next paragraph repeats.
_BREADCRUMB = re.compile(r"Home\s*[›>»|/]")
_NON_WORD = re.compile(r"[\W_]+")
# A picture's credit names whoever took it, not someone in the story: "(Image: Ann Lee)",
# "(Photo by Tom Ward/Reuters)", and a paragraph that is only "Photo: Ann Lee".
_CREDIT = re.compile(
    r"\((?:image|photo|photograph|picture|credit|photo credit|image credit)s?(?:\s*:|\s+by\b)[^()\n]{1,100}\)"
    r"|^(?:image|photo|photograph|picture|credit|photo credit|image credit)s?(?:\s*:|\s+by\b)[^\n]{1,100}$",
    re.IGNORECASE,
)
# A map's or chart's legend, scraped with its colour keys: "██ Syrian Democratic Forces". A
# block character opens no sentence of reporting (the names in a legend are labels of colours,
# and a legend names every party to a war whether the story does or not)
_LEGEND_KEY = re.compile(r"^[\u2580-\u259f]")
# A line crediting the newsroom's staff names who wrote the story, not anyone in it:
# "Reporting by Ann Lee; Editing by Tom Ward", "Associated Press writer Ann Lee contributed
# to this report.", "Contact reporter Ann Lee at alee@example.com", "Follow Ann Lee on
# Twitter @alee". The whole paragraph must be the credit.
_STAFF_CREDIT = re.compile(
    r"\(?(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced)"
    r"(?: and (?:writing|editing|reporting))? by\b[^\n]{1,250}"
    r"|[^\n]{1,160}\bcontributed (?:reporting|to this (?:report|story|article))\b[^\n]{0,80}"
    r"|[^\n]{0,80}\b(?:writers?|reporters?|correspondents?)\b[^\n]{1,120}\bcontributed\.?"
    r"|contact (?:the )?(?:reporter |writer |author |staff writer )?[^\n]{1,80}\bat\b[^\n]{0,40}@[^\n]{1,120}"
    r"|follow [^\n]{1,60} on (?:twitter|x|instagram|facebook|threads|bluesky)\b[^\n]{0,80}",
    re.IGNORECASE,
)
# A byline names who wrote the story: "By Kate Marsh, Environment correspondent", "By ANN LEE
# and TOM WARD | Associated Press". Two to four capitalised words after "By", and at most a
# role or an outlet after a comma, "and", "&" or a bar, with no full stop (not "By Election
# Day, turnout had doubled.")
_BYLINE = re.compile(
    r"(?:By|BY)\s+(?:[A-Z][A-Za-z'’.-]*\s+){1,3}[A-Z][A-Za-z'’-]*"
    r"(?:\s*(?:,|\||&|\band\b|\bfor\b)\s*[^\n.!?:;\"“”]{0,80})?"
)
# repeats shorter than this (normalised) are too likely to be legitimately repeated lines
MIN_DUPLICATE_CHARS = 40


@dataclass(frozen=True, slots=True)
class SkippedRange:
    start: int
    end: int
    reason: str  # "boilerplate" | "breadcrumb" | "duplicate" | "credit" | "legend" | "staff credit"


def find_skipped_ranges(text: str, paragraphs: list[tuple[int, int]]) -> list[SkippedRange]:
    skipped: list[SkippedRange] = []
    seen: set[str] = set()
    keys: list[str] = []  # the paragraphs so far, as compared
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        lowered = paragraph.lower()
        if lowered.startswith(BOILERPLATE_PREFIXES) or lowered.strip().rstrip(":") in BOILERPLATE_LINES:
            skipped.append(SkippedRange(start, end, "boilerplate"))
            continue
        if _LEGEND_KEY.match(paragraph):
            skipped.append(SkippedRange(start, end, "legend"))
            continue
        stripped = paragraph.strip()
        if _STAFF_CREDIT.fullmatch(stripped) or _BYLINE.fullmatch(stripped):
            skipped.append(SkippedRange(start, end, "staff credit"))
            continue
        if index == 0 and _is_breadcrumb(text, paragraphs):
            skipped.append(SkippedRange(start, end, "breadcrumb"))
            continue
        # a photo caption repeated under the photo, retyped with other quote marks or
        # without its full stop, is still the same paragraph
        key = _NON_WORD.sub("", lowered)
        if len(key) >= MIN_DUPLICATE_CHARS:
            if key in seen or _pull_quote_of(stripped, key, keys[-PULL_QUOTE_REACH:]):
                skipped.append(SkippedRange(start, end, "duplicate"))
                continue
            seen.add(key)
        keys.append(key)
        skipped.extend(
            SkippedRange(start + found.start(), start + found.end(), "credit") for found in _CREDIT.finditer(paragraph)
        )
    return skipped


def _pull_quote_of(paragraph: str, key: str, earlier: list[str]) -> bool:
    """ "“For a lot of children this is the only quiet place …”" set on its own between
    paragraphs: a pull quote, which repeats words a paragraph before it quotes in full (it is
    the same statement, and would count twice)."""
    opens, closes = paragraph[:1], paragraph.rstrip(" .")[-1:]
    if opens not in PULL_QUOTE_OPENINGS or closes not in PULL_QUOTE_CLOSINGS:
        return False
    return any(key in before and key != before for before in earlier)


# how many paragraphs back a pull quote's words are looked for
PULL_QUOTE_REACH = 60
PULL_QUOTE_OPENINGS = frozenset("\"“‘'«„")
PULL_QUOTE_CLOSINGS = frozenset("\"”’'»“")


def _is_breadcrumb(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    first = text[paragraphs[0][0] : paragraphs[0][1]]
    if _BREADCRUMB.match(first):
        return True
    if not first.startswith("Home ") or len(paragraphs) < 2:
        return False
    headline = text[paragraphs[1][0] : paragraphs[1][1]]
    return len(headline) >= 10 and first.endswith(headline)


def is_skipped(start: int, end: int, skipped: Sequence[SkippedRange]) -> bool:
    """Whether [start, end) overlaps a skipped range (`skipped` in text order, as
    ``find_skipped_ranges`` gives them)."""
    index = bisect.bisect_right(skipped, start, key=lambda rng: rng.end)
    return index < len(skipped) and skipped[index].start < end
