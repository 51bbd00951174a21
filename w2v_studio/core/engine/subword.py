"""Character n-grams of words, hashed exactly as fastText (and gensim's FastText) do.

A word's n-grams are the substrings of ``"<word>"`` of ``min_n`` to ``max_n`` characters (the
whole ``"<word>"`` included when short enough); each is hashed with 32-bit FNV-1a over its
UTF-8 bytes, the bytes taken as *signed* chars as fastText's ``Dictionary::hash`` does, and put
in bucket ``hash % buckets``. In the training matrix the word's own row is its vocabulary id and
bucket ``b`` is row ``V + b`` (fastText's layout). With ``subword="jamo"`` Hangul syllables are
decomposed first (``jamo.py``); the word's own row is still the word as written.

A word's vector is the mean of its rows: the word row and its n-gram rows for a known word,
the n-gram rows alone for an unknown one (zero when it has no n-gram).

>>> ngram_hashes("where", 3, 3, 2_000_000).tolist()[:2]  # '<wh', 'whe'
[167652, 420941]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numba import njit

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.jamo import decompose

if TYPE_CHECKING:
    from w2v_studio.core.engine.model import TrainedModel

_MASK = np.uint64(0xFFFFFFFF)


@njit(cache=True, inline="always")
def _fnv(buf, a, b):
    h = np.uint64(2166136261)
    for k in range(a, b):
        c = np.uint64(buf[k])
        if c >= 128:  # a signed char, sign-extended to 32 bits
            c |= np.uint64(0xFFFFFF00)
        h = ((h ^ c) * np.uint64(16777619)) & _MASK
    return h


@njit(cache=True)
def _word_ngrams(buf, a, e, min_n, max_n, buckets, out, n_out):
    """Append the bucket of each n-gram of bytes buf[a:e] (``"<word>"``) to ``out``."""
    for i in range(a, e):
        if (buf[i] & 0xC0) == 0x80:
            continue
        j = i
        n = 1
        while j < e and n <= max_n:
            j += 1
            while j < e and (buf[j] & 0xC0) == 0x80:
                j += 1
            if n >= min_n and not (n == 1 and (i == a or j == e)):
                if out.shape[0] > 0:
                    out[n_out] = np.int64(_fnv(buf, i, j) % np.uint64(buckets))
                n_out += 1
            n += 1
    return n_out


@njit(cache=True)
def _all_ngrams(buf, starts, min_n, max_n, buckets, first_row, own_rows):
    """CSR (ptr, rows) of every word's rows: its own row (``own_rows``) then its n-gram
    buckets offset by ``first_row``."""
    n_words = len(starts) - 1
    none = np.empty(0, np.int64)
    ptr = np.zeros(n_words + 1, np.int64)
    for w in range(n_words):
        k = _word_ngrams(buf, starts[w], starts[w + 1], min_n, max_n, buckets, none, 0)
        ptr[w + 1] = ptr[w] + k + (1 if own_rows else 0)
    rows = np.empty(ptr[n_words], np.int64)
    for w in range(n_words):
        at = ptr[w]
        if own_rows:
            rows[at] = w
            at += 1
        end = _word_ngrams(buf, starts[w], starts[w + 1], min_n, max_n, buckets, rows[at:], 0)
        for k in range(end):
            rows[at + k] += first_row
    return ptr, rows


def _encoded(words: Sequence[str], subword: str) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes of every ``"<word>"`` (jamo-decomposed if asked) and their offsets."""
    form = decompose if subword == "jamo" else str
    parts = [f"<{form(w)}>".encode("utf-8", "surrogatepass") for w in words]
    starts = np.zeros(len(parts) + 1, np.int64)
    np.cumsum([len(p) for p in parts], out=starts[1:])
    return np.frombuffer(b"".join(parts), np.uint8), starts


def ngram_hashes(word: str, min_n: int, max_n: int, buckets: int,
                 subword: str = "chars") -> np.ndarray:
    """The bucket of each n-gram of ``word`` (gensim's ``ft_ngram_hashes``), int64."""
    buf, starts = _encoded([word], subword)
    return _all_ngrams(buf, starts, min_n, max_n, buckets, 0, False)[1]


