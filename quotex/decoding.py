"""Bytes to text, leniently and with a report: what an article's bytes say, as best they can.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32); then UTF-8; then UTF-16 without a
mark (ASCII-range text puts a NUL in every other byte); then Windows-1252, the legacy encoding
of most Western news sites. A UTF-8 text with a few stray invalid bytes keeps its UTF-8 (the
bytes become U+FFFD, and the count is reported) rather than being misread as Windows-1252
throughout. Binary data (NULs where no UTF-16 explains them, control characters) is refused.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from quotex.errors import InputError

BINARY_INPUT = "binary file, not text (pass article files: .txt, .html, .jsonl)"
# byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# a valid UTF-8 sequence of two to four bytes: its presence says the text is UTF-8
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    replaced: int = 0  # invalid bytes (or sequences) shown as U+FFFD
    encoding: str = "utf-8"

    def warning(self) -> str | None:
        if not self.replaced:
            return None
        plural = "s" if self.replaced > 1 else ""
        return f"{self.replaced} invalid {self.encoding} byte sequence{plural} replaced by U+FFFD"


def decode_bytes(data: bytes, label: str) -> Decoded:
    """Decode an article, or raise InputError naming `label` when it is binary."""
    decoded = _decode(data)
    if looks_binary(decoded.text):
        raise InputError(label, BINARY_INPUT)
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom) :], encoding)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text:
        return Decoded(text)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _lenient(data, utf16)
    if text is not None:
        return Decoded(text)  # NULs that no UTF-16 explains: looks_binary decides
    if _UTF8_MULTIBYTE.search(data):
        return _lenient(data, "utf-8")  # UTF-8 with stray bytes, not Windows-1252
    try:
        return Decoded(data.decode("cp1252"), encoding="cp1252")
    except UnicodeDecodeError:
        return _lenient(data, "utf-8")


def _lenient(data: bytes, encoding: str) -> Decoded:
    """Decode, showing what does not decode as U+FFFD, and count it."""
    _replacements.count = 0
    text = data.decode(encoding, errors=_COUNTING)
    return Decoded(text, _replacements.count, encoding)


_replacements = threading.local()
_COUNTING = "quotex-replace-and-count"


def _replace_and_count(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    _replacements.count = getattr(_replacements, "count", 0) + 1
    return "\ufffd", error.end


codecs.register_error(_COUNTING, _replace_and_count)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII-range text puts a NUL in every other byte."""
    if len(data) < 2 or b"\x00" not in data:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """More than one character in a hundred (of the first 4,096) is a control character
    that no text uses: NULs and the like, not line breaks, tabs or form feeds."""
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > 0.01 * len(sample)


def display_name(path: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogate escapes)
    shown as ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
