"""Who a speaker is: entity links, pronoun antecedents, descriptions, the speakers list."""

from __future__ import annotations

import bisect
from collections.abc import Set as AbstractSet
from typing import Any

from quotex.entities import Cluster, EntityIndex, normalise_name
from quotex.lexicon import (
    ANSWER_LEMMAS,
    BROADER_ROLES,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUN_LEMMAS,
    NOUN_GENDER,
    PERSON_NOUN_LEMMAS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    ROLE_CHANGERS,
    ROLE_FILLER,
    SPEAKER_DEPS,
    TITLE_WORDS,
)
from quotex.models import Speaker
from quotex.quotes.grammar import (
    Found,
    QuoteContext,
    appositive_head,
    asks,
    is_cue,
    role_of,
    speaker_span,
    token_before,
)


def resolve_speakers(context: QuoteContext, found: list[Found], entities: EntityIndex) -> None:
    """Give each quote's speaker a canonical name: entity, pronoun antecedent or description."""
    doc = context.doc
    salient = _subject_mentions(context, entities)
    roles: Roles | None = None  # read when a description or a pronoun needs it
    if any(item.speaker_token is not None and item.speaker_token.lower_ in PRONOUN_GENDER for item in found):
        roles = _roles_of_people(context, entities)
        salient = sorted(salient + _described_subjects(context, entities, roles), key=lambda entry: entry[0])
    for position, item in enumerate(found):
        if item.speaker_span is None:
            continue
        start, end = item.speaker_span
        mention = doc[start:end]
        head = item.speaker_token
        relative = head is not None and head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl"
        if not relative and (
            head is not None and head.pos_ == "PRON" or (end - start == 1 and mention[0].lower_ in PRONOUN_GENDER)
        ):
            pronoun = mention[0].lower_ if end - start == 1 else head.lower_
            # not whom the quote talks about by name (“Jeb doesn't believe I'm unhinged,” he
            # said), nor whom the attribution is about or told, nor the one whose question it answers
            not_the_speaker = _people_named_in(context, item, entities) | _others_in_attribution(
                context, item, entities
            )
            not_the_speaker |= _asker_answered(context, found[:position], item)
            antecedent = _antecedent(context, pronoun, mention.start_char, salient, entities, not_the_speaker)
            if antecedent is not None:
                if antecedent.gender is None and pronoun in PRONOUN_GENDER:
                    antecedent.gender = PRONOUN_GENDER[pronoun]
                item.resolved = (antecedent.id, antecedent.name, antecedent.kind)
                bisect.insort(salient, (mention.start_char, antecedent), key=lambda entry: entry[0])
            else:
                described = _described_antecedent(context, found[:position], item, pronoun)
                if described is not None:
                    item.resolved = described.resolved
                else:
                    thing = _subject_antecedent(context, mention[0], entities) if end - start == 1 else None
                    item.resolved = thing or (None, None, "pronoun")
            continue
        # the head decides: in "Vladimir Putin’s spokesman" the speaker is the spokesman
        anchor = head if head is not None else mention[-1]
        if relative:
            anchor = appositive_head(head.head.head)  # "Sanders, who says": Sanders
            start, end = speaker_span(anchor)  # type: ignore[misc]
            mention = doc[start:end]
        cluster = entities.cluster_at(anchor.idx, anchor.idx + len(anchor.text))
        named = _appositive_name(anchor, entities) if cluster is None else None
        if named is not None:
            # "the mayor, Ann Lee, said": the appositive names the speaker, the noun is the role
            item.resolved = (named.id, named.name, "person")
            item.role = _description(mention)
            continue
        if cluster is not None and cluster.kind in ("person", "organisation", "place"):
            kind = "person" if cluster.kind == "person" else "organisation"  # "Russia said"
            item.resolved = (cluster.id, cluster.name, kind)
        else:
            if roles is None:
                roles = _roles_of_people(context, entities)
            person = _described_person(context, anchor, mention, roles, entities)
            if person is not None:
                # "the Florida senator said": the person named earlier with that role
                item.resolved = (person.id, person.name, "person")
                item.role = _description(mention)
                bisect.insort(salient, (mention.start_char, person), key=lambda entry: entry[0])
                continue
            item.resolved = (None, _description(mention), "description")
        if head is not None:
            item.role = role_of(anchor)
    for item in found:
        _report_subject(context, item, salient, entities)
        _nearest_mention(context, item, salient, entities)


