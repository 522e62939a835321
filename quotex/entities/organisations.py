"""Organisations: acronyms and short forms merged into the one organisation named in full."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

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
from quotex.first_names import first_name_gender, person_gender
from quotex.gazetteer import Place, lookup_place
from quotex.lexicon import (
    DISEASE_NAMES,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    LEGAL_FORMS,
    ORGANISATION_KIND_NOUNS,
    ORGANISATION_WORDS,
    PLACE_BODY_NOUNS,
    ROLE_HEAD_WORDS,
)
from quotex.roles import PERSON_TITLE_WORDS
from quotex.text.hygiene import SkippedRange, is_skipped
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _initials(text: str) -> str:
    return "".join(
        word[0]
        for word in re.split(r"[\s-]+", text)
        if word and word.lower() not in ORG_STOPWORDS and word[0].isupper()
    )


def _the_one(found: list[Cluster]) -> Cluster | None:
    """The organisation a short form means when exactly one fits; none when several do."""
    return found[0] if len(found) == 1 else None


# short names that are not the initials of the long one
# short names news uses for a body, and the body's name (which may follow a country's: "the
# US Federal Reserve" … "the Fed")
ORG_ALIASES = {"GOP": "republican party", "Fed": "federal reserve", "Lib Dems": "liberal democrats"}


def _named_or_after_a_country(key: str, name: str) -> bool:
    """Whether `key` is the body's `name`, alone or after a country's ("us federal reserve")."""
    return key == name or key.endswith(" " + name) and _a_country(key.removesuffix(" " + name).removeprefix("the "))


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
    return _the_one(found)


def _spelled_inside(acronym: str, clusters: list[Cluster]) -> Cluster | None:
    """The one organisation named in full whose initials hold an acronym of three letters or
    more that spells part of them: "CDC" for "Centers for Disease Control and Prevention",
    "RMT" for "National Union of Rail, Maritime and Transport Workers"."""
    found = [
        other
        for other in clusters
        if len(other.name.split()) > 2 and acronym in _initials(other.name) and acronym != _initials(other.name)
    ]
    return _the_one(found)


def is_institution_of(long_key: str, key: str) -> bool:
    """Whether a normalised name is an institution's "of" a one-word key: "college of
    wooster" for "wooster", "university of essex" for "essex"."""
    words = long_key.split()
    return len(words) >= 3 and words[-2:] == ["of", key] and words[0] in INSTITUTION_WORDS | INSTITUTION_NOUNS


# the last word of a company's name that says it holds others, which news drops like a
# legal form ("Halvorsen Group" is "Halvorsen")
GROUP_WORDS = frozenset({"group", "holdings"})


def is_company_first_word(long_key: str, key: str) -> bool:
    """Whether a one-word key opens a company's full name that has its legal form or says it
    is a group: "northpak" of "northpak ltd", "halvorsen" of "halvorsen group"."""
    core, legal, _ = _core_of_a_company(long_key)
    return (legal or core[-1] in GROUP_WORDS) and core[0] == key and len(long_key.split()) > 1


def _institution_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """The one institution "of" a one-word name: "Wooster" for the "College of Wooster"."""
    if " " in name:
        return None
    key = normalise_name(name)
    found = [other for other in clusters if is_institution_of(normalise_name(other.name), key)]
    return _the_one(found)


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
    return _the_one(found)


@functools.lru_cache(maxsize=4096)
def _core_of_a_company(name: str) -> tuple[tuple[str, ...], bool, bool]:
    """A company's name without a country after it, its legal form and its news arm ("Ford
    Motor Company": "ford motor"; "Breitbart News LLC": "breitbart"; "ABC Australia": "abc"),
    whether it had a legal form and whether it had any of these."""
    words = normalise_name(name).removesuffix(".").split()
    core = list(words)
    if len(core) > 1 and _a_country(core[-1]):
        core.pop()  # a national arm: "ABC Australia"
    legal = False
    while len(core) > 1 and core[-1].rstrip(".,") in LEGAL_FORMS:
        core.pop()
        legal = True
    if len(core) > 1 and core[-1] == "news":
        core.pop()
    return tuple(core), legal, len(core) < len(words)


def _a_country(word: str) -> bool:
    place = lookup_place(word)
    return place is not None and place.kind == "country"


