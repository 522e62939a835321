"""spaCy's dependency parser and entity recogniser with their greedy steps in numpy.

Both are transition-based: for a batch of documents they precompute one hidden vector per
(token, feature) pair, then repeat, for every unfinished parse state at once, one step: sum
the precomputed vectors of the tokens the state looks at, add the bias, take the maximum of
each unit's pieces, multiply by the output layer, and apply the best valid transition.
spaCy runs the steps in C, with the vector sums and the matrix product on blis. On the AMD
EPYC (Zen 4) quotex was measured on, blis 1.3 (which the spaCy 3.8 releases for Python 3.13
and 3.14 need) chose its generic C kernels where blis 0.7, 1.0 and 1.1 chose their Zen 2
ones, and parsing took 2.5 times as long.

Here the precompute is spaCy's own (on numpy's BLAS, ``speedups.use_numpy_matmul``) and each
step is a handful of numpy operations over all states; transitions are still applied by
spaCy's C code (``transition_states``). The vector sums run in the order of spaCy's C loop,
so the parses and entities are spaCy's: identical on every token of PolNeAR dev
(``make stacks``) and, on text of its own, in tests/test_speedups.py. Documents go through
in the parts spaCy's own ``pipe`` makes (sorted by length, a quarter of the batch at a
time), each part's vectors precomputed as spaCy would; the steps of a whole batch run
together, which spreads each step's fixed cost over four times the states.

Only greedy parsing (beam width 1, every trained English pipeline's setting) is replaced;
``speedups.parser_steps_in_numpy`` says when.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Iterator
from typing import Any


def numpy_step_predict(component: Any, docs: list[Any], parts: list[list[Any]] | None = None) -> list[Any]:
    """The parse states of ``docs`` after greedy parsing, as ``Parser.predict`` returns them.

    ``parts`` cut ``docs`` into consecutive runs whose vectors are precomputed together (the
    parts spaCy's ``pipe`` would parse one after the other); the steps then run for all of
    them at once, which spreads each step's fixed cost over more states."""
    import numpy
    from spacy.ml.parser_model import ParserStepModel

    component._ensure_labels_are_added(docs)
    model = component.model
    batch = component.moves.init_batch(docs)
    states = [state for state in batch if not state.is_final()]
    if not states:
        return batch
    tok2vec, lower = model.layers[0], model.layers[1]
    upper = model.layers[2] if model.attrs["has_upper"] else None
    # (tokens + 1, features, units, pieces); row 0 is the padding for a feature with no token.
    # The states' token ids count through all the documents in order, so the parts' tables
    # stack into one.
    tables = [lower.predict(tok2vec.predict(part)) for part in parts or [docs] if any(len(doc) for doc in part)]
    precomputed = (
        tables[0] if len(tables) == 1 else numpy.concatenate([tables[0]] + [table[1:] for table in tables[1:]])
    )
    features, units, pieces = precomputed.shape[1:]
    rows_of = precomputed.reshape((-1, units * pieces))
    bias = lower.get_param("b").reshape((units * pieces,))
    if upper is not None:
        output_weights = numpy.ascontiguousarray(upper.get_param("W").T)
        output_bias = upper.get_param("b")
    unseen = numpy.array(sorted(model.attrs["unseen_classes"]), dtype="i")
    # ParserStepModel.get_token_ids reads only the number of features from its model
    shape = types.SimpleNamespace(state2vec=types.SimpleNamespace(nF=features))
    offsets = numpy.arange(features, dtype="i") + features  # token -1 (none) is row 0
    get_token_ids, take, maximum = ParserStepModel.get_token_ids, rows_of.take, numpy.maximum
    while states:
        rows = get_token_ids(shape, states)
        rows *= features
        rows += offsets
        # feature by feature, as spaCy's C loop adds them: the same sums to the last bit
        summed = take(rows[:, 0], axis=0)
        for feature in range(1, features):
            summed += take(rows[:, feature], axis=0)
        summed += bias
        hidden = summed[:, 0::pieces] if pieces > 1 else summed  # maxout: the best piece
        for piece in range(1, pieces):
            hidden = maximum(hidden, summed[:, piece::pieces])
        if upper is not None:
            scores = hidden @ output_weights
            scores += output_bias
        else:
            scores = numpy.ascontiguousarray(hidden)
        if unseen.size:
            scores[:, unseen] = scores.min()
        states = component.transition_states(states, scores)
    return batch


# spaCy's classes and their subclasses stepping in numpy (filled by register_factories)
NUMPY_STEP_CLASSES: dict[type, type] = {}
# components on their way into a pipeline through the PREPARED_FACTORY, by key
_PREPARED: dict[str, Any] = {}
PREPARED_FACTORY = "quotex_prepared_component"


def swap_in_numpy_steps(nlp: Any, name: str) -> bool:
    """Put a parser or entity recogniser stepping in numpy in the place of ``name``, sharing
    its model, transitions and settings (nothing is rebuilt or copied); False when ``name``
    is no greedy transition-based component of spaCy's."""
    register_factories()
    component = nlp.get_pipe(name)
    numpy_class = NUMPY_STEP_CLASSES.get(type(component))
    if numpy_class is None or component.cfg.get("beam_width", 1) != 1:
        return False
    from spacy.pipeline import DependencyParser

    cfg = component.cfg
    settings: dict[str, Any] = {"update_with_oracle_cut_size": cfg.get("update_with_oracle_cut_size", 100)}
    if isinstance(component, DependencyParser):
        settings.update(min_action_freq=cfg.get("min_action_freq", 30), learn_tokens=cfg.get("learn_tokens", False))
    else:
        settings.update(incorrect_spans_key=cfg.get("incorrect_spans_key"))
    replacement = numpy_class(
        component.vocab, component.model, name, moves=component.moves, scorer=component.scorer, **settings
    )
    replacement.cfg = dict(component.cfg)
    key = f"{name}-{id(replacement)}"
    _PREPARED[key] = replacement
    nlp.replace_pipe(name, PREPARED_FACTORY, config={"key": key})
    return True


def register_factories() -> None:
    """The parser and the entity recogniser with numpy steps, and the factory that hands a
    prepared component to ``nlp.replace_pipe``."""
    from spacy.language import Language
    from spacy.pipeline import DependencyParser, EntityRecognizer

    if Language.has_factory(PREPARED_FACTORY):
        return

    @Language.factory(PREPARED_FACTORY, default_config={"key": ""})
    def hand_over(nlp: Any, name: str, key: str) -> Any:
        return _PREPARED.pop(key)

    class NumpyStepsMixin:
        """``predict`` and ``pipe`` of a transition-based component, stepping in numpy."""

        def predict(self, docs: Any) -> Any:
            if not isinstance(docs, list):
                docs = [docs] if hasattr(docs, "vocab") else list(docs)
            if self.cfg.get("beam_width", 1) != 1 or not any(len(doc) for doc in docs):  # type: ignore[attr-defined]
                return super().predict(docs)  # type: ignore[misc]
            return numpy_step_predict(self, docs)

        def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
            # the parts spaCy's own pipe makes (sorted by length, a quarter of the batch at a
            # time), each precomputed as spaCy would, stepped through together
            from spacy.util import minibatch

            error_handler = self.get_error_handler()  # type: ignore[attr-defined]
            for batch in minibatch(docs, size=batch_size):
                by_length = sorted(batch, key=len)
                parts = list(minibatch(by_length, size=max(batch_size // 4, 2)))
                try:
                    self.set_annotations(by_length, numpy_step_predict(self, by_length, parts))  # type: ignore[attr-defined]
                except Exception as error:
                    error_handler(self.name, self, by_length, error)  # type: ignore[attr-defined]
                yield from batch

    class NumpyStepParser(NumpyStepsMixin, DependencyParser):
        pass

    class NumpyStepEntityRecognizer(NumpyStepsMixin, EntityRecognizer):
        pass

    NUMPY_STEP_CLASSES[DependencyParser] = NumpyStepParser
    NUMPY_STEP_CLASSES[EntityRecognizer] = NumpyStepEntityRecognizer
