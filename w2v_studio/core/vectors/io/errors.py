"""The one error type raised for a malformed or unreadable vector file."""

from __future__ import annotations


class VectorFormatError(ValueError):
    """A vector file cannot be read (or written); the message names the file and line/record.

    Attributes
    ----------
    path : str
        The file concerned.
    line : int or None
        1-based line number (text formats) or record number (binary formats), when known.
    """

    def __init__(self, message: str, path: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
