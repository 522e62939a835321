"""People: mentions grouped into one entry per person by surname and spelling, with genders."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import difflib
import functools
from collections import Counter
from typing import TYPE_CHECKING

from quotex.entities.records import PERSON, Cluster, Mention, mostly, normalise_name, plain_spaces, title_case
from quotex.entities.spans import name_taken_for_a_modal, opens_with_a_first_name, says_he_or_she, without_particles
from quotex.first_names import first_name_gender, is_first_name, person_gender
from quotex.keys import without_accents
from quotex.lexicon import (
    EPITHET_NOUNS,
    FAMILY_NOUNS,
    GENDERED_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NEWS_OUTLETS,
    ORGANISATION_NAME_ENDINGS,
    ORGANISATION_WORDS,
    PLATFORMS,
    PRONOUN_GENDER,
    SAYING_LEMMAS,
    THING_ENTITY_LABELS,
)
from quotex.roles import PERSON_ROLE_WORDS, roles_at
from quotex.text.hygiene import SkippedRange, is_skipped

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SPELLING_VARIANT_RATIO = 0.85


@functools.lru_cache(maxsize=4096)
def _similar_word(a: str, b: str) -> bool:
    """Same word or a spelling variant of it (Zelenskyy / Zelensky, Gaddafi / Qaddafi)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or not (a[0] == b[0] or a[1:3] == b[1:3]):
        return False
    # the matcher's cheap upper bounds first: most pairs of names fail on them
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= SPELLING_VARIANT_RATIO
        and matcher.quick_ratio() >= SPELLING_VARIANT_RATIO
        and matcher.ratio() >= SPELLING_VARIANT_RATIO
    )


def cluster_people(groups: list[list[Mention]], doc: Doc) -> list[Cluster]:
    full: list[tuple[list[str], Cluster]] = []
    singles: list[list[Mention]] = []
    for mentions in sorted(groups, key=lambda ms: -len(_name_words(ms[0].text))):
        words = _name_words(mentions[0].text)
        if len(words) == 1:
            singles.append(mentions)
            continue
        for other_words, cluster in full:
            if _similar_word(words[-1], other_words[-1]) and (
                words[0] == other_words[0] or words[0][0] == other_words[0][0]
            ):
                cluster.mentions.extend(mentions)
                break
            if _tail_of(words, other_words):
                cluster.mentions.extend(mentions)
                break
        else:
            full.append((words, Cluster("", PERSON, list(mentions))))
    full_name_at = {m.start: m.text for words, c in full if len(words) > 1 for m in c.mentions}
    surname_shared: dict[int, str] = {}  # by id of a first name's cluster
    for mentions in singles:
        word = _name_words(mentions[0].text)[0]
        candidates = [c for words, c in full if _similar_word(word, words[-1])]
        if not candidates:
            candidates = [c for words, c in full if word == words[0]]
        if not candidates:
            # "Lula" of "Luiz Inácio Lula da Silva", "Sánchez" of "Pedro Sánchez
            # Pérez-Castejón": the name a person goes by, inside their full name, when it is
            # inside one person's only
            inside = [c for words, c in full if len(words) >= 3 and word in words[1:-1]]
            candidates = inside if len(inside) == 1 else []
        if not candidates:
            cluster = Cluster("", PERSON, list(mentions))
            full.append(([word], cluster))
            surname = _surname_shared(doc, mentions, full_name_at)
            if surname is not None:
                surname_shared[id(cluster)] = surname
            continue
        # a surname's gender: its title ("Mrs. Clinton"), else, where two people share it,
        # a pronoun after it ("Meadows said he would retire" with Mark and Debbie Meadows)
        genders = [
            mention.gender or (_pronoun_after(doc, mention) if len(candidates) > 1 else None) for mention in mentions
        ]
        gender_of = {id(c): _gender_of_full_name(doc, c) for c in candidates} if any(genders) else {}
        other: Cluster | None = None
        for mention, gender in zip(mentions, genders, strict=True):
            # same surname, two people: the one named most recently whose gender fits
            fitting = candidates
            if gender is not None and mention.gender is None:
                fitting = [c for c in candidates if gender_of[id(c)] == gender] or candidates
            elif gender is not None:
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
            if len(fitting) > 1:
                # "Hillary Clinton … her daughter Chelsea Clinton's apartment … Clinton had
                # told police": the relative news brings in by kinship is not the one a bare
                # surname goes on about
                fitting = [c for c in fitting if not _brought_in_as_kin(doc, c)] or fitting
            _nearest_before(fitting, mention.start).mentions.append(mention)
    clusters = [cluster for _, cluster in full]
    for cluster in clusters:
        counts = Counter(plain_spaces(m.text) for m in cluster.mentions)
        # a name in capitals (a headline, a transcript label) only when no other form is there
        cluster.name = _without_post_nominals(
            title_case(max(counts, key=lambda text: (len(text.split()), not text.isupper(), counts[text], len(text))))
        )
        if id(cluster) in surname_shared:
            cluster.name = f"{cluster.name} {surname_shared[id(cluster)]}"  # "Tom and Ann Ward": Tom Ward
        genders = [m.gender for m in cluster.mentions if m.gender]
        cluster.gender = Counter(genders).most_common(1)[0][0] if genders else person_gender(cluster.name)
    return clusters


