"""Attribute quoted stretches to a cue and a speaker; gather indirect speech with them.

Input: a parsed ``Doc`` and the mark pairs found on its raw text. Each quoted stretch is
tried against the ordered layouts of ``quotex.quotes.rules``; the one that attributes it
leaves its rule's name on the quote, so a wrong attribution can be traced (``quotex rules``
lists them); the quote's confidence weighs the rule with the rest of the evidence
(``quotex.quotes.confidence``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.entities import EntityIndex
from quotex.lexicon import NAMING_LEMMAS, QUESTION_WORDS
from quotex.models import Member, Quote, QuoteSpeaker, Span, Speaker, Term
from quotex.quotes.confidence import with_confidence
from quotex.quotes.context import QuoteContext
from quotex.quotes.cues import cue_kind
from quotex.quotes.grammar import is_cue, reports_a_topic, reports_not_saying, speaker_span, token_before
from quotex.quotes.records import Attribution, Candidate, QuoteDraft, Resolved
from quotex.quotes.rules import CARRIED, LAST_RESORT, OWN_SENTENCE, PAGE, REPORTED
from quotex.quotes.rules.reported import (
    FRAGMENT_REASONS,
    holds_any,
    outside_other_reports,
    outside_quoted_statements,
    without_restatements,
    words_within_reports,
)
from quotex.quotes.rules.signatures import signed_paragraphs
from quotex.quotes.rules.transcript import TURN, embedded_posts, interviewee, transcript_turns
from quotex.quotes.speakers import resolve_speakers, speaker_records
from quotex.quotes.surroundings import (
    after_a_media_label,
    in_headline,
    is_credited_title,
    is_dated_title,
    is_known_as,
    is_nickname,
    is_so_called,
    is_subheading,
    is_title,
    labels_a_finding,
    names_a_work,
    quoted_words,
    term_of,
    term_reason,
    type_of_quote,
)
from quotex.text.hygiene import SkippedRange, is_skipped
from quotex.text.marks import MarkPair
from quotex.text.transcripts import ANSWER, SpeakerLabel, split_at_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def extract_quotes(
    doc: Doc,
    pairs: list[MarkPair],
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    skipped: Sequence[SkippedRange] = (),
    *,
    indirect: bool = True,
    speaker_labels: Sequence[SpeakerLabel] = (),
    layouts: list[str] | None = None,
) -> tuple[list[Quote], list[Term], list[Speaker]]:
    """Quotes, terms and speakers of one document. The passes, in order:

    1. mark pairs in set-aside text (site chrome, repeats) are dropped; a transcript's quotes
       are split at its speaker labels, and turns without marks become quotes of their own;
    2. the page's layout is read once: transcript turns, the interviewee, signed paragraphs;
    3. each quoted stretch goes through the ordered layouts (``quotex.quotes.rules``): the
       first that attributes it wins; a partial quote that reads as a title, and quoted words
       no layout attributes that are no statement, become terms;
    4. reported speech: indirect quotes, and set-aside words inside them (partial quotes);
       a report inside another report's words is the outer speaker's account and is dropped;
    5. speakers are resolved (``resolve_speakers``: entities, pronouns, descriptions), a
       report that restates the same speaker's report around it is dropped, and the
       speakers list is made;
    6. each quote's confidence is weighed from its evidence (``with_confidence``).

    ``layouts``, when given, receives the name of the layout behind each returned quote.
    """
    text = doc.text
    pairs = [p for p in pairs if not is_skipped(p.start, p.end, skipped) and p.content_end > p.content_start]
    labels = list(speaker_labels)
    turns: dict[int, tuple[SpeakerLabel, MarkPair]] = {}  # by the quote's start
    if labels:
        pairs = split_at_turns(pairs, labels, text)
        turns = transcript_turns(labels, pairs, paragraphs)
    # a turn without marks is a quote, but not a quoted stretch the rules read around: speech
    # reported within it ("my staff told me not to go") is found as anywhere in the text
    unmarked = [pair for _, pair in turns.values() if pair.family == TURN]
    unmarked += embedded_posts(text, paragraphs, pairs)  # "… — Ann Lee (@annlee) March 3, 2024"
    # words quoted within a turn are part of what its speaker says, as in any quote
    unmarked.sort(key=lambda turn: turn.start)
    pairs = [p for p in pairs if not _within(unmarked, p.start)]
    # a nickname (Marcia “Cia” Price) is part of a name: the rules read through it as through
    # the rest of the name, as if it had no marks
    nicknames = [p for p in pairs if is_nickname(text, p)]
    pairs = [p for p in pairs if p not in nicknames]
    context = QuoteContext(doc, pairs, paragraphs, entities, text)
    context.turns = turns
    if any(label.text == ANSWER for label in labels):
        context.interviewee = interviewee(entities, labels[0].line_start)
    context.signed = signed_paragraphs(context)

    found: list[QuoteDraft] = []
    terms = [term_of(text, pair, "title_or_name") for pair in nicknames]
    set_aside: list[tuple[MarkPair, str, int]] = []  # unattributed words in quotes, with why
    promos: list[SkippedRange] = []  # paragraphs that link to a video or a gallery
    woven: set[int] = set()  # terms inside a sentence, which reported speech reads through
    for pair in sorted(pairs + unmarked, key=lambda p: p.start):
        span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if is_subheading(context, pair):
            terms.append(term_of(context.text, pair, "heading"))  # "‘A fight from start to finish.’"
            continue
        if after_a_media_label(context, pair):
            # "WATCH: ‘It was terrifying’ - residents describe the flood": a link's heading,
            # whose verbs report nothing either
            terms.append(term_of(context.text, pair, "heading"))
            start, end = context.paragraphs[context.paragraph_of(pair.start)]
            promos.append(SkippedRange(start, end, "heading"))
            continue
        if names_a_work(context, pair) or is_credited_title(context, pair) or is_dated_title(text, pair):
            terms.append(term_of(context.text, pair, "title_or_name"))  # "the reality show “The Apprentice”"
            continue
        if is_so_called(text, pair):
            terms.append(term_of(context.text, pair, "scare_quote"))  # "the so-called “rebels”"
            woven.add(pair.start)
            continue
        if is_known_as(text, pair):
            terms.append(term_of(context.text, pair, "title_or_name"))  # "known as the “Buffett rule”"
            woven.add(pair.start)
            continue
        candidate = Candidate(pair, span, type_of_quote(context, pair, span), context.paragraph_of(pair.start))
        first = _first_attribution(context, candidate, found)
        if isinstance(first, str):  # no statement: why
            set_aside.append((pair, first, candidate.paragraph))
            continue
        layout, attribution = first
        if attribution.joins is not None:
            attribution.joins.pairs.append(pair)
            continue
        if layout in OWN_SENTENCE_NAMES:
            if _names_a_title(context, candidate, attribution.cue):
                terms.append(term_of(context.text, pair, "title_or_name"))
                continue
            if candidate.type == "partial" and labels_a_finding(span, attribution.cue):
                terms.append(term_of(context.text, pair, "scare_quote"))  # "“free” sugars …, the study found"
                woven.add(pair.start)
                continue
            previous = found[-1] if found else None
            if previous is not None and _same_statement(context, previous, candidate, attribution):
                # “…,” he said, “…” and ‘fake’ and ‘lies’: one statement in several pieces
                previous.pairs.append(pair)
                continue
        found.append(_draft(attribution, candidate, layout))

    fragments = {pair.start for pair, reason, _ in set_aside if reason in FRAGMENT_REASONS}
    # words set aside as fragments may sit inside reported speech: the indirect pass reads
    # through them ("a judge determined that the handling was “a mess”"), as through terms
    # ("Lee said the so-called “rebels” were gone", "the study found “free” sugars …"; not
    # titles, whose capitals mislead the parser: "told NBC's “Meet the Press” that …")
    read_through = fragments | woven
    reading = (
        QuoteContext(doc, [p for p in pairs if p.start not in read_through], paragraphs, text=text)
        if read_through
        else context
    )
    reported = (
        find_reported_speech(reading, found, sorted([*skipped, *promos], key=lambda r: r.end)) if indirect else []
    )
    if read_through:  # but not the words inside them
        reported = [report for report in reported if report.cue is None or not context.in_quote(report.cue)]
    reported = outside_quoted_statements(reported, found)
    partials, unclaimed = words_within_reports(context, reported, set_aside, fragments)
    found.extend(partials)
    terms.extend(unclaimed)
    # an indirect quote has no marks in it: one holding quoted words is a partial quote now
    # and a report inside another's words is the outer speaker's account, not a quote
    found.extend(report for report in outside_other_reports(reported) if not holds_any(report, fragments))
    terms = sorted((term for term in terms if term.text), key=lambda term: term.start)  # marks around nothing: no term
    found.sort(key=lambda f: f.pairs[0].start if f.pairs else f.report_range[0])
    resolve_speakers(context, found, entities)
    found = without_restatements(found)
    speakers = speaker_records(found)  # first: it gives described speakers their ids
    if layouts is not None:
        layouts.extend(draft.layout for draft in found)
    return with_confidence([to_quote(context, draft) for draft in found], context.text), terms, speakers


def _within(stretches: Sequence[MarkPair], position: int) -> bool:
    """Whether `position` lies in one of the stretches (in text order, none overlapping)."""
    index = bisect.bisect_right(stretches, position, key=lambda stretch: stretch.start) - 1
    return index >= 0 and position < stretches[index].end


OWN_SENTENCE_NAMES = frozenset(layout.name for layout in OWN_SENTENCE)


def _first_attribution(
    context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]
) -> tuple[str, Attribution] | str:
    """The first layout that attributes the candidate, with its attribution; or, when the
    quoted words are no statement that no layout attributed, the reason they are a term."""
    for layout in PAGE + OWN_SENTENCE:
        attribution = layout.find(context, candidate)
        if attribution is not None:
            return layout.name, attribution
    for carried in CARRIED:
        attribution = carried.find(context, candidate, found)
        if attribution is not None:
            return carried.name, attribution
    reason = term_reason(context, candidate.pair, candidate.type)
    if reason is not None:
        return reason
    for last in LAST_RESORT:
        attribution = last.find(context, candidate, found)
        if attribution is not None:
            return last.name, attribution
    raise AssertionError("the last layout attributes every quote")  # pragma: no cover


def find_reported_speech(
    context: QuoteContext, found: Sequence[QuoteDraft], skipped: Sequence[SkippedRange]
) -> list[QuoteDraft]:
    """Indirect quotes: each token not already a quote's cue (but for a clause of its own
    before a colon and the quote) is tried against the layouts of ``REPORTED`` in order;
    reports in set-aside text are dropped."""
    used = {f.cue.i: f for f in found if f.cue is not None}
    reported: list[QuoteDraft] = []
    for token in context.doc:
        if context.in_quote(token):
            continue
        for layout in REPORTED:
            item = layout.find(context, token)
            if item is not None:
                item.layout = layout.name
                start, end = item.report_range
                quote = used.get(token.i)
                if quote is not None and not _report_before_its_colon(context, token, (start, end), quote):
                    break  # the quote's cue reports no more than the quote
                if not is_skipped(start, end, skipped):
                    reported.append(item)
                break
    return reported


def _report_before_its_colon(context: QuoteContext, cue: Token, report: tuple[int, int], quote: QuoteDraft) -> bool:
    """ "Hart told reporters that the drugs were only part of the solution: “Trust is what
    will stop it.”": a verb whose quote follows a colon after a clause of its own (with its
    own subject, after the verb) reports that clause too, as a statement beside the quote;
    not an object ("noted a few relevant facts: “…”"), which the quote spells out."""
    start, end = report
    first = min(pair.start for pair in quote.pairs)
    if not (cue.idx < start and end <= first and context.text[end:first].strip() == ":"):
        return False
    clause = context.doc.char_span(start, end, alignment_mode="expand")
    if clause is None or clause[0].lower_ in QUESTION_WORDS or any(is_cue(token) for token in clause):
        return False  # "apologized for what happened: “…”"; "adding that Lee said of it: “…”"
    return any(token.dep_ in ("nsubj", "nsubjpass") and clause.start <= token.head.i < clause.end for token in clause)


def _draft(attribution: Attribution, candidate: Candidate, layout: str) -> QuoteDraft:
    speaker = attribution.speaker
    return QuoteDraft(
        [attribution.pair or candidate.pair],
        attribution.type or candidate.type,
        attribution.rule,
        attribution.cue,
        attribution.speaker_span if attribution.speaker_span is not None else speaker_span(speaker),
        speaker,
        candidate.paragraph,
        resolved=attribution.resolved,
        layout=layout,
    )


def _names_a_title(context: QuoteContext, candidate: Candidate, cue: Token | None) -> bool:
    """‘Morning Joe’, “Black Lives Matter”: a name in quotes, even next to a speech verb, but
    not an epithet somebody chose ("Friedan called her an ‘Aunt Tom’") nor capitalised words
    in a title-case headline."""
    pair = candidate.pair
    return (
        candidate.type == "partial"
        and is_title(quoted_words(context.text, pair))
        and not in_headline(context, pair)
        and not (cue is not None and cue.lemma_.lower() in NAMING_LEMMAS)
        and not (cue is not None and _epithet_after_as(candidate, cue))
    )


def _epithet_after_as(candidate: Candidate, cue: Token) -> bool:
    """ "a Ledger article hailed the mayor as “The Comeback Kid”", "they referred to themselves as
    “The Club,” she said": the name someone gave, an "as" on a speech verb (not "a rally
    billed as “Hard Hats for Lee,” the mayor unveiled")."""
    before = token_before(candidate.span)
    return before is not None and before.lower_ == "as" and (before.head.i == cue.i or is_cue(before.head))


