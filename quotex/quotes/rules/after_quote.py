"""Attributions after the quote: “…,” she said (``cue_after_quote``), “…,” Trump barked
(``verb_after_quote``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.lexicon import (
    ADJACENT_CUE_WINDOW,
    ANSWER_LEMMAS,
    CUE_LEMMAS,
    HEARER_OBJECT_LEMMAS,
    NOMINAL_DEPS,
    REFUSAL_LEMMAS,
    TERMINAL_PUNCT,
    TIME_CONJUNCTIONS,
)
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_cue, names_someone, noun_phrase_after, owner_of_words, speaker_of
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate
from quotex.quotes.rules.catalogue import CUE_AFTER_QUOTE, VERB_AFTER_QUOTE
from quotex.quotes.rules.common import attribute_to_cue
from quotex.quotes.surroundings import clause_window, comments_on_it, continues_split_quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotex.text.marks import MarkPair


def cue_right_after(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """`…,” she said` right after the quote beats any speech verb further up the parse:
    the news convention puts the attribution there."""
    pair, span, quote_type = candidate.pair, candidate.span, candidate.type
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!", "—") or context.text[pair.end : pair.end + 1] == ","):
        return None
    window = clause_window(context, span, +1)
    aside = _as_clause_cue(window)
    if aside is not None:
        return attribute_to_cue(CUE_AFTER_QUOTE, aside, context)  # "‘…,’ as a memo put it"
    # a question or a cry is someone's whole utterance, when the sentence goes on after it
    # ("“why not ask?” asked Hart"; not "“… the long run!” She replied …")
    asked = content[-1:] in ("?", "!") and context.text[pair.end : pair.end + 2].strip()[:1].islower()
    if (
        quote_type != "direct"
        and not asked
        and not (window and _ends_its_sentence(context, window) and len(window) <= 6)
    ):
        # words woven into a sentence belong to that sentence's speech verb, unless the
        # sentence ends with its attribution: "Nothing he said ‘will help,’ the senator said",
        # or the words are a question or a cry ("If so — as critics allege — “why not ask?”
        # asked Hart, now a partner at a law firm.")
        return None
    for token in window[:4]:
        subject = subject_of_verb_tagged_noun(token, window)
        if subject is not None and quote_type == "direct":
            return Attribution(CUE_AFTER_QUOTE, token, subject)
        if is_cue(token):
            if quote_type != "direct" and token.tag_ == "VBG":
                # "…’, blaming the mayor." goes on with the sentence's own speaker, as does
                # "Lee called it a ‘breach,’ according to NBC": NBC reports what Lee said
                continue
            if _tells_when(token):
                return None  # "“That makes me smart,” when Lee blasted him": a time, not a source
            if _declined(token, span):
                return None  # "Lee, who called it a “disaster,” declined to comment": said nothing
            if _answers_next_quote(context, pair, token):
                return None
            if comments_on_it(token):
                return None
            return _named_after_the_verb(
                attribute_to_cue(CUE_AFTER_QUOTE, token, context, inverted=True), span, context
            )
    return None


def _ends_its_sentence(context: QuoteContext, window: list[Token]) -> bool:
    """Whether the words after a quote end its sentence: a full stop, or the end of a line
    that has none (a headline: "Bin plan ‘a disaster’, says opposition")."""
    last = window[-1]
    if last.text in TERMINAL_PUNCT:
        return True
    following = last.doc[last.i + 1 : last.i + 2]
    _, paragraph_end = context.paragraphs[context.paragraph_of(last.idx)]
    return not following or following[0].idx >= paragraph_end or "\n" in following[0].text


def _named_after_the_verb(attribution: Attribution | None, span: Span, context: QuoteContext) -> Attribution | None:
    """ "Bin plan ‘a disaster’, says opposition": a speech verb after quoted words that
    comes before its subject speaks for the noun after it; a noun before the quote is what
    the words describe, though the parser may take it for the subject ("says Reuters" after
    a quote is not told to anyone: a verb of telling keeps its hearer)."""
    if attribution is None or attribution.speaker is None or attribution.speaker.i >= span.start:
        return attribution
    cue = attribution.cue
    if cue is None or cue.lemma_.lower() in HEARER_OBJECT_LEMMAS or cue.tag_ not in ("VBZ", "VBD", "VBP"):
        return attribution  # "“…,” promising the club will return": a participle goes on with the subject
    if any(not token.is_punct for token in cue.doc[span.end : cue.i]):
        return attribution  # "The plan ‘failed’, the mayor told us": the verb is not inverted
    after = noun_phrase_after(cue)
    if after is None or context.in_quote(after):
        return attribution
    return Attribution(CUE_AFTER_QUOTE, cue, after)


def subject_of_verb_tagged_noun(token: Token, window: list[Token]) -> Token | None:
    """ "“…,” the ministers state in their report": right after a quote, a speech verb the
    tagger took for a noun ("state", "notes", "claim") after a noun phrase, with nothing
    nominal after it, is the attribution; the phrase's last noun is its subject."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CUE_LEMMAS:
        return None
    before = window[: window.index(token)]
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if not before or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in before):
        return None
    if before[-1].pos_ not in ("NOUN", "PROPN") or after is not None and not (after.is_punct or after.pos_ == "ADP"):
        return None  # "the state legislature", "the state said"
    if after is not None and after.lower_ == "of":
        return None  # "the state of the union"
    return before[-1]


