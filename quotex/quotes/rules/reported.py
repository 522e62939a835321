"""Reported speech: indirect quotes (``reported_clause``, ``reported_noun``, ``according_to``)
and words quoted inside them (``within_report``); a headline's "Name: clause"
(``headline_statement``) is in ``headlines``."""

# Some passages here are adapted from English Wikinews articles (© Wikinews contributors, CC BY 2.5).
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotex.lexicon import (
    ACCOUNT_LEMMAS,
    ANSWER_WORDS,
    ANSWERING_LEMMAS,
    ASKED_LEMMAS,
    CLAUSE_ONLY_LEMMAS,
    CUE_LEMMAS,
    DOCUMENT_NOUN_LEMMAS,
    FINITE_TAGS,
    GATHERING_NOUNS,
    GRANTED_THINGS,
    HEARER_OBJECT_LEMMAS,
    INDIRECT_CUE_LEMMAS,
    MEDIUM_NOUNS,
    MEDIUM_VERBS,
    MODAL_NAMES,
    NAMING_LEMMAS,
    NON_SOURCE_SUBJECTS,
    NOUN_CUE_LEMMAS,
    OBJECT_CONTENT_LEMMAS,
    PHRASAL_LEMMAS,
    PREPOSITION_CONTENT,
    QUANTITY_SUBJECTS,
    QUESTION_WORDS,
    QUESTIONING_LEMMAS,
    RELATIVE_PRONOUNS,
    SAYING_LEMMAS,
    SOURCE_ENTITY_TYPES,
    SOURCE_PRONOUNS,
    TIME_NOUNS,
    TOLD_THINGS,
    VERB_PREPOSITIONS,
)
from quotex.models import Term
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import (
    called_for,
    is_according_to,
    is_cue,
    is_passive,
    is_someone,
    nominal_adjective,
    passive_participle,
    past_dateline,
    retorts,
    semicolon_between,
    share_of,
    source_after_per,
    source_hung_on_the_report,
    speaker_of,
    speaker_span,
    uttered_by,
    verb_tagged_noun,
)
from quotex.quotes.layouts import Layout, ReportFinder
from quotex.quotes.records import QuoteDraft, Resolved, Rule
from quotex.quotes.rules.catalogue import (
    ACCORDING_TO,
    REPORTED_CLAUSE,
    REPORTED_NOUN,
    WITHIN_REPORT,
)
from quotex.quotes.surroundings import labels_a_finding, term_of
from quotex.text.marks import MARKS, MarkPair
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# a clause joined on after a report ("…, telling the host …", "… and called it …")
CLAUSES_JOINED_ON = ("advcl", "conj")
# the fewest words left to a report cut before such a clause
MIN_REPORT_TOKENS = 3


def _per_source(token: Token) -> bool:
    """ "The deal is off, per two sources familiar with the talks", "Per the report, …": a
    "per" set off at either end of the sentence names a source as "according to" does (not
    "$3 per gallon", nor "per year")."""
    if source_after_per(token) is None:
        return False
    if token.i == token.sent.start:
        return token.right_edge.i + 1 < len(token.doc) and token.doc[token.right_edge.i + 1].text == ","
    after = token.right_edge.i + 1
    closes = after >= len(token.doc) or token.doc[after].is_sent_end or token.doc[after].text in (".", "!", "?")
    return token.i > 0 and token.doc[token.i - 1].text == "," and closes


def reported_verb(context: QuoteContext, verb: Token) -> QuoteDraft | None:
    """ "Ann Lee said (that) …", "Lee wants …", "talked about …": a verb of saying,
    believing, intending or showing with its content and a source; not one that is what
    someone calls for ("calls for the union to respond to the strike")."""
    if (verb.pos_ != "VERB" and not verb_tagged_noun(verb)) or is_according_to(verb) or _set_phrase(verb):
        return None
    if _modifies_a_noun(verb) or _names_a_kind(verb):
        return None  # "the convention's pledged delegates": a kind of delegate, not a pledge
    if _asks_not_to_be_named(verb):
        return None  # "a senior official, who asked not to be named, said …": a source's terms
    if called_for(verb):
        return None
    return _reported_content(context, verb)


# the two words before a verb of saying or thinking that make a set phrase of it, reporting
# no one: "it goes without saying", "let's say", "needless to say", "suffice it to say", "that is to say"
SET_PHRASE_OPENINGS = frozenset(
    (
        *((go, "without") for go in ("go", "goes", "went", "gone", "going")),
        *(("let", us) for us in ("'s", "’s", "us")),
        ("needless", "to"),
        ("it", "to"),
        ("is", "to"),
    )
)
SET_PHRASE_LEMMAS = frozenset(("say", "suppose", "assume", "imagine", "hope", "face", "speak"))


def _set_phrase(verb: Token) -> bool:
    """ "It goes without saying that taxes will rise", "Let's say you save $100 a month":
    a set phrase of the writer's, not a report of anyone's words."""
    if verb.lemma_.lower() not in SET_PHRASE_LEMMAS or verb.i < 2:
        return False
    return (verb.doc[verb.i - 2].lower_, verb.doc[verb.i - 1].lower_) in SET_PHRASE_OPENINGS


# a participle of a verb of saying that, before its noun, names a kind of thing: "pledged
# delegates", "declared candidates", "stated income"
PARTICIPLE_KINDS = frozenset(
    {("pledged", "delegate"), ("declared", "candidate"), ("stated", "income"), ("stated", "goal")}
)


def _asks_not_to_be_named(verb: Token) -> bool:
    """ "who asked not to be named", "requested not to be identified", "declined to be
    named", "who did not want to be named", "wished to remain anonymous": the terms on which
    a source speaks, which news prints with every anonymous quote, not a statement."""
    if verb.lemma_.lower() not in ("ask", "request", "decline", "refuse", "want", "wish", "prefer"):
        return False
    return any(
        child.dep_ == "xcomp"
        and (
            child.lemma_.lower() in ("name", "identify", "quote")
            and is_passive(child)
            or child.lemma_.lower() == "remain"
            and any(word.lower_ == "anonymous" for word in child.children)
        )
        for child in verb.children
    )


def _modifies_a_noun(verb: Token) -> bool:
    """A participle before a noun it describes ("pledged delegates"); not a verb with a
    subject of its own that the parser hung on a noun ("the party recommended Ping, …")."""
    return verb.dep_ == "amod" and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _names_a_kind(verb: Token) -> bool:
    """ "She won a majority of regular, pledged delegates": the parser may make the
    participle a verb with the noun its object; before that noun it names a kind."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i + 1 >= len(verb.doc):
        return False
    noun = verb.doc[verb.i + 1]
    return (verb.lower_, noun.lemma_.lower()) in PARTICIPLE_KINDS


def reported_noun(context: QuoteContext, noun: Token) -> QuoteDraft | None:
    """ "his remarks about immigration", "Trump's call for a ban": a possessor speaks."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOUN_CUE_LEMMAS or is_according_to(noun):
        return None
    return _noun_content(context, noun)


