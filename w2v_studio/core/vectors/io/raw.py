"""What every reader returns: words, a float32 matrix, optional counts, and warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError

# progress(done, total): ``total`` is the number of vectors the file declares (or an estimate).
ProgressCallback = Callable[[int, int], None]

REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class RawVectors:
    """Vectors as read from a file, before any query structure is built.

    ``words[i]`` labels ``vectors[i]``; ``counts`` is None when the file carries no frequencies.
    ``warnings`` are plain sentences for the user (duplicates dropped, bytes replaced, ...).
    """

    words: list[str]
    vectors: np.ndarray  # (V, D) float32
    counts: np.ndarray | None = None  # (V,) int64
    warnings: tuple[str, ...] = ()
    format: str = ""
    # vectors for words outside the vocabulary (fastText models: from their n-grams)
    oov: Callable[[str], np.ndarray | None] | None = None


_FINITE_ROWS = 1 << 16
_SMALL = 64 << 20  # bytes a short-by-a-little file may make a reader set aside in vain


def check_header_size(
    path: str, declared: int, want: int, dim: int, remaining: int, binary: bool
) -> int:
    """Rows to set aside for ``want`` vectors of a ``COUNT DIM`` header, refusing at once (before
    any memory is taken) a header that the ``remaining`` bytes after it cannot hold.

    A text line takes at least 2 x DIM + 1 bytes ("w 0 0 ... 0"), a binary record a word, a
    space and 4 x DIM bytes. A file that is only a little short is left to the reader, whose
    message names the line where it ends.
    """
    per_row = 4 * dim + 2 if binary else 2 * dim + 1
    need = want * per_row - (0 if binary else 1)
    if need > remaining and (want * dim * 4 > _SMALL or per_row > remaining + 1):
        kind = "binary word2vec" if binary else "text"
        raise VectorFormatError(
            f"{path}: the header says {declared:,} vectors of {dim:,} numbers; {want:,} of them "
            f"as {kind} need at least {need:,} bytes, but the file has {remaining:,} after the "
            f"header. The header is wrong or the file was cut short: correct the header or "
            f"copy the file again.",
            path,
            1,
        )
    return min(want, remaining // per_row + 1)


def check_finite(
    block: np.ndarray, names: list[str], numbers: Sequence[int], unit: str, path: str
) -> None:
    """Refuse NaN or infinite values, naming the first word that has one and its line/record.

    ``names[i]`` and ``numbers[i]`` (its line or record number, ``unit``) describe ``block[i]``.
    Checked in slices, so a big matrix needs no big temporary.
    """
    for lo in range(0, len(block), _FINITE_ROWS):
        bad = ~np.isfinite(block[lo : lo + _FINITE_ROWS]).all(axis=1)
        if bad.any():
            i = lo + int(np.argmax(bad))
            raise VectorFormatError(
                f"{path}, {unit} {numbers[i]:,}: the vector of {names[i]!r} holds NaN or "
                f"infinity, which no distance can use. Remove that {unit} or export the "
                f"vectors again.",
                path,
                numbers[i],
            )


class Collector:
    """Accumulates words and vector rows, dropping duplicate words (first one wins)."""

    def __init__(self, capacity: int, dim: int) -> None:
        self.dim = dim
        self.words: list[str] = []
        self.seen: dict[str, int] = {}
        self.vectors = np.empty((max(capacity, 0), dim), dtype=np.float32)
        self.duplicates: list[str] = []
        self.replaced = 0  # words whose bytes were not valid UTF-8

    def decode(self, raw: bytes) -> str:
        """UTF-8 with replacement; counts words the C tool cut inside a multibyte character."""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.replaced += 1
            return raw.decode("utf-8", errors="replace")

    def claim(self, word: str) -> int | None:
        """Row for a new word (growing the matrix if needed); None for a duplicate."""
        if word in self.seen:
            self.duplicates.append(word)
            return None
        n = len(self.words)
        if n == len(self.vectors):
            grown = np.empty((max(16, 2 * n), self.dim), dtype=np.float32)
            grown[:n] = self.vectors
            self.vectors = grown
        self.seen[word] = n
        self.words.append(word)
        return n

    def add(self, word: str, row: np.ndarray) -> None:
        n = self.claim(word)
        if n is not None:
            self.vectors[n] = row

    def add_block(self, words: list[str], block: np.ndarray) -> None:
        """Many rows at once (one numpy copy when the words are all new)."""
        n = len(self.words)
        if (
            n + len(words) > len(self.vectors)
            or not self.seen.keys().isdisjoint(words)
            or len(set(words)) != len(words)
        ):
            for word, row in zip(words, block, strict=True):
                self.add(word, row)
            return
        self.seen.update(zip(words, range(n, n + len(words)), strict=True))
        self.words.extend(words)
        self.vectors[n : n + len(words)] = block

    def finish(self, fmt: str, path: str, extra_warnings: tuple[str, ...] = ()) -> RawVectors:
        warnings = list(extra_warnings)
        if self.replaced:
            warnings.append(
                f"{path}: {self.replaced:,} word(s) were not valid UTF-8 (often words the word2vec "
                f"C tool cut in the middle of a character); the bad bytes were replaced by "
                f"{REPLACEMENT!r}."
            )
        if self.duplicates:
            shown = ", ".join(repr(w) for w in self.duplicates[:5])
            more = " ..." if len(self.duplicates) > 5 else ""
            warnings.append(
                f"{path}: {len(self.duplicates):,} duplicate word(s) ({shown}{more}); "
                f"kept the first vector of each."
            )
        vectors = self.vectors[: len(self.words)]
        if len(vectors) != len(self.vectors):
            vectors = vectors.copy()
        return RawVectors(self.words, vectors, None, tuple(warnings), fmt)
