"""Exceptions whose messages tell the user what to do, and the CLI's exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # some inputs failed; the rest were processed and written
    USAGE = 2
    INTERRUPTED = 130


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


class ModelNotFoundError(QuotexError):
    pass