def according_to_clause(context: QuoteContext, token: Token) -> QuoteDraft | None:
    """ "According to the report, the plant will close" (or "…, per the report"): the source
    and the rest of the clause."""
    if not (is_according_to(token) or _per_source(token)):
        return None
    return _according_to_clause(context, token)


def content_range(doc: Doc, head: Token) -> tuple[int, int]:
    """The token range of what `head` governs, without punctuation or white space at either end."""
    return trimmed(doc, head.left_edge.i, head.right_edge.i + 1)


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without punctuation or white space at either end (but "%" is part of
    its number: "Shares rose 4%, traders said")."""
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "%" or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def indirect_quote(
    context: QuoteContext,
    rule: Rule,
    cue: Token,
    speaker: Token | None,
    start: int,
    end: int,
    *more: tuple[int, int],
) -> QuoteDraft:
    """An indirect quote: content tokens [start, end) (and any `more` token ranges after
    them), its cue and its speaker."""
    doc = context.doc
    start = min(past_dateline(doc, start), end - 1)
    fragments = [
        (doc[first].idx, _past_closing_marks(doc.text, doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)))
        for first, last in ((start, end), *more)
    ]
    return QuoteDraft(
        [],
        "indirect",
        rule,
        cue,
        speaker_span(speaker),
        speaker,
        context.paragraph_of(fragments[0][0]),
        extra_fragments=fragments,
    )


# the marks that may close a quote a report ends on, with their family (text.marks); the
# straight single mark is left out, being an apostrophe as often as a mark
_CLOSING = {mark: family for mark, (family, role) in MARKS.items() if role in ("close", "either") and mark != "'"}


def _still_open(inside: str, mark: str) -> bool:
    """Whether `inside` leaves a quote open that `mark` closes: more openers of its family than
    closers, or an odd count of a mark that both opens and closes (", '')."""
    family, role = MARKS[mark]
    if role == "either":
        return inside.count(mark) % 2 == 1 or (mark == "''" and inside.count("``") > inside.count("''"))
    opened = sum(inside.count(m) for m, (f, r) in MARKS.items() if f == family and r == "open")
    closed = sum(inside.count(m) for m, (f, r) in MARKS.items() if f == family and r == "close")
    return opened > closed


def _past_closing_marks(text: str, start: int, end: int) -> int:
    """`end` moved past the closing marks right after it (or after the full stop or comma
    American style puts inside them) of quotes opened in [start, end): a report that ends on a
    term in quotes keeps the mark that closes it ("a win in the so-called “mayors’
    league”", "the ''pass through'' income")."""
    moved = True
    while moved:
        moved = False
        skip = 1 if text[end : end + 1] in (".", ",", "!", "?") else 0
        inside = text[start:end]
        # the longest mark first: "''" before a lone "'"
        for mark in sorted(_CLOSING, key=len, reverse=True):
            if text.startswith(mark, end + skip) and _still_open(inside, mark):
                end += skip + len(mark)
                moved = True
                break
    return end


def _parenthetical_report(context: QuoteContext, verb: Token) -> QuoteDraft | None:
    """ "The plan, Lee said, is dead.": a verb of saying set off inside the clause it reports
    (commas or dashes either side) reports the whole clause around it; the content is the
    clause in two pieces, without the aside."""
    doc = context.doc
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in SAYING_LEMMAS or verb.head.i == verb.i:
        return None
    # the parser may hang the commas on the aside or on the clause, and the rest of the
    # clause on the aside ("…, the bakery added, and had met every rule")
    aside_start, aside_end = verb.left_edge.i, _aside_end(verb)
    if not _sets_off(doc[aside_start]):
        aside_start -= 1
    if aside_start < 0 or not _sets_off(doc[aside_start]):
        return None
    if aside_end < len(doc) and _sets_off(doc[aside_end]):
        aside_end += 1
    elif not (_sets_off(doc[aside_end - 1]) or doc[aside_end - 1].is_sent_end):
        return None
    clause = verb.head
    speaker = speaker_of(verb, context)
    if speaker is None or not aside_start <= speaker.i < aside_end or speaker.lower_ in NON_SOURCE_SUBJECTS:
        return None
    before = trimmed(doc, clause.left_edge.i, aside_start)
    after = trimmed(doc, aside_end, clause.right_edge.i + 1)
    more = [after] if after[1] > after[0] else []  # none when the aside ends the sentence
    end = after[1] if more else before[1]
    if before[1] <= before[0] or any(context.in_quote(t) for t in doc[before[0] : end]):
        return None
    return indirect_quote(context, REPORTED_CLAUSE, verb, speaker, *before, *more)


def _aside_end(verb: Token) -> int:
    """Where an aside ends: after the verb and what it governs, up to a clause the parser
    joined on to it with "and"/"but"."""
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("conj", "cc"):
            break
        end = child.right_edge.i + 1
    return end


def _as_aside(context: QuoteContext, verb: Token) -> QuoteDraft | None:
    """ "As Lee noted, the bridge is old." / "The bridge is old, as Lee noted.": a verb of
    saying in an "as" clause reports the clause it hangs on, without the aside."""
    doc = context.doc
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.lemma_.lower() not in SAYING_LEMMAS
        or clause.i == verb.i
        or not any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)
    ):
        return None
    if any(_content_of_its_own(verb, child) for child in verb.children):
        return None  # "as Lee joked with a friend, …", "as rivals called for …": "as" tells when
    mark = next(child for child in verb.children if child.dep_ == "mark" and child.lower_ == "as")
    comparison = any(token.lower_ == "as" for token in doc[clause.left_edge.i : mark.i])
    if verb.i > clause.i and mark.i > 0 and not doc[mark.i - 1].is_punct and not comparison:
        # "He rode the crowd's mood as he replied": an aside is set off by a comma, where
        # "as" tells when; not a comparison with what was said ("not as bad as he said")
        return None
    speaker = speaker_of(verb, context)
    if speaker is None or speaker.lower_ in NON_SOURCE_SUBJECTS or not verb.left_edge.i <= speaker.i < verb.i:
        return None
    if verb.i < clause.i:
        start, end = trimmed(doc, verb.right_edge.i + 1, clause.right_edge.i + 1)
    else:
        start, end = trimmed(doc, clause.left_edge.i, verb.left_edge.i)
    if end - start < MIN_REPORT_TOKENS or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return indirect_quote(context, REPORTED_CLAUSE, verb, speaker, start, end)


def _withheld_thing(verb: Token, thing: Token) -> bool:
    """ "was denied bail", "denied him entry", "denied Carter a photograph": what "deny"
    withholds is something granted (a second object, or a word for a grant), where what it
    disputes is a claim ("denied the report", "denied any wrongdoing")."""
    if any(child.dep_ == "dative" for child in verb.children):
        return True
    return thing.lemma_.lower() in GRANTED_THINGS


