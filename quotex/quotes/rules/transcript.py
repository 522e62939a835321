"""Transcript turns: the label, not the quote's surroundings, says who speaks (``speaker_label``)."""

from __future__ import annotations

import bisect
import re

from quotex.entities import EntityIndex, Mention
from quotex.quotes.context import QuoteContext
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate, Resolved
from quotex.quotes.rules.catalogue import SPEAKER_LABEL, UNATTRIBUTED
from quotex.text.marks import MarkPair
from quotex.text.transcripts import QUESTION, SpeakerLabel, turn_of

# the family of a transcript turn that has no quote marks: its words are the quote
TURN = "turn"


def transcript_turns(
    labels: list[SpeakerLabel], pairs: list[MarkPair], paragraphs: list[tuple[int, int]]
) -> dict[int, tuple[SpeakerLabel, MarkPair]]:
    """Each labelled turn of a transcript, by the start of its quote: the quote it opens,
    without the label, or its own words when it has no marks (a turn is the speaker's
    words, marked or not)."""
    turns = {}
    starts = [pair.start for pair in pairs]
    for label in labels:
        if label.marked:  # the quote that starts where the label's paragraph does
            index = bisect.bisect_left(starts, label.line_start)
            turn = turn_of(labels, pairs[index]) if index < len(pairs) else None
            if turn is not None:
                turns[pairs[index].start] = turn
            continue
        end = paragraphs[label.paragraph][1]
        index = bisect.bisect_right(starts, label.words_start) - 1
        if index >= 0 and label.words_start < pairs[index].end:
            continue
        words = MarkPair(label.words_start, end, label.words_start, end, TURN, True, 1, ((label.words_start, end),))
        turns[words.start] = (label, words)
    return turns


def speaker_label(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A transcript turn goes to the person its label names; in a printed interview, a
    question to the interviewer and an answer to the person interviewed (nobody's when the
    introduction names no one)."""
    turn = context.turns.get(candidate.pair.start)
    if turn is None:
        return None
    label, words = turn
    doc = context.doc
    if label.names_someone:
        name = doc.char_span(label.start, label.end, alignment_mode="expand")
        assert name is not None  # "expand" always finds the tokens of a non-empty label
        return Attribution(SPEAKER_LABEL, None, name[-1], (name.start, name.end), type="direct", pair=words)
    if label.text == QUESTION:
        interviewer = Resolved(None, "interviewer", "description")
        return Attribution(SPEAKER_LABEL, type="direct", resolved=interviewer, pair=words)
    if context.interviewee is None:
        return Attribution(UNATTRIBUTED, type="direct", pair=words)
    name = doc.char_span(context.interviewee.start, context.interviewee.end, alignment_mode="expand")
    assert name is not None
    return Attribution(SPEAKER_LABEL, None, name[-1], (name.start, name.end), type="direct", pair=words)


def interviewee(entities: EntityIndex, transcript_start: int) -> Mention | None:
    """The person a printed interview is with: the one its introduction names most (first
    named, on a tie); the mention given is the first full one."""
    counts = []
    for position, cluster in enumerate(entities.people()):
        before = [mention for mention in cluster.mentions if mention.end <= transcript_start]
        if before:
            first = min(before, key=lambda mention: (-len(mention.text.split()), mention.start))
            counts.append((len(before), -min(m.start for m in before), position, first))
    return max(counts)[3] if counts else None


SPEAKER_LABEL_LAYOUT: Layout[QuoteFinder] = Layout(
    "speaker_label",
    SPEAKER_LABEL,
    speaker_label,
    "JAKE TAPPER: Do you think the bridge will open in May?\n\nANN LEE: I am sure it will open in May.",
)


# An embedded post as a page's text keeps it: the post's words, then a dash, the author's
# name, their handle in brackets and the date ("We did it. — Ann Lee (@annlee) March 3,
# 2024"), the signature in the words' paragraph or in one of its own under them
_POST_SIGNATURE = (
    r"[—–―-]\s*(?P<name>[^()\n—–―]{2,80}?)\s*\(@\w{1,30}\)\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\s*"
)
_EMBEDDED_POST = re.compile(r"(?P<words>\S.*?)\s*" + _POST_SIGNATURE)
_SIGNATURE_ALONE = re.compile(_POST_SIGNATURE)
# a link a post ends with, which the page's text keeps: "pic.twitter.com/abc", "https://t.co/…"
_TRAILING_LINK = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def embedded_posts(text: str, paragraphs: list[tuple[int, int]], pairs: list[MarkPair]) -> list[MarkPair]:
    """The words of posts embedded in a page ("… — Ann Lee (@annlee) March 3, 2024"), as
    quotes without marks (the post's own marks, when it has them, make it a quote already)."""
    found = []
    starts = [pair.start for pair in pairs]
    for number, (start, end) in enumerate(paragraphs):
        if text.find("(@", start, end) < 0:
            continue  # no author's handle: no post (most paragraphs, read once and cheaply)
        match = _EMBEDDED_POST.fullmatch(text, start, end)
        if match is not None:
            words_start, words_end = match.start("words"), match.end("words")
        elif number > 0 and _SIGNATURE_ALONE.fullmatch(text, start, end):
            words_start, words_end = paragraphs[number - 1]
        else:
            continue
        link = _TRAILING_LINK.search(text, words_start, words_end)
        if link is not None:
            words_end = link.start()
        index = bisect.bisect_right(starts, words_start) - 1
        if index >= 0 and pairs[index].end > words_start:
            continue  # quoted words already: "“…” — Ann Lee" is a quote and its signature
        found.append(
            MarkPair(words_start, words_end, words_start, words_end, TURN, True, 1, ((words_start, words_end),))
        )
    return found
