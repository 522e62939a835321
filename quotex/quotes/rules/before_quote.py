"""Attributions before the quote: X said: “…” (``cue_before_quote``), Hillary pushed back, “…”
(``verb_intro``), a clause ending in a colon (``colon_intro``).

A speech verb in the clause right before the quote decides, for better or worse: the layouts
after ``cue_before`` apply only when that clause has none.
"""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotex.lexicon import DOCUMENT_NOUN_LEMMAS, NOMINAL_DEPS, NON_SOURCE_SUBJECTS, NOUN_CUE_LEMMAS, WORDS_NOUN_LEMMAS
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import claim_owner, is_cue, is_someone, owner_of_words, person_subject, speaker_of
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate
from quotex.quotes.rules.catalogue import COLON_INTRO, CUE_BEFORE_QUOTE, VERB_INTRO
from quotex.quotes.rules.common import attribute_to_cue, name_before_dashes, speaker_in_sentence
from quotex.quotes.surroundings import clause_window, is_title, quoted_words, term_reason
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Token


def _clause_before(context: QuoteContext, candidate: Candidate) -> list[Token]:
    """The tokens before the quote back to a sentence end, nearest first (read once per
    quote: every layout of this family reads it)."""
    window = context.windows_before.get(candidate.pair.start)
    if window is None:
        window = context.windows_before[candidate.pair.start] = clause_window(context, candidate.span, -1)
    return window


def _introduced_by(verb: Token, context: QuoteContext) -> Attribution | None:
    """The verb introduces the quote when its subject is someone."""
    subject = speaker_of(verb, context)
    return Attribution(VERB_INTRO, verb, subject) if subject is not None and is_someone(subject) else None


def _without_speech_verb(window: list[Token]) -> bool:
    return not any(is_cue(token) for token in window)


