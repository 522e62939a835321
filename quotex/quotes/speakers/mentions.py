"""Which mention of its speaker a quote gives: the reporting clause's subject, or the nearest one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.lexicon import RELATIVE_PRONOUNS, SPEAKER_DEPS
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_cue, speaker_span, token_before
from quotex.quotes.records import QuoteDraft
from quotex.quotes.rules.catalogue import CARRIED_RULES
from quotex.quotes.rules.reported import content_range
from quotex.quotes.speakers.pronouns import antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

# the people named as subjects, by position: who a "he said" most likely means
Salience = list[tuple[int, Cluster]]


def report_subject(context: QuoteContext, item: QuoteDraft, salient: Salience, entities: EntityIndex) -> None:
    """ "She said she was thinking, “…”", "Roffman described it as “…”, he said": when the
    speech verb is itself reported by the same person, the reporting clause's subject is the
    mention to give: it names the same speaker, and it is where a reader (and annotated news
    corpora such as PolNeAR) looks for the source. (Words quoted inside another person's
    report were already given to that outer source, see ``_reporting_source``.)
    """
    if item.cue is None or item.resolved is None or item.resolved.id is None or item.speaker_token is None:
        return
    # from the clause the speaker was found in ("he says he would release them, calling them
    # “…”": the subject of "release", not of "calling"), then
    verb = item.speaker_token.head if item.speaker_token.dep_ in SPEAKER_DEPS else item.cue
    # only up through reported clauses: "although he tweeted" or "which he called" under
    # "Netanyahu said" is a speech act of its own, not the content of his saying
    while verb.dep_ == "ccomp" and verb.head.i != verb.i and not context.in_quote(verb.head):
        verb = verb.head
        if not is_cue(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not context.in_quote(c)), None)
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
            continue
        if _attributes_another_quote(context, item, verb):
            return  # “…,” she said, but “…,” said Kunin: the outer verb reports its own quote
        if _person_id(context, subject, salient, entities) == item.resolved.id:
            if item.type == "indirect":
                _widen_to_clause(context, item, verb)
            item.speaker_token, item.speaker_span, item.cue = subject, speaker_span(subject), verb


def _widen_to_clause(context: QuoteContext, item: QuoteDraft, verb: Token) -> None:
    """ "Trump said he would consider naming Lee": a report given to the verb that reports
    it reads as that verb's words, the whole clause ("he would consider naming Lee"), not the
    inner verb's ("naming Lee"); unless quoted words stand in the clause before it."""
    assert item.cue is not None
    clause = item.cue
    while clause.head.i != verb.i and clause.head.i != clause.i:
        clause = clause.head
    doc = context.doc
    first = content_range(doc, clause)[0]
    start, end = item.extra_fragments[0]
    if first <= verb.i or doc[first].idx >= start:
        return
    if any(context.in_quote(token) for token in doc[first : item.cue.i]):
        return
    item.extra_fragments[0] = (doc[first].idx, end)


def _attributes_another_quote(context: QuoteContext, item: QuoteDraft, verb: Token) -> bool:
    """Whether the verb right after some other quote is that quote's attribution:
    “…,” she said, but “…,” said Kunin."""
    if item.cue is None or verb.i < item.cue.i:
        return False
    own = {context.pair_number.get(pair.start) for pair in item.pairs}
    for index in range(verb.i - 1, max(-1, verb.i - 4), -1):
        number = context.quote_of_token[index]
        if number >= 0:
            return number not in own
    return False


def nearest_mention(context: QuoteContext, item: QuoteDraft, salient: Salience, entities: EntityIndex) -> None:
    """ "“…,” Hart added. He then had one more question for the voters. / “Who will pay?”": a quote
    carried over from an earlier one gets the nearest mention of the same speaker, the
    subject of the sentence right before it, when there is one."""
    if item.rule not in CARRIED_RULES or item.resolved is None or item.resolved.id is None or not item.pairs:
        return
    quote = context.doc.char_span(item.pairs[0].start, item.pairs[0].end, alignment_mode="expand")
    last = token_before(quote) if quote is not None else None
    if last is None or context.in_quote(last):
        return
    root = last.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and not context.in_quote(c)), None)
    if subject is not None and _person_id(context, subject, salient, entities) == item.resolved.id:
        item.speaker_token, item.speaker_span = subject, speaker_span(subject)


def _person_id(context: QuoteContext, token: Token, salient: Salience, entities: EntityIndex) -> str | None:
    if token.pos_ == "PRON":
        person = antecedent(context, token.lower_, token.idx, salient, entities)
        return person.id if person is not None else None
    cluster = entities.cluster_at(token.idx, token.idx + len(token.text))
    return cluster.id if cluster is not None else None
