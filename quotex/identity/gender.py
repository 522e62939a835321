"""A person's gender, only where the article shows it, with the words that show it.

The clues, strongest first (``CLUE_KINDS``):

- ``honorific``: a title next to the name that is only used for one gender ("Mrs Lee",
  "Mme Spanton", "Sir Keir Starmer");
- ``noun``: a gendered noun the article gives the person as their role ("mother Louise
  Turpin", "Ann Lee, his wife,", "her fiancée, Hatice Cengiz");
- ``pronoun``: a pronoun that refers to the person — the "he" or "she" a quote is attributed
  to, resolved to them, or the first "he"/"she" after their name in the sentence they are the
  subject of ("Lee said she would run");
- ``first_name``: the first name's statistics (US Census lists, see ``quotex.first_names``),
  only when the article shows nothing.

The strongest kind present decides by majority; a tie leaves the gender unknown (None). It is
inferred, never stated by the person: users counting it should say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotex.first_names import person_gender
from quotex.lexicon import GENDERED_NOUNS, HONORIFICS, PRONOUN_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Span

CLUE_KINDS = ("honorific", "noun", "pronoun", "first_name")
GENDER_NAMES = {"m": "male", "f": "female"}
# pronouns that name their antecedent as a subject or an owner: "she said", "his office"
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "poss")


@dataclass(frozen=True, slots=True)
class Clue:
    """One piece of evidence for a person's gender."""

    kind: str  # one of CLUE_KINDS
    gender: str  # "m" or "f"
    text: str
    start: int
    end: int


def honorific_clue(name: Span) -> Clue | None:
    """ "Mrs Lee", "Mme Spanton": a gendered honorific right before a mention."""
    if name.start == 0:
        return None
    token = name.doc[name.start - 1]
    gender = HONORIFICS.get(token.lower_)
    if gender is None:
        return None
    return Clue("honorific", gender, token.text, token.idx, token.idx + len(token.text))


def noun_clue(head: str, start: int) -> Clue | None:
    """ "mother", "fiancée", "spokeswoman": the head of a role (at `start`) that only one
    gender holds."""
    gender = GENDERED_NOUNS.get(head.lower())
    return Clue("noun", gender, head, start, start + len(head)) if gender else None


def pronoun_after_subject(
    name: Span, in_quote: Callable[[int], bool], someone_at: Callable[[int], bool] | None = None
) -> Clue | None:
    """ "Ann Lee said she would run. Her rival …": when the name is the subject of its
    sentence's main verb, the first "he" or "she" after it, in that sentence or the next one
    of the paragraph, as a subject or an owner, before any other person or a family noun is
    named, refers to them. A pronoun object ("Lee thanked her") may be someone else. Another
    person is one of the article's people where ``someone_at`` says so ("Mehta told the
    Gazette he …": the model's person, the article's newspaper), else a name the model tagged
    as a person's."""
    root = name.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None
    doc = name.doc
    sentence_end = verb.sent.end
    stop = doc[sentence_end].sent.end if sentence_end < len(doc) else sentence_end
    for token in doc[name.end : stop]:
        if token.is_quote or in_quote(token.idx):
            continue  # the person's own words: a "he" there is someone they speak of
        person = someone_at(token.idx) if someone_at is not None else token.ent_type_ == "PERSON"
        if person or token.lower_ in GENDERED_NOUNS or "\n" in token.text:
            return None
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is not None and token.pos_ == "PRON":
            if token.dep_ not in _SUBJECT_DEPS:
                return None
            return Clue("pronoun", gender, token.text, token.idx, token.idx + len(token.text))
    return None


def first_name_clue(full_name: str, start: int) -> Clue | None:
    """The first name of a full mention (at `start`), when it is clearly one gender's."""
    gender = person_gender(full_name)
    if gender is None:
        return None
    first = full_name.split()[0]
    return Clue("first_name", gender, first, start, start + len(first))


def decide(clues: Sequence[Clue]) -> Clue | None:
    """The clue that decides a person's gender: of the strongest kind present, the first of
    the gender most of them show; None when that kind is split evenly."""
    for kinds in (("honorific", "noun"), ("pronoun",), ("first_name",)):
        strongest = [clue for clue in clues if clue.kind in kinds]
        if not strongest:
            continue
        votes = Counter(clue.gender for clue in strongest)
        (winner, count), *rest = votes.most_common()
        if rest and rest[0][1] == count:
            return None
        return next(clue for clue in strongest if clue.gender == winner)
    return None
