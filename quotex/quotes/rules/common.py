"""Helpers several families of layouts share: the speaker a cue or a sentence gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.lexicon import HEARER_OBJECT_LEMMAS, MAX_HEAD_STEPS, NOT_SPEAKERS, RELATIVE_PRONOUNS, SPEAKER_DEPS
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import (
    is_cue,
    is_someone,
    names_someone,
    noun_phrase_after,
    owner_of_words,
    passive_without_its_auxiliary,
    speaker_of,
)
from quotex.quotes.records import Attribution, Rule
from quotex.quotes.rules.catalogue import ACCORDING_TO
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def labels_a_heading(words: str) -> bool:
    """Whether the words before a headline's colon hold a heading's label, no speaker
    ("WATCH: …", "Poll: …", "ENERGY: …")."""
    return any(word.strip(".,'’") in NOT_SPEAKERS for word in words.upper().split())


def _joined_by_a_conjunction(cue: Token) -> bool:
    """ "“…,” and praised his work", "“…,” referencing the large number of …": a verb after
    "and" or "but", or a participle in "-ing", goes on with the sentence's subject; what
    follows it is its object, not a late subject."""
    return cue.tag_ == "VBG" or (cue.i > 0 and cue.nbor(-1).pos_ == "CCONJ")


def attribute_to_cue(rule: Rule, cue: Token, context: QuoteContext, *, inverted: bool = False) -> Attribution | None:
    """The attribution a speech verb (or "according to") gives, reported as `rule`, or None
    when it names no one. `inverted`: the verb comes right after the quote ("“…,” said X"),
    where the parser often takes the late subject for an object.

    A cue that is "according to" always reports ``according_to``, whichever layout found it.
    """
    speaker = speaker_of(cue, context)
    if speaker is not None:
        speaker = _appositive_running_into(cue, speaker) or speaker
    if speaker is None and inverted and not _joined_by_a_conjunction(cue):
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
        if speaker is None and cue.lemma_.lower() not in HEARER_OBJECT_LEMMAS:
            speaker = noun_phrase_after(cue)
        if speaker is None:
            # “…,” Ramos, 58, told AFP (the one told is the hearer); “…,” Chief Ann Ruiz said
            # Monday, parsed with no subject: the name before the verb
            speaker = _name_right_before(cue, context)
    if speaker is None and not inverted:
        passive = any(child.dep_ == "nsubjpass" for child in cue.children) and any(
            child.dep_ == "auxpass" and child.lower_ not in ("'s", "’s") for child in cue.children
        )  # "he's said" is active, whatever the parser made of it
        if passive or passive_without_its_auxiliary(cue):
            # "Hart was asked, “…?”", "Ministers accused of ‘betrayal’": the one asked or
            # accused did not say it, and the asker is unnamed
            return Attribution(rule, cue, None)
        speaker = (
            _subject_before(cue, context)
            or _appositive_subject(cue, context)
            or _person_before(cue, context)
            or _name_taken_for_the_root(cue)
            or name_taken_for_an_adverb(cue, context)
        )
    if speaker is None or context.in_quote(speaker):
        return None
    if cue.lower_ == "according":
        rule = ACCORDING_TO
    # "“…” Ann Lee's words echoed across the hall": whose words they are
    return Attribution(rule, cue, owner_of_words(speaker) or speaker)


def name_taken_for_an_adverb(cue: Token, context: QuoteContext) -> Token | None:
    """ "And Connelly called Marsh “…”", "…, Early described it as “…”": a surname the
    tagger took for an adverb of the verb (as it does names ending in "-ly"). Capitalised
    after a conjunction, a name or a comma inside its sentence, before a verb with no
    subject, it is the subject."""
    if not cue.is_lower:
        return None  # "Trump Just Announced …": a headline's title case capitalises every word
    for child in cue.lefts:
        if child.dep_ != "advmod" or child.pos_ != "ADV" or not child.text.istitle() or context.in_quote(child):
            continue
        before = cue.doc[child.i - 1] if child.i > cue.sent.start else None
        if before is not None and (before.pos_ in ("CCONJ", "PROPN") or before.text == ","):
            return child
    return None


def _name_taken_for_the_root(cue: Token) -> Token | None:
    """ "Trump called Clinton “crooked” at the rally": a short sentence the parser read as a
    name with a reduced relative ("the man called Lee"), with no main verb at all; the name
    right before the verb is its subject (not "the Donald, called …", set off by a comma)."""
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN" and head.i == cue.i - 1:
        return head
    return None


def _name_right_before(cue: Token, context: QuoteContext) -> Token | None:
    """The name between a quote and its speech verb, past an age or a title in commas:
    "“…,” Ramos, 58, told AFP" (parsed with no subject for "told")."""
    for token in reversed(cue.doc[max(cue.sent.start, cue.i - 8) : cue.i]):
        if context.in_quote(token):
            return None
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            return token
    return None


def _appositive_running_into(cue: Token, subject: Token) -> Token | None:
    """ "Ann Lee, a senior aide said, “is quite certain”": a noun phrase the parser hangs on the
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


