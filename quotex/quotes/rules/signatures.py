"""Signatures: a name that signs a quote rather than a sentence that reports it.

``dash_after_quote`` (“…” — Ann Lee), ``name_after_quote`` (a roundup's “…” Mary Jones, 54,
a nurse; a signature in parentheses; a name paragraph under a quote paragraph),
``name_before_quote`` (a name paragraph over it) and ``named_after`` (“…” So says Ann Lee.).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotex.lexicon import CUE_LEMMAS, FINITE_TAGS, UTTERING_LEMMAS
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_someone, noun_phrase_after, speaker_of
from quotex.quotes.layouts import Layout, QuoteFinder
from quotex.quotes.records import Attribution, Candidate, Rule
from quotex.quotes.rules.catalogue import DASH_AFTER_QUOTE, NAME_AFTER_QUOTE, NAME_BEFORE_QUOTE, NAMED_AFTER
from quotex.quotes.surroundings import ends_sentence, points_back, word_after
from quotex.text.marks import MarkPair
from quotex.text.typography import is_dash

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _last_token(doc: Doc, start: int, end: int) -> Token:
    """The last token of a stretch of the text that starts at a token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None and len(span)  # "expand" aligns any non-empty stretch of the text
    return span[-1]


_NOT_SPACE = re.compile(r"\S")
_WORDS_AFTER = re.compile(r"[^ .,]")  # more than a full stop or a comma after a quote


def _first_token_after(doc: Doc, span: Span) -> int:
    index = span.end
    while index < len(doc) and doc[index].is_space:
        index += 1
    return index


def signature_after_quote(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A roundup's signature right after a whole quote, or one in parentheses."""
    doc, pair = context.doc, candidate.pair
    index = _first_token_after(doc, candidate.span)
    if index < len(doc) and doc[index].text == "(":
        return _signature_in_parentheses(context, pair, doc[index])
    if index < len(doc) and not is_dash(doc[index].text):
        return _signature_after(context, pair, doc[index])
    return None


def dash_signature(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """``“…” — Jane Doe``: a dash and a name after the quote, or alone on the next line
    (the layout of fact-checks and epigraphs)."""
    doc, pair = context.doc, candidate.pair
    index = _first_token_after(doc, candidate.span)
    while index < len(doc) and (doc[index].like_url or doc[index].is_space):
        index += 1  # an embedded post's link before its signature: "… pic.twitter.com/abc — Ann Lee"
    if index < len(doc) and (doc[index].text == "(" or not is_dash(doc[index].text)):
        return None  # a signature without a dash, if any
    dash = index
    index += 1
    while index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += 1  # "―\xa0Ann Lee": a no-break space holds the name to its dash
    if index >= len(doc):
        return None
    if context.paragraph_of(doc[dash].idx) != context.paragraph_of(pair.start):
        paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(doc[dash].idx)]
        if paragraph_start != doc[dash].idx or len(context.text[paragraph_start:paragraph_end].split()) > 8:
            return None  # a line that only signs the quote, not a new sentence
    while index + 1 < len(doc) and (
        doc[index].is_lower
        and doc[index].pos_ in ("ADJ", "DET", "ADV", "X")
        or doc[index].text == "-"
        and not doc[index - 1].whitespace_  # "then-", "ex-"
    ):
        index += 1  # "― former Gov. Tom Hart", "— then-Senator Ann Lee"
    name = doc[index]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "— President Obama": the name's head, not its title
    if name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN":
        return Attribution(DASH_AFTER_QUOTE, None, name)
    return None


def _signature_after(context: QuoteContext, pair: MarkPair, first: Token) -> Attribution | None:
    """“It was a mess from start to finish.” Tom Hart, 33, teacher, Akron: a whole statement
    opening its paragraph, then a name and a verbless description closing it (the layout
    of voter roundups), is signed by that name."""
    if not ends_sentence(context, pair):
        return None
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(pair.start)]
    if _NOT_SPACE.search(context.text, paragraph_start, pair.start) or context.paragraph_of(
        first.idx
    ) != context.paragraph_of(pair.start):
        return None
    name = _signature_name(context, first.idx, paragraph_end)
    return Attribution(NAME_AFTER_QUOTE, None, name) if name is not None else None


def _signature_in_parentheses(context: QuoteContext, pair: MarkPair, opening: Token) -> Attribution | None:
    """“We will not back down.” (Ann Lee, Dec. 3): a whole quote signed in parentheses."""
    if not ends_sentence(context, pair):
        return None
    closing = next((t for t in opening.doc[opening.i + 1 : opening.i + SIGNATURE_WORDS] if t.text == ")"), None)
    if closing is None or context.paragraph_of(closing.idx) != context.paragraph_of(pair.start):
        return None
    name = _signature_name(context, opening.idx + 1, closing.idx)
    return Attribution(NAME_AFTER_QUOTE, None, name) if name is not None else None


# a signature is a name and a few words about the person: "Mary Jones, 54, a nurse from Dayton"
SIGNATURE_WORDS = 15


