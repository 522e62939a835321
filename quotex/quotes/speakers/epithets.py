"""Epithets: the words news uses to refer back to someone it has just named by what they are —
"Rafael Nadal won again. The Spaniard said …", "Elon Musk … The billionaire said", "Rubio
offered … The Florida senator sought …", "said the 21-year-old" (``epithet_referent``); by
their place in a family the article names, "David and Louise Turpin … The father said"
(``family_referent``); an organisation by the kind of body it is, "Twitter … the
company said" (``body_referent``); and a police force by "police" (``police_force``).

An epithet is a definite description of one person by nationality, party, age, fame or fortune,
a candidacy, a seat or a sport's position (``EPITHET_NOUNS``). Unlike a role the article gave
someone (``roles.described_person``), nothing before it need say so: the writer relies on the
reader taking it for the person the story is about at that point. Each referent is None when
the text leaves a doubt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.lexicon import (
    BODY_EPITHETS,
    BROADCASTER_NAME_WORDS,
    BROADER_ROLES,
    EPITHET_GENDER,
    EPITHET_NOUNS,
    GOVERNMENT_NAME_WORDS,
    NATIONALITY_NOUNS,
    NEWS_OUTLETS,
    NEWSPAPER_NAME_WORDS,
    NOT_A_COMPANY_WORDS,
    NOUN_GENDER,
    PARTY_MEMBER_NOUNS,
    PRONOUN_GENDER,
    ROLE_CHANGERS,
    ROLE_HEAD_WORDS,
    STOCK_NOUNS,
)
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import cited_according_to
from quotex.quotes.speakers.roles import Roles, role_words, title_word
from quotex.roles import age_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "the 21-year-old", however the tokenizer split it
_AGE = re.compile(r"^(\d{1,3})-year-old$")


def epithet_age(mention: Span) -> int | None:
    """The age an epithet gives ("the 21-year-old" -> 21), or None."""
    words = mention[1:] if mention[0].lower_ == "the" else mention
    found = _AGE.match("".join(token.text for token in words).lower())
    return int(found.group(1)) if found else None


def _definite(anchor: Token, mention: Span) -> bool:
    """Whether the words open with "the" — which the speaker's words leave out before a
    name's word ("The Argentine") or an age the model tags as a date ("the 21-year-old")."""
    before = mention.doc[mention.start - 1] if mention.start else None
    return (
        mention[0].lower_ == "the"
        or (before is not None and before.lower_ == "the")
        or any(child.dep_ == "det" and child.lower_ == "the" for child in anchor.children)
    )


def is_epithet(anchor: Token, mention: Span) -> bool:
    """ "the Spaniard", "the Ohio Democrat", "the 21-year-old", "the billionaire businessman",
    "the Vermont senator", "the former secretary of state", "the French president": a definite
    description of one person by what they are."""
    if not _definite(anchor, mention) or anchor.tag_ in ("NNS", "NNPS"):
        return False
    if epithet_age(mention) is not None:
        return True
    lemma = anchor.lemma_.lower()
    if lemma in NATIONALITY_NOUNS or lemma in PARTY_MEMBER_NOUNS or lemma in EPITHET_NOUNS:
        return True
    if lemma in ROLE_HEAD_WORDS and any(token.lower_ in _LEAVING_OR_TAKING_UP for token in mention):
        # "the former secretary of state", "the outgoing prime minister": an office someone
        # held or is leaving (or about to take up), not a part they play now
        return True
    if _national_office(anchor):
        return True  # "the French president": the one who holds it
    # "the Argentine", "the Italian": one person named by nation, as the model tags them
    return anchor.ent_type_ == "NORP" and anchor.pos_ in ("PROPN", "NOUN") and anchor.text[:1].isupper()


# words before an office that say its holder held it, is leaving it or is about to take it up
_LEAVING_OR_TAKING_UP = frozenset({"former", "outgoing", "incoming", "departing", "retiring"})


# offices a country or a state has one holder of at a time
_ONE_HOLDER_OFFICES = frozenset({"president", "chancellor", "premier", "king", "queen"})


def _national_office(anchor: Token) -> bool:
    """ "the French president", "the German chancellor", "the British prime minister": an
    office a nation has one holder of, with the nation's name before it."""
    office = anchor.lemma_.lower() in _ONE_HOLDER_OFFICES or (
        anchor.lemma_.lower() == "minister" and any(child.lower_ == "prime" for child in anchor.children)
    )
    return office and any(child.ent_type_ in ("NORP", "GPE") and child.i < anchor.i for child in anchor.children)