def _subject_before(cue: Token, context: QuoteContext) -> Token | None:
    """ "Flea shared the news, writing “…”": when the parse gives the speech verb no
    subject, the subject of the clause it ends is the speaker, if it names someone."""
    for token in reversed(cue.sent[: cue.i - cue.sent.start]):
        if token.dep_ in SPEAKER_DEPS and not context.in_quote(token):
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                token = token.head.head  # "an official who spoke anonymously said"
                return token if token.pos_ in ("NOUN", "PROPN") else None
            if token.lower_ in RELATIVE_PRONOUNS:
                return _antecedent_of_relative(token)  # "Hart, meanwhile, who stands at zero, said"
            return token if names_someone(token) else None
    return None


def _antecedent_of_relative(relative: Token) -> Token | None:
    """ "Hart, meanwhile, who stands at zero such backers, said …": a relative clause
    the parser did not hang on its noun; the name before it (past commas and adverbs) is the
    one it describes."""
    index = relative.i - 1
    while index > relative.sent.start and (relative.doc[index].is_punct or relative.doc[index].pos_ == "ADV"):
        index -= 1
    before = relative.doc[index]
    return before if before.pos_ in ("PROPN", "NOUN") and names_someone(before) else None


def _appositive_subject(cue: Token, context: QuoteContext) -> Token | None:
    """ "In an interview with hosts Ann Lee and Tom Ward, the candidate stated
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


def _person_before(cue: Token, context: QuoteContext) -> Token | None:
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


def speaker_in_sentence(
    context: QuoteContext, sentence: Span, rule: Rule, *, end: int | None = None
) -> Attribution | None:
    """The speaker a sentence introduces: a speech verb's subject, else its main subject
    when that names someone, else the last person it names."""
    tokens = [t for t in sentence if (end is None or t.i < end) and not context.in_quote(t)]
    for token in reversed(tokens):
        if is_cue(token):
            result = attribute_to_cue(rule, token, context)
            if result is not None:
                return result
    # the main verb, or when the parser ran the quote into the sentence ("She went on: “…”"),
    # the last verb before the quote
    verbs = [sentence.root] if not context.in_quote(sentence.root) else []
    verbs += [t for t in reversed(tokens) if t.pos_ in ("VERB", "AUX")][:1]
    for verb in verbs:
        subject = speaker_of(verb, context)
        if subject is not None and is_someone(subject):
            return Attribution(rule, None, subject)
    people = [t for t in tokens if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if people:
        return Attribution(rule, None, people[-1])
    return None


def name_before_dashes(span: Span) -> Token | None:
    """ "Republicans have said the same, including Ann Lee -- “…” -- and Tom Ward": words
    set off by dashes right after a person's name are that person's, whoever the speech
    verb's subject is."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    if not (is_dash(doc[span.start - 1].text) and is_dash(doc[span.end].text)):
        return None
    name = doc[span.start - 2]
    return name if name.ent_type_ == "PERSON" else None
