"""The role an article gives a person, as words a user can read and count: the title before a
name ("Senate Minority Whip Dick Durbin"), an appositive after it ("Dmitry Peskov, Putin's
spokesman,"; "Ann Lee, the mayor of Springfield,"), or the noun a name is in apposition to
("her fiancée, Hatice Cengiz"), or a relative clause ("Brett McGurk, who was Trump's envoy").

Each finder is a named unit; ``ROLE_FINDERS`` lists them in the order they are tried at each
mention. A person's role is the first one the article gives, outside quotes: news introduces
a person with their role and then drops it.
"""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotex.lexicon import (
    EPITHET_NOUNS,
    FAMILY_NOUNS,
    FINITE_TAGS,
    GENDERED_NOUNS,
    HONORIFICS,
    PARENT_NOUNS,
    PERSON_NOUN_LEMMAS,
    ROLE_HEAD_WORDS,
    ROLE_TITLES,
    TEAM_POSITIONS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the words for what only a person is: a name with one of them as its title is a person's
PERSON_ROLE_WORDS = (ROLE_HEAD_WORDS | PERSON_NOUN_LEMMAS | frozenset(GENDERED_NOUNS) | frozenset(TITLE_WORDS)) - {
    "head",
    "leader",
    "member",
    "staff",
    "family",
}

# titles only a person holds: "Senate Minority Whip", "commissioner", "spokeswoman"
PERSON_TITLE_WORDS = (ROLE_HEAD_WORDS | frozenset(GENDERED_NOUNS) | frozenset(TITLE_WORDS)) - {
    "head",
    "leader",
    "member",
    "founder",
    "co-founder",
    "executive",
    "manager",
    "editor",
    "author",
    "co-author",
    "candidate",
    "nominee",
    "delegate",
    "chair",
}

# participles news puts before a title for the holder's standing in it, which the tagger
# reads as verbs: "retired firefighter", "acting director", "ousted campaign manager"
STATUS_PARTICIPLES = frozenset(
    """retired acting elected appointed indicted convicted ousted presumed embattled disgraced
    jailed exiled suspended sacked fired deposed imprisoned detained""".split()
)

# ranks of nobility news sets between an office and a name ("Foreign Minister Prince Faisal")
NOBLE_TITLES = frozenset("prince princess sheikh sheikha lord lady sir dame emir".split())

# entity types that are no part of a role: "Wednesday President Trump", "53, mayor"
_NOT_ROLE_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# words that join the parts of a title: "Ambassador to the United Nations", "Minister for Health"
_TITLE_JOINERS = {"of", "for", "to", "on"}
# a title is no longer than this; a longer run is a headline or a list, not a role
MAX_TITLE_TOKENS = 12
# a role set off by commas may run longer: "a UN rapporteur for the Office of the UN High
# Commissioner for Human Rights"
MAX_ROLE_TOKENS = 20


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase and where the article gives it."""

    text: str
    start: int
    end: int
    head: str  # the word that says what the role is: "spokesman" in "Putin's spokesman"
    head_start: int
    finder: str


def is_role_head(token: Token) -> bool:
    """Whether a word can end a role: a common noun ("mother", "spokesman") or a title word
    ("President", "Whip", "Sen."), not a name, a number or a nationality."""
    word = token.lower_.rstrip(".")
    if word in ROLE_HEAD_WORDS or word in TITLE_WORDS or token.lower_ in ROLE_TITLES:
        return True
    if token.is_sent_start and token.is_title and word in PERSON_NOUN_LEMMAS:
        return True  # "Neighbour Priya Mistry said": tagged a name where it opens the sentence
    return token.pos_ == "NOUN" and not token.ent_type_ and token.is_alpha


def title_before(name: Span) -> tuple[Span, Token] | None:
    """ "Senate Minority Whip Dick Durbin", "former New York mayor Michael Bloomberg",
    "Former US Ambassador to the United Nations Nikki Haley", "Northamptonshire's chief
    constable Nick Adderley", "Member of Parliament (MP) Yvette Cooper", "Caloundra half back
    Jarrod Kidston": the words before a name that give the person's role."""
    doc = name.doc
    # an honorific between the title and the name is neither ("archbishop Monsenor Jorge
    # Scheinig", "spokesman Dr. Ann Lee")
    end = name.start - 1 if name.start > 0 and doc[name.start - 1].lower_ in HONORIFICS else name.start
    if end >= 2 and doc[end - 1].lower_ in NOBLE_TITLES and doc[end - 2].lower_.rstrip(".") in ROLE_HEAD_WORDS:
        end -= 1  # "Qatari Prime Minister Sheikh Mohammed …": the office is the role, the rank is no part of it
    # a title's abbreviation in brackets is part of it ("Member of Parliament (MP) Yvette Cooper")
    bracketed = end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].text.isupper()
    last = end - 3 if bracketed else end
    start = last
    # a side's position, which the tagger may read as a number and an adverb ("Caloundra half
    # back Jarrod Kidston"), is a title whatever the words' parts of speech
    position = next(
        (size for size in (2, 1) if start >= size and doc[start - size : start].text.lower() in TEAM_POSITIONS), 0
    )
    start -= position
    parent = None if position else _parent_of_count(doc, last)
    if parent is not None:
        start = parent  # "Mother-of-two Jane Smith": the count is no date or number of the title's
    while start > 0 and last - start < MAX_TITLE_TOKENS:
        token = doc[start - 1]
        if token.ent_type_ == "ORDINAL" and token.is_title and token.is_alpha:
            start -= 1  # "First Minister", "First Lady"
            continue
        if token.ent_type_ in _NOT_ROLE_ENTITIES or token.is_quote or token.is_punct and token.text not in ("-", "."):
            break
        if token.ent_type_ == "PERSON":
            if doc[start].ent_iob_ == "I" and is_role_head(token):
                start -= 1  # "Mayor" inside the model's "Mayor Sue Reed": the title, not the name
                continue
            break  # another person's name: a list ("Ann Lee and Tom Ward"), not a title
        if token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_.rstrip(".") in TITLE_WORDS:
            start -= 1
        elif token.lower_ in STATUS_PARTICIPLES and start < last:
            start -= 1  # "retired firefighter Bill Tate", "acting director Ann Lee", whatever their tags
        elif token.pos_ == "ADV" and token.lower_.endswith("ly") and doc[start].lower_ in STATUS_PARTICIPLES:
            start -= 1  # "newly elected president", "recently retired general"
        elif token.text == "-" and not token.whitespace_ and start - 2 >= 0 and not doc[start - 2].whitespace_:
            start -= 1  # "Director-General", "Attorney-General": one title
        elif (
            token.lower_ in _TITLE_JOINERS
            and start < last
            and start - 2 >= 0
            and is_role_head(doc[start - 2])
            and not is_role_head(doc[last - 1])
        ):
            # "Secretary of State", "Ambassador to the United Nations"; not "strategy of", nor
            # "a spokesman for Mayor Frank Jackson", whose title ends before the joiner
            start -= 1
        elif token.lower_ == "the" and start < last and start >= 2 and doc[start - 2].lower_ in _TITLE_JOINERS:
            start -= 1  # "Ambassador to the United Nations"
        elif (
            token.lower_ == "and"
            and start < last
            and start >= 2
            and doc[start - 2].tag_ == "NN"
            and _a_person_s_word(doc[start - 2])
            and is_role_head(doc[start])
        ):
            start -= 1  # "Hotel magnate and game show host Tom Ward": two roles, one person
        elif token.lower_ == "and" and token.ent_iob_ == "I" and doc[start].ent_iob_ == "I":
            start -= 1  # "Health and Safety Executive inspector": an "and" inside a body's name
        elif token.tag_ == "POS" and start - 2 >= 0 and doc[start - 2].ent_type_ in ("GPE", "ORG", "PERSON"):
            start -= 2  # "Northamptonshire's chief constable"
        else:
            break
    while start < last and (doc[start].lower_ in _TITLE_JOINERS or doc[start].lower_ in ("the", "-")):
        start += 1  # and "-" of "then-Secretary of State", "four-star general"
    # the title ends with a role word, or with the place or body it is of ("Ambassador to
    # the United Nations"); "Kenyan Eliud Kipchoge", "Microsoft's Brad Smith" have none
    if start == last:
        return None
    if parent is not None:
        return doc[start:end], doc[parent]
    if position or is_role_head(doc[last - 1]):
        return doc[start:end], doc[last - 1]
    joiner = next((t for t in doc[start:last] if t.lower_ in _TITLE_JOINERS), None)
    if joiner is None or not all(t.pos_ == "PROPN" or t.lower_ == "the" for t in doc[joiner.i + 1 : last]):
        return None
    return doc[start:end], doc[joiner.i - 1]


