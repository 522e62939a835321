"""One type per name in an article, from the gazetteer and the model's majority, repaired where
news misleads the small model."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from quotex.entities.organisations import is_company_first_word, is_institution_of
from quotex.entities.records import (
    ACRONYM,
    ORG,
    PERSON,
    PLACE_LABELS,
    Mention,
    TypedName,
    mostly,
    normalise_name,
    previous_word,
)
from quotex.entities.spans import opens_with_a_first_name, says_he_or_she, without_particles
from quotex.first_names import first_name_gender, is_first_name
from quotex.gazetteer import Place, is_capital, lookup_place, named_as_itself, state_by_postal_code
from quotex.lexicon import (
    CLUB_NAME_ENDINGS,
    CUE_LEMMAS,
    DRAW_LEMMAS,
    FACILITY_WORDS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    MATCH_RESULT_LEMMAS,
    NEWS_OUTLETS,
    ORGANISATION_KIND_NOUNS,
    ORGANISATION_WORDS,
    PERSON_NOUN_LEMMAS,
    PLACE_BODY_NOUNS,
    PLATFORMS,
    PRODUCT_VERB_LEMMAS,
    STOCK_NOUNS,
    STREET_WORDS,
    TEAM_MANAGERS,
    TEAM_POSITION_RANKS,
    TEAM_POSITIONS,
    THING_KIND_NOUNS,
)
from quotex.roles import PERSON_ROLE_WORDS, PERSON_TITLE_WORDS, roles_at
from quotex.text.typography import opening_headline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ians|ese|ish)$")


def type_names(doc: Doc, groups: dict[str, list[Mention]], wanted: set[str]) -> list[TypedName]:
    typed: list[TypedName] = []
    surnames = _person_surnames(groups)
    # and surnames the model tagged as people on their own ("Fiorina said")
    people_surnames = surnames | {
        key for key, mentions in groups.items() if " " not in key and mostly(mentions, PERSON)
    }
    # "Carly Fiorina said … Fiorina, the former Hewlett-Packard CEO,": a person's name the
    # model took for an organisation everywhere; its lone surname follows it (below)
    promoted = {key for key, mentions in groups.items() if _an_organisation_that_is_someone(doc, key, mentions, groups)}
    surnames |= {key.split()[-1] for key in promoted}
    people_surnames |= {key.split()[-1] for key in promoted}
    first_names = _person_first_names(groups)
    given_names = _given_names(groups)
    siblings = _names_sharing_a_surname(doc)
    for key, mentions in groups.items():
        label, place = _decide_label(mentions)
        if place is None:
            state = _postal_code_after_a_town(doc, mentions)
            if state is not None:
                label, place = "GPE", state  # "Tampa, FL": the state, not an organisation
        words = key.split()
        if label != PERSON and key.endswith("s") and key[:-1] in surnames:
            continue  # "the Turpins": a family, not an entry of its own
        if label == PERSON and key not in surnames and _capitalised_common_noun(doc, mentions):
            continue  # "Photographs, videos and text messages were deleted"
        if key in AWARD_NAMES and key not in first_names:
            continue  # "won the best supporting actor Oscar": an award, not someone (but "Oscar Isaac")
        if key not in surnames and _headline_word_once(doc, mentions):
            continue  # "Wildfire forces thousands to flee", "Tributes paid to …": the headline's first word
        nobody_s = key not in surnames and first_name_gender(mentions[0].text) is None  # no person's name
        if nobody_s and _introduced_as_a_thing(doc, mentions):
            continue  # "the antibody cocktail ZMapp", "medical services Medicare and Medicaid"
        if nobody_s and label == PERSON and all(_a_quoted_phrase(doc, mention) for mention in mentions):
            continue  # attacked the inquiry as "Witch Hunt garbage": a coinage, capitalised
        if nobody_s and label in (PERSON, ORG) and all(_made(doc, mention) for mention in mentions):
            continue  # "Kimberly-Clark, which makes Kleenex Toilet Tissue": a product
        if (
            nobody_s
            and label == PERSON
            and " " not in key
            and not is_first_name(mentions[0].text)  # "the Donald": a nickname
            and not (key.endswith("s") and key[:-1] in people_surnames)  # "the Clintons": a family
            and key not in INSTITUTION_WORDS | INSTITUTION_NOUNS  # "The Foundation said": a body, below
            and not _named_after_by(key, groups, mentions)  # "The Wooster professor": the college
            and all(_after_the(doc, m) for m in mentions)
        ):
            continue  # "some sang the Marseillaise", "the Titanic sank": a thing, no one's name
        if (
            (label == ORG or label == PERSON and nobody_s and key not in first_names)
            and " " not in key
            and key not in INSTITUTION_NOUNS
            and all(_one_of_a_kind(doc, m) for m in mentions)
        ):
            continue  # "make an Order", "won an Oscar": a thing (not "a Kennedy", nor "a Jamal" of Jamal Lee's)
        if key in promoted:
            label = PERSON
        elif label == PERSON and words[-1] in INSTITUTION_WORDS:
            label = ORG  # "the Donald J. Trump Foundation", "Sarah Lawrence College", "PAC"
        elif label in PLACE_LABELS and place is None and len(words) > 1 and words[-1] in _BODY_ENDINGS:
            label = ORG  # "the Great Orchestra of Christmas Charity": a body, not a place
        elif _WEB_ADDRESS.match(mentions[0].text) or (
            key not in surnames
            and not (place is not None and place.well_known)  # "coal-producer West Virginia"
            and _introduced_as_organisation(doc, mentions)
        ):
            label, place = ORG, None  # "News.com.au"; "law firm Sidley Austin", "supermarket Ocado"
        elif label in (PERSON,) + PLACE_LABELS and place is None and key not in surnames and _traded(doc, mentions):
            label = ORG  # "Shares of Nvidia rose", "Acme's stock": a listed company
        elif label in (PERSON, "GPE", "LOC") and place is None and key not in surnames and _a_workplace(doc, mentions):
            label = ORG  # "an analyst at Bernstein", "a nurse at Addenbrooke's": where they work
        elif label == PERSON and key not in surnames and nobody_s and _what_someone_leads(doc, mentions):
            label = ORG  # "Micheál Martin, leader of Fianna Fáil": a party, not a person
        elif label == PERSON and " " not in key and key not in surnames and _owner_of_someone(doc, mentions):
            label = ORG  # "Labour's Wes Streeting", "Acme's Tom Ward": a party's, a firm's man
        elif label == PERSON and _in_capitals(doc, mentions):
            label = ORG  # "ALDI also introduced a limit": a brand's way of writing its name
        elif (
            (place is None or place.kind not in NATIONS)
            and key not in surnames  # "Hillary Clinton … Clinton beat Sanders": the candidate
            and _a_team(doc, mentions, label)
        ):
            # "Caloundra defeated Wynnum 45–24": the towns' teams; but a country stays one
            # ("if Pakistan defeated India in a cricket match": the article's other
            # Pakistans are the country, and countries defeat each other in wars too). The
            # town stays with its side: it places the story (see merge_places)
            label = ORG
        elif label == PERSON and key not in surnames and _named_after_by(key, groups, mentions):
            label = ORG  # "the College of Wooster … The Wooster professor": the college, short
        elif label == PERSON and key not in surnames and _short_for_a_company(key, groups, mentions):
            label = ORG  # "Northpak Ltd … a spokesperson for Northpak": the company, short
        elif (
            label in PLACE_LABELS
            and place is None
            and len(words) > 1
            and first_name_gender(mentions[0].text) is not None
            and _speaks(doc, mentions)
        ):
            label = PERSON  # "said Jeffrey M. Jones", "Bradley Podliska said": no place speaks by a person's name
        elif label in PLACE_LABELS and place is None and _a_person_once(mentions):
            # "founded by DJ Beverly Bond" (a place to the model) … "Founder Beverly Bond"
            label = PERSON
        elif label in (ORG,) + PLACE_LABELS and place is None and _person_by_first_name(mentions, people_surnames):
            label = PERSON  # "Carly Fiorina" tagged as an organisation, in an article about Fiorina
        elif label in (ORG,) + PLACE_LABELS and place is None and key in siblings:
            label = PERSON  # "a documentary by Tomasz and Marek Sekielski … Tomasz Sekielski's film"
        elif (
            label in (ORG,) + PLACE_LABELS
            and place is None
            and _first_name_of_another(doc, mentions, given_names, groups)
        ):
            label = PERSON  # "counterparts Nikos Dendias, Nikos Christodoulides and …"
        elif " ".join(without_particles(words)) in surnames and (
            label == ORG or label in PLACE_LABELS and (place is None or not place.well_known)
        ):
            # "Donald Trump … Trump has indicated", "John Kasich … Kasich won": the small
            # model often takes a lone surname for an organisation or a place; in an
            # article naming the person, it is them, unless it is a well-known place
            label, place = PERSON, None
        elif label == PERSON and _a_well_known_place_taken_for_someone(doc, key, mentions, surnames | first_names):
            # "the UK stood by Kyiv", "support for Kyiv": a name the small model does not
            # know as a city's (it knew "Kiev"), that nothing in the article gives to a person
            label, place = "GPE", lookup_place(mentions[0].text)
        elif key in surnames and label in PLACE_LABELS and _speaks(doc, mentions) and not is_capital(place):
            # "Joaquin Phoenix … Phoenix said": a well-known city that speaks, in an article
            # naming someone of that surname, is them (but "Moscow said" is Russia's voice)
            label, place = PERSON, None
        elif (
            label == ORG
            and place is None
            and " " not in key
            and not ACRONYM.match(mentions[0].text)
            and not _organisation_word_in(key)
            and _speaks_of_self_as_he_or_she(doc, mentions)
        ):
            # "Trump said he would “look into it”": a lone surname the model took for an
            # organisation, that a body would call "it"
            label = PERSON
        elif key in first_names and label in (ORG,) + PLACE_LABELS and place is None:
            # "Jamal Khashoggi … Jamal's killing": a lone first name of someone the article
            # names in full is them (the one with that first name; see cluster_people); not
            # a place the gazetteer knows ("Orlando" beside an "Orlando Sentinel")
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


# the last words of a body's name that a place's never has ("… Center" is often a venue)
# "… Charity", "West Yorkshire Police", "Gauteng Government": a body, not the place it serves
_BODY_ENDINGS = (INSTITUTION_WORDS | PLACE_BODY_NOUNS | {"charity"}) - {"center", "centre"}


# a site's address as its name: "News.com.au", "oe24.at", "Domain.com"
_WEB_ADDRESS = re.compile(r"^[A-Za-z0-9][\w-]*(\.[\w-]+)*\.(com|org|net|info|co|[a-z]{2})$")


def _introduced_as_a_thing(doc: Doc, mentions: list[Mention]) -> bool:
    """ "One antibody cocktail, ZMapp", "medical services Medicare and Medicaid", "the
    constellation Leo": a lower-case noun for a kind of thing (a drug, a programme, a body of
    the sky, a work) set before a name, as its compound or with the name in apposition to it
    (for each name of a list), says it is no person, place or organisation."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        _, kinds = _kind_nouns(span, span.start)
        if any(kind.text.islower() and kind.lemma_.lower() in THING_KIND_NOUNS for kind in kinds):
            return True
    return False


