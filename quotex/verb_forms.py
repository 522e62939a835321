"""The dictionary form of a verb of saying or thinking from the word alone, with no tagger:
cue words read back from quotex's JSONL, and headlines, whose title case makes the tagger
take "Clinton Slams Trump" for one name. Imports only the word lists."""

from __future__ import annotations

from quotex.lexicon import BELIEF_LEMMAS, NOUN_CUE_LEMMAS, POSITION_ACT_LEMMAS, SAYING_LEMMAS

_KNOWN_LEMMAS = SAYING_LEMMAS | BELIEF_LEMMAS | NOUN_CUE_LEMMAS | POSITION_ACT_LEMMAS
# irregular past forms of the verbs of saying and thinking (the rest inflect regularly)
_IRREGULAR = {
    "said": "say", "told": "tell", "thought": "think", "knew": "know", "known": "know",
    "found": "find", "saw": "see", "seen": "see", "felt": "feel", "sought": "seek",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "held": "hold",
    "made": "make", "understood": "understand", "forecast": "forecast", "led": "lead",
}  # fmt: skip


def cue_lemma(word: str) -> str:
    """The dictionary form of a cue word, as far as the cue lists need: "said" → "say",
    "argues" → "argue", "claimed" → "claim", "hoping" → "hope"."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _KNOWN_LEMMAS:
        return word
    stems = []
    if word.endswith(("ies", "ied")):
        stems.append(word[:-3] + "y")
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    return next((stem for stem in stems if stem in _KNOWN_LEMMAS), word)
