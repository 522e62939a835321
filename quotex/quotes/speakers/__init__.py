"""Who a speaker is: entity links, pronoun antecedents, descriptions, then the speakers list.

``resolve_speakers`` reads each quote's speaker words and tries the steps of
``RESOLUTION_STEPS`` in order, the first that knows who they are deciding; then the steps of
``MENTION_STEPS`` choose which mention of that speaker the quote gives.
"""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotex.entities import Cluster, EntityIndex, normalise_name
from quotex.lexicon import (
    ANONYMOUS_SOURCE_NOUNS,
    CONTINUING_LEMMAS,
    DOCUMENT_NOUN_LEMMAS,
    HONORIFICS,
    NOUN_GENDER,
    PERSON_OR_ROLE_NOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    ROLE_TITLES,
)
from quotex.quotes.context import MAX_LOOKBACK, QuoteContext
from quotex.quotes.grammar import appositive_head, speaker_span
from quotex.quotes.records import QuoteDraft, Resolved
from quotex.quotes.speakers.epithets import (
    body_referent,
    epithet_referent,
    family_referent,
    police_force,
    says_a_role,
)
from quotex.quotes.speakers.mentions import Salience, nearest_mention, report_subject
from quotex.quotes.speakers.pronouns import (
    antecedent,
    asker_answered,
    described_antecedent,
    described_speaker_just_before,
    described_subject_antecedent,
    named_speakers,
    others_in_attribution,
    people_named_in,
    person_named_next,
    replied_to,
    subject_antecedent,
)
from quotex.quotes.speakers.records import speaker_records
from quotex.quotes.speakers.roles import (
    Roles,
    appositive_name,
    described_group,
    described_person,
    description,
    document_named_before,
    document_owner,
    named_in_description,
    named_member,
    roles_of_people,
    titles_by_token,
)
from quotex.quotes.speakers.salience import described_subjects, subject_mentions
from quotex.roles import appositive_after

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["MENTION_STEPS", "RESOLUTION_STEPS", "resolve_speakers", "speaker_records"]


class Discourse:
    """What the article has said so far that speaker resolution reads: who was last the
    subject of a sentence (``salient``, by position), and the roles it gave people."""

    def __init__(self, context: QuoteContext, entities: EntityIndex, found: Sequence[QuoteDraft]) -> None:
        self.context = context
        self.entities = entities
        self.found = found
        self.salient: Salience = subject_mentions(context, entities)
        self._roles: Roles | None = None  # read when a description or a pronoun needs it
        self._titled: dict[int, Cluster] | None = None
        if any(item.speaker_token is not None and item.speaker_token.lower_ in PRONOUN_GENDER for item in found):
            self.salient = sorted(self.salient + described_subjects(context, entities, self.roles), key=_position)

    def before(self, position: int) -> Sequence[QuoteDraft]:
        """The quotes found before the one at `position`, as far back as rules look."""
        return self.found[max(0, position - MAX_LOOKBACK) : position]

    @property
    def titled(self) -> dict[int, Cluster]:
        """The person each word of a title or role phrase beside a name belongs to, by
        token: "study co-author" before Karen Alley, "the director of …," before Mariela
        Belski."""
        if self._titled is None:
            self._titled = titles_by_token(self.context, self.entities)
        return self._titled

    @property
    def roles(self) -> Roles:
        if self._roles is None:
            self._roles = roles_of_people(self.context, self.entities)
        return self._roles

    def remember(self, position: int, cluster: Cluster) -> None:
        """The person a speaker's words at `position` refer to is the one a later "he said"
        most likely means."""
        bisect.insort(self.salient, (position, cluster), key=_position)


