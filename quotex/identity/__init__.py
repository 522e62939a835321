"""Who people are, as users count them: each person's cross-article key, role and gender (with
the words that show it), read after quotes are attributed so that "she said" counts as
evidence for the person it was resolved to.

``profile_people`` turns the article's people entries into ``Person`` records.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotex.identity.gender import (
    GENDER_NAMES,
    Clue,
    decide,
    first_name_clue,
    honorific_clue,
    noun_clue,
    pronoun_after_subject,
)
from quotex.lexicon import PRONOUN_GENDER
from quotex.models import Entity, GenderEvidence, Person, Quote, Speaker
from quotex.roles import Role, roles_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QuotedText", "profile_people", "with_profiles"]


def _covering(
    ranges: Sequence[tuple[int, int] | tuple[int, int, str]], starts: Sequence[int], position: int
) -> int | None:
    """The index of the range of `ranges` (sorted by start, `starts` their starts) whose
    start and end hold `position`, or None."""
    index = bisect.bisect_right(starts, position) - 1
    return index if index >= 0 and ranges[index][0] <= position < ranges[index][1] else None


class QuotedText:
    """The stretches inside quote marks: words there are the speaker's, not the narrator's."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self._starts = [start for start, _ in self.ranges]

    def covers(self, position: int) -> bool:
        return _covering(self.ranges, self._starts, position) is not None


class MentionIndex:
    """Where each person of the article is mentioned: whose mention covers a position."""

    def __init__(self, people: Sequence[Entity]) -> None:
        self.spans = sorted((m.start, m.end, person.id) for person in people for m in person.mentions)
        self._starts = [start for start, _, _ in self.spans]

    def person_at(self, position: int) -> str | None:
        index = _covering(self.spans, self._starts, position)
        return None if index is None else self.spans[index][2]

    def someone_else(self, person_id: str) -> Callable[[int], bool]:
        """Whether a position is inside a mention of another person than this one."""
        return lambda position: self.person_at(position) not in (None, person_id)


def profile_people(doc: Doc, people: Sequence[Entity], quotes: Sequence[Quote], quoted: QuotedText) -> list[Person]:
    """The people records of an article: its people entries with role and gender. Per person:

    1. roles at each mention outside quotes (``quotex.roles.ROLE_FINDERS``), the first kept
       (a title shared with a list of names only when there is no other);
    2. gender clues (``identity.gender``): honorifics and gendered role nouns at mentions,
       pronouns a quote was attributed by and pronouns after the name as a subject, the
       first name; ``decide`` picks the strongest.
    """
    attributed = _attributed_pronouns(quotes)
    mentions = MentionIndex(people)
    records = []
    for person in people:
        full = next((m for m in person.mentions if " " in m.text.strip()), None)
        first_name = first_name_clue(full.text, full.start) if full is not None else None
        roles, clues = _read_mentions(doc, person, quoted, first_name, mentions.someone_else(person.id))
        clues += attributed.get(person.id, [])
        if first_name is not None:
            clues.append(first_name)
        decided = decide(clues)
        records.append(
            Person(
                id=person.id,
                name=person.name,
                key=person.key,
                label=person.label,
                count=person.count,
                mentions=person.mentions,
                role=_first_own_role(roles),
                gender=GENDER_NAMES[decided.gender] if decided else None,
                gender_evidence=(
                    GenderEvidence(decided.kind, decided.text, decided.start, decided.end) if decided else None
                ),
            )
        )
    return records


def _first_own_role(roles: list[Role]) -> str | None:
    """The first role given to the person alone; a title shared with others in a list
    ("mayoral candidates Ann Lee and Tom Hart") only when
    there is none."""
    own = [role for role in roles if role.finder != "title_shared"]
    chosen = own or roles
    return chosen[0].text if chosen else None


def _read_mentions(
    doc: Doc, person: Entity, quoted: QuotedText, first_name: Clue | None, someone_at: Callable[[int], bool]
) -> tuple[list[Role], list[Clue]]:
    """The roles and the gender clues at a person's mentions (in text order), outside quotes.
    A pronoun after the name that a clear first name contradicts is someone else's: "Vice
    President Kamala Harris spoke. … President Joe Biden echoed her message"."""
    roles: list[Role] = []
    clues: list[Clue] = []
    for mention in person.mentions:
        if quoted.covers(mention.start):
            continue  # a name in someone's words: what surrounds it is theirs
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        honorific = honorific_clue(span)
        if honorific is not None:
            clues.append(honorific)
        for role in roles_at(span):
            if quoted.covers(role.start):
                continue
            roles.append(role)
            clue = noun_clue(role.head, role.head_start)
            if clue is not None:
                clues.append(clue)
        pronoun = pronoun_after_subject(span, quoted.covers, someone_at)
        if pronoun is not None and (first_name is None or pronoun.gender == first_name.gender):
            clues.append(pronoun)
    return roles, clues


def _attributed_pronouns(quotes: Sequence[Quote]) -> dict[str, list[Clue]]:
    """ "“…,” she said": the pronoun a quote is attributed by, for the person it resolved to."""
    clues: dict[str, list[Clue]] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.id is None or speaker.kind != "person" or speaker.mention is None:
            continue
        gender = PRONOUN_GENDER.get(speaker.mention.text.lower())
        if gender is not None:
            mention = speaker.mention
            clues.setdefault(speaker.id, []).append(Clue("pronoun", gender, mention.text, mention.start, mention.end))
    return clues


def with_profiles(speakers: Sequence[Speaker], people: Sequence[Person]) -> list[Speaker]:
    """The speakers list with each linked person's gender, and their role where the quotes
    gave none."""
    by_id = {person.id: person for person in people}
    out = []
    for speaker in speakers:
        person = by_id.get(speaker.id)
        if person is None:
            out.append(speaker)
            continue
        out.append(dataclasses.replace(speaker, role=speaker.role or person.role, gender=person.gender))
    return out