# words of a title before a signature's name: "Sen.", "House Speaker", "Former Secretary of State"
SIGNATURE_TITLE_WORDS = 4


def _signature_name(context: QuoteContext, start: int, end: int) -> Token | None:
    """The first token of the name that the words from `start` to `end` sign with, or None.

    A signature is a person's name, perhaps after a title, and at most a few verbless words
    about them: "Tom Hart, 33, teacher, Akron", "Sen. Ann Lee (D-Ohio)"; "Tom Hart disagreed
    with that" is a sentence, "Ann Lee for governor!" a cheer."""
    words = context.doc.char_span(start, end, alignment_mode="contract")
    if words is not None and len(words) > 1 and words[-1].text == ":":
        words = words[:-1]  # "TRUMP:" on a line of its own, naming the quote below
    if words is None or not 0 < len(words) <= SIGNATURE_WORDS:
        return None
    if context.text[start:end].rstrip(" ”\"’'").endswith(("!", "?")):
        return None
    if any(token.tag_ in FINITE_TAGS or context.in_quote(token) for token in words):
        return None
    for token in words[: SIGNATURE_TITLE_WORDS + 1]:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            return token
        if not (token.text[:1].isupper() or token.lower_ in ("of", "the")):
            return None  # "On Tuesday, Ann Lee": a sentence's opening, not a title
    # a heading the model tags as nothing ("TOM WARD", "Ward"): a few capitalised words
    # ending in the surname of someone the article names
    alphabetic = [token for token in words if token.is_alpha]
    if (
        0 < len(alphabetic) <= SIGNATURE_TITLE_WORDS
        and len(alphabetic) == len(words)
        and all(token.text[:1].isupper() for token in alphabetic)
        and alphabetic[-1].lower_ in context.named_in_article()
    ):
        return alphabetic[-1]
    return None


def _quote_only_paragraphs(context: QuoteContext) -> dict[int, MarkPair]:
    """Paragraphs that are one quote and nothing else, by index."""
    alone = {}
    for pair in context.pairs:
        number = context.paragraph_of(pair.start)
        start, end = context.paragraphs[number]
        if pair.start == start and pair.paragraphs == 1 and not _WORDS_AFTER.search(context.text, pair.end, end):
            alone[number] = pair
    return alone


def signed_paragraphs(context: QuoteContext) -> dict[int, tuple[Rule, Token, MarkPair]]:
    """(rule, name, quote) for quote paragraphs that a paragraph of their own signs: the roundup
    layouts "Sen. Ann Lee (D-Ohio)" / “…” and “…” / "Ann Lee, 54, a nurse from Dayton".

    A signature between two quote paragraphs could sign either; the article's other
    signatures, with a quote on one side only, say whether its names come before their
    quotes or after them (before, when nothing says)."""
    alone = _quote_only_paragraphs(context)
    signatures = {}
    for number in range(len(context.paragraphs)):
        if number in alone or (number - 1 not in alone and number + 1 not in alone):
            continue
        name = _signature_name(context, *context.paragraphs[number])
        if name is not None:
            signatures[number] = name
    # a label ending in a colon ("TRUMP:") names what follows it, like a transcript's
    introducing = {n for n in signatures if context.text[slice(*context.paragraphs[n])].rstrip().endswith(":")}
    # +1 for each signature with a quote only before it, -1 for one with a quote only after
    after_votes = sum((n - 1 in alone) - (n + 1 in alone) for n in signatures if n not in introducing)
    signed: dict[int, tuple[Rule, Token, MarkPair]] = {}
    for number, name in signatures.items():
        if number in introducing:
            if number + 1 in alone:
                signed.setdefault(number + 1, (NAME_BEFORE_QUOTE, name, alone[number + 1]))
        elif number - 1 in alone and (number + 1 not in alone or after_votes > 0):
            signed.setdefault(number - 1, (NAME_AFTER_QUOTE, name, alone[number - 1]))
        elif number + 1 in alone:
            signed.setdefault(number + 1, (NAME_BEFORE_QUOTE, name, alone[number + 1]))
    return signed


# "So says the mayor.", "That quote from Alabama's securities commissioner …": a sentence after
# a quote that names who said it
_SO_SAYS = re.compile(r"(?:So|Thus) (?:says|said|writes|wrote|tweeted|declared|insists|insisted)\b")


# "That quote from …", "That was the stark warning from …", "Such was the verdict of …"
_THAT_QUOTE = re.compile(
    r"(?:That|This|Those|These|Such)(?:(?:’s|'s| is| was| are| were)(?: the| a| an)?)?(?: [a-z]+){0,2} "
    r"(?:quote|quotation|remark|line|lines|words|comment|statement|tweet|message|warning|verdict|"
    r"assessment|plea|promise|prediction|advice|admission|answer|response|reply|vow|boast)s? "
    r"(?:came |comes )?(?:from|of|by) "
)


