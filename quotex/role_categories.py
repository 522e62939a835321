"""What kind of source a quoted person is, from the role the article gives them: a politician
or official, police or justice, an expert, business, an organisation or advocate, media,
culture or sport, religion, a spokesperson, or an ordinary person (a resident, a witness, a
relative). Media studies count sources this way; quotex counts them in ``stats`` and the
report. Pure string rules, no model: they run on output records.

A role is an English noun phrase, and its head is the last noun before the first
preposition, comma or clause ("Trump campaign *spokesman* for …", "political science
*professor* at …"), so the category is the head's. Heads that many kinds of people hold
("director", "president", "adviser") are settled by the words around them: a qualifier
("financial adviser", "campaign manager") or the kind of body they serve ("director of the
Urban Institute", "president of the teachers' union")."""

from __future__ import annotations

import functools
import re

POLITICS = "politics & government"
JUSTICE = "police, military & justice"
EXPERTS = "experts & academics"
BUSINESS = "business"
ORGANISATIONS = "organisations & advocacy"
MEDIA = "media, culture & sport"
RELIGION = "religion"
SPOKESPEOPLE = "spokespeople"
PUBLIC = "ordinary people"
OTHER = "other role"
NO_ROLE = "no role"

CATEGORIES = (
    POLITICS,
    JUSTICE,
    EXPERTS,
    BUSINESS,
    ORGANISATIONS,
    MEDIA,
    RELIGION,
    SPOKESPEOPLE,
    PUBLIC,
    OTHER,
    NO_ROLE,
)

# head nouns (and the abbreviations news puts before names), by category
_HEADS: dict[str, str] = {}
for _category, _listed in (
    (
        POLITICS,
        "president premier minister secretary senator sen governor gov mayor congressman congresswoman "
        "congressmember representative rep lawmaker legislator politician mp mep councillor councilor "
        "councilman councilwoman councilmember alderman alderwoman alderperson selectman selectwoman "
        "freeholder assemblyman assemblywoman assemblymember delegate del nominee candidate "
        "diplomat ambassador envoy consul commissioner chancellor speaker whip king queen prince "
        "princess monarch emperor sultan emir sheikh aide staffer strategist pollster bureaucrat "
        "regulator superintendent dictator president-elect democrat republican surrogate liaison "
        "chief-of-staff head-of-state head-of-government running-mate",
    ),
    (
        JUSTICE,
        "police policeman policewoman officer constable sheriff detective inspector sergeant sgt "
        "trooper marshal general gen colonel col lieutenant lt major maj captain capt commander "
        "admiral soldier marine veteran judge justice magistrate prosecutor attorney lawyer solicitor "
        "barrister counsel coroner warden firefighter ranger",
    ),
    (
        EXPERTS,
        "professor prof researcher scientist scholar academic analyst economist expert specialist "
        "lecturer historian sociologist psychologist epidemiologist virologist biologist physicist "
        "chemist geologist meteorologist forecaster doctor dr physician surgeon nurse pharmacist "
        "engineer fellow statistician demographer criminologist archaeologist astronomer "
        "biomechanicist ecologist climatologist",
    ),
    (
        BUSINESS,
        "ceo cfo coo cto businessman businesswoman entrepreneur owner investor banker trader broker "
        "developer shareholder landlord retailer shopkeeper merchant employer contractor billionaire",
    ),
    (ORGANISATIONS, "activist advocate campaigner organizer organiser volunteer unionist trustee lobbyist"),
    (
        MEDIA,
        "journalist reporter correspondent editor columnist anchor host presenter broadcaster moderator "
        "commentator writer author novelist poet actor actress singer musician rapper artist "
        "filmmaker comedian dancer star celebrity personality influencer model photographer "
        "coach player athlete footballer cricketer golfer swimmer runner boxer skier cyclist goalkeeper "
        "striker midfielder quarterback pitcher jockey champion olympian",
    ),
    (RELIGION, "pope cardinal archbishop bishop priest pastor rabbi imam cleric reverend rev monk nun vicar chaplain"),
    (SPOKESPEOPLE, "spokesman spokeswoman spokesperson press-secretary communications-director"),
    (
        PUBLIC,
        "resident neighbour neighbor witness passer-by bystander student pupil parent mother "
        "father mom mum dad son daughter wife husband widow widower brother sister sibling cousin uncle "
        "aunt grandmother grandfather grandson granddaughter fiancee fiancée fiance fiancé "
        "girlfriend boyfriend friend relative victim survivor voter fan customer shopper passenger "
        "commuter patient worker employee teacher tenant homeowner farmer driver pedestrian tourist "
        "visitor local citizen mourner protester demonstrator",
    ),
):
    for _word in _listed.split():
        _HEADS[_word] = _category

