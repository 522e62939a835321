"""Parse helpers the quote rules share: cues, who a verb's speaker is, names, owners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.entities.spans import name_taken_for_a_modal, unclosed_bracket
from quotex.gazetteer import state_by_postal_code
from quotex.lexicon import (
    ANONYMITY_WORDS,
    ANONYMOUS_SOURCE_NOUNS,
    ASKED_LEMMAS,
    AUTHORING_LEMMAS,
    COLLECTIVE_NOUNS,
    CUE_LEMMAS,
    DAY_WORDS,
    DOCUMENT_NOUN_LEMMAS,
    EMPHATIC_REFLEXIVES,
    FINDING_BODY_NOUNS,
    FINITE_TAGS,
    HOLDING_LEMMAS,
    INSCRIPTION_NOUNS,
    INSTRUMENT_LEMMAS,
    NAMING_LEMMAS,
    NP_LEFT_DEPS,
    PASSIVE_BEFORE,
    PERSON_NOUN_LEMMAS,
    PERSON_OR_ROLE_NOUNS,
    PERSONAL_PLURALS,
    PLEAS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    PROSPECTIVE_LEMMAS,
    RECORDING_NOUNS,
    REFUSAL_LEMMAS,
    RELATIVE_PRONOUNS,
    RESPONDING_LEMMAS,
    RETORT_LEMMAS,
    ROLE_HEAD_WORDS,
    SAYING_LEMMAS,
    SPEAKER_DEPS,
    SURVEY_LEMMAS,
    TOPIC_HEAD_POS,
    TOPIC_OBJECT_LEMMAS,
    TOPIC_PREPOSITION_LEMMAS,
    TOPIC_PREPOSITIONS,
    UTTERANCE_VERB_LEMMAS,
    WORDS_NOUN_LEMMAS,
)
from quotex.quotes.context import QuoteContext
from quotex.text.marks import MarkPair
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def semicolon_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a semicolon lies among tokens [start, end): it joins two sentences, and a verb
    on one side neither reports nor governs words on the other."""
    return any(token.text == ";" for token in doc[start:end])


def lone_possessive_apostrophe(mark: Token) -> bool:
    """ "Fox News’ “Hannity”", "in Forbes’ words": the apostrophe of a plural or an
    s-ending name's possessive, which the tagger takes for a closing mark."""
    return mark.text in ("’", "'") and mark.i > 0 and mark.doc[mark.i - 1].text.endswith("s") and mark.whitespace_ != ""


def is_according_to(token: Token) -> bool:
    """Whether the word is the "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"


def cited_according_to(token: Token) -> bool:
    """Whether a name is the source in "according to X"."""
    preposition = token.head
    return token.dep_ == "pobj" and preposition.i > 0 and is_according_to(token.doc[preposition.i - 1])


def is_cue(token: Token) -> bool:
    return (
        (
            token.lemma_.lower() in CUE_LEMMAS
            and (token.pos_ in ("VERB", "AUX") or _infinitive_tagged_noun(token) or verb_tagged_noun(token))
            or is_according_to(token)
            or _as_x_put_it(token)
            or _pointed_out(token)
            or _went_on_about(token)
            or retorts(token)
            or _directs(token)
        )
        and not _enters_a_plea(token)
        and not _comparison_without_comparer(token)
    )


def _comparison_without_comparer(token: Token) -> bool:
    """ "compared with the “Leave” movement", "73 percent … compared to only 24 percent": a
    comparison with no one making it is the writer's; "Hart compared Lee to a coach who is
    “working the referees”" is Hart's."""
    return token.lemma_.lower() == "compare" and not any(child.dep_ == "nsubj" for child in token.children)


# what makes a verb of saying future: "will discuss", "'ll tell", "shall announce" (not "would
# later tell", which narrates speech that happened)
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall"})


def reports_not_saying(cue: Token) -> bool:
    """ "did not say", "would not comment on", "never said", "declined to say", "refused to
    admit", "failed to disclose", "without saying": the cue reports that something was not said. A denial
    ("denied that …") is saying something, and stays speech. Nor has anything been said by
    one who "is expected to announce", "plans to tell", "is due to testify" or "will discuss"."""
    if any(child.dep_ == "neg" for child in cue.children) or cue.lemma_.lower() in REFUSAL_LEMMAS:
        return True
    if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES for child in cue.children):
        return True  # "the leaders will discuss migration": not said yet
    if cue.i > 0 and cue.doc[cue.i - 1].lower_ == "without":
        return True  # "left without saying whether …", "without mentioning Sanders"
    if any(child.dep_ == "nsubj" and _no_one(child) for child in cue.children):
        return True  # "neither side would say so", "no official said …", "nobody has said …"
    if any(child.dep_ == "dobj" and child.lower_ == "nothing" for child in cue.children):
        return True  # "the players said nothing"
    if cue.dep_ == "conj" and cue.head.dep_ == "xcomp":
        cue = cue.head  # "refuses to release his records or explain how …": refused, both
    head = cue.head
    return cue.dep_ == "xcomp" and (
        head.lemma_.lower() in REFUSAL_LEMMAS | PROSPECTIVE_LEMMAS
        or any(child.dep_ == "neg" or child.dep_ == "nsubj" and _no_one(child) for child in head.children)
    )


def reports_a_topic(cue: Token, content: Token) -> bool:
    """Whether a report names only what the words were about, its content the cue's object
    or the object of its "about" ("discussed the budget", "describing his feelings", "spoke
    about the flood", "was asked about the loan", "responded to the tweet"): no statement of
    the speaker's is reported. Not a description with "as" ("described the plan as
    reckless"), which says what the speaker called it."""
    lemma = cue.lemma_.lower()
    if content.dep_ == "dobj" and content.head.i == cue.i:
        return (
            lemma in TOPIC_OBJECT_LEMMAS
            and content.pos_ in TOPIC_HEAD_POS
            and not any(child.dep_ == "oprd" or child.lower_ == "as" for child in cue.children)
        )
    preposition = content.head
    if content.dep_ != "pobj" or content.pos_ not in TOPIC_HEAD_POS or preposition.head.i != cue.i:
        return False  # "talked about how the mill closed": an account, which says something
    if preposition.lower_ == "to":
        return lemma in RESPONDING_LEMMAS
    if preposition.lower_ == "of" and (lemma in ASKED_LEMMAS or cue.pos_ == "NOUN"):
        return False  # "asked of her rival": what was asked for; "a statement of regret": what it said
    return preposition.lower_ in TOPIC_PREPOSITIONS and lemma in TOPIC_PREPOSITION_LEMMAS


def _no_one(subject: Token) -> bool:
    """A subject that says nobody did it: "nobody", "none of them", "neither side", "no one"."""
    if subject.lower_ in ("nobody", "none", "neither"):
        return True
    return any(child.dep_ == "det" and child.lower_ in ("no", "neither") for child in subject.children)


def _enters_a_plea(token: Token) -> bool:
    """ "pleaded guilty to fourteen charges", "pleads not guilty", "pleaded no contest": a plea
    in court is an act, not words the article quotes (the speech verb "plead" is "she
    pleaded, “…”", "pleaded with voters to …")."""
    return token.lemma_.lower() == "plead" and any(
        child.lower_ in PLEAS or any(grand.lower_ in PLEAS for grand in child.children) for child in token.children
    )


def _infinitive_tagged_noun(token: Token) -> bool:
    """ "prompted the Star to state, “…”": after an infinitive's "to" the word is a verb,
    whatever the tagger said."""
    return token.pos_ == "NOUN" and token.i > 0 and token.nbor(-1).lower_ == "to" and token.nbor(-1).pos_ == "PART"


