"""Small text helpers shared by tokenizers: whitespace-free tokens, full-width folding."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")

# Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic space to space.
FULLWIDTH_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def clean_token(token: str) -> str:
    """The token with inner whitespace replaced by ``_`` and outer whitespace removed.

    >>> clean_token(" New York ")
    'New_York'
    """
    token = token.strip()
    if not token or not _SPACE.search(token):
        return token
    return "_".join(token.split())


def clean_tokens(tokens: list[str]) -> list[str]:
    """Tokens without whitespace inside and without empty ones.

    >>> clean_tokens(["a b", " ", "c"])
    ['a_b', 'c']
    """
    out = []
    for t in tokens:
        t = clean_token(t)
        if t:
            out.append(t)
    return out


def needs_cleaning(tokens: list[str], joined: str) -> bool:
    """Whether ``joined`` (= ``" ".join(tokens)``) would not split back into ``tokens``:
    a token is empty or holds whitespace. Two C-level splits, no Python loop.

    >>> needs_cleaning(["a ", "b"], "a  b"), needs_cleaning(["a", "b"], "a b")
    (True, False)
    """
    n = len(tokens)
    return (n > 0 and len(joined.split(" ")) != n) or len(joined.split()) != n


def fold_fullwidth(text: str) -> str:
    """Full-width ASCII letters, digits and signs as their half-width forms.

    >>> fold_fullwidth("１９９８ＡＢＣ！")
    '1998ABC!'
    """
    return text.translate(FULLWIDTH_TO_ASCII)