@dataclass(frozen=True)
class Subwords:
    """How words map to rows: the n-gram settings and, for the vocabulary, each word's rows
    (``rows[ptr[w]:ptr[w+1]]``: ``w`` itself, then ``V + bucket`` per n-gram)."""

    min_n: int
    max_n: int
    buckets: int
    subword: str  # "chars" or "jamo"
    ptr: np.ndarray  # (V+1,) int64
    rows: np.ndarray  # int64

    @classmethod
    def for_words(cls, words: Sequence[str], min_n: int, max_n: int, buckets: int,
                  subword: str = "chars") -> Subwords:
        buf, starts = _encoded(words, subword)
        ptr, rows = _all_ngrams(buf, starts, min_n, max_n, buckets, len(words), True)
        return cls(min_n, max_n, buckets, subword, ptr, rows)

    @classmethod
    def for_config(cls, words: Sequence[str], c: TrainConfig) -> Subwords:
        """From the settings of a model whose ``method`` is ``"fasttext"``."""
        return cls.for_words(words, c.min_n, c.max_n, c.buckets, c.subword)

    def buckets_of(self, word: str) -> np.ndarray:
        """The n-gram buckets of any word (known or not)."""
        return ngram_hashes(word, self.min_n, self.max_n, self.buckets, self.subword)


@njit(cache=True)
def _compose(word_rows, ngram_rows, ptr, rows):
    n_words, dim = word_rows.shape
    out = np.zeros((n_words, dim), np.float32)
    for w in range(n_words):
        for k in range(ptr[w], ptr[w + 1]):
            r = rows[k]
            src = word_rows[r] if r < n_words else ngram_rows[r - n_words]
            for d in range(dim):
                out[w, d] += src[d]
        if ptr[w + 1] > ptr[w]:
            inv = np.float32(1.0 / (ptr[w + 1] - ptr[w]))
            for d in range(dim):
                out[w, d] *= inv
    return out


def compose(word_rows: np.ndarray, ngram_rows: np.ndarray, table: Subwords) -> np.ndarray:
    """(V, D) float32 vectors of the vocabulary: each word's row averaged with its n-grams'."""
    return _compose(np.ascontiguousarray(word_rows, np.float32),
                    np.ascontiguousarray(ngram_rows, np.float32), table.ptr, table.rows)


class NgramVectors:
    """Vectors for words outside the vocabulary, from their n-grams (None: it has none)."""

    def __init__(self, ngram_rows: np.ndarray, min_n: int, max_n: int, buckets: int,
                 subword: str = "chars") -> None:
        self.ngram_rows = ngram_rows
        self.min_n, self.max_n, self.buckets, self.subword = min_n, max_n, buckets, subword

    def __call__(self, word: str) -> np.ndarray | None:
        ids = ngram_hashes(word, self.min_n, self.max_n, self.buckets, self.subword)
        if len(ids) == 0:
            return None
        return self.ngram_rows[ids].mean(axis=0, dtype=np.float64).astype(np.float32)


def subword_settings(config: TrainConfig) -> dict[str, object]:
    """The settings that decide a model's rows (kept when a saved model trains further)."""
    return {k: getattr(config, k) for k in ("method", "min_n", "max_n", "buckets", "subword")}


def model_vectors(model: TrainedModel) -> tuple[np.ndarray, NgramVectors]:
    """A fastText model's word vectors (each word's row averaged with its n-grams', as
    fastText and gensim answer for known words) and the function for unknown words."""
    c, ngrams = model.config, model.ngram_vectors
    if ngrams is None:
        raise ValueError("not a fastText model: it has no n-gram vectors")
    vectors = compose(model.input_vectors, ngrams, Subwords.for_config(model.vocab.words, c))
    return vectors, NgramVectors(ngrams, c.min_n, c.max_n, c.buckets, c.subword)