def finding_issued(token: Token) -> bool:
    """ "The report found that the service was “failing patients”", "the inquiry found",
    "the judge found", "Amnesty found": what a document, a court or a body finds, it writes;
    the words quoted are its own (what a person finds, "Police found “a large amount”", is
    what they came upon). A verb that governs quoted words only: a finding is no statement
    to hand on to a quote after it."""
    if token.lemma_.lower() != "find" or token.pos_ != "VERB":
        return False
    subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return False
    noun = subject.lemma_.lower()
    return noun in DOCUMENT_NOUN_LEMMAS or noun in FINDING_BODY_NOUNS or subject.ent_type_ == "ORG"


def verb_tagged_noun(token: Token) -> bool:
    """ "Estimates by the government state about 350,000 …": a word the tagger took for a
    noun that has a subject and a clause of its own is the verb of its sentence (see
    ``subject_of_verb_tagged_noun``)."""
    return subject_of_verb_tagged_noun(token) is not None


def subject_of_verb_tagged_noun(token: Token) -> Token | None:
    """The subject of a root word the tagger took for a noun when it is the verb of its
    sentence, a noun with a clause of its own after it and a subject: one before it
    ("Estimates by the government state about 350,000 …"), a name right before an "-s" word
    that the parser made part of it ("But Hart claims that he …", read as the noun phrase
    "Hart claims"), or one hung on an auxiliary before it, which a noun never takes ("Lee
    did post on X that …"). None for a noun."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return None
    if not any(child.dep_ == "ccomp" and child.i > token.i for child in token.children):
        return None
    before = next(
        (
            child
            for child in token.children
            if child.dep_ == "nsubj" and child.i < token.i or _name_taken_for_a_compound(child, token)
        ),
        None,
    )
    if before is not None:
        return before
    return next(
        (
            subject
            for aux in token.lefts
            if aux.dep_ == "aux"
            for subject in aux.children
            if subject.dep_ == "nsubj" and subject.i < aux.i
        ),
        None,
    )


def _name_taken_for_a_compound(child: Token, noun: Token) -> bool:
    """The name right before a verb the tagger read as a plural noun ("Hart claims")."""
    return (
        child.dep_ == "compound"
        and child.i == noun.i - 1
        and child.pos_ == "PROPN"
        and noun.tag_ == "NNS"
        and any(
            grand.dep_ == "mark" and grand.lower_ == "that"
            for c in noun.rights
            if c.dep_ == "ccomp"
            for grand in c.children
        )
    )


def _went_on_about(token: Token) -> bool:
    """ "as Ward went on about “how the count is fixed”": going on about something is
    talking about it."""
    if token.lemma_.lower() != "go" or token.pos_ != "VERB":
        return False
    deps = {(child.dep_, child.lower_) for child in token.children}
    return ("prt", "on") in deps and ("prep", "about") in deps


def _directs(token: Token) -> bool:
    """ "she was directing the committees to “proceed with their investigations”": directing
    someone to act is an instruction, said or written ("directed the film" is no cue)."""
    return (
        token.lemma_.lower() == "direct"
        and token.pos_ == "VERB"
        and any(child.dep_ == "dobj" for child in token.children)
        and any(
            child.dep_ in ("xcomp", "advcl")
            and any(grand.lower_ == "to" and grand.dep_ == "aux" for grand in child.children)
            for child in token.children
        )
    )


def retorts(token: Token) -> bool:
    """ "Lee shot back that …", "Fallon fired back: “…”", "hit back": answering an attack in
    words. Alone ("police fired back at the gunmen") the verb reports nothing: it is a cue
    only for a clause or a quote the rules find hung on it."""
    return (
        token.lemma_.lower() in RETORT_LEMMAS
        and token.pos_ == "VERB"
        and any(child.dep_ in ("prt", "advmod") and child.lower_ == "back" for child in token.children)
    )


def _pointed_out(token: Token) -> bool:
    """ "As Byler pointed out, “…”": "point out" is saying."""
    return (
        token.lemma_.lower() == "point"
        and token.pos_ == "VERB"
        and any(child.dep_ == "prt" and child.lower_ == "out" for child in token.children)
    )


def _as_x_put_it(token: Token) -> bool:
    """ "As one adviser put it, “…”": the news idiom for quoting someone's phrasing."""
    if token.lemma_.lower() != "put" or token.pos_ != "VERB":
        return False
    deps = {(child.dep_, child.lower_) for child in token.children}
    return ("dobj", "it") in deps and ("mark", "as") in deps


def _after_dateline(subject: Token) -> Token:
    """ "SPRINGFIELD, Ill. (AP) — Gov. Ann Lee on Tuesday signed …, calling it “…”", "New
    Delhi, Dec 3 (PTI) Union Home Minister Amit Shah on Monday said …": the parser takes a
    dateline's town, at the start of the sentence, for the subject and hangs the real one on
    it after the dateline; that one is the subject."""
    start = subject.sent.start
    end = dateline_end(subject.doc, start)
    if end is None or not start <= subject.i < end:
        return subject
    after = [child for child in subject.children if child.dep_ == "appos" and child.i >= end]
    return after[0] if after else subject


def _name_before_bracket(subject: Token) -> Token:
    """ "Council member Jo Kim (D) said …": the parser may take the party letter in brackets
    after a name for the subject and hang the name on it; the name is the subject."""
    doc = subject.doc
    if subject.i == 0 or doc[subject.i - 1].text != "(":
        return subject
    named = [child for child in subject.children if child.i < subject.i - 1 and child.ent_type_ in ("PERSON", "ORG")]
    return named[-1] if named else subject


def _before_town_and_state(subject: Token) -> Token:
    """ "Police in Tampa, Florida said …": the parser takes the state after a town and a
    comma for the subject and hangs what comes before the town on the verb; whoever is
    "in" (or "from", "at") the town is the subject."""
    doc = subject.doc
    state = subject.ent_type_ in ("GPE", "LOC") or state_by_postal_code(subject.text) is not None  # "Tampa, FL"
    if not state or subject.i < 3 or doc[subject.i - 1].text != ",":
        return subject
    town = doc[subject.i - 2]
    if town.ent_type_ not in ("GPE", "LOC") or town.dep_ != "pobj":
        return subject
    holder = town.head.head  # "Police" of "Police in Tampa"
    if town.head.lower_ not in ("in", "from", "at", "of") or holder.head.i != subject.head.i or holder.i > town.i:
        return subject
    return holder if is_someone(holder) else subject


def past_dateline(doc: Doc, start: int) -> int:
    """The token after a wire dateline that opens the sentence at `start`, else `start`
    (see ``dateline_end``)."""
    end = dateline_end(doc, start)
    return start if end is None or end >= len(doc) else end


def dateline_end(doc: Doc, start: int) -> int | None:
    """ "LONDON (Reuters) - British inflation fell …", "New Delhi, Dec 3 (PTI) Union Home
    Minister …": where a wire dateline that opens the sentence at `start` ends, or None.
    A dateline is a town (perhaps a state or country, and a date) and the agency in
    brackets; a dash ends it, and so does the agency's bracket when the town's words are
    all capitalised before it (Indian and Chinese wires write "New Delhi, Dec 3 (PTI)" with
    no dash). It says where the story was filed, not what anyone said."""
    opening = doc[start]
    if not (opening.is_sent_start and opening.is_alpha and opening.text[0].isupper() and len(opening) > 1):
        return None
    for index in range(start + 1, min(start + _DATELINE_TOKENS, len(doc))):
        token = doc[index]
        if is_dash(token.text) and opening.is_upper:
            return index + 1
        if token.text == "(" and index > start + 1 and _agency_in_brackets(doc, index):
            after = index + 3
            return after + 1 if after < len(doc) and is_dash(doc[after].text) else after
        if token.is_alpha and not token.text[0].isupper():
            return None  # "NATO allies said …": a word in lower case, so no dateline
    return None