def _as_clause_cue(window: list[Token]) -> Token | None:
    """The speech verb of an "as" clause right after the quote ("‘…,’ as a memo put it",
    "“…,” as Lee said"): it names whose words they are, even in a sentence of its own."""
    if not window or window[0].lower_ != "as":
        return None
    cue = window[0].head
    return cue if is_cue(cue) and window[0].dep_ == "mark" and cue in window else None


def _tells_when(cue: Token) -> bool:
    """Whether the speech verb heads a clause of time ("when Lee blasted him")."""
    # "after" and "while" are marks to the parser, "when" an adverb
    return any(
        child.dep_ in ("mark", "advmod") and child.i < cue.i and child.lower_ in TIME_CONJUNCTIONS
        for child in cue.children
    )


def _declined(cue: Token, quote: Span) -> bool:
    """Whether the speech verb is one someone refused or declined ("declined to comment") or
    negated after the quote ("But Trump did not respond"; not the "not" of "“Absolutely
    not,” Lee said" the parser hangs on it): no words of theirs, so not the source of the
    quote before it."""
    if any(child.dep_ == "neg" and child.i >= quote.end for child in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSAL_LEMMAS


def _answers_next_quote(context: QuoteContext, pair: MarkPair, cue: Token) -> bool:
    """The speech verb opens the next quote rather than closing this one: “… would you have
    told her?” He answered, “I could not say.”, “Why now?” Ward then writes back, “…”: a
    verb of answering answers the question before it, which someone else asked; and after
    quoted words that end their sentence, a new sentence whose verb runs on into the next
    quote (“… I was only joking.” To which Ann Lee said, “Thank God.”) introduces that quote."""
    following = [t for t in cue.doc[cue.i + 1 : cue.i + 5] if not t.is_space and t.lower_ != "back"]
    if not (len(following) >= 2 and following[0].text in (",", ":") and context.in_quote(following[1])):
        return False
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if content.endswith((".", "!", "?")) and context.text[pair.end : pair.end + 3].strip()[:1].isupper():
        return True
    if not content.endswith("?"):
        return False
    # "writes back", "fired back", "shot back": a verb with "back" answers too
    return cue.lemma_.lower() in ANSWER_LEMMAS or any(
        child.dep_ in ("prt", "advmod") and child.lower_ == "back" for child in cue.children
    )


def cue_after(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A speech verb in the clause after the quote, when no verb up the parse reports it."""
    pair, span = candidate.pair, candidate.span
    if continues_split_quote(context, pair) or _partial_ends_sentence(context, candidate):
        return None
    label = _modifies_next_noun(context, candidate)
    window = clause_window(context, span, +1)
    for token in window:
        if is_cue(token):
            if label and token.i != token.sent.root.i:
                return None  # "a “supermax” prison, and an official said …": another clause's verb
            if token.dep_ == "pcomp":
                continue  # "they had “accepted responsibility” by pleading guilty": how, not who
            if _tells_when(token):
                return None  # "“…” after Clinton’s spokesman expressed support": a time, not a source
            if _declined(token, span):
                return None
            if comments_on_it(token):
                return None
            if _answers_next_quote(context, pair, token):
                return None
            return attribute_to_cue(CUE_AFTER_QUOTE, token, context, inverted=True)
    return None


def _modifies_next_noun(context: QuoteContext, candidate: Candidate) -> bool:
    """ "an unaligned “Town first” push, which proposed …", "a federal “supermax” prison,
    and an official said …", "“moan”-worthy headlines": quoted words that qualify the noun
    right after them are a label inside that noun phrase, which only the verb of the whole
    sentence reports ("even with a “good” salary, she said"), not one of a clause further on."""
    if candidate.type != "partial":
        return False
    pair, span = candidate.pair, candidate.span
    if context.text[pair.content_end - 1 : pair.content_end] in (",", ".", "!", "?"):
        return False
    if context.text[pair.end : pair.end + 1] == "-":
        return True  # a compound of the quoted words and the next: “moan”-worthy
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None or following.pos_ != "NOUN" or not following.is_lower:
        return False
    return any(token.head.i == following.i for token in span if not token.is_punct)


def _partial_ends_sentence(context: QuoteContext, candidate: Candidate) -> bool:
    """ "Lee went after Hart as a “giant leech.” The senator dismissed the report.": words
    woven into a sentence that end it with a full stop leave the next sentence's verb to
    the next sentence."""
    if candidate.type != "partial":
        return False
    pair = candidate.pair
    content = context.text[pair.content_start : pair.content_end].rstrip()
    following = context.text[pair.end : pair.end + 3].lstrip()
    return content.endswith(".") and not content.endswith("..") and following[:1].isupper()


def verb_after(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """“Go back to your desk,” Hart barked: a quote ending in a comma (or ? or !) hands
    over to its attribution, whatever the verb."""
    pair, span = candidate.pair, candidate.span
    if continues_split_quote(context, pair):
        return None
    window = clause_window(context, span, +1)
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!") or context.text[pair.end : pair.end + 1] == ","):
        return None
    for token in window[:4]:
        # a verb by tag but a noun by function ("Trump" tagged VB as a subject) is skipped
        if token.pos_ == "VERB" and token.dep_ not in NOMINAL_DEPS:
            if comments_on_it(token):
                break
            subject = speaker_of(token, context)
            if subject is not None and names_someone(subject):
                # "“Call the roll,” came cries from the crowd": the crowd's cries
                return Attribution(VERB_AFTER_QUOTE, token, owner_of_words(subject) or subject)
            if subject is None and token.i == window[0].i:
                subject = noun_phrase_after(token)  # “…,” exhorted her introducer
                if subject is not None:
                    return Attribution(VERB_AFTER_QUOTE, token, subject)
            break
    return None


NP_POS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")


def _short_tail(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """`“Go back to your desk,” Hart barked` and `“…,” the editorial read.` when the tagger
    gets the short attribution wrong: a noun phrase, then the first verb (or a speech word
    the tagger took for a noun) is the hand-over. A longer noun phrase, with a title or a
    prepositional phrase (`“…,” William Dale, the former chief of staff, said`, `“…,” a
    voice-over in the spot states.`), hands over only to a speech verb."""
    pair, span, quote_type = candidate.pair, candidate.span, candidate.type
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!") or context.text[pair.end : pair.end + 1] == ","):
        return None
    if quote_type != "direct" or continues_split_quote(context, pair):
        return None
    # the whole sentence after the quote: a name with its title can be long
    window = clause_window(context, span, +1, limit=3 * ADJACENT_CUE_WINDOW)
    if window and window[-1].text in TERMINAL_PUNCT:
        window.pop()
    phrase: list[Token] = []
    for position, token in enumerate(window):
        ends_clause = position + 1 == len(window) or window[position + 1].is_punct
        if phrase and token.lemma_.lower() in CUE_LEMMAS and (ends_clause or token.pos_ in ("VERB", "AUX")):
            if comments_on_it(token):
                return None
            return Attribution(CUE_AFTER_QUOTE, token, _phrase_head(phrase))  # "the editorial read."
        if token.pos_ in NP_POS or token.text in ("'s", "’s") or (token.is_alpha and token.text[0].isupper()):
            phrase.append(token)
            continue
        if phrase and token.pos_ in ("VERB", "AUX") and len(phrase) == position:
            return Attribution(VERB_AFTER_QUOTE, token, _phrase_head(phrase))  # "Trump barked"
        if phrase and (token.text in (",", "(", ")", "-") or token.pos_ == "ADP"):
            phrase.append(token)  # a title or a place: "Daley, a former aide, said"
            continue
        break
    return None


def _phrase_head(phrase: list[Token]) -> Token | None:
    """The head of the first noun phrase: "William Daley" in "William Daley, a former aide"."""
    first = []
    for token in phrase:
        if token.is_punct and token.tag_ != "HYPH" or token.pos_ == "ADP":
            break
        first.append(token)
    nouns = [token for token in first or phrase if token.pos_ in ("NOUN", "PROPN") or token.tag_ == "HYPH"]
    return (nouns or first or phrase)[-1]


def short_tail_cue(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A short noun phrase and a speech word after the quote: “…,” the editorial read."""
    found = _short_tail(context, candidate)
    return found if found is not None and found.rule is CUE_AFTER_QUOTE else None


def short_tail_verb(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A short noun phrase and any verb after the quote: “…,” Trump barked."""
    found = _short_tail(context, candidate)
    return found if found is not None and found.rule is VERB_AFTER_QUOTE else None


CUE_RIGHT_AFTER: Layout[QuoteFinder] = Layout(
    "cue_right_after",
    CUE_AFTER_QUOTE,
    cue_right_after,
    "“The bridge will open in May,” Mayor Ann Lee said on Tuesday.",
)
CUE_AFTER: Layout[QuoteFinder] = Layout(
    "cue_after",
    CUE_AFTER_QUOTE,
    cue_after,
    "“The bridge will open in May” was what Ann Lee told reporters on Tuesday.",
)
VERB_AFTER: Layout[QuoteFinder] = Layout(
    "verb_after",
    VERB_AFTER_QUOTE,
    verb_after,
    "“Go back to your office and fix the bridge,” Ann Lee barked.",
)
SHORT_TAIL_CUE: Layout[QuoteFinder] = Layout(
    "short_tail_cue",
    CUE_AFTER_QUOTE,
    short_tail_cue,
    "“The council has failed the town on the bridge,” the editorial read.",
)
SHORT_TAIL_VERB: Layout[QuoteFinder] = Layout(
    "short_tail_verb",
    VERB_AFTER_QUOTE,
    short_tail_verb,
    "“It is over,” Hart, the mayor, sighed.",
)
