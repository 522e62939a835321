"""Pronoun speakers: the antecedent of "he"/"she", "it"/"they", and who a pronoun cannot be."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.quotes.context import MAX_LOOKBACK, QuoteContext
from quotex.quotes.grammar import asks, speaker_span
from quotex.quotes.records import QuoteDraft, Resolved
from quotex.quotes.speakers.roles import Roles, described_group, description, first_named_after

if TYPE_CHECKING:
    from spacy.tokens import Token


from quotex.lexicon import (
    ANSWER_LEMMAS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUN_LEMMAS,
    NOUN_GENDER,
    PERSON_NOUN_LEMMAS,
    PERSON_OR_ROLE_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    SPEAKER_DEPS,
)

# a subject named this many paragraphs back still beats a person named in passing since
SALIENCE_PARAGRAPHS = 3
# the paragraphs that open a story (after the one that may be its headline)
OPENING_PARAGRAPHS = 1


def antecedent(
    context: QuoteContext,
    pronoun: str,
    position: int,
    salient: Sequence[tuple[int, Cluster]],
    entities: EntityIndex,
    excluded: AbstractSet[str] = frozenset(),
) -> Cluster | None:
    """The person a "he"/"she" before a speech verb refers to, or None; never one of the
    `excluded` ids."""
    if pronoun in PLURAL_PRONOUNS or pronoun not in PRONOUN_GENDER:
        return None
    gender = PRONOUN_GENDER[pronoun]
    paragraph = context.paragraph_of(position)
    earlier = bisect.bisect_left(salient, position, key=lambda entry: entry[0])
    for where, cluster in reversed(salient[max(0, earlier - MAX_LOOKBACK) : earlier]):
        if paragraph - context.paragraph_of(where) > SALIENCE_PARAGRAPHS:
            break
        if cluster.gender in (None, gender) and cluster.id not in excluded:
            return cluster
    latest: tuple[int, Cluster] | None = None
    for cluster in entities.people():
        if cluster.gender not in (None, gender) or cluster.id in excluded:
            continue
        starts = context.unquoted_mention_starts(cluster)
        before = bisect.bisect_left(starts, position)
        if before and (latest is None or starts[before - 1] > latest[0]):
            latest = (starts[before - 1], cluster)
    return latest[1] if latest else None


def person_named_next(
    context: QuoteContext, pronoun: str, position: int, entities: EntityIndex, excluded: AbstractSet[str] = frozenset()
) -> Cluster | None:
    """ "“It's over,” he said. “We lost.” Tom Hale, the Wildcats coach, had little else to
    say": a "he" or "she" that opens a story (in its first paragraphs: a headline may come
    before), with no one named before it, is the first person named after it, in its
    paragraph or the next, whose gender fits (not one of the `excluded` ids). Later in a story
    the one meant is more likely someone the model did not tag."""
    if pronoun in PLURAL_PRONOUNS or pronoun not in PRONOUN_GENDER:
        return None
    if context.paragraph_of(position) > OPENING_PARAGRAPHS:
        return None
    person = first_named_after(context, position, entities)
    if person is None or person.id in excluded or person.gender not in (None, PRONOUN_GENDER[pronoun]):
        return None
    return person


def people_named_in(context: QuoteContext, item: QuoteDraft, entities: EntityIndex) -> set[str]:
    """The ids of the people a quote talks about by name as the subject of its words ("Jeb
    doesn't really believe …"), but not inside a quote it quotes ("He whispered, ‘Billie
    Jean, you are the queen’")."""
    named = set()
    starts, mentions = context.person_mentions()
    for pair in item.pairs:
        first = bisect.bisect_left(starts, pair.content_start)
        last = bisect.bisect_left(starts, pair.content_end)
        for mention, cluster in mentions[first:last]:
            opening = context.text[max(pair.content_start, mention.start - 2) : mention.start].strip()
            if opening[-1:] in ("‘", "'", "“", '"'):
                continue
            span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SPEAKER_DEPS:
                named.add(cluster.id)
    return named


def replied_to(before: Sequence[QuoteDraft], item: QuoteDraft) -> set[str]:
    """ "“We will win,” said Ann Lee. The senator replied, “…”": the id of the speaker of
    the quote before, when the quote's cue is a verb of replying; whoever replies is not
    them."""
    if item.cue is None or item.cue.lemma_.lower() not in ANSWER_LEMMAS or not before:
        return set()
    last = before[-1]
    return {last.resolved.id} if last.resolved is not None and last.resolved.id is not None else set()


def asker_answered(context: QuoteContext, before: Sequence[QuoteDraft], item: QuoteDraft) -> set[str]:
    """ "Wallace asked, “With nukes?” / “Including with nukes,” he responded": the id of
    the person whose question the quote answers (``replied_to``, when the quote before is a
    question in that paragraph or the one before), who is not the one answering."""
    answered = replied_to(before, item)
    if not answered:
        return set()
    last = before[-1]
    if not last.pairs or item.paragraph - last.paragraph > 1:
        return set()
    return answered if asks(context, last.pairs[-1]) else set()


def others_in_attribution(context: QuoteContext, item: QuoteDraft, entities: EntityIndex) -> set[str]:
    """The ids of the people the attribution names besides its speaker: "he said of
    Romney", "he told Ann Lee", "he said, referring to Cruz", "in an interview with Ann Lee,
    she said" (who is none of them)."""
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
        elif child.dep_ == "prep" and child.lower_ == "in":
            # "In an interview with Dawn, she said": who interviews is not who answers
            for talk in child.children:
                if talk.dep_ == "pobj" and talk.lemma_.lower() in _TALKS:
                    for with_ in talk.children:
                        if with_.dep_ == "prep" and with_.lower_ == "with":
                            named += [grand for grand in with_.children if grand.dep_ == "pobj"]
    others = set()
    for token in named:
        cluster = entities.cluster_at(token.idx, token.idx + len(token.text))
        if cluster is not None and cluster.kind == "person" and not context.in_quote(token):
            others.add(cluster.id)
    return others


# where someone is asked and answers: "in an interview with …"
_TALKS = frozenset({"interview", "conversation", "podcast"})
# how many sentences back "it said" or "they said" looks for what it refers to
ANTECEDENT_SENTENCES = 2


def subject_antecedent(
    context: QuoteContext, pronoun: Token, entities: EntityIndex, roles: Callable[[], Roles] | None = None
) -> tuple[Resolved, ...]:
    """ "The report also gave details. It said …", "the State Department gave a response when
    it told …", "Democrats objected. They said …": "it" refers back to the thing, and "they" to
    the people, that the clause before has as its subject (a singular noun or an organisation
    for "it", a plural noun for "they"), within two sentences and the paragraph before. "They"
    looks past a clause about one person ("Lee and Ward met. The mayor joined them. They
    said …") and, after "Lee and Ward met", means them both: every one named, the first
    speaking, as after a description of them by the role the article gave them ("Both
    officers appealed. They said …", with the article's `roles`, read when a plural
    description is reached). Empty when nothing fits."""
    word = pronoun.lower_
    if word not in ("it", "they"):
        return ()
    doc = context.doc
    sentence = pronoun.sent
    earliest = context.paragraphs[max(0, context.paragraph_of(pronoun.idx) - 1)][0]
    # the clause the pronoun's own sentence opens with, then the sentences before it
    roots = [sentence.root] if sentence.root.i < pronoun.i and sentence.root.i != pronoun.head.i else []
    previous = sentence.start - 1
    counted = 0
    while counted < ANTECEDENT_SENTENCES:
        if previous < 0 or doc[previous].idx < earliest:
            break
        earlier = doc[previous].sent
        roots.append(earlier.root)
        previous = earlier.start - 1
        # "They met. They concluded …. They called …": a sentence about the same "they"
        # goes on with the same antecedent, so it does not count against the distance
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == word for c in earlier.root.children):
            counted += 1
    for root in roots:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is None or context.in_quote(subject) or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        cluster = entities.cluster_at(subject.idx, subject.idx + len(subject.text))
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if word == "they" and plural:
            named = _named_together(subject, context, entities)
            if named:
                return named
        if (
            word == "they"
            and not plural
            and (cluster is not None and cluster.kind == "person" or subject.lemma_.lower() in PERSON_NOUN_LEMMAS)
        ):
            continue  # one person's clause between the group and "they"
        # "The campaign said they would appeal": "they" may stand for a body, too, as the
        # subject of its own sentence (across sentences a plural noun is likelier)
        body = (
            word == "they"
            and root.i == sentence.root.i
            and (subject.lemma_.lower() in COLLECTIVE_NOUNS or cluster is not None and cluster.kind == "organisation")
        )
        if (word == "it") == plural and not body or (cluster is not None and cluster.kind == "person"):
            return ()  # the subject before is not what "it" or "they" can be
        lemma = subject.lemma_.lower()
        speaks = cluster is not None or subject.ent_type_ == "NORP" or lemma in COLLECTIVE_NOUNS
        if word == "it" and not (speaks or lemma in DOCUMENT_NOUN_LEMMAS):
            return ()  # "the plan … it": a thing that does not speak
        if word == "they" and not (speaks or lemma in PERSON_NOUN_LEMMAS or subject.pos_ == "PROPN"):
            return ()  # "Wages … they": nor do these
        if cluster is not None and cluster.kind in ("organisation", "place"):
            return (Resolved.of(cluster),)
        start, end = speaker_span(subject)  # type: ignore[misc]
        mention = doc[start:end]
        # the article's roles are read only now: most "they"s never need them
        group = described_group(context, subject, mention, roles(), entities) if roles and word == "they" else []
        if group:
            return tuple(Resolved.of(person) for person in group)
        return (Resolved(None, description(mention), "description"),)
    return ()