def _agency_in_brackets(doc: Doc, open_bracket: int) -> bool:
    """ "(PTI)", "(Reuters)", "(AP)": one capitalised word in brackets after a dateline's
    town and date (a comma or a number before it: "New Delhi, Dec 3 (PTI)", "LONDON (Reuters)")."""
    if open_bracket + 2 >= len(doc) or doc[open_bracket + 2].text != ")":
        return False
    agency = doc[open_bracket + 1]
    if not (agency.is_alpha and agency.text[0].isupper()):
        return False
    before = doc[open_bracket - 1]
    return before.like_num or before.is_upper or doc[open_bracket - 2].text == ","


_DATELINE_TOKENS = 12  # "NEW YORK, Dec 3 (Reuters) -" is nine


def _after_fronted_place(subject: Token) -> Token:
    """ "Outside court, the victim's mother, Joan Price, said …": the parser takes a bare
    noun that opens the sentence, set off by a comma, for the subject and hangs the real one
    on it; a noun with no determiner that is no one ("court", "home") is where, not who, and
    the someone in apposition after the comma is the subject."""
    if subject.pos_ != "NOUN" or is_someone(subject) or subject.ent_type_:
        return subject
    if subject.left_edge.i != subject.sent.start or any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and is_someone(c)]
    if not after or subject.doc[after[0].left_edge.i - 1].text != ",":
        return subject
    return after[0]


def inscription_reading(cue: Token) -> tuple[int, int] | None:
    """ "signs reading “Masks required”", "a banner that said “Welcome home”": the words
    (token range) of the sign, the banner or the T-shirt that reads or says what follows,
    unless someone holds it up (then theirs, as `_holder_of` reads it)."""
    if cue.lemma_.lower() not in ("read", "say"):
        return None
    if cue.dep_ in ("acl", "relcl"):
        carrier = cue.head
    else:  # "Fans wore T-shirts reading “…”", parsed as a clause with the shirts its subject
        subject = next((child for child in cue.children if child.dep_ == "nsubj"), None)
        if subject is None or cue.tag_ != "VBG":
            return None
        carrier = subject
    if carrier.lemma_.lower() not in INSCRIPTION_NOUNS or carrier.pos_ != "NOUN":
        return None
    doc = carrier.doc
    start = carrier.i  # with the words that say which: "campaign hat", "anti-war sign"
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].tag_ != "VBG":
        start -= 1
    # the verb the sign is the object of ("held signs reading", "wore shirts [that read] …"),
    # or right before it however the parser hung it ("calling for … and carrying signs")
    holding = carrier.head if carrier.dep_ == "dobj" else cue.head if carrier.dep_ == "nsubj" else None
    before = doc[start - 1] if start > 0 else None
    if any(verb is not None and verb.lemma_.lower() in HOLDING_LEMMAS for verb in (holding, before)):
        return None  # "Marchers held signs saying …": the marchers speak through them
    return start, carrier.i + 1


def speaker_of(cue: Token, context: QuoteContext | None = None) -> Token | None:
    """The grammatical speaker of a cue verb: its subject, the agent of a passive, ..."""
    if cue.lower_ == "according":
        to = cue.nbor()
        objects = [child for child in to.children if child.dep_ == "pobj"]
        # "according to a statement from the club": the club's words
        return (_author_of(objects[0]) or objects[0]) if objects else None
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and _names_an_object(cue):
        # "one lawmaker called Hart “the orange prince”": read as "a lawmaker called
        # Hart" (a name), but a verb with an object and a name for it is the noun's act
        return cue.head
    if (
        cue.dep_ == "acl"
        and cue.tag_ == "VBG"
        and cue.head.i < cue.i
        and cue.head.pos_ == "NOUN"
        and cue.head.lemma_.lower() in PERSON_NOUN_LEMMAS | ANONYMOUS_SOURCE_NOUNS
        and cue.head.dep_ == "pobj"
        and cue.head.head.lower_ == "with"
    ):
        # "…, with sources telling Reuters …": the noun the participle describes is who
        # speaks, not the clause's subject (but "emailed supporters saying …" is the sender's)
        return cue.head
    shown = shown_speaking(cue)
    if shown is not None:
        return shown
    if passive_participle(cue):
        # "Asked whether he would resign, Johnson replied": the one asked is the clause's
        # subject; the asker is whoever the agent names, or no one named
        return _agent_of_participle(cue)
    if _passive_without_a_source(cue) or passive_without_its_auxiliary(cue):
        return None
    verb = cue
    for _ in range(4):
        if verb.i == cue.i:
            partner = _participle_coordinated_with(cue)
            if partner is not None:
                verb = partner
                continue
        # The passive subject of the speech verb itself is what was said or who was addressed
        # ("the troubles could be blamed on …", "he was told …"), never the speaker; further
        # up it can be ("he was quoted as saying …").
        deps = ("nsubj",) if verb.i == cue.i else SPEAKER_DEPS
        # in “Every single amendment,” said Cruz the parser may give the verb two subjects
        subjects = [
            child
            for child in verb.children
            if (
                child.dep_ in deps
                or is_share_of_people(child, verb)
                or _noun_phrase_hung_on_verb(child, verb)
                or name_taken_for_a_modal(child)
                or (_name_taken_for_a_compound(child, verb) and verb_tagged_noun(verb))
            )
            and (context is None or not context.in_quote(child))
            and (_can_speak(child) or name_taken_for_a_modal(child))
        ]
        if not subjects and verb.i == cue.i:
            tagged = subject_of_verb_tagged_noun(verb)
            if tagged is not None and tagged.head.i != verb.i:
                subjects = [tagged]  # "Lee did post on X that …": the subject on the auxiliary
        agents = [
            grand
            for child in verb.children
            if child.dep_ == "agent"
            for grand in child.children
            if grand.dep_ == "pobj"
        ]
        if (
            not agents
            and verb.i == cue.i
            and cue.lemma_.lower() in NAMING_LEMMAS
            and any(child.dep_ == "auxpass" for child in cue.children)
        ):
            # "has been called “a network” by Hart": the parser hangs "by" on the quoted name
            agent = _agent_of_participle(cue)
            agents = [agent] if agent is not None else []
        # of two subjects ("…, New Hampshire, Trump went"), the one next to the verb
        found = min(subjects, key=lambda child: abs(child.i - verb.i)) if subjects else agents[0] if agents else None
        found = _person_of_the_body(found) or found
        if found is None and verb.i == cue.i:
            found = _name_hung_on_fronted_phrase(cue) or source_hung_on_the_report(cue) or _name_after_a_day(cue)
        if found is not None:
            if _reported_thing(found, verb, climbed=verb.i != cue.i) or _reported_state(cue, verb):
                # A thing does not speak. "Lee said the vote could be “chaotic,” adding,
                # …": the parser hangs "adding" (or a second "said") on the reported clause,
                # whose subject is a thing; the one speaking is whoever reports that clause.
                verb = verb.head
                continue
            reporter = _reporter_of_clause(cue, verb)
            if reporter is not None:
                verb = reporter
                continue
            if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i == verb.i != cue.i:
                nearer = _actor_between(found, cue, context)
                if nearer is not None:
                    return nearer
            if found.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "Trump released a video that said “…”": the one who issued the document
                issuer = _issuer_of(verb.head)
                if issuer is not None:
                    return issuer
            if found.lower_ in EMPHATIC_REFLEXIVES:
                # "In the filing itself Ford made this point, writing “…”": a reflexive is never
                # the subject; the parser takes it for one and hangs the name on it
                found = next((child for child in found.children if child.dep_ == "appos"), found)
            found = _after_dateline(found)
            found = _after_fronted_place(found)
            found = _name_before_bracket(found)
            found = _before_town_and_state(found)
            # "Peskov, who said ...": the speaker is named by "who", resolved to Peskov later
            return (
                _author_of(found)
                or _holder_of(found, verb)
                or _poll_of_share(found, verb, context)
                or _name_after_title(found, verb)
                or found
            )
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            # object control: "the record prompted the Atlas to state", "urged him to say",
            # "prompted the tabloid to run a cover saying"
            controller = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
            if verb.head.lemma_.lower() in INSTRUMENT_LEMMAS:
                controller = None  # "Lee used her keynote speech to offer …": Lee does
            if (
                controller is not None
                and controller.i < verb.i
                and (is_someone(controller) or controller.lemma_.lower() in DOCUMENT_NOUN_LEMMAS)
                and (context is None or not context.in_quote(controller))
            ):
                return controller
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            nearer = _nearest_conjunct_with_subject(verb)
            if nearer is not None:
                # "a group called for a boycott, and the League denounced the rhetoric and
                # said …": the parser hangs every conjunct on the first; a verb without a
                # subject shares the one of the conjunct right before it
                verb = nearer
                continue
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head  # "he paused and added", "speaking to reporters, she said"
            if cue.tag_ == "VBG" and cue.head.i == verb.i:
                verb = _sentence_verb_past_a_clause(verb, cue)
            if (
                cue.dep_ == "conj"
                and verb.i == cue.head.i
                and verb.dep_ == "ccomp"
                and not is_cue(verb)
                and verb.head.i != verb.i
                and is_cue(verb.head)
            ):
                # "Lee conceded that Hart had broken the rule but implied that …": a
                # speech verb the parser joins to the reported clause goes with the reporting one
                verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "she drew boos upon saying", "he began by saying"
            continue
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "attr") and verb.head.head.i != verb.head.i:
            if verb.head.lemma_.lower() in DOCUMENT_NOUN_LEMMAS and _withheld(verb.head.head):
                return verb.head  # "the Senate failed to pass a bill demanding …": the bill's words
            verb = verb.head.head  # "she released a statement saying": she
            if verb.dep_ == "prep":
                verb = verb.head
            continue
        if (
            verb.i == cue.i
            and cue.dep_ == "acl"
            and cue.tag_ == "VBG"
            and cue.lemma_.lower() in SAYING_LEMMAS
            and cue.head.dep_ in ("nsubj", "nsubjpass", "ROOT")
            and cue.head.lemma_.lower() in DOCUMENT_NOUN_LEMMAS
        ):
            # "A petition calling on Hart to resign has drawn 5,000 names": a document the
            # sentence is about, with no one said to issue it, speaks for itself
            return _author_of(verb.head) or verb.head
        if verb.dep_ == "relcl":
            return appositive_head(verb.head)
        break
    return None


