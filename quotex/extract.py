"""From a parsed Doc to an ``Article`` record: hygiene, entities, quotes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from quotex.entities import find_entities
from quotex.hygiene import find_skipped_ranges
from quotex.models import Article
from quotex.quotes import extract_quotes, find_quote_spans, split_paragraphs
from quotex.readers import ReadOptions, Source, read_sources
from quotex.transcripts import find_speaker_labels


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_article(doc: Any, source: Source, *, include_text: bool = False, labels: Iterable[str] = ()) -> Article:
    text = doc.text
    paragraphs = split_paragraphs(text)
    skipped = find_skipped_ranges(text, paragraphs)
    speaker_labels = find_speaker_labels(text, paragraphs)
    entities = find_entities(doc, skipped, labels=labels, speaker_labels=speaker_labels)
    pairs = find_quote_spans(text, paragraphs)
    quotes, terms, speakers = extract_quotes(doc, pairs, paragraphs, entities, skipped, speaker_labels=speaker_labels)
    people, places, organisations, others = entities.records()
    return Article(
        id=source.id,
        path=source.path,
        quotes=quotes,
        speakers=speakers,
        people=people,
        places=places,
        organisations=organisations,
        terms=terms,
        other_entities=others,
        meta=source.meta,
        text_hash=text_hash(text),
        text=text if include_text else None,
    )


def extract_text(text: str, *, nlp: Any = None, id: str = "text", labels: Iterable[str] = ()) -> Article:
    """Extract quotes and entities from one article's text.

    >>> article = extract_text("“We will win,” the mayor said.")   # doctest: +SKIP
    """
    from quotex.pipeline import load_pipeline

    nlp = nlp or load_pipeline()
    return extract_article(nlp(text), Source(id, None, text), labels=labels)


def extract_paths(
    paths: Iterable[str],
    *,
    nlp: Any = None,
    model: str | None = None,
    glob: str | None = None,
    options: ReadOptions | None = None,
    batch_size: int = 64,
    include_text: bool = False,
    labels: tuple[str, ...] = (),
) -> Iterator[Any]:
    """Articles (``Article``) and per-input errors (``InputError``) for files, folders, '-'."""
    from quotex.pipeline import load_pipeline, process_sources

    nlp = nlp or load_pipeline(model)
    sources = read_sources(paths, glob=glob, options=options or ReadOptions())
    return process_sources(nlp, sources, batch_size=batch_size, include_text=include_text, labels=labels)
