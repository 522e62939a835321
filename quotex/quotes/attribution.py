"""Attribute quoted stretches to a cue and a speaker, and find indirect (reported) speech.

Input: a parsed ``Doc`` and the mark pairs found on its raw text. Each pair is tried
against the attribution layouts of news prose, most specific first; each rule that fires
leaves its name and a confidence on the quote, so a wrong attribution can be traced.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from quotex.entities import Cluster, EntityIndex, normalise_name
from quotex.hygiene import SkippedRange, is_skipped
from quotex.models import Quote, QuoteSpeaker, Span, Speaker, Term
from quotex.quotes.marks import MarkPair

# Verbs (lemmas) that introduce speech or writing in news; textacy and the Gender Gap
# Tracker use lists of the same kind.
CUE_LEMMAS = frozenset(
    """say tell add write tweet post insist warn claim explain note ask state declare announce
    argue continue reply respond recall acknowledge admit confirm deny suggest predict caution
    urge vow promise complain describe call joke quip remark comment observe report reveal
    stress emphasize emphasise mention concede contend assert maintain allege testify recount
    boast scoff shout yell cry exclaim whisper mutter retort counter agree conclude inform
    threaten accuse blame question wonder demand plead pledge proclaim repeat reiterate lament
    muse chant read interject interrupt offer brag gush grumble snap charge dismiss label brand
    term dub describe characterize characterise hail praise criticize criticise condemn
    denounce decry slam blast thank apologize apologise recommend propose estimate indicate
    signal hint text email message write urge order instruct advise sing pray express""".split()
)
# Cues that take a reported clause ("X said that ..."): the indirect-quote verbs.
# Verbs that attribute content to a source (PARC/PolNeAR's sense of attribution): saying,
# believing and knowing, intending, and evidence "showing" something. The reported content
# is the verb's clause, object or prepositional complement.
SAYING_LEMMAS = frozenset(
    """say tell claim argue insist warn add note explain acknowledge admit confirm deny suggest
    predict report announce state allege contend assert maintain stress emphasize emphasise concede
    testify conclude indicate agree complain recall write tweet post estimate caution signal hint
    declare promise vow pledge threaten charge accuse point mention remark comment respond reply
    ask question urge demand call describe characterize criticize criticise praise blame condemn
    denounce defend endorse support oppose reject dismiss dispute challenge counter propose
    recommend cite reiterate repeat disclose reveal boast brag joke quip lament acknowledge
    email text insist predict forecast speculate tout decry slam blast applaud welcome back
    attack discuss refuse decline offer express release favor favour prefer embrace oppose
    acknowledge hail reject rule""".split()
)
BELIEF_LEMMAS = frozenset(
    """believe think know expect hope fear worry doubt feel suspect assume consider guess
    understand realize realise recognize recognise decide determine find see view regard
    want plan intend seek aim wish vow show demonstrate prove like dislike hate love""".split()
)
# Verbs whose content follows a preposition: "talked about the economy", "called for a ban"
PHRASAL_LEMMAS = frozenset(
    """talk speak call advocate push argue fight campaign vote worry care think hear learn point
    refer respond react object apologize apologise complain comment testify lobby press rally
    believe warn hint joke boast brag insist agree disagree lash focus dwell elaborate weigh
    rail lament muse reflect reminisce speculate""".split()
)
# Nouns that carry attributed content: "his remarks about", "her criticism of", "a plan to"
NOUN_CUE_LEMMAS = frozenset(
    """statement remark comment criticism claim proposal plan call warning argument support
    opposition view position concern fear hope complaint accusation allegation assertion promise
    pledge vow threat denial suggestion belief demand insistence prediction assessment
    explanation announcement endorsement attack praise""".split()
)
INDIRECT_CUE_LEMMAS = SAYING_LEMMAS | BELIEF_LEMMAS
# object complements count only for verbs whose object is itself the content ("endorsed
# Clinton", "criticized the deal"), not for "tell" (whose object is the hearer)
# (nor for verbs whose object is the vehicle or a thing: "released a video", "found a way")
OBJECT_CONTENT_LEMMAS = INDIRECT_CUE_LEMMAS - {
    "tell",
    "ask",
    "urge",
    "call",
    "warn",
    "accuse",
    "blame",
    "charge",
    "inform",
    "find",
    "release",
    "post",
    "respond",
    "decide",
    "refuse",
    "see",
    "write",
    "seek",
    "offer",
    "make",
    "text",
    "email",
}
PREPOSITION_CONTENT = {"about", "of", "for", "on", "against", "over"}
# prepositions that carry content only after particular verbs: "pointed to", "believe in"
VERB_PREPOSITIONS = {
    "to": {"point", "refer", "respond", "react", "object", "allude"},
    "in": {"believe"},
    "at": {"lash", "rail", "aim", "hint"},
    "with": {"agree", "disagree", "side"},
}
# verbs outside the lexicon never report: their clauses were right too rarely to pay
GENERIC_COMPLEMENTS: tuple[str, ...] = ()
SOURCE_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
SOURCE_PRONOUNS = {"he", "she", "they"}
# "speaking on Sky News", "talked for an hour": only "about" gives these verbs content
MEDIUM_VERBS = {"speak", "talk", "write", "post", "tweet", "testify", "comment"}
NON_SOURCE_SUBJECTS = {"it", "there", "what", "this", "that", "which", "who"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "we"}
SPEAKER_DEPS = ("nsubj", "nsubjpass")
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "attr"}
NP_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod"}
# how far a rule may look for its cue, in tokens
ADJACENT_CUE_WINDOW = 12
TERMINAL_PUNCT = {".", "!", "?"}
# how far up the parse a quote may be from the verb that reports it
MAX_HEAD_STEPS = 8
# a reported clause opening with these is an embedded question, not reported content
QUESTION_WORDS = {"how", "what", "whether", "why", "if", "when", "where", "who", "which", "whom"}

CONFIDENCE = {
    "cue_governs_quote": 0.9,
    "cue_after_quote": 0.85,
    "cue_before_quote": 0.8,
    "according_to": 0.85,
    "colon_intro": 0.8,
    "dash_after_quote": 0.75,
    "split_quote": 0.85,
    "continuation": 0.7,
    "verb_intro": 0.7,
    "verb_after_quote": 0.7,
    "headline_colon": 0.75,
    "previous_sentence": 0.55,
    "recent_speaker": 0.45,
    "unattributed": 0.3,
    "reported_clause": 0.6,
    "reported_noun": 0.5,
}


@dataclass(slots=True)
class _Found:
    """A quote under construction (token-level), before it becomes a ``Quote`` record."""

    pairs: list[MarkPair]
    type: str
    rule: str
    cue: Any = None  # Token
    speaker_span: tuple[int, int] | None = None  # token indices [start, end)
    speaker_token: Any = None
    paragraph: int = 0
    resolved: tuple[str | None, str | None, str] | None = None  # (id, name, kind)
    role: str | None = None
    extra_fragments: list[tuple[int, int]] = field(default_factory=list)


class _Context:
    """Per-document lookups shared by the rules."""

    def __init__(self, doc: Any, pairs: list[MarkPair], paragraphs: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.paragraphs = paragraphs
        self.quote_of_token = [-1] * len(doc)
        for number, pair in enumerate(pairs):
            span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.quote_of_token[token.i] = number

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def in_quote(self, token: Any) -> bool:
        return self.quote_of_token[token.i] >= 0


def is_cue(token: Any) -> bool:
    return (
        token.lemma_.lower() in CUE_LEMMAS
        and token.pos_ in ("VERB", "AUX")
        or (token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to")
    )


def extract_quotes(
    doc: Any,
    pairs: list[MarkPair],
    paragraphs: list[tuple[int, int]],
    entities: EntityIndex,
    skipped: list[SkippedRange] = (),  # type: ignore[assignment]
    *,
    indirect: bool = True,
) -> tuple[list[Quote], list[Term], list[Speaker]]:
    pairs = [p for p in pairs if not is_skipped(p.start, p.end, list(skipped)) and p.content_end > p.content_start]
    context = _Context(doc, pairs, paragraphs)
    found: list[_Found] = []
    terms: list[Term] = []
    for number, pair in enumerate(pairs):
        span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        quote_type = _quote_type(context, pair, span)
        attribution = _attribute(context, pair, span, number)
        paragraph = context.paragraph_of(pair.start)
        if attribution is None:
            previous = found[-1] if found else None
            if previous is not None and previous.paragraph == paragraph and previous.rule != "unattributed":
                if previous.type == quote_type:
                    previous.pairs.append(pair)  # “…,” he said. “…” — one statement
                    continue
                if quote_type == "direct":
                    # ‘…’ Mr. Chipok said of the partial quote, then his next sentence
                    found.append(
                        _Found(
                            [pair],
                            "direct",
                            "split_quote",
                            previous.cue,
                            previous.speaker_span,
                            previous.speaker_token,
                            paragraph,
                        )
                    )
                    continue
            if previous is not None and previous.type == "direct" and quote_type == "direct":
                if previous.paragraph == paragraph - 1 and _opens_paragraph(context, pair):
                    found.append(
                        _Found(
                            [pair],
                            "direct",
                            "continuation",
                            previous.cue,
                            previous.speaker_span,
                            previous.speaker_token,
                            paragraph,
                        )
                    )
                    continue
            # weakest: the sentence before names the speaker without a quote of its own
            fallback = _previous_sentence(context, pair, span, number)
            if fallback is not None:
                rule, cue, speaker_token = fallback
                found.append(
                    _Found([pair], quote_type, rule, cue, _speaker_span(speaker_token), speaker_token, paragraph)
                )
                continue
            reason = _term_reason(context, pair, quote_type)
            if reason is not None:
                terms.append(Term(_content(context.text, pair), pair.start, pair.end, reason))
                continue
            recent = _recent_speaker(found, paragraph)
            if quote_type == "direct" and recent is not None:
                # a quote paragraph with no attribution of its own, shortly after a quoted
                # speaker, goes on with that speaker (the story's voice at that point)
                found.append(
                    _Found(
                        [pair],
                        "direct",
                        "recent_speaker",
                        recent.cue,
                        recent.speaker_span,
                        recent.speaker_token,
                        paragraph,
                    )
                )
                continue
            found.append(_Found([pair], quote_type, "unattributed", paragraph=paragraph))
            continue
        rule, cue, speaker_token = attribution
        if quote_type == "partial" and _is_title(_content(context.text, pair)):
            # ‘Morning Joe’, “Black Lives Matter”: a name in quotes, even next to a speech verb
            terms.append(Term(_content(context.text, pair), pair.start, pair.end, "title_or_name"))
            continue
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.paragraph == paragraph
            and previous.type == quote_type
            and _same_attribution(previous, cue, speaker_token)
        ):
            # “…,” he said, “…” and ‘fake’ and ‘lies’: one statement in several pieces
            previous.pairs.append(pair)
            continue
        found.append(_Found([pair], quote_type, rule, cue, _speaker_span(speaker_token), speaker_token, paragraph))

    reported = _find_reported_clauses(context, found, skipped) if indirect else []
    found.extend(reported)
    found.sort(key=lambda f: f.pairs[0].start if f.pairs else f.extra_fragments[0][0])
    _resolve_speakers(context, found, entities)
    speakers = _speaker_records(found)  # first: it gives described speakers their ids
    quotes = [_to_quote(context, f) for f in found]
    return quotes, terms, speakers


# how many paragraphs back an unattributed quote may inherit the last quoted speaker
RECENT_SPEAKER_PARAGRAPHS = 2


def _recent_speaker(found: list[_Found], paragraph: int) -> _Found | None:
    for item in reversed(found):
        if paragraph - item.paragraph > RECENT_SPEAKER_PARAGRAPHS:
            return None
        if item.speaker_span is not None and item.type in ("direct", "partial"):
            return item
    return None


def _same_attribution(previous: _Found, cue: Any, speaker_token: Any) -> bool:
    if cue is not None and previous.cue is not None:
        return bool(previous.cue.i == cue.i)
    return (
        cue is None
        and previous.cue is None
        and previous.speaker_token is not None
        and (speaker_token is not None and previous.speaker_token.i == speaker_token.i)
    )


def _is_title(content: str) -> bool:
    """Every word capitalised and short: a title or a name, not somebody's words."""
    words = [w for w in content.replace("—", " ").split() if any(ch.isalpha() for ch in w)]
    small = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "by", "with", "or"}
    capitalised = [w for w in words if w.lower() not in small]
    return (
        0 < len(words) <= 8
        and bool(capitalised)
        and all(w[:1].isupper() for w in capitalised)
        and len(capitalised) >= 2
    )