def _sentence_verb_past_a_clause(verb: Token, participle: Token) -> Token:
    """ "Crowds filled the square by the stadium where the Broncos played, chanting “…”": a
    participle set off by a comma or dash after a clause of "where" or "when" goes with the
    sentence that clause describes a place or time of, not with the clause's own subject; so
    does a speech participle after a relative clause that reports speech of its own ("…
    defending not paying a builder who said he was cheated …, saying, “…”": whoever said
    that does not go on "saying")."""
    place_or_time = any(
        child.dep_ == "advmod" and child.lower_ in ("where", "when") and child.i < verb.i for child in verb.children
    )
    said_again = (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in SAYING_LEMMAS
        and participle.lemma_.lower() in SAYING_LEMMAS
        and any(child.dep_ == "ccomp" and child.i < participle.i for child in verb.children)
    )
    if not place_or_time and not said_again:
        return verb
    if not any(token.text in ",-–—" for token in participle.doc[max(verb.i, participle.i - 3) : participle.i]):
        return verb
    governing = verb.head
    while governing.pos_ not in ("VERB", "AUX") and governing.head.i != governing.i:
        governing = governing.head
    if said_again:
        # up the chain of verbs the relative clause's noun hangs on to the one with a subject
        # ("defend not paying a builder": "Hart was defensive when forced to defend …")
        while (
            not any(child.dep_ in ("nsubj", "nsubjpass") for child in governing.children)
            and governing.dep_ in ("xcomp", "advcl", "ccomp", "pcomp", "conj")
            and governing.head.i != governing.i
        ):
            governing = governing.head
    return governing if governing.pos_ in ("VERB", "AUX") and governing.i != verb.i else verb


def _withheld(verb: Token) -> bool:
    """ "failed to pass", "rejected", "did not sign", "vetoed": a verb by which its subject
    does not make a document its own."""
    if verb.lemma_.lower() in _WITHHOLDING_LEMMAS or any(child.dep_ == "neg" for child in verb.children):
        return True
    governing = verb.head if verb.dep_ == "xcomp" else None
    return governing is not None and (
        governing.lemma_.lower() in REFUSAL_LEMMAS or any(child.dep_ == "neg" for child in governing.children)
    )


# verbs by which a body turns a document down: "vetoed a resolution demanding …"
_WITHHOLDING_LEMMAS = frozenset("reject veto block oppose defeat kill scrap withdraw".split())


def _name_hung_on_fronted_phrase(verb: Token) -> Token | None:
    """ "As part of the settlement, Pavel Dorin, 44, said that …": a verb left without a subject
    where the parser hung the name set off before it on the phrase that opens the sentence,
    as if in apposition to that phrase's noun. Without the comma ("In an interview with the
    editors of the Boston Globe Ann Lee said that …") the name ends the phrase as its last
    noun: a person the entity recogniser sets apart right before a tensed verb."""
    doc = verb.doc
    end = verb.i - 1
    if end >= 1 and _name_running_on_from_fronted_phrase(verb, doc[end]):
        return doc[end]
    if end < 1 or doc[end].text != ",":
        return None
    if end >= 3 and doc[end - 1].like_num and doc[end - 2].text == ",":
        end -= 2  # past an age: "Pavel Dorin, 44, said"
    name = doc[end - 1]
    if name.ent_type_ != "PERSON" or name.dep_ != "appos":
        return None
    fronted = [child for child in verb.children if child.dep_ == "prep" and child.i < name.i]
    return name if any(child.is_ancestor(name) for child in fronted) else None


def _name_running_on_from_fronted_phrase(verb: Token, name: Token) -> bool:
    """Whether `name`, right before the tensed `verb`, ends a person's name that runs on from
    a phrase opening the sentence with no comma between (the parser made it that phrase's noun)."""
    if name.ent_type_ != "PERSON" or verb.tag_ not in FINITE_TAGS:
        return False
    entity = next(span for span in verb.doc.ents if span.start <= name.i < span.end)
    if entity.end != verb.i or entity.start == 0 or verb.doc[entity.start - 1].is_punct:
        return False  # a name that opens the sentence or follows a comma is no run-on
    fronted = [child for child in verb.children if child.dep_ == "prep" and child.i < entity.start]
    return any(child.is_ancestor(name) for child in fronted)


def _person_of_the_body(body: Token | None) -> Token | None:
    """ "Ann Lee of the charity Safe Homes told Reuters": the parser may take the body after
    "of" for the subject; the person named right before "of" is the one speaking."""
    if body is None or body.ent_type_ not in ("ORG", "GPE"):
        return None
    index = body.left_edge.i - 1
    doc = body.doc
    while index > 0 and doc[index].pos_ in ("DET", "NOUN", "ADJ") and not doc[index].ent_type_:
        index -= 1  # "the charity", "the local advocacy group"
    if index < 1 or doc[index].lower_ != "of":
        return None
    person = doc[index - 1]
    return person if person.ent_type_ == "PERSON" else None


def _name_after_a_day(verb: Token) -> Token | None:
    """ "On Friday Ford Motor Company announced …": with no comma after the day, the parser
    takes the name for the rest of "On Friday …" and leaves the verb without a subject; a
    person or an organisation right before the verb, after the day, is the subject."""
    name = verb.doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ != "pobj":
        return None
    preposition = name.head
    days = [child for child in name.children if child.dep_ == "compound" and is_date(child)]
    return name if preposition.head.i == verb.i and preposition.i < name.i and days else None


