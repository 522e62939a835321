"""Main article text out of a saved web page, via trafilatura, with a plain-text fallback."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from quotex.decoding import decode_bytes, looks_binary
from quotex.errors import InputError

# tags whose text is not the page's words
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
# tags that end a paragraph
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "header", "footer", "tr", "table", "pre", "hr", "dd", "dt", "figcaption", "main", "aside",
}  # fmt: skip
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def extract_html(data: bytes, label: str) -> tuple[str, dict[str, Any], str | None]:
    """The article text (paragraphs separated by blank lines), its metadata, and a warning
    when the page had to be read without trafilatura.

    trafilatura decides the encoding from the bytes (the declared charset, else what the
    bytes look like) and leaves out navigation, comments and related-article lists; offsets
    then refer to the text returned here (``--include-text`` shows it). A page it cannot
    parse, or finds no article in, is read as plain text with its tags left out.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
    except Exception:  # noqa: BLE001 - any parser failure falls back to the plain reading below
        document = None
    fields: dict[str, Any] = {}
    if document is not None:
        fields = document if isinstance(document, dict) else document.as_dict()
    body = fields.get("text") or ""
    text = _paragraphs(body)
    if text and not looks_binary(text):
        meta = {key: fields[key] for key in ("title", "author", "date", "sitename", "url") if fields.get(key)}
        if "author" in meta:
            meta["author"] = _without_job_titles(str(meta["author"])) or meta["author"]
        return text, meta, None
    text = _paragraphs(_plain_text(_decoded(data, label)))
    if not any(character.isalnum() for character in text):
        raise InputError(label, "no article text found in this HTML page")
    return text, {}, "trafilatura could not read this page: its text was taken as it stands, tags left out"


def _without_job_titles(authors: str) -> str:
    """ "Lena Park; Business reporter" as "Lena Park": trafilatura lists a byline's job title
    ("By Lena Park, Business reporter") as one more author (a name with a first name stays,
    whatever its last word: "Jane Reporter")."""
    from quotex.first_names import person_gender  # only pages with an author need the lists

    return "; ".join(
        name
        for name in (part.strip() for part in authors.split(";"))
        if name and (name.split()[-1].lower() not in _NEWSROOM_JOBS or person_gender(name) is not None)
    )


# the last word of a byline's job title: "Business reporter", "Staff Writer", "Chief Political Correspondent"
_NEWSROOM_JOBS = frozenset(
    "reporter reporters correspondent correspondents editor editors writer writers columnist contributor "
    "journalist producer staff desk team".split()
)


def _paragraphs(body: str) -> str:
    return "\n\n".join(line.strip() for line in body.split("\n") if line.strip())


def _decoded(data: bytes, label: str) -> str:
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # a charset Python does not know: guess as for text
    return decode_bytes(data, label).text


class _TextOfPage(HTMLParser):
    """The words of a page, a paragraph per block element, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _plain_text(html: str) -> str:
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
