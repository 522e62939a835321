"""Helpers the quote tests share."""

from spacy.tokens import Doc, Span


def parsed(vocab, rows, ents=(), tags=None, lemmas=None):
    """rows: (word, pos, dep, head index); ents: (start, end, label); tags: fine-grained tags;
    lemmas: one per word (a blank vocabulary has none)."""
    words, pos, deps, heads = zip(*rows, strict=True)
    doc = Doc(vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads), tags=tags, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def only_quote(article, kind=None):
    quotes = [q for q in article.quotes if kind is None or q.type == kind]
    assert len(quotes) == 1, [(q.type, q.text) for q in article.quotes]
    return quotes[0]


def direct_quotes(article):
    return [q for q in article.quotes if q.type == "direct"]


def first_with_marks(article):
    """The first quote that is not indirect."""
    return next(q for q in article.quotes if q.type != "indirect")
