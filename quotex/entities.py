"""People, places and organisations: one entry per real-world thing in an article.

spaCy's NER gives raw mentions; news puts the same thing in many forms (full name, then
surname, title + surname, possessive, a second transliteration) and the small model
mislabels towns it does not know. Mentions are cleaned, grouped across labels, retyped with
a gazetteer and a majority vote, then people are merged by surname and spelling variant.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotex.first_names import first_name_gender
from quotex.gazetteer import Place, is_capital, lookup_place, us_state
from quotex.keys import key_of
from quotex.lexicon import (
    CELESTIAL_BODIES,
    CUE_LEMMAS,
    DISEASE_NAMES,
    EVENT_WORDS,
    FAMILY_NOUNS,
    GENDERED_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    LAW_AND_DOCUMENT_WORDS,
    LOCATIVE_PREPOSITIONS,
    NAME_PARTICLES,
    NEWS_OUTLETS,
    ORGANISATION_WORDS,
    PLATFORMS,
    POSSESSIVE_DETERMINERS,
    PRONOUN_GENDER,
    ROLE_TITLES,
    SETTLEMENT_NOUNS,
    STANCE_PREFIXES,
    TIME_ZONES,
    WEEKDAYS,
)
from quotex.models import Entity
from quotex.models import Span as TextSpan
from quotex.roles import PERSON_ROLE_WORDS, PERSON_TITLE_WORDS, ROLE_FINDERS, is_role_head, roles_at, title_before
from quotex.text.hygiene import SkippedRange, is_skipped
from quotex.text.transcripts import SpeakerLabel
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON, ORG = "PERSON", "ORG"
PLACE_LABELS = ("GPE", "LOC", "FAC")
CORE_LABELS = (PERSON, ORG) + PLACE_LABELS

_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ians|ese|ish)$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_ORG_STOPWORDS = {"of", "the", "and", "for", "on", "in", "&", "to"}
_QUOTE_CHARS = set('“”‘’"«»„')
# lower-case words the model takes into a name's span that are not part of it
LEADING_WORD_POS = {"DET", "ADJ", "ADV", "SCONJ", "PRON"}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    gender: str | None = None  # from an honorific next to the name


@dataclass(slots=True)
class Cluster:
    id: str
    label: str
    mentions: list[Mention]
    name: str = ""
    gender: str | None = None
    place: Place | None = None

    @property
    def kind(self) -> str:
        if self.label == PERSON:
            return "person"
        if self.label == ORG:
            return "organisation"
        return "place" if self.label in PLACE_LABELS else "other"


@dataclass(slots=True)
class EntityIndex:
    clusters: list[Cluster] = field(default_factory=list)
    _by_offset: dict[int, Cluster] = field(default_factory=dict)

    def add(self, cluster: Cluster) -> None:
        self.clusters.append(cluster)
        for mention in cluster.mentions:
            for position in range(mention.start, mention.end):
                self._by_offset[position] = cluster

    def cluster_at(self, start: int, end: int) -> Cluster | None:
        """The entity with a mention overlapping [start, end), preferring a person."""
        found = [self._by_offset[p] for p in range(start, end) if p in self._by_offset]
        if not found:
            return None
        people = [c for c in found if c.label == PERSON]
        return (people or found)[0]

    def people(self) -> list[Cluster]:
        return [c for c in self.clusters if c.label == PERSON]

    def records(self) -> tuple[list[Entity], list[Entity], list[Entity], list[Entity]]:
        people, places, organisations, others = [], [], [], []
        for cluster in self.clusters:
            entity = _to_entity(cluster)
            if cluster.label == PERSON:
                people.append(entity)
            elif cluster.label == ORG:
                organisations.append(entity)
            elif cluster.label in PLACE_LABELS:
                places.append(entity)
            else:
                others.append(entity)
        return people, places, organisations, others


def _to_entity(cluster: Cluster) -> Entity:
    mentions = sorted(cluster.mentions, key=lambda m: m.start)
    place = cluster.place
    return Entity(
        id=cluster.id,
        name=cluster.name,
        key=key_of(cluster.name) or "",
        label=cluster.label,
        count=len(mentions),
        mentions=[TextSpan(m.text, m.start, m.end) for m in mentions],
        country_code=place.country_code if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
    )


def normalise_name(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'")).strip().lower()


def clean_mention(ent: Span, text: str) -> Mention | None:
    """Trim an entity span to the name itself; None when what is left is not a name."""
    tokens = list(ent)
    gender = None
    previous = ent.doc[ent.start - 1] if ent.start > 0 else None
    if previous is not None and previous.lower_ in HONORIFICS:
        gender = HONORIFICS[previous.lower_]
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an")
        or (tokens[0].lower_ in POSSESSIVE_DETERMINERS and len(tokens) > 1)
        # "another Justice Department", "last Democratic Party", "where Republican Party"
        or (_stray_leading_word(tokens) and len(tokens) > 1)
        or (ent.label_ == PERSON and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ in ROLE_TITLES))
        # "Said Ann Lee: “…”": the inverted speech verb the model took into the name
        or (ent.label_ == PERSON and tokens[0].pos_ == "VERB" and len(tokens) > 1)
    ):
        if tokens[0].lower_ in HONORIFICS:
            gender = HONORIFICS[tokens[0].lower_] or gender
        tokens.pop(0)
    if ent.label_ == PERSON:
        # "Hillary Clinton Slams Donald Trump", "Travis Kalanick of Uber": a headline's or a
        # byline's words the model ran into the name end it
        end = next((i for i, token in enumerate(tokens) if i > 0 and _ends_a_name(token)), len(tokens))
        tokens = tokens[:end]
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
    # "pro-Israel", "post-Nevada": a stance or a time, not a mention; a person's name in any
    # case ("Pro-Clinton" super PAC), other names only in lower case ("Anti-Defamation League"
    # is a name)
    if (text.lower() if ent.label_ == PERSON else text).startswith(STANCE_PREFIXES):
        return None
    if "://" in text or "www." in text or ".co/" in text:
        return None  # a link
    if "\n" in text or _QUOTE_CHARS & set(text) or not any(ch.isupper() for ch in text):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    return Mention(start, end, text, ent.label_, gender)


def _ends_a_name(token: Token) -> bool:
    """A word no person's name goes on past: a finite verb, a conjunction, "of", a dash
    set off by spaces (not the hyphen of "Holtz-Eakin")."""
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return (
        token.tag_ in ("VBZ", "VBD", "VBP", "MD")
        or token.lower_ in ("and", "or", "of", "on", "to", "for")
        or (is_dash(token.text) and spaced)
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


@dataclass(slots=True)
class TypedName:
    """The mentions of one name in an article, with the one type it gets there."""

    label: str
    mentions: list[Mention]
    place: Place | None


def find_entities(
    doc: Doc,
    skipped: list[SkippedRange],
    *,
    labels: Iterable[str] = (),
    speaker_labels: Sequence[SpeakerLabel] = (),
) -> EntityIndex:
    """The people, places and organisations of one document (and the ``labels`` types asked
    for). The passes, in order:

    1. mentions: the model's entities trimmed to the name (``clean_mention``), and transcript
       speaker labels as people, grouped by normalised name (``_gather_mentions``);
    2. one type per name, from the gazetteer and the model's majority, repaired where news
       misleads the small model (``_type_names``);
    3. entries: people clustered by surname and spelling (``_cluster_people``), with the lone
       surnames the model left untagged; organisations merged with their acronyms; places
       merged by gazetteer entry (``_merge_places``);
    4. ids in order of first mention (``_numbered``).
    """
    wanted = set(CORE_LABELS) | set(labels)
    text = doc.text  # Doc.text rebuilds the string on every access
    groups = _gather_mentions(doc, text, skipped, wanted, speaker_labels)
    typed = _type_names(doc, groups, wanted)
    clusters = _cluster_people([name.mentions for name in typed if name.label == PERSON], doc)
    _genders_from_roles(doc, clusters)
    _add_untagged_surnames(doc, clusters, skipped)
    clusters += _merge_acronyms([(name.mentions, name.place) for name in typed if name.label == ORG], text)
    clusters += _merge_places(typed)
    return _numbered(clusters)


def _overlaps(labels: Sequence[SpeakerLabel], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the labels (in text order, none overlapping)."""
    index = bisect.bisect_right(labels, start, key=lambda label: label.end)
    return index < len(labels) and labels[index].start < end


