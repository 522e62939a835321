"""Articles out of web archives (WARC, WARC.gz): each HTML response is a page.

warcio reads the records (gzip-per-record or not, found from the bytes) as a stream, so an
archive of any size is read in flat memory. A response whose HTTP content type is HTML goes
through the HTML reader like a saved page; its URL, the crawl date and the record id go to
``meta``. Other records (requests, metadata, images, PDFs, robots.txt) are not articles and
are passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from quotex.errors import InputError

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML response of an archive: where it is (for messages), its URL and its bytes."""

    where: str
    url: str
    meta: dict[str, Any]
    html: bytes


def warc_pages(stream: BinaryIO, label: str, byte_limit: int) -> Iterator[Page | InputError]:
    """The HTML responses of an archive, in order; one over `byte_limit` is reported."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(HTML_TYPES):
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{label}:{url or number}"
            html = record.content_stream().read(byte_limit + 1)
            if len(html) > byte_limit:
                yield InputError(where, f"page over {byte_limit:,} bytes, over the --max-chars limit: skipped")
                continue
            meta = _record_meta(record, url)
            yield Page(where, url, meta, html)
    except ArchiveLoadFailed as error:
        yield InputError(label, f"not a readable WARC archive after {number} pages: {error}")
    except (OSError, EOFError, ValueError) as error:  # a truncated or corrupt gzip member
        yield InputError(label, f"archive cut short or corrupt after {number} pages: {error}")


def _record_meta(record: Any, url: str) -> dict[str, Any]:
    headers = record.rec_headers
    meta: dict[str, Any] = {"url": url}
    date = headers.get_header("WARC-Date")
    if date:
        meta["crawl_date"] = date
    record_id = headers.get_header("WARC-Record-ID")
    if record_id:
        meta["warc_record_id"] = record_id.strip("<>")
    return meta