def says_a_role(anchor: Token, mention: Span) -> bool:
    """Whether an epithet says what someone does ("the billionaire businessman", "the Ohio
    Democrat"), not only their age or nation ("the 21-year-old", "the Spaniard")."""
    if epithet_age(mention) is not None:
        return False
    lemma = anchor.lemma_.lower()
    return lemma not in NATIONALITY_NOUNS and (anchor.ent_type_ != "NORP" or lemma in PARTY_MEMBER_NOUNS)


def epithet_referent(
    context: QuoteContext,
    anchor: Token,
    mention: Span,
    salient: Sequence[tuple[int, Cluster]],
    roles: Roles,
    entities: EntityIndex,
    excluded: AbstractSet[str] = frozenset(),
) -> Cluster | None:
    """The person an epithet refers back to, or None when the text leaves a doubt:

    - an age refers to the one person the article gave that age ("Carol Beck, 67, … the
      67-year-old");
    - else the person last named as a subject (``salient``), in the epithet's paragraph or the
      one before, when no one else came in since their sentence began (named, or a "he" or
      "she" that cannot be them), their gender fits, an age they were given
      fits, and no one else holds a role of that name ("Sen. Ted Cruz … the senator");
      for a nation's one-holder office ("the French president"), not when the text
      described someone so since, nor when the person holds the office without the
      nation's name ("President Obama");
    - never one of the `excluded` ids (whom the epithet replies to).
    """
    if not is_epithet(anchor, mention) or context.in_quote(anchor):
        return None
    doc = context.doc
    start = mention.start_char
    age = epithet_age(mention)
    if age is not None:
        aged = [person for person in entities.people() if age in _ages(doc, person, start)]
        if len(aged) == 1:
            return aged[0]
        if aged:
            return None
    earlier = bisect.bisect_left(salient, start, key=lambda entry: entry[0])
    if not earlier:
        return None
    where, person = salient[earlier - 1]
    if person.id in excluded:
        return None
    if context.paragraph_of(start) - context.paragraph_of(where) > 1:
        return None
    if _someone_else_in_play(context, entities, person, where, start):
        return None
    national_office = _national_office(anchor)
    if national_office and _described_before(context, anchor, where, start):
        return None  # "Ann Lee met the French president. “…,” the French president said"
    gender = EPITHET_GENDER.get(anchor.lemma_.lower()) or NOUN_GENDER.get(anchor.lemma_.lower())
    if gender is not None and person.gender not in (None, gender):
        return None
    if age is not None and _ages(doc, person, start):
        return None  # given another age
    noun = title_word(anchor)
    described = role_words(mention)
    for holder, given in roles.items():
        for _, nouns, words in given:
            if noun not in nouns and not nouns & BROADER_ROLES.get(noun, set()):
                continue
            if holder != person.id:
                return None  # "Sen. Ted Cruz … Rubio spoke … the senator": either of them
            if words & ROLE_CHANGERS != described & ROLE_CHANGERS:
                return None  # "Vice President Biden" is not "the president"
            if national_office and not described - {noun} <= words:
                return None  # "President Obama … with Francois Hollande. The French president"
    return person


# a parent or a spouse, by the gender the word gives
_FAMILY_GENDER = {
    **dict.fromkeys(("father", "dad", "husband"), "m"),
    **dict.fromkeys(("mother", "mum", "mom", "wife"), "f"),
}


def family_referent(context: QuoteContext, anchor: Token, mention: Span, entities: EntityIndex) -> Cluster | None:
    """ "Judge Schwartz sentenced David and Louise Turpin … The father said": "the father",
    "the mother", "the husband", "the wife" in an article that names a family (two people or
    more sharing a surname) is the one of them named before it whose gender the word gives,
    when only one is. Not "his father" (someone else's), nor a family of two men for "the
    father"."""
    gender = _FAMILY_GENDER.get(anchor.lemma_.lower())
    if gender is None or anchor.tag_ != "NN" or context.in_quote(anchor):
        return None
    if not _definite(anchor, mention):
        return None
    by_surname: dict[str, list[Cluster]] = {}
    for person in entities.people():
        if " " in person.name and min(m.start for m in person.mentions) < mention.start_char:
            by_surname.setdefault(person.name.split()[-1], []).append(person)
    fitting = [
        person for family in by_surname.values() if len(family) > 1 for person in family if person.gender == gender
    ]
    return fitting[0] if len(fitting) == 1 else None