def _tail_of(words: list[str], longer: list[str]) -> bool:
    """ "López Obrador" of "Andrés Manuel López Obrador", "Suu Kyi" of "Aung San Suu Kyi": a
    surname of two words, or a middle name and a surname ("Lamont Scott" of "Keith Lamont
    Scott"); not a full name the model ran a word into ("Crooked Hillary Clinton")."""
    if not len(longer) > len(words) > 1 or longer[-len(words) :] != words:
        return False
    return not is_first_name(words[0]) or is_first_name(longer[0])


def _surname_shared(doc: Doc, mentions: list[Mention], full_name_at: dict[int, str]) -> str | None:
    """ "Tom and Ann Ward", "Bill and Hillary Clinton": a first name joined by "and" to a
    first name and surname shares the surname (as written there), when the first name is
    clearly one."""
    if not is_first_name(mentions[0].text):
        return None
    for mention in mentions:
        if doc.text[mention.end : mention.end + 5] == " and ":
            words = full_name_at.get(mention.end + 5, "").split()
            if len(words) == 2 and is_first_name(words[0]):
                return words[1]
    return None


def _without_post_nominals(name: str) -> str:
    """ "Tom Ward KC", "Ann Lee OBE": letters after a name for an honour, a rank or a degree
    are no part of it (a generation is: "Jr.", "III")."""
    words = name.split(" ")
    while len(words) > 2 and words[-1].replace(".", "").rstrip(",") in POST_NOMINALS:
        words.pop()
    return " ".join(words)


# letters written after a name for an honour, a rank or a degree
POST_NOMINALS = frozenset("KC QC SC MP MSP MEP OBE MBE CBE KBE DBE GBE PhD MD DPhil Esq FRS".split())


def _name_words(name: str) -> list[str]:
    """A name's words, without the particles that open a surname written alone and without
    accents ("Lopez Obrador" is "López Obrador", "Erdogan" "Erdoğan")."""
    return without_particles(without_accents(normalise_name(name)).split())


def genders_from_roles(doc: Doc, clusters: list[Cluster]) -> None:
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
            if len(mention.text.split()) > 1:
                gender = _pronoun_after(doc, mention)
                if gender is not None:
                    votes.add(gender)
    if not votes:  # the article shows nothing: the first name may ("Hillary Clinton")
        full_names = [m.text for m in cluster.mentions if len(m.text.split()) > 1]
        return person_gender(full_names[0]) if full_names else None
    return votes.pop() if len(votes) == 1 else None


