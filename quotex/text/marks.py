"""Find quotation-mark pairs on the raw text, before any tokenisation.

Working on characters rather than tokens keeps the rules about apostrophes exact
(``it’s`` never opens or closes anything) and lets unbalanced marks be recovered from
instead of raised on: a news article with one stray mark still has its other quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from quotex.text.typography import DASHES

# Families pair only with themselves: a double quote never closes a single one.
DOUBLE, SINGLE = "double", "single"

# mark -> (family, role); role is "open", "close" or "either" (decided by context)
MARKS: dict[str, tuple[str, str]] = {
    "“": (DOUBLE, "open"),
    "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"),
    "‟": (DOUBLE, "open"),
    "«": (DOUBLE, "open"),
    "»": (DOUBLE, "close"),
    '"': (DOUBLE, "either"),
    "''": (DOUBLE, "either"),  # typewriter double quote (two apostrophes), common in NYT text
    "``": (DOUBLE, "open"),  # TeX/PTB style opener
    "‘": (SINGLE, "open"),
    "‚": (SINGLE, "open"),
    "‹": (SINGLE, "open"),
    "’": (SINGLE, "close"),
    "›": (SINGLE, "close"),
    "'": (SINGLE, "either"),
}
MARK_PATTERN = re.compile(r"'''|''|``|[“”„‟«»\"‘’‚‹›']")

TRIPLE = "'" * 3
# Any white space counts as a gap around a mark: news HTML puts no-break and thin spaces
# there ("“…”\xa0― Ann Lee", the French « … » with narrow no-break spaces).
OPENING_CONTEXT = set("([{/" + DASHES) | {"“", "‘", "«", "„"}
# straight double marks that may be typed without the space after a comma or colon (single
# ones are apostrophes there too often: "rock,'n' roll")
GLUED_DOUBLE_MARKS = ('"', "''")
CLOSING_CONTEXT = set(".,;:!?)]}/…" + DASHES) | {"”", "’", "»"}

# a line ends in LF, CR LF or (old Mac files) a lone CR
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)\s*")
_LINE_BREAK = re.compile(r"(?:\r\n|\r|\n)\s*")
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class MarkPair:
    """A quoted stretch: ``start`` is the opening mark, ``end`` is one past the closing mark."""

    start: int
    end: int
    content_start: int
    content_end: int
    family: str
    closed: bool  # False when the closing mark was missing and the pair was recovered
    paragraphs: int  # >1 for the news convention of quotes running over paragraphs
    # content pieces, one per paragraph (re-opening marks of continued paragraphs left out)
    pieces: tuple[tuple[int, int], ...]


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets, stripped of surrounding white space.

    A line break is a paragraph break in news text, except in hard-wrapped files
    (most lines of similar, moderate length) where only blank lines are.
    """
    lines = [line for line in _LINE_END.split(text) if line.strip()]
    wrapped = len(lines) >= 10 and sum(50 <= len(line) <= 90 for line in lines) >= 0.7 * len(lines)
    breaker = _PARAGRAPH_BREAK if wrapped else _LINE_BREAK
    paragraphs: list[tuple[int, int]] = []
    position = 0
    for match in breaker.finditer(text):
        _append_stripped(text, position, match.start(), paragraphs)
        position = match.end()
    _append_stripped(text, position, len(text), paragraphs)
    return paragraphs


