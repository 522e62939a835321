"""Places: one entry per gazetteer place; regions by name."""

from __future__ import annotations

from collections import Counter

from quotex.entities.records import ORG, PERSON, Cluster, TypedName, most_common_text, normalise_name
from quotex.gazetteer import Place, city_in, us_state


def merge_places(typed: list[TypedName]) -> list[Cluster]:
    """One entry per place: "U.S." and "United States" are one country."""
    places: dict[str, Cluster] = {}
    american = _mostly_american(typed)
    home = _home_country(typed)
    for name in typed:
        label, mentions, place = name.label, name.mentions, name.place
        if label in (PERSON, ORG):
            continue
        if american and place is not None and place.kind == "country":
            place = us_state(place.name) or place  # Georgia among Iowa and Ohio is the state
        if home is not None and place is not None and place.kind == "city" and place.country_code != home:
            place = _at_home(place, home)
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


def _at_home(place: Place, home: str) -> Place:
    """ "Cambridge" in a Boston story is Cambridge, Massachusetts: a city of the country the
    article's other places are in, when it has one of that name at least a tenth as big;
    but a world city (Paris, Moscow) stays itself."""
    if place.well_known:
        return place
    local = city_in(place.name, home)
    if local is None or local.population * 10 < place.population:
        return place  # Florence, South Carolina, is not who "Florence" means
    return local


def _home_country(typed: list[TypedName]) -> str | None:
    """The country most of the article's places are in (each place once, countries and
    states counting for themselves), when two of them and two thirds or more are."""
    codes = Counter(
        name.place.country_code
        for name in typed
        if name.place is not None and name.place.country_code and name.label not in (PERSON, ORG)
    )
    if not codes:
        return None
    code, count = codes.most_common(1)[0]
    return code if count * 3 >= 2 * sum(codes.values()) and count >= 2 else None


def _mostly_american(typed: list[TypedName]) -> bool:
    """Whether most places the article names in the gazetteer are in the United States."""
    codes = Counter(name.place.country_code == "US" for name in typed if name.place for _ in name.mentions)
    return codes[True] > codes[False]
