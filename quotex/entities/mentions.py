"""Mentions: the model's entities trimmed to the name, split where a title or a place runs into
a name, and set aside when they name no person, place or organisation. Where an
organisation's or an address's name starts and ends is ``spans``'s."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy

from quotex.entities.records import ORG, PERSON, Mention, lemma, normalise_name, previous_word
from quotex.entities.spans import (
    address_at,
    before_its_headline_verb,
    bracketed_after_an_organisation,
    owner_and_owned,
    owner_and_person,
    unclosed_bracket,
    with_its_department,
    with_its_first_names,
    with_its_long_form,
    with_its_movement,
    with_its_particle_surname,
    with_its_second_given_name,
    with_the_first_of_its_pair,
    with_the_rest_of_its_name,
    with_the_start_of_its_name,
    without_run_on,
)
from quotex.first_names import first_name_gender, is_first_name, person_gender
from quotex.gazetteer import lookup_place, named_as_itself
from quotex.lexicon import (
    CELESTIAL_BODIES,
    CUE_LEMMAS,
    DISEASE_NAMES,
    DISEASE_NOUNS,
    EVENT_WORDS,
    FACILITY_WORDS,
    GENDERED_NOUNS,
    GENUS_ENDINGS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    LANDFORM_WORDS,
    LANGUAGE_NOUNS,
    LAW_AND_DOCUMENT_WORDS,
    LOCATIVE_PREPOSITIONS,
    NAME_PARTICLES,
    NAMED_THING_NOUNS,
    NATIONALITY_NOUNS,
    NEWS_OUTLETS,
    NEWSPAPER_NAME_WORDS,
    ORGANISATION_NAME_ENDINGS,
    ORGANISATION_WORDS,
    PERSON_NOUN_LEMMAS,
    PLACE_BODY_NOUNS,
    PLATFORMS,
    POSSESSIVE_DETERMINERS,
    ROLE_TITLES,
    SETTLEMENT_NOUNS,
    SOVEREIGN_TITLES,
    STANCE_PREFIXES,
    STREET_WORDS,
    TERRITORY_VERBS,
    THING_ENTITY_LABELS,
    TIME_ZONES,
    WEEKDAYS,
)
from quotex.roles import PERSON_ROLE_WORDS, PERSON_TITLE_WORDS, ROLE_FINDERS, age_after, is_role_head, title_before
from quotex.text.hygiene import SkippedRange, is_skipped
from quotex.text.transcripts import SpeakerLabel
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUOTE_CHARS = set('“”‘’"«»„')
# not a possessive or a contraction: "Trump’s 1995", "Networks Didn’t Cut"
_APOSTROPHE_IN_A_WORD = re.compile(r"(?<=[^\W\d_])’(?!(?:s|t|d|ll|re|ve|m)\b)(?=[^\W\d_])")


# lower-case words the model takes into a name's span that are not part of it
LEADING_WORD_POS = {"DET", "ADJ", "ADV", "SCONJ", "PRON"}


def clean_mention(ent: Span, text: str) -> Mention | None:
    """Trim an entity span to the name itself; None when what is left is not a name."""
    tokens = list(ent)
    gender = None
    previous = ent.doc[ent.start - 1] if ent.start > 0 else None
    if previous is not None:
        gender = _title_gender(previous)
    while tokens and (
        tokens[0].text in ("''", "``", "'")  # a typewriter quote mark opening a quote: "''America, …''"
        or tokens[0].lower_ in ("the", "a", "an")
        or (tokens[0].lower_ in POSSESSIVE_DETERMINERS and len(tokens) > 1)
        # "another Justice Department", "last Democratic Party", "where Republican Party"
        or (_stray_leading_word(tokens) and len(tokens) > 1)
        or (ent.label_ == PERSON and (_is_title(tokens[0].lower_) or _title_before_a_full_name(tokens)))
        or _description_opening_sentence(tokens, ent)
        # "Said Ann Lee: “…”": the inverted speech verb the model took into the name
        or (ent.label_ == PERSON and tokens[0].pos_ == "VERB" and len(tokens) > 1)
    ):
        gender = _title_gender(tokens[0]) or gender
        tokens.pop(0)
    if ent.label_ == PERSON:
        # "Hillary Clinton Slams Donald Trump", "Travis Kalanick of Uber": a headline's or a
        # byline's words the model ran into the name end it
        end = next((i for i, token in enumerate(tokens) if i > 0 and _ends_a_name(token)), len(tokens))
        tokens = tokens[:end]
        # "Ann Lee de facto ran", "Donald Trump-led": lower-case words the model ran on with
        # are not the name's (but "Ban Ki-moon", "Kim Jong-un": a syllable of a given name)
        # (not to one word opening a sentence, and not a particle the name was cut after:
        # "En el siglo XXI" is Spanish, "Bashar al" a name cut short, below)
        kept = len(tokens) if tokens and tokens[-1].text not in NAME_PARTICLES else 0
        while kept > 1 and _run_on_lower_case(tokens[kept - 1]) and any(not t.text.islower() for t in tokens[:kept]):
            kept -= 1
        if kept > 1 or (kept == 1 and not tokens[0].is_sent_start):
            tokens = tokens[:kept]
        # "the United Kingdom's Queen Elizabeth II": whose they are is no part of a name
        owner = max((i for i, token in enumerate(tokens[:-1]) if token.tag_ == "POS"), default=-1)
        tokens = tokens[owner + 1 :]
        while len(tokens) > 1 and _is_title(tokens[0].lower_):
            gender = _title_gender(tokens[0]) or gender
            tokens.pop(0)
    opened = unclosed_bracket(tokens) if ent.label_ != PERSON else None
    if opened is not None:
        # "The World Health Organization (WHO": a bracket the span opens but does not close
        # holds another name for it (read as such by the acronym rules), not part of this one;
        # in a person's name it is an editor's ("George (W. Bush)")
        tokens = tokens[:opened]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # the doc's text comes in as an argument: Doc.text rebuilds it on every access
    text = text[start:end]
    for suffix in ("’s", "'s"):  # possessive glued to the last token ("Russia’s" kept whole)
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text, end = text[: -len(suffix)], end - len(suffix)
    if text.endswith(("’", "'")):
        text, end = text[:-1], end - 1
    if ent.label_ == PERSON:
        text, start, end = _name_part(text, start, end)
        if sum(ch.isalpha() for ch in text) < 2:
            return None  # a letter left over ("[W]e")
        if len(text.split()) > 1 and text.split()[-1] in NAME_PARTICLES:
            return None  # "Bashar al": a name cut before its end
    # "pro-Israel", "post-Nevada": a stance or a time, not a mention; a person's name in any
    # case ("Pro-Clinton" super PAC), other names only in lower case ("Anti-Defamation League"
    # is a name)
    if (text.lower() if ent.label_ == PERSON else text).startswith(STANCE_PREFIXES):
        return None
    if "://" in text or "www." in text or ".co/" in text:
        return None  # a link
    if text.upper() in FORMAT_LABELS:
        return None  # "Q&A: The scientist who counts penguins": what the piece is, no one's name
    # a quote mark in it ends the name, but not a typographic apostrophe inside a word
    # ("Martin O’Malley", "Dinesh D’Souza": were never people)
    if "\n" in text or _QUOTE_CHARS & set(_APOSTROPHE_IN_A_WORD.sub("", text)) or not any(ch.isupper() for ch in text):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    # "Neighbour Priya Mistry" as an organisation: a person described, then named
    label = PERSON if _description_opening_sentence(list(ent), ent) else ent.label_
    return Mention(start, end, text, label, gender)


# the names of a piece's format that open a headline, which the model tags as organisations
FORMAT_LABELS = frozenset({"Q&A", "Q & A", "FAQ", "AMA", "TL;DR", "EXPLAINER"})


def _street_named(doc: Doc, ent: Span, mention: Mention) -> bool:
    """ "residents of Mill Lane", "a house on Orchard Road": a name ending in a word for a
    street, after a word that places it, with no first name to make it a person's (Nathan
    Lane stays himself)."""
    words = mention.text.split()
    return (
        len(words) > 1
        and words[-1].lower() in STREET_WORDS
        and not is_first_name(words[0])
        and previous_word(doc, ent) in LOCATIVE_PREPOSITIONS | {"of", "on", "along", "off"}
    )


def _a_newspaper_by_its_masthead(doc: Doc, ent: Span, mention: Mention) -> bool:
    """ "The Herald", "the Gazette", "the Chronicle": "the" and one word of a newspaper's
    name is the newspaper (no person is called "the Herald")."""
    the = ent[0].lower_ == "the" or previous_word(doc, ent) == "the"
    return the and " " not in mention.text and mention.text.lower() in NEWSPAPER_NAME_WORDS


def _written_for(doc: Doc, ent: Span) -> bool:
    """ "an essay for Vogue", "a column for the Telegraph", "an op-ed for Politico": what a
    piece of writing is "for" is the outlet that ran it."""
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    return start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lemma_.lower() in _PIECES_OF_WRITING


def _written_in(doc: Doc, ent: Span) -> bool:
    """ "wrote in Vogue", "writes in The Atlantic": where someone's words were printed, when
    the model took it for a place (a person "written in" is a vote: "wrote in Ron Paul")."""
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    return start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].lemma_.lower() == "write"


# pieces an outlet runs, written "for" it
_PIECES_OF_WRITING = frozenset("essay article column op-ed piece editorial commentary feature".split())


def _a_seat_represented(doc: Doc, ent: Span) -> bool:
    """ "the MP for Leeds North", "Member for Wentworth", "senator for Victoria": what an
    elected member is "for" is the seat they represent, a place."""
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 2].lower_ in _MEMBER_WORDS


# elected members named for their seat ("MP for …"); not "a spokesman for Ann Lee"
_MEMBER_WORDS = frozenset("mp mps member members msp mla mpp td senator senators councillor councillors".split())


def _run_on_lower_case(token: Token) -> bool:
    """A lower-case word after a name: set off by a space ("de facto"), or after a hyphen one
    that makes the name an adjective ("Trump-led", "Netflix-free")."""
    if not token.text.islower():
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    glued = before is not None and before.text == "-" and not before.whitespace_
    return not glued or token.text in _COMPOUNDING_WORDS


# words a hyphen joins to a name to make an adjective: "Trump-led", "Kremlin-backed"
_COMPOUNDING_WORDS = frozenset(
    """led backed based style free like era type linked related owned run funded friendly
    made allied aligned appointed controlled supported inspired born""".split()
)


def _is_title(word: str) -> bool:
    """A lower-case word that is a title or an honorific, never part of a name ("mrs", "sen.")."""
    return word in HONORIFICS or word in ROLE_TITLES


def _title_before_a_full_name(tokens: Sequence[Token]) -> bool:
    """ "Dean Alan Ward": a title that is also a first name ("Dean Smith") is the title before
    a first name and a surname."""
    return (
        len(tokens) >= 3
        and tokens[0].lower_ in FIRST_NAME_TITLES
        and tokens[1].is_title
        and is_first_name(tokens[1].text)
    )


# titles that are first names too
FIRST_NAME_TITLES = frozenset({"dean"})


def _title_gender(token: Token) -> str | None:
    """The gender a title before a name gives: an honorific ("Mrs"), or a capitalised title
    only one gender holds ("Congressman Meadows", "Queen Elizabeth")."""
    if token.lower_ in HONORIFICS:
        return HONORIFICS[token.lower_]
    return GENDERED_NOUNS.get(token.lower_) if token.is_title else None


def _ends_a_name(token: Token) -> bool:
    """A word no person's name goes on past: a finite verb, a conjunction, "of", a colon, a
    dash set off by spaces (not the hyphen of "Holtz-Eakin")."""
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return (
        token.tag_ in ("VBZ", "VBD", "VBP", "MD")
        or token.lower_ in ("and", "or", "of", "on", "to", "for")
        or token.text in (":", ";", "|")  # "Joseph P. Kahn: http:…", a caption's credit
        or (is_dash(token.text) and spaced)
    )


def _description_opening_sentence(tokens: list[Token], ent: Span) -> bool:
    """ "Neighbour Priya Mistry, 52, said …", "Witness Tom Hart told …": news opens a
    sentence with what someone is, written before the name like a title, and the model takes
    the capitalised word into the name. A word for a kind of person, then a name of two
    words or more; never mid-sentence, where it would be lower case. Under another label
    than a person's, only before a clear first name or with an age after the name ("Patient
    Safety Network" is a body)."""
    first = tokens[0]
    return (
        bool(first.is_sent_start)
        and first.is_title
        and first.lower_ in PERSON_NOUN_LEMMAS
        and len(tokens) >= 3
        and all(token.text[:1].isupper() for token in tokens[1:3])
        and (
            ent.label_ == PERSON
            or first_name_gender(tokens[1].text) is not None
            or (tokens[-1].i == ent.end - 1 and _age_follows(ent.doc, ent))
        )
    )


