"""From a parsed Doc to an ``Article`` record: the stages of extraction, in order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotex.entities import find_entities
from quotex.identity import QuotedText, profile_people, with_profiles
from quotex.models import Article
from quotex.quotes import extract_quotes
from quotex.readers import Source
from quotex.text.hygiene import find_skipped_ranges
from quotex.text.marks import find_quote_spans, split_paragraphs
from quotex.text.transcripts import find_speaker_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_article(
    doc: Doc,
    source: Source,
    *,
    include_text: bool = False,
    labels: Iterable[str] = (),
    layouts: list[str] | None = None,
) -> Article:
    """One article's record from its parsed text. The passes, in order:

    1. paragraphs (``split_paragraphs``): line or blank-line breaks, whichever the text uses;
    2. site chrome and repeated paragraphs set aside (``find_skipped_ranges``);
    3. transcript speaker labels (``find_speaker_labels``), which name people for both stages below;
    4. people, places and organisations (``find_entities``);
    5. quote marks paired on the raw text (``find_quote_spans``);
    6. quotes attributed and speakers resolved (``extract_quotes``);
    7. people's keys, roles and genders (``profile_people``), which read the quotes' pronouns.

    ``layouts``, when given, receives the name of the layout that attributed each quote.
    """
    text = doc.text
    paragraphs = split_paragraphs(text)
    skipped = find_skipped_ranges(text, paragraphs)
    speaker_labels = find_speaker_labels(text, paragraphs)
    entities = find_entities(doc, skipped, labels=labels, speaker_labels=speaker_labels)
    pairs = find_quote_spans(text, paragraphs)
    quotes, terms, speakers = extract_quotes(
        doc, pairs, paragraphs, entities, skipped, speaker_labels=speaker_labels, layouts=layouts
    )
    people_entries, places, organisations, others = entities.records()
    people = profile_people(doc, people_entries, quotes, QuotedText([(pair.start, pair.end) for pair in pairs]))
    speakers = with_profiles(speakers, people)
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
