"""Run the same spaCy pipeline faster, with the same output.

Four changes, each checked to leave every tag, parse, entity and lemma unchanged on all of
PolNeAR (tests/test_speedups.py checks it on text of its own):

- matrix products on numpy's BLAS instead of blis (the main gain, see ``use_numpy_matmul``);
- the parser's and entity recogniser's greedy steps in numpy rather than in C on blis, whose
  newer releases fall back to slow generic kernels on recent AMD processors
  (``quotex.transition_steps``);
- the attribute ruler applies its tag map (one rule per part-of-speech tag, three rules in
  ten) with one table lookup per tag rather than through the Matcher;
- the rule lemmatizer looks lemmas up by (word, part of speech, morphology), which is all a
  lemma depends on, instead of building a Token object for every word (and picks among the
  rules' lemmas as spaCy 3.8.7 and earlier did, on every release: ``in_rule_order``).

The README ("Performance") gives what each one gains, measured.
"""

from __future__ import annotations

import os
from typing import Any

# QUOTEX_MATMUL=blis keeps thinc's default (blis) matrix products, e.g. to compare speed
MATMUL_VARIABLE = "QUOTEX_MATMUL"
# QUOTEX_PARSER_STEPS=numpy|spacy chooses where the parser's and entity recogniser's steps
# run; by default (auto) in numpy when blis runs its generic kernels (parser_steps_in_numpy)
PARSER_STEPS_VARIABLE = "QUOTEX_PARSER_STEPS"
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
ATTRIBUTE_RULER_FACTORY = "quotex_attribute_ruler"
LEMMATIZER_FACTORY = "quotex_lemmatizer"


def speed_up(nlp: Any) -> None:
    """Apply every speed-up that fits this pipeline; components of other kinds are left alone."""
    if parser_steps_in_numpy():
        _replace_transition_parsers(nlp)
    if os.environ.get(MATMUL_VARIABLE, "numpy") != "blis":
        use_numpy_matmul(nlp)
    _replace_attribute_ruler(nlp)
    _replace_lemmatizer(nlp)


def parser_steps_in_numpy() -> bool:
    """Whether the parser's and entity recogniser's greedy steps run in numpy
    (``quotex.transition_steps``) rather than in spaCy's C code on blis.

    By default, when blis runs its generic C kernels: it picks kernels by processor model
    and falls back to plain C on one it does not know. On the AMD EPYC (Zen 4) this was
    measured on, blis 1.3 (the spaCy 3.8 stacks of Python 3.13 and 3.14) does, and the numpy
    steps parse 2.1 times as fast and recognise entities 1.3 times as fast; blis 0.7 (Python
    3.12 and earlier) picks its Zen 2 kernels there, and spaCy's own steps are 5 % faster.
    QUOTEX_PARSER_STEPS=spacy or =numpy decides instead.
    """
    chosen = os.environ.get(PARSER_STEPS_VARIABLE, "auto")
    if chosen in ("numpy", "spacy"):
        return chosen == "numpy"
    return blis_kernels() in ("generic", None)


def blis_kernels() -> str | None:
    """The kernels blis chose for this processor ("zen2", "haswell", "generic"...), asked of
    blis itself; None when it cannot be asked (no blis, or one that does not export it)."""
    import ctypes

    try:
        import blis.cy

        library = ctypes.CDLL(blis.cy.__file__)
        library.bli_arch_query_id.restype = ctypes.c_int
        library.bli_arch_string.restype = ctypes.c_char_p
        library.bli_arch_string.argtypes = [ctypes.c_int]
        name = library.bli_arch_string(library.bli_arch_query_id())
    except (ImportError, OSError, AttributeError):
        return None
    return name.decode("ascii", "replace") if name else None


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
    """Cap numpy's BLAS threads at `threads`, or at what a thread variable says when the user
    (or Dask, for its workers: ``OMP_NUM_THREADS=1``) has set one.

    quotex parallelises with processes (``--jobs``, Dask workers); BLAS threads on top would
    compete for the same cores, and OpenBLAS threads spin while they wait. A set variable is
    applied, not only left for BLAS to read when it loads: a Dask worker forked from a process
    that had loaded numpy already (a forkserver) has it too late for that, and 2 such workers
    on 2 cores took 1.3x the CPU time.
    """
    chosen = next((os.environ[variable] for variable in BLAS_THREAD_VARIABLES if os.environ.get(variable)), None)
    if chosen is not None and not (chosen.isdigit() and int(chosen) > 0):
        return  # a setting threadpoolctl cannot apply: BLAS made what it could of it at load
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=int(chosen) if chosen else threads, user_api="blas")