def _gather_mentions(
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
    for ent in doc.ents:
        if ent.label_ not in wanted and ent.label_ not in ("NORP",):
            continue  # NORP is read so that a mislabelled demonym can be voted back
        if _overlaps(named, ent.start_char, ent.end_char):
            continue
        if is_skipped(ent.start_char, ent.end_char, skipped):
            continue
        if _names_a_day(doc, ent):
            continue
        if ent.text == "State" and previous_word(doc, ent) == "of":
            continue  # "Secretary of State Hillary Clinton": a title, not an organisation
        split = split_title_from_name(ent)
        if split is not None:
            prefix, ent = split  # "Presidential Spokesperson Harry Roque" as one organisation
            if prefix is not None:
                before = clean_mention(prefix, text)
                if before is not None:
                    groups.setdefault(normalise_name(before.text), []).append(before)
        mention = clean_mention(ent, text)
        if mention is not None and mention.label == ORG:
            mention = _without_run_on(doc, mention)
        if mention is None or not_a_named_thing(mention.text, mention.label):
            continue
        if mention.label == PERSON and previous_word(doc, ent) in LOCATIVE_PREPOSITIONS and lookup_place(mention.text):
            mention.label = "GPE"  # "in Bucha": a place, whatever the model said
        elif mention.label == PERSON and _listed_as_settlement(ent):
            mention.label = "GPE"  # "the towns of Beni, Butembo and Katwa"
        if mention.label == PERSON and normalise_name(mention.text) in PLATFORMS | NEWS_OUTLETS:
            mention.label = ORG  # "Twitter", which the small model often takes for a person
        elif mention.label != PERSON and (_age_follows(doc, ent) or _titled_like_a_person(doc, ent, mention)):
            # "Jones, 45, a welder": only people have an age there; "Former US Ambassador
            # Nikki Haley", "Gáspár Maróth, the government commissioner": a person's title
            mention = _without_titles(mention)
            mention.label = PERSON
        groups.setdefault(normalise_name(mention.text), []).append(mention)
    for token in doc:
        # "said via Twitter", "on Facebook": platforms the small model leaves untagged
        if token.ent_iob_ == "O" and token.lower_ in PLATFORMS and token.text[:1].isupper():
            if not is_skipped(token.idx, token.idx + len(token.text), skipped):
                mention = Mention(token.idx, token.idx + len(token.text), token.text, ORG)
                groups.setdefault(normalise_name(token.text), []).append(mention)
    return groups


def _listed_as_settlement(ent: Span) -> bool:
    """ "the towns of Beni, Butembo, Mangina and Katwa", "the village of Tell Tamer": names
    the text lists as settlements are places, whatever the model made of an unknown one."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos":
        token = token.head
    if _lemma(token) in SETTLEMENT_NOUNS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and _lemma(token.head.head) in SETTLEMENT_NOUNS


def _lemma(token: Token) -> str:
    """The lower-case lemma, or the word itself where nothing lemmatised it."""
    return token.lemma_.lower() or token.lower_


def _type_names(doc: Doc, groups: dict[str, list[Mention]], wanted: set[str]) -> list[TypedName]:
    typed: list[TypedName] = []
    surnames = _person_surnames(groups)
    # and surnames the model tagged as people on their own ("Fiorina said")
    people_surnames = surnames | {
        key for key, mentions in groups.items() if " " not in key and _mostly(mentions, PERSON)
    }
    for key, mentions in groups.items():
        label, place = _decide_label(mentions)
        words = key.split()
        if label == PERSON and words[-1] in INSTITUTION_WORDS:
            label = ORG  # "the Donald J. Trump Foundation", "Sarah Lawrence College", "PAC"
        elif label in (ORG,) + PLACE_LABELS and place is None and _person_by_first_name(mentions, people_surnames):
            label = PERSON  # "Carly Fiorina" tagged as an organisation, in an article about Fiorina
        elif key in surnames and (label == ORG or label in PLACE_LABELS and (place is None or not place.well_known)):
            # "Donald Trump … Trump has indicated", "John Kasich … Kasich won": the small
            # model often takes a lone surname for an organisation or a place; in an
            # article naming the person, it is them, unless it is a well-known place
            label, place = PERSON, None
        elif key in surnames and label in PLACE_LABELS and _speaks(doc, mentions) and not is_capital(place):
            # "Joaquin Phoenix … Phoenix said": a well-known city that speaks, in an article
            # naming someone of that surname, is them (but "Moscow said" is Russia's voice)
            label, place = PERSON, None
        elif key in surnames and label == "NORP":
            # "Mark Cuban … Cuban said": a surname that is also a nationality; its uses as an
            # adjective ("Cuban voters", "Cuban-American") stay the nationality
            mentions = [m for m in mentions if _used_as_noun(doc, m)]
            if not mentions:
                continue
            label = PERSON
        if label not in wanted:
            continue
        for mention in mentions:
            mention.label = label
        typed.append(TypedName(label, mentions, place))
    return typed


def _speaks(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether most mentions are the subject of a verb of saying ("Phoenix said")."""
    speaking = 0
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in CUE_LEMMAS:
            speaking += 1
    return speaking * 2 > len(mentions)


def _merge_places(typed: list[TypedName]) -> list[Cluster]:
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
        entry_name = place.name if place else _most_common_text(mentions)
        places[key] = Cluster("", label, list(mentions), name=entry_name, place=place)
    return list(places.values())


def _compass_key(text: str) -> str:
    """ "Eastern Mediterranean" and "East Mediterranean" are one region."""
    words = normalise_name(text).split()
    if words and words[0] in ("eastern", "western", "northern", "southern"):
        words[0] = words[0].removesuffix("ern")
    return " ".join(words)


def _numbered(clusters: list[Cluster]) -> EntityIndex:
    """Ids follow first appearance: p1 is the first person the article names."""
    index = EntityIndex()
    counters: Counter[str] = Counter()
    for cluster in sorted(clusters, key=lambda c: min(m.start for m in c.mentions)):
        prefix = {"PERSON": "p", "ORG": "o"}.get(cluster.label, "l" if cluster.label in PLACE_LABELS else "e")
        counters[prefix] += 1
        cluster.id = f"{prefix}{counters[prefix]}"
        index.add(cluster)
    return index


def _mostly_american(typed: list[TypedName]) -> bool:
    """Whether most places the article names in the gazetteer are in the United States."""
    codes = Counter(name.place.country_code == "US" for name in typed if name.place for _ in name.mentions)
    return codes[True] > codes[False]


def _used_as_noun(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ in ("amod", "compound") or span.root.tag_ in ("NNS", "NNPS"):
        return False  # "Cuban voters", "Republicans"
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and after.text in ("-", "–"))  # "Cuban-American"


def _person_by_first_name(mentions: list[Mention], surnames: set[str]) -> bool:
    """ "Carly Fiorina" as an organisation in an article that calls Fiorina a person: a
    clear first name and the surname of someone the article names is that person."""
    words = mentions[0].text.split()
    return (
        2 <= len(words) <= 3
        and len(words[0]) >= 3
        and normalise_name(words[-1]) in surnames
        and all(word.isalpha() and word[0].isupper() for word in words)
        and not INSTITUTION_WORDS & {word.lower() for word in words}
        and first_name_gender(mentions[0].text) is not None
    )


def _person_surnames(groups: dict[str, list[Mention]]) -> set[str]:
    """Last words of the full names the model tagged as people most of the time."""
    surnames = set()
    for key, mentions in groups.items():
        words = key.split()
        last = mentions[0].text.split()[-1]
        if (
            len(words) > 1
            and _mostly(mentions, PERSON)
            and not _ACRONYM.match(last)
            and last.lower() not in INSTITUTION_WORDS
        ):
            surnames.add(words[-1])
    return surnames


def _mostly(mentions: list[Mention], label: str) -> bool:
    return sum(m.label == label for m in mentions) * 2 > len(mentions)


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
    disease, a time zone, a body of the sky, or a bare title."""
    words = normalise_name(text).split()
    if not words:
        return "empty"
    whole = " ".join(words)
    if len(words) >= 2 and label != PERSON and words[-1] in LAW_AND_DOCUMENT_WORDS:
        return "law or document"
    if len(words) >= 2 and label != PERSON and words[-1] in EVENT_WORDS:
        return "event"
    if whole in DISEASE_NAMES:
        return "disease"
    if whole in TIME_ZONES:
        return "time zone"
    if whole in CELESTIAL_BODIES or whole.removeprefix("the ") in CELESTIAL_BODIES:
        return "body of the sky"
    if all(word in HONORIFICS or word in ROLE_TITLES for word in words) and lookup_place(text) is None:
        return "title"  # but "Miss." is Mississippi
    return None


def _without_run_on(doc: Doc, mention: Mention) -> Mention:
    """ "Associated Press of bank", "RMT union": an organisation's name ends before a
    lower-case word that is no name's (the model ran on into the sentence), and before the
    "of" that leads to it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    run_on = next((token for token in span[1:] if _runs_on(token)), None)
    if run_on is None:
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
        if len(name) > 3 or not all(_capitalised_word(token) for token in name) or _organisation_words(name.text):
            continue
        if first_name_gender(name.text) is None:
            continue
        before = ent[first - 1]
        if is_role_head(before) and before.lower_ in PERSON_ROLE_WORDS and first >= 2:
            # a title of two words or more ("Presidential Spokesperson"); one ("King James
            # Bible", "Queen Elizabeth Hospital") may be what the organisation is named after
            prefix = None
        elif lookup_place(ent[:first].text) is not None or title_before(ent) is not None:
            # "Scotland Nicola Sturgeon", "(First Minister of) Scotland Nicola Sturgeon": the
            # place or body of the title before it keeps the model's label
            prefix = Span(ent.doc, ent.start, ent.start + first, label=ent.label_)
        else:
            continue
        return prefix, Span(ent.doc, name.start, name.end, label=PERSON)
    return None


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
        head = _lemma(found[1]).rstrip(".")  # "officers Antoine Quirin and …"
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
    while len(words) - dropped > 1 and (words[dropped].lower() in ROLE_TITLES or words[dropped].lower() in HONORIFICS):
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
    after = doc[ent.end : ent.end + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].text.isdigit()
        and 14 <= int(after[1].text) <= 110
        and after[2].text == ","
    )


