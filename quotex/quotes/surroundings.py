"""What surrounds a quote in the text and the parse: the clause next to it, the word after
it, its paragraph, whether it is a sentence, a title or a term."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotex.first_names import is_first_name
from quotex.lexicon import (
    ADJACENT_CUE_WINDOW,
    BACK_POINTERS,
    BACK_POINTING_DETERMINERS,
    FINITE_TAGS,
    TERMINAL_PUNCT,
    TITLED_WRITING_NOUNS,
    TITLING_WORDS,
    WORDS_NOUN_LEMMAS,
    WORK_NOUNS,
    WORK_PART_NOUNS,
    WORK_PEOPLE_NOUNS,
)
from quotex.models import Term
from quotex.quotes.context import QuoteContext
from quotex.quotes.grammar import is_cue, is_date, lone_possessive_apostrophe, token_before
from quotex.text.marks import DOUBLE, MARKS, SINGLE, MarkPair
from quotex.text.typography import LONG_DASHES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def clause_window(context: QuoteContext, span: Span, direction: int, limit: int | None = None) -> list[Token]:
    """Tokens next to a quote, up to a sentence end outside quotes or the paragraph's edge.

    Not the parser's sentences: after “…?” the parser often starts a new sentence, but
    in “…?” Trump asked. the cue belongs with the quote.
    """
    doc = context.doc
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(doc[span.start].idx)]
    window: list[Token] = []
    index = span.end if direction > 0 else span.start - 1
    if limit is None:
        limit = ADJACENT_CUE_WINDOW if direction > 0 else 2 * ADJACENT_CUE_WINDOW
    # an aside in brackets does not count: "Marcia Price (D-Newport News), shouted"
    aside = counted = 0
    while 0 <= index < len(doc) and counted < limit:
        token = doc[index]
        if token.idx >= paragraph_end or token.idx < paragraph_start or context.in_quote(token):
            break
        if direction < 0 and token.text in TERMINAL_PUNCT:
            break
        if token.is_space:
            index += direction
            continue
        window.append(token)
        if token.text == ("(" if direction > 0 else ")"):
            aside += 1
        elif token.text == (")" if direction > 0 else "(") and aside:
            aside -= 1
        elif not aside:
            counted += 1
        if direction > 0 and token.text in TERMINAL_PUNCT:
            break
        index += direction
    return window


def tokens_outside(context: QuoteContext, tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if not context.in_quote(t)]


def word_after(context: QuoteContext, span: Span) -> Token | None:
    """The first word after a quote, past its punctuation ("“…,” per …", "“…” So says …");
    None when the text ends or another quote comes first."""
    doc = context.doc
    index = span.end
    while index < len(doc) and (doc[index].is_space or doc[index].is_punct and not context.in_quote(doc[index])):
        index += 1
    return doc[index] if index < len(doc) and not context.in_quote(doc[index]) else None


def quoted_words(text: str, pair: MarkPair) -> str:
    return " ".join(text[start:end].strip() for start, end in pair.pieces)


def last_text_before(text: str, position: int, floor: int, chars: int = 80) -> str:
    """Up to `chars` characters of `text` before `position` (not before `floor`), trailing
    white space left out: what a rule reads of the text right before a quote, without
    copying a whole paragraph (or article) each time."""
    end = position
    while end > floor and text[end - 1].isspace():
        end -= 1
    return text[max(floor, end - chars) : end]


def first_text_after(text: str, position: int, ceiling: int, chars: int = 80) -> str:
    """Up to `chars` characters of `text` from `position` (not past `ceiling`)."""
    return text[position : min(ceiling, position + chars)]


_WORD = re.compile(r"\S+")
_NOT_SPACE = re.compile(r"\S")
# a sub-heading is a phrase, a short sentence at most
SUBHEADING_WORDS = 10


def term_of(text: str, pair: MarkPair, reason: str) -> Term:
    """Quoted words that are no statement, as a term: offsets of the words inside the marks,
    so that ``text[start:end]`` is the term's text."""
    start, end = pair.content_start, pair.content_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Term(text[start:end], start, end, reason)