def _report_subject(
    context: QuoteContext, item: Found, salient: list[tuple[int, Cluster]], entities: EntityIndex
) -> None:
    """ "She said she was thinking, “…”", "Roffman described it as “…”, he said": when the
    speech verb is itself reported by the same person, the reporting clause's subject is the
    mention to give: it names the same speaker, and it is where a reader (and annotated news
    corpora such as PolNeAR) looks for the source. (Words quoted inside another person's
    report were already given to that outer source, see ``_reporting_source``.)
    """
    if item.cue is None or item.resolved is None or item.resolved[0] is None or item.speaker_token is None:
        return
    # from the clause the speaker was found in ("he says he would release them, calling them
    # “…”": the subject of "release", not of "calling"), then
    verb = item.speaker_token.head if item.speaker_token.dep_ in SPEAKER_DEPS else item.cue
    # only up through reported clauses: "although he tweeted" or "which he called" under
    # "Netanyahu said" is a speech act of its own, not the content of his saying
    while verb.dep_ == "ccomp" and verb.head.i != verb.i and not context.in_quote(verb.head):
        verb = verb.head
        if not is_cue(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not context.in_quote(c)), None)
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
            continue
        if _attributes_another_quote(context, item, verb):
            return  # “…,” she said, but “…,” said Kunin: the outer verb reports its own quote
        if _person_id(context, subject, salient, entities) == item.resolved[0]:
            item.speaker_token, item.speaker_span, item.cue = subject, speaker_span(subject), verb


def _attributes_another_quote(context: QuoteContext, item: Found, verb: Any) -> bool:
    """Whether the verb right after some other quote is that quote's attribution:
    “…,” she said, but “…,” said Kunin."""
    if item.cue is None or verb.i < item.cue.i:
        return False
    own = {context.pair_number.get(pair.start) for pair in item.pairs}
    for index in range(verb.i - 1, max(-1, verb.i - 4), -1):
        number = context.quote_of_token[index]
        if number >= 0:
            return number not in own
    return False


CARRIED_RULES = ("continuation", "recent_speaker")


def _nearest_mention(
    context: QuoteContext, item: Found, salient: list[tuple[int, Cluster]], entities: EntityIndex
) -> None:
    """ "“…,” Trump added. He then had a question for the crowd. / “Who will pay?”": a quote
    carried over from an earlier one gets the nearest mention of the same speaker, the
    subject of the sentence right before it, when there is one."""
    if item.rule not in CARRIED_RULES or item.resolved is None or item.resolved[0] is None or not item.pairs:
        return
    quote = context.doc.char_span(item.pairs[0].start, item.pairs[0].end, alignment_mode="expand")
    last = token_before(quote) if quote is not None else None
    if last is None or context.in_quote(last):
        return
    root = last.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and not context.in_quote(c)), None)
    if subject is not None and _person_id(context, subject, salient, entities) == item.resolved[0]:
        item.speaker_token, item.speaker_span = subject, speaker_span(subject)


def _person_id(
    context: QuoteContext, token: Any, salient: list[tuple[int, Cluster]], entities: EntityIndex
) -> str | None:
    if token.pos_ == "PRON":
        antecedent = _antecedent(context, token.lower_, token.idx, salient, entities)
        return antecedent.id if antecedent is not None else None
    cluster = entities.cluster_at(token.idx, token.idx + len(token.text))
    return cluster.id if cluster is not None else None