def _parent_of_count(doc: Doc, last: int) -> int | None:
    """ "Mother-of-two Jane Smith", "Grandmother of seven Ann Lee": the parent noun of a count of
    children that ends right before token `last`, as news gives it for a role; None when there
    is none."""
    i = last - 1
    if i < 0 or not doc[i].like_num:
        return None
    i -= 1 if i > 0 and doc[i - 1].text == "-" else 0
    if i < 1 or doc[i - 1].lower_ != "of":
        return None
    i -= 2 if i > 1 and doc[i - 2].text == "-" else 1
    return i - 1 if i > 0 and doc[i - 1].lower_ in PARENT_NOUNS else None


def _a_person_s_word(token: Token) -> bool:
    """A word for what a person is or does ("feminist", "mogul", "anchor"), not someone else
    they are related to ("father")."""
    word = token.lemma_.lower()
    if word in FAMILY_NOUNS or token.ent_type_:
        return False
    return word in PERSON_ROLE_WORDS or word in ROLE_TITLES or word in EPITHET_NOUNS


def title_shared(name: Span) -> tuple[Span, Token] | None:
    """ "officers Antoine Quirin and Nicolas Redouane", "Senators Ann Lee, Tom Ward and Sue
    Reed": a plural title before the first of a list of names is each one's."""
    first = name.root
    # the parser may hang a list of names on its first by apposition ("Ann Lee, Tom Ward and …")
    while first.head.i < first.i and (
        first.dep_ == "conj" or first.dep_ == "appos" and first.ent_type_ == first.head.ent_type_ == "PERSON"
    ):
        first = first.head
    if first.i == name.root.i or not first.ent_type_:
        return None
    doc = name.doc
    start = first.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # to the first word of the first name
    found = title_before(doc[start : first.i + 1])
    if found is None or found[1].tag_ not in ("NNS", "NNPS"):
        return None
    # a title each one holds ("officers", "senators"), not a relation among them ("rivals")
    head = found[1].lemma_.lower()
    return found if head in ROLE_HEAD_WORDS or head in TITLE_WORDS else None


