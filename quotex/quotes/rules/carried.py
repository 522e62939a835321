"""Quotes that carry an earlier speaker: the rest of a split quote (``split_quote``), the next
quote paragraph (``continuation``), the turns of an exchange (``dialogue_turn``), the
sentence before (``previous_sentence``) and the last quoted speaker (``recent_speaker``).

Each finder reads the quotes found so far, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.entities import EntityIndex
from quotex.lexicon import EXCHANGE_LEMMAS, PRONOUN_GENDER, TERMINAL_PUNCT
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import asks, described_person_subject, is_cue, is_person, person_subject, token_before
from quotex.quotes.layouts import CarriedFinder, Layout
from quotex.quotes.records import Attribution, Candidate, QuoteDraft, Rule
from quotex.quotes.rules.catalogue import (
    CARRIED_RULES,
    CONTINUATION,
    DIALOGUE_TURN,
    PREVIOUS_SENTENCE,
    RECENT_SPEAKER,
    SPLIT_QUOTE,
    UNATTRIBUTED,
)
from quotex.quotes.rules.common import attribute_to_cue, speaker_in_sentence
from quotex.quotes.surroundings import (
    attribution_between,
    ends_sentence,
    opens_paragraph,
    sentence_before,
    term_reason,
    whole_sentence_alone,
)
from quotex.text.marks import MarkPair

if TYPE_CHECKING:
    from spacy.tokens import Token


def _carried(rule: Rule, source: QuoteDraft) -> Attribution:
    """The attribution of an earlier quote, carried over to this one under `rule`."""
    return Attribution(rule, source.cue, source.speaker_token, source.speaker_span, type="direct")


def exchange_turn(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """After "Tom Ward pressed Ann Lee on the budget.", a quote paragraph with no attribution
    of its own is a question from Ward or an answer from Lee."""
    if candidate.type != "direct" or not opens_paragraph(context, candidate.pair):
        return None
    speaker = _exchange_speaker(context, found, candidate.pair)
    return None if speaker is None else Attribution(DIALOGUE_TURN, None, speaker, type="direct")


def split_quote(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """“…,” he said. “…”: a quote after an attributed quote in the same paragraph goes on with
    it: one statement when both are of a type, else (a whole sentence after a partial quote,
    ‘…’ Mr. Chipok said of it, then his next sentence) a quote of its own by the same speaker."""
    previous = found[-1] if found else None
    if previous is None or previous.paragraph != candidate.paragraph or previous.rule is UNATTRIBUTED:
        return None
    if candidate.type == "partial" and _later_sentence(context, candidate, previous):
        # "Keel dismissed the town as “suburbs.” Critics went after the plan as a
        # “giveaway.”": words woven into a later sentence are no further piece of the
        # statement before, whoever that sentence is about
        return None
    if previous.type == candidate.type:
        return Attribution(previous.rule, joins=previous)
    if previous.type == "partial" and candidate.type == "direct" and _attribution_between(context, previous, candidate):
        # "The plans are ‘deeply unfair,’ said Ann Lee. ‘They leave …’": the
        # words woven in before the attribution and the sentence after it are one statement
        return Attribution(previous.rule, joins=previous)
    if candidate.type == "direct":
        return _carried(SPLIT_QUOTE, previous)
    return None


def _attribution_between(context: QuoteContext, previous: QuoteDraft, candidate: Candidate) -> bool:
    """Whether only the rest of the partial quote's sentence, with its speech verb, stands
    between it and the quote ("The plans are ‘deeply unfair,’ said Ann Lee, a
    former budget aide. ‘They leave …’", "Lee ‘felt a duty to speak up about’ the tolls, her
    aide said. ‘She drives …’"); not when the partial words end their sentence, nor when a
    sentence of the writer's comes between ("… the tolls ‘deeply unfair,’ and walked out. The
    council said it would vote anyway. ‘They leave …’")."""
    if not previous.pairs:
        return False
    last = previous.pairs[-1]
    if ends_sentence(context, last):
        return False
    frame = attribution_between(context, last, candidate.pair, MAX_ATTRIBUTION_CHARACTERS)
    woven = context.doc.char_span(last.start, last.end, alignment_mode="expand")
    if frame is None or woven is None:
        return False
    return woven[-1].sent.start == frame[0].sent.start == frame[-1].sent.start


# how long the attribution between two pieces of a statement may run: "said Ann Lee, who chairs
# the drivers' association in the county and ran for mayor twice, and who …"
MAX_ATTRIBUTION_CHARACTERS = 300


def _later_sentence(context: QuoteContext, candidate: Candidate, previous: QuoteDraft) -> bool:
    """Whether the candidate stands in a later sentence than the previous quote's last words."""
    if not previous.pairs:
        return False
    earlier = context.doc.char_span(previous.pairs[-1].start, previous.pairs[-1].end, alignment_mode="expand")
    return earlier is not None and earlier.sent.start != candidate.span.sent.start


def _continues_quote_paragraph(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> bool:
    """A quote paragraph right after a quote paragraph, unless a sentence after that quote
    brought in someone else ("“…,” Hart said. But Ann Lee, his rival, was not convinced.")."""
    previous = found[-1] if found else None
    return (
        previous is not None
        and previous.type == "direct"
        and candidate.type == "direct"
        and not _brings_in_someone_else(previous_sentence(context, candidate), previous)
        and previous.paragraph == candidate.paragraph - 1
        and opens_paragraph(context, candidate.pair)
    )


def answer_turn(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """The next turn of two speakers taking turns paragraph by paragraph (``_turn_taken``)."""
    if not _continues_quote_paragraph(context, candidate, found):
        return None
    answering = _turn_taken(context, found, candidate.pair)
    return None if answering is None else _carried(DIALOGUE_TURN, answering)


def continuation(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """A quote paragraph right after a quote paragraph of X is X's (multi-paragraph quotes)."""
    if not _continues_quote_paragraph(context, candidate, found):
        return None
    return _carried(CONTINUATION, found[-1])


def unattributed(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """Nothing attributes the quote."""
    return Attribution(UNATTRIBUTED)


def _exchange_speaker(context: QuoteContext, found: Sequence[QuoteDraft], pair: MarkPair) -> Token | None:
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
        and opens_paragraph(context, found[start - 1].pairs[0])
    ):
        start -= 1
        if found[start].rule not in (*CARRIED_RULES, DIALOGUE_TURN, PREVIOUS_SENTENCE):
            return None  # a quote with its own attribution: the exchange is over, if there was one
    opening = found[start].pairs[0] if start < len(found) else pair
    intro = sentence_before(context, opening)
    if intro is None:
        return None
    verb = intro.root
    if verb.lemma_.lower() not in EXCHANGE_LEMMAS or verb.pos_ != "VERB":
        return None
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if asker is None or asked is None or not (is_person(asker) and is_person(asked)):
        return None
    return asker if asks(context, pair) else asked


def _turn_taken(context: QuoteContext, found: Sequence[QuoteDraft], pair: MarkPair) -> QuoteDraft | None:
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
    entities = context.entities
    if not _same_speaker(first, last, entities) or _same_speaker(first, other, entities):
        return None
    if asks(context, first.pairs[-1]) and asks(context, last.pairs[-1]):
        return other  # they answered the first question: they answer this one
    if asks(context, other.pairs[-1]) and asks(context, pair):
        return other  # a question after their answer: the one who asked before asks again
    return None


def _same_speaker(first: QuoteDraft, second: QuoteDraft, entities: EntityIndex) -> bool:
    """Whether two quotes have one speaker, by the entity their speaker names or by the words."""
    a, b = first.speaker_token, second.speaker_token
    assert a is not None and b is not None  # checked by the caller
    if a.i == b.i:
        return True
    clusters = [entities.cluster_at(token.idx, token.idx + len(token.text)) for token in (a, b)]
    if clusters[0] is not None and clusters[1] is not None:
        return clusters[0] is clusters[1]
    return a.pos_ != "PRON" and a.lower_ == b.lower_


# how many paragraphs back an unattributed quote may inherit the last quoted speaker
RECENT_SPEAKER_PARAGRAPHS = 2


def _brings_in_someone_else(fallback: Attribution | None, previous: QuoteDraft) -> bool:
    """Whether the sentence before a quote paragraph names a speaker other than the last
    quote's: "he" after a quote is still its speaker ("He then had a question: “…”")."""
    if fallback is None or fallback.speaker is None:
        return False
    speaker = fallback.speaker
    if speaker.lower_ in PRONOUN_GENDER:
        return False
    return previous.speaker_token is None or speaker.lower_ != previous.speaker_token.lower_


# a line that ends one section of a story and starts another: "___", "* * *", "12:05 a.m."
_SECTION_BREAK = re.compile(r"[\W_]+|\d{1,2}:\d{2}\s*[ap]\.?m\.?")


def recent_speaker(context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft]) -> Attribution | None:
    """A quote paragraph with no attribution of its own, shortly after a quoted speaker, goes
    on with that speaker (the story's voice at that point), but not across a section break."""
    if candidate.type != "direct":
        return None
    item = _recent_speaker(context, found, candidate.paragraph)
    return None if item is None else _carried(RECENT_SPEAKER, item)


def _recent_speaker(context: QuoteContext, found: Sequence[QuoteDraft], paragraph: int) -> QuoteDraft | None:
    for item in reversed(found):
        if paragraph - item.paragraph > RECENT_SPEAKER_PARAGRAPHS:
            return None
        between = range(item.paragraph + 1, paragraph)
        if any(_SECTION_BREAK.fullmatch(context.text[slice(*context.paragraphs[n])]) for n in between):
            return None  # a live blog's next entry, a story's next section: someone else's
        if item.speaker_span is not None and item.type in ("direct", "partial"):
            return item
    return None


def previous_sentence(
    context: QuoteContext, candidate: Candidate, found: Sequence[QuoteDraft] = ()
) -> Attribution | None:
    """A quoted sentence standing alone after a sentence about someone: news leaves the
    attribution to the sentence before ("Clinton touted her record. “We need …”")."""
    pair, span, quote_type = candidate.pair, candidate.span, candidate.type
    if span.start == 0 or quote_type != "direct":
        return None
    previous_token = token_before(span)
    assert previous_token is not None  # the span does not start the text
    if previous_token.text not in TERMINAL_PUNCT and not context.in_quote(previous_token):
        return None
    same_paragraph = context.paragraph_of(previous_token.idx) == context.paragraph_of(pair.start)
    if term_reason(context, pair, "direct") is not None and (same_paragraph or not whole_sentence_alone(context, pair)):
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
                return attribute_to_cue(PREVIOUS_SENTENCE, token, context)
        subject = person_subject(sentence.root) or described_person_subject(sentence.root)
        if subject is not None:
            return Attribution(PREVIOUS_SENTENCE, None, subject)  # "Tom Hart was not convinced."
        # "The plan drew fire from Tom Hart, a council member.": a person introduced with a role
        introduced = [t for t in tokens if t.ent_type_ == "PERSON" and any(c.dep_ == "appos" for c in t.children)]
        if introduced:
            return Attribution(PREVIOUS_SENTENCE, None, introduced[-1])
        return None
    return speaker_in_sentence(context, previous_token.sent, PREVIOUS_SENTENCE)


EXCHANGE_TURN: Layout[CarriedFinder] = Layout(
    "exchange_turn",
    DIALOGUE_TURN,
    exchange_turn,
    "Tom Ward pressed Ann Lee on the budget.\n\n“Where will the money for the bridge come from?”\n\n"
    "“From the state, as it always has.”",
)
SPLIT_QUOTE_LAYOUT: Layout[CarriedFinder] = Layout(
    "split_quote",
    SPLIT_QUOTE,
    split_quote,
    "Ann Lee called the plan ‘a scandal’ on Tuesday. “We will fight it in every court in the state.”",
)
ANSWER_TURN: Layout[CarriedFinder] = Layout(
    "answer_turn",
    DIALOGUE_TURN,
    answer_turn,
    "“Do we give up on the bridge?” Ann Lee asked.\n\n“No!” the crowd shouted.\n\n"
    "“Or do we get to work on it?” Ann Lee asked.\n\n“Yes!”",
)
CONTINUATION_LAYOUT: Layout[CarriedFinder] = Layout(
    "continuation",
    CONTINUATION,
    continuation,
    "“The bridge will open in May,” Ann Lee said.\n\n“After that we will fix the road to the mill.”",
)
PREVIOUS_SENTENCE_LAYOUT: Layout[CarriedFinder] = Layout(
    "previous_sentence",
    PREVIOUS_SENTENCE,
    previous_sentence,
    "Ann Lee touted her record on the bridge. “We need more bridges, not fewer of them.”",
)
RECENT_SPEAKER_LAYOUT: Layout[CarriedFinder] = Layout(
    "recent_speaker",
    RECENT_SPEAKER,
    recent_speaker,
    "“The bridge will open in May,” Ann Lee said.\n\nThe council met on Monday.\n\n"
    "“We will not wait another year for the road to the mill.”",
)
UNATTRIBUTED_LAYOUT: Layout[CarriedFinder] = Layout(
    "unattributed",
    UNATTRIBUTED,
    unattributed,
    "The council met on Monday.\n\n“We will not wait another year for the road to the mill.”",
)