def previous_word(doc: Doc, ent: Span) -> str:
    return doc[ent.start - 1].lower_ if ent.start > 0 else ""


def _decide_label(mentions: list[Mention]) -> tuple[str, Place | None]:
    """One type per name in an article: gazetteer first, then the model's majority."""
    votes = Counter(m.label for m in mentions)
    text = mentions[0].text
    place = lookup_place(text)
    if place is not None and (votes[ORG] + sum(votes[label] for label in PLACE_LABELS)) >= votes[PERSON]:
        return ("LOC" if place.kind == "continent" else "GPE"), place
    label = votes.most_common(1)[0][0]
    if label == "GPE" and _DEMONYM.match(text):
        return "NORP", None  # "Ukrainian" is an adjective of nationality, not a place
    return label, None


def _title_case(name: str) -> str:
    """ "JAKE TAPPER" → "Jake Tapper", "LEE" → "Lee"; initials ("JFK") and mixed case
    ("McCain") stay."""
    if not name.isupper() or (len(name) <= 4 and not set(name) & set("AEIOUY")):
        return name
    return name.title()  # "O’REILLY" → "O’Reilly"


def _plain_spaces(text: str) -> str:
    """A name to print: "Donald\xa0Trump" and "Donald Trump" are one name with one space."""
    return " ".join(text.split())