def ends_sentence(context: QuoteContext, pair: MarkPair) -> bool:
    """Whether the quoted words end a sentence of their own ("…." rather than "…,")."""
    return context.text[pair.content_start : pair.content_end].rstrip()[-1:] in (".", "!", "?", "…")


def opens_paragraph(context: QuoteContext, pair: MarkPair) -> bool:
    return pair.start == context.paragraphs[context.paragraph_of(pair.start)][0]


def continues_split_quote(context: QuoteContext, pair: MarkPair) -> bool:
    """“…,” she said. “We feel good about it.” She noted a planned rally …: a quote that
    follows a quote and its attribution in the same paragraph, and ends its own sentence,
    goes on with that speaker; the speech verb of the next sentence starts a new statement."""
    if not ends_sentence(context, pair):
        return False
    position = context.pair_number.get(pair.start, 0)
    if position == 0:
        return False
    previous = context.pairs[position - 1]
    previous_content = context.text[previous.content_start : previous.content_end].rstrip()
    if previous_content[-1:] not in (",", "?", "!") and context.text[previous.end : previous.end + 1] != ",":
        return False
    return attribution_between(context, previous, pair, MAX_SPLIT_ATTRIBUTION_CHARACTERS) is not None


# how long "he said." may run between the two pieces of a split quote
MAX_SPLIT_ATTRIBUTION_CHARACTERS = 80


def attribution_between(context: QuoteContext, earlier: MarkPair, later: MarkPair, max_characters: int) -> Span | None:
    """The words between two quotes when they are an attribution closing a sentence: on one
    line, at most `max_characters` long, ending with a full stop, with a speech verb ("…,” she
    said. “…”)."""
    between = context.text[earlier.end : later.start]
    if "\n" in between or len(between) > max_characters or not between.rstrip().endswith("."):
        return None
    frame = context.doc.char_span(earlier.end, later.start, alignment_mode="contract")
    return frame if frame is not None and len(frame) > 0 and any(is_cue(token) for token in frame) else None


# the marks that can close a quote, one character each (the typewriter '' is two of ')
_CLOSERS = "".join(mark for mark, (_, role) in MARKS.items() if role != "open" and len(mark) == 1)


def type_of_quote(context: QuoteContext, pair: MarkPair, span: Span) -> str:
    """Direct when the quote stands as a sentence of its own, partial when woven into one."""
    text = context.text
    before = last_text_before(text, pair.start, context.paragraphs[context.paragraph_of(pair.start)][0])
    content = text[pair.content_start : pair.content_end].strip()
    words = content.split()
    if not words:
        return "partial"
    if pair.paragraphs > 1:
        return "direct"
    # after a quote whose own words ended their sentence ("… “deeply unfair.” “They leave …”")
    after_a_finished_quote = before[-1:] in _CLOSERS and before.rstrip(_CLOSERS)[-1:] in ".!?"
    starts_sentence = not before or before[-1] in ".:!?—–-" or before.endswith((",", "…")) or after_a_finished_quote
    preceding = span[0].nbor(-1) if span.start > 0 else None
    after_cue = preceding is not None and is_cue(preceding)
    capital = words[0][0].isupper() or words[0][0] in "…." or not words[0][0].isalpha()
    sentence_like = capital and (len(words) >= 4 or content[-1:] in ".!?,")
    if (starts_sentence or after_cue) and sentence_like:
        return "direct"
    if starts_sentence and not before and len(words) >= 4:
        return "direct"
    return "partial"


def term_reason(context: QuoteContext, pair: MarkPair, quote_type: str) -> str | None:
    """Why an unattributed quoted stretch is not a statement, or None if it may be one."""
    content = context.text[pair.content_start : pair.content_end].strip()
    words = content.split()
    if quote_type == "partial":
        if words and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 8:
            return "title_or_name"
        return "scare_quote" if len(words) <= 4 else "unattributed_fragment"
    if len(words) < 4:
        return "short_unattributed"
    return None


# verbs of finding and showing: what a study or a survey finds, it names in its own terms
FINDING_LEMMAS = frozenset({"find", "show"})
# how a label sits in the clause: a modifier ("“free” sugars") or a noun phrase in an argument
# place ("“older girls” were less likely"), not a predicate ("the service was “failing”")
LABEL_DEPS = frozenset({"amod", "compound", "nmod", "nsubj", "nsubjpass", "dobj", "pobj"})
MAX_LABEL_WORDS = 3