def _content_of_its_own(verb: Token, child: Token) -> bool:
    """Whether the verb already has what it said or did: a clause, an object other than the
    listener ("as Lee told reporters"), or "with"/"for"/"about" something."""
    if child.dep_ in ("ccomp", "xcomp", "acomp", "attr", "oprd", "dative"):
        return True
    if child.dep_ == "dobj":
        return verb.lemma_.lower() != "tell"
    return child.dep_ == "prep" and child.lower_ in ("with", "for", "about", "against")


def _participle_before_clause(verb: Token, child: Token) -> bool:
    """ "Xi told visiting U.S. officials that Beijing wanted stable ties": the parser can take
    a participle before the hearer for the verb's complement; the clause with "that" after
    it is what was said."""
    return (
        child.dep_ == "xcomp"
        and child.tag_ == "VBG"
        and any(
            sibling.dep_ == "ccomp" and sibling.i > child.i and any(grand.dep_ == "mark" for grand in sibling.children)
            for sibling in verb.children
        )
    )


def _having_said(verb: Token) -> bool:
    """ "to have said", "to have told": speech reported as done, whose own report is the
    statement ("Ward is reported to have said that he would resign")."""
    return verb.lemma_.lower() in ("say", "tell") and any(
        child.dep_ == "aux" and child.lemma_ == "have" for child in verb.children
    )


def _sets_off(token: Token) -> bool:
    return token.text == "," or is_dash(token.text)


def _reported_content(context: QuoteContext, verb: Token) -> QuoteDraft | None:
    doc = context.doc
    lemma = verb.lemma_.lower()
    known = lemma in INDIRECT_CUE_LEMMAS or retorts(verb)
    content = None
    fronted = first_fronted = None
    for child in verb.children:
        if child.i < verb.i:
            # "The plan is dead, officials said.": the clause may come first
            if (
                child.dep_ == "ccomp"
                and (lemma in SAYING_LEMMAS or retorts(verb))
                and not semicolon_between(doc, child.right_edge.i + 1, verb.i)
                # "We have been here before: Hart declared war on …": what a colon opens
                # explains the clause before it, which no one is reported saying
                and not any(token.text == ":" for token in doc[child.right_edge.i : verb.i])
                and not any(context.in_quote(token) for token in child.subtree)
                and not _attributes_the_quote_before(context, child)
            ):
                if fronted is None or not _coordinated_before(fronted, child):
                    first_fronted = child
                fronted = child
            continue
        if (
            child.dep_ in ("ccomp", "xcomp")
            and (known or _advised_to(verb, child))
            and not _participle_before_clause(verb, child)
            and not _bare_adjective(child)
        ):
            content = child
            break
        if fronted is not None:
            continue
        if (
            (child.dep_ == "oprd" or _name_taken_for_an_object(verb, child))
            and lemma in NAMING_LEMMAS
            and _object_named(verb, child) is not None
        ):
            content = child
            break
        if child.dep_ == "dobj" and lemma in SAYING_LEMMAS and _clause_after_object(verb, child) is not None:
            content = child
            break
        if child.dep_ == "dobj" and lemma == "tell" and child.lemma_.lower() in TOLD_THINGS and _told_by_someone(verb):
            content = child  # "told the story of how the mill closed": what was told, not to whom
            break
        urged_to = _infinitive_hung_on_object(child) if child.dep_ == "dobj" and lemma in HEARER_OBJECT_LEMMAS else None
        if urged_to is not None:
            content = urged_to  # "urged youths to shun violence"
            break
        if child.dep_ == "dobj" and lemma in OBJECT_CONTENT_LEMMAS and content is None:
            if lemma == "deny" and _withheld_thing(verb, child):
                return None  # "the shooter's friend denied bail": refused, not disputed
            content = child
        elif content is None and (lemma in PHRASAL_LEMMAS or lemma == "ask") and _for_clause(verb, child):
            # "called for the killers to be brought to justice", "asked for the price to be kept secret"
            content = child
        elif (
            child.dep_ == "prep"
            and content is None
            and (lemma in SAYING_LEMMAS or lemma in PHRASAL_LEMMAS)
            and (child.lower_ in PREPOSITION_CONTENT or lemma in VERB_PREPOSITIONS.get(child.lower_, ()))
            and not (lemma in MEDIUM_VERBS and child.lower_ != "about")
            and lemma not in CLAUSE_ONLY_LEMMAS
            and not (child.lower_ == "to" and is_passive(verb))  # "refugees admitted to the US"
        ):
            content = _prepositional_content(child)
    if fronted is not None and not (content is not None and content.dep_ in ("ccomp", "xcomp")):
        # a clause after the verb wins over one the parser put before it ("Inside the
        # mosque - which looks like a church - Adel Nefzi said he …")
        content = fronted
    if content is None and fronted is None and lemma in ANSWERING_LEMMAS:
        answer = _answer(verb)
        if answer is not None:
            return _answer_report(context, verb, answer)
    if (
        content is not None
        and content.dep_ == "pobj"
        and lemma in SAYING_LEMMAS
        # not a topic's own clause: "responded to reports that …", "spoke of the news that …"
        and content.head.lower_ not in ("to", "about", "of", "over", "against", "for")
    ):
        hung = _clause_hung_on_adjunct(verb)
        if hung is not None and hung.head.i == content.i:
            content = hung  # "told analysts on a call that demand remained strong": the clause
    trailing = _clauses_before_a_trailing_attribution(verb) if content is None and lemma in SAYING_LEMMAS else None
    if trailing is not None:
        content = trailing
    if content is None and lemma in SAYING_LEMMAS:
        content = _clause_hung_on_adjunct(verb) or _unmarked_clause_taken_for_an_adjunct(verb)
    if content is None:
        return _parenthetical_report(context, verb) or _as_aside(context, verb)
    if _predicate_after_a_reduced_relative(verb, content):
        return None  # "Everything Hart says is a lie": what is said of his words, not them
    if is_passive(verb) and content.dep_ == "xcomp" and _having_said(content):
        return None  # "Ward is reported to have said that …": the saying is the report
    start, end = content_range(doc, content)
    end = _over_its_hyphen(doc, content, end)
    if content is fronted and first_fronted is not None and first_fronted is not fronted:
        start = content_range(doc, first_fronted)[0]  # "A, but B, the source added": both
    end = _past_a_verb_split_off(verb, content, end)
    if content is trailing:
        start, end = trimmed(doc, _subject_start(content), verb.i)
    if doc[start].dep_ == "mark" and doc[start].lower_ == "for":
        start += 1  # the words are what is called for, not "for"
    rest_of_clause = _clause_after_object(verb, content) if content.dep_ == "dobj" else None
    if rest_of_clause is not None:
        end = content_range(doc, rest_of_clause)[1]
    named = (
        _object_named(verb, content)
        if content.dep_ == "oprd" or lemma in NAMING_LEMMAS and _name_taken_for_an_object(verb, content)
        else None
    )
    if named is not None:
        start = content_range(doc, named)[0]
        if any(token.is_quote for token in doc[start:end]):
            return None  # "called the audit “a sham”": the name is quoted, a partial quote's
    if content.i > verb.i and start < verb.i:
        start = verb.i + 1  # "what Lee said was a disaster": the fronted "what" is not her words
    end = _before_second_report(doc, content, start, end)
    end = _before_quoted_clause(context, content, start, end)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    account = False
    if content.dep_ == "ccomp" and _opens_embedded_question(doc[start], content) and lemma not in QUESTIONING_LEMMAS:
        # "would not say how many ..." is an embedded question, not content; what someone
        # asks or questions is ("Lee questioned whether Hart was ready"), and so is the
        # account someone gives ("explained how the bridge would be paid for")
        account = lemma in ACCOUNT_LEMMAS and doc[start].lower_ not in ("whether", "if")
        if not account:
            return None
    speaker = speaker_of(verb, context)
    if account and (speaker is None or not is_someone(speaker) or speaker.lower_ == "it"):
        return None  # "the process explains why Hart will lose", "the figures don't tell where …": a cause
    if speaker is None and passive_participle(verb):
        return indirect_quote(context, REPORTED_CLAUSE, verb, None, start, end)  # "Asked whether …,"
    # "he was told that …", "it was reported that …": an attribution whose source goes
    # unnamed; the passive subject passes the same checks but is not reported as the speaker
    if speaker is not None and start <= speaker.i < end and speaker == source_hung_on_the_report(verb):
        # "…, a spokeswoman for Lee said": the source the parser hung on the report ends it
        start, end = trimmed(doc, start, speaker.left_edge.i)
        if end - start < MIN_REPORT_TOKENS:
            return None
    subject = speaker if speaker is not None else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or start <= subject.i < end:
        return None
    relative = subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl"
    if (
        subject.lower_ in NON_SOURCE_SUBJECTS
        and not relative
        and not (subject.lower_ == "it" and lemma in SAYING_LEMMAS)
    ):
        return None  # an expletive or no source at all; "it said" is a company or a report
    if (
        subject.pos_ not in ("PROPN", "NOUN", "PRON")
        and subject.text not in MODAL_NAMES  # "May said …": a name the tagger took for a modal
        and not _partitive_group(subject)
        and not nominal_adjective(subject)
    ):
        return None
    # a verb outside the attribution lexicon ("talked about") needs a named source; what
    # someone is advised to do is advice, whoever gives it
    if not (known or _advised_to(verb, content)) and not (
        subject.ent_type_ in SOURCE_ENTITY_TYPES or subject.lower_ in SOURCE_PRONOUNS
    ):
        return None
    return indirect_quote(context, REPORTED_CLAUSE, verb, speaker, start, end)