def _short_for_a_company(name: str, clusters: list[Cluster]) -> Cluster | None:
    """The one company a short name is short for: "Ford" for "Ford Motor Company" (the first
    words of a name with a legal form), "NBC" for "NBC News" and "ABC News" for "ABC
    Australia" (the same name but for a news arm or a country). Not "Ford" for "the Ford
    Foundation" (no legal form: a body named after someone is its own), "Yale" for "Yale
    Daily News", "Facebook" for "Facebook Ireland Limited" (a country's company of its own),
    nor a name with a legal form of its own ("Ford Motor Co." is not "Ford Motor Credit Co.")."""
    core, legal, _ = _core_of_a_company(name)
    if legal:
        return None
    found = []
    for other in clusters:
        other_core, other_legal, stripped = _core_of_a_company(other.name)
        if not (stripped or other_core[-1] in GROUP_WORDS) or normalise_name(other.name) == normalise_name(name):
            continue
        if other_core == core or (
            (other_legal or other_core[-1] in GROUP_WORDS)
            and other_core[: len(core)] == core
            and not any(_a_country(word) for word in other_core[len(core) :])
        ):
            found.append(other)
    return _the_one(found)


def _a_thing_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """ "the ISIS Caliphate", "CIA Benghazi": an acronym the article names as an organisation
    and one capitalised word after it that names no body of its own (not "UN Council", "NRA
    Foundation", "FBI Director", nor a nation's arm, "NHS England") mention that
    organisation, which keeps its name."""
    words = name.split()
    if len(words) != 2 or not ACRONYM.match(words[0].replace(".", "")) or not words[1].isalpha():
        return None
    if words[1].lower() in _BODY_OR_TITLE_WORDS:
        return None
    place = lookup_place(words[1])
    if place is not None and place.kind in ("country", "country_part"):
        return None  # "NHS England", "BBC Scotland": a nation's arm, a body of its own
    return _the_one([other for other in clusters if other.name == words[0]])


_BODY_OR_TITLE_WORDS = (
    INSTITUTION_NOUNS
    | INSTITUTION_WORDS
    | ORGANISATION_WORDS
    | ORGANISATION_KIND_NOUNS
    | PERSON_TITLE_WORDS
    | {"tour"}  # "the PGA Tour" runs the tour: a body
)


def _another_number_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """ "Defence Force" for "Defence Forces": a name of two words or more that another one
    in the article is, but for the plural of its last word."""
    key = normalise_name(name)
    if " " not in key:
        return None
    return _the_one([other for other in clusters if normalise_name(other.name) in (key + "s", key + "es")])


def _place_s_body_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """ "UK parliament" for "the Parliament of the United Kingdom": a place and a noun for
    its government, parliament, police or court name the body "<noun> of <place>" names."""
    words = normalise_name(name).split()
    if len(words) < 2 or words[-1] not in PLACE_BODY_NOUNS:
        return None
    place = lookup_place(" ".join(words[:-1]))
    if place is None:
        return None
    found = []
    for other in clusters:
        head, of, rest = normalise_name(other.name).partition(" of ")
        if of and head.split()[-1:] == words[-1:] and lookup_place(rest.removeprefix("the ")) == place:
            found.append(other)
    return _the_one(found)


# a short name in brackets right after a long one: "(NIAID)", "(CU Boulder)"; an
# abbreviation's full stop may come between ("HDT Védelmi Ipari Kft. (HDT Limited)")
_BRACKETED_SHORT_NAME = re.compile(r"\.?\s*\(\s*([A-Z][A-Za-z.]{1,9}(?: [A-Z][A-Za-z.]+){0,2})\s*\)")


# a local body's last word, which a story about it uses alone for it: "Riverton Council …
# Council leader Sam Patel"
_LOCAL_BODY_WORDS = frozenset({"council"})


# what a name may be short for among the article's organisations, each rule asked in turn
# with the name and all of them: the first that finds one organisation decides
def _last_word_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """ "the Times" for "The New York Times", "United" for "Manchester United", "the Post"
    for "The Washington Post": a one-word name that ends one name of two words or more in
    the article before it, as news shortens a paper's or a club's name after its town; not a word for a
    kind of body ("Party", "Council"), nor a place ("Madrid" of "Real Madrid"), nor the last
    of a list or an owner's ("Facebook" of "Alphabet and Facebook", "Google" of "Alphabet's
    Google")."""
    key = normalise_name(name).removeprefix("the ")
    if " " in key or not key.isalpha() or lookup_place(key) is not None:
        return None
    if key in _BODY_OR_TITLE_WORDS and key not in _PAPER_NAME_ENDINGS | _LOCAL_BODY_WORDS:
        return None
    own = next((cluster for cluster in clusters if cluster.name == name), None)
    first = min((mention.start for mention in own.mentions), default=0) if own is not None else 0
    return _the_one(
        [
            other
            for other in clusters
            if len(words := normalise_name(other.name).split()) >= 2
            and min(mention.start for mention in other.mentions) < first  # named in full first
            and words[-1] == key
            and not {"and", "&"} & set(words)  # "Alphabet and Facebook": two names, no one's
            and not any(word.endswith(("'s", "’s")) for word in words)  # "Alphabet's Google"
        ]
    )