def _kind_nouns(span: Span, before: int | None = None) -> tuple[Token, list[Token]]:
    """The head of a name (of the first name of a list: "Woolworths and Coles", "Medicare and
    Medicaid") and the nouns set beside it to say what it is: its compounds before token
    `before` (the head itself when None) and the noun it stands in apposition to, before or
    after it."""
    name = span.root
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    limit = name.i if before is None else before
    kinds = [child for child in name.children if child.dep_ == "compound" and child.i < limit]
    if name.dep_ == "appos" and name.head.i < name.i:
        kinds.append(name.head)
    elif name.dep_ in ("npadvmod", "nmod", "dep") and name.head.i == _first_word_of(name) - 1:
        kinds.append(name.head)  # "in the constellation Leo": the parser hangs the name on the noun
    # "Massy, the supermarket chain,": the noun in apposition after the name
    kinds += [
        child
        for child in name.children
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.left_edge.i == name.i + 2
    ]  # right after the name and its comma (not "Ann Lee of Acme, a consulting company")
    return name, kinds


def _first_word_of(name: Token) -> int:
    """Where a name's head word and the compounds before it begin ("Kleenex Toilet Tissue")."""
    return min([name.i] + [child.i for child in name.children if child.dep_ == "compound" and child.i < name.i])