def _bare_adjective(child: Token) -> bool:
    """ "keeps their promotion hopes alive": an adjective on its own, with no subject or
    verb, that the parser made the complement of a noun it took for a verb ("hopes"); it
    says how something is kept, not what anyone hopes or said."""
    return child.pos_ == "ADJ" and all(grand.dep_ in ("advmod", "punct") or grand.is_space for grand in child.children)


def _told_by_someone(verb: Token) -> bool:
    """Whether a person or a body tells the story (not "exit polls tell a tale of two
    parties", "the film tells the story of …", a figure of speech)."""
    return any(child.dep_ == "nsubj" and is_someone(child) for child in verb.children)


def _answer(verb: Token) -> Token | None:
    """ "Asked if the plan was legal, 46 percent of voters said yes", "Hart said no to the
    plan", "half said so in the spring": a word that answers for a whole statement, right
    after the verb and on its own (not the "so" of "said so many times", nor the "no" of
    "said no one would …"); what it answers is the words."""
    after = verb.i + 1
    if after >= len(verb.doc):
        return None
    word = verb.doc[after]
    if word.lower_ not in ANSWER_WORDS or word.head.i != verb.i or word.n_lefts or word.n_rights:
        return None
    if any(child.dep_ in ("ccomp", "xcomp", "dobj") for child in verb.children):
        return None
    return word


def _answer_report(context: QuoteContext, verb: Token, answer: Token) -> QuoteDraft | None:
    if not any(child.dep_ == "nsubj" for child in verb.children):
        return None  # the answer is too short to read a speaker off anything but its own subject
    end = answer.i + 1
    after = verb.doc[end] if end < len(verb.doc) else None
    if after is not None and after.lower_ == "to" and answer.lower_ != "so" and after.head.i in (verb.i, answer.i):
        end = after.right_edge.i + 1  # "said no to the war": what is refused
    speaker = speaker_of(verb, context)
    if speaker is None or speaker.lower_ in NON_SOURCE_SUBJECTS:
        return None
    return indirect_quote(context, REPORTED_CLAUSE, verb, speaker, answer.i, end)


def _clauses_before_a_trailing_attribution(verb: Token) -> Token | None:
    """ "In nearby Milltown, the mill is holding on, but it is under pressure, said its chief,
    Tom Hart.": after a phrase that opens the sentence, the parser may join the attribution
    on as one more clause ("conj"); a verb of saying after a comma that ends the sentence
    with its subject after it and nothing of its own to report reports the clauses before
    it (the first of them, with what joins on)."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if not any(child.dep_ == "nsubj" and child.i > verb.i for child in verb.children):
        return None
    if any(child.dep_ in ("ccomp", "xcomp", "dobj", "conj") for child in verb.children):
        return None
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and not (verb.doc[after].is_sent_end or verb.doc[after].text in (".", "!", "?")):
        return None  # the sentence goes on: not a trailing attribution
    head = verb.head
    return head if head.pos_ in ("VERB", "AUX") and head.i < verb.i else None


def _subject_start(clause: Token) -> int:
    """Where a clause starts from its subject, leaving out a phrase set off before it."""
    subject = next((child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject.left_edge.i if subject is not None and subject.i < clause.i else clause.left_edge.i


def _advised_to(verb: Token, clause: Token) -> bool:
    """ "advises citizens to continue paying": what the ones advised (urged, told) are to
    do, where the parser hung the infinitive on the verb after them, not on them."""
    return (
        clause.dep_ == "xcomp"
        and verb.lemma_.lower() in HEARER_OBJECT_LEMMAS
        and any(child.dep_ == "dobj" for child in verb.children)
    )


def _clause_hung_on_adjunct(verb: Token) -> Token | None:
    """ "Lee told reporters at a briefing on Monday that the bridge would open": after a
    speech verb's adjuncts, the parser may hang the "that" clause on the last noun as a
    relative clause; but a relative clause has no "that" as a conjunction of its own
    ("the briefing that she gave"), so the clause is what was said. Not after a noun that
    takes such a clause itself ("her claim that …"). So too on the one told ("assured
    residents that the water was safe")."""
    hearer = verb.lemma_.lower() in HEARER_OBJECT_LEMMAS
    adjuncts = [c for c in verb.children if c.i > verb.i and (c.dep_ == "prep" or hearer and c.dep_ == "dobj")]
    for adjunct in adjuncts:
        for token in adjunct.subtree:
            if token.dep_ not in ("relcl", "acl"):
                continue
            if token.head.lemma_.lower() in NOUN_CUE_LEMMAS and not _in_the_document(adjunct, token):
                continue
            marks = [child for child in token.children if child.dep_ == "mark" and child.lower_ == "that"]
            if not marks and hearer and adjunct.lemma_.lower() in GATHERING_NOUNS:
                # "Mao told a regular news briefing that China would respond": a gathering
                # told something takes no relative clause, whatever "that" the parser made
                marks = [child for child in token.children if child.dep_ == "dobj" and child.lower_ == "that"]
            elif not marks and _said_at_a_gathering(adjunct, token):
                marks = [child for child in token.children if child.dep_ == "dobj" and child.lower_ == "that"]
            if (
                marks
                and marks[0].i == token.left_edge.i
                and any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
            ):
                return token
    return None


def _in_the_document(adjunct: Token, clause: Token) -> bool:
    """ "The ministry said in a statement that the talks had ended", "told analysts on a
    call that demand remained strong": the clause the parser hung on the document or the
    call the verb says it was said in is what was said (the document's
    words and the speaker's are one); not a clause on a noun anywhere else ("said in
    response to her claim that …", the claim's)."""
    return (
        _on_the_object_of(adjunct, clause)
        and adjunct.lower_ in ("in", "on", "during")
        and (clause.head.lemma_.lower() in DOCUMENT_NOUN_LEMMAS or clause.head.lemma_.lower() == "call")
        and not any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in clause.head.children)
    )