# spaCy's component classes and their faster subclasses (filled by register_factories)
SPED_UP_CLASSES: dict[type, type] = {}


def register_factories() -> None:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    from quotex import transition_steps

    transition_steps.register_factories()
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
                    # rule_lemmatize itself: self.lemmatize is the base class's, bound before
                    # the class was swapped
                    found = lemma_of[key] = self.vocab.strings.add(self.rule_lemmatize(doc[index])[0])
                lemmas[index] = found
            doc.from_array([LEMMA], lemmas)
            return doc

        def rule_lemmatize(self, token: Any) -> list[str]:
            forms = super().rule_lemmatize(token)
            if len(forms) < 2:
                return forms
            univ_pos = token.pos_.lower()
            rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
            index = self.lookups.get_table("lemma_index", {}).get(univ_pos, {})
            return in_rule_order(forms, token.text.lower(), rules, index)

    SPED_UP_CLASSES[AttributeRuler] = TagMapAttributeRuler
    SPED_UP_CLASSES[EnglishLemmatizer] = TableLemmatizer

    @Language.factory(ATTRIBUTE_RULER_FACTORY, default_config={"validate": False, "scorer": None})
    def make_attribute_ruler(nlp: Any, name: str, validate: bool, scorer: Any) -> Any:
        return TagMapAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)

    @Language.factory(
        LEMMATIZER_FACTORY,
        default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": None},
    )
    def make_lemmatizer(nlp: Any, model: Any, name: str, mode: str, overwrite: bool, scorer: Any) -> Any:
        return TableLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def in_rule_order(forms: list[str], word: str, rules: Any, index: Any) -> list[str]:
    """A word's candidate lemmas with those the lemma index knows in the order of the rules
    that made them, the first rule's first: spaCy 3.8.7 and earlier chose so ("hopes": "hope"
    by the "s" rule before "hop" by the "es" rule); from 3.8.8 the last rule's comes first
    ("hop"), which would give the newer stacks of Python 3.13 and 3.14 other lemmas, so other
    cues and quotes, than the rest. Every other candidate keeps its place."""
    made = [word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old)]
    known = [form for form in dict.fromkeys(made) if form and form in index]
    slots = [position for position, form in enumerate(forms) if form in known]
    if len(slots) < 2:
        return forms
    ordered = [form for form in known if form in forms]
    result = list(forms)
    for position, form in zip(slots, ordered, strict=True):
        result[position] = form
    return result


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


def _replace_transition_parsers(nlp: Any) -> None:
    from quotex.transition_steps import swap_in_numpy_steps

    for name in list(nlp.pipe_names):
        swap_in_numpy_steps(nlp, name)


def _replace_attribute_ruler(nlp: Any) -> None:
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        # the same object, only its class changes: the subclass adds no state of its own
        # beyond what it builds on first use, and nothing is rebuilt or copied (start-up)
        nlp.get_pipe("attribute_ruler").__class__ = SPED_UP_CLASSES[AttributeRuler]


def _replace_lemmatizer(nlp: Any) -> None:
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule" and not lemmatizer.overwrite:
        lemmatizer.__class__ = SPED_UP_CLASSES[EnglishLemmatizer]
