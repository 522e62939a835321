"""Run the same spaCy pipeline faster, with the same output.

Three changes, each checked to leave every tag, parse, entity and lemma unchanged on all of
PolNeAR (tests/test_speedups.py checks it on text of its own):

- matrix products on numpy's BLAS instead of blis (the main gain, see ``use_numpy_matmul``);
- the attribute ruler applies its tag map (one rule per part-of-speech tag, three rules in
  ten) with one table lookup per tag rather than through the Matcher;
- the rule lemmatizer looks lemmas up by (word, part of speech, morphology), which is all a
  lemma depends on, instead of building a Token object for every word.

The README ("Performance") gives what each one gains, measured.
"""

from __future__ import annotations

import os
from typing import Any

# QUOTEX_MATMUL=blis keeps thinc's default (blis) matrix products, e.g. to compare speed
MATMUL_VARIABLE = "QUOTEX_MATMUL"
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
ATTRIBUTE_RULER_FACTORY = "quotex_attribute_ruler"
LEMMATIZER_FACTORY = "quotex_lemmatizer"


def speed_up(nlp: Any) -> None:
    """Apply every speed-up that fits this pipeline; components of other kinds are left alone."""
    if os.environ.get(MATMUL_VARIABLE, "numpy") != "blis":
        use_numpy_matmul(nlp)
    _replace_attribute_ruler(nlp)
    _replace_lemmatizer(nlp)


def use_numpy_matmul(nlp: Any) -> None:
    """Run the pipeline's matrix products on numpy's BLAS instead of blis.

    blis chooses its kernels by CPU model and falls back to plain generic C on a processor
    it does not know (blis 0.7 on AMD Zen 5 does), while
    OpenBLAS chooses by instruction set. thinc supports both. Models on a GPU are left alone.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or type(model.ops) is not NumpyOps:
            continue
        # every layer: the parser's and recogniser's output layers hold their own ops
        for layer in model.walk():
            layer.ops = ops


def matrix_backend(nlp: Any) -> str:
    """What multiplies the pipeline's matrices: "numpy (openblas, Haswell kernels)", "blis", ..."""
    from thinc.api import NumpyOps

    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        if type(model.ops) is not NumpyOps:
            return type(model.ops).__name__
        if model.ops.use_blis:
            return "blis"
        from threadpoolctl import threadpool_info

        pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
        if not pools:
            return "numpy"
        pool = pools[0]
        return f"numpy ({pool['internal_api']}, {pool.get('architecture') or 'unknown'} kernels)"
    return "none"


def limit_blas_threads(threads: int) -> None:
    """Cap numpy's BLAS threads, unless the user has set a thread variable themselves.

    quotex parallelises with processes (``--jobs``); BLAS threads on top would compete for
    the same cores, and OpenBLAS threads spin while they wait.
    """
    if any(os.environ.get(variable) for variable in BLAS_THREAD_VARIABLES):
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")


