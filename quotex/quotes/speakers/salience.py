"""Salience: who a "he said" most likely means at each point of the article — the people last
named (or described) as the subject of a sentence — and the genders the article's own pronouns show."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import cited_according_to, is_cue, speaker_span
from quotex.quotes.speakers.roles import Roles, described_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


from quotex.lexicon import BODY_EPITHETS, DOCUMENT_NOUN_LEMMAS, PERSON_NOUN_LEMMAS, PRONOUN_GENDER, SPEAKER_DEPS


def _subject_word(span: Span) -> Token:
    """The word of a name that links it to the sentence: its root, or the subject when the
    parser hangs two of its words on the verb ("Erik ten Hag insisted", "ten" an adverb)."""
    outside = [token for token in span if not span.start <= token.head.i < span.end or token.head.i == token.i]
    return next((token for token in outside if token.dep_ in SPEAKER_DEPS), span.root)


def _reported_by_a_body(verb: Token, entities: EntityIndex) -> bool:
    """ "PBS revealed that Governor Hart accepted responsibility …": the subject of a clause
    an organisation, a broadcaster or a document gives is who the story is about there (as it
    would be without the report); not when a person reports it ("Lee said Ward was wrong.
    “…,” he said" goes on with Lee), nor anyone the parser could not tell."""
    if verb.dep_ != "ccomp" or not is_cue(verb.head):
        return False
    reporter = next((child for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if reporter is None:
        return False
    lemma = reporter.lemma_.lower()
    if lemma in DOCUMENT_NOUN_LEMMAS or BODY_EPITHETS.get(lemma) == "broadcaster":
        return True  # "the report found that …", "the broadcaster revealed that …"
    # a body by name, as the article's entities have it (the model takes many a surname,
    # "Pence noted that …", for an organisation)
    cluster = entities.cluster_at(reporter.idx, reporter.idx + len(reporter.text))
    return cluster is not None and cluster.kind == "organisation"


def subject_mentions(context: QuoteContext, entities: EntityIndex) -> list[tuple[int, Cluster]]:
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
            root = _subject_word(span)
            if context.in_quote(root):
                continue  # a person named in someone's words is not whom "he said" refers to
            # "The opposition leader, Judith Collins, disagreed": the name in apposition to
            # the subject is the subject (with its title: "Her co-author, Professor Mark Ellery,")
            subject = root
            opens = min(span.start, root.left_edge.i)
            if (
                root.dep_ == "appos"
                and root.head.dep_ in SPEAKER_DEPS
                and opens > 0
                and (doc[opens - 1].text == "," or root.head.i == opens - 1)
            ):
                subject = root.head
            verb = subject.head
            if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
                verb = verb.head  # "Maher was still focused …" with the subject hung on "was"
            if subject.dep_ in SPEAKER_DEPS and (
                verb.dep_ == "ROOT" or is_cue(verb) or _reported_by_a_body(verb, entities)
            ):
                out.append((mention.start, cluster))
            elif cited_according_to(root) or _topic_set_off(root):
                # "According to Kidston, fitness mattered. “…,” he said": the source of a
                # report is who the story is about at that point, as a speaker is, and so is
                # the person a sentence opens with as its topic ("For Aisha Khan, the news
                # came as a relief. “…,” the 29-year-old said")
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


def _topic_set_off(token: Token) -> bool:
    """Whether a name is the topic a sentence opens with: "For Aisha Khan," "To Lee,"."""
    preposition = token.head
    doc = token.doc
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("for", "to")
        and preposition.i == preposition.sent.start
        and token.right_edge.i + 1 < len(doc)
        and doc[token.right_edge.i + 1].text == ","
    )


def described_subjects(context: QuoteContext, entities: EntityIndex, roles: Roles) -> list[tuple[int, Cluster]]:
    """People a main clause has as its subject by a role the article gave them: "Ward
    said Hart had not meant it, but the candidate stopped him. “…,” he said": "he" is
    the candidate, Hart."""
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
            person = described_person(context, subject, mention, roles, entities)
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


def _relation_of_name(pronoun: Token) -> bool:
    """ "his" in "Ann Lee, his rival," or "Bill Clinton, her husband,": the owner of a
    person noun in apposition to a name is another person than the one named."""
    noun = pronoun.head
    return (
        pronoun.dep_ == "poss"
        and noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and noun.lemma_.lower() in PERSON_NOUN_LEMMAS
    )