def _party_of(name: str, clusters: list[Cluster]) -> Cluster | None:
    """ "Labour" for "the Labour Party", "Likud" for "Likud party": a party by its name alone."""
    key = normalise_name(name).removeprefix("the ")
    return _the_one([other for other in clusters if normalise_name(other.name).removeprefix("the ") == f"{key} party"])


# the last words of papers' names, which news uses alone for them: "the Times", "the Post"
_PAPER_NAME_ENDINGS = frozenset("times post".split())

SHORT_NAME_RULES = (
    _clipped_from,
    _institution_of,
    _another_number_of,
    _place_s_body_of,
    _short_for_a_company,
    _last_word_of,
    _party_of,
)


# a name's gloss in its own language after it: "Law and Justice (Polish: Prawo i
# Sprawiedliwość)", and as wiki pages scrape it, "Law and Justice ((pl))Polish language: ‍…"
_NATIVE_NAME_GLOSS = re.compile(
    r"\s*\(?(?:\([a-z]{2,3}\)\))?\s*[A-Z][a-z]+(?: language)?\s*:\s*[\u200b\u200c\u200d\u2060\ufeff]*"
)


def _credit_of_a_dateline(text: str, mention: Mention, after: int) -> bool:
    """ "UNITED NATIONS (AP) —", "BRUSSELS (Reuters) -": a name in capitals that opens a
    paragraph, the agency in brackets and a dash."""
    opens = mention.start == 0 or text[mention.start - 1] == "\n"
    return opens and mention.text.isupper() and is_dash(text[after:].lstrip()[:1])


def merge_acronyms(groups: list[tuple[list[Mention], Place | None]], text: str) -> list[Cluster]:
    """Merge "U.N." into "United Nations", and "ACR" into "Name (ACR)", when both appear; a
    name's gloss in its own language, short forms, plurals and company names into the name."""
    clusters = [Cluster("", ORG, list(mentions), name=most_common_text(mentions)) for mentions, _ in groups]
    long_forms: dict[str, Cluster] = {}
    bracketed: dict[str, Cluster] = {}  # "University of Colorado at Boulder (CU Boulder)"
    glossed: dict[int, Cluster] = {}  # where a name's gloss in its own language starts
    for cluster in clusters:
        for mention in cluster.mentions:
            gloss = _NATIVE_NAME_GLOSS.match(text, mention.end)
            if gloss:
                glossed.setdefault(gloss.end(), cluster)
            after = _BRACKETED_SHORT_NAME.match(text, mention.end)
            if after and _credit_of_a_dateline(text, mention, after.end()):
                continue  # "UNITED NATIONS (AP) —": the agency filing the story, no short name
            if after and " " not in after.group(1):
                long_forms.setdefault(after.group(1).replace(".", ""), cluster)
            elif after:
                bracketed.setdefault(normalise_name(after.group(1)), cluster)
        initials = _initials(cluster.name)
        if len(initials) >= 2 and len(cluster.name.split()) > 1:
            long_forms.setdefault(initials, cluster)
    merged: list[Cluster] = []
    absorbed: dict[int, Cluster] = {}  # id of a cluster merged away -> the one it went into
    unnamed: set[int] = set()  # ids of mentions that do not name their cluster
    for cluster in sorted(clusters, key=lambda c: -len(c.name.split())):
        short = cluster.name.replace(".", "")
        # a short name in brackets after the long one is its short name in any case: "(NATO)",
        # and "(Balpa)", as British papers write an acronym they say as a word
        in_brackets = " " not in short and short in long_forms and long_forms[short] is not cluster
        target = (
            long_forms.get(short)
            if ACRONYM.match(short) or in_brackets
            else bracketed.get(normalise_name(cluster.name))
        )
        if target is None:
            target = next((glossed[m.start] for m in cluster.mentions if m.start in glossed), None)
        if target is None and ACRONYM.match(short) and len(short) >= 3:
            target = _spelled_inside(short, clusters)
        if target is None and short in ORG_ALIASES:  # "GOP" and "Republican Party"
            target = _the_one(
                [c for c in clusters if _named_or_after_a_country(normalise_name(c.name), ORG_ALIASES[short])]
            )
        if target is None and len(cluster.name.split()) >= 2:
            # "General Assembly" after "United Nations General Assembly": the short form
            words = normalise_name(cluster.name).split()
            target = next(
                (other for other in merged if normalise_name(other.name).split()[-len(words) :] == words), None
            )
        if target is None:
            target = _long_form_of(normalise_name(cluster.name).split(), merged)
        if target is None:
            target = next(
                (found for rule in SHORT_NAME_RULES if (found := rule(cluster.name, clusters)) is not None), None
            )
        if target is None:
            target = _a_thing_of(cluster.name, clusters)
            if target is not None:  # a thing of the organisation's: no name for it
                unnamed.update(id(mention) for mention in cluster.mentions)
        while target is not None and id(target) in absorbed:
            target = absorbed[id(target)]  # the long form was itself merged into another
        if target is not None and target is not cluster:
            target.mentions.extend(cluster.mentions)
            absorbed[id(cluster)] = target
        else:
            merged.append(cluster)
    for cluster in merged:
        counts = Counter(plain_spaces(m.text) for m in cluster.mentions if id(m) not in unnamed)
        cluster.name = max(
            counts,
            key=lambda t: (not ACRONYM.match(t.replace(".", "")), len(t.split()), counts[t], not t.isupper()),
        )
    return merged