def _same_statement(context: QuoteContext, previous: QuoteDraft, candidate: Candidate, found: Attribution) -> bool:
    """Whether the quote is one more piece of the previous one: in its paragraph, of its type
    (or finishing its sentence), with the same cue or speaker."""
    return (
        previous.paragraph == candidate.paragraph
        and (
            previous.type == candidate.type or _finishes_the_sentence(context, previous, candidate.pair, candidate.type)
        )
        and _same_attribution(previous, found.cue, found.speaker)
    )


def _finishes_the_sentence(context: QuoteContext, previous: QuoteDraft, pair: MarkPair, quote_type: str) -> bool:
    """“I hold him in the highest esteem,” Trump said, “and I fully support him.”: the
    lower-case words after the interruption finish the whole quote's sentence, so they are
    part of it, not a partial quote of their own."""
    if previous.type != "direct" or quote_type != "partial" or not previous.pairs:
        return False
    text = context.text
    before = previous.pairs[-1]
    pause = text[before.content_end - 1 : before.content_end] == "," or text[before.end : before.end + 1] == ","
    # only the attribution between them, closed by a comma (and a "but" or "and": “…,” she
    # said, but “when it comes to …”): not "…,” says the narrator, going on to detail other “gifts”"
    resumed = _RESUMED.search(text[before.end : pair.start].rstrip()) is not None
    words = text[pair.content_start : pair.content_end].lstrip()
    return pause and resumed and words[:1].islower()