def source_hung_on_the_report(verb: Token) -> Token | None:
    """ "The two leaders will discuss migration across the Channel, a spokeswoman for Lee
    said.": a verb after what it reports, left without a subject where the parser hung the
    source set off by a comma before it on the report's last noun, as if in apposition."""
    doc = verb.doc
    if verb.i < 3 or not any(child.dep_ == "ccomp" and child.i < verb.i for child in verb.children):
        return None
    token = doc[verb.i - 1]
    for _ in range(4):
        if token.dep_ == "appos" and token.right_edge.i == verb.i - 1:
            left = token.left_edge.i
            someone = token.ent_type_ in ("PERSON", "ORG", "NORP") or token.lemma_.lower() in PERSON_NOUN_LEMMAS
            return token if someone and left > 0 and doc[left - 1].text == "," and verb.is_ancestor(token) else None
        if token.head.i == token.i or token.head.i >= verb.i:
            return None
        token = token.head
    return None


def _participle_coordinated_with(cue: Token) -> Token | None:
    """ "…, saying that the bill was sound but was waylaid by mistrust - and arguing that …":
    a participle joined with "and" that the parser hung on a verb inside the clause before
    it is coordinated with the participle up the parse that reports that clause; whoever
    says the one argues the other (not the clause's subject, nor its passive's agent)."""
    if cue.tag_ != "VBG" or cue.dep_ != "conj" or cue.head.tag_ == "VBG":
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in cue.children):
        return None
    token = cue.head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.tag_ == "VBG":
            return token if not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children) else None
    return None


def called_for(verb: Token) -> bool:
    """ "A letter calls for the party to respond by …": a clause with "for" and its own
    subject, which the parser hangs on the verb that calls for it, is what is called for."""
    return (
        verb.dep_ in ("advcl", "xcomp", "ccomp")
        and is_cue(verb.head)
        and any(child.dep_ == "mark" and child.lower_ == "for" for child in verb.children)
    )


def _passive_without_a_source(cue: Token) -> bool:
    """ "temperatures are forecast to reach 38C", "the plan was announced on Monday": a
    passive names what was said (or who was told), and leaves the source out unless "by"
    gives it; the subject of a clause further up is not that source."""
    auxiliaries = [child for child in cue.children if child.dep_ == "auxpass"]
    if any(aux.lower_ in ("'s", "’s") for aux in auxiliaries) and any(c.dep_ == "ccomp" for c in cue.children):
        return False  # "he's said he will fight on": "he has said", which the parser read as "is"
    return (
        bool(auxiliaries)
        and any(child.dep_ == "nsubjpass" for child in cue.children)
        # "has been called “a network” by Hart": the "by" may hang on the quoted name
        and _agent_of_participle(cue) is None
    )


def passive_without_its_auxiliary(cue: Token) -> bool:
    """ "Hospitals told to prepare", "Residents urged to stay indoors", "Ministers accused
    of ‘betrayal’": a headline's passive without its "were", which the parser reads as the
    residents urging. Active, these verbs name the one told or accused between themselves
    and the "to" or "of" ("urged residents to stay", "accused the ministers of …")."""
    following = PASSIVE_BEFORE.get(cue.lemma_.lower())
    if following is None or cue.tag_ not in ("VBD", "VBN") or cue.i + 1 >= len(cue.doc):
        return False
    if cue.dep_ == "relcl":
        return False  # "the rivals whom he accused of …": the object went ahead with "whom"
    after = cue.doc[cue.i + 1]
    if after.lower_ not in following:
        return False
    return after.lower_ != "to" or any(child.dep_ == "xcomp" and child.i > after.i for child in cue.children)


