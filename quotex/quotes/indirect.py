"""Indirect (reported) speech: an attribution verb or noun with its content, no marks."""

from __future__ import annotations

from typing import Any

from quotex.lexicon import (
    INDIRECT_CUE_LEMMAS,
    MEDIUM_NOUNS,
    MEDIUM_VERBS,
    NON_SOURCE_SUBJECTS,
    NOUN_CUE_LEMMAS,
    OBJECT_CONTENT_LEMMAS,
    PHRASAL_LEMMAS,
    PREPOSITION_CONTENT,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    SAYING_LEMMAS,
    SOURCE_ENTITY_TYPES,
    SOURCE_PRONOUNS,
    VERB_PREPOSITIONS,
)
from quotex.quotes.grammar import Found, QuoteContext, passive_participle, speaker_of, speaker_span
from quotex.text.hygiene import is_skipped


def find_reported_clauses(context: QuoteContext, found: list[Found], skipped: Any) -> list[Found]:
    """Indirect quotes: an attribution verb with its content (clause, object or prepositional
    complement) and no quote marks in it; and "according to X" with its clause."""
    used = {f.cue.i for f in found if f.cue is not None}
    doc = context.doc
    reported: list[Found] = []
    for token in doc:
        if token.i in used or context.in_quote(token):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor().lower_ == "to":
            item = _according_to_clause(context, token)
        elif token.pos_ == "VERB":
            item = _reported_content(context, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_CUE_LEMMAS:
            item = _noun_content(context, token)
        else:
            continue
        if item is None:
            continue
        start, end = item.extra_fragments[0]
        if is_skipped(start, end, list(skipped)):
            continue
        reported.append(item)
    return reported


def _content_range(doc: Any, head: Any) -> tuple[int, int]:
    return _trim(doc, head.left_edge.i, head.right_edge.i + 1)


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Token range without punctuation or white space at either end."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _indirect(context: QuoteContext, rule: str, cue: Any, speaker: Any, start: int, end: int) -> Found:
    """An indirect quote: content tokens [start, end), its cue and its speaker."""
    doc = context.doc
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Found(
        [],
        "indirect",
        rule,
        cue,
        speaker_span(speaker),
        speaker,
        context.paragraph_of(char_start),
        extra_fragments=[(char_start, char_end)],
    )


def _reported_content(context: QuoteContext, verb: Any) -> Found | None:
    doc = context.doc
    lemma = verb.lemma_.lower()
    known = lemma in INDIRECT_CUE_LEMMAS
    content = None
    for child in verb.children:
        if child.i < verb.i:
            # "The plan is dead, officials said.": the clause may come first
            if child.dep_ == "ccomp" and lemma in SAYING_LEMMAS:
                content = child
                break
            continue
        if child.dep_ in ("ccomp", "xcomp") and known:
            content = child
            break
        if child.dep_ == "dobj" and lemma in OBJECT_CONTENT_LEMMAS and content is None:
            content = child
        elif (
            child.dep_ == "prep"
            and content is None
            and (lemma in SAYING_LEMMAS or lemma in PHRASAL_LEMMAS)
            and (child.lower_ in PREPOSITION_CONTENT or lemma in VERB_PREPOSITIONS.get(child.lower_, ()))
            and not (lemma in MEDIUM_VERBS and child.lower_ != "about")
        ):
            content = _prepositional_content(child)
    if content is None:
        return None
    start, end = _content_range(doc, content)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    if content.dep_ == "ccomp" and doc[start].lower_ in QUESTION_WORDS and lemma != "ask":
        return None  # "did not reveal how many ..." is an embedded question, not content
    speaker = speaker_of(verb, context)
    if speaker is None and passive_participle(verb):
        return _indirect(context, "reported_clause", verb, None, start, end)  # "Asked whether …,"
    # "he was told that …", "it was reported that …": an attribution whose source goes
    # unnamed; the passive subject passes the same checks but is not reported as the speaker
    subject = speaker if speaker is not None else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or start <= subject.i < end:
        return None
    relative = subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl"
    if (
        subject.lower_ in NON_SOURCE_SUBJECTS
        and not relative
        and not (subject.lower_ == "it" and lemma in SAYING_LEMMAS)
    ):
        return None  # an expletive or no source at all; "it said" is a company or a report
    if subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    # a verb outside the attribution lexicon ("talked about") needs a named source
    if not known and not (subject.ent_type_ in SOURCE_ENTITY_TYPES or subject.lower_ in SOURCE_PRONOUNS):
        return None
    return _indirect(context, "reported_clause", verb, speaker, start, end)


def _prepositional_content(preposition: Any) -> Any:
    """The object of "about …", "on …", unless it is a time or a medium ("released on
    Friday", "responded on Twitter"), which says when or where, not what."""
    for child in preposition.children:
        if child.dep_ in ("pobj", "pcomp") and not (
            child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in MEDIUM_NOUNS
        ):
            return child
    return None


def _noun_content(context: QuoteContext, noun: Any) -> Found | None:
    """ "his remarks about immigration", "Trump's call for a ban": a possessor speaks."""
    doc = context.doc
    owners = [
        child for child in noun.children if child.dep_ == "poss" and child.lower_ not in ("its", "my", "our", "your")
    ]
    if not owners:
        # "a statement from the White House", "criticism by Democrats"
        owners = [
            grand
            for child in noun.children
            if child.dep_ == "prep" and child.lower_ in ("from", "by")
            for grand in child.children
            if grand.dep_ == "pobj"
        ]
    if not owners:
        return None
    content = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp"):
            content = child
            break
        if child.dep_ == "prep" and child.lower_ in PREPOSITION_CONTENT:
            content = _prepositional_content(child)
            if content is not None:
                break
    if content is None:
        return None
    start, end = _content_range(doc, content)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return _indirect(context, "reported_noun", noun, owners[0], start, end)


def _according_to_clause(context: QuoteContext, according: Any) -> Found | None:
    """ "According to the report, the plant will close": the source and the rest of the clause."""
    doc = context.doc
    to = according.nbor()
    sources = [child for child in to.children if child.dep_ == "pobj"]
    if not sources:
        return None
    phrase_start, phrase_end = according.i, max(to.right_edge.i + 1, according.right_edge.i + 1)
    sentence = according.sent
    before = (sentence.start, phrase_start)
    after = (phrase_end, sentence.end)
    start, end = _trim(doc, *max(before, after, key=lambda r: r[1] - r[0]))
    if end - start < 3 or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return _indirect(context, "according_to", according, sources[0], start, end)