def _position(entry: tuple[int, Cluster]) -> int:
    return entry[0]


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    """The words naming a quote's speaker, as the resolution steps read them."""

    item: QuoteDraft
    position: int  # of the quote among those found
    mention: Span  # the speaker's words ("Vladimir Putin's spokesman", "he")
    head: Token | None  # the word the attribution layout chose
    anchor: Token  # the word that decides: the head, or "Sanders" for "Sanders, who says"


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the speaker is, and the role the words give them."""

    resolved: Resolved
    role: str | None = None
    members: tuple[Resolved, ...] = ()  # a group the words stand for ("they": Lee and Ward), speaker first


Step = Callable[[Discourse, SpeakerWords], Identity | None]


def by_pronoun(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "he", "she": the person last named as a subject whose gender fits, never someone the
    quote talks about by name, the attribution names as topic or hearer, or whose question it
    answers; else the last speaker described by role; "it"/"they": the subject before it."""
    if not _is_pronoun(words):
        return None
    item, mention, head = words.item, words.mention, words.head
    context, entities = discourse.context, discourse.entities
    pronoun = mention[0].lower_ if len(mention) == 1 or head is None else head.lower_
    not_the_speaker = people_named_in(context, item, entities) | others_in_attribution(context, item, entities)
    not_the_speaker |= asker_answered(context, discourse.before(words.position), item)
    continuing = described_speaker_just_before(context, discourse.before(words.position), item, pronoun, entities)
    if continuing is not None and continuing.resolved is not None:
        return Identity(continuing.resolved)  # "Labour's deputy leader said … “…,” she told Sky News"
    person = antecedent(context, pronoun, mention.start_char, discourse.salient, entities, not_the_speaker)
    if person is not None:
        if person.gender is None and pronoun in PRONOUN_GENDER:
            person.gender = PRONOUN_GENDER[pronoun]  # what the article shows, for later pronouns
        discourse.remember(mention.start_char, person)
        return Identity(Resolved.of(person))
    described = described_antecedent(context, discourse.before(words.position), item, pronoun)
    if described is not None and described.resolved is not None:
        return Identity(described.resolved)
    subject = described_subject_antecedent(context, mention[0], entities) if len(mention) == 1 else None
    if subject is not None:
        return Identity(subject)
    roles = (lambda: discourse.roles) if pronoun == "they" else None
    things = subject_antecedent(context, mention[0], entities, roles) if len(mention) == 1 else ()
    if not things:
        person = person_named_next(context, pronoun, mention.start_char, entities, not_the_speaker)
        return Identity(Resolved.of(person) if person is not None else Resolved(None, None, "pronoun"))
    return Identity(things[0], members=things if len(things) > 1 else ())


def _is_pronoun(words: SpeakerWords) -> bool:
    head, mention = words.head, words.mention
    if _is_relative(head):
        return False
    return (head is not None and head.pos_ == "PRON") or (len(mention) == 1 and mention[0].lower_ in PRONOUN_GENDER)


def _is_relative(head: Token | None) -> bool:
    return head is not None and head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl"


