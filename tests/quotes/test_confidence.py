"""The confidence model reads evidence from plain quote records (no model needed)."""

from quotex.models import Quote, QuoteSpeaker, Span
from quotex.quotes.confidence import (
    EVIDENCE,
    Weights,
    confidence,
    evidence_of,
    features,
    fitted_weights,
    with_confidence,
)
from quotex.quotes.cues import cue_kind, indirect_kind
from quotex.verb_forms import cue_lemma

TEXT = "Mayor Ann Lee said the bridge would reopen, which engineers doubt. “It is safe,” she said"


def _span(text: str, word: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return Span(word, start, start + len(word))


def _quote(text, words, quote_type, rule, cue, speaker_word, kind="person", occurrence=0):
    body = _span(text, words)
    mention = _span(text, speaker_word, occurrence) if speaker_word else None
    speaker = QuoteSpeaker("p1", "Ann Lee", kind, mention) if speaker_word else None
    return Quote(words, body.start, body.end, quote_type, [body], speaker, cue, rule, 0.0)


def test_cue_words_read_as_their_dictionary_form_and_kind():
    assert [cue_lemma(word) for word in ("said", "argues", "claimed", "hoping", "denied", "told")] == [
        "say",
        "argue",
        "claim",
        "hope",
        "deny",
        "tell",
    ]
    assert cue_kind("said") == "speech" and cue_kind("wrote") == "speech"
    assert cue_kind("believes") == "thought" and cue_kind("wants") == "thought"
    assert cue_kind("statement") == "noun"
    assert cue_kind("According to") == "according" and cue_kind(None) == "none"
    assert cue_kind("plan") == "thought"  # "her plan to cut taxes": an intention
    assert cue_kind("voted") == cue_kind("votes") == "thought"  # a side taken, no words said
    assert indirect_kind("indirect", "told") == "speech" and indirect_kind("indirect", "expects") == "thought"
    assert indirect_kind("indirect", "According to") == "speech" and indirect_kind("direct", "said") is None


def test_a_report_inside_another_reports_words_is_nested_and_its_evidence_is_read_from_the_record():
    outer = _quote(
        TEXT,
        "the bridge would reopen, which engineers doubt",
        "indirect",
        "reported_clause",
        _span(TEXT, "said"),
        "Ann Lee",
    )
    inner = _quote(TEXT, "which", "indirect", "reported_clause", _span(TEXT, "doubt"), "engineers", kind="description")
    marked = _quote(TEXT, "“It is safe,”", "direct", "cue_after_quote", _span(TEXT, "said", 1), "she")
    quotes = [outer, inner, marked]
    evidence = [evidence_of(quote, quotes, TEXT) for quote in quotes]
    assert [e.nested for e in evidence] == [False, True, False]
    assert [e.speaker for e in evidence] == ["name", "description", "pronoun"]
    assert [e.cue for e in evidence] == ["speech", "thought", "speech"]
    assert evidence[2].recovered is False and evidence[2].speaker_distance == 1
    # the same quote whose closing mark was never found (its text stops before one)
    cut = _quote(TEXT, "“It is safe", "direct", "cue_after_quote", _span(TEXT, "said", 1), "she")
    assert evidence_of(cut, [cut], TEXT).recovered is True


def test_confidence_follows_the_weights_of_the_evidence_present():
    quote = _quote(TEXT, "the bridge would reopen", "indirect", "reported_clause", _span(TEXT, "said"), "Ann Lee")
    evidence = evidence_of(quote, [quote], TEXT)
    neutral = Weights(0.0, {}, "test")
    assert confidence(evidence, neutral) == 0.5
    assert confidence(evidence, Weights(0.0, {"speaker=name": 2.0}, "test")) == 0.88
    assert confidence(evidence, Weights(0.0, {"speaker=pronoun": 2.0}, "test")) == 0.5  # not present
    (weighed,) = with_confidence([quote], TEXT, Weights(0.0, {"type=indirect": -2.0}, "test"))
    assert weighed.confidence == 0.12 and weighed.text == quote.text
    assert weighed.indirect_kind == "speech"  # "said"


def test_the_shipped_weights_name_only_evidence_the_model_reads_and_say_what_they_were_fitted_on():
    weights = fitted_weights()
    names = {name for name, _ in EVIDENCE}
    assert weights.weights and set(weights.weights) <= names
    assert "PolNeAR train" in weights.fitted_on
    assert len(names) == len(EVIDENCE)  # every piece of evidence has its own name
    assert all(isinstance(value, float) for value in weights.weights.values())


def test_rules_weights_lists_every_piece_of_evidence_in_the_order_read():
    from click.testing import CliRunner

    from quotex.cli import cli

    result = CliRunner().invoke(cli, ["rules", "--weights"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "fitted on PolNeAR train" in lines[0]
    assert [line.split(None, 1)[1] for line in lines[1:]] == [name for name, _ in EVIDENCE]


def test_a_report_s_wording_is_evidence_read_from_the_record():
    text = "The mayor said that the bridge was safe. Engineers doubt it, said the abrupt turn."
    said = _quote(text, "that the bridge was safe", "indirect", "reported_clause", _span(text, "said"), "mayor")
    after = _quote(text, "Engineers doubt it", "indirect", "reported_clause", _span(text, "said", 1), "turn")
    described = [
        Quote(
            q.text,
            q.start,
            q.end,
            q.type,
            q.fragments,
            QuoteSpeaker(None, name, "description", q.speaker.mention),
            q.cue,
            q.rule,
            0.0,
        )
        for q, name in ((said, "mayor"), (after, "abrupt turn"))
    ]
    first, second = (evidence_of(quote, described, text) for quote in described)
    assert (first.cue_word, first.first_word, first.speaker_after_cue, first.describes_no_one) == (
        "said",
        "that",
        False,
        False,
    )
    assert (second.first_word, second.speaker_after_cue, second.describes_no_one) == ("engineers", True, True)
    names = set(features(first)) | set(features(second))
    assert {
        "indirect with 'say'",
        "indirect opening with 'that'",
        "indirect with its speaker after the cue",
        "indirect with a description of no one",
        "indirect under 8 words",
    } <= names
    assert "indirect with a description of no one" not in features(first)


def test_a_transcript_turn_keeps_its_rule_s_rate_whatever_the_weights():
    """PolNeAR's gold annotates no turn without marks, so no fit can judge one: an
    interview's answer is not made unlikely by the marks it never had."""
    text = "A: About forty. Some colonies have tens of thousands."
    answer = Quote(
        "About forty. Some colonies have tens of thousands.",
        3,
        len(text),
        "direct",
        [Span("About forty. Some colonies have tens of thousands.", 3, len(text))],
        QuoteSpeaker("p1", "Helen Marsh", "person", None),
        None,
        "speaker_label",
        0.0,
    )
    evidence = evidence_of(answer, [answer], text)
    assert evidence.recovered and evidence.cue == "none"  # what the fitted weights count against a quote
    harsh = Weights(0.0, {"recovered": -5.0, "cue=none": -5.0, "rule=speaker_label": -5.0}, "test")
    assert confidence(evidence, harsh) == 0.9