def _after_the(doc: Doc, mention: Mention) -> bool:
    """A one-word name with "the" right before it, heading its noun phrase: a person's name
    never takes it ("the Marseillaise"; not "the Obama administration", whose "the" is the
    administration's)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or previous_word(doc, span) != "the":
        return False
    following = doc[span.end] if span.end < len(doc) else None
    return span.root.dep_ not in ("compound", "nmod", "amod", "poss") and not (
        following is not None and following.pos_ in ("NOUN", "PROPN")
    )


def _one_of_a_kind(doc: Doc, mention: Mention) -> bool:
    """ "make an Order", "a Volvo", "a super PAC": a one-word name with "a" or "an" before it
    is one thing of a kind (a document, a product), not an organisation (but "a Republican
    Congress" is still Congress: institutions are kept by the caller)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.dep_ in ("compound", "nmod"):
        return False  # "a BVA poll": the article is the poll's
    return any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in span.root.children)


def _a_quoted_phrase(doc: Doc, mention: Mention) -> bool:
    """ "attacked the inquiry as “Witch Hunt garbage”": a name opening a few quoted words with
    no verb is a phrase the writer quotes, capitalised for emphasis (a coinage, a slogan, a
    title), not someone named; a quote opening with a name and going on to say something
    ("“Lee lied,” she said") is a statement about them."""
    if is_first_name(mention.text.split()[0]):
        return False  # chants of “Bobby!”, her 'Ronnie': what people call someone
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or not _opens_a_quote(doc[span.start - 1]):
        return False
    for token in doc[span.end : span.end + _QUOTED_PHRASE_TAIL + 1]:
        if token.is_quote:
            return True
        if token.pos_ in ("VERB", "AUX") or token.is_sent_start:
            return False
    return False


def _opens_a_quote(mark: Token) -> bool:
    """A quote mark that opens: "“", or a straight one with a space before it and none after
    (the mark in `"Low energy" Jeb Bush` closes the quote before the name)."""
    if not mark.is_quote or mark.whitespace_:
        return False
    return mark.text in ("“", "‘", "„", "«", "``") or mark.i == 0 or bool(mark.nbor(-1).whitespace_)


# words a quoted phrase may run on after the name ("“Witch Hunt garbage.”")
_QUOTED_PHRASE_TAIL = 3


def _made(doc: Doc, mention: Mention) -> bool:
    """ "which makes Kleenex Toilet Tissue", "the company produces ZMapp": what a maker makes
    or produces is a product, not a body or a person (not "makes Ann Lee happy"); so is an
    owner's latest or new one ("unveiled its latest iPhone", "Ford's new Bronco"; not "the
    latest Gallup poll", where the name qualifies what follows), a maker's name before a
    model's ("a Volvo XC90"), and a device named with a small "i" ("a thinner iPad")."""
    if _DEVICE_NAME.match(mention.text):
        return True  # "a thinner iPad", "the iPhone": a device named the way its maker writes them
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if _an_owner_s_latest(span) or _a_model_of(span):
        return True
    if span.root.dep_ != "dobj":
        return False
    verb = span.root.head
    if any(child.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for child in verb.children):
        return False
    return verb.lemma_.lower() in PRODUCT_VERB_LEMMAS


def _an_owner_s_latest(span: Span) -> bool:
    """ "unveiled its latest iPhone", "Ford's new Bronco": a name after an owner's "latest",
    "newest", "new" or "next", with no noun after it."""
    doc = span.doc
    if span.start < 2 or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    before, owner = doc[span.start - 1], doc[span.start - 2]
    return before.lower_ in _LATEST_WORDS and (owner.lower_ in ("its", "their") or owner.tag_ == "POS")


def _a_model_of(span: Span) -> bool:
    """ "the driver of a Volvo XC90", "a Boeing 737", "a Tesla Model 3": a maker's name
    between "a" and a model's designation names one of its products."""
    doc = span.doc
    if span.start < 1 or span.end >= len(doc) or doc[span.start - 1].lower_ not in ("a", "an"):
        return False
    model = doc[span.end]
    return model.text == "Model" or (any(char.isdigit() for char in model.text) and model.text[:1].isalnum())


