"""Attribute quoted stretches to a cue and a speaker; gather indirect speech with them.

Input: a parsed ``Doc`` and the mark pairs found on its raw text. Each pair is tried
against the attribution layouts of news prose, most specific first; each rule that fires
leaves its name and a confidence on the quote, so a wrong attribution can be traced.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from quotex.entities import EntityIndex, Mention
from quotex.lexicon import (
    ADJACENT_CUE_WINDOW,
    ANSWER_LEMMAS,
    BACK_POINTERS,
    BACK_POINTING_DETERMINERS,
    CUE_LEMMAS,
    DOCUMENT_NOUN_LEMMAS,
    EXCHANGE_LEMMAS,
    HEARER_OBJECT_LEMMAS,
    MAX_HEAD_STEPS,
    NAMING_LEMMAS,
    NOMINAL_DEPS,
    NON_SOURCE_SUBJECTS,
    NOUN_CUE_LEMMAS,
    PERSON_NOUN_LEMMAS,
    PHRASAL_LEMMAS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    SAYING_LEMMAS,
    SPEAKER_DEPS,
    TERMINAL_PUNCT,
    TIME_CONJUNCTIONS,
    UTTERING_LEMMAS,
    WORDS_NOUN_LEMMAS,
)
from quotex.models import Quote, QuoteSpeaker, Span, Speaker, Term
from quotex.quotes.grammar import (
    Found,
    QuoteContext,
    asks,
    is_cue,
    is_someone,
    noun_phrase_after,
    speaker_of,
    speaker_span,
    token_before,
)
from quotex.quotes.indirect import find_reported_clauses
from quotex.quotes.speakers import CARRIED_RULES, COLLECTIVE_NOUNS, resolve_speakers, speaker_records
from quotex.text.hygiene import SkippedRange, is_skipped
from quotex.text.marks import MarkPair
from quotex.text.transcripts import ANSWER, QUESTION, SpeakerLabel, split_at_turns, turn_of
from quotex.text.typography import DASHES, LONG_DASHES, is_dash

# How often each rule was right on PolNeAR train (speaker accuracy for quotes with marks,
# precision for indirect ones), rounded down to 0.05: a confidence users can threshold on.
CONFIDENCE = {
    "cue_after_quote": 0.95,
    "split_quote": 0.95,
    "headline_colon": 0.95,
    "cue_governs_quote": 0.9,
    "continuation": 0.95,
    "verb_intro": 0.9,
    "cue_before_quote": 0.9,
    "according_to": 0.85,
    "colon_intro": 0.85,
    "verb_after_quote": 0.7,
    "attribution_verb": 0.8,
    "dash_after_quote": 0.75,  # 5 cases on train, all right: too few to say more
    "name_after_quote": 0.75,  # as rare as the dash
    "name_before_quote": 0.75,
    "named_after": 0.75,  # "So says X", "That quote from X": 2 on train, the scored one right
    "within_report": 0.8,  # 8 of 9 on train
    "dialogue_turn": 0.75,  # PolNeAR train leaves the answers it shows unannotated
    "previous_sentence": 0.8,
    # PolNeAR names the transcript, not the label, as the source of the one labelled quote
    # on train, so there is no measure: the label says who speaks
    "speaker_label": 0.9,
    "recent_speaker": 0.55,
    "unattributed": 0.0,
    "reported_clause": 0.75,
    "reported_noun": 0.75,
}


def extract_quotes(
    doc: Any,
    pairs: list[MarkPair],
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    skipped: list[SkippedRange] = (),  # type: ignore[assignment]
    *,
    indirect: bool = True,
    speaker_labels: Sequence[SpeakerLabel] = (),
) -> tuple[list[Quote], list[Term], list[Speaker]]:
    pairs = [p for p in pairs if not is_skipped(p.start, p.end, list(skipped)) and p.content_end > p.content_start]
    labels = list(speaker_labels)
    turns: dict[int, tuple[SpeakerLabel, MarkPair]] = {}  # by the quote's start
    interviewee = None
    if labels:
        pairs = split_at_turns(pairs, labels, doc.text)
        turns = _transcript_turns(labels, pairs, paragraphs)
        if any(label.text == ANSWER for label in labels):
            interviewee = _interviewee(entities, labels[0].line_start)
    # a turn without marks is a quote, but not a quoted stretch the rules read around: speech
    # reported within it ("my staff told me not to go") is found as anywhere in the text
    unmarked = [pair for _, pair in turns.values() if pair.family == TURN]
    # words quoted within a turn are part of what its speaker says, as in any quote
    pairs = [p for p in pairs if not any(turn.start <= p.start < turn.end for turn in unmarked)]
    context = QuoteContext(doc, pairs, paragraphs)
    signed = _signed_paragraphs(context)
    found: list[Found] = []
    terms: list[Term] = []
    set_aside: list[tuple[MarkPair, str, int]] = []  # unattributed words in quotes, with why
    for pair in sorted(pairs + unmarked, key=lambda p: p.start):
        span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if pair.start in turns:
            found.append(_turn_of_transcript(doc, *turns[pair.start], interviewee))
            continue
        paragraph = context.paragraph_of(pair.start)
        if paragraph in signed and signed[paragraph][2] is pair:
            # a roundup's quote paragraph is its signature's, whatever the words around it
            rule, name, _ = signed[paragraph]
            found.append(Found([pair], "direct", rule, None, speaker_span(name), name, paragraph))
            continue
        quote_type = _quote_type(context, pair, span)
        attribution = _attribute(context, pair, span, quote_type)
        if attribution is None and quote_type == "direct" and _opens_paragraph(context, pair):
            turn_of = _exchange_turn(context, found, pair)
            if turn_of is not None:
                found.append(Found([pair], "direct", "dialogue_turn", None, speaker_span(turn_of), turn_of, paragraph))
                continue
        if attribution is None:
            previous = found[-1] if found else None
            if previous is not None and previous.paragraph == paragraph and previous.rule != "unattributed":
                if previous.type == quote_type:
                    previous.pairs.append(pair)  # “…,” he said. “…” — one statement
                    continue
                if quote_type == "direct":
                    # ‘…’ Mr. Chipok said of the partial quote, then his next sentence
                    found.append(
                        Found(
                            [pair],
                            "direct",
                            "split_quote",
                            previous.cue,
                            previous.speaker_span,
                            previous.speaker_token,
                            paragraph,
                        )
                    )
                    continue
            # a quote paragraph goes on from the quote that ended the paragraph before, unless
            # a sentence after that quote brought in someone else ("Lee was not convinced.")
            fallback = _previous_sentence(context, pair, span, quote_type)
            if (
                previous is not None
                and previous.type == "direct"
                and quote_type == "direct"
                and not _brings_in_someone_else(fallback, previous)
            ):
                if previous.paragraph == paragraph - 1 and _opens_paragraph(context, pair):
                    answering = _dialogue_turn(context, found, entities, pair)
                    source = answering or previous
                    found.append(
                        Found(
                            [pair],
                            "direct",
                            "continuation" if answering is None else "dialogue_turn",
                            source.cue,
                            source.speaker_span,
                            source.speaker_token,
                            paragraph,
                        )
                    )
                    continue
            # weakest: the sentence before names the speaker without a quote of its own
            if fallback is not None:
                rule, cue, speaker_token = fallback
                found.append(
                    Found([pair], quote_type, rule, cue, speaker_span(speaker_token), speaker_token, paragraph)
                )
                continue
            reason = _term_reason(context, pair, quote_type)
            if reason is not None:
                set_aside.append((pair, reason, paragraph))
                continue
            recent = _recent_speaker(context, found, paragraph)
            if quote_type == "direct" and recent is not None:
                # a quote paragraph with no attribution of its own, shortly after a quoted
                # speaker, goes on with that speaker (the story's voice at that point)
                found.append(
                    Found(
                        [pair],
                        "direct",
                        "recent_speaker",
                        recent.cue,
                        recent.speaker_span,
                        recent.speaker_token,
                        paragraph,
                    )
                )
                continue
            found.append(Found([pair], quote_type, "unattributed", paragraph=paragraph))
            continue
        rule, cue, speaker_token = attribution
        # ‘Morning Joe’, “Black Lives Matter”: a name in quotes, even next to a speech verb,
        # but not an epithet somebody chose ("Friedan called her an ‘Aunt Tom’")
        if (
            quote_type == "partial"
            and _is_title(_content(context.text, pair))
            and not _in_headline(context, pair)
            and not (cue is not None and cue.lemma_.lower() in NAMING_LEMMAS)
        ):
            terms.append(Term(_content(context.text, pair), pair.start, pair.end, "title_or_name"))
            continue
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.paragraph == paragraph
            and (previous.type == quote_type or _finishes_the_sentence(context, previous, pair, quote_type))
            and _same_attribution(previous, cue, speaker_token)
        ):
            # “…,” he said, “…” and ‘fake’ and ‘lies’: one statement in several pieces
            previous.pairs.append(pair)
            continue
        found.append(Found([pair], quote_type, rule, cue, speaker_span(speaker_token), speaker_token, paragraph))

    fragments = {pair.start for pair, reason, _ in set_aside if reason in FRAGMENT_REASONS}
    # words set aside as fragments may sit inside reported speech: the indirect pass reads
    # through them ("a judge determined that the handling was “a mess”")
    reading = QuoteContext(doc, [p for p in pairs if p.start not in fragments], paragraphs) if fragments else context
    reported = find_reported_clauses(reading, found, skipped) if indirect else []
    if fragments:  # but not the words inside them
        reported = [report for report in reported if report.cue is None or not context.in_quote(report.cue)]
    partials, unclaimed = _words_within_reports(context, reported, set_aside, fragments)
    found.extend(partials)
    terms.extend(unclaimed)
    # an indirect quote has no marks in it: one holding quoted words is a partial quote now
    found.extend(report for report in reported if not _holds(report, fragments))
    terms.sort(key=lambda term: term.start)
    found.sort(key=lambda f: f.pairs[0].start if f.pairs else f.extra_fragments[0][0])
    resolve_speakers(context, found, entities)
    found = _without_restatements(found)
    speakers = speaker_records(found)  # first: it gives described speakers their ids
    quotes = [_to_quote(context, f) for f in found]
    return quotes, terms, speakers


# the family of a transcript turn that has no quote marks: its words are the quote
TURN = "turn"


def _transcript_turns(
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
        if any(pair.start <= label.words_start < pair.end for pair in pairs):
            continue
        words = MarkPair(label.words_start, end, label.words_start, end, TURN, True, 1, ((label.words_start, end),))
        turns[words.start] = (label, words)
    return turns


def _turn_of_transcript(doc: Any, label: SpeakerLabel, words: MarkPair, interviewee: Mention | None) -> Found:
    """A transcript turn goes to the person its label names; in a printed interview, a
    question to the interviewer and an answer to the person interviewed."""
    if label.names_someone:
        name = doc.char_span(label.start, label.end, alignment_mode="expand")
        return Found([words], "direct", "speaker_label", None, (name.start, name.end), name[-1], label.paragraph)
    if label.text == QUESTION:
        turn = Found([words], "direct", "speaker_label", paragraph=label.paragraph)
        turn.resolved = (None, "interviewer", "description")
        return turn
    if interviewee is None:
        return Found([words], "direct", "unattributed", paragraph=label.paragraph)
    name = doc.char_span(interviewee.start, interviewee.end, alignment_mode="expand")
    return Found([words], "direct", "speaker_label", None, (name.start, name.end), name[-1], label.paragraph)


def _interviewee(entities: EntityIndex, transcript_start: int) -> Mention | None:
    """The person a printed interview is with: the one its introduction names most (first
    named, on a tie); the mention given is the first full one."""
    counts = []
    for position, cluster in enumerate(entities.people()):
        before = [mention for mention in cluster.mentions if mention.end <= transcript_start]
        if before:
            first = min(before, key=lambda mention: (-len(mention.text.split()), mention.start))
            counts.append((len(before), -min(m.start for m in before), position, first))
    return max(counts)[3] if counts else None


# set-aside reasons that may still be someone's words (titles and names never are)
FRAGMENT_REASONS = ("scare_quote", "unattributed_fragment")


def _words_within_reports(
    context: QuoteContext, reported: list[Found], set_aside: list[tuple[MarkPair, str, int]], fragments: set[int]
) -> tuple[list[Found], list[Term]]:
    """Words quoted inside reported speech are the reported speaker's, whatever verb reports
    them: each report holding set-aside fragments becomes one partial quote of them (‘fake’
    and ‘lies’ in one report: one statement). The rest stay terms, with their reason."""
    partials: dict[int, Found] = {}
    terms = []
    for pair, reason, paragraph in set_aside:
        report = _report_around(reported, pair) if pair.start in fragments else None
        if report is None:
            terms.append(Term(_content(context.text, pair), pair.start, pair.end, reason))
        elif id(report) in partials:
            partials[id(report)].pairs.append(pair)
        else:
            cue, speaker = report.cue, report.speaker_token
            partials[id(report)] = Found(
                [pair], "partial", "within_report", cue, report.speaker_span, speaker, paragraph
            )
    return list(partials.values()), terms


def _holds(report: Found, starts: set[int]) -> bool:
    start, end = report.extra_fragments[0]
    return any(start <= position < end for position in starts)


def _report_around(reported: list[Found], pair: MarkPair) -> Found | None:
    """The indirect quote whose content holds the quoted words, if any."""
    for report in reported:
        start, end = report.extra_fragments[0]
        if start <= pair.start and pair.end <= end and report.speaker_token is not None:
            return report
    return None


def _without_restatements(found: list[Found]) -> list[Found]:
    """ "Peskov refused to admit any wrongdoing", "Hart said he believes the bridge is safe":
    the content holds a second report by the same speaker ("admit any wrongdoing", "the
    bridge is safe") that says nothing the first does not; it is dropped. A report of
    someone else's words inside a report stays ("Lee said Hart claimed …")."""
    reports = [item for item in found if item.type == "indirect" and item.extra_fragments]
    restated = set()
    for inner in reports:
        start, end = inner.extra_fragments[0]
        for outer in reports:
            outer_start, outer_end = outer.extra_fragments[0]
            if outer is not inner and outer_start <= start and end <= outer_end and outer.resolved == inner.resolved:
                restated.add(id(inner))
                break
    return [item for item in found if id(item) not in restated]


def _dialogue_turn(context: QuoteContext, found: list[Found], entities: EntityIndex, pair: MarkPair) -> Found | None:
    """ "“Do we give up?” Clinton asked. / “Nooooo!” the crowd cried. / “Or do we get to
    work?” Clinton asked. / “Nooooo!” / “Or do we get to work?” / “Yesssss!”": once two
    speakers take turns paragraph by paragraph, one asking, a quote-only paragraph is the
    next turn: the answer after a question, the asker's question after an answer. Without
    turns taken before, a question is not enough: speakers answer their own ("“Who will
    pay?” he asked. “Mexico.”")."""
    if len(found) < 3:
        return None
    first, other, last = found[-3:]
    if not all(item.type == "direct" and item.pairs and item.speaker_token is not None for item in found[-3:]):
        return None
    if not (first.paragraph + 1 == other.paragraph and other.paragraph + 1 == last.paragraph):
        return None
    if not _same_speaker(first, last, entities) or _same_speaker(first, other, entities):
        return None
    if asks(context, first.pairs[-1]) and asks(context, last.pairs[-1]):
        return other  # they answered the first question: they answer this one
    if asks(context, other.pairs[-1]) and asks(context, pair):
        return other  # a question after their answer: the one who asked before asks again
    return None


def _exchange_turn(context: QuoteContext, found: list[Found], pair: MarkPair) -> Any:
    """The speaker of a quote paragraph in an exchange the story introduced: after "Tom Ward
    pressed Ann Lee on the budget.", the quote paragraphs that follow with no attribution of
    their own are questions from Ward and answers from Lee."""
    paragraph = context.paragraph_of(pair.start)
    start = len(found)  # the run of quote paragraphs right before this one
    while (
        start > 0
        and found[start - 1].paragraph == paragraph - (len(found) - start) - 1
        and found[start - 1].type == "direct"
        and found[start - 1].pairs
        and _opens_paragraph(context, found[start - 1].pairs[0])
    ):
        start -= 1
        if found[start].rule not in CARRIED_RULES + ("dialogue_turn", "previous_sentence"):
            return None  # a quote with its own attribution: the exchange is over, if there was one
    opening = found[start].pairs[0] if start < len(found) else pair
    intro = _sentence_before(context, opening)
    if intro is None:
        return None
    verb = intro.root
    if verb.lemma_.lower() not in EXCHANGE_LEMMAS or verb.pos_ != "VERB":
        return None
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if asker is None or asked is None or not (_is_person(asker) and _is_person(asked)):
        return None
    return asker if asks(context, pair) else asked


def _is_person(token: Any) -> bool:
    """A person by name, or he/she."""
    return token.ent_type_ == "PERSON" or token.lower_ in PRONOUN_GENDER


def _sentence_before(context: QuoteContext, pair: MarkPair) -> Any:
    """The sentence ending right before a quote, if no quote is in it."""
    span = context.doc.char_span(pair.start, pair.end, alignment_mode="expand")
    last = token_before(span) if span is not None else None
    if last is None or last.text not in TERMINAL_PUNCT | {":"}:
        return None
    sentence = last.sent
    return None if any(context.in_quote(t) for t in sentence) else sentence


def _same_speaker(first: Found, second: Found, entities: EntityIndex) -> bool:
    """Whether two quotes have one speaker, by the entity their speaker names or by the words."""
    a, b = first.speaker_token, second.speaker_token
    if a.i == b.i:
        return True
    clusters = [entities.cluster_at(token.idx, token.idx + len(token.text)) for token in (a, b)]
    if clusters[0] is not None and clusters[1] is not None:
        return clusters[0] is clusters[1]
    return a.pos_ != "PRON" and a.lower_ == b.lower_


# how many paragraphs back an unattributed quote may inherit the last quoted speaker
RECENT_SPEAKER_PARAGRAPHS = 2


def _brings_in_someone_else(fallback: tuple[str, Any, Any] | None, previous: Found) -> bool:
    """Whether the sentence before a quote paragraph names a speaker other than the last
    quote's: "he" after a quote is still its speaker ("He then had a question: “…”")."""
    if fallback is None or fallback[2] is None:
        return False
    speaker = fallback[2]
    if speaker.lower_ in PRONOUN_GENDER:
        return False
    return previous.speaker_token is None or speaker.lower_ != previous.speaker_token.lower_


# a line that ends one section of a story and starts another: "___", "* * *", "12:05 a.m."
_SECTION_BREAK = re.compile(r"[\W_]+|\d{1,2}:\d{2}\s*[ap]\.?m\.?")


def _recent_speaker(context: QuoteContext, found: list[Found], paragraph: int) -> Found | None:
    for item in reversed(found):
        if paragraph - item.paragraph > RECENT_SPEAKER_PARAGRAPHS:
            return None
        between = range(item.paragraph + 1, paragraph)
        if any(_SECTION_BREAK.fullmatch(context.text[slice(*context.paragraphs[n])]) for n in between):
            return None  # a live blog's next entry, a story's next section: someone else's
        if item.speaker_span is not None and item.type in ("direct", "partial"):
            return item
    return None


def _finishes_the_sentence(context: QuoteContext, previous: Found, pair: MarkPair, quote_type: str) -> bool:
    """“I hold him in the highest esteem,” Trump said, “and I fully support him.”: the
    lower-case words after the interruption finish the whole quote's sentence, so they are
    part of it, not a partial quote of their own."""
    if previous.type != "direct" or quote_type != "partial" or not previous.pairs:
        return False
    text = context.text
    before = previous.pairs[-1]
    pause = text[before.content_end - 1 : before.content_end] == "," or text[before.end : before.end + 1] == ","
    # only the attribution between them, closed by a comma: not "…,” says the narrator,
    # going on to detail other “gifts”"
    resumed = text[before.end : pair.start].rstrip().endswith(",")
    words = text[pair.content_start : pair.content_end].lstrip()
    return pause and resumed and words[:1].islower()


def _same_attribution(previous: Found, cue: Any, speaker_token: Any) -> bool:
    if cue is not None and previous.cue is not None:
        return bool(previous.cue.i == cue.i)
    return (
        cue is None
        and previous.cue is None
        and previous.speaker_token is not None
        and (speaker_token is not None and previous.speaker_token.i == speaker_token.i)
    )


def _in_headline(context: QuoteContext, pair: MarkPair) -> bool:
    """A short paragraph in title case: "Milbank: Republicans ‘Waving The Flag Of Surrender’ To
    Trump" capitalises quoted words like every other word, so capitals say nothing there."""
    start, end = context.paragraphs[context.paragraph_of(pair.start)]
    outside = (context.text[start : pair.start] + " " + context.text[pair.end : end]).split()
    words = [w for w in outside if any(ch.isalpha() for ch in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "by", "with", "or", "as", "is"}
    significant = [w for w in words if w.lower() not in small]
    return 2 <= len(words) <= 20 and all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


def _is_title(content: str) -> bool:
    """Every word capitalised and short: a title or a name, not somebody's words."""
    # a dash parts two words ("Ann Lee—Tom Ward"); a hyphen makes one ("Obama-Clinton")
    words = [w for w in re.sub(f"[{LONG_DASHES}]", " ", content).split() if any(ch.isalpha() for ch in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "by", "with", "or"}
    capitalised = [w for w in words if w.lower() not in small]
    return (
        0 < len(words) <= 8
        and bool(capitalised)
        and all(w[:1].isupper() for w in capitalised)
        and len(capitalised) >= 2
    )


def _content(text: str, pair: MarkPair) -> str:
    return " ".join(text[start:end].strip() for start, end in pair.pieces)


def _opens_paragraph(context: QuoteContext, pair: MarkPair) -> bool:
    return pair.start == context.paragraphs[context.paragraph_of(pair.start)][0]


def _quote_type(context: QuoteContext, pair: MarkPair, span: Any) -> str:
    """Direct when the quote stands as a sentence of its own, partial when woven into one."""
    text = context.text
    before = text[context.paragraphs[context.paragraph_of(pair.start)][0] : pair.start].rstrip()
    content = text[pair.content_start : pair.content_end].strip()
    words = content.split()
    if not words:
        return "partial"
    if pair.paragraphs > 1:
        return "direct"
    starts_sentence = not before or before[-1] in ".:!?—–-" or before.endswith((",", "…"))
    preceding = span[0].nbor(-1) if span.start > 0 else None
    after_cue = preceding is not None and is_cue(preceding)
    capital = words[0][0].isupper() or words[0][0] in "…." or not words[0][0].isalpha()
    sentence_like = capital and (len(words) >= 4 or content[-1:] in ".!?,")
    if (starts_sentence or after_cue) and sentence_like:
        return "direct"
    if starts_sentence and not before and len(words) >= 4:
        return "direct"
    return "partial"


def _term_reason(context: QuoteContext, pair: MarkPair, quote_type: str) -> str | None:
    """Why an unattributed quoted stretch is not a statement, or None if it may be one."""
    content = context.text[pair.content_start : pair.content_end].strip()
    words = content.split()
    if quote_type == "partial":
        if words and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 8:
            return "title_or_name"
        return "scare_quote" if len(words) <= 4 else "unattributed_fragment"
    if len(words) < 4:
        return "short_unattributed"
    return None


def _attribute(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """(rule, cue token, speaker token) for a quote, or None when nothing attributes it."""
    for finder in (
        _name_colon_before,
        _adjacent_cue_after,
        _governing_cue,
        _cue_after,
        _cue_before,
        _according_to,
        _colon_intro,
        _verb_after,
        _short_tail,
        _dash_speaker,
        _headline_colon,
        _attribution_verb,
        _named_after,
    ):
        result = finder(context, pair, span, quote_type)
        if result is not None:
            return result
    return None


def _accept(rule: str, cue: Any, context: QuoteContext, *, inverted: bool = False) -> tuple[str, Any, Any] | None:
    speaker = speaker_of(cue, context)
    if speaker is not None:
        speaker = _appositive_running_into(cue, speaker) or speaker
    if speaker is None and inverted:
        if cue.dep_ == "acl" and cue.head.i < cue.i and cue.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            # “…?” the 43-year-old asked: parsed as a reduced relative ("the man asked to
            # leave"), but right after a quote the noun before the verb is its subject
            speaker = cue.head
        else:
            # “…,” wrote a Trump supporter: the parser may take the late subject as an object
            # (but not "tweeted Sunday")
            speaker = next(
                (
                    child
                    for child in cue.rights
                    if child.dep_ in ("dobj", "attr", "npadvmod", "oprd")
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.ent_type_ not in ("DATE", "TIME")
                    # "“…,” Ramos, 58, told AFP": the one told is the hearer
                    and not (child.dep_ == "dobj" and cue.lemma_.lower() in HEARER_OBJECT_LEMMAS)
                ),
                None,
            )
        if speaker is None and cue.lemma_.lower() in HEARER_OBJECT_LEMMAS:
            speaker = _name_right_before(cue, context)  # "“…,” Ramos, 58, told AFP"
        elif speaker is None:
            speaker = noun_phrase_after(cue)
    if speaker is None and not inverted:
        passive = any(child.dep_ == "nsubjpass" for child in cue.children) and any(
            child.dep_ == "auxpass" and child.lower_ not in ("'s", "’s") for child in cue.children
        )  # "he's said" is active, whatever the parser made of it
        if passive:
            # "Hart was asked, “…?”": the one asked did not say it, and the asker is unnamed
            return rule, cue, None
        speaker = _subject_before(cue, context) or _appositive_subject(cue, context) or _person_before(cue, context)
    if speaker is None or context.in_quote(speaker):
        return None
    if cue.lower_ == "according":
        rule = "according_to"
    # "“…” Ann Lee's words echoed across the hall": whose words they are
    return rule, cue, _owner_of_words(speaker) or speaker


def _name_right_before(cue: Any, context: QuoteContext) -> Any:
    """The name between a quote and its speech verb, past an age or a title in commas:
    "“…,” Ramos, 58, told AFP" (parsed with no subject for "told")."""
    for token in reversed(cue.doc[max(cue.sent.start, cue.i - 8) : cue.i]):
        if context.in_quote(token):
            return None
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            return token
    return None


def _appositive_running_into(cue: Any, subject: Any) -> Any:
    """ "Clinton, a top aide said, “is very confident”": a noun phrase the parser hangs on the
    subject as an appositive, but which runs into the speech verb with no comma, is the one
    speaking; the name before it is what they speak about."""
    if cue.dep_ != "parataxis" or cue.doc[cue.i - 1].is_punct:
        # an inserted "a top aide said" only; "Doug Andres, a spokesman for Ann Lee told the
        # Post" is Andres with a comma missing, and "Ann Lee, the mayor, said" is closed by one
        return None
    for child in subject.children:
        if child.dep_ == "appos" and child.i < cue.i and child.right_edge.i == cue.i - 1 and child.pos_ == "NOUN":
            return child
    return None


def _subject_before(cue: Any, context: QuoteContext) -> Any:
    """ "Flea shared the news, writing “…”": when the parse gives the speech verb no
    subject, the subject of the clause it ends is the speaker, if it names someone."""
    for token in reversed(cue.sent[: cue.i - cue.sent.start]):
        if token.dep_ in SPEAKER_DEPS and not context.in_quote(token):
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                token = token.head.head  # "an official who spoke anonymously said"
                return token if token.pos_ in ("NOUN", "PROPN") else None
            return token if _names_someone(token) else None
    return None


def _appositive_subject(cue: Any, context: QuoteContext) -> Any:
    """ "In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate stated
    that …": the parser may hang the subject on the name before it as an appositive, but an
    appositive is closed by a comma; a noun phrase running straight into the verb is its
    subject."""
    index = cue.i - 1
    while index > cue.sent.start and cue.doc[index].pos_ == "ADV":
        index -= 1  # "the candidate also stated"
    token = cue.doc[index]
    if token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and not context.in_quote(token):
        return token
    return None


def _person_before(cue: Any, context: QuoteContext) -> Any:
    """ "In a call on Dec. 2, Col. Steven Warren, a spokesman, said, “…”": when the parse
    leaves the speech verb without any subject, the last person named before it in its
    sentence (outside quotes) is the one speaking."""
    for token in reversed(cue.sent[: cue.i - cue.sent.start]):
        if token.ent_type_ == "PERSON" and token.ent_iob_ != "O" and not context.in_quote(token):
            while token.i + 1 < cue.i and token.doc[token.i + 1].ent_iob_ == "I":
                token = token.doc[token.i + 1]  # the last word of the name
            # "Gene Sperling, a top Clinton adviser, said": not the name inside the role
            anchor = token
            for _ in range(MAX_HEAD_STEPS):
                if anchor.head.i == anchor.i or anchor.head.i >= cue.i:
                    break
                if anchor.dep_ == "appos" and anchor.head.ent_type_ == "PERSON":
                    return anchor.head
                anchor = anchor.head
            return token
    return None


def _governing_cue(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """The speech verb up the parse from the quote: “…,” he said / described it as ‘fake’."""
    inside = set(range(span.start, span.end))
    for token in span:
        if token.is_punct or token.head.i in inside and token.head.i != token.i:
            continue
        child, head = token, token.head
        for _ in range(MAX_HEAD_STEPS):
            # climbing through another quote is fine: ‘fake’ and ‘lies’ share one verb
            if head.i in inside:
                break
            # "would continue ‘to break barriers’" goes on doing something; only "she
            # continued: …" goes on speaking
            aspectual = head.lemma_ == "continue" and child.dep_ == "xcomp"
            if is_cue(head) and not aspectual and not context.in_quote(head):
                if quote_type == "partial":
                    head = _reporting_source(_hypothetical_speaker(head, context) or head, context, span)
                elif head.i < span.start:
                    nearer = _relative_clause_cue(_clause_window(context, span, -1))
                    if nearer is not None and nearer.i > head.i:
                        head = nearer  # "He praised Lee, who told reporters, “…”": Lee's words
                return _accept("cue_governs_quote", head, context)
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in NOUN_CUE_LEMMAS
                and child.dep_ in ("acl", "ccomp", "xcomp")  # "claim that …", "promise to …"
                and not (head.dep_ in NOMINAL_DEPS and is_cue(head.head))  # "called his remarks ‘…’"
                and not context.in_quote(head)
            ):
                # "her assertion that “…”", "his promise to be ‘neutral’": the owner speaks
                owner = _claim_owner(head, context)
                if owner is not None:
                    return "cue_governs_quote", head, owner
            if head.lemma_ == "be" and head.dep_ == "ROOT" and child.dep_ in ("ccomp", "attr"):
                # "The senator’s answer was that “…”": the owner of the words speaks them (but
                # in "Ryan said Trump's criticism was “…”" the speech verb's subject does)
                words = next((c for c in head.children if c.dep_ == "nsubj"), None)
                owner = _owner_of_words(words) if words is not None else None
                if owner is not None:
                    return "cue_governs_quote", words, owner
            if head.head.i == head.i:
                break
            child, head = head, head.head
    return None


def _attribution_verb(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """ "Rubio bemoaned the climate in which people ‘literally hate each other’", "he talks
    about how his forces must be ready ‘to fight tonight’": words quoted inside what a verb of
    attribution reports, when no speech verb governs them, belong to that verb's subject."""
    if quote_type != "partial":
        return None
    inside = set(range(span.start, span.end))
    top = next((t for t in span if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)), None)
    if top is None:
        return None
    head = top.head
    for _ in range(MAX_HEAD_STEPS):
        if head.i in inside or context.in_quote(head):
            return None
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and (lemma in SAYING_LEMMAS or lemma in PHRASAL_LEMMAS):
            speaker = speaker_of(head, context)
            if speaker is not None and _names_someone(speaker) and speaker.lower_ not in NON_SOURCE_SUBJECTS:
                return "attribution_verb", head, speaker
            return None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _hypothetical_speaker(cue: Any, context: QuoteContext) -> Any:
    """ "Obama said he expected that Americans will say ‘no’": speech that has not happened
    (a modal or an infinitive) inside someone's report is the reporter's prediction, so the
    reporting speech verb further up gives the source."""
    if not any(child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to") for child in cue.children):
        return None
    verb = cue
    for _ in range(MAX_HEAD_STEPS):
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i or context.in_quote(verb.head):
            return None
        verb = verb.head
        if is_cue(verb) and speaker_of(verb, context) is not None:
            return verb
    return None


def _reporting_source(cue: Any, context: QuoteContext, span: Any) -> Any:
    """ "Israel said Clinton called it ‘closely coordinated’": words quoted inside a
    report that is itself reported come to the reporter through the outer source, so
    the outermost speech verb up a chain of reported clauses attributes them. (On
    PolNeAR train the annotators chose the outer source 22 times out of 25.)"""
    while cue.dep_ == "ccomp" and cue.head.i != cue.i and is_cue(cue.head) and not context.in_quote(cue.head):
        if speaker_of(cue.head, context) is None:
            break
        cue = cue.head
    for child in cue.children:
        # "Hart said Lee ‘would have no chance,’ the aide recalled": the parser hangs the
        # trailing report on the verb it reports
        if child.dep_ in ("ccomp", "parataxis") and child.i >= span.end and is_cue(child):
            reporter = next((c for c in child.children if c.dep_ == "nsubj" and span.end <= c.i < child.i), None)
            if reporter is not None and not context.in_quote(reporter):
                return child
    # "CNN, Cruz said, called the announcement ‘highly significant’": a parenthetical report
    subject = next((child for child in cue.children if child.dep_ == "nsubj"), None)
    for child in cue.children:
        if (
            child.dep_ == "parataxis"
            and subject is not None
            and subject.i < child.left_edge.i
            and child.right_edge.i < cue.i
            and is_cue(child)
            and not context.in_quote(child)
            and speaker_of(child, context) is not None
        ):
            return child  # set off between the subject and its verb
    # "According to CNN, Trump said he was ‘very angry’", "…, according to CNN.": the source
    # the sentence names, set off by a comma, and not the evidence inside a claim ("said
    # that according to the polls he was ‘winning’")
    for token in cue.subtree:
        if (
            token.lower_ == "according"
            and (token.head.i == cue.i or token.i > span.end and token.doc[token.i - 1].text == ",")
            and not context.in_quote(token)
            and speaker_of(token, context) is not None
        ):
            return token
    return cue


def _tokens_outside(context: QuoteContext, tokens: Any) -> list[Any]:
    return [t for t in tokens if not context.in_quote(t)]


def _clause_window(context: QuoteContext, span: Any, direction: int, limit: int | None = None) -> list[Any]:
    """Tokens next to a quote, up to a sentence end outside quotes or the paragraph's edge.

    Not the parser's sentences: after “…?” the parser often starts a new sentence, but
    in “…?” Trump asked. the cue belongs with the quote.
    """
    doc = context.doc
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(doc[span.start].idx)]
    window: list[Any] = []
    index = span.end if direction > 0 else span.start - 1
    if limit is None:
        limit = ADJACENT_CUE_WINDOW if direction > 0 else 2 * ADJACENT_CUE_WINDOW
    while 0 <= index < len(doc) and len(window) < limit:
        token = doc[index]
        if token.idx >= paragraph_end or token.idx < paragraph_start or context.in_quote(token):
            break
        if direction < 0 and token.text in TERMINAL_PUNCT:
            break
        if token.is_space:
            index += direction
            continue
        window.append(token)
        if direction > 0 and token.text in TERMINAL_PUNCT:
            break
        index += direction
    return window


def _cue_after(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    if _continues_split_quote(context, pair):
        return None
    window = _clause_window(context, span, +1)
    for token in window:
        if is_cue(token):
            if any(child.dep_ == "mark" and child.lower_ in TIME_CONJUNCTIONS for child in token.children):
                return None  # "“…” after Clinton’s spokesman expressed support": a time, not a source
            if _comments_on_it(token):
                return None
            return _accept("cue_after_quote", token, context, inverted=True)
    return None


def _ends_sentence(context: QuoteContext, pair: MarkPair) -> bool:
    """Whether the quoted words end a sentence of their own ("…." rather than "…,")."""
    return context.text[pair.content_start : pair.content_end].rstrip()[-1:] in (".", "!", "?", "…")


def _continues_split_quote(context: QuoteContext, pair: MarkPair) -> bool:
    """“…,” she said. “We feel good about it.” She noted a planned rally …: a quote that
    follows a quote and its attribution in the same paragraph, and ends its own sentence,
    goes on with that speaker; the speech verb of the next sentence starts a new statement."""
    if not _ends_sentence(context, pair):
        return False
    position = context.pair_number.get(pair.start, 0)
    if position == 0:
        return False
    previous = context.pairs[position - 1]
    between = context.text[previous.end : pair.start]
    previous_content = context.text[previous.content_start : previous.content_end].rstrip()
    if "\n" in between or len(between) > 80 or not between.rstrip().endswith("."):
        return False
    if previous_content[-1:] not in (",", "?", "!") and context.text[previous.end : previous.end + 1] != ",":
        return False
    frame = context.doc.char_span(previous.end, pair.start, alignment_mode="contract")
    return frame is not None and any(is_cue(token) for token in frame)


def _verb_after(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """“Go back to Univision,” Trump barked: a quote ending in a comma (or ? or !) hands
    over to its attribution, whatever the verb."""
    if _continues_split_quote(context, pair):
        return None
    window = _clause_window(context, span, +1)
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!") or context.text[pair.end : pair.end + 1] == ","):
        return None
    for token in window[:4]:
        # a verb by tag but a noun by function ("Trump" tagged VB as a subject) is skipped
        if token.pos_ == "VERB" and token.dep_ not in NOMINAL_DEPS:
            if _comments_on_it(token):
                break
            subject = speaker_of(token, context)
            if subject is not None and _names_someone(subject):
                # "“Call the roll,” came shouts from the crowd": the crowd's shouts
                return "verb_after_quote", token, _owner_of_words(subject) or subject
            if subject is None and token.i == window[0].i:
                subject = noun_phrase_after(token)  # “…,” exhorted her introducer
                if subject is not None:
                    return "verb_after_quote", token, subject
            break
    return None


NP_POS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")


def _short_tail(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """`“Go back to Univision,” Trump barked` and `“…,” the editorial read.` when the tagger
    gets the short attribution wrong: a noun phrase, then the first verb (or a speech word
    the tagger took for a noun) is the hand-over. A longer noun phrase, with a title or a
    prepositional phrase (`“…,” William Daley, the former chief of staff, said`, `“…,” a
    voice-over in the ad states.`), hands over only to a speech verb."""
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!") or context.text[pair.end : pair.end + 1] == ","):
        return None
    if quote_type != "direct" or _continues_split_quote(context, pair):
        return None
    # the whole sentence after the quote: a name with its title can be long
    window = _clause_window(context, span, +1, limit=3 * ADJACENT_CUE_WINDOW)
    if window and window[-1].text in TERMINAL_PUNCT:
        window.pop()
    phrase: list[Any] = []
    for position, token in enumerate(window):
        ends_clause = position + 1 == len(window) or window[position + 1].is_punct
        if phrase and token.lemma_.lower() in CUE_LEMMAS and (ends_clause or token.pos_ in ("VERB", "AUX")):
            if _comments_on_it(token):
                return None
            return "cue_after_quote", token, _phrase_head(phrase)  # "the editorial read."
        if token.pos_ in NP_POS or token.text in ("'s", "’s") or (token.is_alpha and token.text[0].isupper()):
            phrase.append(token)
            continue
        if phrase and token.pos_ in ("VERB", "AUX") and len(phrase) == position:
            return "verb_after_quote", token, _phrase_head(phrase)  # "Trump barked"
        if phrase and (token.text in (",", "(", ")", "-") or token.pos_ == "ADP"):
            phrase.append(token)  # a title or a place: "Daley, a former aide, said"
            continue
        break
    return None


def _phrase_head(phrase: list[Any]) -> Any:
    """The head of the first noun phrase: "William Daley" in "William Daley, a former aide"."""
    first = []
    for token in phrase:
        if token.is_punct and token.tag_ != "HYPH" or token.pos_ == "ADP":
            break
        first.append(token)
    nouns = [token for token in first or phrase if token.pos_ in ("NOUN", "PROPN") or token.tag_ == "HYPH"]
    return (nouns or first or phrase)[-1]


def _adjacent_cue_after(
    context: QuoteContext, pair: MarkPair, span: Any, quote_type: str
) -> tuple[str, Any, Any] | None:
    """`…,” she said` right after the quote beats any speech verb further up the parse:
    the news convention puts the attribution there."""
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!", "—") or context.text[pair.end : pair.end + 1] == ","):
        return None
    window = _clause_window(context, span, +1)
    if quote_type != "direct" and not (window and window[-1].text in TERMINAL_PUNCT and len(window) <= 6):
        # words woven into a sentence belong to that sentence's speech verb, unless the
        # sentence ends with its attribution: "Nothing he said ‘will help,’ the senator said."
        return None
    for token in window[:4]:
        subject = _subject_of_verb_tagged_noun(token, window)
        if subject is not None and quote_type == "direct":
            return "cue_after_quote", token, subject
        if is_cue(token):
            if quote_type != "direct" and token.tag_ == "VBG" and token.lower_ != "according":
                continue  # "…’, blaming the mayor." goes on with the sentence's own speaker
            if content.endswith("?") and _answers_next_quote(context, token):
                return None
            if _comments_on_it(token):
                return None
            return _accept("cue_after_quote", token, context, inverted=True)
    return None


def _comments_on_it(cue: Any) -> bool:
    """“What difference does it make?” Her critics cited it as evidence …: a speech verb
    after a quote with the quote as its object ("it", "the remark") is someone commenting on
    the words, not saying them."""
    said = next((child for child in cue.children if child.dep_ == "dobj"), None)
    if said is None or cue.dep_ == "relcl":
        return False  # "the ‘undue burden’ standard that the court announced": a relative "that"
    if not any(child.dep_ == "nsubj" and child.i < cue.i for child in cue.children):
        return False  # “…,” read the statement: an inverted attribution, its subject parsed as object
    return _points_back(said)


def _points_back(said: Any) -> bool:
    """Whether a verb's object points back at a quote: "it", "this", "the remark", "her words";
    not "those in the country illegally"."""
    if said.lower_ in BACK_POINTERS:
        return not list(said.children)
    return said.lemma_.lower() in WORDS_NOUN_LEMMAS and any(
        c.lower_ in BACK_POINTING_DETERMINERS for c in said.children if c.dep_ in ("det", "poss")
    )


def _subject_of_verb_tagged_noun(token: Any, window: list[Any]) -> Any:
    """ "“…,” the Saudis state in the white paper": right after a quote, a speech verb the
    tagger took for a noun ("state", "notes", "claim") after a noun phrase, with nothing
    nominal after it, is the attribution; the phrase's last noun is its subject."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CUE_LEMMAS:
        return None
    before = window[: window.index(token)]
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if not before or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in before):
        return None
    if before[-1].pos_ not in ("NOUN", "PROPN") or after is not None and not (after.is_punct or after.pos_ == "ADP"):
        return None  # "the state legislature", "the state said"
    if after is not None and after.lower_ == "of":
        return None  # "the state of the union"
    return before[-1]


def _answers_next_quote(context: QuoteContext, cue: Any) -> bool:
    """“… would you have told her?” He answered, “I have no idea.”: a verb of answering that
    opens the next quote answers the question before it, which someone else asked."""
    if cue.lemma_.lower() not in ANSWER_LEMMAS:
        return False
    following = [t for t in cue.doc[cue.i + 1 : cue.i + 4] if not t.is_space]
    return len(following) >= 2 and following[0].text in (",", ":") and context.in_quote(following[1])


def _name_colon_before(
    context: QuoteContext, pair: MarkPair, span: Any, quote_type: str
) -> tuple[str, Any, Any] | None:
    """ "Sanders: ‘It Is Not a Radical Idea’ to Ask for $15": a headline's "Name:" right
    before the quote beats any verb the headline's words offer after it."""
    if not context.text[: pair.start].rstrip().endswith(":"):
        return None
    signed = _name_colon_in_paragraph(context, pair)
    if signed is not None:
        return signed
    found = _headline_colon(context, pair, span, quote_type)
    if found is None:
        return None
    paragraph_start = context.paragraphs[context.paragraph_of(pair.start)][0]
    label = context.doc.char_span(paragraph_start, found[2].idx + len(found[2].text), alignment_mode="expand")
    named = context.named_in_article()
    if label is None or not all(
        (t.pos_ in ("PROPN", "NOUN") or t.lower_ in named) and t.ent_type_ in ("", "PERSON", "ORG") for t in label
    ):
        return None  # "Mr. Ridge said:" is a clause, left to the speech-verb rules
    return found


# "Pollsters agree - Carl Bialik: “…”": a roundup item's headline, a dash, then the source
_DASH_NAME_COLON = re.compile(rf"\s[{DASHES}]\s?([A-Z][\w.'’]*(?:\s(?:[A-Z][\w.'’]*|and|&)){{0,5}}):\s*$")


# "Clinton: “…” Bush: “…”": a second name and colon after the first quote
_NAME_COLON_AFTER_QUOTE = re.compile(r"[”\"’']\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}):\s*$")


def _name_colon_in_paragraph(context: QuoteContext, pair: MarkPair) -> tuple[str, Any, Any] | None:
    """A name and a colon right before the quote, after a dash or after another quote."""
    paragraph_start = context.paragraphs[context.paragraph_of(pair.start)][0]
    before = context.text[paragraph_start : pair.start]
    match = _DASH_NAME_COLON.search(before)
    if match is None:
        match = _NAME_COLON_AFTER_QUOTE.search(before)
        if match is None or match.group(1).split()[-1].lower() not in context.named_in_article():
            return None
    end = paragraph_start + match.end(1)
    name = context.doc.char_span(paragraph_start + match.start(1), end, alignment_mode="expand")
    if name is None or context.in_quote(name[-1]):
        return None
    return "headline_colon", None, name[-1]


def _names_someone(token: Any) -> bool:
    return (
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or token.lower_ in PRONOUN_GENDER
        or token.lower_ in PLURAL_PRONOUNS
        or (token.pos_ in ("PROPN", "NOUN") and token.dep_ in SPEAKER_DEPS)
        # a capitalised subject is a name even when the tagger took it for a verb
        or (token.dep_ in SPEAKER_DEPS and token.text[:1].isupper())
    )


def _cue_before(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    window = _clause_window(context, span, -1)
    introducing = _introducing_verb(window, context) if any(is_cue(token) for token in window) else None
    if introducing is not None:
        # "When Trump suggested …, Rubio fired back forcefully: “…”": the verb right before
        # the colon introduces the quote, not a speech verb earlier in the sentence
        return introducing
    for token in window:
        if is_cue(token):
            return _accept("cue_before_quote", token, context)
    # "Hillary shot back, “…”": any verb with a named subject, right before ", “" or ": “"
    if len(window) >= 2 and window[0].text in (",", ":") and window[1].pos_ == "VERB":
        verb = window[1]
        subject = speaker_of(verb, context)
        if subject is not None and is_someone(subject):
            return "verb_intro", verb, subject
    owned = _owned_words_noun(window, context)
    if owned is not None:
        return owned
    if len(window) >= 2 and window[0].text == "," and window[1].dep_ == "dobj" and window[1].head.pos_ == "VERB":
        # "Trump issued a statement, “…”", "she posted a message, “…”": the document's sender
        noun, verb = window[1], window[1].head
        if noun.lemma_.lower() in DOCUMENT_NOUN_LEMMAS | NOUN_CUE_LEMMAS:
            subject = speaker_of(verb, context)
            if subject is not None and is_someone(subject):
                return "verb_intro", verb, subject
    if len(window) >= 3 and window[0].text == "," and window[1].lower_ == "it" and window[2].lemma_ == "put":
        subject = speaker_of(window[2], context)  # "As Vulture put it, “…”"
        if subject is not None:
            return "verb_intro", window[2], subject
    if (
        window
        and window[0].text in (",", ":")
        and len(window) >= 3
        and (window[1].pos_ == "PART" or window[1].dep_ == "prt" and window[0].text == ",")
        and window[2].pos_ == "VERB"
    ):
        verb = window[2]  # "she shot back," with the particle between: shot back ,
        subject = speaker_of(verb, context)
        if subject is not None and is_someone(subject):
            return "verb_intro", verb, subject
    if window and window[0].text == ":":
        # "Kasich resisted: “…”", "More from Jones: “…”": the clause before the colon names
        # the speaker, as its subject or as the last person in it
        root = window[1].sent.root if len(window) > 1 else None
        if root is not None and not context.in_quote(root):
            subject = speaker_of(root, context)
            if (
                subject is not None
                and subject.lower_ not in NON_SOURCE_SUBJECTS
                and subject.pos_ in ("PROPN", "NOUN", "PRON")
            ):
                # "Hoff’s letter makes the case: “…”"; "Her response was blunt: “…”" is hers
                return "colon_intro", None, _owner_of_words(subject) or subject
            if (owner := _owner_of_words(root)) is not None:
                return "colon_intro", None, owner  # "His answer: “…”"
            attr = next((child for child in root.children if child.dep_ == "attr"), None)
            if attr is not None and (owner := _owner_of_words(attr)) is not None:
                return "colon_intro", None, owner  # "There is a threat voters make:"
        # the parser can hang the clause before the colon on the quote: its subject
        # ("she is sure that keeping Hart in jail …: “…”") beats a person named inside it
        tops = [t for t in window[1:] if t.pos_ in ("VERB", "AUX") and context.in_quote(t.head)]
        subject = next((child for child in tops[0].children if child.dep_ == "nsubj"), None) if tops else None
        if subject is not None and ((owner := _owner_of_words(subject)) is not None or is_someone(subject)):
            return "colon_intro", None, owner or subject
        people = [t for t in window[1:] if t.ent_type_ == "PERSON"]
        if people:
            return "colon_intro", None, people[0]
        # "From the report: “…”"
        sources = [t for t in window[1:] if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.i >= window[-1].i]
        if sources:
            return "colon_intro", None, sources[0]
    if (
        quote_type == "direct"
        and len(window) > 1
        and window[0].text == ","
        and _term_reason(context, pair, quote_type) is None
        and not _is_title(_content(context.text, pair))
    ):
        # "Clinton shared her worries with donors at a fundraiser, “…”": a whole quote the
        # sentence runs into after a comma is the words of the person the sentence is about
        root = window[1].sent.root
        subject = _person_subject(root)
        if root.pos_ in ("VERB", "AUX") and not context.in_quote(root) and root.i < span.start and subject is not None:
            return "verb_intro", root, subject
    return None


def _person_subject(verb: Any) -> Any:
    """The subject of `verb` when it is a person by name or he/she, else None."""
    subject = next((child for child in verb.children if child.dep_ in SPEAKER_DEPS), None)
    if subject is not None and _is_person(subject):
        return subject
    if subject is not None:  # "His rival Ann Lee saw it differently": a role, then the name
        return next(
            (child for child in subject.children if child.dep_ == "appos" and child.ent_type_ == "PERSON"), None
        )
    return None


def _whole_sentence_alone(context: QuoteContext, pair: MarkPair) -> bool:
    """ "“That is nonsense.”" as a paragraph of its own: a short sentence, but a whole one
    with a verb (a subheading in quotes, "‘A change warrior.’", has none)."""
    start, end = context.paragraphs[context.paragraph_of(pair.start)]
    content = context.text[pair.content_start : pair.content_end].strip()
    words = context.doc.char_span(pair.content_start, pair.content_end, alignment_mode="contract")
    return (
        pair.start == start
        and not context.text[pair.end : end].strip()
        and content[:1].isupper()
        and content.endswith((".", "!", "?"))
        and len(content.split()) >= 2
        and words is not None
        and words.root.pos_ in ("VERB", "AUX")
    )


def _described_person_subject(verb: Any) -> Any:
    """ "His opponent disagreed.", "The mayor was not convinced.": one person the story
    describes rather than names, as the subject of `verb`."""
    subject = next((child for child in verb.children if child.dep_ in SPEAKER_DEPS), None)
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in PERSON_NOUN_LEMMAS:
        return None
    if subject.lemma_.lower() in COLLECTIVE_NOUNS:
        return None  # bodies of people ("The crowd cheered.") speak in chorus, not in a quoted paragraph
    determined = any(child.dep_ in ("det", "poss") for child in subject.children)
    return subject if determined else None


def _owner_of_words(noun: Any) -> Any:
    """Whose words a noun for words is: "her response", "the senator's answer", "a threat
    many voters make"."""
    if noun.lemma_.lower() not in WORDS_NOUN_LEMMAS:
        return None
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    if owner is None:
        clause = next((child for child in noun.children if child.dep_ == "relcl"), None)
        owner = next((child for child in clause.children if child.dep_ == "nsubj"), None) if clause else None
    if owner is None:  # "came the reply from the White House"
        source = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "from"), None)
        owner = next((child for child in source.children if child.dep_ == "pobj"), None) if source else None
    return owner if owner is not None and is_someone(owner) else None


def _owned_words_noun(window: list[Any], context: QuoteContext) -> tuple[str, Any, Any] | None:
    """ "after her March comment that, “…”": a noun for someone's words, with its owner, and
    "that" right before the quote; the owner speaks, however the parser hung the quote."""
    words = [token for token in window[:4] if not token.is_punct]
    if len(words) < 2 or words[0].lower_ != "that" or words[1].pos_ != "NOUN":
        return None
    if words[1].lemma_.lower() not in NOUN_CUE_LEMMAS:
        return None
    owner = _claim_owner(words[1], context)
    return ("cue_before_quote", words[1], owner) if owner is not None else None


def _claim_owner(noun: Any, context: QuoteContext) -> Any:
    """Who owns a reporting noun: "her" in "her assertion", "Lee" in "Lee's comment"."""
    return next((child for child in noun.children if child.dep_ == "poss" and not context.in_quote(child)), None)


def _relative_clause_cue(window: list[Any]) -> Any:
    """The speech verb of a relative clause that ends right before ", “": "Lee, who told
    reporters, “…”" (only its subject and the people it addresses between)."""
    if len(window) < 3 or window[0].text not in (",", ":"):
        return None
    for token in window[1:5]:
        if is_cue(token) and token.dep_ == "relcl":
            subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
            return token if subject is not None and subject.lower_ in RELATIVE_PRONOUNS else None
        if not (token.pos_ in ("ADV", "PART", "PRON", "PROPN") or token.lemma_.lower() in PERSON_NOUN_LEMMAS):
            return None
    return None


def _introducing_verb(window: list[Any], context: QuoteContext) -> tuple[str, Any, Any] | None:
    """A verb other than a speech verb that ends its clause right before ": “" or ", “",
    with only adverbs and particles after it ("fired back forcefully:"), and a named subject."""
    if len(window) < 2 or window[0].text not in (":", ","):
        return None
    for token in window[1:5]:
        if token.pos_ in ("ADV", "PART") or token.dep_ == "prt":
            continue
        if token.pos_ != "VERB" or is_cue(token) or token.dep_ in NOMINAL_DEPS:
            return None
        subject = speaker_of(token, context)
        if subject is not None and is_someone(subject):
            return "verb_intro", token, subject
        return None
    return None


def _according_to(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    sentence = span[0].sent
    for token in _tokens_outside(context, sentence):
        if token.lower_ == "according" and token.i + 1 < len(context.doc) and token.nbor().lower_ == "to":
            return _accept("according_to", token, context)
    return _per_source(context, span)


def _per_source(context: QuoteContext, span: Any) -> tuple[str, Any, Any] | None:
    """ "“…,” per a statement from the mayor's office": "per" right after a quote names its
    source, as "according to" does (but "at $3 per gallon" names none)."""
    per = _word_after(context, span)
    if per is None or per.lower_ != "per":
        return None
    source = next((child for child in per.children if child.dep_ == "pobj"), None)
    if source is None or not (is_someone(source) or source.lemma_.lower() in DOCUMENT_NOUN_LEMMAS):
        return None
    return "according_to", per, source


def _word_after(context: QuoteContext, span: Any) -> Any:
    """The first word after a quote, past its punctuation ("“…,” per …", "“…” So says …");
    None when the text ends or another quote comes first."""
    doc = context.doc
    index = span.end
    while index < len(doc) and (doc[index].is_space or doc[index].is_punct and not context.in_quote(doc[index])):
        index += 1
    return doc[index] if index < len(doc) and not context.in_quote(doc[index]) else None


def _colon_intro(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """``X said:`` (or "X released the following statement:") closing the previous sentence
    or paragraph, the quote following it."""
    text = context.text
    before = text[max(0, pair.start - 400) : pair.start].rstrip()
    if not before.endswith(":") or span.start == 0:
        return None
    colon = context.doc.char_span(
        len(before) - 1 + max(0, pair.start - 400), len(before) + max(0, pair.start - 400), alignment_mode="expand"
    )
    if colon is None:
        return None
    return _speaker_in_sentence(context, colon[0].sent, "colon_intro", end=colon[0].i)


def _speaker_in_sentence(
    context: QuoteContext, sentence: Any, rule: str, *, end: int | None = None
) -> tuple[str, Any, Any] | None:
    """The speaker a sentence introduces: a speech verb's subject, else its main subject
    when that names someone, else the last person it names."""
    tokens = [t for t in sentence if (end is None or t.i < end) and not context.in_quote(t)]
    for token in reversed(tokens):
        if is_cue(token):
            result = _accept(rule, token, context)
            if result is not None:
                return result
    # the main verb, or when the parser ran the quote into the sentence ("She went on: “…”"),
    # the last verb before the quote
    verbs = [sentence.root] if not context.in_quote(sentence.root) else []
    verbs += [t for t in reversed(tokens) if t.pos_ in ("VERB", "AUX")][:1]
    for verb in verbs:
        subject = speaker_of(verb, context)
        if subject is not None and is_someone(subject):
            return rule, None, subject
    people = [t for t in tokens if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if people:
        return rule, None, people[-1]
    return None


def _previous_sentence(
    context: QuoteContext, pair: MarkPair, span: Any, quote_type: str
) -> tuple[str, Any, Any] | None:
    """A quoted sentence standing alone after a sentence about someone: news leaves the
    attribution to the sentence before ("Clinton touted her record. “We need …”")."""
    if span.start == 0 or quote_type != "direct":
        return None
    previous_token = token_before(span)
    if previous_token.text not in TERMINAL_PUNCT and not context.in_quote(previous_token):
        return None
    same_paragraph = context.paragraph_of(previous_token.idx) == context.paragraph_of(pair.start)
    if _term_reason(context, pair, "direct") is not None and (
        same_paragraph or not _whole_sentence_alone(context, pair)
    ):
        return None  # two or three quoted words are no statement to hand on, unless a paragraph
    if not same_paragraph:
        # across a paragraph break a speech verb hands the quote on, or a person the
        # paragraph is about ("Lee had a different view. In her speech, she went after the
        # mayor."), not an older speaker; a paragraph that ended with a quote hands on by
        # continuation, decided by the caller
        sentence = previous_token.sent
        if any(context.in_quote(t) for t in sentence):
            return None
        tokens = list(sentence)
        for token in reversed(tokens):
            if is_cue(token):
                return _accept("previous_sentence", token, context)
        subject = _person_subject(sentence.root) or _described_person_subject(sentence.root)
        if subject is not None:
            return "previous_sentence", None, subject  # "Tom Hart was not convinced."
        # "The plan drew fire from Tom Hart, a council member.": a person introduced with a role
        introduced = [t for t in tokens if t.ent_type_ == "PERSON" and any(c.dep_ == "appos" for c in t.children)]
        if introduced:
            return "previous_sentence", None, introduced[-1]
        return None
    return _speaker_in_sentence(context, previous_token.sent, "previous_sentence")


def _dash_speaker(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """``“…” — Jane Doe``: a dash and a name after the quote, or alone on the next line
    (the layout of fact-checks and epigraphs); with no dash, a roundup's signature."""
    doc = context.doc
    index = span.end
    while index < len(doc) and doc[index].is_space:
        index += 1
    if index < len(doc) and doc[index].text == "(":
        return _signature_in_parentheses(context, pair, doc[index])
    if index < len(doc) and not is_dash(doc[index].text):
        return _signature_after(context, pair, doc[index])
    dash = index
    index += 1
    while index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += 1  # "―\xa0Ann Lee": a no-break space holds the name to its dash
    if index >= len(doc):
        return None
    if context.paragraph_of(doc[dash].idx) != context.paragraph_of(pair.start):
        paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(doc[dash].idx)]
        if paragraph_start != doc[dash].idx or len(context.text[paragraph_start:paragraph_end].split()) > 8:
            return None  # a line that only signs the quote, not a new sentence
    while index + 1 < len(doc) and (
        doc[index].is_lower
        and doc[index].pos_ in ("ADJ", "DET", "ADV", "X")
        or doc[index].text == "-"
        and not doc[index - 1].whitespace_  # "then-", "ex-"
    ):
        index += 1  # "― former Gov. Tom Hart", "— then-Senator Ann Lee"
    name = doc[index]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "— President Obama": the name's head, not its title
    if name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN":
        return "dash_after_quote", None, name
    return None


# "So says the mayor.", "That quote from Alabama's securities commissioner …": a sentence after
# a quote that names who said it
_SO_SAYS = re.compile(r"(?:So|Thus) (?:says|said|writes|wrote|tweeted|declared|insists|insisted)\b")
_THAT_QUOTE = re.compile(
    r"(?:That|This|Those|These)(?:(?:’s|'s| is| was| are| were)(?: the| a| an)?)? "
    r"(?:quote|quotation|remark|line|lines|words|comment|statement|tweet|message)s? "
    r"(?:came |comes )?(?:from|of|by) "
)
# "That is how Ann Lee put it on Monday.", "That's how the mayor described the plan.",
# "That was what Ann Lee told supporters."
_THAT_IS_HOW = re.compile(r"(?:That|This)(?:’s|'s| is| was) (?:how|what) ")


def _named_after(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """ "“I'd rather have a sister in a brothel …” That quote from Commissioner Thomas Krebs
    appeared …", "“The stories begin. The stories end.” So says a voice at the end of the
    film": a whole quote, then a sentence opening with who said it."""
    if quote_type != "direct" or not _ends_sentence(context, pair):
        return None
    doc = context.doc
    first = _word_after(context, span)
    if first is None:
        return None
    rest = context.text[first.idx : first.idx + 80]
    found = _SO_SAYS.match(rest)
    if found is not None:
        verb = doc.char_span(first.idx, first.idx + found.end(), alignment_mode="expand")[-1]
        speaker = noun_phrase_after(verb)
        return ("named_after", verb, speaker) if speaker is not None and not context.in_quote(speaker) else None
    found = _THAT_QUOTE.match(rest)
    if found is not None:
        preposition = doc.char_span(first.idx, first.idx + found.end() - 1, alignment_mode="expand")[-1]
        speaker = next((child for child in preposition.children if child.dep_ == "pobj"), None)
        if speaker is not None and not context.in_quote(speaker):
            return "named_after", None, speaker
    reported = _reports_it_back(context, first)
    if reported is not None:
        return reported
    found = _THAT_IS_HOW.match(rest)
    if found is not None:
        how = doc.char_span(first.idx, first.idx + found.end() - 1, alignment_mode="expand")[-1]
        verb = how.head
        if verb.i > how.i and verb.lemma_.lower() in CUE_LEMMAS | {"put"}:
            speaker = speaker_of(verb, context)
            if speaker is not None and not context.in_quote(speaker):
                return "named_after", verb, speaker
    return None


def _reports_it_back(context: QuoteContext, first: Any) -> tuple[str, Any, Any] | None:
    """ "“…” / Ann Lee said this at a rally in Dayton.", "Ann Lee made the remark on Monday.":
    the sentence after a quote reports it with a word pointing back at it."""
    if first.i != first.sent.start:
        return None
    verb = first.sent.root
    if verb.lemma_.lower() not in UTTERING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return None
    said = next((child for child in verb.children if child.dep_ == "dobj"), None)
    speaker = speaker_of(verb, context) if said is not None and _points_back(said) else None
    if speaker is None or context.in_quote(speaker) or not is_someone(speaker):
        return None
    return "named_after", verb, speaker


# a signature is a name and a few words about the person: "Mary Jones, 54, a nurse from Dayton"
SIGNATURE_WORDS = 15
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _signature_after(context: QuoteContext, pair: MarkPair, first: Any) -> tuple[str, Any, Any] | None:
    """“It was a mess from start to finish.” Tom Hart, 33, teacher, Akron: a whole statement
    opening its paragraph, then a name and a verbless description closing it (the layout
    of voter roundups), is signed by that name."""
    if not _ends_sentence(context, pair):
        return None
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(pair.start)]
    if context.text[paragraph_start : pair.start].strip() or context.paragraph_of(first.idx) != context.paragraph_of(
        pair.start
    ):
        return None
    name = _signature_name(context, first.idx, paragraph_end)
    return ("name_after_quote", None, name) if name is not None else None


def _signature_in_parentheses(context: QuoteContext, pair: MarkPair, opening: Any) -> tuple[str, Any, Any] | None:
    """“We will not back down.” (Ann Lee, Dec. 3): a whole quote signed in parentheses."""
    if not _ends_sentence(context, pair):
        return None
    closing = next((t for t in opening.doc[opening.i + 1 : opening.i + SIGNATURE_WORDS] if t.text == ")"), None)
    if closing is None or context.paragraph_of(closing.idx) != context.paragraph_of(pair.start):
        return None
    name = _signature_name(context, opening.idx + 1, closing.idx)
    return ("name_after_quote", None, name) if name is not None else None


# words of a title before a signature's name: "Sen.", "House Speaker", "Former Secretary of State"
SIGNATURE_TITLE_WORDS = 4


def _signature_name(context: QuoteContext, start: int, end: int) -> Any:
    """The first token of the name that the words from `start` to `end` sign with, or None.

    A signature is a person's name, perhaps after a title, and at most a few verbless words
    about them: "Tom Hart, 33, teacher, Akron", "Sen. Ann Lee (D-Ohio)"; "Tom Hart disagreed
    with that" is a sentence, "Ann Lee for governor!" a cheer."""
    words = context.doc.char_span(start, end, alignment_mode="contract")
    if words is not None and len(words) > 1 and words[-1].text == ":":
        words = words[:-1]  # "TRUMP:" on a line of its own, naming the quote below
    if words is None or not 0 < len(words) <= SIGNATURE_WORDS:
        return None
    if context.text[start:end].rstrip(" ”\"’'").endswith(("!", "?")):
        return None
    if any(token.tag_ in FINITE_TAGS or context.in_quote(token) for token in words):
        return None
    for token in words[: SIGNATURE_TITLE_WORDS + 1]:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            return token
        if not (token.text[:1].isupper() or token.lower_ in ("of", "the")):
            return None  # "On Tuesday, Ann Lee": a sentence's opening, not a title
    # a heading the model tags as nothing ("TOM WARD", "Ward"): a few capitalised words
    # ending in the surname of someone the article names
    alphabetic = [token for token in words if token.is_alpha]
    if (
        0 < len(alphabetic) <= SIGNATURE_TITLE_WORDS
        and len(alphabetic) == len(words)
        and all(token.text[:1].isupper() for token in alphabetic)
        and alphabetic[-1].lower_ in context.named_in_article()
    ):
        return alphabetic[-1]
    return None


def _quote_only_paragraphs(context: QuoteContext) -> dict[int, MarkPair]:
    """Paragraphs that are one quote and nothing else, by index."""
    alone = {}
    for pair in context.pairs:
        number = context.paragraph_of(pair.start)
        start, end = context.paragraphs[number]
        if pair.start == start and pair.paragraphs == 1 and not context.text[pair.end : end].strip(" .,"):
            alone[number] = pair
    return alone


def _signed_paragraphs(context: QuoteContext) -> dict[int, tuple[str, Any, MarkPair]]:
    """(rule, name, quote) for quote paragraphs that a paragraph of their own signs: the roundup
    layouts "Sen. Ann Lee (D-Ohio)" / “…” and “…” / "Ann Lee, 54, a nurse from Dayton".

    A signature between two quote paragraphs could sign either; the article's other
    signatures, with a quote on one side only, say whether its names come before their
    quotes or after them (before, when nothing says)."""
    alone = _quote_only_paragraphs(context)
    signatures = {}
    for number in range(len(context.paragraphs)):
        if number in alone or (number - 1 not in alone and number + 1 not in alone):
            continue
        name = _signature_name(context, *context.paragraphs[number])
        if name is not None:
            signatures[number] = name
    # a label ending in a colon ("TRUMP:") names what follows it, like a transcript's
    introducing = {n for n in signatures if context.text[slice(*context.paragraphs[n])].rstrip().endswith(":")}
    # +1 for each signature with a quote only before it, -1 for one with a quote only after
    after_votes = sum((n - 1 in alone) - (n + 1 in alone) for n in signatures if n not in introducing)
    signed: dict[int, tuple[str, Any, MarkPair]] = {}
    for number, name in signatures.items():
        if number in introducing:
            if number + 1 in alone:
                signed.setdefault(number + 1, ("name_before_quote", name, alone[number + 1]))
        elif number - 1 in alone and (number + 1 not in alone or after_votes > 0):
            signed.setdefault(number - 1, ("name_after_quote", name, alone[number - 1]))
        elif number + 1 in alone:
            signed.setdefault(number + 1, ("name_before_quote", name, alone[number + 1]))
    return signed


def _headline_colon(context: QuoteContext, pair: MarkPair, span: Any, quote_type: str) -> tuple[str, Any, Any] | None:
    """Headline style "Clinton: Time for ‘intensification’ of ISIL strategy": the name
    before a colon that opens the paragraph speaks what follows."""
    doc = context.doc
    paragraph_start, _ = context.paragraphs[context.paragraph_of(pair.start)]
    head_text = context.text[paragraph_start : pair.start]
    colon = head_text.find(":")
    # "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will’": the
    # name before "on" speaks about the topic after it
    topic = re.match(r"(\S+(?:\s\S+){0,3})\s[Oo]n\s", head_text[:colon]) if colon > 0 else None
    if topic is not None:
        colon = topic.end(1)
    if colon <= 0 or len(head_text[:colon].split()) > 5:
        return None
    name = doc.char_span(paragraph_start, paragraph_start + colon, alignment_mode="expand")
    if name is None:
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
        # a headline's casing misleads the tagger ("Trump: ‘I’m the Worst…’" gives a common
        # noun), so a name the article uses for someone elsewhere counts too
        if name[-1].lower_ not in context.named_in_article():
            return None
    return "headline_colon", None, name[-1]


def _to_quote(context: QuoteContext, item: Found) -> Quote:
    text = context.text
    pieces = [piece for pair in item.pairs for piece in pair.pieces] + item.extra_fragments
    fragments = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1  # the comma before "he said" belongs to the frame, not the statement
        if end > start:
            fragments.append(Span(text[start:end], start, end))
    joiner = " … " if item.type == "partial" else " "
    if item.pairs:
        start, end = item.pairs[0].start, item.pairs[-1].end
    else:
        start, end = fragments[0].start, fragments[-1].end
    cue = None
    if item.cue is not None:
        cue_token = item.cue
        cue_end = cue_token.i + 2 if cue_token.lower_ == "according" else cue_token.i + 1
        cue_span = context.doc[cue_token.i : cue_end]
        cue = Span(cue_span.text, cue_span.start_char, cue_span.end_char)
    speaker = None
    if item.speaker_span is not None or item.resolved is not None:
        mention = None
        if item.speaker_span is not None:
            span = context.doc[item.speaker_span[0] : item.speaker_span[1]]
            mention = Span(span.text, span.start_char, span.end_char)
        speaker_id, name, kind = item.resolved or (None, None, "description")
        speaker = QuoteSpeaker(speaker_id, name, kind, mention)
    return Quote(
        text=joiner.join(f.text for f in fragments),
        start=start,
        end=end,
        type=item.type,
        fragments=fragments,
        speaker=speaker,
        cue=cue,
        rule=item.rule,
        confidence=CONFIDENCE[item.rule] * (0.8 if any(not p.closed for p in item.pairs) else 1.0),
    )
