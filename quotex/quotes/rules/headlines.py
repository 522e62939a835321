"""Headline layouts: a name and a colon before the quote (``headline_colon``): "Lee: Time
for ‘intensification’", a roundup's "Headline - Source: “…”", a headline's "Name on Topic:";
and before a clause without marks, a report (``headline_statement``): "Lee: Bridge Will Open
in May"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotex.entities.spans import headline_verb
from quotex.lexicon import FINITE_TAGS, PERSON_NOUN_LEMMAS, SAYING_LEMMAS
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_according_to, is_cue
from quotex.quotes.layouts import Layout, QuoteFinder, ReportFinder
from quotex.quotes.records import Attribution, Candidate, QuoteDraft
from quotex.quotes.rules.catalogue import HEADLINE_COLON, HEADLINE_STATEMENT
from quotex.quotes.rules.common import labels_a_heading
from quotex.quotes.rules.reported import indirect_quote, trimmed
from quotex.quotes.surroundings import last_text_before
from quotex.text.marks import MarkPair
from quotex.text.typography import DASHES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def name_colon_before(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "Lee: ‘It Is Only Fair’ to Demand a New Bridge": a headline's "Name:" right
    before the quote beats any verb the headline's words offer after it."""
    pair = candidate.pair
    if not last_text_before(context.text, pair.start, 0, chars=1).endswith(":"):
        return None
    signed = _name_colon_in_paragraph(context, pair)
    if signed is not None:
        return signed
    found = headline_colon(context, candidate)
    if found is None or found.speaker is None:
        return None
    paragraph_start = context.paragraphs[context.paragraph_of(pair.start)][0]
    last = found.cue or found.speaker  # the label runs to its verb, if it has one
    label = context.doc.char_span(paragraph_start, last.idx + len(last.text), alignment_mode="expand")
    named = context.named_in_article()
    if label is None or not all(
        (t.pos_ in ("PROPN", "NOUN") or t.lower_ in named) and t.ent_type_ in ("", "PERSON", "ORG") for t in label
    ):
        return None  # "Mr. Ridge said:" is a clause, left to the speech-verb rules
    return found


# "Pollsters agree - Carl Bialik: “…”": a roundup item's headline, a dash, then the source
_DASH_NAME_COLON = re.compile(rf"\s[{DASHES}]\s?([A-Z][\w.'’]*(?:\s(?:[A-Z][\w.'’]*|and|&)){{0,5}}):\s*$")


# "Clinton: “…” Bush: “…”": a second name and colon after the first quote
_NAME_COLON_AFTER_QUOTE = re.compile(r"[”\"’']\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}):\s*$")


def _name_colon_in_paragraph(context: QuoteContext, pair: MarkPair) -> Attribution | None:
    """A name and a colon right before the quote, after a dash or after another quote."""
    paragraph_start = context.paragraphs[context.paragraph_of(pair.start)][0]
    # a name and a colon are a few words: the last 300 characters hold them
    window_start = max(paragraph_start, pair.start - 300)
    before = context.text[window_start : pair.start]
    match = _DASH_NAME_COLON.search(before)
    if match is None:
        match = _NAME_COLON_AFTER_QUOTE.search(before)
        if match is None or match.group(1).split()[-1].lower() not in context.named_in_article():
            return None
    end = window_start + match.end(1)
    name = context.doc.char_span(window_start + match.start(1), end, alignment_mode="expand")
    if name is None or context.in_quote(name[-1]):
        return None
    return Attribution(HEADLINE_COLON, None, name[-1])


# a full stop, question or exclamation mark after a word in lower case or a number, and a
# space: a sentence ends there (not the "Mr." or "U.S." of a headline)
_SENTENCE_END = re.compile(r"(?:\b[a-z]{2,}|\d)[.!?][”\"’']?\s")