def register_factories() -> None:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if Language.has_factory(ATTRIBUTE_RULER_FACTORY):
        return
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.symbols import LEMMA, MORPH, ORTH, POS, TAG

    class TagMapAttributeRuler(AttributeRuler):
        """An AttributeRuler that applies its leading tag-map rules by table lookup.

        Rules apply in the order they were added, later ones winning. The leading run of
        rules of the form "tag T sets POS/MORPH" is applied first, per distinct tag; every
        rule after it goes through the Matcher as before, so it still wins where it matches.
        No remaining rule reads POS or MORPH, checked when the table is built.
        """

        def __call__(self, doc: Any) -> Any:
            import numpy

            if getattr(self, "_compiled_for", None) != len(self.attrs):
                self._compile()
            if len(doc) and self._tag_rules:
                values = doc.to_array([TAG, POS, MORPH])
                tags, inverse = numpy.unique(values[:, 0], return_inverse=True)
                for index, tag in enumerate(tags.tolist()):
                    attrs = self._tag_rules.get(tag)
                    if attrs is not None:
                        rows = inverse == index
                        for column, attr in ((1, POS), (2, MORPH)):
                            if attr in attrs:
                                values[rows, column] = attrs[attr]
                doc.from_array([POS, MORPH], values[:, 1:])
            matches = self._later_rules(doc, allow_missing=True, as_spans=False)
            ordered = sorted((int(self.vocab.strings[key]), key, start, end) for key, start, end in matches)
            self.set_annotations(doc, ordered)
            return doc

        def _compile(self) -> None:
            from spacy.matcher import Matcher

            patterns: list[dict[str, Any]] = self.patterns
            self._tag_rules: dict[int, dict[int, int]] = {}
            leading = 0
            for rule in patterns:
                token_patterns = rule["patterns"]
                attrs = self.attrs[leading]
                if not (
                    rule["index"] in (0, -1)
                    and all(
                        len(p) == 1 and set(p[0]) == {"TAG"} and isinstance(p[0]["TAG"], str) for p in token_patterns
                    )
                    and set(attrs) <= {POS, MORPH}
                ):
                    break
                for pattern in token_patterns:
                    self._tag_rules.setdefault(self.vocab.strings.add(pattern[0]["TAG"]), {}).update(attrs)
                leading += 1
            later = patterns[leading:]
            if any(key.upper() in ("POS", "MORPH") for rule in later for p in rule["patterns"] for t in p for key in t):
                self._tag_rules, leading, later = {}, 0, patterns  # a later rule reads what we set
            self._later_rules = Matcher(self.vocab, validate=False)
            for ordinal, rule in enumerate(later, start=leading):
                expanded = [alternative for pattern in rule["patterns"] for alternative in expand_in_sets(pattern)]
                self._later_rules.add(self.vocab.strings.add(str(ordinal)), expanded)
            self._compiled_for = len(self.attrs)

    class TableLemmatizer(EnglishLemmatizer):
        """English rule lemmatizer with a per-process table from (word, POS, morphology) to lemma.

        spaCy's rule lemmatizer already caches by that key (a lemma depends on nothing else);
        this skips building a Token for each word and sets all lemmas at once.
        """

        def __call__(self, doc: Any) -> Any:
            if self.mode != "rule" or self.overwrite:
                return super().__call__(doc)
            if not self._validated:
                self._validate_tables()
            lemma_of: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_of", {})
            values = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = values[:, 3]
            for index, (orth, pos, morph, lemma) in enumerate(values.tolist()):
                if lemma:
                    continue
                key = (orth, pos, morph)
                found = lemma_of.get(key)
                if found is None:
                    found = lemma_of[key] = self.vocab.strings.add(self.lemmatize(doc[index])[0])
                lemmas[index] = found
            doc.from_array([LEMMA], lemmas)
            return doc

    @Language.factory(ATTRIBUTE_RULER_FACTORY, default_config={"validate": False, "scorer": None})
    def make_attribute_ruler(nlp: Any, name: str, validate: bool, scorer: Any) -> Any:
        return TagMapAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)

    @Language.factory(
        LEMMATIZER_FACTORY,
        default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": None},
    )
    def make_lemmatizer(nlp: Any, model: Any, name: str, mode: str, overwrite: bool, scorer: Any) -> Any:
        return TableLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def expand_in_sets(pattern: list[dict[str, Any]], limit: int = 64) -> list[list[dict[str, Any]]]:
    """One Matcher pattern with ``{"IN": [...]}`` sets as the same patterns with plain values.

    The Matcher checks a plain value by comparing hashes but an IN set through a slower
    predicate, once per token and pattern; a token matches a set exactly when it matches one
    of its values, so the matches are the same. Left as it is past ``limit`` alternatives.
    """
    alternatives: list[list[dict[str, Any]]] = [[]]
    for token in pattern:
        choices: list[dict[str, Any]] = [{}]
        for key, value in token.items():
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                choices = [{**choice, key: option} for choice in choices for option in dict.fromkeys(value["IN"])]
            else:
                choices = [{**choice, key: value} for choice in choices]
        alternatives = [alternative + [choice] for alternative in alternatives for choice in choices]
        if len(alternatives) > limit:
            return [pattern]
    return alternatives


def _replace(nlp: Any, name: str, factory: str) -> None:
    original = nlp.get_pipe(name)
    config = {key: value for key, value in nlp.get_pipe_config(name).items() if key != "factory"}
    replacement = nlp.replace_pipe(name, factory, config=config)
    replacement.from_bytes(original.to_bytes())


def _replace_attribute_ruler(nlp: Any) -> None:
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        _replace(nlp, "attribute_ruler", ATTRIBUTE_RULER_FACTORY)


def _replace_lemmatizer(nlp: Any) -> None:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule" and not lemmatizer.overwrite:
        _replace(nlp, "lemmatizer", LEMMATIZER_FACTORY)
