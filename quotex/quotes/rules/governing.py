"""The verb up the parse from the quote: described it as ‘fake’ (``cue_governs_quote``), and
words quoted inside what a verb of attribution reports (``attribution_verb``)."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.lexicon import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUN_LEMMAS,
    HEARER_OBJECT_LEMMAS,
    MAX_HEAD_STEPS,
    NOMINAL_DEPS,
    NON_SOURCE_SUBJECTS,
    NOUN_CUE_LEMMAS,
    PERSON_NOUN_LEMMAS,
    PHRASAL_LEMMAS,
    REGARDING_LEMMAS,
    RELATIVE_PRONOUNS,
    SAYING_LEMMAS,
)
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import (
    called_for,
    claim_owner,
    finding_issued,
    inscription_reading,
    is_according_to,
    is_content_clause,
    is_cue,
    is_someone,
    names_someone,
    owner_of_words,
    semicolon_between,
    shown_speaking,
    speaker_of,
)
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate
from quotex.quotes.rules.catalogue import ATTRIBUTION_VERB, CUE_GOVERNS_QUOTE
from quotex.quotes.rules.common import attribute_to_cue, name_before_dashes
from quotex.quotes.surroundings import clause_window

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

if TYPE_CHECKING:
    pass


def governing_cue(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """The speech verb up the parse from the quote: “…,” he said / described it as ‘fake’."""
    span, quote_type = candidate.span, candidate.type
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
            if (is_cue(head) or finding_issued(head)) and not aspectual and not context.in_quote(head):
                if _beyond_semicolon(span, head):
                    break
                if child.dep_ == "nsubjpass" and head.lemma_.lower() in HEARER_OBJECT_LEMMAS:
                    break  # "Residents in the “red zone” were told to leave": the ones told
                carrier = inscription_reading(head) if 0 < span.start - head.i <= 3 else None
                if carrier is not None:  # "signs reading “Masks required”": the sign's words
                    return Attribution(CUE_GOVERNS_QUOTE, head, span.doc[carrier[1] - 1], speaker_span=carrier)
                if quote_type == "partial":
                    head = _reporting_source(_hypothetical_speaker(head, context) or head, context, span)
                elif head.i < span.start:
                    window = clause_window(context, span, -1)
                    nearer = _relative_clause_cue(window) or _recording_cue(window) or _participle_set_off_cue(window)
                    if nearer is not None and nearer.i > head.i:
                        # "He praised Lee, who told reporters, “…”", "The spot ends with
                        # footage of Lee saying, “…”": Lee's words; "Lee insisted the plan
                        # was working, telling reporters: “…”": the telling, not the insisting
                        head = nearer
                    named = name_before_dashes(span)
                    if named is not None:
                        return Attribution(CUE_GOVERNS_QUOTE, head, named)
                return attribute_to_cue(CUE_GOVERNS_QUOTE, head, context)
            if quote_type == "partial" and child.dep_ == "prep" and child.lower_ == "as":
                casting = _casting(child, span, context)
                if casting is not None:
                    return Attribution(CUE_GOVERNS_QUOTE, *casting)
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in NOUN_CUE_LEMMAS
                # "claim that …", "promise to …"; a partial quote in what a call or an attack
                # is for or on: "Lee's call for a “revolution”"
                and (
                    is_content_clause(child)
                    or (quote_type == "partial" and _what_a_noun_is_for(child, span))
                    or (quote_type == "partial" and _what_a_noun_is_called(child, head))
                )
                and not (head.dep_ in NOMINAL_DEPS and is_cue(head.head))  # "called his remarks ‘…’"
                and not context.in_quote(head)
            ):
                # "her assertion that “…”", "his promise to be ‘neutral’": the owner speaks
                owner = claim_owner(head, context)
                if owner is not None:
                    return Attribution(CUE_GOVERNS_QUOTE, head, owner)
            if head.lemma_ == "be" and head.dep_ == "ROOT" and child.dep_ in ("ccomp", "attr"):
                # "The senator’s answer was that “…”": the owner of the words speaks them (but
                # in "Ryan said Trump's criticism was “…”" the speech verb's subject does)
                words = next((c for c in head.children if c.dep_ == "nsubj"), None)
                owner = owner_of_words(words) if words is not None else None
                if owner is not None:
                    return Attribution(CUE_GOVERNS_QUOTE, words, owner)
            if head.head.i == head.i:
                break
            child, head = head, head.head
    return None


def _what_a_noun_is_called(child: Token, noun: Token) -> bool:
    """ "Romney's “47 percent” comment", "his “red line” remark": a noun quoted before a
    reporting noun names the words it reports (an adjective there judges them, in the words of
    whoever reports it: "Lee stated that Hart's “divisive” comments …" are Lee's)."""
    return child.i < noun.i and child.dep_ in ("compound", "nmod") and child.pos_ in ("NOUN", "PROPN", "NUM")


# what a reporting noun is for, against, on or about: "a call for …", "his attack on …"
NOUN_CUE_PREPOSITIONS = frozenset({"for", "against", "on", "about"})


def _what_a_noun_is_for(prep: Token, span: Span) -> bool:
    """Whether the quote is what a reporting noun is for, against, on or about: the object
    of its preposition or a word before that object ("a call for a “revolution”", "his attack
    on “crooked” rivals"), not words the parser hung after it ("called his remarks about a
    judge “racist”", the caller's word)."""
    if prep.dep_ != "prep" or prep.lower_ not in NOUN_CUE_PREPOSITIONS:
        return False
    thing = next((child for child in prep.children if child.dep_ == "pobj"), None)
    if thing is None:
        return False
    return span.start <= thing.i < span.end or (thing.left_edge.i <= span.start and span.end <= thing.i)


def _beyond_semicolon(span: Span, cue: Token) -> bool:
    """ "Lee said he was in a “serious” condition; TVN24 reported he had surgery": a
    semicolon joins two sentences, and a verb after it reports only its own."""
    return cue.i > span.end and semicolon_between(span.doc, span.end, cue.i)


def _relative_clause_cue(window: list[Token]) -> Token | None:
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


def _casting(as_: Token, span: Span, context: QuoteContext) -> tuple[Token, Token] | None:
    """ "The Lee campaign rejected the idea as “ludicrous”", "ads casting Ward as an “honest
    choice”": whoever casts something as the quoted words chose them, whatever the verb
    (given with its subject); not a verb of seeing or thinking ("voters see him as “a
    fighter”") nor a passive ("known as “the Midnight Crew”", a name)."""
    if not 0 < span.start - as_.i <= 3:
        return None  # "as" right before the quote ("as an “…”"), not "As a boss on “The Apprentice,”"
    head = as_.head
    verb = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head  # "as" on the object
    if verb.pos_ != "VERB" or verb.lemma_.lower() in REGARDING_LEMMAS:
        return None
    if any(is_cue(token) for token in as_.doc[verb.i + 1 : as_.i]):
        return None  # "staked his campaign on it, portraying them as “…”": the nearer speech verb
    if not any(child.dep_ == "dobj" for child in verb.children):
        return None  # "she served as “acting director”": a role
    if _reported_by_cue(verb):
        return None  # "Microsoft promised him he could run it as a “fully independent entity”"
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None or context.in_quote(subject):
        return None
    lemma = subject.lemma_.lower()
    if not (is_someone(subject) or lemma in COLLECTIVE_NOUNS or lemma in DOCUMENT_NOUN_LEMMAS):
        return None
    return verb, subject


def _reported_by_cue(verb: Token) -> bool:
    """Whether a speech verb up the parse reports the clause of `verb` (not one it is only
    coordinated with: "Ward proposed a debate, but Lee rejected it")."""
    for _ in range(MAX_HEAD_STEPS):
        if verb.dep_ == "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
        if is_cue(verb):
            return True
    return False


def _participle_set_off_cue(window: list[Token]) -> Token | None:
    """The participle of saying set off by a comma that introduces the quote: "…, telling
    reporters: “…”", "…, adding: “…”" (only the people told between), though the parser hangs
    the quote on the clause before it."""
    if len(window) < 2 or window[0].text not in (",", ":"):
        return None
    for token in window[1:5]:
        if is_cue(token) and token.tag_ == "VBG":
            return token if token.i > 0 and token.doc[token.i - 1].text == "," else None
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _recording_cue(window: list[Token]) -> Token | None:
    """The speech verb of someone a recording shows, before the quote: "footage of Lee
    saying at the forum, “…”"."""
    return next((token for token in reversed(window) if is_cue(token) and shown_speaking(token) is not None), None)


def _hypothetical_speaker(cue: Token, context: QuoteContext) -> Token | None:
    """ "Lee said she expected that voters will say ‘no’": speech that has not happened
    (a modal or an infinitive) inside someone's report is the reporter's prediction, so the
    reporting speech verb further up gives the source — or the sentence's "according to"
    ("according to Tom Hart, the papers would call him a ‘coward’")."""
    if not any(child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to") for child in cue.children):
        return None
    verb = cue
    for _ in range(MAX_HEAD_STEPS):
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i or context.in_quote(verb.head):
            break
        verb = verb.head
        if is_cue(verb) and speaker_of(verb, context) is not None:
            return verb
    return next(
        (
            token
            for token in cue.sent
            if is_according_to(token) and not context.in_quote(token) and speaker_of(token, context) is not None
        ),
        None,
    )


def _reporting_source(cue: Token, context: QuoteContext, span: Span) -> Token:
    """ "Israel said Clinton called it ‘closely coordinated’": words quoted inside a
    report that is itself reported come to the reporter through the outer source, so
    the outermost speech verb up a chain of reported clauses attributes them. (Annotated
    news corpora choose the outer source too; the README gives the count.)"""
    while (
        (cue.dep_ == "ccomp" or called_for(cue))
        and cue.head.i != cue.i
        and is_cue(cue.head)
        and not context.in_quote(cue.head)
    ):
        if speaker_of(cue.head, context) is None or _beyond_semicolon(span, cue.head):
            break
        cue = cue.head
    for child in cue.children:
        # "Hart said Lee ‘would have no chance,’ the aide recalled": the parser hangs the
        # trailing report on the verb it reports
        if child.dep_ in ("ccomp", "parataxis") and child.i >= span.end and is_cue(child):
            reporter = next((c for c in child.children if c.dep_ == "nsubj" and span.end <= c.i < child.i), None)
            if reporter is not None and not context.in_quote(reporter):
                return child
    # "The county, Ann Lee said, called the announcement ‘highly significant’": a parenthetical report
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
    return cue


def attribution_verb(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Lee bemoaned the mood in which neighbours ‘simply loathe one another’", "he talks
    about how his crews must be ready ‘to work tonight’": words quoted inside what a verb of
    attribution reports, when no speech verb governs them, belong to that verb's subject."""
    span, quote_type = candidate.span, candidate.type
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
            if speaker is not None and names_someone(speaker) and speaker.lower_ not in NON_SOURCE_SUBJECTS:
                return Attribution(ATTRIBUTION_VERB, head, speaker)
            return None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


GOVERNING_CUE: Layout[QuoteFinder] = Layout(
    "governing_cue",
    CUE_GOVERNS_QUOTE,
    governing_cue,
    "Ann Lee described the plan as ‘fake’ and ‘a waste of money’ on Tuesday.",
)
ATTRIBUTION_VERB_LAYOUT: Layout[QuoteFinder] = Layout(
    "attribution_verb",
    ATTRIBUTION_VERB,
    attribution_verb,
    "Tom Hart talks about how the town must be ready ‘to fight tonight’ for its bridge.",
)