def _content(text: str, pair: MarkPair) -> str:
    return " ".join(text[start:end].strip() for start, end in pair.pieces)


def _opens_paragraph(context: _Context, pair: MarkPair) -> bool:
    return pair.start == context.paragraphs[context.paragraph_of(pair.start)][0]


def _quote_type(context: _Context, pair: MarkPair, span: Any) -> str:
    """Direct when the quote stands as a sentence of its own, partial when woven into one."""
    text = context.text
    before = text[context.paragraphs[context.paragraph_of(pair.start)][0] : pair.start].rstrip()
    content = text[pair.content_start : pair.content_end].strip()
    words = content.split()
    if not words:
        return "partial"
    if pair.paragraphs > 1:
        return "direct"
    starts_sentence = not before or before[-1] in ".:!?—–-" or before.endswith((",", "…"))
    token_before = span[0].nbor(-1) if span.start > 0 else None
    after_cue = token_before is not None and is_cue(token_before)
    capital = words[0][0].isupper() or words[0][0] in "…." or not words[0][0].isalpha()
    sentence_like = capital and (len(words) >= 4 or content[-1:] in ".!?,")
    if (starts_sentence or after_cue) and sentence_like:
        return "direct"
    if starts_sentence and not before and len(words) >= 4:
        return "direct"
    return "partial"


