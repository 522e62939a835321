"""Every rule quotex reports in ``Quote.rule``, with how often it was right.

A rule's ``confidence`` is how often it was right on PolNeAR train (speaker accuracy for
quotes with marks, precision for indirect ones), rounded down to 0.05, as ``quotex rules``
shows it. A quote's own confidence weighs its rule with the rest of its evidence (the
speaker's mention, the cue, recovered marks, ...): ``quotex.quotes.confidence``.
The layouts that find each rule, in the order they are tried, are in ``quotex.quotes.rules``.
"""

from __future__ import annotations

from quotex.quotes.records import Rule

# no measure (PolNeAR names the transcript, not the label, as a turn's source): the label says who speaks
SPEAKER_LABEL = Rule("speaker_label", 0.9, "a transcript turn: “TAPPER: Do you think …”, an interview's Q: and A:")
NAME_AFTER_QUOTE = Rule("name_after_quote", 0.75, "a signature after the quote: “…” Mary Jones, 54, a nurse")
NAME_BEFORE_QUOTE = Rule("name_before_quote", 0.75, "a name on its own line over a quote paragraph")
HEADLINE_COLON = Rule(
    "headline_colon",
    0.95,
    "a name and a colon before the quote: Clinton: Time for ‘…’; or after it: ‘…’: mayor hits back",
)
CUE_AFTER_QUOTE = Rule("cue_after_quote", 0.95, "a speech verb right after the quote: “…,” X said / said X")
CUE_GOVERNS_QUOTE = Rule("cue_governs_quote", 0.9, "the speech verb up the parse from the quote")
CUE_BEFORE_QUOTE = Rule("cue_before_quote", 0.9, "a speech verb before the quote: X said: “…”")
VERB_INTRO = Rule("verb_intro", 0.9, "any verb with a named subject before the quote: Hillary pushed back, “…”")
COLON_INTRO = Rule("colon_intro", 0.85, "a clause ending in a colon names the speaker: X said: / His answer: “…”")
ACCORDING_TO = Rule(
    "according_to",
    0.85,
    "according to X (also “…,” per X, …, per X at a sentence's end, in X's words); for a marked or an indirect quote",
)
VERB_AFTER_QUOTE = Rule("verb_after_quote", 0.7, "any verb with a subject after the quote: “…,” Trump barked")
DASH_AFTER_QUOTE = Rule("dash_after_quote", 0.75, "a dash and a name after the quote: “…” — X")
ATTRIBUTION_VERB = Rule("attribution_verb", 0.8, "words quoted inside what a verb of attribution reports")
NAMED_AFTER = Rule("named_after", 0.75, "a sentence after the quote names who said it: So says X")
DIALOGUE_TURN = Rule("dialogue_turn", 0.75, "a quote paragraph in an exchange of questions and answers")
SPLIT_QUOTE = Rule("split_quote", 0.95, "a quote-only stretch after a quote of X in the same paragraph")
CONTINUATION = Rule("continuation", 0.95, "a quote paragraph right after a quote paragraph of X")
PREVIOUS_SENTENCE = Rule("previous_sentence", 0.8, "the sentence before the quote names the speaker")
RECENT_SPEAKER = Rule("recent_speaker", 0.55, "a quote paragraph within two paragraphs of a quote of X")
UNATTRIBUTED = Rule("unattributed", 0.0, "nothing attributes the quote")
WITHIN_REPORT = Rule("within_report", 0.8, "words quoted inside an indirect quote")
REPORTED_CLAUSE = Rule("reported_clause", 0.75, "indirect: X said (that) …, X wants …")
REPORTED_NOUN = Rule("reported_noun", 0.75, "indirect: X's remarks about …, a call by X for …")
HEADLINE_STATEMENT = Rule(
    "headline_statement", 0.75, "indirect: a headline's name and colon before a clause: Obama: I'm Optimistic …"
)

# rules whose quotes carry the speaker of an earlier quote without a mention of their own
CARRIED_RULES = (CONTINUATION, RECENT_SPEAKER)