def _stray_leading_word(tokens: list[Token]) -> bool:
    """A lower-case word opening the span that is no part of the name: "another", "last",
    "where" (but not "pro" in "pro-Clinton", nor "4th" in "4th Circuit")."""
    first = tokens[0]
    return (
        first.is_alpha
        and first.is_lower
        and first.pos_ in LEADING_WORD_POS
        and not (len(tokens) > 1 and tokens[1].text in ("-", "–"))
    )


def _overlaps(labels: Sequence[SpeakerLabel], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the labels (in text order, none overlapping)."""
    index = bisect.bisect_right(labels, start, key=lambda label: label.end)
    return index < len(labels) and labels[index].start < end


def _surnames_of_two_words(doc: Doc) -> set[tuple[str, ...]]:
    """The last two words of the names of three words or more the model tagged as people
    ("López Obrador" of "Andrés Manuel López Obrador", "bin Salman")."""
    return {
        tuple(ent.text.lower().split()[-2:]) for ent in doc.ents if ent.label_ == PERSON and len(ent.text.split()) >= 3
    }


def _with_arabic_family_names(doc: Doc) -> list[Span]:
    """The model's names, with a family name that opens with an Arabic article or kin word
    joined to the person's name right before it, which the model often tags as a second
    person ("Sheikh Mohammed bin Abdulrahman" and "Al Thani")."""
    from spacy.tokens import Span

    ents: list[Span] = []
    for ent in doc.ents:
        previous = ents[-1] if ents else None
        if (
            previous is not None
            and previous.label_ == ent.label_ == PERSON
            and previous.end == ent.start
            and "\n" not in doc[previous.end - 1].whitespace_
            and ent[0].text.split("-")[0].lower() in _ARABIC_FAMILY_NAME_OPENINGS
        ):
            ents[-1] = Span(doc, previous.start, ent.end, label=PERSON)
            continue
        ents.append(ent)
    return ents


_ARABIC_FAMILY_NAME_OPENINGS = frozenset("al el bin ibn abu".split())
# a word in title case that ends in two capitals or more: a firm's or a product's name
_BRAND_WITH_AN_ACRONYM = re.compile(r"[A-Z][a-z]+[A-Z]{2,}")


def _with_parties_named_by_their_members(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Liberal Democrats", "the Sweden Democrats", "the Christian Democrats": "the", a
    capitalised word and the party's members in the plural name a party, though the model
    tags the members alone as a group (and the word before as a place); not "Senate
    Democrats", "House Republicans" (members of a chamber, with no "the"). So does a capital
    "The" mid-sentence before the members: "a spokesperson for The Greens"."""
    from spacy.tokens import Span

    kept: list[Span] = []
    for ent in ents:
        start = ent.start
        members = ent.label_ == "NORP" and len(ent) == 1 and ent.text.lower() in PARTY_MEMBER_PLURALS
        if not members or start < 2:
            kept.append(ent)
            continue
        word = doc[start - 1]
        if (
            doc[start - 2].lower_ == "the"
            and word.is_alpha
            and word.text[0].isupper()
            and word.lower_ not in INSTITUTION_NOUNS
        ):
            if kept and kept[-1].end > start - 1:
                kept.pop()  # "Sweden" of "the Sweden Democrats": the party's word, no place here
            kept.append(Span(doc, start - 1, ent.end, label=ORG))
        elif word.text == "The" and doc[start - 2].is_alpha:  # mid-sentence: not "“The Democrats will …"
            kept.append(Span(doc, start, ent.end, label=ORG))  # "spokesperson for The Greens"
        else:
            kept.append(ent)
    return kept


# the members of a party, by which some parties are named: "the Liberal Democrats"
PARTY_MEMBER_PLURALS = frozenset("democrats republicans liberals conservatives socialists greens nationalists".split())


def _people_words(doc: Doc) -> set[str]:
    """The words of the names the model tagged as people's, in lower case."""
    return {word for ent in doc.ents if ent.label_ == PERSON for word in ent.text.lower().split()}


def _person_before_its_verb(ent: Span, people_words: set[str]) -> Span | None:
    """ "Trump told The Associated Press", "Trump assured Jones": a span the model took for a
    work's title that runs from a person's name on into the verb the name is the subject of
    (the name a person's the model tagged elsewhere): the name, a person's."""
    verb = next((t.head for t in ent if t.dep_ == "nsubj" and ent.start <= t.head.i < ent.end), None)
    if verb is None or verb.pos_ != "VERB":
        return None
    name = ent.doc[ent.start : verb.i]
    if not name.text.strip() or not all(word in people_words for word in name.text.lower().split()):
        return None
    return ent.doc.char_span(name.start_char, name.end_char, label=PERSON)


def _speaker_with_an_untagged_given_name(ent: Span) -> Span | None:
    """ "Erling Haaland, who scored twice, said": a surname the model took for a place or a
    body it does not know, after a clear first name it left untagged, speaking: a person's
    full name (not "Jordan Valley", "Georgia Power": a place's name first)."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or lookup_place(ent.text) is not None:
        return None
    given, surname = doc[ent.start - 1], ent[0]
    if not (
        given.ent_iob_ == "O"
        and given.pos_ == "PROPN"
        and given.is_title
        and given.dep_ == "compound"
        and given.head.i == surname.i
        and lookup_place(given.text) is None
    ):
        return None
    if surname.dep_ != "nsubj" or surname.head.lemma_.lower() not in CUE_LEMMAS:
        return None
    if person_gender(f"{given.text} {surname.text}") is None:
        return None
    return doc.char_span(given.idx, ent.end_char, label=PERSON)


def gather_mentions(
    doc: Doc, text: str, skipped: list[SkippedRange], wanted: set[str], speaker_labels: Sequence[SpeakerLabel]
) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    # "TAPPER: Do you think …": a transcript's speaker label names a person, whatever the
    # model made of a name in capitals (often an organisation)
    named = [label for label in speaker_labels if label.names_someone]
    for turn in named:
        groups.setdefault(normalise_name(turn.text), []).append(
            Mention(turn.start, turn.end, turn.text, PERSON, turn.gender)
        )
    run_on_to = 0  # where the last organisation's name that ran on past its entity ends
    country_to = 0  # where the last country named in two names ends
    surname_to = 0  # where the last person's name run on over a particle ends
    surnames_of_two = _surnames_of_two_words(doc)
    people_words = _people_words(doc)
    for ent in _with_parties_named_by_their_members(doc, _with_arabic_family_names(doc)):
        if ent.label_ in THING_ENTITY_LABELS and tuple(ent.text.lower().split()) in surnames_of_two:
            # "“It is false,” López Obrador told reporters": a work of art to the small model
            ent = doc.char_span(ent.start_char, ent.end_char, label=PERSON) or ent
        elif ent.label_ in THING_ENTITY_LABELS:
            listed = _places_listed(ent)
            if listed is not None:  # "missiles struck Kharkiv and Odesa": a work of art to the model
                if not is_skipped(ent.start_char, ent.end_char, skipped):
                    for one in listed:
                        groups.setdefault(normalise_name(one.text), []).append(one)
                continue
            ent = _person_before_its_verb(ent, people_words) or ent
        elif ent.label_ in ("GPE", "LOC", ORG):
            ent = _speaker_with_an_untagged_given_name(ent) or ent
        if ent.label_ not in wanted and ent.label_ not in ("NORP",):
            continue  # NORP is read so that a mislabelled demonym can be voted back
        if ent.label_ == ORG and ent.start_char < run_on_to or ent.start_char < country_to:
            continue  # "… of Rail, Maritime and Transport Workers": a word of the name before
        if ent.start_char < surname_to:
            continue  # "Leyen" of "Ursula von der Leyen"
        if ent.label_ == PERSON:
            ent = with_its_second_given_name(with_its_particle_surname(ent))
            surname_to = ent.end_char
        if _overlaps(named, ent.start_char, ent.end_char):
            continue
        if is_skipped(ent.start_char, ent.end_char, skipped):
            continue
        country = _one_country_of_two_names(doc, ent) or _one_body_of_two_places(doc, ent)
        if country is not None:  # "Trinidad and Tobago", "Avon and Somerset Police": two names to the model
            groups.setdefault(normalise_name(country.text), []).append(country)
            country_to = country.end
            continue
        if _names_a_day(doc, ent):
            continue
        if _in_a_stock_symbol(text, ent):
            continue  # "Boeing (NYSE: BA)": where its shares trade, and their symbol
        if ent.label_ != ORG and _inside_a_long_form(doc, ent):
            continue  # "ISIS (Islamic State of Iraq and Syria)": Iraq is a word of the name here
        if ent.text == "State" and previous_word(doc, ent) == "of":
            continue  # "Secretary of State Hillary Clinton": a title, not an organisation
        if ent.label_ == ORG and _title_of_an_office(ent):
            # "the Archbishop of Gdańsk", "the Speaker of the House": a person's title, and a
            # place when it is of one ("the Premier of Queensland")
            place = _place_of_an_office(doc, ent)
            if place is not None:
                groups.setdefault(normalise_name(place.text), []).append(place)
            continue
        if ent.label_ == ORG and _portfolio_of_a_title(doc, ent):
            continue  # "the county's Police and Crime Commissioner Stephen Mold"
        owned = owner_and_owned(ent) if ent.label_ == ORG else None
        person = owner_and_person(ent) if owned is None and ent.label_ in (ORG, PERSON) else None
        if person is not None:
            # "Fox News’ Sean Hannity": the body and its presenter, not one organisation
            owned = person[0], doc.char_span(person[1].start_char, person[1].end_char, label=PERSON) or person[1]
        if owned is not None:
            owner, ent = owned  # "CU Boulder's Cooperative Institute for Research …": two bodies
            before = clean_mention(owner, text)
            if before is not None:
                before.label = "GPE" if lookup_place(before.text) is not None else ORG
                groups.setdefault(normalise_name(before.text), []).append(before)
        split = split_title_from_name(ent)
        if split is not None:
            prefix, ent = split  # "Presidential Spokesperson Harry Roque" as one organisation
            if prefix is not None:
                before = clean_mention(prefix, text)
                if before is not None:
                    groups.setdefault(normalise_name(before.text), []).append(before)
        mention = clean_mention(ent, text)
        address = address_at(doc, ent) if mention is not None else None
        if address is not None:
            mention = address  # "36 Quai des Orfèvres", "221 Baker Street": a place
        elif mention is not None and mention.label == ORG:
            mention = with_its_long_form(text, without_run_on(doc, mention))
            mention = with_the_rest_of_its_name(doc, with_the_start_of_its_name(doc, mention))
            mention = with_its_department(doc, with_the_first_of_its_pair(doc, mention))
            mention = with_its_movement(doc, mention)
            run_on_to = max(run_on_to, mention.end)
        elif mention is not None and mention.label == PERSON:
            mention = with_its_first_names(doc, before_its_headline_verb(doc, mention))
        if mention is not None:
            mention = _without_score(mention)  # "Tottenham 3-0", whatever the model took it for
            mention = _before_a_colon(mention)  # "De Blasio: Trust Bratton …", a headline's label
            mention = _state_of_a_party_mark(mention)  # "Sen. Ann Lee, D-Mass.": Massachusetts
        if mention is not None:
            mention = _a_club(doc, ent, mention) or mention  # "FC Barcelona", "Inter Miami"
        if mention is not None and mention.label != PERSON:
            places = _two_places(mention)
            if places is not None:  # "Crete and Cyprus"
                for place in places:
                    groups.setdefault(normalise_name(place.text), []).append(place)
                continue
        if mention is not None and mention.label == ORG:
            bodies = _bodies_joined_by_slashes(mention) or _bodies_joined_by_and(doc, mention)
            if bodies is not None:  # "a New York Times/CBS News poll"
                for part in bodies:
                    if not not_a_named_thing(part.text, ORG):
                        groups.setdefault(normalise_name(part.text), []).append(part)
                continue
        if mention is None or not_a_named_thing(mention.text, mention.label):
            continue
        if mention.label == PERSON and _names_a_thing(doc, ent):
            continue  # "the Kepler space telescope": named after someone, not someone
        if _names_a_language(doc, ent):
            continue  # "the Swahili phrase pamoja tulinde maisha"
        if _names_a_disease(doc, ent):
            continue  # "Bird flu has killed millions of hens", "Lyme disease"
        if mention.label == PERSON and normalise_name(mention.text).split()[-1] in FACILITY_WORDS:
            mention.label = "FAC"  # "John Radcliffe Hospital": a building named after someone
        if mention.label == PERSON and _street_named(doc, ent, mention):
            mention.label = "FAC"  # "residents of Mill Lane": a street, not Mr Lane
        if mention.label == PERSON and previous_word(doc, ent) in LOCATIVE_PREPOSITIONS and lookup_place(mention.text):
            mention.label = "GPE"  # "in Bucha": a place, whatever the model said
        elif mention.label in (PERSON, ORG) and _home_after_an_age(doc, ent) and not _organisation_words(mention.text):
            mention.label = "GPE"  # "Liam Carter, 27, of Hartcliffe": where he lives
        elif mention.label == PERSON and _a_seat_represented(doc, ent):
            mention.label = "GPE"  # "the MP for Leeds North": a constituency, not a person
        elif mention.label == PERSON and (_listed_as_settlement(ent) or _taken_as_territory(ent)):
            mention.label = "GPE"  # "the towns of Beni, Butembo and Katwa", "troops entered Ain Issa"
        elif mention.label == ORG and _called_a_settlement(ent) and not _organisation_words(mention.text):
            mention.label = "GPE"  # "our biggest island Crete"; not "the city of London Corporation"
        if mention.label in (PERSON, "GPE", "LOC") and normalise_name(mention.text) in PLATFORMS | NEWS_OUTLETS:
            mention.label = ORG  # "Twitter", which the small model often takes for a person ("LinkedIn": a place)
        elif mention.label == PERSON and _BRAND_WITH_AN_ACRONYM.fullmatch(mention.text):
            mention.label = ORG  # "OpenAI", "DeepMindAI": no one's name ends in capitals (but "DeSantis" does not)
        elif mention.label == PERSON and _a_newspaper_by_its_masthead(doc, ent, mention):
            mention.label = ORG  # "spoke to The Herald", "told the Gazette"
        elif mention.label == PERSON and _written_for(doc, ent):
            mention.label = ORG  # "in an essay for Vogue": the magazine
        elif mention.label in ("GPE", "LOC") and _written_in(doc, ent) and lookup_place(mention.text) is None:
            mention.label = ORG  # "wrote in Vogue", "writes in The Atlantic"
        elif mention.label == PERSON and bracketed_after_an_organisation(ent):
            mention.label = ORG  # "the Supreme Court of Justice (Oberster Gerichtshof)": its own name
        elif mention.label != PERSON and (_age_follows(doc, ent) or _titled_like_a_person(doc, ent, mention)):
            # "Jones, 45, a welder": only people have an age there; "Former US Ambassador
            # Nikki Haley", "Gáspár Maróth, the government commissioner": a person's title
            mention = _without_titles(mention)
            mention.label = PERSON
        groups.setdefault(normalise_name(mention.text), []).append(mention)
        body = _place_s_body(doc, ent) if mention.label in ("GPE", "LOC") else None
        if body is not None:  # "Northamptonshire police": a body of its own; the place stays
            groups.setdefault(normalise_name(body.text), []).append(body)
    for token in _untagged_well_known_places(doc, people_words):
        if not is_skipped(token.idx, token.idx + len(token.text), skipped):
            mention = Mention(token.idx, token.idx + len(token.text), token.text, "GPE")
            groups.setdefault(normalise_name(token.text), []).append(mention)
    for token in _platforms_and_sovereign_titles(doc):
        # "said via Twitter", "on Facebook": platforms the small model leaves untagged
        if token.ent_iob_ == "O" and token.lower_ in PLATFORMS and token.text[:1].isupper():
            if not is_skipped(token.idx, token.idx + len(token.text), skipped):
                mention = Mention(token.idx, token.idx + len(token.text), token.text, ORG)
                groups.setdefault(normalise_name(token.text), []).append(mention)
        elif token.ent_iob_ == "O" and token.text in SOVEREIGN_TITLES:
            sovereign = _titled_name_after(token)
            if sovereign is not None and not is_skipped(sovereign.start_char, sovereign.end_char, skipped):
                mention = Mention(sovereign.start_char, sovereign.end_char, sovereign.text, PERSON)
                groups.setdefault(normalise_name(sovereign.text), []).append(mention)
        elif token.ent_iob_ == "O" and token.lower_ in HONORIFICS and token.lower_ not in _TITLES_OF_ADDRESS:
            honoured = _honoured_name_after(token)
            if honoured is not None and not is_skipped(honoured.start_char, honoured.end_char, skipped):
                gender = HONORIFICS[token.lower_] or None
                mention = Mention(honoured.start_char, honoured.end_char, honoured.text, PERSON, gender)
                # "Colin Sutherland, Lord Carloway, …": a peer's title in apposition is the same man
                apposed = token.i >= 2 and doc[token.i - 1].text == ","
                peer_of = _person_ending_at(groups, doc[token.i - 2]) if apposed else None
                groups.setdefault(peer_of or normalise_name(honoured.text), []).append(mention)
    _join_names_known_as(doc, groups)
    return groups


def _join_names_known_as(doc: Doc, groups: dict[str, list[Mention]]) -> None:
    """ "Saudi Crown Prince Mohammed bin Salman, known as MBS, said …": a one-word name right
    after a person's name and ", known as" (or "also known as") is another name of theirs, a
    mention of that person, whatever the model took it for (MBS was an organisation)."""
    if "known as" not in doc.text:
        return  # the phrase is rare: no article pays for reading every mention's words
    person_ends = _people_by_where_they_end(groups)
    for key, mentions in list(groups.items()):
        person = next((p for p in (_known_as_after(doc, mention, person_ends) for mention in mentions) if p), None)
        if person is None or person == key:
            continue
        for mention in mentions:  # every use of the other name, "MBS added …" too
            mention.label = PERSON
        groups[person].extend(mentions)
        del groups[key]


def _known_as_after(doc: Doc, mention: Mention, person_ends: dict[int, str]) -> str | None:
    """The name (group key) of the person whose name ends right before ", known as" (or "also
    known as") and this one-word mention."""
    if "known as" not in doc.text[max(0, mention.start - 16) : mention.start]:
        return None
    span = doc.char_span(mention.start, mention.end)
    if span is None or len(span) != 1 or span.start < 4:
        return None
    if doc[span.start - 2].lower_ != "known" or doc[span.start - 1].lower_ != "as":
        return None
    comma = span.start - 4 if doc[span.start - 3].lower_ in ("also", "better") else span.start - 3
    if comma < 1 or doc[comma].text not in (",", "("):
        return None
    return person_ends.get(doc[comma - 1].idx + len(doc[comma - 1].text))


def _title_of_an_office(ent: Span) -> bool:
    """ "the Archbishop of Gdańsk", "the Governor of Texas": a person's title and what it is
    of, which the model takes for an organisation (its holder is a person; a plural,
    "Knights of Columbus", is a body)."""
    words = [token for token in ent if token.pos_ != "DET" and token.lower_ != "the"]
    return len(words) >= 3 and words[0].lower_ in PERSON_TITLE_WORDS and words[1].lower_ == "of"


def _place_of_an_office(doc: Doc, ent: Span) -> Mention | None:
    """ "the Premier of Queensland": the place a title is of, as the gazetteer knows it."""
    start = next(token.i for token in ent if token.lower_ == "of") + 1
    if start < ent.end and doc[start].lower_ == "the":
        start += 1
    if start >= ent.end or lookup_place(doc[start : ent.end].text) is None:
        return None
    span = doc.char_span(doc[start].idx, ent.end_char, label="GPE")
    return clean_mention(span, doc.text) if span is not None else None


# titles that take a portfolio before them: "Work and Pensions Secretary", "Justice Minister"
PORTFOLIO_TITLES = frozenset({"Secretary", "Minister", "Commissioner"})


def _portfolio_of_a_title(doc: Doc, ent: Span) -> bool:
    """ "Police and Crime Commissioner Stephen Mold", "Justice Secretary Humza Yousaf": words
    in title case the model took for an organisation, right before a capitalised title and a
    name, are the title's portfolio. Not an acronym ("EU Commissioner", "UN Secretary
    General" name the body), nor a name ending like a body's ("… Office Secretary")."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in PORTFOLIO_TITLES:
        return False
    if doc[ent.end + 1].ent_type_ != PERSON and doc[ent.end + 1].text not in ("General", "of"):
        return False
    if ent[-1].lower_ in ORGANISATION_NAME_ENDINGS:
        return False  # "… Communications Office Secretary …": the office is named
    return all(not token.text.isupper() for token in ent if token.is_alpha)


# how far a bracket may be from the name inside it, in tokens
_LONG_FORM_REACH = 12


def _inside_a_long_form(doc: Doc, ent: Span) -> bool:
    """ "ISIS (Islamic State of Iraq and Syria)": inside brackets right after an acronym that
    spells the initials of the capitalised words in them, a name is part of the acronym's
    long form, not a mention of its own."""
    opening = next(
        (
            token
            for token in reversed(doc[max(0, ent.start - _LONG_FORM_REACH) : ent.start])
            if token.text in ("(", ")")
        ),
        None,
    )
    if opening is None or opening.text != "(" or opening.i == 0:
        return False
    acronym = doc[opening.i - 1].text
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
        return False
    closing = next(
        (token for token in doc[ent.end : ent.end + _LONG_FORM_REACH] if token.text in ("(", ")")),
        None,
    )
    if closing is None or closing.text != ")":
        return False
    initials = "".join(token.text[0] for token in doc[opening.i + 1 : closing.i] if token.text[:1].isupper())
    return initials.upper() == acronym


def _places_listed(ent: Span) -> list[Mention] | None:
    """ "Kharkiv and Odesa", "Mali, Niger and Chad" tagged as a work of art or an event: a span
    made only of places the gazetteer knows by their own names (a country, a region or a big
    city), joined by commas and "and", is those places."""
    places: list[Mention] = []
    for token in ent:
        if token.text == "," or token.lower_ == "and":
            continue
        if not (token.is_title and _well_known_by_its_own_name(token.text)):
            return None
        places.append(Mention(token.idx, token.idx + len(token.text), token.text, "GPE"))
    return places if len(places) >= 2 else None


def _untagged_well_known_places(doc: Doc, people_words: set[str]) -> list[Token]:
    """ "Kyiv said it would not negotiate", "shelling in Kharkiv": a word the model left
    untagged that the gazetteer knows as a country, a region or a big city, in title case on
    its own (not in a longer name, "Mar-a-Lago", "R-Texas", nor after a title, "Lt. Col.",
    nor after "the", "the Mass"); not a first name, nor the word of a name the model gave a
    person ("Ben Rhodes … Rhodes"). The small model was trained before news respelled such
    cities (it knows "Kiev")."""
    from spacy.attrs import ENT_IOB, POS
    from spacy.symbols import PROPN

    columns = doc.to_array([POS, ENT_IOB])
    untagged_names = numpy.flatnonzero((columns[:, 0] == PROPN) & (columns[:, 1] == _OUTSIDE_ANY_ENTITY))
    found = []
    for index in untagged_names:  # read on the Doc's arrays: most words are no untagged name
        token = doc[int(index)]
        if not token.is_title or len(token) < 4:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if any(
            near is not None and (near.text[:1].isupper() and near.is_alpha or near.text in ("-", "–", "."))
            for near in (before, after)
        ):
            continue
        if before is not None and (before.lower_ == "the" or not before.whitespace_):
            continue
        if token.lower_ in people_words or is_first_name(token.text):
            continue
        if _well_known_by_its_own_name(token.text):
            found.append(token)
    return found


def _well_known_by_its_own_name(word: str) -> bool:
    """A country, a region or a big city the word names by the place's own name (not "Mar",
    Morocco's code, nor "Stalin", Donetsk's old name)."""
    place = named_as_itself(word)
    return place is not None and place.kind in ("city", "country", "region") and place.well_known


# the IOB code of a token outside any entity ("O")
_OUTSIDE_ANY_ENTITY = 2


def _honoured_name_after(title: Token) -> Span | None:
    """ "Dame Vera Lynn's daughter", "Sir David Attenborough said": the name after an
    honorific, one to three capitalised words the small model left untagged (not a title
    after it, "Mr Justice Fordham", whose own rules read it, nor a name that goes on into
    something else's, "Lord Howe Island")."""
    doc = title.doc
    end = title.i + 1
    while end < len(doc) and end - title.i <= 3 and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN":
        word = doc[end]
        if not (word.is_title and word.is_alpha) or _is_title(word.lower_):
            break
        end += 1
    if end == title.i + 1:
        return None
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        return None
    if end - title.i > 2 and doc[end - 1].lower_ in _NOT_A_SURNAME:
        return None  # "Lord Howe Island": a place named after someone (but "Mr Park", "Ms Lane")
    return doc[title.i + 1 : end]


def _people_by_where_they_end(groups: dict[str, list[Mention]]) -> dict[int, str]:
    """The name (group key) of each person's mention, by the character its mention ends at."""
    return {mention.end: key for key, mentions in groups.items() for mention in mentions if mention.label == PERSON}


def _person_ending_at(groups: dict[str, list[Mention]], token: Token) -> str | None:
    """The name (group key) of the person whose mention ends with `token`."""
    return _people_by_where_they_end(groups).get(token.idx + len(token.text))


# last words of places and bodies named after someone
_NOT_A_SURNAME = LANDFORM_WORDS | FACILITY_WORDS | STREET_WORDS | INSTITUTION_WORDS | ORGANISATION_WORDS
# ways of addressing someone that are no part of a name: "Madame Chair", "Miss Piggy"
_TITLES_OF_ADDRESS = frozenset({"miss", "madam", "madame", "mister", "mlle", "mme", "mme."})
# honorifics as written before a name: "Mr", "Dame", "Sir", "Dr."
_WRITTEN_HONORIFICS = frozenset(word.capitalize() for word in HONORIFICS)


def _platforms_and_sovereign_titles(doc: Doc) -> list[Token]:
    """The tokens that are a platform's name in any case, a sovereign's title or an
    honorific, found on the Doc's arrays (reading every token's strings is the slow way round)."""
    from spacy.attrs import LOWER, ORTH

    strings = doc.vocab.strings
    wanted_lower = [strings[word] for word in PLATFORMS]
    wanted_orth = [strings[word] for word in SOVEREIGN_TITLES | _WRITTEN_HONORIFICS]
    columns = doc.to_array([LOWER, ORTH])
    found = numpy.isin(columns[:, 0], wanted_lower) | numpy.isin(columns[:, 1], wanted_orth)
    return [doc[int(index)] for index in numpy.flatnonzero(found)]


def _names_a_thing(doc: Doc, ent: Span) -> bool:
    """ "NASA's James Webb space telescope", "the Kepler mission": a name right before a noun
    for a craft or an instrument is the thing's name, however the model tagged it."""
    after = doc[ent.end : ent.end + 2]
    return bool(after) and (
        after[0].lower_ in NAMED_THING_NOUNS
        or (len(after) == 2 and after[0].pos_ in ("NOUN", "PROPN") and after[1].lower_ in NAMED_THING_NOUNS)
    )


def _titled_name_after(title: Token) -> Span | None:
    """ "Queen Elizabeth II", "Pope Francis", "King Charles III": the name after a
    sovereign's or a pope's title, which the small model often leaves untagged; one or two
    capitalised words, and a regnal number."""
    doc = title.doc
    end = title.i + 1
    while (
        end < len(doc) and end - title.i <= 2 and doc[end].ent_iob_ == "O" and doc[end].is_title and doc[end].is_alpha
    ):
        end += 1
    if end == title.i + 1:
        return None
    if end < len(doc) and doc[end].ent_iob_ == "O" and _REGNAL_NUMBER.match(doc[end].text):
        end += 1
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        return None  # "Queen Mary University": a name that goes on is something else's
    return doc[title.i + 1 : end]


_REGNAL_NUMBER = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")


# a result: "43–5", "2-1", "102-99"; at the end or before more words the model ran on to
# ("Chelsea 2-1" + " at Anfield")
_SCORE = re.compile(r"\s+\d{1,3}\s*[–-]\s*\d{1,3}(?=\s|$)")


def _state_of_a_party_mark(mention: Mention) -> Mention:
    """ "Sen. Ann Lee, D-Mass., said": a US politician's party letter and state, which the
    model may take for one place, name the state (the party letter is no part of it)."""
    found = _PARTY_MARK.match(mention.text)
    if found is None:
        return mention
    place = lookup_place(found.group(1))
    if place is None or place.kind != "state" or place.country_code != "US":
        return mention
    start = mention.start + found.start(1)
    return Mention(start, mention.end, found.group(1), "GPE", mention.gender)


# a party letter and a state: "D-Mass.", "R-Texas", "I-Vt."
_PARTY_MARK = re.compile(r"^[DRI]-\s?([A-Z][A-Za-z. ]*)$")


def _before_a_colon(mention: Mention) -> Mention:
    """ "De Blasio: Trust Bratton on security": a headline's label and the words after its
    colon, which the model ran together; no name holds a colon and a space, and the name is
    the label's."""
    colon = mention.text.find(": ")
    if colon <= 0:
        return mention
    return Mention(mention.start, mention.start + colon, mention.text[:colon], mention.label, mention.gender)


def _without_score(mention: Mention) -> Mention:
    """ "Caboolture 43–5", "Chelsea 2-1 at Anfield": a result the model ran into a team's
    name, and whatever it ran on to after it."""
    found = _SCORE.search(mention.text)
    if found is None or found.start() == 0:
        return mention
    return Mention(
        mention.start, mention.start + found.start(), mention.text[: found.start()], mention.label, mention.gender
    )


def _two_places(mention: Mention) -> tuple[Mention, Mention] | None:
    """ "Crete and Cyprus": two places the model took for one, when the whole is no place the
    gazetteer knows ("Trinidad and Tobago" is one) and one of the two is."""
    parts = mention.text.split(" and ")
    if len(parts) != 2 or lookup_place(mention.text) is not None:
        return None
    first, second = parts
    if not (first[:1].isupper() and second[:1].isupper()) or " " in first.strip() and " " in second.strip():
        return None
    known = [lookup_place(part) for part in parts]
    if not any(place is not None and place.well_known for place in known):
        return None  # "Police and Crime": Police is a town in Poland, but no one's "X and Y"
    second_start = mention.start + len(first) + len(" and ")
    return (
        Mention(mention.start, mention.start + len(first), first, "GPE"),
        Mention(second_start, mention.end, second, "GPE"),
    )


def _bodies_joined_by_slashes(mention: Mention) -> list[Mention] | None:
    """ "New York Times/CBS News", "NBC/WSJ/Marist": the sponsors of a poll, each a body of
    its own, as news writes them with slashes. Not "AC/DC" (parts of two letters) nor a
    part in lower case or with digits ("24/7")."""
    parts = mention.text.split("/")
    if len(parts) < 2 or any(
        len(part) < 3 or not part[:1].isupper() or any(c.isdigit() for c in part) for part in parts
    ):
        return None
    if any(part != part.strip() for part in parts):
        return None  # "either / or": spaced slashes join other things
    bodies, start = [], mention.start
    for part in parts:
        bodies.append(Mention(start, start + len(part), part, ORG))
        start += len(part) + 1
    return bodies


def _bodies_joined_by_and(doc: Doc, mention: Mention) -> list[Mention] | None:
    """ "CVS Health and Mars did not respond": two bodies the model took for one, when the
    model tagged either on its own elsewhere ("… Mars, CVS Health and Orsted"); one body's
    name with an "and" in it ("Marks and Spencer", "Procter and Gamble", "Parks and Recreation
    Department") is named whole, and so is a name the model tagged in pieces here ("National
    Institute of Allergy and Infectious Diseases")."""
    words = mention.text.split(" ")
    if words.count("and") != 1:
        return None
    cut = words.index("and")
    first, second = " ".join(words[:cut]), " ".join(words[cut + 1 :])
    if not first or not second or not first[:1].isupper() or not second[:1].isupper():
        return None
    if words[-1].lower() in ORGANISATION_NAME_ENDINGS and first.split()[-1].lower() not in ORGANISATION_NAME_ENDINGS:
        return None  # "Parks and Recreation Department": one body's name for two things it does
    elsewhere = {
        normalise_name(ent.text) for ent in doc.ents if ent.end_char <= mention.start or ent.start_char >= mention.end
    }
    if normalise_name(first) not in elsewhere and normalise_name(second) not in elsewhere:
        return None
    return [
        Mention(mention.start, mention.start + len(first), first, ORG),
        Mention(mention.end - len(second), mention.end, second, ORG),
    ]


def _listed_as_settlement(ent: Span) -> bool:
    """ "the towns of Beni, Butembo, Mangina and Katwa", "the village of Tell Tamer": names
    the text lists as settlements are places, whatever the model made of an unknown one."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos":
        token = token.head
    if lemma(token) in SETTLEMENT_NOUNS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in SETTLEMENT_NOUNS


def _called_a_settlement(ent: Span) -> bool:
    """ "our biggest island Crete", "the town of Marea": a name the text calls a settlement,
    by a lower-case noun outside it (not "Islamic State", "the departments of State, Energy
    and Labor"), is a place whatever the model made of it."""
    token = ent.root
    if token.dep_ == "appos" or token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head if token.dep_ == "appos" else token.head.head
        return noun.is_lower and lemma(noun) in SETTLEMENT_NOUNS and not ent.start <= noun.i < ent.end
    return False


def _taken_as_territory(ent: Span) -> bool:
    """ "The army entered Tell Tamer and Ain Issa", "shelled Kobani": what troops enter,
    shell, besiege or retake is a place (not "captured", "seized": people are captured too),
    unless its name opens with a first name."""
    token = ent.root
    while token.head.i != token.i and (
        token.dep_ == "conj" or token.head.ent_type_ == token.ent_type_ and abs(token.head.i - token.i) == 1
    ):
        token = token.head  # to the first of a list, through a name the parser split ("Tell" → "Tamer")
    if token.dep_ != "dobj" or lemma(token.head) not in TERRITORY_VERBS:
        return False
    return first_name_gender(ent.text) is None


def _name_part(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The name in a person span the model drew too wide: before a photo credit's slash or
    a handle ("Carlos Barria / Reuters", "Twitter @IanHanchett"), and the longest piece
    between brackets ("[Hillary] Clinton")."""
    cut = min((text.find(mark) for mark in ("/", "@") if mark in text), default=len(text))
    text, end = text[:cut].rstrip(), start + len(text[:cut].rstrip())
    pieces = re.split(r"[\[\]()]", text)
    if len(pieces) > 1:
        longest = max(reversed(pieces), key=lambda piece: len(piece.strip()))  # a tie: the surname
        offset = text.index(longest) + len(longest) - len(longest.lstrip())
        longest = longest.strip()
        text, start, end = longest, start + offset, start + offset + len(longest)
    return text, start, end


def _place_s_body(doc: Doc, ent: Span) -> Mention | None:
    """ "the UK government", "Northamptonshire police", "Riverside County criminal court": a
    place and a lower-case noun for its government, police or court (an adjective between)
    name a body, an organisation, beside the place."""
    end = ent.end
    if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
        end += 1
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in PLACE_BODY_NOUNS:
        return None
    if end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "the UK government bond", "Chicago police officers": a thing of the body's
    body = doc[ent.start : end + 1]
    start = ent.start_char if ent[0].lower_ != "the" else ent[1].idx
    return Mention(start, body.end_char, doc.text[start : body.end_char], ORG)


# words that open a sports club's name before its town's ("FC Barcelona", "Inter Miami")
CLUB_PREFIXES = frozenset(
    """FC AC AFC SC CF SV Inter Real Atletico Atlético Sporting Dynamo Dinamo Olympique
    Borussia Racing Deportivo""".split()
)


def _a_club(doc: Doc, ent: Span, mention: Mention) -> Mention | None:
    """ "FC Barcelona", "Real Madrid", "Inter Miami", "Sporting Lisbon", "Dynamo Kyiv": a
    club's word before a place the gazetteer knows names the club, an organisation, whatever
    the model took it for or left out of the name; so does one after it, "Manchester United",
    "Leicester City", "Bristol Rovers" (not a place of that name, "Mexico City", "Cape Town")."""
    words = mention.text.split()
    if len(words) >= 2 and words[0] in CLUB_PREFIXES and lookup_place(" ".join(words[1:])) is not None:
        return Mention(mention.start, mention.end, mention.text, ORG)
    if _club_after_its_town(words):
        return Mention(mention.start, mention.end, mention.text, ORG)
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None
        and after.text in CLUB_SUFFIXES
        and after.ent_iob_ == "O"
        and after.idx == mention.end + 1
        and _club_after_its_town([*words, after.text])
    ):
        end = after.idx + len(after.text)
        return Mention(mention.start, end, doc.text[mention.start : end], ORG)
    before = doc[ent.start - 1] if ent.start else None
    if (
        before is not None
        and before.text in CLUB_PREFIXES
        and before.whitespace_
        and before.idx + len(before.text) + 1 == mention.start
        and lookup_place(mention.text) is not None
    ):
        return Mention(before.idx, mention.end, doc.text[before.idx : mention.end], ORG)
    return None


def _club_after_its_town(words: list[str]) -> bool:
    if len(words) < 2 or words[-1] not in CLUB_SUFFIXES:
        return False
    return lookup_place(" ".join(words[:-1])) is not None and lookup_place(" ".join(words)) is None


# words after a town that name its football club: "Manchester United", "Ipswich Town"
CLUB_SUFFIXES = frozenset("United City Town Rovers Athletic Wanderers Albion Hotspur Rangers".split())


def _names_a_language(doc: Doc, ent: Span) -> bool:
    """ "the Swahili phrase", "the Urdu word for it": a name before a noun for words is a
    language's, no person, place or organisation."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_lower and lemma(after) in LANGUAGE_NOUNS


def _names_a_disease(doc: Doc, ent: Span) -> bool:
    """ "Bird flu", "Lyme disease", "Marburg virus", "the Delta variant": a name right before
    a word for an illness is the illness's (after a town, a person or a letter), not them."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_lower and lemma(after) in DISEASE_NOUNS


def _in_a_stock_symbol(text: str, ent: Span) -> bool:
    """ "Boeing (NYSE: BA)", "Apple Inc. (NASDAQ:AAPL)": the exchange and the ticker in the
    brackets after a company's name are no organisations of the story."""
    opening = text.rfind("(", max(0, ent.start_char - 12), ent.start_char + 1)
    if opening < 0:
        return False
    closing = text.find(")", ent.end_char, ent.end_char + 14)
    return closing >= 0 and _STOCK_SYMBOL.fullmatch(text, opening, closing + 1) is not None


# "(NYSE: BA)", "(Nasdaq: AAPL)", "(LSE: BP.L)", "(TSX:SHOP)"
_STOCK_SYMBOL = re.compile(r"\(\s*[A-Za-z][A-Za-z ]{1,10}\s*:\s*[A-Z][A-Z0-9.\-]{0,7}\s*\)")


def _names_a_day(doc: Doc, ent: Span) -> bool:
    """ "Super Tuesday": a "place" the gazetteer does not know, right before a weekday, is
    part of the day's name (but "told CNN Tuesday", "in Miami Thursday" and "spoke in Pella
    Tuesday" keep theirs)."""
    return (
        ent.label_ in ("GPE", "LOC")
        and previous_word(doc, ent) not in LOCATIVE_PREPOSITIONS
        and ent.end < len(doc)
        and doc[ent.end].lower_ in WEEKDAYS
        and lookup_place(ent.text) is None
    )


def not_a_named_thing(text: str, label: str) -> str | None:
    """Why a name the model tagged is no person, place or organisation, or None: a law or
    document, an event (by the last of two words or more, not for a person: "Jude Law"), a
    disease, an animal genus, a time zone, a body of the sky, a bare title, a parent called
    "Mum" or "Dad", a word for one person of a nation, a case at law, a social media handle,
    or a headline in title case."""
    words = normalise_name(text).split()
    if not words:
        return "empty"
    whole = " ".join(words)
    if len(words) >= 2 and label != PERSON and words[-1] in LAW_AND_DOCUMENT_WORDS:
        return "law or document"
    if label != PERSON and _document_before_its_subject(words):
        return "law or document"  # "Public Service Vehicle Regulations for Buses", "Bill of Rights"
    if len(words) >= 2 and label != PERSON and words[-1] in EVENT_WORDS:
        return "event"
    if whole in DISEASE_NAMES:
        return "disease"
    if len(words) == 1 and len(whole) > 5 and whole.endswith("xit"):
        return "event"  # "Brexit", "Grexit", "Megxit": a leaving, named as a blend with "exit"
    if len(words) == 1 and any(whole.endswith(ending) and len(whole) >= len(ending) + 3 for ending in GENUS_ENDINGS):
        return "genus"  # "Archaeopteryx", "Caudipteryx": animals, however capitalised
    if whole in TIME_ZONES:
        return "time zone"
    if whole in CELESTIAL_BODIES or whole.removeprefix("the ") in CELESTIAL_BODIES:
        return "body of the sky"
    if whole.removeprefix("the ") in LANDFORM_WORDS and label != PERSON:
        return "landform word"  # "the Law of the Sea": a kind of place, not a place's name
    if all(_is_title(word) for word in words) and lookup_place(text) is None:
        return "title"  # but "Miss." is Mississippi
    if whole in _WORDS_TAKEN_FOR_NAMES:
        return "no name"  # "It's O.K.", a lone "Jr." the model tagged as someone, "AI models"
    if whole in _KIN_CALLED_BY_RELATION:
        return "relative"  # "Mum lived for that school": whom the speaker calls by what they are to them
    if label != PERSON and whole.removeprefix("the ") in NATIONALITY_NOUNS:
        return "nationality"  # "The Spaniard said": one person, by nation (but "Dane Cook")
    if any(word in _VERSUS for word in text.split()[1:-1]):
        return "legal case"  # "Roe v. Wade", "Trump v. Trump": a case named for its parties
    if text.startswith("@"):
        return "handle"  # "@realDonaldTrump": an account, not the name of whoever runs it
    if label != PERSON and _a_headline(text):
        return "headline"  # "Rand Paul Scores Direct Hit On Trump": a title-case line run together
    return None


def _a_headline(text: str) -> bool:
    """Four words or more with a capitalised word that a name writes in lower case inside
    it ("Direct Hit On", "Promises Action On Immigration In", "Does Not Like"): a headline in
    title case, where a body's name keeps "of", "for", "and", "on" small."""
    words = text.split()
    return len(words) >= 4 and any(word in _HEADLINE_SMALL_WORDS for word in words[1:])


# words title case capitalises that a name keeps in lower case ("Bank of England")
_HEADLINE_SMALL_WORDS = frozenset(
    "On Of To In Is Are Was Were A An The For And With Over After Not Does Do Would Will Just As At By From Its".split()
)


# "v." between the parties' names makes a case at law; lower case only: "Ronald V. Dellums"
_VERSUS = frozenset({"v.", "v", "vs.", "vs"})


# words the small model tags as someone's name that name no one
# ("AI models", "the AI boom": artificial intelligence, which the model takes for a body;
# "chief FX strategist", "a VAT rise": a trade's or a tax's initials)
_WORDS_TAKEN_FOR_NAMES = frozenset(
    {"ok", "okay", "jr", "sr", "ai", "fx", "hr", "esg", "ipo", "etf", "vat", "gst", "gdp", "ceo", "cfo"}
)
# what people call a parent or a grandparent, capitalised as a name: "Mum said", "I told Dad"
_KIN_CALLED_BY_RELATION = frozenset(
    "mum mom mummy mommy mam mammy dad daddy nan nana nanna gran granny grandma grandpa grandad granddad".split()
)


# a body as well as a document: "Convention of Scottish Local Authorities"
_BODY_OR_DOCUMENT = frozenset({"convention"})


def _document_before_its_subject(words: list[str]) -> bool:
    """ "… Regulations for Buses", "Conditions of Travel": the name's head, before "of" or
    "for" and what the document is about, is a law's or a document's word."""
    for number, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            head = words[number - 1]
            return head in LAW_AND_DOCUMENT_WORDS and head not in _BODY_OR_DOCUMENT
    return False


def _one_country_of_two_names(doc: Doc, ent: Span) -> Mention | None:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina": two names joined by "and" that
    together are a country's name are that country (the first alone may be a town elsewhere:
    Trinidad, Bolivia)."""
    joined = _joined_by_and(doc, ent)
    if joined is None:
        return None
    place = lookup_place(joined.text)
    if place is None or place.kind != "country":
        return None
    return Mention(joined.start_char, joined.end_char, joined.text, "GPE")


def _joined_by_and(doc: Doc, ent: Span) -> Span | None:
    """The entity and the one the model tagged right after it and "and", as one span
    ("Trinidad and Tobago", "Avon and Somerset Police"), or None."""
    end = ent.end
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end + 1].ent_type_:
        return None
    other_end = end + 1
    while other_end + 1 < len(doc) and doc[other_end + 1].ent_iob_ == "I":
        other_end += 1
    return doc[ent.start : other_end + 1]


def _home_after_an_age(doc: Doc, ent: Span) -> bool:
    """ "Liam Carter, 27, of Hartcliffe, admitted …": a name after someone's age and "of" is
    where they live, as news (court reports above all) gives it, whatever the model took it
    for (a town too small for the gazetteer is often a person to it)."""
    start = ent.start
    if start < 4 or doc[start - 1].lower_ != "of" or doc[start - 2].text != ",":
        return False
    age = doc[start - 3]
    return age.like_num and age.text.isdigit() and 1 <= int(age.text) <= 110 and doc[start - 4].text == ","


def _one_body_of_two_places(doc: Doc, ent: Span) -> Mention | None:
    """ "Avon and Somerset Police", "Devon and Cornwall Police", "Hampshire and Isle of Wight
    Constabulary": a public body two places share, named for both, which the model tags as
    two names (the first often a person). Not a person and a body ("Ann Lee and Leeds City
    Council"), nor two bodies ("Kent Police and Essex Police")."""
    joined = _joined_by_and(doc, ent) if len(ent) <= 3 else None
    if joined is None:
        return None
    if not all(token.is_title for token in ent) or first_name_gender(ent.text) is not None:
        return None
    if ent[-1].lower_ in SHARED_BODY_WORDS:
        return None
    last = joined[-1]
    if not last.is_title:
        return None
    # "Brighton and Hove Taxi Forum": a body of any kind named for two places the gazetteer knows
    of_two_places = (
        lookup_place(ent.text) is not None
        and lookup_place(doc[ent.end + 1].text) is not None
        and last.lower_ in ORGANISATION_NAME_ENDINGS | SHARED_BODY_WORDS | {"forum"}
    )
    if last.lower_ not in SHARED_BODY_WORDS and not of_two_places:
        return None
    return Mention(joined.start_char, joined.end_char, joined.text, ORG)


# the last word of a public body's name that two places can share
SHARED_BODY_WORDS = frozenset("police constabulary council trust authority".split())


def split_title_from_name(ent: Span) -> tuple[Span | None, Span] | None:
    """ "the Presidential Spokesperson Harry Roque", "Scotland Nicola Sturgeon": a span the
    model took for an organisation that ends in a person's name (a clear first name and one
    to three capitalised words) after a title or a place. Returns the place before the name
    (None after a title) and the name, labelled PERSON."""
    from spacy.tokens import Span

    if ent.label_ == PERSON or len(ent) < 3:
        return None
    for first in range(1, len(ent) - 1):
        name = ent[first:]
        if not _capitalised_word(name[0]) or is_dash(name[0].text):
            continue
        words = name.text.split()
        if len(words) > 3 or not all(_capitalised_word(token) or _joins_a_name(token) for token in name):
            continue
        if _organisation_words(name.text):
            continue
        if first_name_gender(name.text) is None and not _HYPHENATED_GIVEN_NAME.match(words[0]):
            continue
        before = ent[first - 1]
        if is_role_head(before) and before.lower_ in PERSON_ROLE_WORDS and first >= 2:
            # a title of two words or more ("Presidential Spokesperson"); one ("King James
            # Bible", "Queen Elizabeth Hospital") may be what the organisation is named after
            prefix = None
        elif first == 1 and len(words) == 2 and before.lower_ in PERSON_TITLE_WORDS - NAMESAKE_TITLES:
            prefix = None  # "Taoiseach Micheál Martin": a title nothing is named after
        elif ent[:first].text in _FOREIGN_ARTICLES:
            return None  # "La France Insoumise": a name in its own language, not Louisiana's France
        elif (
            lookup_place(ent[:first].text) is not None
            or title_before(ent) is not None
            or (before.lower_ in ORGANISATION_NAME_ENDINGS and _after_title_of(ent))
        ):
            # "Scotland Nicola Sturgeon", "(First Minister of) Scotland Nicola Sturgeon",
            # "director of Amnesty International Man-kei Tam": the place or body of the
            # title before it keeps the model's label
            prefix = Span(ent.doc, ent.start, ent.start + first, label=ent.label_)
        else:
            continue
        return prefix, Span(ent.doc, name.start, name.end, label=PERSON)
    return None


# definite articles of other languages that open names ("La France Insoumise", "Le Monde")
_FOREIGN_ARTICLES = frozenset({"La", "Le", "Les", "El", "Los", "Las", "Il", "Lo", "Die", "Der", "Das"})
# one-word titles things are named after with a person's name: "King James Bible", "Queen
# Elizabeth Hospital", "Cardinal Newman College", "General Sherman Tree", "Sir John Soane's
# Museum"
NAMESAKE_TITLES = frozenset(
    """king queen prince princess duke duchess emperor empress pope cardinal saint st lord lady
    sir dame general admiral president bishop archbishop""".split()
)


# "Man-kei", "Jae-in": a given name of two syllables joined by a hyphen, the second in lower
# case (Cantonese and Korean romanisation); no first-name list knows them all
_HYPHENATED_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _joins_a_name(token: Token) -> bool:
    """The hyphen inside "Man-kei", or its lower-case second syllable (not the hyphen of
    "Union-Tribune")."""
    doc = token.doc
    if token.text == "-":
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return not token.whitespace_ and after is not None and after.text.isalpha() and after.text.islower()
    return (
        token.i > 0
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and token.text.isalpha()
        and token.text.islower()
    )


def _after_title_of(ent: Span) -> bool:
    """ "director of Amnesty International …": the name follows a role and "of"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and is_role_head(doc[ent.start - 2])


def _capitalised_word(token: Token) -> bool:
    return token.text[:1].isupper() and all(ch.isalpha() or ch in "-'’" for ch in token.text)


def _titled_like_a_person(doc: Doc, ent: Span, mention: Mention) -> bool:
    """A name of two to four capitalised words that the article gives a person's title
    ("Former US Ambassador Nikki Haley", "Gáspár Maróth, the government commissioner,") is
    a person's, whatever type the model gave it; not a place the gazetteer knows nor an
    institution ("Sarah Lawrence College")."""
    words = mention.text.split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return False
    if _organisation_words(mention.text) or lookup_place(mention.text) is not None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[-1].tag_ == "NNPS" or ent.label_ == "NORP":
        return False  # "Roman Catholics": a people, not a person
    if is_role_head(span[-1]):
        return False  # "Navy Capt.": a title without its name
    first_name = first_name_gender(mention.text) is not None
    for _, finder in ROLE_FINDERS:
        found = finder(span)
        if found is None:
            continue
        head = lemma(found[1]).rstrip(".")  # "officers Antoine Quirin and …"
        # a title ("Former US Ambassador", "commissioner") says person; a word any owner or
        # member may be ("the new owner, OHorizons Global,") only with a first name
        if head in PERSON_TITLE_WORDS or (first_name and head in PERSON_ROLE_WORDS):
            return True
    return False


def _without_titles(mention: Mention) -> Mention:
    """ "Pastor Darrell Scott" as an organisation: the name without the titles before it,
    which ``clean_mention`` leaves on names the model did not call people."""
    words = mention.text.split(" ")
    dropped = 0
    while len(words) - dropped > 1 and _is_title(words[dropped].lower()):
        dropped += 1
    if not dropped:
        return mention
    cut = len(" ".join(words[:dropped])) + 1
    return Mention(mention.start + cut, mention.end, mention.text[cut:], mention.label, mention.gender)


def _organisation_words(text: str) -> bool:
    words = {word.lower().strip(".,") for word in text.split()}
    return bool(words & (INSTITUTION_WORDS | ORGANISATION_WORDS))


def _age_follows(doc: Doc, ent: Span) -> bool:
    """ "Jones, 45, is a welder": news gives a person's age in commas right after the name,
    the way it gives nothing else's; the small model often calls an unfamiliar name a place."""
    age = age_after(doc, ent.end)
    return age is not None and 14 <= age <= 110