def _appositive_name(token: Any, entities: EntityIndex) -> Cluster | None:
    """The person named in apposition to a role: "the mayor, Ann Lee,"; and "a spokesman for
    Ann Lee, Tom Ward,", where the parser hangs the second name on the first, but a name in
    apposition to a name is the role's."""
    appositives = [child for child in token.children if child.dep_ == "appos"]
    for preposition in token.children:
        if preposition.dep_ == "prep":
            for owner in preposition.children:
                if owner.dep_ == "pobj" and owner.ent_type_ == "PERSON":
                    appositives += [c for c in owner.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for child in appositives:
        cluster = entities.cluster_at(child.idx, child.idx + len(child.text))
        if cluster is not None and cluster.kind == "person":
            return cluster
    return None


def _subject_mentions(context: QuoteContext, entities: EntityIndex) -> list[tuple[int, Cluster]]:
    """People named as the subject of a main clause or of a speech verb, by position.

    News refers back with "he said" to the person the story is about at that point, who
    is the one last named as a subject, not whoever was last named in passing.
    """
    doc = context.doc
    out = []
    for cluster in entities.people():
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if context.in_quote(root):
                continue  # a person named in someone's words is not whom "he said" refers to
            # "The opposition leader, Judith Collins, disagreed": the name in apposition to
            # the subject is the subject
            subject = root
            if (
                root.dep_ == "appos"
                and root.head.dep_ in SPEAKER_DEPS
                and (doc[span.start - 1].text == "," or root.head.i == span.start - 1)
            ):
                subject = root.head
            verb = subject.head
            if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
                verb = verb.head  # "Maher was still focused …" with the subject hung on "was"
            if subject.dep_ in SPEAKER_DEPS and (verb.dep_ == "ROOT" or is_cue(verb)):
                out.append((mention.start, cluster))
            elif (
                root.dep_ == "ROOT"
                and span.start == span.sent.start
                and len(span) <= 4  # not a headline the model took for a name
                and span.end < len(doc)
                and doc[span.end].text == ","
            ):
                # "Erin Brockovich, the activist, endorsed …" parsed with the name as the root:
                # a name that opens its sentence, followed by a role, is its subject
                out.append((mention.start, cluster))
    out.sort(key=lambda entry: entry[0])
    _learn_genders(context, entities, out)
    return out


def _described_subjects(context: QuoteContext, entities: EntityIndex, roles: Roles) -> list[tuple[int, Cluster]]:
    """People a main clause has as its subject by a role the article gave them: "Hewitt
    suggested Trump had not meant it, but the candidate cut him off. “…,” he said": "he" is
    the candidate, Trump."""
    out = []
    for sentence in context.doc.sents:
        clauses = [sentence.root] + [
            c for c in sentence.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        ]
        for verb in clauses:
            subject = next((c for c in verb.children if c.dep_ in SPEAKER_DEPS), None)
            if subject is None or subject.pos_ != "NOUN" or context.in_quote(subject):
                continue
            if subject.lemma_.lower() not in PERSON_NOUN_LEMMAS:
                continue
            found = speaker_span(subject)
            if found is None:
                continue
            mention = context.doc[found[0] : found[1]]
            person = _described_person(context, subject, mention, roles, entities)
            if person is not None:
                out.append((mention.start_char, person))
    return out


def _learn_genders(context: QuoteContext, entities: EntityIndex, subjects: list[tuple[int, Cluster]]) -> None:
    """Gender from the article's own pronouns, for people no title marked.

    After a person is named as a subject, the pronouns that follow in the same paragraph,
    before anyone else is named, refer to them ("Heitkamp voted no. She said ...").
    Votes are counted per person; a person keeps a gender only if the votes agree.
    """
    doc = context.doc
    person_starts = sorted(m.start for c in entities.people() for m in c.mentions)
    votes: dict[str, list[int]] = {}
    for position, cluster in subjects:
        if cluster.gender is not None:
            continue
        paragraph_end = context.paragraphs[context.paragraph_of(position)][1]
        following = bisect.bisect_right(person_starts, position)
        stop = min(paragraph_end, person_starts[following] if following < len(person_starts) else paragraph_end)
        span = doc.char_span(position, stop, alignment_mode="contract")
        if span is None:
            continue
        tally = votes.setdefault(cluster.id, [0, 0])
        for token in span:
            if context.in_quote(token):
                continue  # "he" inside a quote is someone the speaker talks about
            if _relation_of_name(token):
                continue  # "Ann Lee, his rival,": the rival is Lee, "his" someone else
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender == "m":
                tally[0] += 1
            elif gender == "f":
                tally[1] += 1
    for cluster in entities.people():
        male, female = votes.get(cluster.id, (0, 0))
        if cluster.gender is None and (male or female) and not (male and female):
            cluster.gender = "m" if male else "f"


def _relation_of_name(pronoun: Any) -> bool:
    """ "his" in "Ann Lee, his rival," or "Bill Clinton, her husband,": the owner of a
    person noun in apposition to a name is another person than the one named."""
    noun = pronoun.head
    return (
        pronoun.dep_ == "poss"
        and noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and noun.lemma_.lower() in PERSON_NOUN_LEMMAS
    )


def _role_words(tokens: Any) -> set[str]:
    words = set()
    for token in tokens:
        if token.is_punct or token.like_num or token.lower_ in ROLE_FILLER or token.pos_ in ("DET", "PRON"):
            continue
        if token.pos_ == "VERB" and not token.ent_type_:
            continue  # but "Trump campaign manager", whatever the tagger made of "Trump"
        if token.ent_type_ == "PERSON" and token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
            continue  # an owner by surname: "Ann Lee's campaign manager" is "Lee's campaign manager"
        words.add(_title_word(token))
    return words


def _title_word(token: Any) -> str:
    """ "Sen." and "senator" as one word."""
    word = token.lemma_.lower().rstrip(".")
    return TITLE_WORDS.get(word, word)


# a person's roles, each as (where it is given, its nouns, all its words)
Roles = dict[str, list[tuple[int, set[str], set[str]]]]


def _roles_of_people(context: QuoteContext, entities: EntityIndex) -> Roles:
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
                words |= _role_words(title)
                nouns.add(_title_word(title[-1]))  # "Florida Sen.": a senator
                nouns.update(_title_word(t.nbor(-1)) for t in title if t.lower_ == "of" and t.i > start)
            head = span.root
            for child in head.children:
                if child.i >= span.end and child.dep_ == "appos":
                    words |= _role_words(child.subtree)  # "Marco Rubio, the Florida senator"
                    nouns.add(_title_word(child))
                elif child.i >= span.end and child.dep_ == "prep" and child.lower_ == "of":
                    words |= _role_words(child.subtree)  # "Rubio of Florida"
            if head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
                words |= _role_words(head.head.subtree) - _role_words(span)  # "the senator, Marco Rubio"
                nouns.add(_title_word(head.head))
            if nouns:
                roles.setdefault(cluster.id, []).append((mention.start, nouns, words | nouns))
    return roles


def _described_person(
    context: QuoteContext, anchor: Any, mention: Any, roles: Roles, entities: EntityIndex
) -> Cluster | None:
    """ "the Florida senator said", "the former secretary of state told": a definite
    description of one person refers back to the person the article gave that role, when
    only one person before it has a role with every word of the description (and no "vice"
    or "former" the description lacks)."""
    # "the senator", or a role of a named owner: "Trump's campaign manager"
    owned = any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in anchor.children)
    # a lower-case word the tagger took for a name ("the senator" after "Sen. Ann Lee") is a noun
    common = anchor.pos_ == "NOUN" or (anchor.pos_ == "PROPN" and anchor.text.islower())
    if not common or anchor.tag_ in ("NNS", "NNPS") or not (mention[0].lower_ == "the" or owned):
        return None
    if context.in_quote(anchor):
        return None
    if anchor.lemma_.lower() in DOCUMENT_NOUN_LEMMAS or anchor.lemma_.lower() in COLLECTIVE_NOUNS:
        return None  # "the poll", "the company": not one person
    noun = _title_word(anchor)
    described = _role_words(mention)
    gender = NOUN_GENDER.get(anchor.lemma_.lower())
    matches = []
    for cluster in entities.people():
        if gender is not None and cluster.gender not in (None, gender):
            continue  # "the woman" is not Bill Clinton
        fitting = [
            words
            for start, nouns, words in roles.get(cluster.id, ())
            # a role with its owner named ("Vladimir Putin's spokesman") may come before the
            # name it belongs to, as news ledes describe first and name later
            if (start < mention.start_char or owned)
            and (noun in nouns or nouns & BROADER_ROLES.get(noun, set()))
            and described - {noun} <= words
            and not (words & ROLE_CHANGERS) - described
        ]
        if fitting:
            matches.append(cluster)
    return matches[0] if len(matches) == 1 else None