def _on_the_object_of(adjunct: Token, clause: Token) -> bool:
    """Whether the clause hangs on the object of the prepositional adjunct ("at a briefing
    that …", "in a statement that …")."""
    return adjunct.dep_ == "prep" and clause.head.dep_ == "pobj" and clause.head.head.i == adjunct.i


def _said_at_a_gathering(adjunct: Token, clause: Token) -> bool:
    """ "Lee said on Friday at a briefing that she would wait": a clause with a modal after
    the gathering where something was said is what was said, not a relative clause on the
    gathering (which tells what happened there, "the briefing that she held")."""
    return (
        _on_the_object_of(adjunct, clause)
        and clause.head.lemma_.lower() in GATHERING_NOUNS
        and any(child.dep_ == "aux" and child.tag_ == "MD" for child in clause.children)
    )


def _predicate_after_a_reduced_relative(verb: Token, content: Token) -> bool:
    """ "Everything Hart says is a lie", "Nothing Lee said was new": the parser makes the
    sentence's verb the clause of "says", but "everything", "nothing", "whatever" is what was
    said, and what follows is said of those words, not in them (not "the plan they say could
    exclude …", where the relative clause's own verb follows)."""
    if content.dep_ != "ccomp" or content.i < verb.i or content.left_edge.i != verb.i + 1:
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in content.children):
        return False
    subject = next((child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    words_said = verb.doc[subject.left_edge.i - 1]
    if words_said.lower_ in _WORDS_FOR_WHAT_WAS_SAID:
        return True
    return subject.left_edge.lower_ in _WORDS_FOR_WHAT_WAS_SAID and subject.left_edge.i < subject.i


# words that stand for what someone says, before "X says": "everything Hart says"
_WORDS_FOR_WHAT_WAS_SAID = frozenset({"everything", "anything", "nothing", "whatever", "all", "much"})


def _attributes_the_quote_before(context: QuoteContext, clause: Token) -> bool:
    """ "“You winning?” she said, but Tom was drifting off …, Ann said yes": a clause opening
    right after a quote with a speech verb of its own is that quote's attribution, not what a
    later verb reports."""
    doc = context.doc
    opening = clause.left_edge.i
    return (
        clause.lemma_.lower() in SAYING_LEMMAS
        and opening > 0
        and (doc[opening - 1].is_quote or context.in_quote(doc[opening - 1]))
    )


def _coordinated_before(earlier: Token, clause: Token) -> bool:
    """ "Lee had told them that …, but the police overruled it, the source added": two clauses
    before the verb, the first ending in "but" or "and" right before the second, are one
    report the parser split into two."""
    doc = earlier.doc
    # the parser hangs the ", but" on the first clause or leaves it between the two
    end = earlier.right_edge.i + 1
    while end > earlier.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    between = doc[end : clause.left_edge.i]
    conjunction = [token for token in between if not token.is_punct]
    return len(conjunction) == 1 and conjunction[0].dep_ == "cc" and conjunction[0].head.i == earlier.i


def _past_a_verb_split_off(verb: Token, content: Token, end: int) -> int:
    """ "Hart charges that firms that stand to gain from the deal gave millions …", "Kerry
    said the men released by Iran were …": the parser may take a verb inside the subject (an
    infinitive or a participle, no finite verb, or a plural noun it read as a verb with no
    subject of its own) for the clause's own and make the real one a second clause of the
    speech verb, right after the first, with no subject or conjunction of its own; the
    content runs on to its end."""
    if content.dep_ != "ccomp" or content.tag_ not in ("VB", "VBN", "VBG", "VBZ"):
        return end
    auxiliaries = [child for child in content.children if child.dep_ in ("aux", "auxpass")]
    if content.tag_ == "VBZ":
        # "warned that plans to close six libraries will hurt …": a plural noun taken for a
        # verb with no subject of its own ("plans", "cuts") is the subject of the real one
        if any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in content.children):
            return end
    elif content.tag_ == "VB":
        # an infinitive belongs to a relative clause on the subject: "firms that stand to gain"
        subject = next((child for child in content.children if child.dep_ == "nsubj"), None)
        if (
            [a.lower_ for a in auxiliaries] != ["to"]
            or subject is None
            or not any(child.dep_ == "relcl" for child in subject.children)
        ):
            return end
    elif auxiliaries:
        return end  # "they are convinced …", "being placed": a clause's own participle
    for sibling in verb.rights:
        if sibling.dep_ != "ccomp" or sibling.i <= content.i:
            continue
        if sibling.left_edge.i != content.right_edge.i + 1:
            break
        if any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in sibling.children):
            break
        if not _finite(sibling):
            break
        return max(end, content_range(verb.doc, sibling)[1])
    return end


def _finite(verb: Token) -> bool:
    """Whether the verb or one of its auxiliaries carries tense ("gave", "would take", "did not")."""
    return verb.tag_ in FINITE_TAGS or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS for child in verb.children
    )


