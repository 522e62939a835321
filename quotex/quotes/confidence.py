"""How likely a quote is right — someone's statement, given to the right speaker — from the
evidence its record shows.

A quote's confidence is a logistic model over named pieces of evidence (``EVIDENCE``, in the
order they are read): the rule that attributed it, its type, what names the speaker (a name,
a pronoun, a description), what kind of cue introduces it (a verb of saying, of thinking or
intending, a noun), whether its closing mark had to be recovered, whether it is reported
inside another report, how long it is and how far the speaker stands from the cue. The
weights are fitted on PolNeAR train (``make calibrate`` runs ``tests/fit_confidence.py``)
and kept in ``quotex/data/confidence.json`` with what they were fitted on; ``quotex eval``
shows how well they hold on other articles (the reliability table).

Everything here reads plain records (``Quote`` and the article text), never spaCy objects,
so the same evidence can be read back from quotex's JSONL.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from quotex.lexicon import COLLECTIVE_NOUNS, DOCUMENT_NOUN_LEMMAS, PERSON_NOUN_LEMMAS, ROLE_HEAD_WORDS
from quotex.models import QUOTE_TYPES, Quote
from quotex.quotes.cues import CUE_KINDS, cue_kind, indirect_kind
from quotex.quotes.rules import all_rules
from quotex.text.marks import MARK_PATTERN

WEIGHTS_RESOURCE = "confidence.json"
SPEAKER_EVIDENCE = ("name", "pronoun", "description", "organisation", "none")
PRONOUNS = frozenset("he she they i we it you him her them".split())
SHORT_WORDS, LONG_WORDS = 4, 40  # a report of under 4 words is rarely a whole statement
SHORT_REPORT_WORDS = 8
SAY_FORMS = frozenset(("say", "says", "said", "saying"))
SPEAKING_NOUNS = PERSON_NOUN_LEMMAS | ROLE_HEAD_WORDS | COLLECTIVE_NOUNS | DOCUMENT_NOUN_LEMMAS
FAR_CHARS = 60  # a speaker this far from the cue was found across a clause or a sentence
# rules whose quotes PolNeAR's gold cannot judge: it annotates no turn of a transcript or an
# interview ("TAPPER: …", "A: …"), which has no marks, so it counts every one wrong. Their
# quotes keep the rule's own rate, and the fit leaves them out.
UNJUDGED_RULES = frozenset({"speaker_label"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a quote's record shows about how it was found."""

    rule: str
    type: str
    speaker: str  # one of SPEAKER_EVIDENCE
    cue: str  # one of CUE_KINDS
    recovered: bool  # a quote with marks whose closing mark is missing
    nested: bool  # an indirect quote whose cue lies inside another indirect quote's words
    words: int
    speaker_distance: int | None  # characters between the speaker's mention and the cue
    cue_word: str = ""  # the cue as written, lower case ("said", "according to")
    first_word: str = ""  # of the quote's words, lower case ("that")
    speaker_after_cue: bool = False  # "said Ann Lee", "according to the report"
    describes_no_one: bool = False  # a description speaker whose head is no one's word


def _describes_no_one(quote: Quote) -> bool:
    """A description speaker whose head word is no person, role, body or document ("the
    abrupt turn", "falter"): the words the layout took for a speaker often are not one."""
    speaker = quote.speaker
    if speaker is None or speaker.kind != "description" or not speaker.name:
        return False
    last = speaker.name.lower().split()[-1]
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    return not any(word in SPEAKING_NOUNS for word in (last, singular))


def speaker_evidence(quote: Quote) -> str:
    speaker = quote.speaker
    if speaker is None or (speaker.name is None and speaker.mention is None):
        return "none"
    if speaker.mention is not None and speaker.mention.text.lower() in PRONOUNS or speaker.kind == "pronoun":
        return "pronoun"
    if speaker.kind == "person":
        return "name"
    return speaker.kind if speaker.kind in SPEAKER_EVIDENCE else "description"


def evidence_of(quote: Quote, quotes: Sequence[Quote], text: str) -> Evidence:
    """The evidence of one quote of an article, among the article's quotes, in its text."""
    cue = quote.cue
    nested = (
        quote.type == "indirect"
        and cue is not None
        and any(
            other is not quote
            and other.type == "indirect"
            and other.start <= cue.start < other.end
            and other.end - other.start > quote.end - quote.start
            for other in quotes
        )
    )
    mention = quote.speaker.mention if quote.speaker is not None else None
    distance = None
    if mention is not None and cue is not None:
        distance = max(0, cue.start - mention.end, mention.start - cue.end)
    return Evidence(
        rule=quote.rule,
        type=quote.type,
        speaker=speaker_evidence(quote),
        cue=cue_kind(cue.text if cue is not None else None),
        recovered=quote.type != "indirect" and not MARK_PATTERN.match(text[quote.end - 1 : quote.end]),
        nested=nested,
        words=len(quote.text.split()),
        speaker_distance=distance,
        cue_word=cue.text.lower() if cue is not None else "",
        first_word=quote.text.split(maxsplit=1)[0].lower() if quote.text.strip() else "",
        describes_no_one=_describes_no_one(quote),
        speaker_after_cue=mention is not None and cue is not None and mention.start > cue.start,
    )