def _same_attribution(previous: QuoteDraft, cue: Token | None, speaker_token: Token | None) -> bool:
    if cue is not None and previous.cue is not None:
        return bool(previous.cue.i == cue.i)
    return (
        cue is None
        and previous.cue is None
        and previous.speaker_token is not None
        and (speaker_token is not None and previous.speaker_token.i == speaker_token.i)
    )


_RESUMED = re.compile(r",(?:\s+(?:but|and|yet))?$")
SENTENCE_END = (".", "!", "?", "…", ":", ";", "—", "–", "-")
CLOSERS = "\"'”’»›)]"


def spoken_text(fragments: Sequence[Span], text: str) -> str:
    """The fragments of a quote as the speaker's words: “…they occupied,” he said. “This is
    …” reads "…they occupied. This is …" and “I hold him in esteem,” he said, “and I support
    him” reads "I hold him in esteem, and I support him". A fragment's closing comma belongs
    to the frame (it is left out of the fragment); between fragments it comes back, as a full
    stop where the next one starts a sentence (a capital), so sentences do not run together."""
    pieces = []
    for fragment, following in itertools.zip_longest(fragments, fragments[1:]):
        piece = fragment.text
        core = piece.rstrip(CLOSERS)
        # a sentence may end inside an inner quote or brackets: “… typed ‘homicidal ideation.’”
        if following is not None and not core.endswith(SENTENCE_END):
            if core.endswith(",") and core != piece:
                # a comma inside an inner quote: “… ‘the money is on its way,’” he said. “It
                # never came.” reads "… ‘the money is on its way.’ It never came."
                if following.text[:1].isupper():
                    piece = core[:-1] + "." + piece[len(core) :]
            elif following.text[:1].isupper():
                piece += "."
            elif text[fragment.end : fragment.end + 1] == ",":
                piece += ","
        pieces.append(piece)
    return " ".join(pieces)