def labels_a_finding(span: Span, cue: Token | None) -> bool:
    """ "children who eat more “free” sugars …, the study found", "Researchers found that
    “older girls” were less likely …": a word or two quoted as a term inside what a study
    finds or shows label what it counts, no statement; a predicate in quotes is its words
    ("the report found that the service was “failing patients”")."""
    if cue is None or cue.lemma_.lower() not in FINDING_LEMMAS:
        return False
    words = [token for token in span if not token.is_punct]
    if not words or len(words) > MAX_LABEL_WORDS:
        return False
    inside = {token.i for token in span}
    roots = [token for token in words if token.head.i not in inside or token.head.i == token.i]
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN", "ADJ") and roots[0].dep_ in LABEL_DEPS


def names_a_work(context: QuoteContext, pair: MarkPair) -> bool:
    """ "the reality show “The Apprentice”", "a play called “Los Hijos de Trump”", "his new
    book, ''A Harbor in Winter,''": a few quoted words right after a noun for a work (or a
    verb that titles one) are its title, not anyone's words. After a comma only a title in
    capitals ("on the show, “We will win,” he said" is a statement)."""
    content = quoted_words(context.text, pair)
    # a subtitle after a colon may run longer: "Backfire: Carly Fiorina's High-Stakes Battle …"
    title, _, subtitle = content.partition(":")
    if not content or len(title.split()) > MAX_TITLE_WORDS or len(subtitle.split()) > MAX_SUBTITLE_WORDS:
        return False
    if not (content[0].isupper() or content[0].isdigit()):
        return False  # a title opens with a capital: "the program “is gaining traction”" is a statement
    span = context.doc.char_span(pair.start, pair.end, alignment_mode="expand")
    before = token_before(span) if span is not None else None
    if _part_of_a_work(before) and _in_title_case(content.rstrip(",.")):
        return True  # "a preview clip of ‘The 411.’", "an episode of “The Simpsons”", "the author of “…”"
    if _of_an_outlet(before) and _in_title_case(content.rstrip(",.")):
        return True  # "told NBC’s “Today”", "on CBS's "Face the Nation"": a broadcaster's show
    if content.rstrip(",")[-1:] in ".!?" and not _title_before_full_stop(content):
        return False
    if span is not None and before is not None and before.text == "," and _set_between_subject_and_verb(span, before):
        return True  # "Davis' commentary, “Melania, tell your story,” is very thoughtful": its title
    if before is not None and before.text == "," and is_title(content):
        before = before.nbor(-1) if before.i > 0 else None
    if before is not None and before.lower_ in ("titled", "entitled"):
        return True  # "The 30-second spot, titled “Arrogant,”": only a work is titled
    if before is not None and _naming_participle(before) and _in_title_case(content.rstrip(",.")):
        return True  # "an account called “Hypo-Cruz”", "a news site called “The Local”": a name
    if before is not None and before.lower_ in TITLING_WORDS and before.i > 0:
        before = before.nbor(-1)
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in WORK_NOUNS:
        return True
    return span is not None and _in_title_case(content.rstrip(",")) and _work_noun_after(span)


def _set_between_subject_and_verb(span: Span, comma: Token) -> bool:
    """A quote set off by commas between a noun for a piece of writing and that noun's verb
    ("Davis' commentary, “Melania, tell your story,” is very thoughtful", "The study, “Sugar
    and the Young,” found …") is the piece's title in apposition, whatever its case; a
    speaker's words come with a speech verb and its subject ("In his column, “…,” he wrote")."""
    if comma.i == 0:
        return False
    noun = comma.nbor(-1)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WORK_NOUNS | TITLED_WRITING_NOUNS:
        return False
    doc, index = span.doc, span.end
    if doc[index - 2].text != "," and (index >= len(doc) or doc[index].text != ","):
        return False
    if index < len(doc) and doc[index].text == ",":
        index += 1
    return index < len(doc) and doc[index].tag_ in FINITE_TAGS


