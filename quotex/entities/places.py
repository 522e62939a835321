"""Places: one entry per gazetteer place; regions by name."""

from __future__ import annotations

from collections import Counter

from quotex.entities.records import ORG, PERSON, Cluster, TypedName, most_common_text, normalise_name
from quotex.gazetteer import us_state


def merge_places(typed: list[TypedName]) -> list[Cluster]:
    """One entry per place: "U.S." and "United States" are one country."""
    places: dict[str, Cluster] = {}
    american = _mostly_american(typed)
    for name in typed:
        label, mentions, place = name.label, name.mentions, name.place
        if label in (PERSON, ORG):
            continue
        if american and place is not None and place.kind == "country":
            place = us_state(place.name) or place  # Georgia among Iowa and Ohio is the state
        key = f"{place.kind}:{place.name}:{place.country_code}" if place else _compass_key(mentions[0].text)
        if key in places:
            places[key].mentions.extend(mentions)
            continue
        entry_name = place.name if place else most_common_text(mentions)
        places[key] = Cluster("", label, list(mentions), name=entry_name, place=place)
    return list(places.values())


def _compass_key(text: str) -> str:
    """ "Eastern Mediterranean" and "East Mediterranean" are one region."""
    words = normalise_name(text).split()
    if words and words[0] in ("eastern", "western", "northern", "southern"):
        words[0] = words[0].removesuffix("ern")
    return " ".join(words)


def _mostly_american(typed: list[TypedName]) -> bool:
    """Whether most places the article names in the gazetteer are in the United States."""
    codes = Counter(name.place.country_code == "US" for name in typed if name.place for _ in name.mentions)
    return codes[True] > codes[False]