def _append_stripped(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _classify(text: str, start: int, end: int, mark: str, pending: bool) -> str:
    """Return "open", "close" or "none" (an apostrophe, a prime) for one mark."""
    family, role = MARKS[mark]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if family == SINGLE and mark in "’'":
        if before.isalnum() and after.isalnum():
            return "none"  # it’s, Russia’s, O’Brien, rock 'n' roll
        if after.isdigit() and not pending:
            return "none"  # ’90s
        if mark == "'" and before.isdigit():
            return "none"  # 5' (feet), '90s handled above
        if before.isalpha() and after.isspace() and not pending:
            return "none"  # plural possessive: the Joneses’ house
    if mark == '"' and before.isdigit() and not pending:
        return "none"  # 12" (inches)
    if role != "either":
        return role
    if before.isspace() and after.isspace():
        # a free-standing mark opens nothing; it closes an open quote whose words end in
        # punctuation (“… the center,' " she said; ''… coalitions, '' said Mr. Gunnels)
        last = text[:start].rstrip()[-1:]
        return "close" if pending and last in ",.;:!?…'’" else "none"
    opens = _opens(before) or start == 0
    closes = _closes(after) or end == len(text)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if not opens and not closes:
        if mark in GLUED_DOUBLE_MARKS and before in ",:" and after.isalnum():
            # a space left out after a clause's comma or colon: Rep. Tom Hart:"I have …",
            # he said,"We won" opens; "We won,"he said closes the open quote
            return "close" if pending else "open"
        return "none"  # glued on both sides: as'fake' is taken up by the letter rule above
    return "close" if pending else "open"


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[MarkPair]:
    """All outermost quoted stretches of ``text``, in order. Never raises on unbalanced marks.

    Recovery rules, from how news is typeset:
    - a paragraph that ends inside a quote and whose successor opens with the same kind of
      mark continues the quote (multi-paragraph quotes close only in their last paragraph);
    - otherwise an unclosed quote ends at its paragraph's end (``closed=False``);
    - a closing mark with nothing open is ignored.
    """
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    pairs: list[MarkPair] = []
    for family in (DOUBLE, SINGLE):
        pairs.extend(_pair_family(text, paragraphs, family))
    pairs.sort(key=lambda pair: (pair.start, -pair.end))
    outermost: list[MarkPair] = []
    for pair in pairs:
        if outermost and pair.start < outermost[-1].end:
            continue  # nested (a quote inside a quote) or crossing a longer pair
        outermost.append(pair)
    return outermost


class _OpenQuote:
    """A quote still open at a paragraph's end, possibly running on into the next one."""

    __slots__ = ("start", "first_content", "pieces")

    def __init__(self, start: int, first_content: int) -> None:
        self.start = start
        self.first_content = first_content
        self.pieces: list[tuple[int, int]] = []

    def mark(self, text: str) -> str:
        return text[self.start : self.first_content]

    def pair(self, end: int, content_end: int, closed: bool, family: str) -> MarkPair:
        return MarkPair(
            self.start, end, self.first_content, content_end, family, closed, len(self.pieces), tuple(self.pieces)
        )


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    mark: str


def _family_marks(text: str, start: int, end: int, family: str) -> list[_Mark]:
    """The marks of one family in text[start:end], with typewriter triples split up.

    Three apostrophes are a single and a double quote run together (NYT style:
    ''... 'The port is different,' '' with the space left out): closing, the inner
    single closes first; opening, the double opens first.
    """
    marks = []
    for match in MARK_PATTERN.finditer(text, start, end):
        at, mark = match.start(), match.group()
        if mark == TRIPLE:
            opening = at == 0 or _opens(text[at - 1])
            double = (at, at + 2) if opening else (at + 1, at + 3)
            single = (at + 2, at + 3) if opening else (at, at + 1)
            at, finish = double if family == DOUBLE else single
            marks.append(_Mark(at, finish, text[at:finish]))
        elif MARKS[mark][0] == family:
            marks.append(_Mark(at, match.end(), mark))
    return marks


def _looks_closing(text: str, mark: _Mark) -> bool:
    before = text[mark.start - 1] if mark.start > 0 else " "
    after = text[mark.end] if mark.end < len(text) else " "
    return not before.isspace() and before not in OPENING_CONTEXT and (_closes(after) or mark.end == len(text))


def _looks_opening(text: str, mark: _Mark) -> bool:
    before = text[mark.start - 1] if mark.start > 0 else " "
    after = text[mark.end] if mark.end < len(text) else " "
    # ”… what I learned is …,” he said: words cut at the start begin with an ellipsis
    ellipsis = text[mark.end : mark.end + 3].lstrip(" ")[:1] in ("…", ".")
    return (_opens(before) or mark.start == 0) and (after.isalnum() or ellipsis)


def _opens(before: str) -> bool:
    """The character before a mark is one a quote opens after."""
    return before.isspace() or before in OPENING_CONTEXT


def _closes(after: str) -> bool:
    """The character after a mark is one a quote closes before."""
    return after.isspace() or after in CLOSING_CONTEXT


def _pair_family(text: str, paragraphs: list[tuple[int, int]], family: str) -> list[MarkPair]:
    pairs: list[MarkPair] = []
    carried: _OpenQuote | None = None
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = _family_marks(text, para_start, para_end, family)
        # stack entries: (quote, content start of its piece in this paragraph)
        stack: list[tuple[_OpenQuote, int]] = []
        if carried is not None:
            # _opens_with() at the previous paragraph's end guaranteed the re-opening mark
            stack.append((carried, marks[0].end))
            marks = marks[1:]
            carried = None
        for number, mark in enumerate(marks):
            role = _classify(text, mark.start, mark.end, mark.mark, pending=bool(stack))
            if role == "close" and _possessive_before_the_close(text, mark, islice(marks, number + 1, None)):
                role = "none"
            elif mark.mark == "“" and stack and text[stack[-1][0].start] == "„":
                role = "close"  # German „…“: the English opener closes a low opener
            elif mark.mark in "“‘" and stack and _looks_closing(text, mark):
                role = "close"  # a typo'd closer: “…,“ said Jim — glued to the words before it
            elif mark.mark in "”" and not stack and _looks_opening(text, mark):
                role = "open"  # ”Hello,” she said: a closer typed where an opener belongs
            if role == "open":
                stack.append((_OpenQuote(mark.start, mark.end), mark.end))
            elif role == "close" and stack:
                quote, content_start = stack.pop()
                quote.pieces.append((content_start, mark.start))
                pairs.append(quote.pair(mark.end, mark.start, True, family))
        if stack:
            # only the outermost open quote can run on; inner unclosed marks are dropped
            quote, content_start = stack[0]
            quote.pieces.append((content_start, para_end))
            if index + 1 < len(paragraphs) and _opens_with(text, paragraphs[index + 1], family, quote.mark(text)):
                carried = quote
            elif any(ch.isalnum() for ch in text[quote.first_content : para_end]):
                pairs.append(quote.pair(para_end, para_end, False, family))
    return pairs


def _possessive_before_the_close(text: str, mark: _Mark, following: Iterable[_Mark]) -> bool:
    """'We won't touch the Joneses' plan,' she said: inside an open single quote, a plural
    possessive ("Joneses' plan") is an apostrophe when the next mark closes the sentence
    ("plan,'") and this one runs on into lower-case words. Apostrophes inside words between
    them are passed over ("The residents' concerns haven't been heard.'")."""
    if mark.mark not in "'’" or text[mark.start - 1 : mark.start] != "s":
        return False
    if not re.match(r" [a-z]", text[mark.end : mark.end + 2]):
        return False
    closer = next((other for other in following if not _inside_a_word(text, other)), None)
    if closer is None:
        return False
    return closer.mark == mark.mark and text[closer.start - 1 : closer.start] in (",", ".", "!", "?", "…")


def _inside_a_word(text: str, mark: _Mark) -> bool:
    """An apostrophe between letters or digits: it's, haven't, O'Brien."""
    return 0 < mark.start and mark.end < len(text) and text[mark.start - 1].isalnum() and text[mark.end].isalnum()


def _opens_with(text: str, paragraph: tuple[int, int], family: str, opener: str) -> bool:
    """The paragraph opens with ``opener``, the mark its predecessor's open quote began with: a
    quote runs on into paragraphs that each open with the same mark, so a paragraph opening
    with a curly “ does not continue a quote a straight " opened (an excerpt pasted in straight
    marks around the article's own curly ones)."""
    marks = _family_marks(text, paragraph[0], min(paragraph[1], paragraph[0] + 3), family)
    return (
        bool(marks)
        and marks[0].start == paragraph[0]
        and marks[0].mark == opener
        and _classify(text, marks[0].start, marks[0].end, marks[0].mark, pending=False) == "open"
    )