def is_passive(verb: Token) -> bool:
    """A verb in the passive: "were admitted", "refugees admitted to …"."""
    return any(child.dep_ == "auxpass" for child in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")


def _noun_phrase_hung_on_verb(child: Token, verb: Token) -> bool:
    """ "The 21-year-old added that …": the parser can hang an age's determiner and words on
    the verb itself ("The" and "old" both children of "added"). A verb takes no determiner:
    the age nearest the verb, after one, is its subject. (Other modifiers the parser hangs on
    a verb, "the American people feel", are not people on their own.)"""
    if child.dep_ != "amod" or child.i > verb.i or not _age_word(child):
        return False
    if any(other.dep_ in ("nsubj", "nsubjpass", "expl") for other in verb.children):
        return False
    determiners = [other for other in verb.children if other.dep_ == "det" and other.i < child.i]
    modifiers = [other for other in verb.children if other.dep_ in ("amod", "compound", "nmod") and other.i < verb.i]
    return bool(determiners) and child.i == max(other.i for other in modifiers)


def _age_word(token: Token) -> bool:
    """The "old" of "21-year-old" (split "21 - year - old" by the tokenizer)."""
    return token.lower_ == "old" and token.i >= 2 and token.doc[token.i - 2].lower_ == "year"


def nominal_adjective(subject: Token) -> bool:
    """ "The 21-year-old said that …", "the accused told the court …": an adjective after a
    determiner stands for someone. The determiner is the adjective's, or, where the parser
    hung both on the verb, the verb's (``_noun_phrase_hung_on_verb``)."""
    if subject.pos_ != "ADJ" and subject.tag_ != "VBN":  # "the accused", tagged a participle
        return False
    if subject.dep_ != "nsubj":
        return _noun_phrase_hung_on_verb(subject, subject.head)
    return any(child.dep_ == "det" and child.i < subject.i for child in subject.children)


def share_of(number: Token) -> bool:
    """ "Six in 10", "about 4 in 10": a number with "N in" before it, a share of people."""
    return number.pos_ == "NUM" and any(child.dep_ == "quantmod" and child.lower_ == "in" for child in number.children)


def is_share_of_people(child: Token, verb: Token) -> bool:
    """ "About 4 in 10 say …": a share before the verb that the parser hung on it as a
    number, not as its subject, is the subject all the same."""
    return child.dep_ == "nummod" and child.i < verb.i and share_of(child)


def shown_speaking(cue: Token) -> Token | None:
    """ "The spot ends with a clip of Tom Ward saying, “…”": a speech verb on a recording
    of someone gives the words to the one recorded, not to whoever shows the recording."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    shown: Token | None
    subject = next((child for child in cue.children if child.dep_ == "nsubj"), None)
    if cue.dep_ == "pobj" and subject is not None:  # "of Ward saying" read as a clause with its subject
        shown = subject if cue.head.lower_ == "of" and cue.head.head.lemma_.lower() in RECORDING_NOUNS else None
    elif cue.dep_ == "acl" and cue.head.lemma_.lower() in RECORDING_NOUNS:
        of = next((child for child in cue.head.children if child.dep_ == "prep" and child.lower_ == "of"), None)
        shown = next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None
    else:  # the parser hangs the participle on the clause: the recording's "of" is right before it
        before = cue.nbor(-1)
        of = before.head
        if before.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in RECORDING_NOUNS:
            return None
        shown = before
    return shown if shown is not None and is_someone(shown) else None


def _nearest_conjunct_with_subject(verb: Token) -> Token | None:
    """The conjunct before `verb`, after the first, that has a subject of its own."""
    earlier = [
        sibling
        for sibling in verb.head.children
        if sibling.dep_ == "conj" and sibling.i < verb.i and any(child.dep_ == "nsubj" for child in sibling.children)
    ]
    return earlier[-1] if earlier else None


def _name_after_title(subject: Token, verb: Token) -> Token | None:
    """ "Harbor Radio Vice President for sport and weather Dave Rourke called …": a long title the
    parser made the subject, with the person's name right before the verb."""
    if subject.ent_type_ == "PERSON" or not subject.i < verb.i:
        return None
    doc = subject.doc
    last = doc[verb.i - 1]
    if last.ent_type_ == "PERSON" and last.i > subject.i and subject.left_edge.i <= last.i <= subject.right_edge.i:
        first = _entity_start(last)
        while first - 1 > subject.i and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1  # past the title before the name: "a spokesperson for Prime Minister …"
        people = is_someone(subject) or subject.lemma_.lower() in ROLE_HEAD_WORDS | COLLECTIVE_NOUNS
        if doc[first - 1].pos_ == "ADP" and subject.pos_ in ("NOUN", "PROPN") and people:
            # "The MP for Leeds North said", "Attorneys for Clinton said", "A spokesperson
            # for Prime Minister Justin Trudeau said": who or what the people in the title
            # work for, not their name
            return None
        if doc[first - 1].lower_ in _EXCEPTING_WORDS:
            return None  # "Everyone but Ann Lee said …": the one left out says nothing
        return last
    return None


# words that leave the name after them out of a group ("everyone but Lee", "all except Hart",
# "all the members other than Ward")
_EXCEPTING_WORDS = frozenset({"but", "except", "excepting", "excluding", "besides", "save", "than"})


def _actor_between(subject: Token, participle: Token, context: QuoteContext | None) -> Token | None:
    """ "The worst moment came during a speech, when angry farmers interrupted her, shouting
    “…”": the parser hangs the participle on the main clause, whose subject is an event;
    the people acting in the clause right before the participle are the ones speaking."""
    if subject.i > participle.i or subject.ent_type_ or subject.pos_ != "NOUN":
        return None
    lemma = subject.lemma_.lower()
    if lemma in PERSON_NOUN_LEMMAS or lemma in DOCUMENT_NOUN_LEMMAS:
        return None
    for token in reversed(subject.doc[subject.i + 1 : participle.i]):
        if token.dep_ == "nsubj" and is_someone(token) and (context is None or not context.in_quote(token)):
            return token if _scene_clause(token.head) else None
    return None


def _scene_clause(verb: Token) -> bool:
    """A clause that sets a scene: "when protesters interrupted her", "in which children use …"."""
    if verb.dep_ not in ("relcl", "advcl"):
        return False
    for child in verb.children:
        if child.dep_ in ("advmod", "mark") and child.lower_ in ("when", "while", "as", "where"):
            return True
        if child.dep_ == "prep" and any(grand.lower_ == "which" for grand in child.children):
            return True
    return False


def _names_an_object(verb: Token) -> bool:
    """ "called Hart “the orange prince”": an object, then a name for it (parsed as a
    second complement, or as a quote right after the object)."""
    complements = [child for child in verb.children if child.dep_ in ("dobj", "oprd")]
    if len(complements) >= 2:
        return True
    doc = verb.doc
    return (
        bool(complements)
        and complements[0].right_edge.i + 1 < len(doc)
        and doc[complements[0].right_edge.i + 1].tag_ == "``"
    )


def _agent_of_participle(participle: Token) -> Token | None:
    """The "by" phrase of a passive participle, also where the parser attached it to the
    participle's own object ("branded as a “fishing trip” by Democrats")."""
    for child in participle.children:
        if child.dep_ == "agent":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    for token in participle.subtree:
        if token.lower_ != "by" or token.dep_ != "prep" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        head = token.head
        while head.i != participle.i and head.pos_ != "VERB":
            head = head.head
        if head.i != participle.i:
            continue  # the "by" of another verb inside the phrase
        agent = next((grand for grand in token.children if grand.dep_ == "pobj"), None)
        if agent is not None and is_someone(agent):
            return agent
    return None


def passive_participle(verb: Token) -> bool:
    """ "Asked about the plan, …", "a letter signed by 40 senators": a past participle
    heading its own phrase, without auxiliaries or a subject of its own."""
    if verb.tag_ == "VBD" and verb.lemma_.lower() in ASKED_LEMMAS and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "…,” said Ann Lee, asked about her claims.": tagged as her act, set off by a comma
        return not any(child.dep_ == "dobj" or child.dep_ == "nsubj" and child.i > verb.i for child in verb.children)
    if (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() in ASKED_LEMMAS
        and verb.i == verb.sent.start
        and verb.dep_ == "advcl"
    ):
        # "Asked whether she would run, she replied": opening its sentence, tagged as a past
        return not any(child.dep_ in ("nsubj", "dobj") for child in verb.children)
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "ccomp", "dep"):
        return False
    return not any(child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for child in verb.children)


def is_someone(token: Token) -> bool:
    """A person or organisation by name, a personal pronoun or a noun for a person: a
    subject that can introduce a quote with any verb ("The Hill pointed out, “…”")."""
    if (
        token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.lower_ in PRONOUN_GENDER
        or token.lower_ in PERSONAL_PLURALS
    ):
        return True
    return token.pos_ == "PROPN" or token.lemma_.lower() in PERSON_NOUN_LEMMAS


def _can_speak(subject: Token) -> bool:
    """Not a word the parser took for a subject by mistake: "Of Carson, Levine said",
    "Saturday at the convention Sen. Warren said"."""
    if subject.pos_ in ("ADP", "SCONJ", "CCONJ", "PUNCT", "PART", "AUX"):
        return False
    return not is_date(subject)


def is_date(token: Token) -> bool:
    """A day's name or "today": a date, never a speaker. But "the 46-year-old" (also
    tagged DATE) is someone."""
    return token.ent_type_ in ("DATE", "TIME") and (token.pos_ == "PROPN" or token.lower_ in DAY_WORDS)


def is_data(noun: Token) -> bool:
    """ "figures from the ONS", "data from the agency", "statistics from the ministry": numbers
    speak for whoever published them (not "senior figures from the party", who are people)."""
    lemma = noun.lemma_.lower()
    if lemma in ("data", "datum", "statistic", "statistics"):
        return True
    if noun.lower_ != "figures":
        return False
    # "new figures from the ONS" are numbers; "senior figures", "some figures from the
    # party", "GOP figures" are people
    return not any(
        child.lower_ in _PEOPLE_FIGURES_WORDS or child.dep_ in ("det", "compound") and child.lower_ != "the"
        for child in noun.children
    )


# words for people called "figures": "senior figures", "party figures"
_PEOPLE_FIGURES_WORDS = frozenset(
    "senior leading prominent key top political public party establishment religious opposition influential "
    "powerful high-profile some many several other few".split()
)


def _author_of(document: Token) -> Token | None:
    """ "a letter sent out by Ann Lee warned", "Estimates by the Argentinian
    government state": who sent or wrote the document speaks through it, when the text names
    them as the agent or with "by" or "from" right after it."""
    if document.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS and not is_data(document):
        return None
    for by in document.children:
        # "a letter by Ann Lee", "a statement from the club": who wrote or issued it
        if by.dep_ == "prep" and by.lower_ in ("by", "from") and by.i == document.i + 1:
            for author in by.children:
                if (
                    author.dep_ == "pobj"
                    and not is_date(author)
                    and (
                        author.ent_type_ == "GPE"
                        or is_someone(author)
                        # "a statement from the club", "a report by the state inspector"
                        or author.lemma_.lower() in COLLECTIVE_NOUNS | ROLE_HEAD_WORDS
                    )
                ):
                    return author
    for participle in document.children:
        # "a letter sent out by Ann Lee", "a report written by the inspectors"; not "a report
        # commissioned by the council" or "an email obtained by the paper": not their words
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in AUTHORING_LEMMAS:
            for agent in participle.children:
                if agent.dep_ == "agent":
                    for author in agent.children:
                        if author.dep_ == "pobj" and (author.ent_type_ in ("PERSON", "ORG") or author.pos_ == "PROPN"):
                            return author
    return None


