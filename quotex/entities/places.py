"""Places: one entry per gazetteer place; regions by name."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import re
from collections import Counter

from quotex.entities.records import (
    ORG,
    PERSON,
    Cluster,
    Mention,
    TypedName,
    most_common_text,
    normalise_name,
    title_case,
)
from quotex.gazetteer import Place, city_in, lookup_place, spelled_plainly, state_by_postal_code, us_state
from quotex.lexicon import FACILITY_WORDS, STREET_WORDS
from quotex.text.hygiene import SkippedRange, is_skipped

# the last word of a street's or a building's name: such a place is in the article's country
_LOCAL_PLACE_WORDS = STREET_WORDS | FACILITY_WORDS


# a wire dateline's town in capitals opening a paragraph, before its state or country, the
# agency in brackets or the dash: "KYIV, Ukraine (AP) —", "ROME (Reuters) -", "OSLO —"
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=\s?,|\s\(|\s[—–-]\s)")


def add_dateline_place(text: str, groups: dict[str, list[Mention]], skipped: list[SkippedRange]) -> None:
    """A dateline's town the model left untagged ("KYIV, Ukraine (AP) —" is Kyiv), when the
    gazetteer knows it: a place mentioned where the story was filed."""
    taken = {mention.start for mentions in groups.values() for mention in mentions}
    for found in _DATELINE.finditer(text[:_DATELINE_REACH]):
        start, end = found.span(1)
        if start in taken or is_skipped(start, end, skipped) or lookup_place(found.group(1)) is None:
            continue
        groups.setdefault(normalise_name(found.group(1)), []).append(Mention(start, end, found.group(1), "GPE"))


# how far into an article a dateline may come (after a headline and a byline)
_DATELINE_REACH = 2000


def merge_places(typed: list[TypedName], text: str) -> list[Cluster]:
    """One entry per place: "U.S." and "United States" are one country. A place the
    gazetteer does not know gets the country the text puts it in (``_country_given``)."""
    places: dict[str, Cluster] = {}
    american = _mostly_american(typed)
    home = _home_country(typed)
    named = sorted(  # where each known place is named, with its country
        (mention.start, name.place.country_code)
        for name in typed
        if name.place is not None and name.place.country_code and name.label != PERSON
        for mention in name.mentions
    )
    for name in typed:
        label, mentions, place = name.label, name.mentions, name.place
        if label in (PERSON, ORG):
            continue
        if american and place is not None and place.kind == "country":
            place = us_state(place.name) or place  # Georgia among Iowa and Ohio is the state
        given = _country_after(mentions, text) if place is not None and place.kind == "city" else None
        if given is not None and place is not None and place.country_code != given:
            # "Cambridge, Massachusetts": not England's; "Odessa, Texas": not Ukraine's Odesa
            place = city_in(mentions[0].text, given) or city_in(place.name, given) or place
        elif home is not None and place is not None and place.kind == "city" and place.country_code != home:
            place = _at_home(place, home)
        key = f"{place.kind}:{place.name}:{place.country_code}" if place else _compass_key(mentions[0].text)
        if key in places:
            places[key].mentions.extend(mentions)
            continue
        entry_name = _as_written(place.name, mentions) if place else _as_a_name(most_common_text(mentions))
        country = None
        if place is None:
            nearby = home or _named_before(named, mentions[0].start)
            country = _country_inside(mentions[0].text) or _country_given(mentions, text, nearby)
        places[key] = Cluster("", label, list(mentions), name=entry_name, place=place, country_code=country)
    return list(places.values())


def _as_written(name: str, mentions: list[Mention]) -> str:
    """A known place's name as the article spells it when that is the gazetteer's name
    without its accents ("Zurich", "Gdansk" for Zürich, Gdańsk: English news often leaves
    them out); its key is the same either way."""
    written = most_common_text(mentions)
    return written if written != name and spelled_plainly(name) == written else name


def _as_a_name(text: str) -> str:
    """A place's name as a name is written, not in a dateline's capitals ("GAZA CITY": Gaza
    City); an abbreviation stays ("NYC")."""
    return title_case(text) if text.isupper() and (" " in text or len(text) > 4) else text


def _named_before(named: list[tuple[int, str]], start: int) -> str | None:
    """The country of the last known place named before a position ("a jury trial in Paris …
    the police headquarters at 36 Quai des Orfèvres"): a street is in the town named last."""
    before = [code for position, code in named if position < start]
    return before[-1] if before else None


def _country_inside(name: str) -> str | None:
    """ "Brussels Airport", "Washington National Airport": a building's name that opens with
    a well-known place is in that place's country (not a street's: "Grenada Street" is in
    Australia)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in FACILITY_WORDS:
        return None
    for length in range(len(words) - 1, 0, -1):
        place = lookup_place(" ".join(words[:length]))
        if place is not None and place.country_code and place.well_known:
            return place.country_code
    return None


def _country_after(mentions: list[Mention], text: str) -> str | None:
    """The country of the state or country named right after a place ("Cambridge,
    Massachusetts", "Cotton Tree, Australia"), as datelines and first mentions place a town."""
    for mention in mentions:
        after = _REGION_AFTER.match(text, mention.end)
        if after is None:
            continue
        state = us_state(after.group(1).strip()) or state_by_postal_code(after.group(1).strip())
        if state is not None:
            return "US"
        country = lookup_place(after.group(1))
        if country is not None and country.kind in ("country", "state"):
            return country.country_code  # and a state's abbreviation: "Bethlehem, Pa."
    return None


def _country_given(mentions: list[Mention], text: str, home: str | None) -> str | None:
    """ "at Cotton Tree, Australia": a country named right after the place; else, for a
    street, a building or an address ("Grenada Street", "John Radcliffe Hospital", "36 Quai
    des Orfèvres"), the country the article's other places are in (or, where they are in
    several, that of the last place named before it); a county ending in "-shire", Britain.
    A region ("the Middle East") gets none."""
    country = _country_after(mentions, text)
    if country is not None:
        return country
    words = normalise_name(mentions[0].text).split()
    if home is not None and words and (words[-1] in _LOCAL_PLACE_WORDS or words[0].isdigit()):
        return home  # a street, a building, an address ("36 Quai des Orfèvres")
    if len(words) == 1 and words[0].endswith("shire") and len(words[0]) > 7:
        return "GB"  # "Northamptonshire", "Aberdeenshire": the counties of Britain are named so
    return None


# ", Australia" after a place, ending the phrase or set off by another comma ("Cambridge,
# Massachusetts, near Boston"; not a list's next item: "Cairo, Athens and Nicosia", which is
# no state or country anyway)
_REGION_AFTER = re.compile(r"\s?,\s+((?:[A-Z][\w.]*\s?){1,3}?)(?=[.,;:)]|\s+(?!and\b|or\b)[a-z]|\s*$)")


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
    states counting for themselves, and the towns sports sides are named after: "Caloundra
    defeated Wynnum" is Australian sport), when two of them and two thirds or more are."""
    codes = Counter(
        name.place.country_code
        for name in typed
        if name.place is not None and name.place.country_code and name.label != PERSON
    )
    if not codes:
        return None
    code, count = codes.most_common(1)[0]
    return code if count * 3 >= 2 * sum(codes.values()) and count >= 2 else None


def _mostly_american(typed: list[TypedName]) -> bool:
    """Whether most places the article names in the gazetteer are in the United States."""
    codes = Counter(name.place.country_code == "US" for name in typed if name.place for _ in name.mentions)
    return codes[True] > codes[False]