def _term_reason(context: _Context, pair: MarkPair, quote_type: str) -> str | None:
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


def _attribute(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """(rule, cue token, speaker token) for a quote, or None when nothing attributes it."""
    for finder in (
        _adjacent_cue_after,
        _governing_cue,
        _cue_after,
        _cue_before,
        _according_to,
        _colon_intro,
        _verb_after,
        _dash_speaker,
        _headline_colon,
    ):
        result = finder(context, pair, span, number)
        if result is not None:
            return result
    return None


def _speaker_of(cue: Any, context: _Context | None = None) -> Any:
    """The grammatical speaker of a cue verb: its subject, the agent of a passive, ..."""
    if cue.lower_ == "according":
        to = cue.nbor()
        objects = [child for child in to.children if child.dep_ == "pobj"]
        return objects[0] if objects else None
    verb = cue
    for _ in range(3):
        # in “Every single amendment,” said Cruz the parser may give the verb two subjects
        subjects = [
            child
            for child in verb.children
            if child.dep_ in SPEAKER_DEPS and (context is None or not context.in_quote(child))
        ]
        if subjects:
            subject = subjects[0]
            # "Peskov, who said ...": the speaker is named by "who", resolved to Peskov later
            return subject
        agents = [
            grand
            for child in verb.children
            if child.dep_ == "agent"
            for grand in child.children
            if grand.dep_ == "pobj"
        ]
        if agents:
            return agents[0]
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head is not verb:
            verb = verb.head  # "he paused and added", "speaking to reporters, she said"
            continue
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "attr") and verb.head.head is not verb.head:
            verb = verb.head.head  # "she released a statement saying": she
            if verb.dep_ == "prep":
                verb = verb.head
            continue
        if verb.dep_ == "relcl":
            return _appositive_head(verb.head)
        break
    return None