def _poll_of_share(subject: Token, verb: Token, context: QuoteContext | None) -> Token | None:
    """ "In a Gallup poll out on Friday, 40% of voters said they were …": a share
    of respondents speaks through the poll that counted them, when the sentence names it."""
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    is_share = any(t.text == "%" or t.lemma_.lower() == "percent" for t in phrase) or (
        subject.i >= 2 and subject.doc[subject.i - 1].lower_ == "in" and subject.like_num
    )  # "six in 10"
    if not is_share:
        return None
    # not a poll inside what they said ("… said they trust the polls")
    said = [(c.left_edge.i, c.right_edge.i) for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    for token in subject.sent:
        if (
            token.lemma_.lower() in SURVEY_LEMMAS
            and token.pos_ == "NOUN"
            and not (context and context.in_quote(token))
            and not any(start <= token.i <= end for start, end in said)
        ):
            return token
    return None


def _reported_state(cue: Token, verb: Token) -> bool:
    """ "Trump told Newsmax that Romney “had a crazy policy,” adding, “…”": a speech
    participle the parser hangs on a reported clause that states something (no speech act
    of its own) continues the reporter's words, not the clause subject's."""
    return (
        verb.i != cue.i
        and cue.tag_ == "VBG"
        and cue.dep_ == "advcl"
        and cue.head.i == verb.i
        and verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and is_cue(verb.head)
        and verb.lemma_.lower() not in CUE_LEMMAS | SAYING_LEMMAS
    )


def _holder_of(document: Token, verb: Token) -> Token | None:
    """ "they will hold banners proclaiming: “…”": the parser makes the sign the subject of
    the participle; whoever holds, posts or sends it speaks through it."""
    if document.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    if verb.dep_ not in ("ccomp", "acl", "advcl", "xcomp") or verb.head.pos_ != "VERB" or is_cue(verb.head):
        return None
    holder = next((child for child in verb.head.children if child.dep_ == "nsubj"), None)
    return holder if holder is not None and holder.i < document.i and is_someone(holder) else None


def _reporter_of_clause(cue: Token, verb: Token) -> Token | None:
    """ "Lee denied the notion that a council shakeup is coming, explaining …", "an adviser said
    Hart must pick a side, saying, “…”": a speech participle the parser hangs inside a
    reported clause (under its verb chain, or the content of a noun a speech verb takes) goes
    with the verb reporting that clause."""
    if verb.i == cue.i or cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i != verb.i:
        return None
    if verb.lemma_.lower() in CUE_LEMMAS | SAYING_LEMMAS:
        return None
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    if head.i == clause.i or (clause.i == verb.i and clause.dep_ == "ccomp"):
        return None  # a plain reported clause is _reported_state's case
    if clause.dep_ == "ccomp" and is_cue(head):
        return head
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.head.i != head.i and is_cue(head.head):
        return head.head
    return None


def _issuer_of(document: Token) -> Token | None:
    """ "Trump released a video that said …", "She retweeted a message that read …": the
    subject that issued, posted or held up a document speaks through it."""
    if document.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS:
        return None
    verb = document.head
    if document.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    for subject in verb.children:
        if subject.dep_ == "nsubj" and (is_someone(subject) or subject.lower_ in ("we", "i")):
            return subject
    return None


def _reported_thing(subject: Token, verb: Token, *, climbed: bool = False) -> bool:
    """A subject that is a common noun naming no one, in a clause a speech verb reports.

    A document there speaks for itself ("he said the report warned …"), but not for a
    speech verb the parser hung on its clause ("Paul said Rubio's plan would give money
    to …, and called him “…”": Paul calls him that)."""
    # "Lee said it was too soon to name winners but added, “…”": "it" too
    thing = subject.lower_ in ("it", "this", "there") or (
        subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lemma_.lower() not in PERSON_NOUN_LEMMAS
        and (climbed or subject.lemma_.lower() not in DOCUMENT_NOUN_LEMMAS)
    )
    return thing and verb.dep_ == "ccomp" and verb.head.i != verb.i and is_cue(verb.head)


def noun_phrase_after(cue: Token) -> Token | None:
    """ "“…,” said the woman, who …": the noun phrase right after an inverted speech verb,
    whatever the parser attached it to."""
    doc = cue.doc
    for index in range(cue.i + 1, min(cue.i + 5, len(doc))):
        token = doc[index]
        # a capitalised word right after "said" is a name, whatever the tagger made of it
        if token.pos_ in ("NOUN", "PROPN") or (token.is_alpha and token.text[0].isupper() and token.i > cue.i):
            while token.dep_ == "compound" and token.head.i > token.i:
                token = token.head
            # "“…,” Chief Ann Ruiz said Monday": a day after the verb is when, not who
            return None if is_date(token) else token
        # "said retired neurosurgeon Ben Carson": a participle can modify the noun too
        if (
            token.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN")
            and token.text not in ("’s", "'s")
            and not (token.dep_ == "amod" and token.head.i > token.i)
        ):
            return None
    return None


def appositive_head(token: Token) -> Token:
    """ "said Scott Reed, the Chamber's strategist, who added": the speaker is Reed."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token


def asks(context: QuoteContext, pair: MarkPair) -> bool:
    """Whether a quote is a question: its words end in "?"."""
    return context.text[pair.content_start : pair.content_end].rstrip(" ,\n").endswith("?")


def token_before(span: Span) -> Token | None:
    """The last token before a span that is not white space (or the first token of the
    text), None at its very start."""
    if span.start == 0:
        return None
    index = span.start - 1
    while index > 0 and span.doc[index].is_space:
        index -= 1
    return span.doc[index]


def _share_of_group(token: Token) -> tuple[int, int] | None:
    """ "One in three said …", "nearly two of the senators": a number with the group it is a
    share of; the model tags the number alone as an entity."""
    if token.pos_ != "NUM":
        return None
    # and "two-thirds of the voters", whose "of" hangs on the fraction's second word
    words = [token, *(child for child in token.rights if child.dep_ == "quantmod")]
    for child in (right for word in words for right in word.rights):
        if child.dep_ == "prep" and child.lower_ in ("in", "of") and child.n_rights:
            return token.left_edge.i, child.right_edge.i + 1
    if share_of(token):
        return token.left_edge.i, token.i + 1  # "about 4 in 10", parsed from the last number
    return None


def speaker_span(token: Token | None) -> tuple[int, int] | None:
    """Token range of the speaker's name: the entity it belongs to, or its noun phrase."""
    if token is None:
        return None
    doc = token.doc
    share = _share_of_group(token)
    if share is not None:
        return share
    if token.ent_type_ and token.ent_iob_ != "O":
        # the entity around the token, from the IOB tags (Doc.ents rebuilds every Span)
        start = _entity_start(token)
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while end > start + 1 and (doc[end - 1].tag_ == "POS" or is_dash(doc[end - 1].text) or doc[end - 1].is_space):
            end -= 1  # "Ann Lee -", a dash the model took into the name; a headline's line break
        # "De Blasio: Trust Bratton …": a headline's label the model ran on past its colon
        colons = [index for index in range(start, end) if doc[index].text == ":"]
        start = max([start] + [index + 1 for index in colons if index < token.i])
        end = min([end] + [index for index in colons if index > token.i])
        opened = unclosed_bracket(list(doc[start:end])) if token.ent_type_ != "PERSON" else None
        if opened is not None:
            end = start + opened  # "The World Health Organization (WHO": the bracket is another name
        while start < end - 1 and doc[start].pos_ == "VERB":
            start += 1  # "Said Comey": the inverted verb the model took into the name
        if all(word.is_lower for word in doc[start:end]):
            # "Russia's defence ministry", "the defence ministry": words the model tagged that
            # are no name, with whose they are
            owner = next((child for child in token.lefts if child.dep_ == "poss" and child.i < start), None)
            start = owner.left_edge.i if owner is not None else start
        verb = token.head
        if (
            token.i < verb.i < end
            and verb.pos_ == "VERB"
            and token.dep_ in ("nsubj", "nsubjpass")
            and (
                token.ent_type_ not in ("PERSON", "ORG", "GPE")
                # "Shooting Survivors Explain Why Lee Won", one organisation to the model: a
                # verb whose object or clause lies in the name too is no part of one
                or any(child.dep_ in ("ccomp", "dobj", "xcomp") and child.i < end for child in verb.children)
            )
        ):
            end = verb.i  # "Acme told The Ledger", a work's title to the model: the name ends at its verb
        return start, end
    start = token.i
    for child in token.lefts:
        if child.dep_ in NP_LEFT_DEPS and not child.is_punct:
            start = min(start, child.left_edge.i)
    for index in range(token.i - 1, start - 1, -1):
        if is_dash(doc[index].text) and index > 0 and doc[index - 1].whitespace_:
            start = index + 1  # "Media shares blame - HuffPollster": a dash ends the phrase
            break
    while start < token.i and (
        doc[start].tag_ in ("VBD", "VBZ", "VBP")
        or (is_date(doc[start]) and doc[start].dep_ == "compound" and doc[start].head.i == token.i)
    ):
        # "‘…,’ fumed City boss Pep Ruiz": a finite verb the parser hung on the name; "On
        # Friday Acme announced": the day (not "Thursday's memo", whose day is its own)
        start += 1
    end = token.i + 1
    for child in token.rights:
        if (
            child.dep_ in ("compound", "flat")
            or child.dep_ == "prep"
            # not a phrase set off after a name in apposition: "the mayor, Pedro Ruiz, at a
            # press conference" (where the words were said)
            and doc[child.i - 1].text != ","
            and (
                child.lower_ in ("of", "for", "at")
                # "an aide to the mayor", "the ambassador to France": whose they are
                or child.lower_ == "to"
                and token.lemma_.lower() in PERSON_OR_ROLE_NOUNS
            )
        ):
            end = max(end, _before_a_relative_clause(child))
    return start, end


def _before_a_relative_clause(phrase: Token) -> int:
    """Where a speaker's phrase ends: before a relative clause set off by a comma ("a
    spokesman for the union, which represents drivers"), which says something more of them,
    or one that gives the terms they speak on ("an official who asked not to be named"); a
    clause that says which ones they are stays ("a majority of those who voted")."""
    end = phrase.right_edge.i + 1
    doc = phrase.doc
    for word in phrase.subtree:
        start = word.left_edge.i
        if (
            word.dep_ == "relcl"
            and start > phrase.i + 1
            and (doc[start - 1].text == "," or any(token.lemma_.lower() in ANONYMITY_WORDS for token in word.subtree))
        ):
            end = min(end, start)
    while end > phrase.i + 1 and doc[end - 1].text == ",":
        end -= 1
    return end


def _entity_start(token: Token) -> int:
    """The first token of the entity `token` is in, from the IOB tags (Doc.ents rebuilds
    every Span)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start


def source_after_per(per: Token) -> Token | None:
    """What "per" names when it names a source, as "according to" does: someone or a
    document ("per two sources", "per a statement from the mayor's office"), not a unit
    ("$3 per gallon")."""
    if per.lower_ != "per":
        return None
    source = next((child for child in per.children if child.dep_ == "pobj"), None)
    if source is None or not (is_someone(source) or source.lemma_.lower() in DOCUMENT_NOUN_LEMMAS):
        return None
    return _author_of(source) or source


def names_someone(token: Token) -> bool:
    """A name, a pronoun or a noun the parse makes a subject: someone who can be a speaker
    (never a day: "Saturday at the convention Sen. Warren said")."""
    return (
        not is_date(token)
        and (
            token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or token.lower_ in PRONOUN_GENDER
            or token.lower_ in PLURAL_PRONOUNS
            or (token.pos_ in ("PROPN", "NOUN") and token.dep_ in SPEAKER_DEPS)
            # a capitalised subject is a name even when the tagger took it for a verb
            or (token.dep_ in SPEAKER_DEPS and token.text[:1].isupper())
        )
    )


def owner_of_words(noun: Token) -> Token | None:
    """Whose words a noun for words is: "her response", "the senator's answer", "a threat
    many voters make"."""
    if noun.lemma_.lower() not in WORDS_NOUN_LEMMAS:
        return None
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    if owner is None:
        clause = next((child for child in noun.children if child.dep_ == "relcl"), None)
        owner = next((child for child in clause.children if child.dep_ == "nsubj"), None) if clause else None
    if owner is None:  # "came the reply from the White House"
        source = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "from"), None)
        owner = next((child for child in source.children if child.dep_ == "pobj"), None) if source else None
    return owner if owner is not None and is_someone(owner) else None