# what ends an appositive set off after a name
_APPOSITIVE_CLOSERS = (",", ".", ";", ":", ")", "(", "—", "–")


def appositive_after(name: Span) -> tuple[Span, Token] | None:
    """ "Ann Lee, the mayor of Springfield," and "Dmitry Peskov, Putin's spokesman,": the
    noun phrase set off by a comma after the name, up to the next comma or clause."""
    head = name.root
    doc = name.doc
    for child in head.children:
        if child.dep_ != "appos" or child.i < name.end or not is_role_head(child):
            continue
        comma = _past_age(doc, name.end)
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        phrase = _phrase(child, comma + 1)
        if phrase is None:
            return None
        # set off on both sides: in "Ann Lee, a top aide said" the aide is the one speaking
        closed = (
            phrase.end >= len(doc)
            or doc[phrase.end].text in _APPOSITIVE_CLOSERS
            or phrase.text.endswith(".")  # "…, Chief Executive Officer of Acme Corp." ends the sentence
            or doc[phrase.end - 1].is_quote
            and doc[phrase.end - 2].text == ","  # "of “The Five,”"
        )
        if _opens_the_sentence(head) and (phrase.end >= len(doc) or doc[phrase.end].text not in (",", "—", "–")):
            # "According to Ann Lee, the move smells of panic.": after the name, the sentence
            return None
        # and so is "Ann Lee, a teacher who ran for mayor, said": one person's role is a
        # singular ("than Lee, superdelegates who back her would …" begins a clause)
        relative = phrase.end < len(doc) and doc[phrase.end].lower_ in ("who", "whose", "which")
        return (phrase, child) if closed or relative and child.tag_ in ("NN", "NNP") else None
    return None


