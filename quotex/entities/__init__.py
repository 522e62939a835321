"""People, places and organisations: one entry per real-world thing in an article.

spaCy's NER gives raw mentions; news puts the same thing in many forms (full name, then
surname, title + surname, possessive, a second transliteration) and the small model
mislabels towns it does not know. Mentions are cleaned, grouped across labels, retyped with
a gazetteer and a majority vote, then people are merged by surname and spelling variant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from quotex.entities.labels import type_names
from quotex.entities.mentions import clean_mention, gather_mentions, not_a_named_thing, split_title_from_name
from quotex.entities.organisations import add_untagged_bodies, merge_acronyms
from quotex.entities.people import add_untagged_speakers, add_untagged_surnames, cluster_people, genders_from_roles
from quotex.entities.places import add_dateline_place, merge_places
from quotex.entities.records import (
    CORE_LABELS,
    ORG,
    PERSON,
    PLACE_LABELS,
    Cluster,
    EntityIndex,
    Mention,
    normalise_name,
)
from quotex.text.hygiene import SkippedRange
from quotex.text.transcripts import SpeakerLabel

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "CORE_LABELS",
    "ORG",
    "PERSON",
    "PLACE_LABELS",
    "Cluster",
    "EntityIndex",
    "Mention",
    "clean_mention",
    "find_entities",
    "normalise_name",
    "not_a_named_thing",
    "split_title_from_name",
]


def find_entities(
    doc: Doc,
    skipped: list[SkippedRange],
    *,
    labels: Iterable[str] = (),
    speaker_labels: Sequence[SpeakerLabel] = (),
) -> EntityIndex:
    """The people, places and organisations of one document (and the ``labels`` types asked
    for). The passes, in order:

    1. mentions: the model's entities trimmed to the name (``clean_mention``), and transcript
       speaker labels as people, grouped by normalised name (``gather_mentions``), with the
       untagged names that say "he" or "she" did something (``add_untagged_speakers``);
    2. one type per name, from the gazetteer and the model's majority, repaired where news
       misleads the small model (``type_names``);
    3. entries: people clustered by surname and spelling (``cluster_people``), with the lone
       surnames the model left untagged; organisations merged with their acronyms; places
       merged by gazetteer entry (``merge_places``);
    4. ids in order of first mention (``_numbered``).
    """
    wanted = set(CORE_LABELS) | set(labels)
    text = doc.text  # Doc.text rebuilds the string on every access
    groups = gather_mentions(doc, text, skipped, wanted, speaker_labels)
    add_untagged_speakers(doc, groups, skipped)
    add_untagged_bodies(doc, groups, skipped)
    add_dateline_place(text, groups, skipped)
    typed = type_names(doc, groups, wanted)
    clusters = cluster_people([name.mentions for name in typed if name.label == PERSON], doc)
    genders_from_roles(doc, clusters)
    add_untagged_surnames(doc, clusters, skipped)
    clusters += merge_acronyms([(name.mentions, name.place) for name in typed if name.label == ORG], text)
    clusters += merge_places(typed, text)
    return _numbered(clusters)


def _numbered(clusters: list[Cluster]) -> EntityIndex:
    """Ids follow first appearance: p1 is the first person the article names."""
    index = EntityIndex()
    counters: Counter[str] = Counter()
    for cluster in sorted(clusters, key=lambda c: min(m.start for m in c.mentions)):
        prefix = {"PERSON": "p", "ORG": "o"}.get(cluster.label, "l" if cluster.label in PLACE_LABELS else "e")
        counters[prefix] += 1
        cluster.id = f"{prefix}{counters[prefix]}"
        index.add(cluster)
    return index