def body_referent(context: QuoteContext, anchor: Token, mention: Span, entities: EntityIndex) -> Cluster | None:
    """ "Twitter acknowledged … “…,” the company said", "Trump asked the network (CNN) …
    The network did not respond", "the FBI confirmed … The agency declined": a word for the
    kind of body an organisation is (``BODY_EPITHETS``) refers back to the one organisation
    the text names, outside quotes, from the start of the sentence that last named one to
    the word, in its paragraph or the one before, when that organisation can be that kind
    of body (a company is no ministry or party; a network has a broadcaster's name, a
    newspaper a newspaper's; an agency a government body's, or letters) and the text was
    about it there (its subject, or named more than once)."""
    kind = BODY_EPITHETS.get(anchor.lemma_.lower())
    if kind is None or anchor.tag_ != "NN" or context.in_quote(anchor):
        return None
    if not _definite(anchor, mention):
        return None
    if any(
        child.dep_ in ("poss", "compound")
        and (child.ent_type_ or child.pos_ == "PROPN")
        and not (child.dep_ == "compound" and anchor.lemma_.lower() in _MAKERS)
        for child in anchor.children
    ):
        # "Trump's company", "the Future45 group": one with its own name, maybe not the one
        # named; "the iPhone maker" names what it makes
        return None
    if any(token.lower_ in _ANOTHER_BODY for token in mention):
        return None  # "the parent company", "the combined company": not the one named
    start = mention.start_char
    if kind == "court":
        return _court_referred(context, anchor, start, entities)
    if kind == "council":
        # "Riverton Council has scrapped …" … "The council said": the one council the article
        # names before, however far back (a story about a council calls it so throughout)
        councils = [
            body
            for body in entities.clusters
            if body.kind == "organisation"
            and _can_be(body.name, kind)
            and any(position < start for position in context.unquoted_mention_starts(body))
        ]
        return councils[0] if len(councils) == 1 else None
    last: tuple[int, Cluster] | None = None
    for body in entities.clusters:
        if body.kind != "organisation":
            continue
        for position in context.unquoted_mention_starts(body):
            if position < start and (last is None or position > last[0]):
                last = (position, body)
    if last is None or context.paragraph_of(start) - context.paragraph_of(last[0]) > 1:
        return None
    named = context.doc.char_span(last[0], last[0] + 1, alignment_mode="expand")
    since = named.sent.start_char if named is not None else last[0]
    others = [
        body
        for body in entities.clusters
        if body.kind == "organisation"
        and body is not last[1]
        and bisect.bisect_left(starts := context.unquoted_mention_starts(body), start)
        > bisect.bisect_left(starts, since)
    ]
    if others:
        # two bodies named: either may be meant, unless the kind is one only a name says
        # and one name says it ("Boeing reached a deal with the Machinists' Association …,
        # the union said")
        if kind not in _KINDS_A_NAME_SAYS:
            return None
        fitting = [body for body in [last[1], *others] if _can_be(body.name, kind)]
        return fitting[0] if len(fitting) == 1 else None
    body = last[1]
    # alone, a union may have any body's name that is no company's, outlet's or government's ("Unison")
    can_be = (
        _can_be(body.name, kind)
        or kind == "union"
        and _can_be(body.name, "group")
        or _called_that_kind(context, body, anchor.lemma_.lower())
    )
    if not can_be or not _salient(context, body, last[0]):
        return None
    return body


def _called_that_kind(context: QuoteContext, body: Cluster, word: str) -> bool:
    """Whether the text calls the organisation that kind of body in apposition ("KTV-RHN, the
    country's largest television network, …") or right before its name ("Spain's
    meteorological agency Aemet said"): then "the network", "the agency" is it, whatever its
    name."""
    doc = context.doc
    for start in context.unquoted_mention_starts(body):
        named = doc.char_span(start, start + 1, alignment_mode="expand")
        if named is None:
            continue
        before = doc[named.start - 1] if named.start else None
        if before is not None and before.pos_ == "NOUN" and before.text.islower() and before.lemma_.lower() == word:
            return True
        root = named[0]
        while root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        if any(child.dep_ == "appos" and child.lemma_.lower() == word for child in root.children):
            return True
    return False