# heads that many kinds of people hold: the words around them decide, else this
_OPEN_HEADS = {
    "president": POLITICS,
    "vice-president": POLITICS,
    "leader": POLITICS,
    "adviser": POLITICS,
    "advisor": POLITICS,
    "official": POLITICS,
    "chair": ORGANISATIONS,
    "director": ORGANISATIONS,
    "director-general": ORGANISATIONS,
    "general-secretary": ORGANISATIONS,
    "head": ORGANISATIONS,
    "chief": ORGANISATIONS,
    "member": ORGANISATIONS,
    "coordinator": ORGANISATIONS,
    "spokesperson": SPOKESPEOPLE,
    "chairman": BUSINESS,
    "chairwoman": BUSINESS,
    "chairperson": BUSINESS,
    "executive": BUSINESS,
    "chief-executive": BUSINESS,
    "managing-director": BUSINESS,
    "manager": BUSINESS,
    "founder": BUSINESS,
    "co-founder": BUSINESS,
    "consultant": BUSINESS,
    "partner": PUBLIC,
    "agent": JUSTICE,
    "producer": MEDIA,
    "opponent": OTHER,
    "rival": OTHER,
    "challenger": OTHER,
    "associate": OTHER,
}
_HEADS.update(_OPEN_HEADS)

# titles of more than one word, read as one: "chief of staff", "Secretary General"
_COMPOUND_TITLES = re.compile(
    r"\b(chief of staff|heads? of (?:state|government)|running mate|press secretary|communications director|"
    r"vice[ -]president|chief executive|managing director|director general|general secretary|"
    r"(?:secretary|attorney|solicitor|surgeon|inspector|governor|postmaster) general|editor[- ]in[- ]chief)\b",
    re.IGNORECASE,
)
_COMPOUND_CATEGORY = {
    "secretary-general": POLITICS,
    "attorney-general": JUSTICE,
    "solicitor-general": JUSTICE,
    "surgeon-general": POLITICS,
    "inspector-general": POLITICS,
    "governor-general": POLITICS,
    "postmaster-general": POLITICS,
    "editor-in-chief": MEDIA,
}
_HEADS.update(_COMPOUND_CATEGORY)

# words that say which kind of body an open head serves: "campaign manager", "director of the
# Urban Institute"
_BODY_WORDS: dict[str, str] = {}
for _category, _listed in (
    (
        POLITICS,
        "campaign government ministry department senate congress parliament assembly cabinet party "
        "republican republicans democratic democrats democrat labour labor conservative conservatives "
        "liberal tory gop dnc rnc administration white house state county city council committee "
        "political policy federal national presidential election electoral commission agency kremlin "
        "embassy consulate nations nato",
    ),
    (
        JUSTICE,
        "police army navy military force forces defence defense security intelligence court courts "
        "prison legal law enforcement fire guard",
    ),
    (
        EXPERTS,
        "university college school institute academy laboratory lab hospital clinic research "
        "science scientific medical health study studies centre center observatory museum",
    ),
    (
        BUSINESS,
        "company corporation corp inc ltd llc plc group firm bank bancorp fund capital holdings "
        "industries airline airlines retail brand business financial finance investment "
        "marketing sales commercial technology technologies motors energy oil",
    ),
    (
        ORGANISATIONS,
        "union unions association federation coalition alliance foundation charity trust society "
        "league network movement organization organisation ngo nonprofit non-profit advocacy rights",
    ),
    (MEDIA, "newspaper magazine television tv radio broadcaster film studio theatre theater band orchestra club team"),
    (
        RELIGION,
        "church diocese parish mosque synagogue temple vatican religious catholic anglican christian "
        "christianity muslim islamic jewish",
    ),
):
    for _word in _listed.split():
        _BODY_WORDS[_word] = _category

