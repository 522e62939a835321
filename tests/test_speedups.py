"""The speed-ups must leave the pipeline's output exactly as spaCy's own components give it."""

from __future__ import annotations

import pytest

from quotex.speedups import expand_in_sets

# dialect and contraction forms hit the attribute ruler's exception rules (its regex, IN-set
# and dependency-label rules), the rest its tag map and the lemmatizer's rules; the last line
# has words whose lemma depends on their morphology ("found" VB / VBD)
PASSAGE = """I ain't gonna say nothin', y'all. She's told me they'd've come if they weren't scared.

“Don't! Won't you wait?” he shouted at i and me. Whether or not it rains, the mayor said, the
council will have been meeting since 9am, because the bridges' costs are rising. Nobody
thinks that that's fair; is it?  There   are   spaces and tabs\there.

They found that founders who found a firm will saw wood after they saw the film.
"""


def test_in_sets_expand_to_plain_values_in_order():
    pattern = [{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}, {"LOWER": {"IN": ["not", "n't"]}}]
    assert expand_in_sets(pattern) == [
        [{"TAG": "VBZ", "LOWER": "is"}, {"LOWER": "not"}],
        [{"TAG": "VBZ", "LOWER": "is"}, {"LOWER": "n't"}],
        [{"TAG": "VBZ", "LOWER": "'s"}, {"LOWER": "not"}],
        [{"TAG": "VBZ", "LOWER": "'s"}, {"LOWER": "n't"}],
    ]


def test_other_predicates_and_large_products_are_kept_as_they_are():
    regex = [{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": {"IN": ["all"]}}]
    assert expand_in_sets(regex) == [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]]
    not_in = [{"TAG": {"NOT_IN": ["TO"]}, "DEP": "aux"}]
    assert expand_in_sets(not_in) == [not_in]
    big = [{"LOWER": {"IN": [str(n) for n in range(10)]}}] * 2
    assert expand_in_sets(big, limit=64) == [big]


def _annotations(docs):
    return [
        [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc
        ]
        for doc in docs
    ]


@pytest.mark.model
def test_sped_up_pipeline_gives_spacys_exact_output(seed_text, monkeypatch):
    import spacy
    from thinc.api import NumpyOps

    from quotex.pipeline import default_model_name
    from quotex.speedups import register_factories, speed_up

    register_factories()
    stock = _in_rule_order(spacy.load(default_model_name()))
    fast = spacy.load(default_model_name())
    # the numpy steps on every stack, whichever the default for its blis (speedups.parser_steps_in_numpy)
    monkeypatch.setenv("QUOTEX_PARSER_STEPS", "numpy")
    speed_up(fast)
    # the speed-ups are really in place, so the comparison below compares something
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "TagMapAttributeRuler"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "TableLemmatizer"
    assert type(fast.get_pipe("parser")).__name__ == "NumpyStepParser"
    assert type(fast.get_pipe("ner")).__name__ == "NumpyStepEntityRecognizer"
    models = [pipe.model for _, pipe in fast.pipeline if getattr(pipe, "model", None) is not None]
    layers = [layer for model in models for layer in model.walk()]
    assert layers and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)

    texts = [PASSAGE, PASSAGE.upper(), "", "\n\n"]
    texts.append(seed_text)
    # twice over: the second pass runs on the lemma table the first one filled
    for _ in range(2):
        assert _annotations(fast.pipe(texts)) == _annotations(stock.pipe(texts))
    # one document at a time (predict on a single doc), and batches of every size the parser's
    # own pipe splits into parts of (sorted by length)
    assert _annotations([fast(text) for text in texts]) == _annotations([stock(text) for text in texts])
    for batch_size in (1, 3, 8):
        assert _annotations(fast.pipe(texts * 3, batch_size=batch_size)) == _annotations(
            stock.pipe(texts * 3, batch_size=batch_size)
        )


@pytest.mark.model
def test_blas_threads_are_capped_unless_the_user_chose(monkeypatch):
    import numpy  # noqa: F401  (loads the BLAS that threadpoolctl inspects)
    from threadpoolctl import threadpool_info, threadpool_limits

    from quotex.speedups import BLAS_THREAD_VARIABLES, limit_blas_threads

    def blas_threads():
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    with threadpool_limits(limits=2, user_api="blas"):
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
        limit_blas_threads(1)
        assert blas_threads() == {2}
        for variable in BLAS_THREAD_VARIABLES:
            monkeypatch.delenv(variable, raising=False)
        limit_blas_threads(1)
        assert blas_threads() == {1}
        # set after BLAS loaded (a Dask worker forked from a server that had numpy): applied
        threadpool_limits(limits=2, user_api="blas")
        monkeypatch.setenv("OMP_NUM_THREADS", "1")
        limit_blas_threads(4)
        assert blas_threads() == {1}


def test_the_parser_steps_can_be_chosen(monkeypatch):
    from quotex.speedups import parser_steps_in_numpy

    monkeypatch.setenv("QUOTEX_PARSER_STEPS", "spacy")
    assert parser_steps_in_numpy() is False
    monkeypatch.setenv("QUOTEX_PARSER_STEPS", "numpy")
    assert parser_steps_in_numpy() is True


def test_the_lemma_index_s_words_are_chosen_in_the_order_of_the_rules_that_made_them():
    from quotex.speedups import in_rule_order

    rules = [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""]]
    index = {"hope", "hop", "box"}
    # spaCy 3.8.8 and later put the last rule's word first: "hop" for "hopes"
    assert in_rule_order(["hop", "hope"], "hopes", rules, index) == ["hope", "hop"]
    assert in_rule_order(["hope", "hop"], "hopes", rules, index) == ["hope", "hop"]  # 3.8.7 and earlier
    # an exception put in front keeps its place; one word of the index is left alone
    assert in_rule_order(["hoped", "hop", "hope"], "hopes", rules, index) == ["hoped", "hope", "hop"]
    assert in_rule_order(["boxe", "box"], "boxes", rules, {"box"}) == ["boxe", "box"]


def _in_rule_order(nlp):
    """spaCy's own pipeline, its lemmatizer choosing among its rules' words in their order, as
    spaCy 3.8.7 and earlier do and quotex does on every release (a no-op before 3.8.8)."""
    from quotex.speedups import in_rule_order

    lemmatizer = nlp.get_pipe("lemmatizer")
    own = lemmatizer.rule_lemmatize

    def lemmatize(token):
        univ_pos = token.pos_.lower()
        rules = lemmatizer.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
        index = lemmatizer.lookups.get_table("lemma_index", {}).get(univ_pos, {})
        return in_rule_order(own(token), token.text.lower(), rules, index)

    lemmatizer.lemmatize = lemmatize
    return nlp
