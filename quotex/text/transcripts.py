"""Speaker labels of transcripts: “TAPPER: Do you think …” / FALLIN: I think ….

News runs interviews, debates and broadcast exchanges as transcripts: each turn opens its
paragraph with the speaker's name (in capitals, or in title case when the speakers take
turns) and a colon, inside quote marks or not. The
label, not the last person quoted before the transcript, says who speaks; and a quote that
runs over several paragraphs of a transcript holds several speakers' turns.

Pure text work on character offsets, so that entities (the label names a person) and quote
attribution (the label is the speaker) read the same labels.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from quotex.gazetteer import lookup_place
from quotex.lexicon import HONORIFICS, LABEL_FUNCTION_WORDS, NOT_SPEAKERS, ROLE_TITLES
from quotex.text.marks import MarkPair

# "JAKE TAPPER:", "SEN. MARCO RUBIO:", "O’REILLY:" at the start of a paragraph, after an
# optional opening mark; broadcast transcripts add a party or a role after the name ("SEN. TED
# CRUZ (R-TX):", "DONALD TRUMP (R), PRESIDENTIAL CANDIDATE:"); the turn's words follow on the
# same line.
_LABEL = re.compile(
    r"(?P<mark>[“\"‘'«„]?)[ \t]*"
    r"(?P<label>[A-Z][A-Z'’\-]*\.?(?:[ \t][A-Z][A-Z'’\-]*\.?){0,3})"
    r"(?:[ \t]\([A-Z][A-Za-z.\- ]{0,20}\))?(?:,[ \t][A-Z][A-Z.'’\- ]{2,60})?"
    r":[ \t\u00a0]+(?=\S)"
)
# honorifics and titles that may open a label but are not the name: "SEN. MARCO RUBIO" (the
# gender an honorific gives is the entities' HONORIFICS)
_LABEL_TITLES = frozenset(title.upper() for title in (*HONORIFICS, *ROLE_TITLES))
# one label is a heading; a transcript has turns
MIN_LABELS = 2
# the labels of a printed interview's question and answer
QUESTION, ANSWER = "Q", "A"


@dataclass(frozen=True, slots=True)
class SpeakerLabel:
    """A turn's speaker label: ``start``/``end`` hold the name (titles and colon left out)."""

    start: int
    end: int
    text: str
    gender: str | None  # from "MR." or "MS." before the name
    paragraph: int  # index into the paragraphs
    marked: bool  # the turn opens with a quote mark
    line_start: int  # where the paragraph starts (its opening mark, when marked)
    words_start: int  # the first character of the turn's words, after the colon

    @property
    def names_someone(self) -> bool:
        """False for an interview's "Q" and "A", which name a role."""
        return self.text not in (QUESTION, ANSWER)


def find_speaker_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[SpeakerLabel]:
    """The speaker labels of an article's transcript turns: names in capitals when there are
    at least two (else names in title case that take turns), and the Q and A of an interview."""
    named = []
    for number, (start, end) in enumerate(paragraphs):
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        if _names_no_one(match.group("label"), match.group("label").title()):
            continue
        words = match.group("label").split()
        gender = None
        offset = match.start("label")
        while len(words) > 1 and words[0] in _LABEL_TITLES:
            gender = HONORIFICS.get(words[0].lower()) or gender
            offset = text.index(words[1], offset + len(words[0]))
            words.pop(0)
        if not any(sum(ch.isalpha() for ch in word) >= 2 for word in words):
            continue  # "Q:" and "A:" are read below
        named.append(_label(text, match, number, offset, gender))
    labels = named if len(named) >= MIN_LABELS else _title_case_labels(text, paragraphs)
    return sorted(labels + _interview_labels(text, paragraphs), key=lambda label: label.start)


def _names_no_one(label: str, place_name: str) -> bool:
    """Words before a colon that head a paragraph without naming anyone: "UPDATE",
    "STAT OF THE WEEK", or a dateline ("WASHINGTON: The Senate voted …"), looked up as
    `place_name`."""
    if any(word in LABEL_FUNCTION_WORDS or word in NOT_SPEAKERS for word in label.upper().split()):
        return True
    place = lookup_place(place_name)
    return place is not None and place.well_known


# "Matthews: Well, speculation is bad.": a name in title case and a colon opening a paragraph,
# after one of the capitals labels' titles in title case ("Sen. Cruz:", "President Obama:")
_TITLE_CASE_TITLES = "|".join(
    re.escape(title) for title in sorted({title.rstrip(".").title() for title in _LABEL_TITLES}, key=len, reverse=True)
)
_TITLE_CASE_LABEL = re.compile(
    r"(?P<mark>[“\"]?)[ \t]*"
    rf"(?:(?P<title>{_TITLE_CASE_TITLES})\.?[ \t])?(?P<label>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){{0,2}})"
    r":[ \t\u00a0]+(?=\S)"
)
# a turn has words: "Clinton: 547." in a tally is not one
MIN_TURN_WORDS = 3