# where a noun phrase of a role ends: a preposition, a clause, a conjunction
_PHRASE_ENDS = {
    "of",
    "at",
    "for",
    "to",
    "in",
    "with",
    "from",
    "on",
    "under",
    "who",
    "which",
    "whose",
    "that",
    "and",
    "&",
}
# the head phrase of a role ends at a comma, a dash or a bracket too: "a lawyer, who …"
_CLAUSE_BREAK = re.compile(r"[,;:(\[—–]|\s-\s")
# a party and state after a US politician's name: "(D-Mass.)", "R-S.C."
_PARTY_MARK = re.compile(r"^\s*\(?[DRI]-\s?(?:[A-Z][A-Za-z.]*)?\)?\s*$")
_HYPHENATED_OF = re.compile(r"-of-", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’.-]*", re.IGNORECASE)


@functools.lru_cache(maxsize=50_000)  # roles repeat across a corpus
def role_category(role: str | None) -> str:
    """The category of source a role describes (one of ``CATEGORIES``)."""
    if role is None or not role.strip():
        return NO_ROLE
    if _PARTY_MARK.match(role):
        return POLITICS
    role = _COMPOUND_TITLES.sub(lambda title: "-".join(title.group().lower().replace("-", " ").split()), role)
    first, *after = _CLAUSE_BREAK.split(role, maxsplit=1)
    phrases = _phrases(_words(first))
    rest = [phrase for text in after for phrase in _phrases(_words(text))]
    head_phrase, *others = phrases or [[]]
    head = _last_head(head_phrase)
    if head is None:  # "a two-decade veteran of …" has its head later; "The Rev." none at all
        for number, phrase in enumerate([*others, *rest]):
            head = _last_head(phrase)
            if head is not None:
                head_phrase, bodies = phrase, [*others, *rest][number + 1 :]
                break
        else:
            return OTHER
    else:
        bodies = [*others, *rest]
    if head not in _OPEN_HEADS:
        return _HEADS[head]
    # an open head: the words before it ("campaign manager"), then the bodies it serves, each
    # by its own head ("the Tax Policy Center": a centre)
    before = head_phrase[: head_phrase.index(head)]
    for word in before:
        category = _BODY_WORDS.get(word) or (_HEADS.get(word) if word not in _OPEN_HEADS else None)
        if category is not None:
            return category
    for phrase in bodies:
        for word in reversed(phrase):
            if word in _BODY_WORDS:
                return _BODY_WORDS[word]
    return _OPEN_HEADS[head]


def _words(text: str) -> list[str]:
    """Lower-case words, without the dot of an abbreviation, a possessive "'s" or a plural
    ending ("officers", "witnesses", "deputies")."""
    words = []
    # "mother-of-two", "father-of-three": the head and its "of" phrase, hyphenated
    for word in _WORD.findall(_HYPHENATED_OF.sub(" of ", text)):
        word = word.lower().rstrip(".").replace("’", "'")
        word = word[:-2] if word.endswith("'s") else word
        if word not in _HEADS and word.endswith("s"):
            singular = (word[:-3] + "y", word[:-2], word[:-1]) if word.endswith("ies") else (word[:-2], word[:-1])
            word = next((form for form in singular if form in _HEADS), word)
        words.append(word)
    return words


def _phrases(words: list[str]) -> list[list[str]]:
    """Words cut into noun phrases at prepositions, clauses and conjunctions."""
    phrases: list[list[str]] = [[]]
    for word in words:
        if word in _PHRASE_ENDS:
            phrases.append([])
        else:
            phrases[-1].append(word)
    return [phrase for phrase in phrases if phrase]


def _last_head(phrase: list[str]) -> str | None:
    """The head of a noun phrase: its last word that names a role."""
    return next((word for word in reversed(phrase) if word in _HEADS), None)
