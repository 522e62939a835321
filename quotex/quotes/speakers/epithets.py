"""Epithets: the words news uses to refer back to someone it has just named by what they are —
"Rafael Nadal won again. The Spaniard said …", "Elon Musk … The billionaire said", "Rubio
offered … The Florida senator sought …", "said the 21-year-old".

An epithet is a definite description of one person by nationality, party, age, fame or fortune,
a candidacy, a seat or a sport's position (``EPITHET_NOUNS``). Unlike a role the article gave
someone (``roles.described_person``), nothing before it need say so: the writer relies on the
reader taking it for the person the story is about at that point.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.lexicon import (
    BROADER_ROLES,
    EPITHET_GENDER,
    EPITHET_NOUNS,
    NATIONALITY_NOUNS,
    NOUN_GENDER,
    PARTY_MEMBER_NOUNS,
    PRONOUN_GENDER,
    ROLE_CHANGERS,
    ROLE_HEAD_WORDS,
)
from quotex.quotes.context import QuoteContext
from quotex.quotes.speakers.roles import Roles, role_words, title_word
from quotex.roles import age_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "the 21-year-old", however the tokenizer split it
_AGE = re.compile(r"^(\d{1,3})-year-old$")


def epithet_age(mention: Span) -> int | None:
    """The age an epithet gives ("the 21-year-old" -> 21), or None."""
    words = mention[1:] if mention[0].lower_ == "the" else mention
    found = _AGE.match("".join(token.text for token in words).lower())
    return int(found.group(1)) if found else None


def is_epithet(anchor: Token, mention: Span) -> bool:
    """ "the Spaniard", "the Ohio Democrat", "the 21-year-old", "the billionaire businessman",
    "the Vermont senator", "the former secretary of state": a definite description of one
    person by what they are."""
    # the speaker's words leave out the article before a name's word ("The Argentine"),
    # or an age the model tags as a date ("the 21-year-old")
    before = mention.doc[mention.start - 1] if mention.start else None
    definite = (
        mention[0].lower_ == "the"
        or (before is not None and before.lower_ == "the")
        or any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children)
    )
    if not definite or anchor.tag_ in ("NNS", "NNPS"):
        return False
    if epithet_age(mention) is not None:
        return True
    lemma = anchor.lemma_.lower()
    if lemma in NATIONALITY_NOUNS or lemma in PARTY_MEMBER_NOUNS or lemma in EPITHET_NOUNS:
        return True
    if lemma in ROLE_HEAD_WORDS and any(token.lower_ == "former" for token in mention):
        return True  # "the former secretary of state": an office someone held, not a part they play now
    # "the Argentine", "the Italian": one person named by nation, as the model tags them
    return anchor.ent_type_ == "NORP" and anchor.pos_ in ("PROPN", "NOUN") and anchor.text[:1].isupper()


def epithet_referent(
    context: QuoteContext,
    anchor: Token,
    mention: Span,
    salient: Sequence[tuple[int, Cluster]],
    roles: Roles,
    entities: EntityIndex,
    excluded: AbstractSet[str] = frozenset(),
) -> Cluster | None:
    """The person an epithet refers back to, or None when the text leaves a doubt:

    - an age refers to the one person the article gave that age ("Carol Beck, 67, … the
      67-year-old");
    - else the person last named as a subject (``salient``), in the epithet's paragraph or the
      one before, when no one else came in since their sentence began (named, or a "he" or
      "she" that cannot be them), their gender fits, an age they were given
      fits, and no one else holds a role of that name ("Sen. Ted Cruz … the senator");
    - never one of the `excluded` ids (whom the epithet replies to).
    """
    if not is_epithet(anchor, mention) or context.in_quote(anchor):
        return None
    doc = context.doc
    start = mention.start_char
    age = epithet_age(mention)
    if age is not None:
        aged = [person for person in entities.people() if age in _ages(doc, person, start)]
        if len(aged) == 1:
            return aged[0]
        if aged:
            return None
    earlier = bisect.bisect_left(salient, start, key=lambda entry: entry[0])
    if not earlier:
        return None
    where, person = salient[earlier - 1]
    if person.id in excluded:
        return None
    if context.paragraph_of(start) - context.paragraph_of(where) > 1:
        return None
    if _someone_else_in_play(context, entities, person, where, start):
        return None
    gender = EPITHET_GENDER.get(anchor.lemma_.lower()) or NOUN_GENDER.get(anchor.lemma_.lower())
    if gender is not None and person.gender not in (None, gender):
        return None
    if age is not None and _ages(doc, person, start):
        return None  # given another age
    noun = title_word(anchor)
    described = role_words(mention)
    for holder, given in roles.items():
        for _, nouns, words in given:
            if noun not in nouns and not nouns & BROADER_ROLES.get(noun, set()):
                continue
            if holder != person.id:
                return None  # "Sen. Ted Cruz … Rubio spoke … the senator": either of them
            if words & ROLE_CHANGERS != described & ROLE_CHANGERS:
                return None  # "Vice President Biden" is not "the president"
    return person


# a parent or a spouse, by the gender the word gives
_FAMILY_GENDER = {
    **dict.fromkeys(("father", "dad", "husband"), "m"),
    **dict.fromkeys(("mother", "mum", "mom", "wife"), "f"),
}


def family_referent(context: QuoteContext, anchor: Token, mention: Span, entities: EntityIndex) -> Cluster | None:
    """ "Judge Schwartz sentenced David and Louise Turpin … The father said": "the father",
    "the mother", "the husband", "the wife" in an article that names a family (two people or
    more sharing a surname) is the one of them named before it whose gender the word gives,
    when only one is. Not "his father" (someone else's), nor a family of two men for "the
    father"."""
    gender = _FAMILY_GENDER.get(anchor.lemma_.lower())
    if gender is None or anchor.tag_ != "NN" or context.in_quote(anchor):
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in anchor.children):
        return None
    by_surname: dict[str, list[Cluster]] = {}
    for person in entities.people():
        if " " in person.name and min(m.start for m in person.mentions) < mention.start_char:
            by_surname.setdefault(person.name.split()[-1], []).append(person)
    fitting = [
        person for family in by_surname.values() if len(family) > 1 for person in family if person.gender == gender
    ]
    return fitting[0] if len(fitting) == 1 else None


def _ages(doc: Doc, person: Cluster, before: int) -> set[int]:
    """The ages set off after a person's name before `before` ("Carol Beck, 67,")."""
    ages = set()
    for mention in person.mentions:
        if mention.start >= before:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            age = age_after(doc, span.end)
            if age is not None:
                ages.add(age)
    return ages


def _someone_else_in_play(
    context: QuoteContext, entities: EntityIndex, person: Cluster, named_at: int, before: int
) -> bool:
    """Whether the text brings in someone other than `person` between the sentence that
    named them (from its start) and the epithet: another person named outside quotes
    ("Rubio responded that Donald Trump had …", "Trump's unwillingness … the businessman"),
    or a "he" or "she" that cannot be them ("He tells audiences she may be prosecuted")."""
    doc = context.doc
    named = doc.char_span(named_at, named_at + 1, alignment_mode="expand")
    after = named.sent.start_char if named is not None else named_at
    for other in entities.people():
        if other.id == person.id:
            continue
        starts = context.unquoted_mention_starts(other)
        if bisect.bisect_left(starts, before) > bisect.bisect_left(starts, after):
            return True
    if person.gender is None:
        return False
    between = doc.char_span(named_at, before, alignment_mode="expand")
    return between is not None and any(
        PRONOUN_GENDER.get(token.lower_, person.gender) != person.gender and not context.in_quote(token)
        for token in between
    )
