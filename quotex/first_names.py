"""The gender a person's first name gives, where it gives one clearly.

After "Ann Lee, the mayor, spoke first. Then Tom Ward spoke.", a reader takes "she said" for
Ann Lee's although the article never says so: the first name tells. A title ("Ms. Lee") is
better evidence and wins. A clear first name wins over the genders speaker resolution learns
from the pronouns near a name, which misread often enough (on PolNeAR train, with
the learnt gender first, "she" went to Frank Fiorina and "he" to Deborah Reynolds); those
still decide for names that give no gender.

The first-name frequencies are those of the US Census (1990) that the `names` package ships,
each name's share of the men and of the women counted. A name counts for one gender when it
is at least ten times as common among them ("Ann", "Tom"); names common to both ("Jean",
"Kelly", "Chris") and names that open with a Chinese, Vietnamese or Korean surname ("Li
Wei", "Moon Jae-in") give none. For someone already known to be a person, a first name the
census lists lack ("Priya", "Niamh", "Oleksandr") takes its gender from the world's lists
(`person_gender`); those never decide whether a name is a person's.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import os

from quotex.keys import without_accents
from quotex.table_cache import cache_path, read_table, write_table

# how many times more common among one gender a first name must be to tell it
CLEAR_RATIO = 10.0
# the least evidence for a name of the world lists: people counted, and lists naming them
WORLD_MIN_COUNT = 100
WORLD_MIN_SOURCES = 5


# Chinese, Vietnamese and Korean surnames, which those names put first ("Li Wei", "Ma
# Ying-jeou", "Tran Van Thanh", "Moon Jae-in"): the census lists count some of them as
# American women's first names, but a name that opens with one tells no gender
SURNAMES_WRITTEN_FIRST = frozenset(
    """li wang zhang liu chen yang zhao huang zhou wu xu sun zhu gao lin guo ma luo xie song
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
    ding ren shen yao zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu
    hou yin xue yan duan lei tao mao hao gu gong shao wan qian nguyen tran pham hoang huynh vo
    dang bui ngo duong kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon
    hwang ahn yoo hong jeon ko moon baek nam roh""".split()
)


def first_name_gender(full_name: str) -> str | None:
    """ "m", "f" or None for a person's full name: "Ann Lee" -> "f"; None for a lone name
    (which may be a surname), an initial ("J. Smith") or an unclear or unknown first name."""
    words = full_name.split()
    if len(words) < 2:
        return None
    first = _folded(words[0])
    if len(first) < 2 or first.endswith(".") or first in SURNAMES_WRITTEN_FIRST:
        return None
    male, female = _first_name_shares().get(first, (0.0, 0.0))
    if male > 0 and male >= CLEAR_RATIO * female:
        return "m"
    if female > 0 and female >= CLEAR_RATIO * male:
        return "f"
    return None


def person_gender(full_name: str) -> str | None:
    """ "m", "f" or None for the full name of someone already known to be a person: the census
    lists' answer (`first_name_gender`), else, for a first name they lack ("Priya Raman",
    "Niamh Byrne", "Oleksandr Kovalenko"), the world's lists'. Those lists count "Washington",
    "Goldman" and "Tell" as first names too, so they never decide alone whether a name is a
    person's (only beside evidence a person gives: ``entities.spans.opens_with_a_first_name``)."""
    gender = first_name_gender(full_name)
    words = full_name.split()
    if gender is not None or len(words) < 2:
        return gender
    first = _folded(words[0])
    if first in _first_name_shares() or first in SURNAMES_WRITTEN_FIRST:
        return None  # a name the census counts for both ("Jean"), or a surname written first
    return _world_first_name_genders().get(first)


def is_first_name(word: str) -> bool:
    """Whether the census lists count a word as a first name of either gender ("Ann", "Jean")."""
    return _folded(word) in _first_name_shares()


def _folded(word: str) -> str:
    """A word in lower case without its accents, as the census lists spell names ("José",
    "Seán", "Renée", "Zoë": jose, sean, renee, zoe)."""
    return without_accents(word.lower())


@functools.cache
def _first_name_shares() -> dict[str, tuple[float, float]]:
    """Each first name's share (percent) of the men and of the women in the census lists."""
    try:
        import names  # the package's data files; its random-name functions are not used
    except ImportError:  # an install without it: first names give no gender, as before
        return {}
    shares: dict[str, tuple[float, float]] = {}
    for key, column in (("first:male", 0), ("first:female", 1)):
        with open(names.FILES[key], encoding="ascii") as lines:
            for line in lines:
                fields = line.split()  # "MARY  2.629  2.629  1": name, share, cumulative, rank
                if len(fields) < 2:
                    continue
                pair = list(shares.get(fields[0].lower(), (0.0, 0.0)))
                pair[column] = float(fields[1])
                shares[fields[0].lower()] = (pair[0], pair[1])
    return shares


@functools.cache
def _world_first_name_genders() -> dict[str, str]:
    """ "m" or "f" for first names of the world that one gender holds at least `CLEAR_RATIO`
    times as often as the other, from the name-gender counts the `nomquamgender` package
    gathers from 31 national and international lists (read as data: the package's own
    functions import pandas), built once and kept in the user's cache."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}  # an install without it: those names give no gender, as before
    data = os.path.join(next(iter(spec.submodule_search_locations)), "name_data.json")
    path = cache_path("first-names", __file__, importlib.metadata.version("nomquamgender"))
    table = read_table(path)
    if isinstance(table, dict):
        return table
    try:
        with open(data, encoding="utf-8") as source:
            counts = json.load(source)  # name: [lists naming it, people counted, share of women, …]
    except (OSError, ValueError):
        return {}
    clear = CLEAR_RATIO / (CLEAR_RATIO + 1)
    table = {}
    for name, (sources, counted, female, *_) in counts.items():
        if counted < WORLD_MIN_COUNT or sources < WORLD_MIN_SOURCES:
            continue
        if female >= clear:
            table[name] = "f"
        elif 1 - female >= clear:
            table[name] = "m"
    write_table(path, table)
    return table