# a device's name with a small "i" before a capital: "iPad", "iPhone", "iMac" ("eBay" and
# "easyJet" are companies)
_DEVICE_NAME = re.compile(r"^i[A-Z][a-z]+\b")
# what an owner's product is called when it comes out
_LATEST_WORDS = frozenset({"latest", "newest", "new", "next"})


def _introduced_as_organisation(doc: Doc, mentions: list[Mention]) -> bool:
    """ "law firm Sidley Austin", "the Florida company Ridgeback Biotherapeutics", "store
    chains Woolworths and Coles": a noun for a kind of organisation set before a name (as its
    compound, or the name in apposition to it; for each name of a list) says what it is. Not
    a person's name ("the company Tom Ward founded", which the parser may read the same way)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if span.end < len(doc) and _verb_without_subject(doc[span.end]):
            continue  # "the company Acme Holdings bought": the name opens a relative clause
        # a firm named after people ("the accountancy firm Grant Hollis") only right after
        # the noun, which then names it ("the company founder Tom Ward" is someone)
        if first_name_gender(mention.text) is not None and not _right_after_a_firm_noun(doc, span):
            continue
        name, kinds = _kind_nouns(span)  # "Woolworths and Coles": the first of the list has the noun
        if name.pos_ != "PROPN":
            continue  # "a business group tied to …; and Lynden Pindling": a list of other things
        if span.start > 0 and doc[span.start - 1].pos_ == "NOUN":
            kinds.append(doc[span.start - 1])  # "state news agency Xinhua reported", parsed as two subjects
        if mention.label == "NORP" and (name.i != span.root.i or _DEMONYM.match(mention.text)):
            continue  # "… older, rural, church-going Lutherans": a people
        if any(
            kind.pos_ == "NOUN" and kind.text.islower() and kind.lemma_ in ORGANISATION_KIND_NOUNS for kind in kinds
        ):
            return True
    return False


def _right_after_a_firm_noun(doc: Doc, span: Span) -> bool:
    """ "the firm Grant Hollis", "by the law firm Sidley Austin": a noun only a business is
    called, in lower case, right before the name (not "producer" or "manufacturer", which a
    person can be: "the theater producer Charles Frohman")."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ == "NOUN" and before.text.islower() and before.lemma_ in FIRM_NOUNS


# nouns only a business is called, never a person
FIRM_NOUNS = frozenset(
    "firm company corporation bank consultancy conglomerate chain startup insurer carmaker airline brand".split()
)


def _traded(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Shares of Nvidia rose", "Nvidia shares fell", "Acme's stock": a name whose shares or
    stock are traded is a company's, whatever the model took it for (a place the gazetteer
    knows, "Tokyo shares", is its market, and keeps its label)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or first_name_gender(mention.text) is not None:
            continue  # "Bill Clinton's stock answer": a person's
        before = doc[span.start - 2 : span.start]
        if len(before) == 2 and before[1].lower_ in ("of", "in") and before[0].lemma_.lower() in STOCK_NOUNS:
            return True  # "shares of Nvidia", "shares in Nvidia"
        after = doc[span.end : span.end + 2]
        if after and after[0].lower_ in ("'s", "’s"):
            after = after[1:]
        stock = after[0] if after else None
        if stock is not None and stock.lemma_.lower() in STOCK_NOUNS and stock.pos_ == "NOUN":
            following = doc[stock.i + 1] if stock.i + 1 < len(doc) else None
            if following is None or following.pos_ not in ("NOUN", "PROPN"):
                return True  # "Nvidia shares fell", "Acme's stock"; not "a stock answer"
    return False


def _headline_word_once(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Wildfire forces thousands to flee", "Tributes paid to teacher", "Chipmaker shares
    slide": a word that opens the article's headline (its first line, short, with no full
    stop), capitalised there as every first word is, and is never named again, is no name the
    article is about; a name would come back in the story (not an acronym, a first name or a
    place the gazetteer knows)."""
    if len(mentions) != 1:
        return False
    span = doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
    if span is None or len(span) != 1 or any(not token.is_space for token in doc[: span.start]):
        return False  # (not the article's first word: no headline's)
    word = span[0].text
    if ACRONYM.match(word) or is_first_name(word) or lookup_place(word) is not None:
        return False
    headline = opening_headline(doc.text)
    return headline is not None and span.start_char == headline[0]


# awards named like people, which the model takes for someone: "his first Oscar", "two Emmys"
# (not "Tony", a first name as often: "the Tonys" only)
AWARD_NAMES = frozenset(
    {
        *"oscar oscars emmy emmys grammy grammys tonys bafta baftas".split(),
        "golden globe",
        "golden globes",
        "grand slam",
    }
)


def _what_someone_leads(doc: Doc, mentions: list[Mention]) -> bool:
    """ "leader of Fianna Fáil", "a member of Sinn Féin", "the head of Ofwat": a name after
    "of" and a word for who leads or belongs to a body, every time, is that body (a place
    would be one the gazetteer knows, and is not asked)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of":
            return False
        if doc[span.start - 2].lower_ not in _LEADING_OR_BELONGING:
            return False
    return True


# words for who leads a body or belongs to it, before "of" and its name
_LEADING_OR_BELONGING = frozenset("leader head chairman chairwoman chair founder member members leadership".split())