def by_appositive_name(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "the mayor, Ann Lee, said": the appositive names the speaker, the noun is the role."""
    anchor = words.anchor
    if discourse.entities.cluster_at(anchor.idx, anchor.idx + len(anchor.text)) is not None:
        return None
    named = appositive_name(anchor, discourse.entities)
    if named is None:
        return None
    return Identity(Resolved.of(named), description(words.mention))


def by_entity(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """The person, organisation or place the words name ("Russia said" is an organisation's)."""
    anchor = words.anchor
    cluster = discourse.entities.cluster_at(anchor.idx, anchor.idx + len(anchor.text))
    if cluster is None or cluster.kind not in ("person", "organisation", "place"):
        return None
    return Identity(Resolved.of(cluster), _appositive_role(words))


def by_name_tagged_elsewhere(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Carly Fiorina Endorses Ted Cruz" (a headline), "Maddow said": a name the model tagged
    elsewhere in the article but not here is the one person, or organisation, of that name,
    or of that surname when it is one word. Not a title alone ("King", "Prince")."""
    mention = words.mention
    names = [token for token in mention if token.lower_ != "the"]
    if not names or len(names) > 4 or not all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in names):
        return None
    if any(token.lower_.rstrip(".") in HONORIFICS or token.lower_ in ROLE_TITLES for token in names):
        return None
    entities = discourse.entities
    if any(entities.cluster_at(token.idx, token.idx + len(token.text)) is not None for token in names):
        return None
    text = normalise_name(" ".join(token.text for token in names))
    named = [c for c in entities.clusters if c.kind in ("person", "organisation") and normalise_name(c.name) == text]
    if not named and len(names) == 1:
        named = [c for c in entities.people() if normalise_name(c.name).split()[-1] == text]
    return Identity(Resolved.of(named[0])) if len(named) == 1 else None


def by_title_of_name(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "said study co-author Karen Alley", "the director of Amnesty International, Mariela
    Belski, said": words that are the title or role phrase right beside a person's name
    name that person, whatever word of them the layout took for the speaker."""
    named = discourse.titled.get(words.anchor.i)
    if named is None:
        return None
    return Identity(Resolved.of(named), description(words.mention) if named.kind == "person" else None)


def by_name_given(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "a protester using the pseudonym Katya", "a woman named Ann Lee": a description that
    gives the person's name is that person."""
    person = named_in_description(words.anchor, discourse.entities, words.item.cue)
    if person is None:
        return None
    return Identity(Resolved.of(person), description(words.mention))


def by_named_member(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "One of these groups, the Syrian Democratic Forces, said": the group member named."""
    named = named_member(words.anchor, discourse.entities)
    if named is None:
        return None
    return Identity(Resolved.of(named))


def by_document_owner(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "a UN report concluded", "the court's summary": a document speaks for its author."""
    owner = document_owner(words.anchor, discourse.entities)
    if owner is None:
        return None
    return Identity(Resolved.of(owner))


def by_document_of_a_pronoun(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Her memoir says …", "according to his plan": a document speaks for its author, here
    whoever "his" or "her" refers to, found as a "he" or "she" would be."""
    anchor = words.anchor
    if anchor.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS:
        return None
    owner = next((child for child in anchor.children if child.dep_ == "poss" and child.lower_ in ("his", "her")), None)
    if owner is None:
        return None
    context, entities = discourse.context, discourse.entities
    not_the_speaker = people_named_in(context, words.item, entities)
    person = antecedent(context, owner.lower_, owner.idx, discourse.salient, entities, not_the_speaker)
    if person is None:
        return None
    discourse.remember(owner.idx, person)
    return Identity(Resolved.of(person))


def by_document_named_before(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "The statement also said": the document the article brought in before, its author's."""
    owner = document_named_before(discourse.context, words.anchor, words.mention, discourse.entities)
    if owner is None:
        return None
    return Identity(Resolved.of(owner))


def by_role(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "the Florida senator said": the one person the article gave that role before."""
    person = described_person(discourse.context, words.anchor, words.mention, discourse.roles, discourse.entities)
    if person is None:
        return None
    discourse.remember(words.mention.start_char, person)
    return Identity(Resolved.of(person), description(words.mention))


def by_described_group(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Both officers said": the people the article gave that role, all of them."""
    group = described_group(discourse.context, words.anchor, words.mention, discourse.roles, discourse.entities)
    if not group:
        return None
    members = tuple(Resolved.of(person) for person in group)
    return Identity(members[0], description(words.mention), members=members)


def by_continuing_speaker(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "“…,” said study co-author Karen Alley. The Wooster professor added, “…”": a definite
    description of a person that goes on ("added", "continued") after a named person's quote,
    in the same or the next paragraph, is that person, when the description's gender fits."""
    item, anchor, mention = words.item, words.anchor, words.mention
    if item.cue is None or item.cue.lemma_.lower() not in CONTINUING_LEMMAS:
        return None
    if mention[0].lower_ != "the" or anchor.pos_ != "NOUN" or anchor.tag_ == "NNS":
        return None
    if anchor.lemma_.lower() not in PERSON_OR_ROLE_NOUNS:
        return None
    if anchor.lemma_.lower() in ANONYMOUS_SOURCE_NOUNS:
        return None  # "Lee had told the officers …, the source added": someone unnamed
    earlier = discourse.before(words.position)
    if not earlier:
        return None
    last = earlier[-1]
    if last.resolved is None or last.resolved.kind != "person" or last.resolved.id is None:
        return None
    if item.paragraph - last.paragraph > 1:
        return None
    person = next((c for c in discourse.entities.people() if c.id == last.resolved.id), None)
    gender = NOUN_GENDER.get(anchor.lemma_.lower())
    if person is None or gender is not None and person.gender not in (None, gender):
        return None
    return Identity(Resolved.of(person), description(mention))


def by_epithet(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Rafael Nadal won again. The Spaniard said", "The billionaire businessman says": a
    word for what someone is refers back to the person the story is about at that point
    (``epithets.epithet_referent``)."""
    person = epithet_referent(
        discourse.context,
        words.anchor,
        words.mention,
        discourse.salient,
        discourse.roles,
        discourse.entities,
        replied_to(discourse.before(words.position), words.item),  # "The senator replied": not the one before
    )
    if person is None:
        return None
    discourse.remember(words.mention.start_char, person)
    role = description(words.mention) if says_a_role(words.anchor, words.mention) else None
    return Identity(Resolved.of(person), role)


def by_family(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "David and Louise Turpin … The father said": a parent or spouse of the family the
    article names (``epithets.family_referent``)."""
    person = family_referent(discourse.context, words.anchor, words.mention, discourse.entities)
    if person is None:
        return None
    return Identity(Resolved.of(person), description(words.mention))


def by_body(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Twitter acknowledged … the company said": the organisation a word for its kind of
    body refers back to (``epithets.body_referent``)."""
    body = body_referent(discourse.context, words.anchor, words.mention, discourse.entities)
    if body is None:
        return None
    return Identity(Resolved.of(body))


def by_police_force(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "West Yorkshire Police … Police said": the one police force the article named
    (``epithets.police_force``)."""
    force = police_force(discourse.context, words.anchor, words.mention, discourse.entities)
    if force is None:
        return None
    return Identity(Resolved.of(force))


def by_named_next(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "Vladimir Putin's spokesman has admitted … / Speaking on Sky News, Dmitry Peskov said":
    news describes first and names next. One person described by their owner ("Putin's
    spokesman") is the next person the article has speak, in that paragraph or the next, when
    that person is first named there (not someone the article named before) and is not the
    owner."""
    anchor, mention, context = words.anchor, words.mention, discourse.context
    if anchor.tag_ != "NN" or anchor.lemma_.lower() not in PERSON_OR_ROLE_NOUNS:
        return None
    owner = next((c for c in anchor.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or context.in_quote(anchor):
        return None
    owner_cluster = discourse.entities.cluster_at(owner.idx, owner.idx + len(owner.text))
    paragraph = context.paragraph_of(mention.start_char)
    for position, person in discourse.salient:
        if position <= mention.end_char:
            continue
        if context.paragraph_of(position) > paragraph + 1:
            break
        if person is owner_cluster:
            continue
        if min(m.start for m in person.mentions) < mention.start_char:
            return None  # someone the article named before: not the one it now introduces
        return Identity(Resolved.of(person), description(mention))
    return None


def as_description(discourse: Discourse, words: SpeakerWords) -> Identity | None:
    """ "a council spokesman": a speaker the article describes without naming."""
    return Identity(Resolved(None, description(words.mention), "description"), _appositive_role(words))


def _appositive_role(words: SpeakerWords) -> str | None:
    """ "Dmitry Peskov, Putin's spokesman,": the role an appositive gives, read as
    ``quotex.roles`` reads people's roles (a role noun set off by commas, so neither an age,
    "Ann Lee, 53,", nor the clause after "According to Ann Lee," is one)."""
    found = appositive_after(words.mention) if words.head is not None else None
    return " ".join(found[0].text.split()) if found is not None else None


RESOLUTION_STEPS: tuple[tuple[str, Step], ...] = (
    ("pronoun", by_pronoun),
    ("appositive_name", by_appositive_name),
    ("entity", by_entity),
    ("name_tagged_elsewhere", by_name_tagged_elsewhere),
    ("title_of_name", by_title_of_name),
    ("name_given", by_name_given),
    ("named_member", by_named_member),
    ("document_owner", by_document_owner),
    ("document_of_a_pronoun", by_document_of_a_pronoun),
    ("document_named_before", by_document_named_before),
    ("role", by_role),
    ("described_group", by_described_group),
    ("continuing_speaker", by_continuing_speaker),
    ("epithet", by_epithet),
    ("family", by_family),
    ("body", by_body),
    ("police_force", by_police_force),
    ("named_next", by_named_next),
    ("description", as_description),
)
MENTION_STEPS = (
    ("report_subject", report_subject),
    ("nearest_mention", nearest_mention),
)


def resolve_speakers(context: QuoteContext, found: list[QuoteDraft], entities: EntityIndex) -> None:
    """Give each quote's speaker a canonical name, in text order (a pronoun refers back to
    people resolved before it). The passes, in order:

    1. salience: the people named as subjects of sentences, by position (``subject_mentions``,
       which also learns genders from the pronouns after a name);
    2. each speaker: the first of ``RESOLUTION_STEPS`` that knows who the words mean —
       a pronoun's antecedent, an appositive name, the entity named (here, or only
       elsewhere in the article), the person whose title
       the words are, a name the description gives, the group member named, the author
       of a document, the person a role describes, the
       person whose quote a description goes on from, the person an epithet refers back
       to, the parent or spouse of a family named, the
       organisation a word for its kind of body refers back to, else a description;
    3. joint statements: the people and organisations named beside the speaker
       (``joint_speakers``);
    4. each quote's mention: ``MENTION_STEPS`` move it to the reporting clause's subject
       when that names the same speaker, and give carried quotes the nearest mention.
    """
    discourse = Discourse(context, entities, found)
    for position, item in enumerate(found):
        words = _speaker_words(context, item, position)
        if words is None:
            continue
        members: tuple[Resolved, ...] = ()
        for _, step in RESOLUTION_STEPS:
            identity = step(discourse, words)
            if identity is not None:
                item.resolved = identity.resolved
                item.role = identity.role
                members = identity.members
                break
        item.members = list(members) or joint_speakers(context, words, item.resolved, entities)
    for item in found:
        for _, mention_step in MENTION_STEPS:
            mention_step(context, item, discourse.salient, entities)


def joint_speakers(
    context: QuoteContext, words: SpeakerWords, resolved: Resolved | None, entities: EntityIndex
) -> list[Resolved]:
    """ "Ann Lee and Tom Ward said", "Lee, Ward and the council said": every person or
    organisation named in coordination with the speaker speaks too. The speaker first; an
    empty list when the statement is one speaker's."""
    if resolved is None or resolved.id is None or resolved.kind not in ("person", "organisation"):
        return []
    if _is_relative(words.head) or context.in_quote(words.anchor):
        return []  # "Trump, who …, and Sanders, who says": each clause has its one speaker
    # "Ann Lee, Tom Ward and the council said": the parser may hang the list on the first
    # name by apposition; a name in apposition to a name is the next of a list ("RAMOS:
    # Secretary Clinton, did you …": a name in the quoted words is addressed, not a member)
    # (nor a name after a headline's colon: "Lee: Trust Ward on the bridge, not …")
    doc = words.anchor.doc
    listed = [
        c
        for c in words.anchor.children
        if c.dep_ == "appos"
        and c.ent_type_ in ("PERSON", "ORG")
        and not any(t.text == ":" for t in doc[min(c.i, words.anchor.i) : max(c.i, words.anchor.i)])
    ]
    others = [*words.anchor.conjuncts, *(t for name in listed for t in (name, *name.conjuncts))]
    members = named_speakers(context, others, entities, [resolved])
    return members if len(members) > 1 else []


def _speaker_words(context: QuoteContext, item: QuoteDraft, position: int) -> SpeakerWords | None:
    if item.speaker_span is None:
        return None
    start, end = item.speaker_span
    mention = context.doc[start:end]
    head = item.speaker_token
    # the head decides: in "Vladimir Putin’s spokesman" the speaker is the spokesman
    anchor = head if head is not None else mention[-1]
    if head is not None and _is_relative(head):
        anchor = appositive_head(head.head.head)  # "Sanders, who says": Sanders
        found = speaker_span(anchor)
        assert found is not None  # a token always has a span
        mention = context.doc[found[0] : found[1]]
    return SpeakerWords(item, position, mention, head, anchor)