def _joined_text(quote_type: str, fragments: Sequence[Span], text: str) -> str:
    """A partial quote's pieces are separate phrases (" … " between them); an indirect
    quote's pieces are one clause an aside cut in two ("The plan, Lee said, is dead": "The
    plan is dead"); a split direct quote reads as the speaker's words (``spoken_text``)."""
    if quote_type == "partial":
        return " … ".join(fragment.text for fragment in fragments)
    if quote_type == "indirect":
        return " ".join(fragment.text for fragment in fragments)
    return spoken_text(fragments, text)


def to_quote(context: QuoteContext, item: QuoteDraft) -> Quote:
    """The plain record of a finished draft: fragments, cue and speaker as character offsets."""
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
        resolved = item.resolved or Resolved(None, None, "description")
        members = [Member(m.id, m.name, m.kind) for m in item.members if m.id is not None and m.name is not None]
        speaker = QuoteSpeaker(resolved.id, resolved.name, resolved.kind, mention, members)
    return Quote(
        text=_joined_text(item.type, fragments, text),
        start=start,
        end=end,
        type=item.type,
        fragments=fragments,
        speaker=speaker,
        cue=cue,
        rule=item.rule.name,
        confidence=0.0,  # weighed with the other quotes' evidence by with_confidence
        indirect_kind=_kind_read_from_the_parse(item),
    )


def _kind_read_from_the_parse(item: QuoteDraft) -> str | None:
    """ "not_said" for a report of speech whose verb is negated or refused ("did not say",
    "declined to comment"), "topic" for one that names only what the words were about
    ("discussed the budget"); the other kinds are read from the cue word
    (``with_confidence``). A negated belief ("does not believe") is still a belief."""
    cue = item.cue
    if item.type != "indirect" or cue is None or cue_kind(cue.text) == "thought":
        return None
    if reports_not_saying(cue):
        return "not_said"
    start, end = item.extra_fragments[0]
    content = cue.doc.char_span(start, end, alignment_mode="expand")
    return "topic" if content is not None and reports_a_topic(cue, content.root) else None
