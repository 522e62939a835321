"""Organisations: acronyms and short forms merged into the one organisation named in full."""

from __future__ import annotations

import re
from collections import Counter

from quotex.entities.records import (
    ACRONYM,
    ORG,
    ORG_STOPWORDS,
    Cluster,
    Mention,
    most_common_text,
    normalise_name,
    plain_spaces,
)
from quotex.gazetteer import Place
from quotex.lexicon import INSTITUTION_NOUNS, INSTITUTION_WORDS


def _initials(text: str) -> str:
    return "".join(
        word[0]
        for word in re.split(r"[\s-]+", text)
        if word and word.lower() not in ORG_STOPWORDS and word[0].isupper()
    )


# short names that are not the initials of the long one
ORG_ALIASES = {"GOP": "republican party"}


def _long_form_of(words: list[str], longer: list[Cluster]) -> Cluster | None:
    """The one organisation named in full that a short form means: "Supreme Court" and
    "Court" for "Supreme Court of the United Kingdom" and "Court of Session" ("of", "at" or
    "for" after the short form's words; one word only when it is an institution's, such as
    "Parliament" or "House"), and "State Department" for "Department of State"."""
    if not words:
        return None
    phrase = " ".join(words)
    found = []
    for other in longer:
        long_words = normalise_name(other.name).split()
        long_phrase = " ".join(long_words)
        if len(long_words) > len(words) and long_words[: len(words)] == words:
            if long_words[len(words)] in ("of", "at", "for") and (len(words) >= 2 or words[0] in INSTITUTION_NOUNS):
                found.append(other)
        elif len(words) == 2 and words[1] in INSTITUTION_NOUNS and f"{words[1]} of {words[0]}" in long_phrase:
            found.append(other)  # "State Department": "United States Department of State"
        elif phrase == long_phrase.removeprefix("the "):
            found.append(other)
    return found[0] if len(found) == 1 else None


def _spelled_inside(acronym: str, clusters: list[Cluster]) -> Cluster | None:
    """The one organisation named in full whose initials hold an acronym of three letters or
    more that spells part of them: "CDC" for "Centers for Disease Control and Prevention",
    "RMT" for "National Union of Rail, Maritime and Transport Workers"."""
    found = [
        other
        for other in clusters
        if len(other.name.split()) > 2 and acronym in _initials(other.name) and acronym != _initials(other.name)
    ]
    return found[0] if len(found) == 1 else None


def is_institution_of(long_key: str, key: str) -> bool:
    """Whether a normalised name is an institution's "of" a one-word key: "college of
    wooster" for "wooster", "university of essex" for "essex"."""
    words = long_key.split()
    return len(words) >= 3 and words[-2:] == ["of", key] and words[0] in INSTITUTION_WORDS | INSTITUTION_NOUNS


def _institution_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """The one institution "of" a one-word name: "Wooster" for the "College of Wooster"."""
    if " " in name:
        return None
    key = normalise_name(name)
    found = [other for other in clusters if is_institution_of(normalise_name(other.name), key)]
    return found[0] if len(found) == 1 else None


def _clipped_from(name: str, clusters: list[Cluster]) -> Cluster | None:
    """The one institution named by one word that a one-word name is clipped from: "Uni"
    for "University", "Poly" for "Polytechnic" (three letters or more, cut three or more
    letters short), as sports and campus news calls a side named after its institution;
    not any longer name ("Hill" is not short for "Hillarycare")."""
    if " " in name or len(name) < 3 or not name.istitle():
        return None
    found = [
        other
        for other in clusters
        if other.name.lower() in INSTITUTION_WORDS and len(other.name) >= len(name) + 3 and other.name.startswith(name)
    ]
    return found[0] if len(found) == 1 else None


# a short name in brackets right after a long one: "(NIAID)", "(CU Boulder)"
_BRACKETED_SHORT_NAME = re.compile(r"\s*\(\s*([A-Z][A-Za-z.]{1,9}(?: [A-Z][A-Za-z.]+){0,2})\s*\)")


def merge_acronyms(groups: list[tuple[list[Mention], Place | None]], text: str) -> list[Cluster]:
    """Merge "U.N." into "United Nations", and "ACR" into "Name (ACR)", when both appear."""
    clusters = [Cluster("", ORG, list(mentions), name=most_common_text(mentions)) for mentions, _ in groups]
    long_forms: dict[str, Cluster] = {}
    bracketed: dict[str, Cluster] = {}  # "University of Colorado at Boulder (CU Boulder)"
    for cluster in clusters:
        for mention in cluster.mentions:
            after = _BRACKETED_SHORT_NAME.match(text, mention.end)
            if after and " " not in after.group(1):
                long_forms.setdefault(after.group(1).replace(".", ""), cluster)
            elif after:
                bracketed.setdefault(normalise_name(after.group(1)), cluster)
        initials = _initials(cluster.name)
        if len(initials) >= 2 and len(cluster.name.split()) > 1:
            long_forms.setdefault(initials, cluster)
    merged: list[Cluster] = []
    for cluster in sorted(clusters, key=lambda c: -len(c.name.split())):
        short = cluster.name.replace(".", "")
        target = long_forms.get(short) if ACRONYM.match(short) else bracketed.get(normalise_name(cluster.name))
        if target is None and ACRONYM.match(short) and len(short) >= 3:
            target = _spelled_inside(short, clusters)
        if target is None and short in ORG_ALIASES:  # "GOP" and "Republican Party"
            target = next((c for c in clusters if normalise_name(c.name) == ORG_ALIASES[short]), None)
        if target is None and len(cluster.name.split()) >= 2:
            # "General Assembly" after "United Nations General Assembly": the short form
            words = normalise_name(cluster.name).split()
            target = next(
                (other for other in merged if normalise_name(other.name).split()[-len(words) :] == words), None
            )
        if target is None:
            target = _long_form_of(normalise_name(cluster.name).split(), merged)
        if target is None:
            target = _clipped_from(cluster.name, clusters)
        if target is None:
            target = _institution_of(cluster.name, clusters)
        if target is not None and target is not cluster:
            target.mentions.extend(cluster.mentions)
        else:
            merged.append(cluster)
    for cluster in merged:
        counts = Counter(plain_spaces(m.text) for m in cluster.mentions)
        cluster.name = max(counts, key=lambda t: (not ACRONYM.match(t.replace(".", "")), len(t.split()), counts[t]))
    return merged