def _title_before_full_stop(content: str) -> bool:
    """Words in title case that end a sentence inside the marks, as American style puts the
    full stop ("his 2014 book, ''A Bridge Too Near.''"): still a title after a noun for a work;
    a sentence of one or two capitalised words ("“Thank You.”") may be a statement."""
    words = content.rstrip(",.!?").split()
    return len(words) >= 3 and _in_title_case(" ".join(words))


def _naming_participle(word: Token) -> bool:
    """ "called", "named", "dubbed" right after the noun it names, as a participle ("a group
    called …"; not "Lee called the plan …", whose subject speaks, nor "Trump, called …")."""
    if word.lower_ not in TITLING_WORDS or word.i == 0 or word.dep_ != "acl":
        return False
    noun = word.nbor(-1)
    return noun.pos_ in ("NOUN", "PROPN") and noun.i == word.head.i


def is_so_called(text: str, pair: MarkPair) -> bool:
    """ "the so-called “rebels”", "so-called ‘closed’ primaries": words the writer marks as
    someone's term after "so-called" are a label, not a statement."""
    return _SO_CALLED.search(text, max(0, pair.start - 12), pair.start) is not None


_SO_CALLED = re.compile(r"\bso[\s-]*called\s*$", re.IGNORECASE)


def is_known_as(text: str, pair: MarkPair) -> bool:
    """ "what has become known as the “Buffett rule”", "a method known as “catch and
    release”": words after "known as" are the name something goes by, no one's statement."""
    return _KNOWN_AS.search(text, max(0, pair.start - 20), pair.start) is not None


_KNOWN_AS = re.compile(r"\bknown\s+as\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def _part_of_a_work(before: Token | None) -> bool:
    """Whether the word before the quote is the "of" after a noun for a work, a part or
    showing of one, or the people it is known by: "a preview clip of", "an episode of", "a
    copy of", "the premiere of", "a co-author of", "the host of"."""
    if before is None or before.lower_ != "of" or before.i == 0:
        return False
    noun = before.nbor(-1)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in WORK_NOUNS | WORK_PART_NOUNS | WORK_PEOPLE_NOUNS


def _of_an_outlet(before: Token | None) -> bool:
    """Whether the word before the quote is the possessive of an organisation ("NBC’s",
    "CBS's", "the Times'"): what a broadcaster or a paper owns and is quoted by name is a
    show, a column or a section of it; a person's quoted words follow a speech verb."""
    if before is None or before.i == 0:
        return False
    owner = before.nbor(-1)
    return (before.tag_ == "POS" or lone_possessive_apostrophe(before)) and owner.ent_type_ == "ORG"


def _in_title_case(content: str) -> bool:
    """Every word capitalised but the small ones: "Avatar", "Orange Is the New Black"."""
    words = [word for word in content.split() if any(character.isalpha() for character in word)]
    return bool(words) and all(word[:1].isupper() or word.lower() in TITLE_SMALL_WORDS for word in words)


def _work_noun_after(span: Span) -> bool:
    """ "the “Avatar” star", "“Orange Is the New Black” star Ann Lee", "“Chi-Raq,” a movie
    about …": a title right before a noun for a work, or for the people a work is known by,
    or before one in apposition."""
    doc = span.doc
    index = span.end
    apposition = doc[index - 2].text == ","  # the comma inside the marks: “Chi-Raq,” a movie
    if index < len(doc) and doc[index].text == ",":
        index += 1
        apposition = True
    if apposition and index < len(doc) and doc[index].pos_ == "DET":
        index += 1
    # the phrase's head may come after a few words that say what kind: "a Korean language
    # social satire"; in apposition only (before a bare noun, "the “Avatar” star", it is next)
    for _ in range(MAX_WORK_MODIFIERS if apposition else 1):
        if index >= len(doc):
            return False
        word = doc[index]
        if word.pos_ == "NOUN" and word.is_lower and word.lemma_.lower() in WORK_NOUNS | WORK_PEOPLE_NOUNS:
            return True
        if word.pos_ not in ("ADJ", "NOUN", "PROPN") or word.is_punct:
            return False
        index += 1
    return False


# how many words may say what kind of work before the noun for it: "a Korean language social satire"
MAX_WORK_MODIFIERS = 5


_CREDIT = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z]")


