"""The roles an article gives people ("Florida Sen. Marco Rubio", "Rubio, the Florida senator"),
and the definite descriptions that refer back to them ("the senator said")."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.gazetteer import STATE_ABBREVIATIONS, lookup_place
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_data
from quotex.roles import roles_at
from quotex.text.typography import opening_headline

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


from quotex.lexicon import (
    AUTHORING_LEMMAS,
    BROADER_ROLES,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUN_LEMMAS,
    GROUP_SIZE_WORDS,
    ISSUING_LEMMAS,
    NAMING_WORDS,
    NOUN_GENDER,
    ROLE_CHANGERS,
    ROLE_FILLER,
    ROLE_HEAD_WORDS,
    TITLE_WORDS,
)
from quotex.text.marks import DOUBLE, MARKS

# a person's roles, each as (where it is given, its nouns, all its words)
Roles = dict[str, list[tuple[int, set[str], set[str]]]]


def role_words(tokens: Iterable[Token]) -> set[str]:
    words = set()
    for token in tokens:
        if token.is_punct or token.like_num or token.lower_ in ROLE_FILLER or token.pos_ in ("DET", "PRON"):
            continue
        if token.pos_ == "VERB" and not token.ent_type_:
            continue  # but "Trump campaign manager", whatever the tagger made of "Trump"
        if token.ent_type_ == "PERSON" and token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
            continue  # an owner by surname: "Ann Lee's campaign manager" is "Lee's campaign manager"
        state = _state_abbreviated(token)
        if state is not None:
            words.update(state)  # "Sen. Marco Rubio (R-Fla.)" … "the Florida senator"
            continue
        words.add(title_word(token))
    return words


def _state_abbreviated(token: Token) -> list[str] | None:
    """The words of the US state an AP abbreviation names ("Fla.", "N.Y."), as news writes
    one after a lawmaker's party ("Sen. Marco Rubio, R-Fla.,"), or None."""
    if not token.text.endswith(".") or token.text.lower().replace(".", "") not in STATE_ABBREVIATIONS:
        return None
    place = lookup_place(token.text)
    return place.name.lower().split() if place is not None and place.kind == "state" else None


def title_word(token: Token) -> str:
    """ "Sen." and "senator" as one word."""
    word = token.lemma_.lower().rstrip(".")
    return TITLE_WORDS.get(word, word)


def roles_of_people(context: QuoteContext, entities: EntityIndex) -> Roles:
    """The roles the article gives each person, by where it gives them: the title before a
    name ("former Secretary of State Hillary Clinton", "Florida Sen. Marco Rubio", "Rubio of
    Florida") and an appositive ("Marco Rubio, the Florida senator,")."""
    doc = context.doc
    roles: Roles = {}
    for cluster in entities.people():
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or context.in_quote(span.root):
                continue
            nouns: set[str] = set()
            words: set[str] = set()
            start = span.start
            while start > 0 and (
                doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                or doc[start - 1].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or doc[start - 1].lower_ == "of"
                or doc[start - 1].lower_.rstrip(".") in TITLE_WORDS
            ):
                start -= 1
            title = doc[start : span.start]
            if len(title):
                words |= role_words(title)
                nouns.add(title_word(title[-1]))  # "Florida Sen.": a senator
                nouns.update(title_word(t.nbor(-1)) for t in title if t.lower_ == "of" and t.i > start)
            head = span.root
            for child in head.children:
                if child.i >= span.end and child.dep_ == "appos":
                    words |= role_words(child.subtree)  # "Marco Rubio, the Florida senator"
                    nouns.add(title_word(child))
                elif child.i >= span.end and child.dep_ == "prep" and child.lower_ == "of":
                    words |= role_words(child.subtree)  # "Rubio of Florida"
            if head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
                words |= role_words(head.head.subtree) - role_words(span)  # "the senator, Marco Rubio"
                nouns.add(title_word(head.head))
            for role in roles_at(span):
                # "archbishop Monsenor Jorge Scheinig", "Brett McGurk, who was the envoy": the
                # role word the finders of quotex.roles see, past an honorific or in a clause
                phrase = doc.char_span(role.start, role.end, alignment_mode="expand")
                if phrase is not None and not context.in_quote(phrase.root):
                    words |= role_words(phrase)
                    nouns.add(
                        title_word(doc[phrase.start + len(phrase) - 1])
                        if role.finder in ("title_before", "title_shared")
                        else role.head.lower()
                    )
            if nouns:
                roles.setdefault(cluster.id, []).append((mention.start, nouns, words | nouns))
    return roles