def is_content_clause(child: Token) -> bool:
    """A reporting noun's clause: "claim that …", "promise to …", and "the contention that
    the files were …", which the parser may hang on the noun as a relative clause (its
    "that" marks it, where a relative clause's "that" is its subject or object)."""
    if child.dep_ in ("acl", "ccomp", "xcomp"):
        return True
    return child.dep_ == "relcl" and any(grand.dep_ == "mark" and grand.lower_ == "that" for grand in child.children)


def uttered_by(noun: Token) -> Token | None:
    """Who gives a reporting noun voice with a light verb: "Lee issued a warning that …",
    "made the argument that …", "delivered a warning", "launched into a lament for …": the
    verb's subject, when it is someone (not "The ruling made the claim moot"), and says
    something (not "made no comment")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "into":
        verb = verb.head  # "launched into a tirade"
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in UTTERANCE_VERB_LEMMAS or verb.pos_ != "VERB":
        return None
    if any(child.lower_ == "no" for child in noun.children):
        return None  # "made no comment on the ruling": nothing said
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    return subject if subject is not None and is_someone(subject) and not is_date(subject) else None


def claim_owner(noun: Token, context: QuoteContext) -> Token | None:
    """Who owns a reporting noun: "her" in "her assertion", "Lee" in "Lee's comment", and a
    name after "by", "from" or (before the claim's own clause) "of": "a call by Lee for …",
    "the contention of Ann Lee that …" (where "criticism of Lee" is about her), or the one who
    voices it ("Lee issued a warning that …")."""
    owner = next((child for child in noun.children if child.dep_ == "poss" and not context.in_quote(child)), None)
    if owner is not None:
        return owner
    voiced = uttered_by(noun)
    if voiced is not None and not context.in_quote(voiced):
        return voiced
    clause = any(is_content_clause(child) and child.i > noun.i for child in noun.children)
    for child in noun.children:
        if child.dep_ != "prep" or not (child.lower_ in ("by", "from") or (child.lower_ == "of" and clause)):
            continue
        named = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        if named is not None and not context.in_quote(named) and named.ent_type_ in ("PERSON", "ORG", "NORP"):
            return named
    return None


def person_subject(verb: Token) -> Token | None:
    """The subject of `verb` when it is a person by name or he/she, else None."""
    subject = next((child for child in verb.children if child.dep_ in SPEAKER_DEPS), None)
    if subject is not None and is_person(subject):
        return subject
    if subject is not None:  # "His rival Ann Lee saw it differently": a role, then the name
        return next(
            (child for child in subject.children if child.dep_ == "appos" and child.ent_type_ == "PERSON"), None
        )
    return None


def described_person_subject(verb: Token) -> Token | None:
    """ "His opponent disagreed.", "The mayor was not convinced.": one person the story
    describes rather than names, as the subject of `verb`."""
    subject = next((child for child in verb.children if child.dep_ in SPEAKER_DEPS), None)
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in PERSON_NOUN_LEMMAS:
        return None
    if subject.lemma_.lower() in COLLECTIVE_NOUNS:
        return None  # bodies of people ("The crowd cheered.") speak in chorus, not in a quoted paragraph
    determined = any(child.dep_ in ("det", "poss") for child in subject.children)
    return subject if determined else None


def is_person(token: Token) -> bool:
    """A person by name, or he/she."""
    return token.ent_type_ == "PERSON" or token.lower_ in PRONOUN_GENDER