def _pronoun_after(doc: Doc, mention: Mention) -> str | None:
    """The gender of the first personal pronoun after a name that is the main subject of its
    sentence ("Michelle Obama said she …", "Meadows said he would retire"), before anyone
    else is named or quoted; None when there is none."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "allegations by his wife, Ivana Trump, which he denied": not about her
    # in the sentence whose main subject the name is; a subordinate subject ("Lee learned
    # that Hart would campaign in Salem, where she studies") may not be whom "she" means
    verb = span.root.head
    if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None
    for token in doc[span.end : verb.right_edge.i + 1]:
        if token.ent_type_ == "PERSON" or token.lower_ in FAMILY_NOUNS or token.is_quote:
            return None
        if token.pos_ == "PRON" and token.lower_ in PRONOUN_GENDER:
            governor = token.head.head if token.head.dep_ == "prep" else token.head
            if token.dep_ in ("dobj", "dative", "pobj") and governor.i == verb.i:
                return None  # "Sanders assailed her": an object of the name's own verb is someone else
            return PRONOUN_GENDER[token.lower_]
    return None


def add_untagged_surnames(doc: Doc, clusters: list[Cluster], skipped: list[SkippedRange]) -> None:
    """ "Kasich said": a surname the model left untagged, of a person the article names in
    full, is one more mention of that person, and so is their given name alone as a subject
    ("Priya nodded"), and a word inside one person's full name of three words or more ("Lula"
    of "Luiz Inácio Lula da Silva")."""
    by_surname: dict[str, list[Cluster]] = {}
    by_given_name: dict[str, list[Cluster]] = {}
    by_inner_word: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = normalise_name(cluster.name).split()
        if len(words) > 1:
            by_surname.setdefault(words[-1], []).append(cluster)
            by_given_name.setdefault(words[0], []).append(cluster)
        for word in words[1:-1] if len(words) >= 3 else ():
            by_inner_word.setdefault(word, []).append(cluster)
    if not by_surname:
        return
    # a word a mention already holds is counted once: a speaker label's ("JOEL BENENSON:"),
    # or a name ``add_untagged_speakers`` found, untagged to the model too
    covered = {
        start for cluster in clusters for mention in cluster.mentions for start in range(mention.start, mention.end)
    }
    for token in doc:
        candidates = by_surname.get(token.lower_)  # first: most words are no one's surname
        if candidates is None and token.dep_ == "nsubj" and token.pos_ == "PROPN":
            # "Ravi and Priya Patel run the shop. … Priya nodded.": the given name alone, as a
            # feature writes it, of one person named in full, as a subject
            given = by_given_name.get(token.lower_, [])
            candidates = given if len(given) == 1 else None
        if candidates is None and token.dep_ in ("nsubj", "nsubjpass") and _a_name_word(token):
            # "Lula added" after "Luiz Inácio Lula da Silva": the name a person goes by, inside
            # one person's full name only, as a subject
            inner = by_inner_word.get(token.lower_, [])
            candidates = inner if len(inner) == 1 else None
        modal = name_taken_for_a_modal(token)  # "May said …", tagged a month or a modal
        if not candidates or not (_untagged_as_a_name(token) or modal) or not token.text[:1].isupper():
            continue
        if token.idx in covered or token.pos_ not in ("PROPN", "NOUN", "VERB", "ADJ") and not modal:
            continue
        if (
            token.pos_ != "PROPN"
            and token.is_sent_start
            and token.dep_ not in ("nsubj", "nsubjpass")
            and not _before_a_colon(token)
            and not modal
        ):
            # mid-sentence a capital is a name, whatever the tagger said ("Trump" as a verb);
            # opening a sentence only as its subject ("Sanders often questions …") or before
            # a colon, as a headline gives who speaks ("Starmer: We will fix …")
            continue
        if is_skipped(token.idx, token.idx + len(token.text), skipped):
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


def _before_a_colon(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _a_name_word(token: Token) -> bool:
    """A word that can be a name alone: no initial ("D."), no platform or outlet ("Twitter")."""
    word = token.lower_
    return len(word) > 2 and word.isalpha() and word not in PLATFORMS and word not in NEWS_OUTLETS


def _untagged_as_a_name(token: Token) -> bool:
    """Tagged as nothing, or alone as a thing no name of someone's is ("Sanders remarked",
    where the small model makes the surname a work of art or a product)."""
    if token.ent_iob_ == "O":
        return True
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and token.ent_type_ in THING_ENTITY_LABELS


def add_untagged_speakers(doc: Doc, groups: dict[str, list[Mention]], skipped: list[SkippedRange]) -> None:
    """ "Adel Nefzi said he …": a capitalised word the model left untagged, of no one the
    article names as a person, that says "he" or "she" did something (``says_he_or_she``) is
    a person's name (with the given name right before it, untagged too), and so is a clear
    first name and a surname as the subject of a verb of saying ("Theresa May said"), added
    to the mentions before they are typed, so the article's other uses of the surname,
    whatever the model tagged them, are that person's too."""
    named = {word for key, mentions in groups.items() if mostly(mentions, PERSON) for word in key.split()}
    for token in doc:
        if not _lone_untagged_name(token, skipped):
            continue
        given = token.i > 0 and _given_name_of(doc[token.i - 1], token)
        first = token.i - 1 if given else token.i
        if given and first > 0 and _given_name_of(doc[first - 1], token) and person_gender(f"{doc[first - 1]} X"):
            first -= 1  # "Recep Tayyip Erdogan said": two given names (not "Treasurer Gary Casteel")
        # "Theresa May said on Monday …": a clear first name and a surname, untagged, as
        # the subject of a verb of saying, are a person's name even where the model took the
        # surname alone for someone elsewhere ("Mrs May said")
        named_in_full = (
            given
            and token.dep_ == "nsubj"
            and token.head.lemma_.lower() in SAYING_LEMMAS
            and token.lower_ not in ORGANISATION_NAME_ENDINGS  # "Clinton Foundation"
            and _a_speaker_s_first_name(doc[first], token)
        )
        # "Arsenal boss Mikel Arteta was furious": a given name and a surname, untagged,
        # right after a word for what a person is, are that person's name
        titled = given and first >= 1 and _person_s_role_word(doc[first - 1])
        if (
            not named_in_full
            and not titled
            and (token.lower_ in named or not says_he_or_she(token, range(token.i, token.i + 1)))
        ):
            continue
        start = doc[first].idx
        end = token.idx + len(token.text)
        text = doc.text[start:end]
        groups.setdefault(normalise_name(text), []).append(Mention(start, end, text, PERSON))
        named.add(token.lower_)