# --- the evidence the model weighs, by name, in the order it is read ---------------------


def _one_of(field: str, value: str) -> Callable[[Evidence], float]:
    return lambda evidence: float(getattr(evidence, field) == value)


def _evidence_features() -> tuple[tuple[str, Callable[[Evidence], float]], ...]:
    features: list[tuple[str, Callable[[Evidence], float]]] = []
    features += [(f"rule={rule.name}", _one_of("rule", rule.name)) for rule in all_rules()]
    features += [(f"type={name}", _one_of("type", name)) for name in QUOTE_TYPES]
    features += [(f"speaker={name}", _one_of("speaker", name)) for name in SPEAKER_EVIDENCE]
    features += [(f"cue={name}", _one_of("cue", name)) for name in CUE_KINDS]
    features += [
        ("recovered", lambda evidence: float(evidence.recovered)),
        ("nested", lambda evidence: float(evidence.nested)),
        (f"under {SHORT_WORDS} words", lambda evidence: float(evidence.words < SHORT_WORDS)),
        (f"over {LONG_WORDS} words", lambda evidence: float(evidence.words > LONG_WORDS)),
        (
            f"speaker over {FAR_CHARS} characters from the cue",
            lambda evidence: float((evidence.speaker_distance or 0) > FAR_CHARS),
        ),
        # the type's evidence differs for quotes with marks and reports
        ("indirect with a pronoun", lambda e: float(e.type == "indirect" and e.speaker == "pronoun")),
        ("indirect with a description", lambda e: float(e.type == "indirect" and e.speaker == "description")),
        ("partial with its cue after it", lambda e: float(e.type == "partial" and e.rule == "cue_after_quote")),
        # reports: "say" is the plain verb of reporting, "that" opens a reported statement,
        # and a short report is more often a fragment of one (or no statement at all)
        ("indirect with 'say'", lambda e: float(e.type == "indirect" and e.cue_word in SAY_FORMS)),
        ("indirect opening with 'that'", lambda e: float(e.type == "indirect" and e.first_word == "that")),
        ("indirect with its speaker after the cue", lambda e: float(e.type == "indirect" and e.speaker_after_cue)),
        ("indirect with a description of no one", lambda e: float(e.type == "indirect" and e.describes_no_one)),
        (
            f"indirect under {SHORT_REPORT_WORDS} words",
            lambda e: float(e.type == "indirect" and e.words < SHORT_REPORT_WORDS),
        ),
    ]
    return tuple(features)


EVIDENCE: tuple[tuple[str, Callable[[Evidence], float]], ...] = _evidence_features()


def features(evidence: Evidence) -> dict[str, float]:
    """The named evidence of a quote that is present (value not 0)."""
    values = {}
    for name, read in EVIDENCE:
        value = read(evidence)
        if value:
            values[name] = value
    return values


@dataclass(frozen=True, slots=True)
class Weights:
    bias: float
    weights: Mapping[str, float]
    fitted_on: str


@functools.lru_cache(maxsize=1)
def _rule_rates() -> dict[str, float]:
    return {rule.name: rule.confidence for rule in all_rules()}


@functools.lru_cache(maxsize=1)
def fitted_weights() -> Weights:
    raw = json.loads(resources.files("quotex").joinpath("data", WEIGHTS_RESOURCE).read_text(encoding="utf-8"))
    return Weights(float(raw["bias"]), {name: float(value) for name, value in raw["weights"].items()}, raw["fitted_on"])


def confidence(evidence: Evidence, weights: Weights | None = None) -> float:
    """The probability that the quote is right, rounded to 0.01."""
    if evidence.rule in UNJUDGED_RULES:
        return _rule_rates()[evidence.rule]
    weights = weights or fitted_weights()
    score = weights.bias + sum(weights.weights.get(name, 0.0) * value for name, value in features(evidence).items())
    return round(1.0 / (1.0 + math.exp(-score)), 2)


def with_confidence(quotes: list[Quote], text: str, weights: Weights | None = None) -> list[Quote]:
    """The article's quotes, each with the confidence its evidence gives and, for indirect
    ones, what kind of report it is (read from the cue word, unless the parse already said
    "not_said")."""
    return [
        dataclasses.replace(
            quote,
            confidence=confidence(evidence_of(quote, quotes, text), weights),
            indirect_kind=quote.indirect_kind
            or indirect_kind(quote.type, quote.cue.text if quote.cue is not None else None),
        )
        for quote in quotes
    ]