def described_person(
    context: QuoteContext, anchor: Token, mention: Span, roles: Roles, entities: EntityIndex
) -> Cluster | None:
    """ "the Florida senator said", "the former secretary of state told": a definite
    description of one person refers back to the person the article gave that role, when
    only one person before it has a role with every word of the description (and no "vice"
    or "former" the description lacks)."""
    # "the senator", or a role of a named owner: "Trump's campaign manager"
    owned = any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in anchor.children)
    # a lower-case word the tagger took for a name ("the senator" after "Sen. Ann Lee") is a
    # noun, and so is a capitalised title after "the" ("The President said", and "the Premier
    # said", which the model may tag as an organisation's name: a longer name, "the Premier
    # League", has another head)
    common = (
        anchor.pos_ == "NOUN"
        or (anchor.pos_ == "PROPN" and anchor.text.islower())
        or (anchor.pos_ == "PROPN" and anchor.lower_ in ROLE_HEAD_WORDS)
    )
    # "the Premier said": the model's name for a lone title leaves "the" out of the mention
    definite = mention[0].lower_ == "the" or mention.start > 0 and mention.doc[mention.start - 1].lower_ == "the"
    if not common or anchor.tag_ in ("NNS", "NNPS") or not (definite or owned or _opens_the_headline(context, mention)):
        return None
    if context.in_quote(anchor):
        return None
    if anchor.lemma_.lower() in DOCUMENT_NOUN_LEMMAS or anchor.lemma_.lower() in COLLECTIVE_NOUNS:
        return None  # "the poll", "the company": not one person
    noun = title_word(anchor)
    described = role_words(mention)
    gender = NOUN_GENDER.get(anchor.lemma_.lower())
    matches = []
    later = []  # given the role only after the description
    for cluster in entities.people():
        if gender is not None and cluster.gender not in (None, gender):
            continue  # "the woman" is not Bill Clinton
        fitting = [
            start
            for start, nouns, words in roles.get(cluster.id, ())
            if (noun in nouns or nouns & BROADER_ROLES.get(noun, set()))
            and described - {noun} <= words
            and not (words & ROLE_CHANGERS) - described
        ]
        # a role with its owner named ("Vladimir Putin's spokesman") may come before the
        # name it belongs to, as news ledes describe first and name later
        if any(start < mention.start_char or owned for start in fitting):
            matches.append(cluster)
        elif fitting:
            later.append(cluster)
    if len(matches) > 1:
        return _last_named(context, matches, mention.start_char)
    if not matches:
        return _named_next_in_the_role(context, later, mention.start_char, entities)
    return matches[0]


def _opens_the_headline(context: QuoteContext, mention: Span) -> bool:
    """ "Premier rules out snap election", "Mayor vows to fix potholes": a headline drops its
    articles, so a role alone that opens the article's headline is as definite as "the
    Premier"."""
    headline = opening_headline(context.text)
    return headline is not None and mention.start_char == headline[0] and mention[0].is_title


def _named_next_in_the_role(
    context: QuoteContext, people: list[Cluster], position: int, entities: EntityIndex
) -> Cluster | None:
    """ "In a video posted on Monday, the senator said … / “…,” Sen. Tom Hart said": a lede
    that describes its first person and names them next. The description is the person the
    article gives that role after it, when that person is the first named after it
    (``first_named_after``)."""
    person = first_named_after(context, position, entities)
    return person if person in people else None


def first_named_after(context: QuoteContext, position: int, entities: EntityIndex) -> Cluster | None:
    """The first person named after `position`, in its paragraph or the next, when nobody was
    named before it (then the words at `position` may be theirs), outside quotes; or None."""
    first_after: tuple[int, Cluster] | None = None
    for cluster in entities.people():
        starts = context.unquoted_mention_starts(cluster)
        if any(start < position for start in starts):
            return None  # someone named before: the words may be theirs
        after = [start for start in starts if start > position]
        if after and (first_after is None or after[0] < first_after[0]):
            first_after = (after[0], cluster)
    if first_after is None or context.paragraph_of(first_after[0]) - context.paragraph_of(position) > 1:
        return None
    return first_after[1]


