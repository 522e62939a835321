"""Main article text out of a saved web page, via trafilatura."""

from __future__ import annotations

from typing import Any

from quotex.errors import InputError


def extract_html(html: str, label: str) -> tuple[str, dict[str, Any]]:
    """Return the article text (paragraphs separated by blank lines) and its metadata.

    Navigation, comments and related-article lists are left out by trafilatura; quote
    offsets then refer to the text returned here (``--include-text`` shows it).
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    fields: dict[str, Any] = {}
    if document is not None:
        fields = document if isinstance(document, dict) else document.as_dict()
    body = fields.get("text") or ""
    if not body.strip():
        raise InputError(label, "no article text found in this HTML page")
    text = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    meta = {key: fields[key] for key in ("title", "author", "date", "sitename", "url") if fields.get(key)}
    return text, meta