def age_after(doc: Doc, comma: int) -> int | None:
    """ "Carol Beck, 67, …": the number news sets off in commas right after a name, from
    token `comma` on, as it gives a person's age; None when there is none."""
    if comma + 3 > len(doc):
        return None
    opening, number, closing = doc[comma : comma + 3]
    if opening.text != "," or not number.text.isdigit() or closing.text != ",":
        return None
    return int(number.text)


def _past_age(doc: Doc, comma: int) -> int:
    """ "Carol Beck, 67, a retired nurse,": the comma after an age news sets off right after
    a name, where the appositive goes on; else `comma` itself."""
    age = age_after(doc, comma)
    return comma + 2 if age is not None and _YOUNGEST_AGE <= age <= _OLDEST_AGE else comma


_YOUNGEST_AGE, _OLDEST_AGE = 1, 120


def _opens_the_sentence(name: Token) -> bool:
    """ "According to Ann Lee, …", "Per Ann Lee, …": a name in the phrase that opens a
    sentence, which a comma and the sentence itself follow."""
    preposition = name.head
    if name.dep_ != "pobj" or preposition.i > name.i:
        return False
    if preposition.lower_ == "to" and preposition.head.lower_ == "according":
        preposition = preposition.head
    elif preposition.lower_ != "per":
        return False
    return preposition.i == preposition.sent.start


def noun_before(name: Span) -> tuple[Span, Token] | None:
    """ "her fiancée, Hatice Cengiz," and "the mayor, Ann Lee,": the noun the name is in
    apposition to, when it comes right before the name (and an honorific) and a comma."""
    head = name.root
    doc = name.doc
    noun = head.head
    # "the director of Amnesty International, Mariela Belski," and "a spokesman for Ann Lee,
    # Tom Ward,": the parser hangs the name on the last noun, but it is the role's
    # (not "a bus driver in Dayton, Ohio": a place after a place is where it is)
    while (
        not is_role_head(noun)
        and noun.dep_ == "pobj"
        and (
            noun.ent_type_ in ("ORG", "PERSON")
            and noun.head.lower_ in ("of", "for", "at")
            or noun.ent_type_ == "GPE"
            and noun.head.lower_ == "of"  # "the mayor of Springfield, Ann Lee,"
        )
        and noun.head.head.i < noun.i
    ):
        noun = noun.head.head
    # "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź,": the parser hangs the
    # name on the first of a list, a plural, but it is the last one's, a singular (not
    # "founder and chairman of the Group, Tony Ward": both his)
    last = [conjunct for conjunct in noun.conjuncts if noun.i < conjunct.i < name.start]
    if last and noun.tag_ in ("NNS", "NNPS") and last[-1].tag_ in ("NN", "NNP") and is_role_head(last[-1]):
        noun = last[-1]
    # past an honorific: "The judge, Sir Andrew Nicol,", "the mayor, Dr. Ann Lee,"
    start = name.start - 1 if name.start > 0 and doc[name.start - 1].lower_ in HONORIFICS else name.start
    if head.dep_ != "appos" or noun.i >= start or not is_role_head(noun):
        return None
    if start < name.start and noun.lemma_.lower() not in PERSON_ROLE_WORDS:
        return None  # "Cheers, Ms. Yellen": a greeting, not what she is
    if start == 0 or doc[start - 1].text != ",":
        return None
    phrase = _phrase(noun, noun.left_edge.i)
    if phrase is None or phrase.end > start - 1:
        return None
    return phrase, noun


