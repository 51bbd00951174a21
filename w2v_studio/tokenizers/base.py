"""The small contract every tokenizer meets, and the whitespace tokenizer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Token:
    """One token of a preview: its text, where the backend has one its tag, and where known
    its character span in the analysed line (``line[start:end]``; see ``tokenizers.spans``)."""

    text: str
    tag: str | None = None
    start: int | None = None
    end: int | None = None


@runtime_checkable
class Tokenizer(Protocol):
    """Turns one line of text into tokens.

    Tokens never contain whitespace (space, tab, newline): the tokenized corpus is written
    one line per input line with tokens separated by single spaces.
    """

    def tokenize(self, text: str) -> list[str]:
        """The tokens used for training."""
        ...

    def analyze(self, text: str) -> list[Token]:
        """Tokens with tags, for previews (tag None where the backend has none)."""
        ...


class WhitespaceTokenizer:
    """For text that is already segmented: tokens are the runs of non-whitespace.

    >>> WhitespaceTokenizer().tokenize(" the  cat\\tsat\\n")
    ['the', 'cat', 'sat']
    """

    id = "whitespace"

    def __init__(self, lowercase: bool = False) -> None:
        self.lowercase = lowercase

    def tokenize(self, text: str) -> list[str]:
        return (text.lower() if self.lowercase else text).split()

    def analyze(self, text: str) -> list[Token]:
        return [Token(t) for t in self.tokenize(text)]