def introducing_verb(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "When Trump suggested …, Rubio fired back forcefully: “…”": the verb right before the
    colon introduces the quote, not a speech verb earlier in the sentence."""
    window = _clause_before(context, candidate)
    return None if _without_speech_verb(window) else _introducing_verb(window, context)


def cue_before(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """The speech verb of the clause before the quote: Ann Lee said: “…”. Not one in an aside
    set off by dashes or brackets right before the quote ("Bercow commented on the matter —
    which the BBC noted as unusual — “…”": the aside comments, the clause around it quotes)."""
    window = _clause_before(context, candidate)
    aside = _aside_at_the_end(window)
    for token in window[aside:]:
        if is_cue(token):
            named = name_before_dashes(candidate.span)
            if named is not None:
                return Attribution(CUE_BEFORE_QUOTE, token, named)
            return attribute_to_cue(CUE_BEFORE_QUOTE, token, context)
    return None


def _aside_at_the_end(window: list[Token]) -> int:
    """How many of the window's tokens (nearest first) are an aside closing right before the
    quote: a closing dash or bracket, back to its opening one; 0 when there is none."""
    first = next((number for number, token in enumerate(window) if not token.is_space), None)
    if first is None:
        return 0
    closing = window[first].text
    opens: Callable[[str], bool]
    if is_dash(closing):
        opens = is_dash
    elif closing == ")":
        opens = "(".__eq__
    else:
        return 0
    for number in range(first + 1, len(window)):
        if opens(window[number].text):
            return number + 1
    return 0


def any_verb_before(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Hillary pushed back, “…”": any verb with a named subject, right before ", “" or ": “"."""
    window = _clause_before(context, candidate)
    if _without_speech_verb(window) and len(window) >= 2 and window[0].text in (",", ":") and window[1].pos_ == "VERB":
        return _introduced_by(window[1], context)
    return None


def owned_words_before(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "after her March comment that, “…”": a noun for someone's words, then "that"."""
    window = _clause_before(context, candidate)
    return _owned_words_noun(window, context) if _without_speech_verb(window) else None


def document_sender(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Trump issued a statement, “…”", "she posted a message, “…”": the document's sender."""
    window = _clause_before(context, candidate)
    if not _without_speech_verb(window):
        return None
    if len(window) >= 2 and window[0].text == "," and window[1].dep_ == "dobj" and window[1].head.pos_ == "VERB":
        noun, verb = window[1], window[1].head
        if noun.lemma_.lower() in DOCUMENT_NOUN_LEMMAS | NOUN_CUE_LEMMAS:
            return _introduced_by(verb, context)
    return None


def as_they_put_it(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "As Vulture put it, “…”"."""
    window = _clause_before(context, candidate)
    if not _without_speech_verb(window):
        return None
    if len(window) >= 3 and window[0].text == "," and window[1].lower_ == "it" and window[2].lemma_ == "put":
        subject = speaker_of(window[2], context)
        if subject is not None:
            return Attribution(VERB_INTRO, window[2], subject)
    return None


def phrasal_verb_before(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "she shot back, “…”" with the particle between the verb and the quote."""
    window = _clause_before(context, candidate)
    if not _without_speech_verb(window):
        return None
    if (
        window
        and window[0].text in (",", ":")
        and len(window) >= 3
        and (window[1].pos_ == "PART" or window[1].dep_ == "prt" and window[0].text == ",")
        and window[2].pos_ == "VERB"
    ):
        return _introduced_by(window[2], context)
    return None


def clause_before_colon(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Kasich resisted: “…”", "More from Jones: “…”": the clause before the colon names
    the speaker, as its subject or as the last person in it."""
    window = _clause_before(context, candidate)
    if not _without_speech_verb(window) or not (window and window[0].text == ":"):
        return None
    root = window[1].sent.root if len(window) > 1 else None
    if root is not None and not context.in_quote(root):
        subject = speaker_of(root, context)
        if (
            subject is not None
            and subject.lower_ not in NON_SOURCE_SUBJECTS
            and subject.pos_ in ("PROPN", "NOUN", "PRON")
        ):
            # "Hoff’s letter makes the case: “…”"; "Her response was blunt: “…”" is hers
            return Attribution(COLON_INTRO, None, owner_of_words(subject) or subject)
        if (owner := owner_of_words(root)) is not None:
            return Attribution(COLON_INTRO, None, owner)  # "His answer: “…”"
        attr = next((child for child in root.children if child.dep_ == "attr"), None)
        if attr is not None and (owner := owner_of_words(attr)) is not None:
            return Attribution(COLON_INTRO, None, owner)  # "There is a threat voters make:"
    # the parser can hang the clause before the colon on the quote: its subject
    # ("she is sure that keeping Hart in jail …: “…”") beats a person named inside it
    tops = [t for t in window[1:] if t.pos_ in ("VERB", "AUX") and context.in_quote(t.head)]
    subject = next((child for child in tops[0].children if child.dep_ == "nsubj"), None) if tops else None
    if subject is not None and ((owner := owner_of_words(subject)) is not None or is_someone(subject)):
        return Attribution(COLON_INTRO, None, owner or subject)
    people = [t for t in window[1:] if t.ent_type_ == "PERSON"]
    if people:
        return Attribution(COLON_INTRO, None, people[0])
    # "From the report: “…”"
    sources = [t for t in window[1:] if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.i >= window[-1].i]
    if sources:
        return Attribution(COLON_INTRO, None, sources[0])
    return None


def sentence_runs_into_quote(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Clinton shared her worries with donors at a fundraiser, “…”": a whole quote the
    sentence runs into after a comma is the words of the person the sentence is about."""
    pair, span, quote_type = candidate.pair, candidate.span, candidate.type
    window = _clause_before(context, candidate)
    if not _without_speech_verb(window):
        return None
    if (
        quote_type == "direct"
        and len(window) > 1
        and window[0].text == ","
        and term_reason(context, pair, quote_type) is None
        and not is_title(quoted_words(context.text, pair))
    ):
        root = window[1].sent.root
        subject = person_subject(root)
        if root.pos_ in ("VERB", "AUX") and not context.in_quote(root) and root.i < span.start and subject is not None:
            return Attribution(VERB_INTRO, root, subject)
    return None


def _owned_words_noun(window: list[Token], context: QuoteContext) -> Attribution | None:
    """ "after her March comment that, “…”": a noun for someone's words, with its owner, and
    "that" right before the quote; the owner speaks, however the parser hung the quote. So
    do words set off by a dash or a comma right after such a noun ("Lee's remarks — “…” —
    drew applause", "Her reply, “…,” ended it")."""
    if len(window) >= 2 and (is_dash(window[0].text) or window[0].text == ","):
        noun = window[1]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in WORDS_NOUN_LEMMAS:
            owner = claim_owner(noun, context)
            return Attribution(CUE_BEFORE_QUOTE, noun, owner) if owner is not None else None
    words = [token for token in window[:4] if not token.is_punct]
    if len(words) < 2 or words[0].lower_ != "that" or words[1].pos_ != "NOUN":
        return None
    if words[1].lemma_.lower() not in NOUN_CUE_LEMMAS:
        return None
    owner = claim_owner(words[1], context)
    return Attribution(CUE_BEFORE_QUOTE, words[1], owner) if owner is not None else None


def _introducing_verb(window: list[Token], context: QuoteContext) -> Attribution | None:
    """A verb other than a speech verb that ends its clause right before ": “" or ", “",
    with only adverbs and particles after it ("fired back forcefully:"), and a named subject."""
    if len(window) < 2 or window[0].text not in (":", ","):
        return None
    for token in window[1:5]:
        if token.pos_ in ("ADV", "PART") or token.dep_ == "prt":
            continue
        if token.pos_ != "VERB" or is_cue(token) or token.dep_ in NOMINAL_DEPS:
            return None
        return _introduced_by(token, context)
    return None


def colon_intro(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """``X said:`` (or "X released the following statement:") closing the previous sentence
    or paragraph, the quote following it."""
    pair, span = candidate.pair, candidate.span
    text = context.text
    before = text[max(0, pair.start - 400) : pair.start].rstrip()
    if not before.endswith(":") or span.start == 0:
        return None
    colon = context.doc.char_span(
        len(before) - 1 + max(0, pair.start - 400), len(before) + max(0, pair.start - 400), alignment_mode="expand"
    )
    if colon is None:
        return None
    return speaker_in_sentence(context, colon[0].sent, COLON_INTRO, end=colon[0].i)


INTRODUCING_VERB: Layout[QuoteFinder] = Layout(
    "introducing_verb",
    VERB_INTRO,
    introducing_verb,
    "When Tom Hart called, Ann Lee pushed back forcefully: “If they take us to court in Salem, they will lose.”",
)
CUE_BEFORE: Layout[QuoteFinder] = Layout(
    "cue_before",
    CUE_BEFORE_QUOTE,
    cue_before,
    "Or, as Tom Hart of the council put it, “The bridge is a monument to delay.”",
)
ANY_VERB_BEFORE: Layout[QuoteFinder] = Layout(
    "any_verb_before",
    VERB_INTRO,
    any_verb_before,
    "Ann Lee sighed, “The bridge is a monument to delay and waste.”",
)
OWNED_WORDS_BEFORE: Layout[QuoteFinder] = Layout(
    "owned_words_before",
    CUE_BEFORE_QUOTE,
    owned_words_before,
    "The union will not back Mayor Ann Lee after her March comment that, “We are going to close the old mine.”",
)
DOCUMENT_SENDER: Layout[QuoteFinder] = Layout(
    "document_sender",
    VERB_INTRO,
    document_sender,
    "Ann Lee sent a letter, “The bridge will open in May and the road in June.”",
)
AS_THEY_PUT_IT: Layout[QuoteFinder] = Layout(
    "as_they_put_it",
    VERB_INTRO,
    as_they_put_it,
    "That is how the Dayton Courier put it, “The bridge is a monument to delay.”",
)
PHRASAL_VERB_BEFORE: Layout[QuoteFinder] = Layout(
    "phrasal_verb_before",
    VERB_INTRO,
    phrasal_verb_before,
    "Ann Lee, the mayor, piped up, “The bridge will open in May and the road in June.”",
)
CLAUSE_BEFORE_COLON: Layout[QuoteFinder] = Layout(
    "clause_before_colon",
    COLON_INTRO,
    clause_before_colon,
    "Tom Hart made his case: “The bridge is too expensive for this town.”",
)
SENTENCE_RUNS_INTO_QUOTE: Layout[QuoteFinder] = Layout(
    "sentence_runs_into_quote",
    VERB_INTRO,
    sentence_runs_into_quote,
    "Ann Lee shared her worries with donors at a fundraiser, “The bridge will never open in May.”",
)
COLON_INTRO_LAYOUT: Layout[QuoteFinder] = Layout(
    "colon_intro",
    COLON_INTRO,
    colon_intro,
    "Ann Lee, the mayor, released the following statement on Tuesday:\n\n“The bridge will open in May.”",
)