def _court_referred(context: QuoteContext, anchor: Token, start: int, entities: EntityIndex) -> Cluster | None:
    """ "The Court of Session … The court had been petitioned … The three-judge court found":
    the one court the text was about where it last named one, in the paragraph of the word
    or the one before, or further back where each paragraph between speaks of "the court"
    again; a court named since only in passing ("the only court above it is the Supreme
    Court") takes none of it. Not another court by its level or place (``_another_court``)."""
    named = []
    for body in entities.clusters:
        if body.kind != "organisation" or not _can_be(body.name, "court"):
            continue
        before = [position for position in context.unquoted_mention_starts(body) if position < start]
        if before and _salient(context, body, before[-1]):
            named.append((before[-1], body))
    if not named:
        return None
    position, court = max(named, key=lambda found: found[0])
    paragraph = context.paragraph_of(start)
    for between in range(context.paragraph_of(position) + 1, paragraph):
        if not _speaks_of_the_noun_in(context, anchor, between):
            return None
    return None if _another_court(anchor, court.name) else court


def _speaks_of_the_noun_in(context: QuoteContext, anchor: Token, paragraph: int) -> bool:
    """Whether the word's noun stands outside quotes and names in that paragraph."""
    return any(
        token.lemma_.lower() == anchor.lemma_.lower()
        and not token.ent_type_
        and not context.in_quote(token)
        and context.paragraph_of(token.idx) == paragraph
        for token in anchor.doc[: anchor.i]
    )


def _another_court(anchor: Token, name: str) -> bool:
    """ "the appeals court" after "the Supreme Court", "the district court" after "the Court
    of Appeal": a word for the court's level or place that the named one's name lacks
    makes it another court; its size does not ("the three-judge court")."""
    words = _name_words(name)
    words |= {word.rstrip("s") for word in words}  # "Court of Appeals": the appeals court
    return any(
        child.dep_ in ("compound", "amod", "nmod")
        and child.lower_.rstrip("s") not in words
        and not any(grand.dep_ == "nummod" for grand in child.children)
        for child in anchor.children
        if child.i < anchor.i
    )


def police_force(context: QuoteContext, anchor: Token, mention: Span, entities: EntityIndex) -> Cluster | None:
    """ "West Yorkshire Police said … Police said the man and woman were known to each
    other": "police" alone (or "the police") is the one police force the article named
    before it, outside quotes, wherever; not "Chicago police" or "local police", which may be
    another."""
    if anchor.lower_ != "police" or context.in_quote(anchor):
        return None
    if any(token.i != anchor.i and token.lower_ != "the" for token in mention):
        return None
    forces = [
        body
        for body in entities.clusters
        if body.kind == "organisation"
        and body.name.split()[-1].lower() in _POLICE_FORCE_ENDINGS
        and len(body.name.split()) > 1
        and any(position < mention.start_char for position in context.unquoted_mention_starts(body))
    ]
    return forces[0] if len(forces) == 1 else None


# the last word of a police force's name: "Northamptonshire Police", "Gwent Constabulary"
_POLICE_FORCE_ENDINGS = frozenset({"police", "constabulary"})


# words for a company that a name before them says what it makes: "the iPhone maker"
_MAKERS = frozenset({"maker", "manufacturer"})

# words that make a body another than the one named
_ANOTHER_BODY = frozenset("parent sister rival other another combined merged new former".split())


def _name_words(name: str) -> set[str]:
    """A body's name as words in lower case, split at hyphens, without punctuation."""
    return {word.strip(".,'’").lower() for word in name.replace("-", " ").split()}