def add_untagged_bodies(doc: Doc, groups: dict[str, list[Mention]], skipped: list[SkippedRange]) -> None:
    """Organisations the small model left untagged where news says what they are:
    - a noun for a kind of organisation right before a name ("trade union Aslef", "the
      charity Shelter", "the airline Ryanair");
    - a name after a capital "The" mid-sentence that someone told something to, spoke or
      wrote to, or that reported it ("Ford told The Verge", "according to The Hill"): an
      outlet.
    Added to the mentions before they are typed, so the article's other uses of the name are
    the organisation's too."""
    for token in doc:
        name = (
            _named_after_its_kind(token)
            or _named_before_its_kind(token)
            or _outlet_addressed(token)
            or _outlet_reporting(token)
            or _published_in(token)
            or _acronym_after_the(token)
            or _body_before_its_spokesperson(token)
        )
        if name is None or is_skipped(name.start_char, name.end_char, skipped):
            continue
        text = name.text
        groups.setdefault(normalise_name(text), []).append(Mention(name.start_char, name.end_char, text, ORG))


def _untagged_name_from(doc: Doc, start: int) -> Span | None:
    """One to three untagged words in title case or capitals from `start`, a proper noun's,
    ending there (no proper noun after them), that no gazetteer or first-name list calls a
    place or a person's."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN":
        word = doc[end].text
        if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalnum()):
            break
        end += 1
    if end == start or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    if end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_:
        return None  # "ABS-CBN": a name that goes on past a hyphen
    name = doc[start:end]
    if lookup_place(name.text) is not None or first_name_gender(name.text) is not None:
        return None
    return name


def _named_after_its_kind(token: Token) -> Span | None:
    """ "trade union Aslef": a lower-case noun for a kind of organisation, then the name."""
    if not (token.is_lower and token.pos_ in ("NOUN", "PROPN") and token.lemma_ in ORGANISATION_KIND_NOUNS):
        return None
    if token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if (
        token.lemma_ in ("site", "website", "outlet", "blog")
        and after.ent_iob_ == "O"
        and _DOMAIN.fullmatch(after.text)
    ):
        return token.doc[after.i : after.i + 1]  # "the Austrian news site oe24.at": a site goes by its address
    return _untagged_name_from(token.doc, token.i + 1)


def _named_before_its_kind(token: Token) -> Span | None:
    """ "the Unite union", "the GMB union", "the Reform party": "the", a name, then a
    lower-case noun for a union, party or charity (not "the Ford plant", whose noun is a
    place of the company's)."""
    if not (token.is_lower and token.lemma_ in NAME_FIRST_KINDS and token.i >= 2):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O":
        start -= 1
    if start == token.i or start == 0 or doc[start - 1].lower_ != "the":
        return None
    name = _untagged_name_from(doc, start)
    return name if name is not None and name.end == token.i else None


# the kinds of body news names after their name with "the": "the Unite union"
NAME_FIRST_KINDS = frozenset({"union", "party", "charity"})


# a web address that names a site: "oe24.at", "Politico.eu", "bbc.co.uk"
_DOMAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}")


