"""The working records of entity finding: mentions, entries (clusters), the article's index of
them, and the small helpers names share."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotex.gazetteer import Place
from quotex.keys import key_of
from quotex.models import Entity
from quotex.models import Span as TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PERSON, ORG = "PERSON", "ORG"


PLACE_LABELS = ("GPE", "LOC", "FAC")


CORE_LABELS = (PERSON, ORG) + PLACE_LABELS


ACRONYM = re.compile(r"^[A-Z]{2,6}$")


ORG_STOPWORDS = {"of", "the", "and", "for", "on", "in", "&", "to"}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    gender: str | None = None  # from an honorific next to the name


@dataclass(slots=True)
class Cluster:
    id: str
    label: str
    mentions: list[Mention]
    name: str = ""
    gender: str | None = None
    place: Place | None = None
    country_code: str | None = None  # of a place the gazetteer does not know, from the text

    @property
    def kind(self) -> str:
        if self.label == PERSON:
            return "person"
        if self.label == ORG:
            return "organisation"
        return "place" if self.label in PLACE_LABELS else "other"


@dataclass(slots=True)
class EntityIndex:
    clusters: list[Cluster] = field(default_factory=list)
    _by_offset: dict[int, Cluster] = field(default_factory=dict)

    def add(self, cluster: Cluster) -> None:
        self.clusters.append(cluster)
        for mention in cluster.mentions:
            for position in range(mention.start, mention.end):
                self._by_offset[position] = cluster

    def cluster_at(self, start: int, end: int) -> Cluster | None:
        """The entity with a mention overlapping [start, end), preferring a person."""
        found = [self._by_offset[p] for p in range(start, end) if p in self._by_offset]
        if not found:
            return None
        people = [c for c in found if c.label == PERSON]
        return (people or found)[0]

    def people(self) -> list[Cluster]:
        return [c for c in self.clusters if c.label == PERSON]

    def records(self) -> tuple[list[Entity], list[Entity], list[Entity], list[Entity]]:
        people, places, organisations, others = [], [], [], []
        for cluster in self.clusters:
            entity = _to_entity(cluster)
            if cluster.label == PERSON:
                people.append(entity)
            elif cluster.label == ORG:
                organisations.append(entity)
            elif cluster.label in PLACE_LABELS:
                places.append(entity)
            else:
                others.append(entity)
        return people, places, organisations, others


def _to_entity(cluster: Cluster) -> Entity:
    mentions = sorted(cluster.mentions, key=lambda m: m.start)
    place = cluster.place
    return Entity(
        id=cluster.id,
        name=cluster.name,
        key=key_of(cluster.name) or "",
        label=cluster.label,
        count=len(mentions),
        mentions=[TextSpan(m.text, m.start, m.end) for m in mentions],
        country_code=place.country_code if place else cluster.country_code,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
    )


def normalise_name(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'")).strip().lower()


@dataclass(slots=True)
class TypedName:
    """The mentions of one name in an article, with the one type it gets there."""

    label: str
    mentions: list[Mention]
    place: Place | None  # for an organisation, the town a sports side is named after


def lemma(token: Token) -> str:
    """The lower-case lemma, or the word itself where nothing lemmatised it."""
    return token.lemma_.lower() or token.lower_


def mostly(mentions: list[Mention], label: str) -> bool:
    return sum(m.label == label for m in mentions) * 2 > len(mentions)


def previous_word(doc: Doc, ent: Span) -> str:
    return doc[ent.start - 1].lower_ if ent.start > 0 else ""


def title_case(name: str) -> str:
    """ "JAKE TAPPER" → "Jake Tapper", "LEE" → "Lee"; initials ("JFK") and mixed case
    ("McCain") stay."""
    if not name.isupper() or (len(name) <= 4 and not set(name) & set("AEIOUY")):
        return name
    return name.title()  # "O’REILLY" → "O’Reilly"


def plain_spaces(text: str) -> str:
    """A name to print: "Donald\xa0Trump" and "Donald Trump" are one name with one space."""
    return " ".join(text.split())


def most_common_text(mentions: list[Mention]) -> str:
    counts = Counter(plain_spaces(m.text) for m in mentions)
    return max(counts, key=lambda text: (counts[text], len(text)))