def _most_common_text(mentions: list[Mention]) -> str:
    counts = Counter(_plain_spaces(m.text) for m in mentions)
    return max(counts, key=lambda text: (counts[text], len(text)))


def _similar_word(a: str, b: str) -> bool:
    """Same word or a spelling variant of it (Zelenskyy / Zelensky, Gaddafi / Qaddafi)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85 and (a[0] == b[0] or a[1:3] == b[1:3])


def _cluster_people(groups: list[list[Mention]], doc: Doc) -> list[Cluster]:
    full: list[tuple[list[str], Cluster]] = []
    singles: list[list[Mention]] = []
    for mentions in sorted(groups, key=lambda ms: -len(normalise_name(ms[0].text).split())):
        words = normalise_name(mentions[0].text).split()
        if len(words) == 1:
            singles.append(mentions)
            continue
        for other_words, cluster in full:
            if _similar_word(words[-1], other_words[-1]) and (
                words[0] == other_words[0] or words[0][0] == other_words[0][0]
            ):
                cluster.mentions.extend(mentions)
                break
        else:
            full.append((words, Cluster("", PERSON, list(mentions))))
    for mentions in singles:
        word = normalise_name(mentions[0].text)
        candidates = [c for words, c in full if _similar_word(word, words[-1])]
        if not candidates:
            candidates = [c for words, c in full if word == words[0]]
        if not candidates:
            full.append(([word], Cluster("", PERSON, list(mentions))))
            continue
        titled = any(mention.gender for mention in mentions)
        gender_of = {id(c): _gender_of_full_name(doc, c) for c in candidates} if titled else {}
        other: Cluster | None = None
        for mention in mentions:  # same surname, two people: the one named most recently
            fitting = candidates
            if mention.gender is not None:
                # "Mrs. Clinton" with Bill and Hillary Clinton named: the one whose gender fits,
                # and "Mr. Obama" when only Michelle Obama is named in full: someone else
                fitting = [c for c in candidates if gender_of[id(c)] in (mention.gender, None)]
                if not fitting:
                    if other is None:
                        other = Cluster("", PERSON, [])
                        full.append(([word], other))
                    other.mentions.append(mention)
                    continue
                fitting = [c for c in fitting if gender_of[id(c)] == mention.gender] or fitting
            _nearest_before(fitting, mention.start).mentions.append(mention)
    clusters = [cluster for _, cluster in full]
    for cluster in clusters:
        counts = Counter(_plain_spaces(m.text) for m in cluster.mentions)
        # a name in capitals (a headline, a transcript label) only when no other form is there
        cluster.name = _title_case(
            max(counts, key=lambda text: (len(text.split()), not text.isupper(), counts[text], len(text)))
        )
        genders = [m.gender for m in cluster.mentions if m.gender]
        cluster.gender = Counter(genders).most_common(1)[0][0] if genders else first_name_gender(cluster.name)
    return clusters


def _genders_from_roles(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Hatice Cengiz, fiancée of journalist Jamal Khashoggi,": a gendered noun the article
    gives a person as their role says their gender as surely as an honorific, and better than
    a first name; it decides for people no honorific marked."""
    for cluster in clusters:
        if any(m.gender for m in cluster.mentions):
            continue
        found = set()
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for role in roles_at(span):
                gender = GENDERED_NOUNS.get(role.head.lower())
                if gender is not None:
                    found.add(gender)
        if len(found) == 1:
            cluster.gender = found.pop()