def _body_before_its_spokesperson(token: Token) -> Span | None:
    """ "A Great Western Railway spokesperson said": the untagged name right before a body's
    spokesperson, after "a" or "the", is the body's (not a person's: "a Lee spokesman" would
    be a first-name list's or the model's person)."""
    if not (token.is_lower and token.lower_ in _SPOKESPEOPLE):
        return None
    doc = token.doc
    start = token.i
    while (
        start > 0
        and token.i - start < 4
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 1].lower_ not in ("a", "an", "the")
    ):
        start -= 1  # "Great Western Railway": an adjective in title case is the name's too
    if start == token.i or start == 0 or doc[start - 1].lower_ not in ("a", "an", "the"):
        return None
    name = doc[start : token.i]
    if not any(word.pos_ == "PROPN" for word in name):
        return None
    if lookup_place(name.text) is not None or person_gender(name.text) is not None:
        return None  # "a Tom Ward spokesman": a person's
    return name


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})


def _acronym_after_the(token: Token) -> Span | None:
    """ "an “open race” of the IAAF", "The FEC has deadlocked": a proper noun in capitals
    after "the" that the model left untagged is a body's initials (not a place's, "the
    USA", an illness's, "the AIDS epidemic", an office's or a deal's, "the POTUS", "the
    JCPOA", a word of a longer name, "the USA TODAY network", "the SARS-CoV-2", nor a word of
    a line in capitals, a headline's)."""
    doc = token.doc
    if not (
        token.ent_iob_ == "O"
        and token.pos_ == "PROPN"
        and token.is_upper
        and token.is_alpha
        and 2 <= len(token) <= 6
        and token.i > 0
        and doc[token.i - 1].text in ("the", "The")  # not "THROUGH THE LENS", a heading in capitals
    ):
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.text in ("-", "–") or after.pos_ == "PROPN" and not after.is_lower):
        return None
    if lookup_place(token.text) is not None or token.lower_ in DISEASE_NAMES | NO_BODY_S_INITIALS:
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not any(character.islower() for character in line):
        return None  # "THE REST OF THE WORLD": a headline in capitals
    return doc[token.i : token.i + 1]


# initials written after "the" that name an office, a deal or a measure, not a body
NO_BODY_S_INITIALS = frozenset("potus flotus pm ceo cfo mp vp gdp jcpoa nafta lord".split())


def _outlet_reporting(token: Token) -> Span | None:
    """ "TVN24 reported he received surgery": an untagged name that reports something, no
    person's (a first name or a title would say so), is a news outlet."""
    if token.lemma_.lower() != "report" or token.pos_ != "VERB":
        return None
    subject = next((child for child in token.children if child.dep_ == "nsubj" and child.i < token.i), None)
    if subject is None or subject.ent_iob_ != "O" or not subject.text[:1].isupper() or subject.is_sent_start:
        return None
    start = subject.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].ent_iob_ == "O":
        start -= 1
    name = _untagged_name_from(token.doc, start)
    return name if name is not None and name.end == subject.i + 1 else None


def _published_in(token: Token) -> Span | None:
    """ "a report published Wednesday in Nature Astronomy", "findings published in
    Cornell's arXiv": what a study is published in is a journal or an outlet."""
    if token.lower_ != "in" or token.i + 1 >= len(token.doc):
        return None
    verb = token.head
    if verb.lemma_.lower() != "publish" or verb.i > token.i or token.i - verb.i > 3:
        return None
    start = token.i + 1
    doc = token.doc
    if doc[start].tag_ == "POS" or doc[start].lower_ == "the":
        return None  # "in the journal …" has its kind noun (_named_after_its_kind)
    return _untagged_name_from(doc, start)


def _outlet_addressed(token: Token) -> Span | None:
    """ "told The Verge", "according to The Hill", "in an interview with The Atlantic",
    "reported by The Verge": a capital "The" mid-sentence opens an outlet's name, as it opens
    the name of the body a role is of ("a columnist at The Age", "the editor of The Advocate")."""
    doc = token.doc
    if token.text != "The" or token.is_sent_start or token.i == 0 or token.i + 1 >= len(doc):
        return None
    before = doc[token.i - 1]
    addressed = before.lemma_.lower() == "tell" or (
        before.lower_ in ("to", "with", "by")
        and token.i >= 2
        and (doc[token.i - 2].lower_ == "according" or doc[token.i - 2].lemma_.lower() in _ADDRESSING_LEMMAS)
    )
    # "a columnist at The Age", "the editor of The Advocate": the body a role is of
    role_of = (
        before.lower_ in ("for", "of", "at") and token.i >= 2 and doc[token.i - 2].lemma_.lower() in ROLE_HEAD_WORDS
    )
    addressed = addressed or role_of
    if not addressed:
        return None
    return _untagged_name_from(doc, token.i + 1)  # without "The", as other names go


# what someone speaks to, gives an interview to or is reported by: "spoke to The Verge",
# "an interview with The Atlantic", "reported by The Hill"
_ADDRESSING_LEMMAS = frozenset("speak talk interview write report say explain confirm".split())