def _description(mention: Any) -> str:
    """ "the influential US daily" -> "influential US daily": a name for a described speaker."""
    tokens = [t for t in mention if not t.is_punct]
    while tokens and (tokens[0].pos_ == "ADV" and tokens[0].dep_ == "advmod" or tokens[0].lower_ in ("a", "an", "the")):
        tokens = tokens[1:]  # "Even a top aide": "top aide"
    if not tokens:
        return mention.text
    return mention.doc[tokens[0].i : tokens[-1].i + 1].text


# a subject named this many paragraphs back still beats a person named in passing since
SALIENCE_PARAGRAPHS = 3


def _people_named_in(context: QuoteContext, item: Found, entities: EntityIndex) -> set[str]:
    """The ids of the people a quote talks about by name as the subject of its words ("Jeb
    doesn't really believe …"), but not inside a quote it quotes ("He whispered, ‘Billie
    Jean, you are the queen’")."""
    named = set()
    for cluster in entities.people():
        for mention in cluster.mentions:
            pair = next((p for p in item.pairs if p.content_start <= mention.start < p.content_end), None)
            if pair is None:
                continue
            opening = context.text[max(pair.content_start, mention.start - 2) : mention.start].strip()
            if opening[-1:] in ("‘", "'", "“", '"'):
                continue
            span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SPEAKER_DEPS:
                named.add(cluster.id)
    return named


