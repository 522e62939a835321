"""What kind of cue introduces a quote, read from the cue's words alone (so quotex's JSONL
can be read back the same way): a verb of saying or writing, of thinking, wanting or finding,
a noun, "according to". Imports only the word lists and their verb forms."""

from __future__ import annotations

from quotex.lexicon import BELIEF_LEMMAS, NOUN_CUE_LEMMAS, POSITION_ACT_LEMMAS, SAYING_LEMMAS, THOUGHT_NOUN_LEMMAS
from quotex.verb_forms import cue_lemma

CUE_KINDS = ("speech", "thought", "noun", "according", "none")


def cue_kind(cue: str | None) -> str:
    """What kind of cue introduces a quote: a verb of saying or writing ("speech"), a verb or
    noun of thinking, wanting or finding, or a vote ("thought": "believes", "her plan to",
    "voted"), another noun ("his remarks"), "according to", or none."""
    if not cue:
        return "none"
    words = cue.lower().split()
    if words[0] == "according" or words[0] == "per":
        return "according"
    lemma = cue_lemma(words[-1])
    if lemma in BELIEF_LEMMAS and lemma not in SAYING_LEMMAS or lemma in THOUGHT_NOUN_LEMMAS | POSITION_ACT_LEMMAS:
        return "thought"  # a vote too: a side taken, not words
    if lemma in NOUN_CUE_LEMMAS and lemma not in SAYING_LEMMAS:
        return "noun"
    return "speech"


def indirect_kind(quote_type: str, cue: str | None) -> str | None:
    """What an indirect quote reports: "thought" when its cue is a verb or noun of thinking,
    wanting, planning or finding ("believes", "wants", "found", "his plan to"), else "speech"
    (said, told, wrote, announced, according to, his remarks); None for a quote with marks."""
    if quote_type != "indirect":
        return None
    return "thought" if cue_kind(cue) == "thought" else "speech"