def headline_colon(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """Headline style "Lee: Time for ‘intensification’ of the bridge repairs": the name
    before a colon that opens the paragraph speaks what follows."""
    pair = candidate.pair
    doc = context.doc
    paragraph_start, _ = context.paragraphs[context.paragraph_of(pair.start)]
    # the name before the colon is at most five words: the first 1,000 characters hold it
    head_text = context.text[paragraph_start : min(pair.start, paragraph_start + 1000)]
    colon = head_text.find(":")
    # "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will’": the
    # name before "on" speaks about the topic after it
    topic = re.match(r"(\S+(?:\s\S+){0,3})\s[Oo]n\s", head_text[:colon]) if colon > 0 else None
    if topic is not None:
        colon = topic.end(1)
    if colon <= 0 or len(head_text[:colon].split()) > 5:
        return None
    if head_text.startswith("//", colon + 1) or any(mark in head_text[:colon] for mark in "<=>"):
        return None  # "<a href=”https://…": a web address or markup left in the text
    if head_text[:colon].count("(") > head_text[:colon].count(")"):
        return None  # "ACME Inc. (NASDAQ: ACME) today announced …": a stock ticker's colon
    if _SENTENCE_END.search(head_text, colon):
        return None  # a sentence ends between the colon and the quote: no headline's colon
    if labels_a_heading(head_text[:colon]):
        return None  # "WATCH: ‘…’", "ENERGY: …": a heading's label, not a speaker
    name = doc.char_span(paragraph_start, paragraph_start + colon, alignment_mode="expand")
    if name is None:
        return None
    # "Clinton Slams Trump:", "Trump posted on X:": the name before a headline's verb speaks
    verb = headline_verb(name)
    if verb is not None and verb.nbor(-1).pos_ in ("PROPN", "NOUN") and verb.nbor(-1).is_title:
        # the tagger often makes one name of "Clinton Slams Trump": the speaker ends at the verb
        return Attribution(HEADLINE_COLON, verb, verb.nbor(-1), speaker_span=(name.start, verb.i))
    named = _name_before_a_lower_case_verb(name)
    if named is not None:
        # "Sarah Silverman heckles Sanders supporters: ‘…’": a sentence-case headline's
        # subject, not its whole clause
        return Attribution(HEADLINE_COLON, None, named[-1], speaker_span=(named.start, named.end))
    if PERSON_NOUN_LEMMAS & {name[-1].lemma_.lower(), name[-1].lower_}:
        # "Whistleblower: “…”", "Police: …" (the tagger may take the lone word for a verb)
        return Attribution(HEADLINE_COLON, None, name[-1])
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
        # a headline's casing misleads the tagger ("Trump: ‘I’m the Worst…’" gives a common
        # noun), so a name the article uses for someone elsewhere counts too
        if name[-1].lower_ not in context.named_in_article():
            return None
    return Attribution(HEADLINE_COLON, None, name[-1])


def _name_before_a_lower_case_verb(label: Span) -> Span | None:
    """The person or organisation opening a headline label written in sentence case, when a
    verb in the present tense other than a speech verb follows it ("Sarah Silverman heckles
    supporters", "Acme sues regulator"), with no article or pronoun ("Hart made his case:" is
    a sentence)."""
    first = label[0]
    if first.ent_type_ not in ("PERSON", "ORG") or first.ent_iob_ != "B":
        return None
    if any(token.pos_ in ("DET", "PRON") for token in label):
        return None  # headlines drop articles and pronouns: "Lee delivered a retort:" is a sentence
    end = first.i + 1
    while end < label.end and label.doc[end].ent_iob_ == "I":
        end += 1
    if end >= label.end:
        return None
    after = label.doc[end]
    # headlines tell news in the present tense ("heckles", tagged a plural noun at times)
    if not (after.is_alpha and after.is_lower and after.tag_ in ("VBZ", "VBP", "NNS")) or is_cue(after):
        return None  # "Lee said on her show: “…”" is a clause the speech-verb rules read
    return label.doc[first.i : end]


def colon_after_quote(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A headline that opens with the quote, then a colon and who said it: "‘I was told to
    keep quiet’: whistleblower speaks out", "“We were robbed”: City boss fumes at referee",
    "“Never again”: Ann Lee on the flood". The speaker is the name, or the noun for a person,
    that ends the words after the colon before a verb or a preposition."""
    pair = candidate.pair
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(pair.start)]
    if context.text[paragraph_start : pair.start].strip() or not context.text[pair.end :].lstrip(" ").startswith(":"):
        return None
    doc = context.doc
    colon = doc.char_span(pair.end, paragraph_end, alignment_mode="expand")
    if colon is None or len(colon) < 2 or colon[0].text != ":":
        return None
    interviewee = _interviewee_after(colon)
    if interviewee is not None:  # "‘…’: an interview with housing minister Rachel Green"
        return Attribution(HEADLINE_COLON, None, doc[interviewee[1] - 1], speaker_span=interviewee)
    speaker = None
    for token in colon[1:9]:
        if token.is_punct or token.pos_ in ("ADP", "SCONJ", "CCONJ", "AUX") or token.pos_ == "VERB" and speaker:
            break
        person = token.lemma_.lower() in PERSON_NOUN_LEMMAS or (
            not token.is_lower and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON")
        )
        if token.is_lower and not person:
            break  # "Council scraps bin plan": a lower-case word that names no one ends the speaker's words
        if person:
            speaker = token
    if speaker is None:
        return None
    after = doc[speaker.i + 1] if speaker.i + 1 < len(doc) else None
    cue = after if after is not None and is_cue(after) else None
    return Attribution(HEADLINE_COLON, cue, speaker, speaker_span=(colon.start + 1, speaker.i + 1))


def _interviewee_after(colon: Span) -> tuple[int, int] | None:
    """ "‘We need more homes’: an interview with housing minister Rachel Green", "… : in
    conversation with Ann Lee": the name (token range) of the one interviewed, whose words the
    headline quotes, past any words for their role."""
    words = [token.lower_ for token in colon[1:5]]
    opening = next((len(intro) for intro in _INTERVIEW_INTROS if words[: len(intro)] == list(intro)), None)
    if opening is None:
        return None
    start = colon.start + 1 + opening
    doc = colon.doc
    first = start  # past the words for a role ("housing minister")
    while first < min(colon.end, start + 4) and doc[first].is_lower and doc[first].pos_ in ("NOUN", "ADJ"):
        first += 1
    end = first
    while end < colon.end and doc[end].pos_ == "PROPN" and not doc[end].is_lower:
        end += 1
    return (first, end) if end > first else None


_INTERVIEW_INTROS = (("an", "interview", "with"), ("interview", "with"), ("in", "conversation", "with"))


NAME_COLON_BEFORE: Layout[QuoteFinder] = Layout(
    "name_colon_before",
    HEADLINE_COLON,
    name_colon_before,
    "Voters shrug off the bridge delay - Ann Lee: “One lesson was a simple one: keep calling voters.”",
)
COLON_AFTER_QUOTE: Layout[QuoteFinder] = Layout(
    "colon_after_quote",
    HEADLINE_COLON,
    colon_after_quote,
    "‘I was told to keep quiet’: whistleblower speaks out",
)
HEADLINE_COLON_LAYOUT: Layout[QuoteFinder] = Layout(
    "headline_colon",
    HEADLINE_COLON,
    headline_colon,
    "Lee: Time for ‘intensification’ of the bridge repairs\n\nAnn Lee, the mayor, spoke on Monday.",
)


def headline_statement(context: QuoteContext, colon: Token) -> QuoteDraft | None:
    """ "Lee: I'm Sure Voters Will Reject the Toll", "Harbor Watch: City Hall Hid Key
    Report For Years": a headline that gives a name (a person's or a
    body's, one to five words) and a colon before a clause puts the clause in their mouth,
    as a report (the headline has no marks of quotation; one with them is a quote,
    ``headline_colon``). Not a label ("WATCH:", "Poll:", "The Latest:"), nor a heading
    without a verb of its own ("Marco Rubio: Retirement accounts")."""
    if colon.text != ":" or context.paragraph_of(colon.idx) != 0:
        return None
    doc = context.doc
    paragraph = doc.char_span(*context.paragraphs[0], alignment_mode="expand")
    if paragraph is None or any(token.is_quote for token in paragraph):
        return None  # quoted words: a quote's rules attribute them
    name = _before_audience(doc[paragraph.start : colon.i])
    if not 1 <= len(name) <= _HEADLINE_NAME_TOKENS:
        return None
    if labels_a_heading(name.text):
        return None
    if not _a_headline_name(name, context.named_in_article()):
        return None
    _, last = trimmed(doc, colon.i + 1, paragraph.end)
    clause = doc[colon.i + 1 : last]
    if len(clause) < 2 or not any(token.tag_ in FINITE_TAGS for token in clause):
        return None  # "Marco Rubio: Retirement accounts": a heading, not a statement
    if not _speaks_in_the_story(doc[paragraph.end :], name[-1].lower_):
        return None  # "Brexit: …", "Taylor Swift: The Eras Tour ends …": the headline's topic
    return indirect_quote(context, HEADLINE_STATEMENT, colon, name[-1], colon.i + 1, last)


def _a_headline_name(name: Span, named: set[str]) -> bool:
    """Whether the words before a headline's colon name someone: nouns and names (an
    adjective may open a title, "Former Judge Hart"), one of them a person, a body, a
    people, a word the article names someone by, or, last, a plural noun for people by what
    they do ("Economists: …")."""
    if not all(
        token.pos_ in ("PROPN", "NOUN") or token.is_punct or (token.i == name.start and token.pos_ == "ADJ")
        for token in name
    ):
        return False
    return any(
        token.ent_type_ in ("PERSON", "ORG", "NORP")
        or token.lower_ in named
        or (token.i == name.end - 1 and token.tag_ == "NNS" and token.lemma_.lower() in PERSON_NOUN_LEMMAS)
        for token in name
    )


def _before_audience(name: Span) -> Span:
    """ "Lee to Farmers: …", "Former Judge Hart at Convention: …": the name before the
    audience or the place a headline says the words were given to or at."""
    for token in name[1:]:
        if token.lower_ in ("to", "at") and token.i - name.start <= _HEADLINE_NAME_TOKENS:
            before = name.doc[name.start : token.i]
            if any(word.ent_type_ in ("PERSON", "ORG", "NORP") for word in before):
                return before
    return name


def _speaks_in_the_story(body: Span, name_word: str) -> bool:
    """Whether the story below a headline has the name say something ("Obama said …",
    "said Mr. Obama", "according to Obama"): a headline's "Name: clause" sums up what they
    said, where one that only labels its topic has a story about them that does not."""
    for token in body:
        if token.lower_ != name_word:
            continue
        head = token
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in SAYING_LEMMAS:
            return True
        if head.dep_ == "pobj" and is_according_to(head.head):
            return True
    return False


# a headline's name before its colon is at most a few words
_HEADLINE_NAME_TOKENS = 5


HEADLINE_STATEMENT_LAYOUT: Layout[ReportFinder] = Layout(
    "headline_statement",
    HEADLINE_STATEMENT,
    headline_statement,
    "Lee: Bridge Will Open in May\n\nThe new bridge will open in May, Ann Lee said on Monday.",
)