def _asker_answered(context: QuoteContext, before: list[Found], item: Found) -> set[str]:
    """ "Wallace asked, “With nukes?” / “Including with nukes,” he responded": the id of
    the person whose question the quote answers, who is not the one answering."""
    if item.cue is None or item.cue.lemma_.lower() not in ANSWER_LEMMAS or not before:
        return set()
    last = before[-1]
    if last.resolved is None or last.resolved[0] is None or not last.pairs or item.paragraph - last.paragraph > 1:
        return set()
    return {last.resolved[0]} if asks(context, last.pairs[-1]) else set()


def _others_in_attribution(context: QuoteContext, item: Found, entities: EntityIndex) -> set[str]:
    """The ids of the people the attribution names besides its speaker: "he said of
    Romney", "he told Ann Lee", "he said, referring to Cruz" (who is none of them)."""
    if item.cue is None:
        return set()
    named = []
    for child in item.cue.children:
        if child.dep_ in ("dobj", "dative"):
            named.append(child)  # "he told Ann Lee"
        elif child.dep_ == "prep" and child.lower_ in ("of", "about", "to"):
            for topic in child.children:  # "he said of Romney", "about McCain's effort"
                if topic.dep_ == "pobj":
                    named += [topic] + [owner for owner in topic.children if owner.dep_ == "poss"]
        elif child.dep_ == "advcl" and child.lemma_ == "refer":
            for preposition in child.children:  # "he said, referring to Cruz"
                named += [grand for grand in preposition.children if grand.dep_ == "pobj"]
    others = set()
    for token in named:
        cluster = entities.cluster_at(token.idx, token.idx + len(token.text))
        if cluster is not None and cluster.kind == "person" and not context.in_quote(token):
            others.add(cluster.id)
    return others


def _antecedent(
    context: QuoteContext,
    pronoun: str,
    position: int,
    salient: list[tuple[int, Cluster]],
    entities: EntityIndex,
    excluded: AbstractSet[str] = frozenset(),
) -> Cluster | None:
    """The person a "he"/"she" before a speech verb refers to, or None; never one of the
    `excluded` ids."""
    if pronoun in PLURAL_PRONOUNS or pronoun not in PRONOUN_GENDER:
        return None
    gender = PRONOUN_GENDER[pronoun]
    paragraph = context.paragraph_of(position)
    for where, cluster in reversed(salient):
        if where >= position:
            continue
        if paragraph - context.paragraph_of(where) > SALIENCE_PARAGRAPHS:
            break
        if cluster.gender in (None, gender) and cluster.id not in excluded:
            return cluster
    latest: tuple[int, Cluster] | None = None
    for cluster in entities.people():
        if cluster.gender not in (None, gender) or cluster.id in excluded:
            continue
        before = [m.start for m in cluster.mentions if m.start < position and not context.quoted_char(m.start)]
        if before and (latest is None or max(before) > latest[0]):
            latest = (max(before), cluster)
    return latest[1] if latest else None


# how many sentences back "it said" or "they said" looks for what it refers to
ANTECEDENT_SENTENCES = 2