def _gender_of_full_name(doc: Doc, cluster: Cluster) -> str | None:
    """The gender of a person named in full, from an honorific on a full mention or else
    from the first pronoun after each full mention in its sentence, before anyone else
    is named ("Michelle Obama said she …"); None when the evidence is missing or mixed."""
    votes = {m.gender for m in cluster.mentions if m.gender and len(m.text.split()) > 1}
    if not votes:
        for mention in cluster.mentions:
            if len(mention.text.split()) < 2:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "allegations by his wife, Ivana Trump, which he denied": not about her
            # in the sentence whose main subject the name is ("Michelle Obama said she …"),
            # up to the next person or quote; a subordinate subject ("Lee learned that Hart
            # would campaign in Salem, where she studies") may not be whom "she" means
            verb = span.root.head
            if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                continue
            for token in doc[span.end : verb.right_edge.i + 1]:
                if token.ent_type_ == "PERSON" or token.lower_ in FAMILY_NOUNS or token.is_quote:
                    break
                if token.pos_ == "PRON" and token.lower_ in PRONOUN_GENDER:
                    governor = token.head.head if token.head.dep_ == "prep" else token.head
                    if not (token.dep_ in ("dobj", "dative", "pobj") and governor.i == verb.i):
                        # "Sanders assailed her": an object of the name's own verb is someone else
                        votes.add(PRONOUN_GENDER[token.lower_])
                    break
    if not votes:  # the article shows nothing: the first name may ("Hillary Clinton")
        full_names = [m.text for m in cluster.mentions if len(m.text.split()) > 1]
        return first_name_gender(full_names[0]) if full_names else None
    return votes.pop() if len(votes) == 1 else None