def _a_speaker_s_first_name(first: Token, surname: Token) -> bool:
    """A clear first name before the surname of someone who speaks: the census lists', or
    one only the world's lists know ("Elon Musk wrote", "Olena Kovalenko said") when it is
    no place ("Washington Post reported") and the surname no plural ("Aston Villa", "Real
    Madrid" would be; "Golden Knights")."""
    full = f"{first.text} {surname.text}"
    return first_name_gender(full) is not None or opens_with_a_first_name(full) and surname.tag_ != "NNPS"


def _person_s_role_word(word: Token) -> bool:
    """A common noun in lower case for what only a person is ("boss", "manager",
    "spokesman", "singer")."""
    return word.is_lower and word.pos_ == "NOUN" and word.lemma_.lower() in PERSON_ROLE_WORDS | EPITHET_NOUNS


def _given_name_of(first: Token, surname: Token) -> bool:
    """ "Adel" of "Adel Nefzi": an untagged proper noun in title case the parser hangs on the
    surname after it (not a title: "Baroness Amos" is Amos)."""
    return (
        first.lower_ not in HONORIFICS
        and first.head.i == surname.i
        and first.dep_ == "compound"
        and first.is_title
        and first.ent_iob_ == "O"
        and first.pos_ == "PROPN"
    )


def _lone_untagged_name(token: Token, skipped: list[SkippedRange]) -> bool:
    """A word in title case, a proper noun on its own (not "Trump Tower" nor "the Hill"),
    that the model tagged as nothing and no word for a body."""
    doc = token.doc
    return (
        token.ent_iob_ == "O"
        and token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in INSTITUTION_NOUNS
        and token.lower_ not in ORGANISATION_WORDS
        and token.dep_ not in ("compound", "amod")
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
        and not (token.i > 0 and doc[token.i - 1].lower_ == "the")
        and not is_skipped(token.idx, token.idx + len(token.text), skipped)
    )


def _brought_in_as_kin(doc: Doc, cluster: Cluster) -> bool:
    """Whether the person's name is first given after a word for a relative ("daughter Chelsea
    Clinton", "his brother, Freddy Trump")."""
    full = [m for m in cluster.mentions if len(m.text.split()) > 1]
    if not full:
        return False
    first = min(full, key=lambda m: m.start)
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    # past a comma and a title between them: "her husband, former President Bill Clinton",
    # "her husband, former judge Tom Lee"
    index = span.start - 1
    for _ in range(4):
        word = doc[index]
        if word.lower_ in FAMILY_NOUNS:
            return True
        if index == 0 or not (word.text == "," or word.pos_ in ("PROPN", "NOUN", "ADJ") or word.is_title):
            return False
        index -= 1
    return False


def _nearest_before(candidates: list[Cluster], position: int) -> Cluster:
    def last_start(cluster: Cluster) -> int:
        before = [m.start for m in cluster.mentions if m.start < position and len(m.text.split()) > 1]
        return max(before) if before else -1

    return max(candidates, key=last_start)