def _unmarked_clause_taken_for_an_adjunct(verb: Token) -> Token | None:
    """ "Hart said after the vote he would not take Lee's support": a time phrase
    between the verb and its clause leads the parser to make the clause an adverbial one; but
    an adverbial clause with a subject of its own opens with a conjunction ("because", "if",
    "when"), so one with none, and a finite verb, is what was said."""
    for child in verb.rights:
        # (a participle only with a finite auxiliary: "said as a teenager she was forced …")
        if child.dep_ != "advcl" or child.tag_ == "VBG" or child.tag_ == "VBN" and not _finite(child):
            continue
        if any(grand.dep_ == "mark" for grand in child.children):
            continue
        subjects = [grand for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass") and grand.i < child.i]
        if not subjects or not _finite(child):
            continue
        leading = verb.doc[verb.i + 1 : subjects[0].i + 1]
        # "said when she resigned", "a blast that left one dead": a wh-word opens a clause of
        # time or a relative one, not what was said
        if any(token.tag_ in ("WRB", "WDT", "WP") or token.is_punct for token in leading):
            continue
        return child
    return None


def _over_its_hyphen(doc: Doc, content: Token, end: int) -> int:
    """ "defended the U-turn on bin collections": the parser may make each piece of a
    hyphenated word ("U", "-", "turn") an object of its own; the content runs on over the
    pieces glued to it, and what they govern."""
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].dep_ == content.dep_
        and doc[end].head.i == content.head.i
    ):
        end = max(end + 1, doc[end].right_edge.i + 1)
    return end


def _before_second_report(doc: Doc, content: Token, start: int, end: int) -> int:
    """ "Lee told reporters her club never dealt with Hart and said the club was
    independent", "… would not run again, citing her health": the parser hung the speaker's
    second verb of saying on the reported clause; with no subject of its own it is Lee's
    next statement, and the first ends before it (not a bare verb that goes on with the
    clause's own "would" or "to": "he would dissolve parliament and call an election")."""
    for child in content.rights:
        if (
            (child.dep_ == "conj" and child.tag_ != "VB" or _participle_set_off(doc, child))
            and child.pos_ == "VERB"
            and child.lemma_.lower() in SAYING_LEMMAS
            and not any(grand.dep_ in ("nsubj", "nsubjpass") for grand in child.children)
            and child.i < end
        ):
            cut = _end_before(doc, start, child.left_edge.i)
            return cut if cut - start >= MIN_REPORT_TOKENS else end
    for token in doc[start:end]:
        # "… he can declare an emergency, which he said would allow him to build the wall":
        # a clause set off by a comma that reports again is a second report
        opening = token.left_edge.i
        if token.dep_ == "relcl" and opening > start and doc[opening - 1].text == "," and _reports_again(token):
            cut = _end_before(doc, start, token.left_edge.i)
            return cut if cut - start >= MIN_REPORT_TOKENS else end
    return end


def _participle_set_off(doc: Doc, child: Token) -> bool:
    """ "Lee said she would not run again, citing her health": a participle of saying set
    off by a comma at the end of the reported clause is the speaker's next act, though the
    parser hung it on the clause."""
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        # a verb of speaking ("…, pointing to …"), not a stance or a deal ("…, favoring …", "…, offering …")
        and (child.lemma_.lower() in CUE_LEMMAS or child.lemma_.lower() == "point")
        and child.lemma_.lower() != "offer"
        and child.left_edge.i > 0
        and doc[child.left_edge.i - 1].text == ","
    )


def _reports_again(clause: Token) -> bool:
    """Whether a relative clause holds a verb of saying with a subject of its own ("which he
    said would …")."""
    return any(
        token.pos_ == "VERB"
        and token.lemma_.lower() in SAYING_LEMMAS
        and any(child.dep_ == "nsubj" and child.lower_ not in RELATIVE_PRONOUNS for child in token.children)
        for token in clause.subtree
    )


def _before_quoted_clause(context: QuoteContext, content: Token, start: int, end: int) -> int:
    """ "Hart said he had no reason to change course, telling the host that “we keep our
    word”": a clause joined on after the report that carries someone's quoted words is a
    statement of its own; the report ends before it, as it ends at a colon before a quote. Quoted words inside the report's own
    clause still keep it from being an indirect quote (the end is returned unchanged)."""
    doc = context.doc
    first_quoted = next((token.i for token in doc[start:end] if context.in_quote(token)), None)
    if first_quoted is None:
        return end
    # the highest clause joined on below the report's head that holds the quoted words
    joined = None
    node = doc[first_quoted]
    while node.i != content.i and node.head.i != node.i:
        if node.dep_ in CLAUSES_JOINED_ON and node.left_edge.i - start >= MIN_REPORT_TOKENS:
            joined = node
        node = node.head
    if joined is not None and node.i == content.i:
        return _end_before(doc, start, joined.left_edge.i)
    colon = first_quoted - 1
    while colon > start and doc[colon].is_quote:
        colon -= 1
    if doc[colon].text == ":" and colon - start >= MIN_REPORT_TOKENS and not any(is_cue(t) for t in doc[start:colon]):
        # "told the press the new drugs were only part of the solution: “What will …”": the
        # quote after the colon bears the report out; the report ends at the colon
        return _end_before(doc, start, colon)
    return end


def _end_before(doc: Doc, start: int, clause_start: int) -> int:
    """Where a report ends that stops before the clause starting at `clause_start`: back
    over the commas and the "and" or "but" that join the clause on, not past `start`."""
    cut = clause_start
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].pos_ == "CCONJ"):
        cut -= 1
    return cut


def _object_named(verb: Token, name: Token) -> Token | None:
    """ "Critics call it a tax on the poor", "calling them cheats":
    what is called something, right before the name it is given (the words are both)."""
    return next((child for child in verb.children if child.dep_ == "dobj" and verb.i < child.i < name.i), None)


def _name_taken_for_an_object(verb: Token, name: Token) -> bool:
    """ "She has called the closures of rural clinics a crisis": after a long object the
    parser can take the name given for a second object after the first; one that
    tells no time ("called the mayor this morning") is the name (not a noun after a clause
    and a comma, "described the excitement when …, the network's horror series")."""
    return (
        name.dep_ == "dobj"
        and name.pos_ in ("NOUN", "ADJ")
        and name.ent_type_ not in ("DATE", "TIME")
        and name.lemma_.lower() not in TIME_NOUNS
        and any(child.dep_ == "dobj" and _only_adjuncts_between(child, name) for child in verb.children)
    )


def _only_adjuncts_between(obj: Token, name: Token) -> bool:
    """Whether nothing but prepositional phrases ("across the state") stands between an
    object and the noun after it: no comma, no clause."""
    between = obj.doc[obj.right_edge.i + 1 : name.left_edge.i]
    return obj.i < name.i and not any(token.is_punct or token.pos_ in ("VERB", "AUX") for token in between)


def _clause_after_object(verb: Token, obj: Token) -> Token | None:
    """ "Lee maintained an inquiry is what the committee is doing", "Callamard cautioned
    justice does not come swiftly": the parser took the subject of the reported clause for
    the verb's object and its verb for a second verb of the speaker's or a clause of its
    own, joined on with no "and" and no subject of its own (and the object holds
    no "and", comma or clause of its own, which would make it a list or a described thing).
    That verb, if so."""
    following = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i < following:
            continue
        if (
            (child.dep_ == "conj" and child.i == following or child.dep_ == "ccomp" and _subject_taken(verb, child))
            and child.pos_ in ("VERB", "AUX")
            and child.left_edge.i == following
            and not any(word.dep_ in ("cc", "relcl", "acl") or word.is_punct for word in obj.subtree)
            and not any(grand.dep_ in ("nsubj", "nsubjpass", "cc") for grand in child.children)
        ):
            return child
        return None
    return None