def described_subject_antecedent(context: QuoteContext, pronoun: Token, entities: EntityIndex) -> Resolved | None:
    """ "The coach was blunt. “We didn't turn up,” he said.": with no one named or described
    as a speaker to refer to, "he" or "she" refers to the person the sentence right before
    describes as its subject without naming ("The coach", "The 45-year-old mother of
    three"), in the same paragraph or the one before, when the noun's gender fits."""
    word = pronoun.lower_
    if word not in ("he", "she"):
        return None
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    earlier = context.doc[sentence.start - 1].sent
    if context.paragraph_of(pronoun.idx) - context.paragraph_of(earlier.start_char) > 1:
        return None
    subject = next((c for c in earlier.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or context.in_quote(subject) or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    lemma = subject.lemma_.lower()
    if lemma not in PERSON_OR_ROLE_NOUNS:
        return None
    if entities.cluster_at(subject.idx, subject.idx + len(subject.text)) is not None:
        return None  # a named person: the named antecedent's case
    if not _gender_fits(lemma, word):
        return None
    span = speaker_span(subject)
    if span is None:
        return None
    return Resolved(None, description(context.doc[span[0] : span[1]]), "description")


def _named_together(subject: Token, context: QuoteContext, entities: EntityIndex) -> tuple[Resolved, ...]:
    """The people and organisations a coordinated subject names ("Ann Lee and her deputy, Tom
    Ward,"), when it names two or more; the names in apposition to a conjunct count."""
    listed = [
        appos for conjunct in (subject, *subject.conjuncts) for appos in conjunct.children if appos.dep_ == "appos"
    ]
    words = (subject, *subject.conjuncts, *listed, *(t for appos in listed for t in appos.conjuncts))
    named = named_speakers(context, words, entities, [])
    return tuple(named) if len(named) > 1 else ()


def named_speakers(
    context: QuoteContext, words: Iterable[Token], entities: EntityIndex, named: list[Resolved]
) -> list[Resolved]:
    """`named` with each person or organisation the words name outside quotes added once (a
    name in the quoted words is someone addressed or talked about)."""
    for word in words:
        if context.in_quote(word):
            continue
        cluster = entities.cluster_at(word.idx, word.idx + len(word.text))
        if cluster is not None and cluster.kind in ("person", "organisation"):
            if all(member.id != cluster.id for member in named):
                named.append(Resolved.of(cluster))
    return named


def described_antecedent(
    context: QuoteContext, before: Sequence[QuoteDraft], item: QuoteDraft, pronoun: str
) -> QuoteDraft | None:
    """ "The prime minister said … “…,” she told MPs": with no named person to refer to, a
    pronoun refers to the last speaker described by role ("a spokesman", "the prime minister")
    among the quotes ``before`` it."""
    if pronoun not in PRONOUN_GENDER or item.speaker_span is None:
        return None
    position = context.doc[item.speaker_span[0]].idx
    paragraph = context.paragraph_of(position)
    for earlier in reversed(before[-MAX_LOOKBACK:]):
        if earlier.resolved is None or earlier.speaker_token is None or earlier.speaker_token.idx >= position:
            continue
        if paragraph - context.paragraph_of(earlier.speaker_token.idx) > SALIENCE_PARAGRAPHS:
            return None
        described = _one_person_described(earlier)
        if described is not None:
            # the last one described; a fit only if the noun does not say otherwise
            return earlier if _gender_fits(described.lemma_.lower(), pronoun) else None
    return None


def _one_person_described(draft: QuoteDraft) -> Token | None:
    """The word of a speaker described by role as one person ("a spokesman", "the prime
    minister"; not "Both officers"), or None."""
    token = draft.speaker_token
    if draft.resolved is None or draft.resolved.kind != "description" or token is None:
        return None
    return token if token.tag_ not in ("NNS", "NNPS") and token.lemma_.lower() in PERSON_OR_ROLE_NOUNS else None


def described_speaker_just_before(
    context: QuoteContext, before: Sequence[QuoteDraft], item: QuoteDraft, pronoun: str, entities: EntityIndex
) -> QuoteDraft | None:
    """ "But Labour's deputy leader said the account “does not add up”. “Either she knew, or
    she should have known,” she told Sky News.": a "he" or "she" right after a speaker
    described by role, in the same paragraph, with no one named between them outside quotes,
    goes on with that speaker, whoever else the article names; not after "the" or "this",
    which mostly give someone named before another name ("The Vermont senator said")."""
    if pronoun not in ("he", "she") or item.speaker_span is None or not before:
        return None
    earlier = before[-1]
    token = _one_person_described(earlier)
    if token is None or not _gender_fits(token.lemma_.lower(), pronoun):
        return None
    if any(child.dep_ == "det" and child.lower_ in ("the", "this", "that") for child in token.children):
        return None  # "The Vermont senator said …": most often someone named before, by another name
    doc = context.doc
    pronoun_token = doc[item.speaker_span[0]]
    if token.i >= pronoun_token.i or context.paragraph_of(token.idx) != context.paragraph_of(pronoun_token.idx):
        return None
    for word in doc[token.sent.end : pronoun_token.sent.start]:
        if not (word.is_punct or word.is_space or context.in_quote(word)):
            return None  # a sentence of the writer's between them, not only quoted words
    for word in doc[token.i + 1 : pronoun_token.i]:
        cluster = entities.cluster_at(word.idx, word.idx + len(word.text))
        if cluster is not None and cluster.kind == "person" and not context.in_quote(word):
            return None  # someone named since
    return earlier


def _gender_fits(noun: str, pronoun: str) -> bool:
    """Whether a noun for a person can be what "he" or "she" stands for: unless the noun says
    otherwise ("mother", "spokesman"), it can."""
    return NOUN_GENDER.get(noun, PRONOUN_GENDER[pronoun]) == PRONOUN_GENDER[pronoun]
