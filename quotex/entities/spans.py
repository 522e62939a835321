"""Where an organisation's, a person's or an address's name starts and ends in the text: the
model's span repaired (cut short, run on, two bodies in one, a headline's verb taken into a
name, an address without its number), and the one word after a name that joins it ("the
Houthi movement")."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotex.entities.records import ACRONYM, ORG, PERSON, Mention
from quotex.first_names import SURNAMES_WRITTEN_FIRST, first_name_gender, is_first_name, person_gender
from quotex.gazetteer import lookup_place
from quotex.lexicon import (
    CUE_LEMMAS,
    GOVERNMENT_NAME_WORDS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    MODAL_NAMES,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    ROLE_TITLES,
    SAYING_LEMMAS,
    STREET_WORDS,
)
from quotex.roles import PERSON_TITLE_WORDS
from quotex.verb_forms import cue_lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token


# the words before a possessive inside one name: "People's", "Workers'", "King's"
_GENITIVE_NAME_WORDS = frozenset(
    "people peoples workers women men children citizens veterans farmers nations king queen prince saint st".split()
)


# the first word of a street's name in languages that put it first: "Rue de Rivoli"
_STREET_FIRST_WORDS = frozenset("quai rue avenue boulevard via calle avenida piazza plaza strada".split())


def address_at(doc: Doc, ent: Span) -> Mention | None:
    """ "at 36 Quai des Orfèvres", "221 Baker Street": a house number, then a name that is a
    street's (its first word "Quai", "Rue", …, or a street word after it), is an address, a
    place, whatever the model made of the name."""
    if ent.start == 0 or ent.label_ not in (PERSON, ORG, "GPE", "FAC"):
        return None
    number = doc[ent.start - 1]
    if not (number.text.isdigit() and len(number.text) <= 4) or number.ent_type_ == "DATE":
        return None  # not a year: "in 2016 Wall Street …"
    end = ent.end
    if ent[0].lower_ not in _STREET_FIRST_WORDS:
        if end < len(doc) and doc[end].lower_ in STREET_WORDS and doc[end].text[:1].isupper():
            end += 1  # "221 Baker" + "Street"
        elif ent[-1].lower_ not in STREET_WORDS:
            return None
    address = doc[number.i : end]
    return Mention(address.start_char, address.end_char, address.text, "FAC")


def with_its_movement(doc: Doc, mention: Mention) -> Mention:
    """ "the Houthi movement", "the Tea Party movement": a movement's name takes the word
    (the name alone is its followers': "Houthi rebels"); not a person's ("the Sanders
    movement" is Sanders's supporters, and Sanders stays himself)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].lower_ != "movement":
        return mention
    if any(ent.label_ == PERSON and ent[-1].text == span[-1].text for ent in doc.ents):
        return mention
    return _run_on_to(doc, span, mention, span.end + 1)


def with_its_first_names(doc: Doc, mention: Mention) -> Mention:
    """ "Debbie Wasserman Schultz" tagged from "Wasserman", "Sławoj Leszek Głódź" from "Leszek":
    a capitalised word the parser made part of a person's name (a compound of its last word)
    right before the tagged name is the name's first word when it is a first name, or written
    with letters English words do not have. A headline's or a description's capitalised words
    before a name are neither ("Endorses Ted Cruz", "Crooked Hillary", "Pollster Ann Selzer"),
    nor is a title ("Archbishop", "Coach") or anything the model named itself ("Monday")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    start = span.start
    while start > 0:
        word = doc[start - 1]
        if not (
            word.dep_ == "compound"
            and word.head.i == span[-1].i
            and word.pos_ == "PROPN"
            and word.is_title
            and word.is_alpha
            and word.ent_iob_ == "O"
            and word.lower_ not in PERSON_TITLE_WORDS
            and word.lower_ not in HONORIFICS
            and word.lower_ not in ROLE_TITLES
            and (is_first_name(word.text) or not word.text.isascii())
            and word.text != span[-1].text
        ):
            break
        start -= 1
    if start == span.start:
        return mention
    first = doc[start]
    return Mention(
        first.idx, mention.end, doc.text[first.idx : mention.start] + mention.text, mention.label, mention.gender
    )


def unclosed_bracket(tokens: Sequence[Token]) -> int | None:
    """Where in `tokens` a bracket opens (after the first word) that nothing after it closes:
    the model ran an organisation's name into another name for it, "The World Health
    Organization (WHO"."""
    opened = next((i for i, token in enumerate(tokens) if i > 0 and token.text == "("), None)
    if opened is None or any(token.text == ")" for token in tokens[opened:]):
        return None
    return opened


_SPEECH_VERB_LEMMAS = CUE_LEMMAS | SAYING_LEMMAS


def headline_verb(span: Span) -> Token | None:
    """The verb a headline's title case hides in a name ("Clinton Slams Trump", "Trump
    Tweets", "Hillary Clinton Defends"): an inflected verb of saying after the first word. A
    base form ("Post", "Call") may be a word of the name, and a first name and a surname
    ("Edward Said") stay a name."""
    for token in span[1:]:
        lemma = cue_lemma(token.text)
        if lemma == token.lower_ or lemma not in _SPEECH_VERB_LEMMAS:
            continue
        before = token.doc[token.i - 1]
        if token.is_title and token.i == span.end - 1 and before.i == span.start and is_first_name(before.text):
            return None
        return token if before.is_alpha else None
    return None


def before_its_headline_verb(doc: Doc, mention: Mention) -> Mention:
    """ "Hillary Clinton Slams Donald Trump", "Donald Trump Tweets": the model ran a person's
    name on over a headline's verb; the name ends before it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    verb = headline_verb(span) if span is not None else None
    if verb is None:
        return mention
    before = doc[verb.i - 1]
    cut = before.idx + len(before.text)
    return Mention(mention.start, cut, mention.text[: cut - mention.start], mention.label, mention.gender)


def with_its_particle_surname(ent: Span) -> Span:
    """ "Erik ten Hag", "Ursula von der Leyen": a surname after a lower-case particle (one or
    two: Dutch, German, French, Portuguese) that the model cut the person's name before or
    after, often taking "ten" for a number or "Leyen" for a place; the particles and the
    capitalised word after them are the name's."""
    from spacy.tokens import Span

    doc = ent.doc
    start = ent.end
    while start > ent.start + 1 and doc[start - 1].text in SURNAME_PARTICLES:
        start -= 1  # "Ursula von der": the model stopped after the particles
    end = start
    while end < len(doc) and end - start < 2 and doc[end].text in SURNAME_PARTICLES:
        end += 1
    if end == start or end >= len(doc) or not doc[end - 1].whitespace_:
        return ent
    surname = doc[end]
    if not (surname.is_title and surname.is_alpha) or surname.ent_type_ in ("ORG",):
        return ent
    return Span(doc, ent.start, end + 1, label=ent.label_)


def opens_with_a_first_name(name: str) -> bool:
    """Whether a name opens with a clear first name: the census lists', or one only the
    world's lists know ("Olaf Scholz", "Elon Musk") that is no place's name ("Washington
    Post"). The world's lists alone never make a name someone's: callers have other evidence."""
    if first_name_gender(name) is not None:
        return True
    return person_gender(name) is not None and lookup_place(name.split()[0]) is None


def with_its_second_given_name(ent: Span) -> Span:
    """ "Yoon Suk Yeol", "Lee Jae Myung", "Nguyen Xuan Phuc": a surname written first and a
    given name of two syllables written as two words, whose last the model left untagged
    ("Yoon Suk" tagged, "Yeol" not)."""
    from spacy.tokens import Span

    doc = ent.doc
    if len(ent) != 2 or ent[0].lower_ not in SURNAMES_WRITTEN_FIRST or ent.end >= len(doc):
        return ent
    syllable = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if not (syllable.ent_iob_ == "O" and syllable.pos_ == "PROPN" and syllable.is_title and syllable.is_alpha):
        return ent
    if not ent[-1].whitespace_ or after is not None and after.pos_ == "PROPN" and after.is_title:
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


# written in lower case between given name and surname: "Erik ten Hag", "Ursula von der Leyen"
SURNAME_PARTICLES = frozenset("van von der den ten ter de da di du del della dos das do zu bin ibn".split())


def without_particles(words: list[str]) -> list[str]:
    """A name's folded words without the particles that open a surname written alone: "Von
    der Leyen" is "leyen", the last word of "Ursula von der Leyen"."""
    first = 0
    while first < len(words) - 1 and words[first] in SURNAME_PARTICLES:
        first += 1
    return words[first:]


def _run_on_to(doc: Doc, span: Span, mention: Mention, end: int) -> Mention:
    """The mention of `span`, run on over the words after it up to token `end`."""
    rest = doc[span.end - 1].whitespace_ + doc[span.end : end].text
    return Mention(mention.start, mention.end + len(rest), mention.text + rest, mention.label, mention.gender)


def bracketed_after_an_organisation(ent: Span) -> bool:
    """ "the Supreme Court of Justice (Oberster Gerichtshof)", "(German: Oberster
    Gerichtshof)": a name alone in brackets right after an organisation's is that
    organisation's name in its own language or short, not a person's, unless it opens with a
    first name."""
    doc = ent.doc
    after = next((token for token in doc[ent.end : ent.end + 2] if not token.is_space), None)
    opening = ent.start - 1
    if opening >= 2 and doc[opening].text == ":" and doc[opening - 1].is_title:
        opening -= 2  # its language named first: "(German: Oberster Gerichtshof)"
    if opening < 1 or after is None or doc[opening].text != "(" or after.text != ")":
        return False  # (a thin space may stand before the bracket: "(Oberster Gerichtshof )")
    return doc[opening - 1].ent_type_ == ORG and first_name_gender(ent.text) is None


def owner_and_owned(ent: Span) -> tuple[Span, Span] | None:
    """ "CU Boulder's Cooperative Institute for Research in Environmental Sciences", "New
    York's Metropolitan Museum of Art": a body's name after another's possessive, when the
    owner is a name of two words or more or an acronym and what it owns is named like an
    institution; not a name with a possessive inside ("King's College London", "People's
    Liberation Army", "McDonald's Corporation")."""
    for token in ent[1:-2]:
        if token.tag_ != "POS":
            continue
        owner = ent.doc[ent.start : token.i]
        owned = ent.doc[token.i + 1 : ent.end]
        owned = ent.doc.char_span(owned.start_char, owned.end_char, label=ent.label_) or owned
        if owner[0].lower_ == "the":
            owner = owner[1:]
        if not len(owner) or not all(word.text[:1].isupper() for word in owner):
            return None
        if len(owner) < 2 and not ACRONYM.match(owner.text) or owner[-1].lower_ in _GENITIVE_NAME_WORDS:
            return None  # "Ethiopian People's Revolutionary Party"
        if len(owned) < 2 or not owned[0].text[:1].isupper():
            return None
        if not any(word.lower_ in _INSTITUTION_HEADS for word in owned):
            return None
        return owner, owned
    return None


def owner_and_person(ent: Span) -> tuple[Span, Span] | None:
    """ "Fox News’ Sean Hannity", "NBC's Lester Holt" taken as one name: a body's possessive
    and then a person's name of two or three words in title case, opening with a clear first
    name (a presenter, a reporter, a chief); not a body's word after it ("Ford's Lincoln
    Motors"). A product named like a person ("Ford's Lincoln Navigator") is taken for one."""
    for token in ent[1:-2]:
        if not (token.tag_ == "POS" or token.text in ("'", "’") and token.whitespace_):
            continue  # "’s", or the apostrophe alone after a name ending in s ("Fox News’ ")
        owner = ent.doc[ent.start : token.i]
        person = ent.doc[token.i + 1 : ent.end]
        if owner[0].lower_ == "the":
            owner = owner[1:]
        if not len(owner) or not all(word.text[:1].isupper() for word in owner):
            return None
        if not 2 <= len(person) <= 3 or not all(word.is_title and word.is_alpha for word in person):
            return None
        if first_name_gender(person.text) is None or any(
            word.lower_ in ORGANISATION_WORDS or word.lower_ in INSTITUTION_WORDS for word in person
        ):
            return None
        return owner, person
    return None


# "… of Allergy" + " and Infectious Diseases (NIAID)": the rest of a long name the model cut
# at a joining word, up to the acronym news gives after it in brackets
_LONG_FORM_REST = re.compile(
    r"\s+(?:and|&|of|for)\s+((?:[A-Z][\w'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|&)){0,6})"
    r"\s*\(([A-Z]{2,8})\)"
)


def with_its_long_form(text: str, mention: Mention) -> Mention:
    """ "the National Institute of Allergy and Infectious Diseases (NIAID)" cut by the model at
    "and": the name runs on to the acronym in brackets after it when the acronym is the
    initials of the whole name (or of its end: "United States National Institute … (NIAID)")."""
    found = _LONG_FORM_REST.match(text, mention.end)
    if found is None:
        return mention
    whole = text[mention.start : found.end(1)]
    initials = "".join(word[0] for word in whole.split() if word[0].isupper())
    if not initials.endswith(found.group(2)):
        return mention
    return Mention(mention.start, found.end(1), whole, mention.label, mention.gender)


def without_run_on(doc: Doc, mention: Mention) -> Mention:
    """ "Associated Press of bank", "RMT union": an organisation's name ends before a
    lower-case word that is no name's (the model ran on into the sentence), and before the
    "of" that leads to it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    run_on = next((token for token in span[1:] if _runs_on(token)), None)
    if run_on is None or _ministry_of(span, run_on):
        return mention
    tokens = list(doc[span.start : run_on.i])
    # and the words left dangling before it: "of", a dash, a number ("Trump 47 percent"), a
    # comma and what follows it ("Politico, Democratic party")
    if any(token.text == "," for token in tokens):
        tokens = tokens[: max(i for i, token in enumerate(tokens) if token.text == ",")]
    while len(tokens) > 1 and (
        tokens[-1].lower_ in NAME_PARTICLES
        or tokens[-1].is_punct
        or tokens[-1].like_num
        or tokens[-1].is_lower
        and tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART")
    ):
        tokens.pop()
    last = tokens[-1]
    cut = last.idx + len(last.text)
    return Mention(mention.start, cut, mention.text[: cut - mention.start], mention.label, mention.gender)


# words joining the parts of a long name: "Center for Astrophysics", "Court of the …"
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"})
# words that make a name an institution's, which may go on with "of"/"at" and a place
_INSTITUTION_HEADS = INSTITUTION_NOUNS | INSTITUTION_WORDS | ORGANISATION_WORDS


# particles of other languages' names, not English words: "et", "de", "y", "und"
_FOREIGN_PARTICLES = NAME_PARTICLES - {"of", "the", "a", "an", "and", "for", "on", "in", "to", "at"}
# a capitalised word after an elided article or preposition: "d’Intervention", "l'Homme"
_ELIDED_NAME_WORD = re.compile(r"^[dlDL]['’][A-ZÀ-Ý][\w-]+$")


# invisible characters a page may glue to a word ("‍Prawo"): a joiner, a zero-width space
_FORMAT_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff"


def with_the_start_of_its_name(doc: Doc, mention: Mention) -> Mention:
    """ "Prawo i Sprawiedliwość", "Cirque du Soleil" tagged from their last word: a
    capitalised word and a joiner of another language ("i", "du", "de", "y" …; not English
    "and", "of", which join two names as often as one, nor "do": "Neither do I") before a
    name begin it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    start = span.start
    while start >= 2 and doc[start - 1].is_lower and doc[start - 1].lower_ in _FOREIGN_PARTICLES - {"do"}:
        word = doc[start - 2].text.lstrip(_FORMAT_CHARACTERS)
        if not (word[:1].isupper() and word.isalpha() and doc[start - 2].ent_type_ in ("", ORG)):
            break
        start -= 2
    if start == span.start:
        return mention
    first = doc[start]
    begin = first.idx + len(first.text) - len(first.text.lstrip(_FORMAT_CHARACTERS))
    return Mention(begin, mention.end, doc.text[begin : mention.end], mention.label, mention.gender)


def with_its_department(doc: Doc, mention: Mention) -> Mention:
    """ "A Department for Work and Pensions spokesman", "the Ministry of Housing, Communities
    and Local Government": a ministry's name tagged from its last words begins with
    "Department", "Ministry" or "Office" and its "for" or "of", across the capitalised words,
    commas and "and" between."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    start = span.start
    while start >= 1 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and" or doc[start - 1].text == ","):
        start -= 1
    while start < span.start and not doc[start].is_title:
        start += 1  # not from a joiner: the name opens with a capitalised word
    if start < 2 or doc[start - 1].lower_ not in ("for", "of") or doc[start - 2].text not in _MINISTRY_WORDS:
        return mention
    opening = doc[start - 2]
    return Mention(opening.idx, mention.end, doc.text[opening.idx : mention.end], mention.label, mention.gender)


_MINISTRY_WORDS = frozenset({"Department", "Ministry", "Office"})


def with_the_first_of_its_pair(doc: Doc, mention: Mention) -> Mention:
    """ "Greater Manchester Fire and Rescue Service", "West Midlands Fire and Rescue", "the
    Health and Safety Executive": a body's name that pairs two words with "and", tagged from
    the second, begins with the first and the capitalised words before it (its place)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "and":
        return mention
    first = doc[span.start - 2]
    if (first.lower_, span[0].lower_) not in PAIRED_NAME_WORDS or not first.is_title or not span[0].is_title:
        return mention
    start = first.i
    while (
        start > 0
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ in ("", "GPE", "LOC", ORG)
    ):
        start -= 1  # "Greater Manchester"
    opening = doc[start]
    return Mention(opening.idx, mention.end, doc.text[opening.idx : mention.end], mention.label, mention.gender)


# two words a body's name joins with "and": "Fire and Rescue Service", "Health and Safety
# Executive", "Food and Drug Administration", "Police and Crime Commissioner"
PAIRED_NAME_WORDS = frozenset(
    {("fire", "rescue"), ("health", "safety"), ("food", "drug"), ("police", "crime"), ("trade", "industry")}
)


def with_the_rest_of_its_name(doc: Doc, mention: Mention) -> Mention:
    """The model cut a long name short: "Harvard" + "–Smithsonian Center for Astrophysics"
    (a dash with no spaces), "the Office of the UN" + " High Commissioner for Human Rights"
    (capitalised words joined by "for"/"of"), "the Supreme Court" + " of the United Kingdom",
    "the University of Colorado" + " at Boulder" (an institution's place, which stays a
    place mentioned too). Not a title and a name after it ("Microsoft President Brad Smith",
    "White House Chief of Staff"), nor capitalised words without a joiner ("the FBI
    Director"), nor two names joined by a hyphen ("EU-Turkey"); and not when the words run
    on into another name, where the end is unclear."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span.end_char != mention.end:
        return mention
    index, end = span.end, span.end
    dashed = doc[index].text in ("–", "-") and not doc[index - 1].whitespace_ and not doc[index].whitespace_
    if dashed:
        index += 1
    joined = False  # a capitalised word after "of", "for" or "at" joined the run
    joiner = False
    # "of Rail, Maritime and Transport Workers": a list of what a body is of or for runs to
    # its "and"; before_list is where the name ends if the list never reaches one
    of_what = any(word.lower_ in ("of", "for") for word in span)
    before_list: int | None = None
    # "Brigade de Recherche" + " et d’Intervention": a name in French, Spanish, Italian …
    # (a particle of its language already inside it) runs on over that language's joiners
    foreign = any(word.is_lower and word.lower_ in _FOREIGN_PARTICLES for word in span)
    while index < len(doc):
        token = doc[index]
        if (
            token.ent_type_ == ORG
            and token.ent_iob_ == "B"
            and before_list is not None
            and doc[index - 1].lower_ == "and"
        ):
            index += 1  # the list's last item, which the model took for a name of its own
            while index < len(doc) and doc[index].ent_iob_ == "I":
                index += 1
            end, joined, before_list = index, True, None
            break
        if token.ent_type_:
            place = token.ent_type_ in ("GPE", "LOC") and token.ent_iob_ == "B"
            institution = any(word.lower_ in _INSTITUTION_HEADS for word in doc[span.start : index])
            if place and institution and doc[index - 1].lower_ in ("of", "at", "the"):
                index += 1
                while index < len(doc) and doc[index].ent_iob_ == "I":
                    index += 1
                end, joined = index, True
            elif index == end and end > span.end:
                return mention  # the name runs on into another entity: where it ends is unclear
            break
        if index == span.end and token.lower_ in PERSON_TITLE_WORDS:
            break  # "White House Chief of Staff": a title of someone there
        if (
            token.is_alpha
            and token.text[:1].isupper()
            and token.pos_ in ("PROPN", "NOUN", "ADJ")
            and not token.is_sent_start
        ) or (foreign and joiner and _ELIDED_NAME_WORD.match(token.text)):
            index += 1
            end = index
            joined = joined or joiner
        elif foreign and token.is_lower and token.lower_ in _FOREIGN_PARTICLES:
            joiner = True
            index += 1
        elif token.is_lower and (token.lower_ in _NAME_JOINERS or (token.lower_ == "at" and index == span.end)):
            joiner = joiner or token.lower_ in ("of", "for", "at")
            if token.lower_ == "and" and before_list is not None:
                joined = True  # the list reached its "and"
            index += 1
        elif (
            token.text == ","
            and (of_what or joiner)
            and index == end
            and index + 1 < len(doc)
            and doc[index + 1].is_alpha
            and doc[index + 1].text[:1].isupper()
        ):
            before_list = end if before_list is None else before_list
            index += 1
        else:
            break
    if before_list is not None and not (end > before_list and doc[before_list:end].text.count(" and ")):
        end = before_list  # a comma, not a list: "the Department of State, Lee said"
    if end == span.end or not (dashed or joined):
        return mention
    if dashed and not any(word.lower_ in _INSTITUTION_HEADS for word in doc[span.end : end]):
        return mention  # "EU-Turkey", "PKK-YPG": two names, not one
    if end < len(doc) and doc[end].ent_type_ == PERSON:
        return mention  # a title before a name
    return _run_on_to(doc, span, mention, end)


def _ministry_of(span: Span, last: Token) -> bool:
    """ "Foreign ministry", "Interior ministry", "Defence department": a government's body
    written in lower case after the word for its portfolio ends the name, not runs on from
    it (cut there, the name would be "Foreign")."""
    return last.i == span.end - 1 and last.i == span.start + 1 and last.lower_ in GOVERNMENT_NAME_WORDS


def _runs_on(token: Token) -> bool:
    """A lower-case content word inside an organisation's name ("Associated Press of bank
    robberies", "RMT union"), not a function word of the name ("Committee for a Responsible
    Federal Budget", "Brigade de Recherche") nor the end of a hyphenated word ("Man-kei")."""
    before = token.doc[token.i - 1]
    hyphenated = before.text in ("-", "‐") and not before.whitespace_
    return (
        token.is_lower
        and token.is_alpha
        and token.pos_ not in ("DET", "ADP", "CCONJ", "PART", "X")
        and token.lower_ not in NAME_PARTICLES
        and not hyphenated
    )


def says_he_or_she(subject: Token, own: range) -> bool:
    """Whether `subject` (its name the tokens in `own`) is the subject of a verb of saying
    whose reported clause has "he" or "she" for its subject ("Trump said he would …") or
    whose object is "his" or "her" something ("Guardiola praised his side's character"), or
    the next sentence's verb of saying does ("Vasquez told the council …. “…,” he said."), or
    the next sentence opens with "he" or "she" as its subject ("Musk wrote on X: “…” He
    later deleted the post."), with
    no person named in that sentence or the one before, whom the pronoun could mean instead
    ("Ann Lee resigned. Acme said she would …"): a body would say "it"."""
    doc = subject.doc
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in CUE_LEMMAS or _inside_quote(subject):
        return False  # in someone's words, "he" may be anyone: "“Mine told me that she …”"
    verb = subject.head
    pronoun = next(
        (
            child
            for clause in verb.children
            if clause.dep_ == "ccomp" and clause.i > verb.i
            for child in clause.children
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _SUBJECT_PRONOUNS
        ),
        None,
    )
    if pronoun is None:
        # "Pep Guardiola praised his side's character": what the verb is about is "his"
        pronoun = next(
            (
                token
                for thing in verb.children
                if thing.dep_ == "dobj"
                for token in thing.subtree
                if token.dep_ == "poss" and token.lower_ in _POSSESSIVE_PRONOUNS
            ),
            None,
        )
    sentence = subject.sent
    if pronoun is None and sentence.end < len(doc):
        # "Vasquez told the council …. “…,” he said.": the next sentence's own verb of saying
        following = doc[sentence.end].sent
        root = following.root
        if root.lemma_.lower() in CUE_LEMMAS:
            pronoun = next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS), None)
        elif (
            following[0].lower_ in _SUBJECT_PRONOUNS
            and following[0].dep_ == "nsubj"
            and following[0].head == root
            and not _another_name(doc[doc[sentence.start - 1].sent.start if sentence.start else 0 : sentence.end], own)
        ):
            # "Musk wrote on X: “…” He later deleted the post.": the next sentence opens with
            # "he" or "she" as its subject, whatever it did, with no other name before it that
            # the model may have missed as a person's ("Hamdy …, her friend said. EgyptAir
            # confirmed the news. She had been visiting …")
            pronoun = following[0]
    if pronoun is None:
        return False
    before = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return not any(token.ent_type_ == PERSON for token in doc[before : pronoun.i] if token.i not in own)


def _another_name(span: Span, own: range) -> bool:
    """Whether the span holds a capitalised proper noun of more than one letter outside
    `own` that is no date, time or place ("X", "Friday" and "Paris" are no one)."""
    return any(
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and len(token) > 1
        and token.i not in own
        and token.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP")
        for token in span
    )


_SUBJECT_PRONOUNS = ("he", "she")
_POSSESSIVE_PRONOUNS = ("his", "her")


def _inside_quote(token: Token) -> bool:
    """Whether a quote opened earlier in the paragraph is still open at `token`."""
    text = token.doc.text
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx]
    straight = before.count('"') + before.replace("''", "\0").count("\0") + before.count("``")
    return before.count("“") > before.count("”") or straight % 2 == 1


def name_taken_for_a_modal(token: Token) -> bool:
    """ "May said the talks went well", "Will described him as …": a name that is also a
    modal verb (Theresa May, George Will), capitalised, which the parser made the auxiliary
    of a verb in the past or with -s (no modal takes one, "may said"), is that verb's subject."""
    verb = token.head
    return (
        token.dep_ == "aux"
        and token.text in MODAL_NAMES
        and token.i < verb.i
        and verb.tag_ in ("VBD", "VBN", "VBZ")
        and not any(other.dep_ in ("nsubj", "nsubjpass") for other in verb.children)
    )
