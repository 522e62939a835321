"""Exceptions whose messages tell the user what to do, warnings, and the CLI's exit codes."""

from __future__ import annotations

import unicodedata
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # some inputs failed, or the output could not be written; the rest was kept
    USAGE = 2
    HANGUP = 129  # SIGHUP: as for Ctrl-C
    INTERRUPTED = 130  # Ctrl-C (SIGINT): finished articles kept as complete lines
    TERMINATED = 143  # SIGTERM: as for Ctrl-C


class QuotexError(Exception):
    """Base class: the message is meant for the user as it stands."""


class InputError(QuotexError):
    """One input (file, line, stdin) could not be read or is not an article."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # errors cross process boundaries with --jobs; rebuild from both parts
        return (type(self), (self.source, self.problem))


class OutputError(QuotexError):
    """The output could not be written (disk full, read-only, closed): the run stops."""


class ModelNotFoundError(QuotexError):
    pass


class InputWarning(UserWarning):
    """An input was read, but not as it stood: a stray invalid byte replaced, a file name that
    is not UTF-8, metadata nested too deep. The article is still extracted."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


def printable(text: str, *, newlines: bool = False) -> str:
    """`text` with every control and format character shown escaped (``\\x1b``, ``\\u202e``),
    never emitted: article text, names and file names reach terminals, where a control
    sequence can clear the screen, set the window title, write the clipboard or plant links,
    and a bidirectional override can disguise what is shown. Line breaks are escaped too
    unless `newlines` (a multi-line body), so a name can never forge a line of its own."""
    if text.isprintable():
        return text
    kept = "\n" if newlines else ""
    return "".join(
        character if character in kept or unicodedata.category(character) not in _HIDDEN else _escaped(character)
        for character in text
    )


# control, format (bidirectional overrides, zero-width), line and paragraph separators
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _escaped(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