def _add_untagged_surnames(doc: Doc, clusters: list[Cluster], skipped: list[SkippedRange]) -> None:
    """ "Kasich said": a surname the model left untagged, of a person the article names in
    full, is one more mention of that person."""
    by_surname: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = normalise_name(cluster.name).split()
        if len(words) > 1:
            by_surname.setdefault(words[-1], []).append(cluster)
    if not by_surname:
        return
    for token in doc:
        if token.ent_iob_ != "O" or not token.text[:1].isupper():
            continue
        if token.pos_ not in ("PROPN", "NOUN", "VERB", "ADJ"):
            continue
        if token.pos_ != "PROPN" and token.is_sent_start and token.dep_ not in ("nsubj", "nsubjpass"):
            # mid-sentence a capital is a name, whatever the tagger said ("Trump" as a verb);
            # opening a sentence only as its subject ("Sanders often questions …")
            continue
        candidates = by_surname.get(token.lower_)
        if not candidates or is_skipped(token.idx, token.idx + len(token.text), skipped):
            continue
        if token.dep_ in ("compound", "amod") or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue  # part of a longer name or a modifier ("Trump Tower", "a Trump course")
        if token.i > 0 and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_:
            continue  # "anti-Trump"
        named = [c for c in candidates if any(m.start < token.idx for m in c.mentions)]
        if not named and len(candidates) == 1:
            named = candidates  # a headline names by surname the person the story names in full
        if named:
            mention = Mention(token.idx, token.idx + len(token.text), token.text, PERSON)
            _nearest_before(named, token.idx).mentions.append(mention)