def _owner_of_someone(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Labour's Wes Streeting", "Acme's Tom Ward": a one-word name whose every use owns a
    person named in full is a party, an outlet or a firm they belong to, not a person (no
    first name: "Ann's Tom" is someone's)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1 or is_first_name(mention.text) or span.end + 2 > len(doc):
            return False
        owns, named = doc[span.end], doc[span.end + 1]
        if owns.lower_ not in ("'s", "’s") or named.ent_type_ != PERSON or named.ent_iob_ != "B":
            return False
        if first_name_gender(doc[named.i : named.i + 2].text) is None:
            return False  # "Trump's Pence": a name, whoever's
    return True


def _a_workplace(doc: Doc, mentions: list[Mention]) -> bool:
    """ "said Stacy Rasgon, an analyst at Bernstein", "a nurse at Addenbrooke's": a name right
    after a person's job and "at" is where they work, a business or an institution (a place the
    gazetteer knows, "a teacher at Leeds", is not asked; nor a person's name with a first name
    ("an economist at Asia Decoded" is a firm's), nor a site, "the commander at Camp Bastion"; "protesters at Mill Park" hold no job there)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start < 2 or mention.label == PERSON and first_name_gender(mention.text) is not None:
            continue
        job, at = doc[span.start - 2], doc[span.start - 1]
        if at.lower_ == "at" and job.pos_ == "NOUN" and job.text.islower() and job.lemma_ in JOB_NOUNS:
            return True
    return False


# what people are at a business or an institution they work for
JOB_NOUNS = frozenset(
    """analyst economist strategist researcher scientist professor lecturer engineer banker
    trader consultant partner director executive manager editor reporter correspondent
    employee worker staffer nurse doctor teacher student fellow spokesman spokeswoman
    spokesperson""".split()
)


def _capitalised_common_noun(doc: Doc, mentions: list[Mention]) -> bool:
    """A plural common noun, or a word for what a person is, capitalised only because it
    opens a sentence ("Photographs, videos and text messages were deleted", "Farmer recalls
    …"), every time, is no one's name; a surname of someone the article names in full
    ("Sanders said", "Ann Farmer … Farmer said") stays theirs."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1 or not span[0].is_sent_start:
            return False
        # "Farmer recalls night the river rose": a word for what someone is, opening a
        # headline, is no one's name either (unless someone named so is in the article)
        if span[0].tag_ != "NNS" and span[0].lower_ not in PERSON_ROLE_WORDS:
            return False
    return True


def _in_capitals(doc: Doc, mentions: list[Mention]) -> bool:
    """A one-word name of four letters or more written in capitals in running text ("ALDI",
    "IKEA"; not "FDR" or "JFK", as news calls some presidents) is a brand's or
    an organisation's, not a person's; a transcript's "TAPPER:", a byline's "ANN LEE" and a
    headline's "OBAMA TO …" are (a label before a colon, a first name, capitals beside it)."""
    for mention in mentions:
        text = mention.text
        if not (text.isupper() and text.isalpha() and len(text) >= 4) or " " in text:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or first_name_gender(text.title()) is not None:
            return False
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text == ":":
            return False
        beside = [t for t in (doc[span.start - 1] if span.start else None, after) if t is not None and t.is_alpha]
        if any(t.text.isupper() and len(t.text) > 1 for t in beside):
            return False  # "OBAMA TO CREATE …": a headline in capitals
    return True


def _verb_without_subject(token: Token) -> bool:
    """A finite verb whose subject the parser did not find: the name before it is."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    return not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


# a country's or a home nation's name stays the place when its side plays ("England captain")
NATIONS = ("country", "country_part")


def _a_team(doc: Doc, mentions: list[Mention], label: str) -> bool:
    """Whether a name is a sports side's, by the first rule of TEAM_RULES that says so; the
    rules for places' names only ask names the model tagged as places."""
    return any(rule(doc, mentions) for rule, places_only in TEAM_RULES if not places_only or label in PLACE_LABELS)


def _plays_a_match(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Caloundra defeated Wynnum", "Maroochydore beat Caboolture 43–5", "Bayern Munich drew
    with Hamburg": a place that beats another side (or is beaten by one, or draws with one)
    is its sports team (not "lost to": candidates lose to each other, and towns are named
    like them: "Clinton lost to Trump"). One side must be a place the
    gazetteer knows and neither a person's full name, so "Nadal beat Djokovic" and "Ann
    Lee defeated Tom Ward in Dayton" stay people."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or first_name_gender(mention.text) is not None:
            continue
        name = span.root
        if name.dep_ == "pobj" and name.head.lower_ == "with" and name.head.head.lemma_.lower() in DRAW_LEMMAS:
            # "Bayern Munich drew with Hamburg": the side after "with"
            sides = [side for side in name.head.head.children if side.dep_ == "nsubj"]
        elif name.dep_ == "nsubj" and name.head.lemma_.lower() in DRAW_LEMMAS:
            sides = [
                side
                for preposition in name.head.children
                if preposition.dep_ == "prep" and preposition.lower_ == "with"
                for side in preposition.children
                if side.dep_ == "pobj"
            ]
        elif name.dep_ in ("nsubj", "dobj") and name.head.lemma_.lower() in MATCH_RESULT_LEMMAS:
            other = "dobj" if name.dep_ == "nsubj" else "nsubj"
            sides = [side for side in name.head.children if side.dep_ == other]
        else:
            continue
        for side in sides:
            if side.pos_ != "PROPN":
                continue
            other_side = doc[side.left_edge.i : side.i + 1].text if side.left_edge.pos_ == "PROPN" else side.text
            if first_name_gender(other_side) is None and (lookup_place(mention.text) or lookup_place(other_side)):
                return True
    return False


# a match score: "32–22", "2-1", "45 points to 24"
_SCORE = re.compile(r"^\d{1,3}(\s*[–-]\s*| points? to )\d{1,3}$")


def _score_at(doc: Doc, start: int) -> bool:
    """Whether the words from `start` on are a match score."""
    if start >= len(doc) or (start and not doc[start - 1].whitespace_):
        return False
    after = doc[start : min(len(doc), start + 4)]
    return any(_SCORE.match(after[:end].text) for end in range(1, len(after) + 1))


def _followed_by_a_score(doc: Doc, mentions: list[Mention]) -> bool:
    """ "University knocked off Noosa 32–22": a place with a match score after it is the
    place's team (a place has no score; people, who may have one in tennis, are not asked)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _score_at(doc, span.end):
            return True
    return False


def _beats_a_side_with_a_score(doc: Doc, mentions: list[Mention]) -> bool:
    """ "University knocked off Noosa 32–22": the subject of a verb whose object has the
    match score after it is the other side (whatever the verb: "knocked off", "saw off")."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            continue
        verb = span.root.head
        for side in verb.subtree:
            if side.i > verb.i and side.pos_ == "PROPN" and side.dep_ in ("dobj", "pobj", "compound"):
                if _score_at(doc, side.i + 1):
                    return True
    return False


def _before_a_position(doc: Doc, mentions: list[Mention]) -> bool:
    """ "University coach Brad Tronc", "Maroochydore assistant coach Ben Radmall", "Caloundra
    half back Jarrod Kidston": a place's name before a coach's or a player's position names
    the place's side."""
    return any(_position_after(doc, mention) in TEAM_POSITIONS for mention in mentions)


def _club_before_its_staff(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Manchester City manager Pep Guardiola", "Manchester United striker": a name ending
    like a club's ("City", "United", "Rovers") before a manager's or a player's position is
    the club, whatever the model took it for (not "Florida manager")."""
    return any(
        mention.text.split()[-1] in CLUB_NAME_ENDINGS
        and _position_after(doc, mention) in TEAM_POSITIONS | TEAM_MANAGERS
        for mention in mentions
    )


def _position_after(doc: Doc, mention: Mention) -> str | None:
    """The team position right after a name, "coach" of "assistant coach", or None."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    words = [token.text for token in doc[span.end : span.end + 3]]
    if words and words[0] in TEAM_POSITION_RANKS:
        words = words[1:]  # "assistant coach", "head coach"
    if words and words[0] in TEAM_MANAGERS:
        return words[0]
    phrases = (" ".join(words[:length]) for length in (2, 1))
    return next((phrase for phrase in phrases if phrase in TEAM_POSITIONS), None)


def _agrees_as_a_side(doc: Doc, mentions: list[Mention]) -> bool:
    """ "University have kept top spot", "University were able to pull away", "Ajax were
    lucky": one place's name (or one word the model took for someone's) with a plural verb is
    its side, the way British and Australian sports writing counts a
    team as its players; not a list ("Noosa and Caloundra were") nor a wish ("if Ohio were")."""
    for mention in mentions:
        if mention.label == PERSON and (" " in mention.text or is_first_name(mention.text)):
            continue  # a club the model took for someone ("Ajax were lucky"): one word, no first name
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj" or span.root.tag_ != "NNP" or mention.text.isupper():
            continue  # "CAMBRIDGE, Mass. (UPI) — Young democrats are": a dateline
        if span.root.left_edge.i < span.start or span.root.right_edge.i >= span.end:
            continue  # "Kasich, Christie and Bush register": more than the name
        verb = span.root.head
        finite = doc[span.end] if span.end < len(doc) else None
        if finite is None or (finite.i != verb.i and finite.head.i != verb.i):
            continue  # the verb right after the name: "Tell me what Ohio voters want"
        if any(child.dep_ == "mark" for child in verb.children):
            continue  # "if Ohio were a country", "as Texas have done"
        if finite.lower_ in ("are", "were", "have") or finite.tag_ == "VBP" and mention.label in PLACE_LABELS:
            return True  # for a word tagged as someone's, an auxiliary: not "God bless you"
    return False


def _beaten_in_a_scored_result(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Arsenal's 3-1 win over Tottenham", "a 2-0 defeat to Leeds", "the 1-1 draw with
    Wolves": a place after a result with its score is the side that played (a town has no
    score; "win over Ohio" without one is a campaign's)."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        preposition = span.root.head
        result = preposition.head
        if preposition.lower_ not in ("over", "against", "to", "by", "with") or result.lemma_.lower() not in _RESULTS:
            continue
        if result.pos_ == "NOUN" and _SCORE_BEFORE.search(doc[max(0, result.i - 4) : result.i].text_with_ws):
            return True
    return False


# a match's result as a noun, and its score right before it: "a 3-1 win", "the 2–0 defeat"
_RESULTS = frozenset("win victory defeat loss draw triumph thrashing".split())
_SCORE_BEFORE = re.compile(r"\b\d{1,3}\s*[–-]\s*\d{1,3}\s*$")


# the rules that make a place's name (or any name) its sports side, in the order they run:
# (rule, asks only names the model tagged as places)
TEAM_RULES = (
    (_plays_a_match, False),
    (_followed_by_a_score, True),
    (_beats_a_side_with_a_score, True),
    (_beaten_in_a_scored_result, True),
    (_before_a_position, True),
    (_club_before_its_staff, False),
    (_agrees_as_a_side, False),
)


def _named_after_by(key: str, groups: dict[str, list[Mention]], mentions: list[Mention]) -> bool:
    """Whether a one-word name, never opening with a first name, is what an institution of the
    article is "of" ("College of Wooster", "University of Essex"): news shortens it so."""
    if " " in key or is_first_name(mentions[0].text):
        return False
    return any(is_institution_of(other, key) for other, other_mentions in groups.items() if mostly(other_mentions, ORG))


def _short_for_a_company(key: str, groups: dict[str, list[Mention]], mentions: list[Mention]) -> bool:
    """Whether a one-word name, no first name, opens the full name of a company the article
    gives with its legal form ("Northpak Ltd", "Halvorsen Group plc"): news drops the rest
    after the first mention, and the small model often takes what is left for a surname."""
    if " " in key or is_first_name(mentions[0].text):
        return False
    return any(
        is_company_first_word(other, key) for other, other_mentions in groups.items() if mostly(other_mentions, ORG)
    )


def _person_first_names(groups: dict[str, list[Mention]]) -> set[str]:
    """First words of the full names the model tagged as people most of the time, when they
    are a clear first name (not "Prime" nor an initial)."""
    names = set()
    for key, mentions in groups.items():
        words = key.split()
        if len(words) > 1 and mostly(mentions, PERSON) and first_name_gender(mentions[0].text) is not None:
            names.add(words[0])
    return names


def _given_names(groups: dict[str, list[Mention]]) -> set[str]:
    """First words of the names of two or three words the model tagged as people most of the
    time, whatever the census lists say ("Nikos Dendias"), but no title ("President")."""
    names = set()
    for key, mentions in groups.items():
        words = key.split()
        if 2 <= len(words) <= 3 and mostly(mentions, PERSON) and words[0].isalpha() and len(words[0]) >= 3:
            if words[0] not in PERSON_TITLE_WORDS:
                names.add(words[0])
    return names


def _names_sharing_a_surname(doc: Doc) -> set[str]:
    """ "Tomasz and Marek Sekielski", "Bill and Hillary Clinton": a capitalised word joined by
    "and" to a person's full name is another first name of that surname; the full names it
    gives ("tomasz sekielski"), normalised."""
    names = set()
    for ent in doc.ents:
        if ent.label_ != PERSON or len(ent) < 2 or ent.start < 2 or doc[ent.start - 1].lower_ != "and":
            continue
        first = doc[ent.start - 2]
        if first.is_title and first.is_alpha and first.ent_iob_ == "O" and first.lower_ not in PERSON_TITLE_WORDS:
            names.add(normalise_name(f"{first.text} {ent[-1].text}"))
    return names


def _first_name_of_another(
    doc: Doc, mentions: list[Mention], given_names: set[str], groups: dict[str, list[Mention]]
) -> bool:
    """ "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian": a name of two words in
    a list with people, opening with the first name of someone the article names, is a
    person's too, whatever the model made of it (not "Trump Tower", "Obama Administration",
    which are in no list of people)."""
    words = mentions[0].text.split()
    if not (
        len(words) == 2
        and normalise_name(words[0]) in given_names
        and words[1][:1].isupper()
        and words[1].replace("-", "").isalpha()
        and not (INSTITUTION_WORDS | ORGANISATION_WORDS | FACILITY_WORDS | STREET_WORDS) & {words[1].lower()}
        and not (words[1].endswith("s") and normalise_name(mentions[0].text)[:-1] in groups)  # "Baby Boomers"
    ):
        return False
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        listed = [root.head] if root.dep_ == "conj" else []
        listed += [child for child in root.children if child.dep_ == "conj"]
        if any(other.ent_type_ == PERSON for other in listed):
            return True
    return False


def _speaks(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether most mentions are the subject of a verb of saying ("Phoenix said")."""
    speaking = 0
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in CUE_LEMMAS:
            speaking += 1
    return speaking * 2 > len(mentions)


def _a_well_known_place_taken_for_someone(
    doc: Doc, key: str, mentions: list[Mention], people_s_names: set[str]
) -> bool:
    """A lone word the model took for a person's that the gazetteer knows, by the place's own
    name, as a country, a region or a country's capital, that is no one's name in the article (a surname or a given name of
    someone named in full), no first name, and that has no person's title and says no "he"
    or "she" did something."""
    if " " in key or key in people_s_names or is_first_name(mentions[0].text):
        return False
    place = named_as_itself(mentions[0].text)
    # a country, a region or a capital: many big cities bear people's names (Houston, Kennedy)
    if place is None or not (place.kind in ("country", "region") or is_capital(place)):
        return False
    return all(mention.gender is None for mention in mentions) and not _speaks_of_self_as_he_or_she(doc, mentions)


def _speaks_of_self_as_he_or_she(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether a mention in title case says "he" or "she" did something (``says_he_or_she``);
    not a name after "the" ("The Hill reported"), nor one in capitals ("POLITICO reported")."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.text.isupper() or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
            continue
        if says_he_or_she(span.root, range(span.start, span.end)):
            return True
    return False


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
        _a_full_name(mentions[0].text)
        and len(words[0]) >= 3
        and normalise_name(words[-1]) in surnames
        and not INSTITUTION_WORDS & {word.lower() for word in words}
    )


def _a_person_once(mentions: list[Mention]) -> bool:
    """A clear first name and a surname that the model took for a person once and for a
    place it does not know elsewhere: a place is rarely named like a person, and the model
    often takes an unfamiliar person's name for one."""
    return any(mention.label == PERSON for mention in mentions) and _a_full_name(mentions[0].text)


def _a_full_name(text: str) -> bool:
    """A clear first name and a surname: two or three capitalised words of letters. The
    first name may be one only the world's lists know ("Giorgia Meloni"), since each use
    here has other evidence that the name is someone's."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(word.isalpha() and word[0].isupper() for word in words)
        and opens_with_a_first_name(text)
    )


def _person_surnames(groups: dict[str, list[Mention]]) -> set[str]:
    """Last words of the full names the model tagged as people most of the time (or half of
    it, the first time among them: "feminist Qandeel Baloch", later tagged an organisation;
    or with a clear first name: "Ava DuVernay’s ‘13th’" an organisation, then "Ava DuVernay is")."""
    surnames = set()
    for key, mentions in groups.items():
        words = key.split()
        last = mentions[0].text.split()[-1]
        people = sum(mention.label == PERSON for mention in mentions)
        half = people * 2 == len(mentions) and (
            mentions[0].label == PERSON or first_name_gender(mentions[0].text) is not None
        )
        if (
            len(words) > 1
            and (people * 2 > len(mentions) or half)
            and not ACRONYM.match(last)
            and last.lower() not in INSTITUTION_WORDS
        ):
            surnames.add(words[-1])
    return surnames


def _an_organisation_that_is_someone(
    doc: Doc, key: str, mentions: list[Mention], groups: dict[str, list[Mention]]
) -> bool:
    """A name of two or three capitalised words the model called an organisation, opening
    with a clear first name ("Carly Fiorina"), no word of a body's and no place, that the
    article treats as someone's where it or its lone surname is used: a person's title or
    role beside it ("Fiorina, the former Hewlett-Packard CEO,"), "he" or "she" for it, or a
    list of people's names it is in ("Tom Hart, Carly Fiorina or Ann Lee"), or its lone
    surname speaking. A first name only the world's lists know ("Olaf Scholz") needs
    evidence only a person gives: not a list, where "Goldman Sachs and Donald Trump" are two."""
    words = mentions[0].text.split()
    # (or a place the gazetteer does not know: "Bradley Podliska, an Air Force reserve major")
    if not (mostly(mentions, ORG) or all(mention.label in PLACE_LABELS for mention in mentions)):
        return False
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    if _organisation_word_in(key) or lookup_place(key) is not None or not opens_with_a_first_name(" ".join(words)):
        return False
    if key in NEWS_OUTLETS or key in PLATFORMS:
        return False  # "Le Monde": "Le" is in the first-name lists too
    census = first_name_gender(mentions[0].text) is not None
    for mention in [*mentions, *groups.get(key.split()[-1], [])]:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span[-1].tag_ == "NNPS":
            return False  # "Dallas Mavericks", "Warner Brothers": a side or a firm
        if any(_a_person_s_role(role.head) for role in roles_at(span)):
            return True
        if says_he_or_she(span.root, range(span.start, span.end)):
            return True
        if census and (_listed_with_people(span) or _after_a_body_s_possessive(span)):
            return True
    return _surname_speaks_alone(doc, words[-1])


def _surname_speaks_alone(doc: Doc, surname: str) -> bool:
    """ "Olaf Scholz said … Scholz added that …": the last word of the name, untagged and
    alone, as the subject of a verb of saying, the way news goes on naming a person (a firm
    named after someone speaks of itself as "it": "Schwab said its clients …")."""
    for token in doc:
        if token.text != surname or token.ent_iob_ != "O" or token.dep_ != "nsubj":
            continue
        if token.head.lemma_.lower() not in CUE_LEMMAS or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue
        if not any(word.lower_ in ("it", "its") for word in doc[token.head.i + 1 : token.head.i + 4]):
            return True
    return False


def _after_a_body_s_possessive(span: Span) -> bool:
    """ "NBC News' Lester Holt", "CNN's Jake Tapper": a name right after a body's possessive
    is one of its people (the model types it by the body)."""
    if span.start < 2 or not (span.doc[span.start - 1].tag_ == "POS" or span.doc[span.start - 1].text in ("'", "’")):
        return False
    return span.doc[span.start - 2].ent_type_ == ORG


def _listed_with_people(span: Span) -> bool:
    """ "Tom Hart, Carly Fiorina or Ann Lee": a name in a list of people's names."""
    return any(other.ent_type_ == PERSON for other in span.root.conjuncts)


def _organisation_word_in(key: str) -> bool:
    return bool(set(key.split()) & (INSTITUTION_WORDS | ORGANISATION_WORDS | INSTITUTION_NOUNS))


def _a_person_s_role(head: str) -> bool:
    word = head.lower().rstrip(".")
    return word in PERSON_TITLE_WORDS or word in PERSON_NOUN_LEMMAS


def _postal_code_after_a_town(doc: Doc, mentions: list[Mention]) -> Place | None:
    """ "Police in Tampa, FL said", "Newark, NJ 07102": a US postal code right after a town
    and a comma, everywhere the article writes it, is the state."""
    state = state_by_postal_code(mentions[0].text)
    if state is None:
        return None
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.start < 2 or doc[span.start - 1].text != ",":
            return None
        town = doc[span.start - 2]
        if not (town.is_title and town.is_alpha):
            return None
    return state


def _decide_label(mentions: list[Mention]) -> tuple[str, Place | None]:
    """One type per name in an article: gazetteer first, then the model's majority."""
    votes = Counter(m.label for m in mentions)
    text = mentions[0].text
    place = lookup_place(text)
    if place is not None and (votes[ORG] + sum(votes[label] for label in PLACE_LABELS)) >= votes[PERSON]:
        return ("LOC" if place.kind == "continent" else "GPE"), place
    label, most = votes.most_common(1)[0]
    if votes[PERSON] == most and first_name_gender(text) is not None:
        label = PERSON  # "Ava DuVernay’s ‘13th’" (an organisation) … "Ava DuVernay is": a tie, and a first name
    if label == "GPE" and _DEMONYM.match(text):
        return "NORP", None  # "Ukrainian" is an adjective of nationality, not a place
    return label, None