def relative_copula(name: Span) -> tuple[Span, Token] | None:
    """ "Brett McGurk, who was Trump's envoy to …,", "Clint Williamson, who served as
    ambassador": the role a relative clause right after the name gives with "is", "was" or
    "served as"."""
    doc = name.doc
    if name.end + 2 >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ != "who":
        return None
    verb = doc[name.end + 2]
    if verb.lemma_ == "serve":  # "who served as U.S. Ambassador-at-Large": the object of "as"
        as_phrase = next((child for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"), None)
        candidates = [c for c in as_phrase.children if c.dep_ == "pobj"][:1] if as_phrase else []
    elif verb.lemma_ == "be":
        candidates = [child for child in verb.children if child.dep_ == "attr"]
    else:
        return None
    attribute = next((candidate for candidate in candidates if is_role_head(candidate)), None)
    if attribute is None:
        return None
    phrase = _phrase(attribute, attribute.left_edge.i)
    return (phrase, attribute) if phrase is not None else None


def _phrase(noun: Token, first: int) -> Span | None:
    """The words of a role noun from `first`, through its "of …" and "for …" phrases, up to
    a comma, a relative clause or a bracket."""
    doc = noun.doc
    last = noun.i
    for token in doc[noun.i + 1 : noun.right_edge.i + 1]:
        if token.text in (",", "(", ")", ";", ":") or token.dep_ == "relcl" or token.lower_ in ("who", "which", "that"):
            break
        if token.tag_ in FINITE_TAGS:
            break  # "with Mia Kim, 23, a police van stopped": a clause, no role
        last = token.i
    if doc[last].lower_ in _TITLE_JOINERS and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "B":
        # "Chief Executive Officer of Acme Corp.": the parser hung the body's name elsewhere
        # (the abbreviation's full stop ended its sentence); the name is the role's
        last += 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    last += _title_closing(doc, first, last + 1)
    tokens = [token for token in doc[first : last + 1]]
    # "the", and "her" in "her fiancée": whose it is means nothing without the sentence
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct or tokens[0].tag_ == "PRP$"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and not (tokens[-1].is_quote and _quotes_balance(tokens)):
        tokens.pop()
    if not tokens or len(tokens) > MAX_ROLE_TOKENS or any(_no_role_word(t, noun) for t in tokens):
        return None
    return doc[tokens[0].i : tokens[-1].i + 1]


def _quotes_balance(tokens: list[Token]) -> bool:
    return sum(token.is_quote for token in tokens) % 2 == 0


def _title_closing(doc: Doc, first: int, end: int) -> int:
    """ "a host of “The Five,” said", "the host of “The Five”": how many tokens from `end` on
    close a title the role's words from `first` opened: its closing mark, and a comma American
    style puts inside it."""
    if _quotes_balance(list(doc[first:end])):
        return 0
    for size in (1, 2):
        if end + size <= len(doc) and doc[end + size - 1].is_quote and (size == 1 or doc[end].text == ","):
            return size
    return 0


def _no_role_word(token: Token, noun: Token) -> bool:
    """A date, a time or a sum is no part of a role; a count after its noun is ("a mother of
    five", "a veteran of two wars"), unless capitalised as a name's word ("host of “The
    Five”")."""
    if token.ent_type_ not in _NOT_ROLE_ENTITIES:
        return False
    return token.ent_type_ != "CARDINAL" or token.i < noun.i


RoleFinder = Callable[["Span"], "tuple[Span, Token] | None"]

ROLE_FINDERS: tuple[tuple[str, RoleFinder], ...] = (
    ("title_before", title_before),
    ("title_shared", title_shared),
    ("appositive_after", appositive_after),
    ("noun_before", noun_before),
    ("relative_copula", relative_copula),
)


def roles_at(name: Span) -> list[Role]:
    """The roles the words around one mention of a name give, in ``ROLE_FINDERS`` order."""
    found = []
    for finder_name, finder in ROLE_FINDERS:
        result = finder(name)
        if result is not None:
            phrase, head = result
            text = " ".join(phrase.text.split())
            found.append(Role(text, phrase.start_char, phrase.end_char, head.text, head.idx, finder_name))
    return found