def _infinitive_hung_on_object(obj: Token) -> Token | None:
    """ "The governor urged youths to shun violence": the parser can hang the infinitive on
    the one urged, as if it said which youths; a bare noun (no determiner) right before "to"
    is the one spoken to, and the infinitive what they were urged to do (not "found ways
    to …", whose object is no one)."""
    if not (is_someone(obj) or obj.lemma_.lower() in _ADDRESSED_NOUNS):
        return None
    for child in obj.rights:
        if (
            child.dep_ == "relcl"
            and child.left_edge.i == obj.i + 1
            and child.left_edge.lower_ == "to"
            and not any(grand.dep_ in ("nsubj", "nsubjpass") for grand in child.children)
            and not any(word.dep_ == "det" for word in obj.children)
        ):
            return child
    return None


# groups a speaker urges, warns or tells, which the person nouns leave out
_ADDRESSED_NOUNS = frozenset("youth youths member members public citizen citizens".split())


def _for_clause(verb: Token, clause: Token) -> bool:
    """ "called for the killers to be brought to justice", "pushed for Congress to act",
    "asked for the price to be kept secret": a
    clause with "for", a subject of its own and "to" right after the verb, which the parser
    hangs on it as an adverbial clause (not "These calls for more troops have come", a noun
    the tagger took for a verb)."""
    return (
        clause.dep_ == "advcl"
        and clause.left_edge.i == verb.i + 1
        and clause.left_edge.dep_ == "mark"
        and clause.left_edge.lower_ == "for"
        and any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children)
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
    )


def _subject_taken(verb: Token, clause: Token) -> bool:
    """Whether a clause after the verb's object lacks the subject the object is: not "told
    MSNBC that …", "asked Trump if …", where the object is the one spoken to and the clause
    opens with its own "that" or "if"."""
    return verb.lemma_.lower() not in HEARER_OBJECT_LEMMAS | ASKED_LEMMAS and not any(
        child.dep_ == "mark" for child in clause.children
    )


def _opens_embedded_question(first: Token, content: Token) -> bool:
    """ "did not say how many …", "would not say if he will run": the content asks rather
    than states. "if" asks only when it marks the content's own verb; in "Cruz said if
    elected he could work …" it opens a condition inside the statement. A question that is
    the subject of the content is what the statement is about ("Whether the plan works will
    be clear by spring, Lee said", "How the money went remains unknown")."""
    if first.lower_ not in QUESTION_WORDS:
        return False
    if _in_subject_clause_of(first, content):
        return False
    return first.lower_ != "if" or first.head.i == content.i


def _in_subject_clause_of(token: Token, verb: Token) -> bool:
    """Whether the token lies in a clause that is the verb's subject ("csubj")."""
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ in ("csubj", "csubjpass") and token.head.i == verb.i:
            return True
        token = token.head
    return False


def _partitive_group(subject: Token) -> bool:
    """ "Most of the candidates said …", "One in four voters said …", "three in five said",
    "Half of them", and a quantity on its own ("many said …"): a quantity of a group (tagged
    as a number, adjective or determiner) is the group speaking."""
    if subject.pos_ not in ("ADJ", "NUM", "DET"):
        return False
    if subject.lower_ in QUANTITY_SUBJECTS and subject.n_lefts + subject.n_rights == 0:
        return True
    if share_of(subject):
        return True  # "Six in 10 say …", parsed as "10" with "Six in" before it
    # "two-thirds of voters said": the parser hangs the "of" on the fraction's second word
    words = [subject, *(child for child in subject.children if child.dep_ == "quantmod" and child.i > subject.i)]
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("of", "in")
        and any(grand.dep_ == "pobj" and grand.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for grand in child.children)
        for word in words
        for child in word.children
    )


def _prepositional_content(preposition: Token) -> Token | None:
    """The object of "about …", "on …", unless it is a time or a medium ("released on
    Friday", "responded on Twitter"), which says when or where, not what."""
    for child in preposition.children:
        if child.dep_ in ("pobj", "pcomp") and not (
            child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in MEDIUM_NOUNS
        ):
            return child
    return None


def _noun_content(context: QuoteContext, noun: Token) -> QuoteDraft | None:
    doc = context.doc
    owners = [
        child for child in noun.children if child.dep_ == "poss" and child.lower_ not in ("its", "my", "our", "your")
    ]
    if not owners:
        # "a statement from the White House", "criticism by Democrats"
        owners = [
            grand
            for child in noun.children
            if child.dep_ == "prep" and child.lower_ in ("from", "by")
            for grand in child.children
            if grand.dep_ == "pobj"
        ]
    if not owners:
        voiced = uttered_by(noun)  # "Lee issued a warning that …"
        owners = [voiced] if voiced is not None else []
    if not owners:
        return None
    content = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp"):
            content = child
            break
        if child.dep_ == "prep" and child.lower_ in PREPOSITION_CONTENT:
            content = _prepositional_content(child)
            if content is not None:
                break
    if content is None:
        return None
    start, end = content_range(doc, content)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return indirect_quote(context, REPORTED_NOUN, noun, owners[0], start, end)


def _according_to_clause(context: QuoteContext, according: Token) -> QuoteDraft | None:
    doc = context.doc
    to = according if according.lower_ == "per" else according.nbor()
    sources = [child for child in to.children if child.dep_ == "pobj"]
    if not sources:
        return None
    phrase_start, phrase_end = according.i, max(to.right_edge.i + 1, according.right_edge.i + 1)
    sentence = according.sent
    before = (sentence.start, phrase_start)
    after = (phrase_end, sentence.end)
    start, end = trimmed(doc, *max(before, after, key=lambda r: r[1] - r[0]))
    if end - start < 3 or any(context.in_quote(t) for t in doc[start:end]):
        return None
    source = speaker_of(according, context) if according.lower_ == "according" else source_after_per(according)
    return indirect_quote(context, ACCORDING_TO, according, source or sources[0], start, end)


# set-aside reasons that may still be someone's words (titles and names never are)
FRAGMENT_REASONS = ("scare_quote", "unattributed_fragment")


