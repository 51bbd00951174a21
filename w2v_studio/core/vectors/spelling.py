"""Close-spelling suggestions for unknown words, fast on vocabularies of 200,000+ words."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence

import numpy as np

_CANDIDATES = 120  # words re-scored with difflib after the vectorised prefilter
_MIN_RATIO = 0.5


def _key(word: str) -> str:
    """Comparison form: lower case for cased scripts, and NFD so that a Hangul syllable becomes
    its jamo (a one-jamo typo stays close); Hanzi are unchanged and compared by character."""
    return unicodedata.normalize("NFD", word.lower())


def _signatures(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """128-bit set-of-characters signature per word (two uint64 halves) and its bit count."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    bits = (codes * np.uint64(2654435761)) >> np.uint64(7) & np.uint64(127)
    lo = np.where(bits < 64, np.uint64(1) << (bits & np.uint64(63)), np.uint64(0))
    hi = np.where(bits >= 64, np.uint64(1) << (bits & np.uint64(63)), np.uint64(0))
    sig = np.zeros((len(keys), 2), dtype=np.uint64)
    nonempty = lengths > 0
    if codes.size:
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
        sig[nonempty, 0] = np.bitwise_or.reduceat(lo, starts)
        sig[nonempty, 1] = np.bitwise_or.reduceat(hi, starts)
    return sig, np.bitwise_count(sig).sum(axis=1).astype(np.int32)


class SpellingIndex:
    """Suggests vocabulary words spelled like a given word.

    A vectorised prefilter (shared characters, via bit signatures, and similar length) picks
    a few dozen candidates among all words; ``difflib`` ranks them. Frequent words win ties.

    >>> SpellingIndex(["house", "mouse", "horse", "학교", "학생"]).suggest("hous", 2)
    ['house', 'mouse']
    """

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        self.keys = [_key(w) for w in words]
        self.lengths = np.fromiter(map(len, self.keys), dtype=np.int32, count=len(self.keys))
        self.sig, self.nbits = _signatures(self.keys)

    def suggest(self, word: str, n: int = 5) -> list[str]:
        """Up to ``n`` vocabulary words closest in spelling to ``word`` (best first)."""
        if n <= 0 or not self.words:
            return []
        key = _key(word)
        qsig, qbits = _signatures([key])
        shared = np.bitwise_count(self.sig & qsig).sum(axis=1)
        dice = 2.0 * shared / np.maximum(self.nbits + qbits[0], 1)
        score = dice - 0.05 * np.abs(self.lengths - len(key))
        k = min(_CANDIDATES, len(score))
        cand = np.argpartition(score, len(score) - k)[len(score) - k :]
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        scored = []
        for i in cand.tolist():
            matcher.set_seq1(self.keys[i])
            ratio = 1.0 if self.keys[i] == key else matcher.ratio()
            if ratio >= _MIN_RATIO and self.words[i] != word:
                scored.append((-ratio, i))
        scored.sort()
        return [self.words[i] for _, i in scored[:n]]