def _can_be(name: str, kind: str) -> bool:
    """Whether a body of that name can be that kind of body."""
    words = _name_words(name)
    if kind == "company":
        return not words & NOT_A_COMPANY_WORDS
    broadcaster = bool(words & BROADCASTER_NAME_WORDS)
    newspaper = bool(words & NEWSPAPER_NAME_WORDS)
    if kind == "broadcaster":
        return broadcaster
    if kind == "newspaper":
        return newspaper
    if kind == "club":
        # "Manchester United sacked their manager. The club said …": a side's name, no
        # company's, outlet's or government body's
        return not words & (GOVERNMENT_NAME_WORDS | BROADCASTER_NAME_WORDS | NEWSPAPER_NAME_WORDS | NOT_A_COMPANY_WORDS)
    if kind == "group":
        # a body of people that is no company, outlet or government body
        return not words & (GOVERNMENT_NAME_WORDS | BROADCASTER_NAME_WORDS | NEWSPAPER_NAME_WORDS | {"inc", "corp"})
    outlet = broadcaster or newspaper or bool(words & {"news", "magazine", "press"}) or name.lower() in NEWS_OUTLETS
    if kind == "news outlet":
        return outlet
    letters = name.isupper() and name.isalpha() and 2 <= len(name) <= 5
    if kind == "court":
        return bool(words & {"court", "tribunal"})
    if kind == "council":
        return "council" in words  # "Riverton Council approved it. The council said …"
    if kind == "union":
        # "Unite", "the Teamsters", "the Machinists' Association", "the RMT"
        return bool(words & _UNION_NAME_WORDS) or letters
    if kind == "agency":
        # a government's agency, an international one ("the World Health Organization",
        # "the World Food Programme") or a news agency ("Reuters")
        return bool(words & (GOVERNMENT_NAME_WORDS | _AGENCY_NAME_WORDS)) or letters or outlet
    return bool(words & GOVERNMENT_NAME_WORDS) or letters


# the kinds of body only a name of that kind can be, so that of several bodies named, the one
# whose name says it is the one meant
_KINDS_A_NAME_SAYS = frozenset({"union", "council", "broadcaster", "newspaper"})
# words in the name of a trade union
_UNION_NAME_WORDS = frozenset(
    "union unions association workers federation guild brotherhood teamsters confederation unite".split()
)


# words in the name of an international agency: "World Health Organization", "World Food
# Programme", "International Monetary Fund"
_AGENCY_NAME_WORDS = frozenset("organization organisation programme program fund agency".split())


def _salient(context: QuoteContext, body: Cluster, position: int) -> bool:
    """Whether the text was about a body where it last named it: as a subject there, or
    named more than once ("Alphabet, the parent company of Google," is not about Google)."""
    mention = next(m for m in body.mentions if m.start == position)
    named = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None:
        return False
    root = named.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if cited_according_to(root):
        return True  # "According to the World Health Organization, …": the source the text cites
    if root.dep_ in ("poss", "compound"):
        owns = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("in", "of"):
        owns = root.head.head
    else:
        owns = None
    if owns is not None and owns.lemma_.lower() in STOCK_NOUNS:
        return True  # "Apple shares rose", "Shares in Apple fell", "Shares of Apple fell": market news is about the company
    # a name that only qualifies another thing ("the parent company of Google", "Google's
    # results") is not what the text is about
    qualifies = root.dep_ in ("poss", "compound") or root.dep_ == "pobj" and root.head.lower_ == "of"
    return not qualifies and len(context.unquoted_mention_starts(body)) > 1


def _described_before(context: QuoteContext, anchor: Token, after: int, before: int) -> bool:
    """Whether the same noun stands outside quotes and outside names between the offsets:
    someone the text described, not named, may be the one meant."""
    between = context.doc.char_span(after, before, alignment_mode="expand")
    return between is not None and any(
        token.lemma_.lower() == anchor.lemma_.lower() and not token.ent_type_ and not context.in_quote(token)
        for token in between
        if token.i != anchor.i
    )


def _ages(doc: Doc, person: Cluster, before: int) -> set[int]:
    """The ages set off after a person's name before `before` ("Carol Beck, 67,")."""
    ages = set()
    for mention in person.mentions:
        if mention.start >= before:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            age = age_after(doc, span.end)
            if age is not None:
                ages.add(age)
    return ages


def _someone_else_in_play(
    context: QuoteContext, entities: EntityIndex, person: Cluster, named_at: int, before: int
) -> bool:
    """Whether the text brings in someone other than `person` between the sentence that
    named them (from its start) and the epithet: another person named outside quotes
    ("Lee responded that Tom Hart had …", "Hart's refusal … the developer"),
    or a "he" or "she" that cannot be them ("He tells crowds she may be charged")."""
    doc = context.doc
    named = doc.char_span(named_at, named_at + 1, alignment_mode="expand")
    after = named.sent.start_char if named is not None else named_at
    for other in entities.people():
        if other.id == person.id:
            continue
        starts = context.unquoted_mention_starts(other)
        if bisect.bisect_left(starts, before) > bisect.bisect_left(starts, after):
            return True
    if person.gender is None:
        return False
    between = doc.char_span(named_at, before, alignment_mode="expand")
    return between is not None and any(
        PRONOUN_GENDER.get(token.lower_, person.gender) != person.gender and not context.in_quote(token)
        for token in between
    )