def _nearest_before(candidates: list[Cluster], position: int) -> Cluster:
    def last_start(cluster: Cluster) -> int:
        before = [m.start for m in cluster.mentions if m.start < position and len(m.text.split()) > 1]
        return max(before) if before else -1

    return max(candidates, key=last_start)


def _initials(text: str) -> str:
    return "".join(
        word[0]
        for word in re.split(r"[\s-]+", text)
        if word and word.lower() not in _ORG_STOPWORDS and word[0].isupper()
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


def _merge_acronyms(groups: list[tuple[list[Mention], Place | None]], text: str) -> list[Cluster]:
    """Merge "U.N." into "United Nations", and "ACR" into "Name (ACR)", when both appear."""
    clusters = [Cluster("", ORG, list(mentions), name=_most_common_text(mentions)) for mentions, _ in groups]
    long_forms: dict[str, Cluster] = {}
    for cluster in clusters:
        for mention in cluster.mentions:
            after = re.match(r"\s*\(\s*([A-Z][A-Za-z.]{1,9})\s*\)", text[mention.end : mention.end + 16])
            if after:
                long_forms.setdefault(after.group(1).replace(".", ""), cluster)
        initials = _initials(cluster.name)
        if len(initials) >= 2 and len(cluster.name.split()) > 1:
            long_forms.setdefault(initials, cluster)
    merged: list[Cluster] = []
    for cluster in sorted(clusters, key=lambda c: -len(c.name.split())):
        short = cluster.name.replace(".", "")
        target = long_forms.get(short) if _ACRONYM.match(short) else None
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
        if target is not None and target is not cluster:
            target.mentions.extend(cluster.mentions)
        else:
            merged.append(cluster)
    for cluster in merged:
        counts = Counter(_plain_spaces(m.text) for m in cluster.mentions)
        cluster.name = max(counts, key=lambda t: (not _ACRONYM.match(t.replace(".", "")), len(t.split()), counts[t]))
    return merged