def is_credited_title(context: QuoteContext, pair: MarkPair) -> bool:
    """ "—“Council accused of hiding flood report,” by Post's Ann Lee: …": a
    quoted line with a comma and "by" and a name right after it is a headline or a title with
    its author's credit, not anything said (no speech verb comes between; "by Friday" is a
    time)."""
    text = context.text
    content = quoted_words(text, pair).rstrip("'’\"”")
    comma = content.endswith(",") or text[pair.end : pair.end + 1] == ","
    credit = _CREDIT.match(text, pair.end)
    if not comma or credit is None:
        return False
    # set off like a headline or a title in apposition, not woven into a sentence ("said
    # the “ugliness of utterances,” by Trump last week" is someone's words about Trump's)
    before = text[max(0, pair.start - 3) : pair.start].rstrip()
    if before and before[-1] not in ",:;.—–-\n":
        return False
    name = context.doc.char_span(credit.end() - 1, credit.end(), alignment_mode="expand")
    return name is not None and not is_date(name[0])


_YEAR_AFTER = re.compile(r",?\s*\((?:1[89]|20)\d\d\)")


def is_dated_title(text: str, pair: MarkPair) -> bool:
    """ "“Yes to minaret ban” (2009) — “Free pass for all? No.” (2007)", "“Casablanca”
    (1942)": quoted words with a year in brackets right after them are a title or a slogan
    of that year, cited, not anything said."""
    return _YEAR_AFTER.match(text, pair.end) is not None


_NICKNAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def is_nickname(text: str, pair: MarkPair) -> bool:
    """Marcia “Cia” Price, Thomas ‘Tip’ O’Neill: a name in quotes between a first name and a
    surname is what the person is called, not anything said."""
    # no punctuation inside: a headline's ‘Defies Explanation,’ after "Hillary" is words
    content = quoted_words(text, pair)
    before = text[max(0, pair.start - 30) : pair.start]
    after = text[pair.end : pair.end + 2]
    if not _NICKNAME.fullmatch(content) or not before.endswith(" ") or not re.fullmatch(r" [A-Z]", after):
        return False
    first = before.split()[-1] if before.split() else ""
    return is_first_name(first)


MAX_TITLE_WORDS = 8
MAX_SUBTITLE_WORDS = 12
# the words a title or a headline leaves in lower case
TITLE_SMALL_WORDS = frozenset("a an the of in on and for to at by with or as is".split())