def _subject_antecedent(
    context: QuoteContext, pronoun: Any, entities: EntityIndex
) -> tuple[str | None, str | None, str] | None:
    """ "The report also gave details. It said …", "the State Department gave a response when
    it told …", "Democrats objected. They said …": "it" refers back to the thing, and "they" to
    the people, that the clause before has as its subject (a singular noun or an organisation
    for "it", a plural noun for "they"), within two sentences and the paragraph before."""
    word = pronoun.lower_
    if word not in ("it", "they"):
        return None
    doc = context.doc
    sentence = pronoun.sent
    earliest = context.paragraphs[max(0, context.paragraph_of(pronoun.idx) - 1)][0]
    # the clause the pronoun's own sentence opens with, then the sentences before it
    roots = [sentence.root] if sentence.root.i < pronoun.i and sentence.root.i != pronoun.head.i else []
    previous = sentence.start - 1
    for _ in range(ANTECEDENT_SENTENCES):
        if previous < 0 or doc[previous].idx < earliest:
            break
        earlier = doc[previous].sent
        roots.append(earlier.root)
        previous = earlier.start - 1
    for root in roots:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is None or context.in_quote(subject) or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        cluster = entities.cluster_at(subject.idx, subject.idx + len(subject.text))
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if (word == "it") == plural or (cluster is not None and cluster.kind == "person"):
            return None  # the subject before is not what "it" or "they" can be
        lemma = subject.lemma_.lower()
        speaks = cluster is not None or subject.ent_type_ == "NORP" or lemma in COLLECTIVE_NOUNS
        if word == "it" and not (speaks or lemma in DOCUMENT_NOUN_LEMMAS):
            return None  # "the plan … it": a thing that does not speak
        if word == "they" and not (speaks or lemma in PERSON_NOUN_LEMMAS or subject.pos_ == "PROPN"):
            return None  # "Wages … they": nor do these
        if cluster is not None and cluster.kind in ("organisation", "place"):
            return (cluster.id, cluster.name, "organisation")
        start, end = speaker_span(subject)  # type: ignore[misc]
        return (None, _description(doc[start:end]), "description")
    return None


def _described_antecedent(context: QuoteContext, before: list[Found], item: Found, pronoun: str) -> Found | None:
    """ "The prime minister said … “…,” she told MPs": with no named person to refer to, a
    pronoun refers to the last speaker described by role ("a spokesman", "the prime minister")
    among the quotes ``before`` it."""
    if pronoun not in PRONOUN_GENDER or item.speaker_span is None:
        return None
    position = context.doc[item.speaker_span[0]].idx
    paragraph = context.paragraph_of(position)
    for earlier in reversed(before):
        if earlier.resolved is None or earlier.speaker_token is None or earlier.speaker_token.idx >= position:
            continue
        if paragraph - context.paragraph_of(earlier.speaker_token.idx) > SALIENCE_PARAGRAPHS:
            return None
        noun = earlier.speaker_token.lemma_.lower()
        if earlier.resolved[2] == "description" and noun in PERSON_NOUN_LEMMAS:
            # the last one described; a fit only if the noun does not say otherwise
            return earlier if NOUN_GENDER.get(noun, PRONOUN_GENDER[pronoun]) == PRONOUN_GENDER[pronoun] else None
    return None


def speaker_records(found: list[Found]) -> list[Speaker]:
    """One entry per speaker; ids are shared with ``people``/``organisations`` where linked."""
    by_key: dict[str, list[Any]] = {}
    order: list[str] = []
    for item in found:
        if item.resolved is None or item.resolved[1] is None:
            continue
        speaker_id, name, kind = item.resolved
        key = speaker_id or f"name:{normalise_name(name or '')}"
        if key not in by_key:
            by_key[key] = [speaker_id, name, kind, item.role, 0]
            order.append(key)
        entry = by_key[key]
        entry[4] += 1
        entry[3] = entry[3] or item.role
    records = []
    descriptions = 0
    for key in order:
        speaker_id, name, kind, role, count = by_key[key]
        if speaker_id is None:
            descriptions += 1
            speaker_id = f"s{descriptions}"
            for item in found:
                if item.resolved and item.resolved[0] is None and item.resolved[1] == name:
                    item.resolved = (speaker_id, name, kind)
        records.append(Speaker(speaker_id, name, kind, role, count))
    return records