def words_within_reports(
    context: QuoteContext,
    reported: Sequence[QuoteDraft],
    set_aside: Sequence[tuple[MarkPair, str, int]],
    fragments: set[int],
) -> tuple[list[QuoteDraft], list[Term]]:
    """Words quoted inside reported speech are the reported speaker's, whatever verb reports
    them: each report holding set-aside fragments becomes one partial quote of them (‘fake’
    and ‘lies’ in one report: one statement). The rest stay terms, with their reason; a label
    inside a finding leaves `fragments`, so the finding stays an indirect quote."""
    partials: dict[int, QuoteDraft] = {}
    terms = []
    for pair, reason, paragraph in set_aside:
        report = _report_around(reported, pair) if pair.start in fragments else None
        if report is not None and _labels_what_it_finds(context, pair, report):
            # "Researchers found that “older girls” were less likely …": a term the finding
            # uses, which stays inside it as an indirect quote
            fragments.discard(pair.start)
            report = None
        if report is None:
            terms.append(term_of(context.text, pair, reason))
        elif id(report) in partials:
            partials[id(report)].pairs.append(pair)
        else:
            cue, speaker = report.cue, report.speaker_token
            partials[id(report)] = QuoteDraft(
                [pair], "partial", WITHIN_REPORT, cue, report.speaker_span, speaker, paragraph, layout="within_report"
            )
    return list(partials.values()), terms


def _labels_what_it_finds(context: QuoteContext, pair: MarkPair, report: QuoteDraft) -> bool:
    span = context.doc.char_span(pair.start, pair.end, alignment_mode="expand")
    return span is not None and labels_a_finding(span, report.cue)


def holds_any(report: QuoteDraft, starts: set[int]) -> bool:
    start, end = report.report_range
    return any(start <= position < end for position in starts)


def _report_around(reported: Sequence[QuoteDraft], pair: MarkPair) -> QuoteDraft | None:
    """The indirect quote whose content holds the quoted words, if any."""
    for report in reported:
        start, end = report.report_range
        if start <= pair.start and pair.end <= end and report.speaker_token is not None:
            return report
    return None


def outside_other_reports(reported: Sequence[QuoteDraft]) -> list[QuoteDraft]:
    """ "Lee said Hart attacked the plan", "Lee said voters want change": a report whose cue
    lies inside the words of another, sourced report is the outer speaker's account of what
    someone else said or wanted, not that person's statement, so it is no quote of its own
    (the words reach the reader through Lee, as words quoted there do: ``_reporting_source``),
    nor is one inside a question. Under a report with no source ("Residents were told Lee
    said …") or a source cited with "according to" ("Lee said …, according to the report":
    where the writer read it), and as a free relative ("… of what Hart said was a
    disaster"), the inner one is the statement and stays."""
    # a question asks, so nothing inside it is anyone's statement, whoever asked ("Asked
    # whether she expected a challenge, Lee said …")
    sourced = [
        report.report_range
        for report in reported
        if report.speaker_token is not None and report.rule is not ACCORDING_TO or _asks(report)
    ]
    kept = []
    for report in reported:
        cue, (first, last) = report.cue, report.report_range
        inside = (
            cue is not None
            and not _free_relative(cue)
            and any(start <= cue.idx < end and end - start > last - first for start, end in sourced)
        )
        if not inside:
            kept.append(report)
    return kept


def _asks(report: QuoteDraft) -> bool:
    """A report of a yes-or-no question, "asked whether …", "asked if …", which asserts
    nothing (not "asked why Lee decided to run", which takes the decision as given; nor
    "asked about his claims that …", a topic; nor "asked to condemn …", a request)."""
    if report.cue is None or report.cue.lemma_.lower() not in ASKED_LEMMAS:
        return False
    words = report.cue.doc.char_span(*report.report_range, alignment_mode="expand")
    return words is not None and len(words) > 0 and words[0].lower_ in ("whether", "if")


def outside_quoted_statements(reported: Sequence[QuoteDraft], quoted: Sequence[QuoteDraft]) -> list[QuoteDraft]:
    """ "Lee says she hopes to win, but she knows that “the champions always come back”":
    the verb that gives quoted words their cue reports the whole clause they stand in, so a
    report inside that clause ("hopes to win") is part of the same statement, words quoted
    and words paraphrased (what annotated corpora call a mixed quote), not a quote of its
    own; on its own it would read as the clause's tail ("to win") given to the outer verb."""
    cues = {
        draft.cue.i
        for draft in quoted
        if draft.cue is not None and any(pair.start > draft.cue.idx for pair in draft.pairs)
    }  # the cue opens the clause with the quoted words in it: not "“…,” said Lee, asked about …"
    return [report for report in reported if report.cue is None or not _under_quoting_verb(report.cue, cues)]


def _under_quoting_verb(cue: Token, cues: set[int]) -> bool:
    """Whether the cue lies in the clause a quote's cue introduces after it; not in one the
    parser hung on an attribution that follows ("Lee noted the cost: “…,” she said")."""
    token = cue
    while token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i:
        token = token.head
        if token.i in cues:
            return token.i < cue.i
    return False


def _free_relative(cue: Token) -> bool:
    """ "victims of what Zelenskyy said was a campaign of murder": "what X said" names the
    words as X's wherever the clause sits, in the writer's voice."""
    return any(
        word.lower_ == "what" and word.i < cue.i
        for word in (*cue.children, *(grand for child in cue.children for grand in child.children))
    )


def without_restatements(found: list[QuoteDraft]) -> list[QuoteDraft]:
    """ "Peskov refused to admit any wrongdoing", "Hart said he believes the bridge is safe":
    the content holds a second report by the same speaker ("admit any wrongdoing", "the
    bridge is safe") that says nothing the first does not; it is dropped. A report of
    someone else's words inside a report stays ("Lee said Hart claimed …")."""
    by_speaker: dict[Resolved | None, list[tuple[int, int, int]]] = {}
    for item in found:
        if item.type == "indirect" and item.extra_fragments:
            start, end = item.report_range
            by_speaker.setdefault(item.resolved, []).append((start, -end, id(item)))
    restated = set()
    for reports in by_speaker.values():
        # in order of start, longest first: a report lies within another of its speaker when an
        # earlier one reaches as far, or another covers exactly the same words
        reports.sort()
        reach = -1
        for number, (start, negative_end, identity) in enumerate(reports):
            end = -negative_end
            twins = any(
                (other[0], other[1]) == (start, negative_end)
                for other in reports[max(0, number - 1) : number + 2]
                if other[2] != identity
            )
            if reach >= end or twins:
                restated.add(identity)
            reach = max(reach, end)
    return [item for item in found if id(item) not in restated]


ACCORDING_TO_CLAUSE: Layout[ReportFinder] = Layout(
    "according_to_clause",
    ACCORDING_TO,
    according_to_clause,
    "According to the mayor's office, the bridge will open in May.",
)
REPORTED_VERB: Layout[ReportFinder] = Layout(
    "reported_verb",
    REPORTED_CLAUSE,
    reported_verb,
    "Ann Lee said the bridge would open in May.",
)
REPORTED_NOUN_LAYOUT: Layout[ReportFinder] = Layout(
    "reported_noun",
    REPORTED_NOUN,
    reported_noun,
    "Ann Lee's call for a new bridge over the river went unanswered.",
)
WITHIN_REPORT_LAYOUT: Layout[Callable[..., object]] = Layout(
    "within_report",
    WITHIN_REPORT,
    words_within_reports,
    "A federal judge determined that the council’s handling of the records was “a mess” from the start.",
)
