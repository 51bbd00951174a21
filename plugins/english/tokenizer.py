"""English tokenizer: Unicode-aware word pattern with case, number, punctuation, hyphen options."""

from __future__ import annotations

import re

from w2v_studio.tokenizers.base import Token

# Letters/digits of any script plus the combining marks Python's \w leaves out.
_W = r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"  # noqa: E501
_WORD = rf"{_W}+(?:['’]{_W}+)*"
_NUMBER = r"\d+(?:[.,:]\d+)+"
_PUNCT = r"[^\w\s]"
_IS_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*\Z")


class EnglishTokenizer:
    """Words by a Unicode-aware pattern.

    >>> EnglishTokenizer().tokenize("Don't stop: state-of-the-art models, 3.14!")
    ["don't", 'stop', 'state-of-the-art', 'models', '3.14']
    """

    id = "english"

    def __init__(
        self,
        lowercase: bool = True,
        keep_numbers: bool = True,
        keep_punctuation: bool = False,
        split_hyphens: bool = False,
    ) -> None:
        self.lowercase = lowercase
        self.keep_numbers = keep_numbers
        self.keep_punctuation = keep_punctuation
        word = _WORD if split_hyphens else rf"{_WORD}(?:-{_WORD})*"
        parts = [_NUMBER, word] + ([_PUNCT] if keep_punctuation else [])
        self._pattern = re.compile("|".join(f"(?:{p})" for p in parts))

    def _kind(self, tok: str) -> str:
        if _IS_NUMBER.match(tok):
            return "number"
        if not any(c.isalnum() for c in tok):
            return "punct"
        return "word"

    def analyze(self, text: str) -> list[Token]:
        return [Token(t, self._kind(t)) for t in self.tokenize(text)]

    def tokenize(self, text: str) -> list[str]:
        if self.lowercase:
            text = text.lower()
        toks = self._pattern.findall(text)
        if not self.keep_numbers:
            toks = [t for t in toks if not _IS_NUMBER.match(t)]
        return toks