def _title_case_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[SpeakerLabel]:
    """Title-case speaker labels, read only when they take turns: at least two speakers
    (by surname) with two turns each. A list of headings in the same layout ("Sanders: Win
    in a walk." / "Clinton: Keep it close." / "Trump: Move past Iowa.") names each once."""
    found = []
    for number, (start, end) in enumerate(paragraphs):
        match = _TITLE_CASE_LABEL.match(text, start, end)
        if match is None or len(text[match.end() : end].split()) < MIN_TURN_WORDS:
            continue
        if _names_no_one(match.group("label"), match.group("label")):
            continue
        gender = HONORIFICS.get((match.group("title") or "").lower())  # "Ms. Lee:"
        found.append(_label(text, match, number, match.start("label"), gender))
    turns = Counter(label.text.split()[-1] for label in found)
    if sum(count >= MIN_LABELS for count in turns.values()) < 2:
        return []
    return found


# "Q: …" / "A: …" (or "Q. …"), the layout of a printed interview
_QA_LABEL = re.compile(r"(?P<mark>[“\"]?)[ \t]*(?P<label>[QA])[:.][ \t\u00a0]+(?=\S)")
# what the introduction of a printed interview says, so that a FAQ's questions and answers
# (the paper's own) are not read as someone's words
_INTERVIEW_WORDS = re.compile(
    r"(?i)\b(interview(?:ed)?|q\s?&\s?a|questions and answers|transcript|spoke (?:with|to)|sat down|"
    r"talked (?:with|to)|conversation)\b"
)


def _interview_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[SpeakerLabel]:
    labels = []
    for number, (start, end) in enumerate(paragraphs):
        match = _QA_LABEL.match(text, start, end)
        if match is not None:
            labels.append(_label(text, match, number, match.start("label"), None))
    kinds = {label.text for label in labels}
    if kinds != {QUESTION, ANSWER} or not _INTERVIEW_WORDS.search(text, 0, labels[0].line_start):
        return []
    return labels


def _label(text: str, match: re.Match[str], paragraph: int, start: int, gender: str | None) -> SpeakerLabel:
    end = match.end("label")
    marked = bool(match.group("mark"))
    return SpeakerLabel(start, end, text[start:end], gender, paragraph, marked, match.start(), match.end())


def split_at_turns(pairs: list[MarkPair], labels: list[SpeakerLabel], text: str) -> list[MarkPair]:
    """A quote running over paragraphs of a transcript (each paragraph re-opening the mark)
    is one quote per turn: a new one starts at each paragraph with a speaker label."""
    marked = [label for label in labels if label.marked]
    if not marked:
        return pairs
    label_starts = [label.start for label in marked]  # in text order, one per paragraph

    def opens_a_turn(position: int) -> bool:
        index = bisect.bisect_left(label_starts, position)
        return index < len(marked) and marked[index].line_start < position

    out: list[MarkPair] = []
    for pair in pairs:
        parts: list[list[tuple[int, int]]] = [[]]
        for piece in pair.pieces:
            if parts[-1] and opens_a_turn(piece[0]):
                parts.append([])
            parts[-1].append(piece)
        if len(parts) == 1:
            out.append(pair)
            continue
        for number, part in enumerate(parts):
            first, last = part[0][0], part[-1][1]
            final = number == len(parts) - 1
            out.append(
                replace(
                    pair,
                    start=pair.start if number == 0 else _reopening_mark(text, first),
                    end=pair.end if final else last,
                    content_start=first,
                    content_end=last,
                    closed=pair.closed if final else True,  # the next turn closes this one
                    paragraphs=len(part),
                    pieces=tuple(part),
                )
            )
    return out


def _reopening_mark(text: str, content_start: int) -> int:
    position = content_start
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position - 1 if position > 0 and text[position - 1] in "“\"‘'«„" else content_start


def turn_of(labels: list[SpeakerLabel], pair: MarkPair) -> tuple[SpeakerLabel, MarkPair] | None:
    """The speaker label a quote opens with, and the quote without it (the label is not
    part of anyone's words)."""
    for label in labels:
        if label.marked and label.line_start == pair.start and label.words_start < pair.content_end:
            pieces = ((label.words_start, pair.pieces[0][1]),) + pair.pieces[1:]
            return label, replace(pair, content_start=label.words_start, pieces=pieces)
    return None