def is_title(content: str) -> bool:
    """Every word capitalised and short: a title or a name, not somebody's words."""
    # a dash parts two words ("Ann Lee—Tom Ward"); a hyphen makes one ("Obama-Clinton")
    words = [w for w in re.sub(f"[{LONG_DASHES}]", " ", content).split() if any(ch.isalpha() for ch in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "by", "with", "or"}
    capitalised = [w for w in words if w.lower() not in small]
    return (
        0 < len(words) <= 8
        and bool(capitalised)
        and all(w[:1].isupper() for w in capitalised)
        and len(capitalised) >= 2
    )


def in_headline(context: QuoteContext, pair: MarkPair) -> bool:
    """A short paragraph in title case: "Lee: Councillors ‘Raising The White Flag’ To
    Developers" capitalises quoted words like every other word, so capitals say nothing there."""
    start, end = context.paragraphs[context.paragraph_of(pair.start)]
    outside = itertools.chain(
        _WORD.finditer(context.text, start, pair.start), _WORD.finditer(context.text, pair.end, end)
    )
    # more than 20 words is no headline: the words past that are not read
    words = list(itertools.islice((m.group() for m in outside if any(ch.isalpha() for ch in m.group())), 21))
    significant = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return 2 <= len(words) <= 20 and all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


def sentence_before(context: QuoteContext, pair: MarkPair) -> Span | None:
    """The sentence ending right before a quote, if no quote is in it."""
    span = context.doc.char_span(pair.start, pair.end, alignment_mode="expand")
    last = token_before(span) if span is not None else None
    if last is None or last.text not in TERMINAL_PUNCT | {":"}:
        return None
    sentence = last.sent
    return None if any(context.in_quote(t) for t in sentence) else sentence


def alone_in_paragraph(context: QuoteContext, pair: MarkPair) -> bool:
    """The quote is its paragraph: it opens it and nothing but white space follows it."""
    end = context.paragraphs[context.paragraph_of(pair.start)][1]
    return opens_paragraph(context, pair) and _NOT_SPACE.search(context.text, pair.end, end) is None


def whole_sentence_alone(context: QuoteContext, pair: MarkPair) -> bool:
    """ "“That is nonsense.”" as a paragraph of its own: a short sentence, but a whole one
    with a verb (a subheading in quotes, "‘A change warrior.’", has none)."""
    content = context.text[pair.content_start : pair.content_end].strip()
    words = context.doc.char_span(pair.content_start, pair.content_end, alignment_mode="contract")
    return (
        alone_in_paragraph(context, pair)
        and content[:1].isupper()
        and content.endswith((".", "!", "?"))
        and len(content.split()) >= 2
        and words is not None
        and words.root.pos_ in ("VERB", "AUX")
    )


def is_subheading(context: QuoteContext, pair: MarkPair) -> bool:
    """ "‘A fight from start to finish.’" as a paragraph of its own, in an article whose quotes
    are in double marks: a sub-heading that lifts a phrase from the section below (American
    papers put their sub-headings in single marks), not a statement. Where single marks are
    the house style (British papers) the article has no double-marked quotes, and a single-
    marked paragraph stays a quote."""
    if pair.family != SINGLE or pair.paragraphs > 1 or not alone_in_paragraph(context, pair):
        return False
    words = context.text[pair.content_start : pair.content_end].split()
    return 0 < len(words) <= SUBHEADING_WORDS and any(other.family == DOUBLE for other in context.pairs)


def after_a_media_label(context: QuoteContext, pair: MarkPair) -> bool:
    """ "WATCH: ‘It was terrifying’ - residents describe the flood", "VIDEO: “…”": a link to
    a video, a gallery or a podcast, labelled in capitals, that lifts words from it; a
    heading, not a statement the article reports."""
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(pair.start)]
    before = context.text[paragraph_start : pair.start]
    after = context.text[pair.end : paragraph_end]
    # "WATCH: ‘We will never give up,’ says the mayor." attributes the words: the mayor's
    return _MEDIA_LABEL.fullmatch(before) is not None and _CAPTION_AFTER.match(after) is not None


# the capitalised label of a link to a video, a gallery or a podcast, alone before the quote
_MEDIA_LABEL = re.compile(r"\s*(?:WATCH|VIDEO|LISTEN|AUDIO|PHOTOS?|GALLERY|PODCAST|IN PICTURES)\s*[:|–—-]\s*")
# what follows the lifted words: nothing, or a caption after a dash, a bar or a colon
_CAPTION_AFTER = re.compile(r"\s*(?:$|[|:–—-]\s)")


def comments_on_it(cue: Token) -> bool:
    """“Why does any of that matter now?” Her opponents took it as proof …: a speech verb
    after a quote with the quote as its object ("it", "the remark") is someone commenting on
    the words, not saying them."""
    said = next((child for child in cue.children if child.dep_ == "dobj"), None)
    if said is None or cue.dep_ == "relcl":
        return False  # "the ‘undue burden’ standard that the court announced": a relative "that"
    if any(child.dep_ == "mark" and child.lower_ == "as" for child in cue.children):
        return False  # "“…,” as a memo put it": the "it" is the phrasing, the memo's own
    if not any(child.dep_ == "nsubj" and child.i < cue.i for child in cue.children):
        return False  # “…,” read the statement: an inverted attribution, its subject parsed as object
    return points_back(said)


def points_back(said: Token) -> bool:
    """Whether a verb's object points back at a quote: "it", "this", "the remark", "her words";
    not "those in the country illegally"."""
    if said.lower_ in BACK_POINTERS:
        return not list(said.children)
    return said.lemma_.lower() in WORDS_NOUN_LEMMAS and any(
        c.lower_ in BACK_POINTING_DETERMINERS for c in said.children if c.dep_ in ("det", "poss")
    )