def _noun_phrase_after(cue: Any) -> Any:
    """ "“…,” said the woman, who …": the noun phrase right after an inverted speech verb,
    whatever the parser attached it to."""
    doc = cue.doc
    for index in range(cue.i + 1, min(cue.i + 5, len(doc))):
        token = doc[index]
        if token.pos_ in ("NOUN", "PROPN"):
            while token.dep_ == "compound" and token.head.i > token.i:
                token = token.head
            return token
        if token.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN") and token.text not in ("’s", "'s"):
            return None
    return None


def _appositive_head(token: Any) -> Any:
    """ "said Scott Reed, the Chamber's strategist, who added": the speaker is Reed."""
    while token.dep_ == "appos" and token.head is not token:
        token = token.head
    return token


def _accept(rule: str, cue: Any, context: _Context, *, inverted: bool = False) -> tuple[str, Any, Any] | None:
    speaker = _speaker_of(cue, context)
    if speaker is None and inverted:
        # “…,” wrote a Trump supporter: the parser may take the late subject as an object
        speaker = next(
            (
                child
                for child in cue.rights
                if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if speaker is None:
            speaker = _noun_phrase_after(cue)
    if speaker is None or context.in_quote(speaker):
        return None
    if cue.lower_ == "according":
        rule = "according_to"
    return rule, cue, speaker


def _governing_cue(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """The speech verb up the parse from the quote: “…,” he said / described it as ‘fake’."""
    inside = set(range(span.start, span.end))
    for token in span:
        if token.is_punct or token.head.i in inside and token.head is not token:
            continue
        head = token.head
        for _ in range(MAX_HEAD_STEPS):
            # climbing through another quote is fine: ‘fake’ and ‘lies’ share one verb
            if head.i in inside:
                break
            if is_cue(head) and not context.in_quote(head):
                return _accept("cue_governs_quote", head, context)
            if head.head is head:
                break
            head = head.head
    return None


def _tokens_outside(context: _Context, tokens: Any) -> list[Any]:
    return [t for t in tokens if not context.in_quote(t)]


def _clause_window(context: _Context, span: Any, direction: int) -> list[Any]:
    """Tokens next to a quote, up to a sentence end outside quotes or the paragraph's edge.

    Not the parser's sentences: after “…?” the parser often starts a new sentence, but
    in “…?” Trump asked. the cue belongs with the quote.
    """
    doc = context.doc
    paragraph_start, paragraph_end = context.paragraphs[context.paragraph_of(doc[span.start].idx)]
    window: list[Any] = []
    index = span.end if direction > 0 else span.start - 1
    limit = ADJACENT_CUE_WINDOW if direction > 0 else 2 * ADJACENT_CUE_WINDOW
    while 0 <= index < len(doc) and len(window) < limit:
        token = doc[index]
        if token.idx >= paragraph_end or token.idx < paragraph_start or context.in_quote(token):
            break
        if direction < 0 and token.text in TERMINAL_PUNCT:
            break
        if token.is_space:
            index += direction
            continue
        window.append(token)
        if direction > 0 and token.text in TERMINAL_PUNCT:
            break
        index += direction
    return window


def _cue_after(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    window = _clause_window(context, span, +1)
    for token in window:
        if is_cue(token):
            return _accept("cue_after_quote", token, context, inverted=True)
    return None


def _verb_after(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """“Go back to Univision,” Trump barked: a quote ending in a comma (or ? or !) hands
    over to its attribution, whatever the verb."""
    window = _clause_window(context, span, +1)
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!") or context.text[pair.end : pair.end + 1] == ","):
        return None
    for token in window[:4]:
        # a verb by tag but a noun by function ("Trump" tagged VB as a subject) is skipped
        if token.pos_ == "VERB" and token.dep_ not in NOMINAL_DEPS:
            subject = _speaker_of(token, context)
            if subject is not None and _names_someone(subject):
                return "verb_after_quote", token, subject
            if subject is None and token.i == window[0].i:
                subject = _noun_phrase_after(token)  # “…,” exhorted her introducer
                if subject is not None:
                    return "verb_after_quote", token, subject
            break
    return None


def _adjacent_cue_after(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """`…,” she said` right after the quote beats any speech verb further up the parse:
    the news convention puts the attribution there."""
    content = context.text[pair.content_start : pair.content_end].rstrip()
    if not (content[-1:] in (",", "?", "!", "—") or context.text[pair.end : pair.end + 1] == ","):
        return None
    for token in _clause_window(context, span, +1)[:4]:
        if is_cue(token):
            return _accept("cue_after_quote", token, context, inverted=True)
    return None


def _names_someone(token: Any) -> bool:
    return (
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or token.lower_ in PRONOUN_GENDER
        or token.lower_ in PLURAL_PRONOUNS
        or (token.pos_ in ("PROPN", "NOUN") and token.dep_ in SPEAKER_DEPS)
        # a capitalised subject is a name even when the tagger took it for a verb
        or (token.dep_ in SPEAKER_DEPS and token.text[:1].isupper())
    )


def _cue_before(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    window = _clause_window(context, span, -1)
    for token in window:
        if is_cue(token):
            return _accept("cue_before_quote", token, context)
    # "Hillary shot back, “…”": any verb with a named subject, right before ", “" or ": “"
    if len(window) >= 2 and window[0].text in (",", ":") and window[1].pos_ == "VERB":
        verb = window[1]
        subject = _speaker_of(verb, context)
        if subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PRONOUN_GENDER):
            return "verb_intro", verb, subject
    if len(window) >= 3 and window[0].text == "," and window[1].lower_ == "it" and window[2].lemma_ == "put":
        subject = _speaker_of(window[2], context)  # "As Vulture put it, “…”"
        if subject is not None:
            return "verb_intro", window[2], subject
    if (
        window
        and window[0].text in (",", ":")
        and len(window) >= 3
        and window[1].pos_ == "PART"
        and window[2].pos_ == "VERB"
    ):
        verb = window[2]  # "she shot back," with the particle between: shot back ,
        subject = _speaker_of(verb, context)
        if subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PRONOUN_GENDER):
            return "verb_intro", verb, subject
    if window and window[0].text == ":":
        # "Kasich resisted: “…”", "More from Jones: “…”": the clause before the colon names
        # the speaker, as its subject or as the last person in it
        root = window[1].sent.root if len(window) > 1 else None
        if root is not None and not context.in_quote(root):
            subject = _speaker_of(root, context)
            if (
                subject is not None
                and subject.lower_ not in NON_SOURCE_SUBJECTS
                and subject.pos_ in ("PROPN", "NOUN", "PRON")
            ):
                return "colon_intro", None, subject  # "Hoff’s letter makes the case: “…”"
        people = [t for t in window[1:] if t.ent_type_ == "PERSON"]
        if people:
            return "colon_intro", None, people[0]
    return None


def _according_to(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    sentence = span[0].sent
    for token in _tokens_outside(context, sentence):
        if token.lower_ == "according" and token.i + 1 < len(context.doc) and token.nbor().lower_ == "to":
            return _accept("according_to", token, context)
    return None


def _colon_intro(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """``X said:`` (or "X released the following statement:") closing the previous sentence
    or paragraph, the quote following it."""
    text = context.text
    before = text[max(0, pair.start - 400) : pair.start].rstrip()
    if not before.endswith(":") or span.start == 0:
        return None
    colon = context.doc.char_span(
        len(before) - 1 + max(0, pair.start - 400), len(before) + max(0, pair.start - 400), alignment_mode="expand"
    )
    if colon is None:
        return None
    return _speaker_in_sentence(context, colon[0].sent, "colon_intro", end=colon[0].i)


def _speaker_in_sentence(
    context: _Context, sentence: Any, rule: str, *, end: int | None = None
) -> tuple[str, Any, Any] | None:
    """The speaker a sentence introduces: a speech verb's subject, else its main subject
    when that names someone, else the last person it names."""
    tokens = [t for t in sentence if (end is None or t.i < end) and not context.in_quote(t)]
    for token in reversed(tokens):
        if is_cue(token):
            result = _accept(rule, token, context)
            if result is not None:
                return result
    root = sentence.root
    if not context.in_quote(root):
        subject = _speaker_of(root, context)
        if subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PRONOUN_GENDER):
            return rule, None, subject
    people = [t for t in tokens if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if people:
        return rule, None, people[-1]
    return None


def _previous_sentence(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """A quoted sentence standing alone after a sentence about someone: news leaves the
    attribution to the sentence before ("Clinton touted her record. “We need …”")."""
    doc = context.doc
    if span.start == 0 or _quote_type(context, pair, span) != "direct":
        return None
    if _term_reason(context, pair, "direct") is not None:
        return None  # two or three quoted words alone are no statement to hand on
    previous_token = doc[span.start - 1]
    while previous_token.is_space and previous_token.i > 0:
        previous_token = doc[previous_token.i - 1]
    if previous_token.text not in TERMINAL_PUNCT and not context.in_quote(previous_token):
        return None
    same_paragraph = context.paragraph_of(previous_token.idx) == context.paragraph_of(pair.start)
    if not same_paragraph:
        # across a paragraph break only an explicit speech verb hands the quote on, and a
        # paragraph that ended with a quote hands on by continuation, decided by the caller
        sentence = previous_token.sent
        if any(context.in_quote(t) for t in sentence):
            return None
        tokens = list(sentence)
        for token in reversed(tokens):
            if is_cue(token):
                return _accept("previous_sentence", token, context)
        return None
    return _speaker_in_sentence(context, previous_token.sent, "previous_sentence")


def _dash_speaker(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """``“…” — Jane Doe``: a dash and a name after the quote."""
    doc = context.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in ("—", "–", "-", "--"):
        return None
    name = doc[span.end + 1]
    if name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN":
        return "dash_after_quote", None, name
    return None


def _headline_colon(context: _Context, pair: MarkPair, span: Any, number: int) -> tuple[str, Any, Any] | None:
    """Headline style "Clinton: Time for ‘intensification’ of ISIL strategy": the name
    before a colon that opens the paragraph speaks what follows."""
    doc = context.doc
    paragraph_start, _ = context.paragraphs[context.paragraph_of(pair.start)]
    head_text = context.text[paragraph_start : pair.start]
    colon = head_text.find(":")
    if colon <= 0 or len(head_text[:colon].split()) > 5:
        return None
    name = doc.char_span(paragraph_start, paragraph_start + colon, alignment_mode="expand")
    if name is None or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    return "headline_colon", None, name[-1]


def _speaker_span(token: Any) -> tuple[int, int] | None:
    """Token range of the speaker's name: the entity it belongs to, or its noun phrase."""
    if token is None:
        return None
    doc = token.doc
    if token.ent_type_ and token.ent_iob_ != "O":
        # the entity around the token, from the IOB tags (Doc.ents rebuilds every Span)
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while end > start + 1 and doc[end - 1].tag_ == "POS":
            end -= 1
        return start, end
    start = token.i
    for child in token.lefts:
        if child.dep_ in NP_LEFT_DEPS and not child.is_punct:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at")):
            end = max(end, child.right_edge.i + 1)
    return start, end


def _role_of(token: Any) -> str | None:
    for child in token.children:
        if child.dep_ == "appos":
            words = [t for t in child.subtree if not t.is_punct or t.text in "’'-"]
            if words:
                return token.doc[words[0].i : words[-1].i + 1].text
    return None


def _find_reported_clauses(context: _Context, found: list[_Found], skipped: Any) -> list[_Found]:
    """Indirect quotes: an attribution verb with its content (clause, object or prepositional
    complement) and no quote marks in it; and "according to X" with its clause."""
    used = {f.cue.i for f in found if f.cue is not None}
    doc = context.doc
    reported: list[_Found] = []
    for token in doc:
        if token.i in used or context.in_quote(token):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor().lower_ == "to":
            item = _according_to_clause(context, token)
        elif token.pos_ == "VERB":
            item = _reported_content(context, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_CUE_LEMMAS:
            item = _noun_content(context, token)
        else:
            continue
        if item is None:
            continue
        start, end = item.extra_fragments[0]
        if is_skipped(start, end, list(skipped)):
            continue
        reported.append(item)
    return reported


def _content_range(doc: Any, head: Any) -> tuple[int, int]:
    return _trim(doc, head.left_edge.i, head.right_edge.i + 1)


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Token range without punctuation or white space at either end."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _indirect(context: _Context, rule: str, cue: Any, speaker: Any, start: int, end: int) -> _Found:
    """An indirect quote: content tokens [start, end), its cue and its speaker."""
    doc = context.doc
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return _Found(
        [],
        "indirect",
        rule,
        cue,
        _speaker_span(speaker),
        speaker,
        context.paragraph_of(char_start),
        extra_fragments=[(char_start, char_end)],
    )


def _reported_content(context: _Context, verb: Any) -> _Found | None:
    doc = context.doc
    lemma = verb.lemma_.lower()
    known = lemma in INDIRECT_CUE_LEMMAS
    content = None
    for child in verb.children:
        if child.i < verb.i:
            # "The plan is dead, officials said.": the clause may come first
            if child.dep_ == "ccomp" and lemma in SAYING_LEMMAS:
                content = child
                break
            continue
        if child.dep_ in ("ccomp", "xcomp") and (known or child.dep_ in GENERIC_COMPLEMENTS):
            content = child
            break
        if child.dep_ == "dobj" and lemma in OBJECT_CONTENT_LEMMAS and content is None:
            content = child
        elif (
            child.dep_ == "prep"
            and content is None
            and (lemma in SAYING_LEMMAS or lemma in PHRASAL_LEMMAS)
            and (child.lower_ in PREPOSITION_CONTENT or lemma in VERB_PREPOSITIONS.get(child.lower_, ()))
            and not (lemma in MEDIUM_VERBS and child.lower_ != "about")
        ):
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                content = objects[0]
    if content is None:
        return None
    start, end = _content_range(doc, content)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    if content.dep_ == "ccomp" and doc[start].lower_ in QUESTION_WORDS and lemma != "ask":
        return None  # "did not reveal how many ..." is an embedded question, not content
    speaker = _speaker_of(verb, context)
    if speaker is None or start <= speaker.i < end:
        return None
    relative = speaker.lower_ in RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl"
    if (
        speaker.lower_ in NON_SOURCE_SUBJECTS
        and not relative
        and not (speaker.lower_ == "it" and lemma in SAYING_LEMMAS)
    ):
        return None  # an expletive or no source at all; "it said" is a company or a report
    if speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if not known and not (speaker.ent_type_ in SOURCE_ENTITY_TYPES or speaker.lower_ in SOURCE_PRONOUNS):
        return None
    return _indirect(context, "reported_clause", verb, speaker, start, end)


def _noun_content(context: _Context, noun: Any) -> _Found | None:
    """ "his remarks about immigration", "Trump's call for a ban": a possessor speaks."""
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
        return None
    content = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp"):
            content = child
            break
        if child.dep_ == "prep" and child.lower_ in PREPOSITION_CONTENT:
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                content = objects[0]
                break
    if content is None:
        return None
    start, end = _content_range(doc, content)
    if end <= start or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return _indirect(context, "reported_noun", noun, owners[0], start, end)


def _according_to_clause(context: _Context, according: Any) -> _Found | None:
    """ "According to the report, the plant will close": the source and the rest of the clause."""
    doc = context.doc
    to = according.nbor()
    sources = [child for child in to.children if child.dep_ == "pobj"]
    if not sources:
        return None
    phrase_start, phrase_end = according.i, max(to.right_edge.i + 1, according.right_edge.i + 1)
    sentence = according.sent
    before = (sentence.start, phrase_start)
    after = (phrase_end, sentence.end)
    start, end = _trim(doc, *max(before, after, key=lambda r: r[1] - r[0]))
    if end - start < 3 or any(context.in_quote(t) for t in doc[start:end]):
        return None
    return _indirect(context, "according_to", according, sources[0], start, end)


def _resolve_speakers(context: _Context, found: list[_Found], entities: EntityIndex) -> None:
    """Give each quote's speaker a canonical name: entity, pronoun antecedent or description."""
    doc = context.doc
    salient = _subject_mentions(context, entities)
    for item in found:
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
            antecedent = _antecedent(context, pronoun, mention.start_char, salient, entities)
            if antecedent is not None:
                if antecedent.gender is None and pronoun in PRONOUN_GENDER:
                    antecedent.gender = PRONOUN_GENDER[pronoun]
                item.resolved = (antecedent.id, antecedent.name, antecedent.kind)
                bisect.insort(salient, (mention.start_char, antecedent), key=lambda entry: entry[0])
            else:
                item.resolved = (None, None, "pronoun")
            continue
        # the head decides: in "Vladimir Putin’s spokesman" the speaker is the spokesman
        anchor = head if head is not None else mention[-1]
        if relative:
            anchor = _appositive_head(head.head.head)  # "Sanders, who says": Sanders
            start, end = _speaker_span(anchor)  # type: ignore[misc]
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
            item.resolved = (None, _description(mention), "description")
        if head is not None:
            item.role = _role_of(anchor)


def _appositive_name(token: Any, entities: EntityIndex) -> Cluster | None:
    for child in token.children:
        if child.dep_ == "appos":
            cluster = entities.cluster_at(child.idx, child.idx + len(child.text))
            if cluster is not None and cluster.kind == "person":
                return cluster
    return None


def _subject_mentions(context: _Context, entities: EntityIndex) -> list[tuple[int, Cluster]]:
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
            if root.dep_ in SPEAKER_DEPS and (root.head.dep_ == "ROOT" or is_cue(root.head)):
                out.append((mention.start, cluster))
    out.sort(key=lambda entry: entry[0])
    _learn_genders(context, entities, out)
    return out


def _learn_genders(context: _Context, entities: EntityIndex, subjects: list[tuple[int, Cluster]]) -> None:
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
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender == "m":
                tally[0] += 1
            elif gender == "f":
                tally[1] += 1
    for cluster in entities.people():
        male, female = votes.get(cluster.id, (0, 0))
        if cluster.gender is None and (male or female) and not (male and female):
            cluster.gender = "m" if male else "f"


def _description(mention: Any) -> str:
    """ "the influential US daily" -> "influential US daily": a name for a described speaker."""
    tokens = [t for t in mention if not t.is_punct]
    if tokens and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    if not tokens:
        return mention.text
    return mention.doc[tokens[0].i : tokens[-1].i + 1].text


# a subject named this many paragraphs back still beats a person named in passing since
SALIENCE_PARAGRAPHS = 3


def _antecedent(
    context: _Context, pronoun: str, position: int, salient: list[tuple[int, Cluster]], entities: EntityIndex
) -> Cluster | None:
    """The person a "he"/"she" before a speech verb refers to, or None."""
    if pronoun in PLURAL_PRONOUNS or pronoun not in PRONOUN_GENDER:
        return None
    gender = PRONOUN_GENDER[pronoun]
    paragraph = context.paragraph_of(position)
    for where, cluster in reversed(salient):
        if where >= position:
            continue
        if paragraph - context.paragraph_of(where) > SALIENCE_PARAGRAPHS:
            break
        if cluster.gender in (None, gender):
            return cluster
    latest: tuple[int, Cluster] | None = None
    for cluster in entities.people():
        if cluster.gender not in (None, gender):
            continue
        before = [m.start for m in cluster.mentions if m.start < position]
        if before and (latest is None or max(before) > latest[0]):
            latest = (max(before), cluster)
    return latest[1] if latest else None


def _to_quote(context: _Context, item: _Found) -> Quote:
    text = context.text
    pieces = [piece for pair in item.pairs for piece in pair.pieces] + item.extra_fragments
    fragments = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1  # the comma before "he said" belongs to the frame, not the statement
        if end > start:
            fragments.append(Span(text[start:end], start, end))
    joiner = " … " if item.type == "partial" else " "
    if item.pairs:
        start, end = item.pairs[0].start, item.pairs[-1].end
    else:
        start, end = fragments[0].start, fragments[-1].end
    cue = None
    if item.cue is not None:
        cue_token = item.cue
        cue_end = cue_token.i + 2 if cue_token.lower_ == "according" else cue_token.i + 1
        cue_span = context.doc[cue_token.i : cue_end]
        cue = Span(cue_span.text, cue_span.start_char, cue_span.end_char)
    speaker = None
    if item.speaker_span is not None or item.resolved is not None:
        mention = None
        if item.speaker_span is not None:
            span = context.doc[item.speaker_span[0] : item.speaker_span[1]]
            mention = Span(span.text, span.start_char, span.end_char)
        speaker_id, name, kind = item.resolved or (None, None, "description")
        speaker = QuoteSpeaker(speaker_id, name, kind, mention)
    return Quote(
        text=joiner.join(f.text for f in fragments),
        start=start,
        end=end,
        type=item.type,
        fragments=fragments,
        speaker=speaker,
        cue=cue,
        rule=item.rule,
        confidence=CONFIDENCE[item.rule] * (0.8 if any(not p.closed for p in item.pairs) else 1.0),
    )


def _speaker_records(found: list[_Found]) -> list[Speaker]:
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