# "That is how Ann Lee put it on Monday.", "That's how the mayor described the plan.",
# "That was what Ann Lee told supporters."
_THAT_IS_HOW = re.compile(r"(?:That|This)(?:’s|'s| is| was) (?:how|what) ")


def named_after(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """ "“I would rather lose the election than raise the toll.” That quote from Mayor Ann Lee
    ran …", "“The towns change. The people leave.” So says a voice at the close of the
    film": a whole quote, then a sentence opening with who said it."""
    pair, span, quote_type = candidate.pair, candidate.span, candidate.type
    if quote_type != "direct" or not ends_sentence(context, pair):
        return None
    doc = context.doc
    first = word_after(context, span)
    if first is None:
        return None
    rest = context.text[first.idx : first.idx + 80]
    found = _SO_SAYS.match(rest)
    if found is not None:
        verb = _last_token(doc, first.idx, first.idx + found.end())
        speaker = noun_phrase_after(verb)
        return (
            Attribution(NAMED_AFTER, verb, speaker) if speaker is not None and not context.in_quote(speaker) else None
        )
    found = _THAT_QUOTE.match(rest)
    if found is not None:
        preposition = _last_token(doc, first.idx, first.idx + found.end() - 1)
        speaker = next((child for child in preposition.children if child.dep_ == "pobj"), None)
        if speaker is not None and not context.in_quote(speaker):
            return Attribution(NAMED_AFTER, None, speaker)
    reported = _reports_it_back(context, first)
    if reported is not None:
        return reported
    found = _THAT_IS_HOW.match(rest)
    if found is not None:
        how = _last_token(doc, first.idx, first.idx + found.end() - 1)
        verb = how.head
        if verb.i > how.i and verb.lemma_.lower() in CUE_LEMMAS | {"put"}:
            speaker = speaker_of(verb, context)
            if speaker is not None and not context.in_quote(speaker):
                return Attribution(NAMED_AFTER, verb, speaker)
    return None


def _reports_it_back(context: QuoteContext, first: Token) -> Attribution | None:
    """ "“…” / Ann Lee said this at a rally in Dayton.", "Ann Lee made the remark on Monday.":
    the sentence after a quote reports it with a word pointing back at it."""
    if first.i != first.sent.start:
        return None
    verb = first.sent.root
    if verb.lemma_.lower() not in UTTERING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return None
    said = next((child for child in verb.children if child.dep_ == "dobj"), None)
    speaker = speaker_of(verb, context) if said is not None and points_back(said) else None
    if speaker is None or context.in_quote(speaker) or not is_someone(speaker):
        return None
    return Attribution(NAMED_AFTER, verb, speaker)


def signature_below(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A quote paragraph that the name paragraph under it signs (``signed_paragraphs``)."""
    return _signed(context, candidate, NAME_AFTER_QUOTE)


def signature_above(context: QuoteContext, candidate: Candidate) -> Attribution | None:
    """A quote paragraph that the name paragraph over it signs (``signed_paragraphs``)."""
    return _signed(context, candidate, NAME_BEFORE_QUOTE)


def _signed(context: QuoteContext, candidate: Candidate, rule: Rule) -> Attribution | None:
    # a roundup's quote paragraph is its signature's, whatever the words around it
    signed = context.signed.get(candidate.paragraph)
    if signed is None or signed[0] is not rule or signed[2] is not candidate.pair:
        return None
    return Attribution(rule, None, signed[1], type="direct")


SIGNATURE_BELOW: Layout[QuoteFinder] = Layout(
    "signature_below",
    NAME_AFTER_QUOTE,
    signature_below,
    "“We waited two years for this bridge and it is still shut.”\n\nAnn Lee, 54, a nurse from Dayton\n\n"
    "“The council never listens to us.”\n\nTom Hart, 61, a farmer from Akron",
)
SIGNATURE_ABOVE: Layout[QuoteFinder] = Layout(
    "signature_above",
    NAME_BEFORE_QUOTE,
    signature_above,
    "Sen. Ann Lee (D-Ohio)\n\n“We waited two years for this bridge and it is still shut.”\n\n"
    "Rep. Tom Hart (R-Ohio)\n\n“The council never listens to us at all.”",
)
SIGNATURE_AFTER_QUOTE: Layout[QuoteFinder] = Layout(
    "signature_after_quote",
    NAME_AFTER_QUOTE,
    signature_after_quote,
    "The town was asked about the bridge.\n\n“It was a mess from start to finish.” Tom Hart, 33, teacher, Akron",
)
DASH_SIGNATURE: Layout[QuoteFinder] = Layout(
    "dash_signature",
    DASH_AFTER_QUOTE,
    dash_signature,
    "“The bridge will open in May, and not a day later.” — Ann Lee",
)
NAMED_AFTER_LAYOUT: Layout[QuoteFinder] = Layout(
    "named_after",
    NAMED_AFTER,
    named_after,
    "“We will open the bridge in May.” That is how Ann Lee put it on Monday.",
)
