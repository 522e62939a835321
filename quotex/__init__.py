"""quotex: who said what in news articles, and the people, places and organisations in them.

The names below load on first use, so that commands that only read quotex output (``quotex
table``, ``quotex stats``) start without the extraction code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "extract_paths": "quotex.api",
    "extract_sources": "quotex.api",
    "extract_text": "quotex.api",
    "ExitCode": "quotex.errors",
    "InputError": "quotex.errors",
    "ModelNotFoundError": "quotex.errors",
    "QuotexError": "quotex.errors",
    "extract_article": "quotex.extract",
    "SCHEMA_VERSION": "quotex.models",
    "Article": "quotex.models",
    "Entity": "quotex.models",
    "Person": "quotex.models",
    "Quote": "quotex.models",
    "QuoteSpeaker": "quotex.models",
    "Span": "quotex.models",
    "Speaker": "quotex.models",
    "Term": "quotex.models",
}

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "ExitCode",
    "InputError",
    "ModelNotFoundError",
    "Person",
    "Quote",
    "QuoteSpeaker",
    "QuotexError",
    "Span",
    "Speaker",
    "Term",
    "__version__",
    "extract_article",
    "extract_paths",
    "extract_sources",
    "extract_text",
]

if TYPE_CHECKING:
    from quotex.api import extract_paths, extract_sources, extract_text
    from quotex.errors import ExitCode, InputError, ModelNotFoundError, QuotexError
    from quotex.extract import extract_article
    from quotex.models import SCHEMA_VERSION, Article, Entity, Person, Quote, QuoteSpeaker, Span, Speaker, Term


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quotex' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
