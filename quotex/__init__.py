"""quotex: who said what in news articles, and the people, places and organisations in them."""

from quotex.api import extract_paths, extract_sources, extract_text
from quotex.errors import ExitCode, InputError, ModelNotFoundError, QuotexError
from quotex.extract import extract_article
from quotex.models import SCHEMA_VERSION, Article, Entity, Quote, QuoteSpeaker, Span, Speaker, Term

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "ExitCode",
    "InputError",
    "ModelNotFoundError",
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