def _last_named(context: QuoteContext, people: list[Cluster], position: int) -> Cluster | None:
    """ "hosts Joe Scarborough and Mika Brzezinski … something Scarborough could understand.
    “…,” the host said": of several people with the role, the one named last before the
    description, in a sentence after the others were last named and in its paragraph or the
    one before. Named together last ("Sen. Lee and Sen. Hart toured …"), none is."""
    last = []
    for person in people:
        starts = [start for start in context.unquoted_mention_starts(person) if start < position]
        if starts:
            last.append((starts[-1], person))
    if not last:
        return None
    last.sort(key=lambda entry: entry[0])
    latest, person = last[-1]
    if context.paragraph_of(position) - context.paragraph_of(latest) > 1:
        return None
    if len(last) > 1 and _sentence_start(context, last[-2][0]) == _sentence_start(context, latest):
        return None
    return person


def _sentence_start(context: QuoteContext, position: int) -> int:
    span = context.doc.char_span(position, position + 1, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def described_group(
    context: QuoteContext, anchor: Token, mention: Span, roles: Roles, entities: EntityIndex
) -> list[Cluster]:
    """ "Both officers indicated they would appeal", "the two senators said": a plural
    description refers to the people the article gave that role before it, when there are
    as many as it says (two for "both"), at least two, in the order the article named them."""
    if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS" or context.in_quote(anchor):
        return []
    if mention[0].lower_ not in ("the", "both"):
        return []
    if anchor.lemma_.lower() in DOCUMENT_NOUN_LEMMAS or anchor.lemma_.lower() in COLLECTIVE_NOUNS:
        return []
    counted = [GROUP_SIZE_WORDS[token.lower_] for token in mention if token.lower_ in GROUP_SIZE_WORDS]
    noun = title_word(anchor)
    described = role_words(mention)
    group = [
        cluster
        for cluster in entities.people()
        if any(
            start < mention.start_char and noun in nouns and described - {noun} <= words
            for start, nouns, words in roles.get(cluster.id, ())
        )
    ]
    if len(group) < 2 or (counted and len(group) != counted[0]):
        return []
    return sorted(group, key=lambda cluster: min(m.start for m in cluster.mentions))


def description(mention: Span) -> str:
    """ "the influential US daily" -> "influential US daily", "a person familiar with the
    matter" -> "person familiar with the matter": a name for a described speaker."""
    described = one_of(mention)
    if described is not None:
        return described
    tokens = [t for t in mention if not t.is_punct]
    while tokens and (tokens[0].pos_ == "ADV" and tokens[0].dep_ == "advmod" or tokens[0].lower_ in ("a", "an", "the")):
        tokens = tokens[1:]  # "Even a top aide": "top aide"
    if not tokens:
        return mention.text
    end = _what_the_source_knows(mention) or tokens[-1].i + 1
    # without the double marks of words quoted inside it, which its end may cut in two
    # ("Critics of the “bathroom bill”" -> "Critics of the bathroom bill"; a single mark may
    # be an apostrophe: "Sanders’ campaign")
    words = "".join(
        token.whitespace_ if token.text in _DOUBLE_MARKS else token.text_with_ws
        for token in mention.doc[tokens[0].i : end]
    )
    return " ".join(words.split())


_DOUBLE_MARKS = frozenset(mark for mark, (family, _) in MARKS.items() if family == DOUBLE)


# what news says an unnamed source knows or is near: "a person familiar with the matter", "a
# source close to the talks", "two people with knowledge of the deal", "a person briefed on it"
_SOURCE_KNOWLEDGE = frozenset({"familiar", "close", "briefed", "knowledgeable"})


def _what_the_source_knows(mention: Span) -> int:
    """Where the phrase after an unnamed source's noun that says how they know ends, so that
    a description counts sources as news describes them; 0 when there is none."""
    anchor = mention.root
    for child in anchor.rights:
        knows = (child.dep_ in ("amod", "acl") and child.lower_ in _SOURCE_KNOWLEDGE) or (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(t.lemma_.lower() == "knowledge" for t in child.children if t.dep_ == "pobj")
        )
        if knows and child.i == mention.end:
            end = child.i + 1
            while end <= child.right_edge.i and not mention.doc[end].is_punct:
                end += 1  # to a comma: "…, who spoke on condition of anonymity" is another thing
            return end
    return 0


def one_of(mention: Span) -> str | None:
    """ "One of the children said": the description is "one of the children", not "One"."""
    anchor = mention.root
    if anchor.lower_ != "one":
        return None
    group = next((child for child in anchor.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    if group is None:
        return None
    words = [t for t in anchor.subtree if not t.is_punct or t.i < group.right_edge.i]
    last = min(group.right_edge.i, max(t.i for t in words))
    return " ".join(anchor.doc[anchor.i : last + 1].text.split()).lower()


def named_member(anchor: Token, entities: EntityIndex) -> Cluster | None:
    """ "One of these groups, the Syrian Democratic Forces, said": the one is the one named
    in apposition to it or to the group."""
    if anchor.lower_ != "one":
        return None
    named = [child for child in anchor.children if child.dep_ == "appos"]
    for preposition in anchor.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            for group in preposition.children:
                named += [child for child in group.children if child.dep_ == "appos"]
    for name in named:
        cluster = entities.cluster_at(name.idx, name.idx + len(name.text))
        if cluster is not None and cluster.kind in ("person", "organisation"):
            return cluster
    return None


def document_owner(anchor: Token, entities: EntityIndex) -> Cluster | None:
    """ "a UN report", "The court's summary", "a statement released by Erdogan's office", "a
    NATO press release": a document speaks for whoever it is of, when the article names them
    (an entity, or a noun for the one organisation the article names by that noun); so do
    data, "FBI data", "Crowdpac data" (not figures: "some GOP figures" are people)."""
    if anchor.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS and not (is_data(anchor) and anchor.lower_ != "figures"):
        return None
    owners = [child for child in anchor.children if child.dep_ in ("poss", "compound", "nmod", "amod")]
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            owners += [c for c in child.children if c.dep_ == "pobj"]
        # "a statement released by …", "a press release issued by …" (not "a report
        # commissioned by …", whose agent did not write it)
        if child.dep_ == "acl" and child.lemma_.lower() in AUTHORING_LEMMAS:
            for agent in child.children:
                if agent.dep_ == "agent":
                    owners += [c for c in agent.children if c.dep_ == "pobj"]
    for owner in owners:
        cluster = entities.cluster_at(owner.idx, owner.idx + len(owner.text))
        if cluster is not None and cluster.kind in ("person", "organisation"):
            return cluster
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in COLLECTIVE_NOUNS:
            # "the court's summary": of the courts the article named before it, the one it
            # names most (the story's court), the last named on a tie
            noun = owner.lemma_.lower()
            named = [
                (
                    sum(m.start < owner.idx for m in c.mentions),
                    max(m.start for m in c.mentions if m.start < owner.idx),
                    c,
                )
                for c in entities.clusters
                if c.kind == "organisation"
                and noun in c.name.lower().split()
                and any(m.start < owner.idx for m in c.mentions)
            ]
            if named:
                return max(named, key=lambda entry: entry[:2])[2]
        for inner in owner.children:  # "Erdogan's office": the office is Erdogan's
            if inner.dep_ == "poss":
                cluster = entities.cluster_at(inner.idx, inner.idx + len(inner.text))
                if cluster is not None and cluster.kind in ("person", "organisation"):
                    return cluster
    return None


def document_named_before(context: QuoteContext, anchor: Token, mention: Span, entities: EntityIndex) -> Cluster | None:
    """ "Trump, in a statement delivered via his press secretary, announced … The statement
    also said …", "Ford said in a filing … According to the filing, …": "the" document is
    the one the article brought in before with that noun, and speaks for whoever it gave it
    to then (the one speaking in it, issuing it, or named as its owner). Only the nearest
    earlier mention counts: a different document of the same kind takes over the noun; "the"
    same noun again looks further back to where it was brought in."""
    if anchor.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS or mention[0].lower_ != "the":
        return None
    if any(child.dep_ in ("poss", "compound", "nmod") for child in anchor.children):
        return None  # an owner of its own, named or not ("the court's summary")
    lemma = anchor.lemma_.lower()
    for earlier in reversed(anchor.doc[: mention.start]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN" or context.in_quote(earlier):
            continue
        owner = document_owner(earlier, entities)
        if owner is not None:
            return owner
        head = earlier.head
        subject = None
        if earlier.dep_ == "pobj" and head.lower_ in ("in", "through", "via") and head.head.pos_ == "VERB":
            subject = _named_subject(head.head, entities)  # "Ford said in a filing …"
        elif earlier.dep_ == "dobj" and head.lemma_.lower() in ISSUING_LEMMAS:
            subject = _named_subject(head, entities)  # "Ford filed a complaint …"
        if subject is not None:
            return subject
        if not _the_same_one_again(earlier):
            return None
        # "The statement also said …, which, the statement said, …": "the statement" again
        # refers to the same one; the one it was brought in as says whose
    return None


def _the_same_one_again(document: Token) -> bool:
    """Whether a document's noun is "the" one already named, with no owner of its own."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in document.children) and not any(
        child.dep_ in ("poss", "compound", "nmod") for child in document.children
    )


def _named_subject(verb: Token, entities: EntityIndex) -> Cluster | None:
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    # "In the filing itself Ford also wrote": the parser makes "itself" the subject, the
    # name its appositive
    subjects += [appos for subject in subjects for appos in subject.children if appos.dep_ == "appos"]
    for subject in subjects:
        cluster = entities.cluster_at(subject.idx, subject.idx + len(subject.text))
        if cluster is not None and cluster.kind in ("person", "organisation"):
            return cluster
    return None


def appositive_name(token: Token, entities: EntityIndex) -> Cluster | None:
    """The person named in apposition to a role: "the mayor, Ann Lee,"; and "a spokesman for
    Ann Lee, Tom Ward,", where the parser hangs the second name on the first, but a name in
    apposition to a name is the role's."""
    appositives = [child for child in token.children if child.dep_ == "appos"]
    for preposition in token.children:
        if preposition.dep_ == "prep":
            for owner in preposition.children:
                # and "the mayor of Springfield, Ann Lee,": the parser hangs the name on the place
                if owner.dep_ == "pobj" and (
                    owner.ent_type_ == "PERSON" or owner.ent_type_ in ("GPE", "ORG") and preposition.lower_ == "of"
                ):
                    appositives += [c for c in owner.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for child in appositives:
        cluster = entities.cluster_at(child.idx, child.idx + len(child.text))
        if cluster is not None and cluster.kind == "person":
            return cluster
    return None


def titles_by_token(context: QuoteContext, entities: EntityIndex) -> dict[int, Cluster]:
    """For each token of a title or role phrase the article sets beside a person's or an
    organisation's name (``quotex.roles``: "television broadcaster PBS"), outside quotes,
    that person or organisation."""
    doc = context.doc
    owners: dict[int, Cluster] = {}
    for cluster in entities.clusters:
        if cluster.kind not in ("person", "organisation"):
            continue
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or context.in_quote(span.root):
                continue
            for role in roles_at(span):
                phrase = doc.char_span(role.start, role.end, alignment_mode="expand")
                if phrase is None:
                    continue
                if role.finder == "title_before":  # any word of it: "study co-author Karen Alley"
                    for token in phrase:
                        owners.setdefault(token.i, cluster)
                else:  # its head only: not "the award" in "Ann Lee, winner of the award,"
                    head = doc.char_span(role.head_start, role.head_start + len(role.head))
                    if head is not None:
                        owners.setdefault(head.start, cluster)
    return owners


def named_in_description(anchor: Token, entities: EntityIndex, cue: Token | None) -> Cluster | None:
    """ "a protester using the pseudonym Katya", "a woman named Ann Lee", "a man identified
    only as Tom": the person a description names, by a naming word's object or appositive;
    not when the naming word is the speech verb (`cue`): "one lawmaker called Trump ‘…’"
    is the lawmaker's word for Trump."""
    doc = anchor.doc
    for token in anchor.subtree:
        if token.i == anchor.i or token.lower_ not in NAMING_WORDS or cue is not None and token.i == cue.i:
            continue
        # the name within a few words of the naming word, inside the description
        for name in doc[token.i + 1 : min(token.i + 5, anchor.right_edge.i + 1)]:
            cluster = entities.cluster_at(name.idx, name.idx + len(name.text))
            if cluster is not None and cluster.kind == "person":
                return cluster
    return None
