"""Which words moved between two models: cosine distance after alignment, and Hamilton et al.'s
local neighbourhood measure (2016, "Cultural shift or linguistic drift?").

The local measure needs no alignment: for a word w, take its k nearest neighbours in each
model, the union N; in each model the cosines of w to every word of N form a vector; the
measure is the cosine distance between those two vectors (second-order similarity).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Literal

import numpy as np

from w2v_studio.core.analysis.align import align, shared_words
from w2v_studio.core.vectors.word_vectors import WordVectors

SortBy = Literal["cosine", "local"]
CHUNK = 1024  # rows of the similarity matrix computed at once


@dataclass
class WordShift:
    """How far one word moved between model A and model B."""

    word: str
    cosine_distance: float  # 1 - cos(a, b) after alignment: 0 = unchanged, up to 2
    local_distance: float  # Hamilton's local neighbourhood measure: 0 = same neighbourhood
    count_a: int | None
    count_b: int | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ShiftResult:
    shifts: list[WordShift]  # most changed first
    shared: int  # words compared
    fitted_on: int  # words the alignment was fitted on
    warnings: list[str]


def _knn(unit: np.ndarray, rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(similarities of ``rows`` to all words, the k best columns of each row, self left out)."""
    sims = unit[rows] @ unit.T
    sims[np.arange(len(rows)), rows] = -np.inf
    k = min(k, unit.shape[0] - 1)
    best = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k > 0 else np.empty((len(rows), 0),
                                                                                int)
    sims[np.arange(len(rows)), rows] = 1.0
    return sims, best


def local_distances(ua: np.ndarray, ub: np.ndarray, k: int = 25) -> np.ndarray:
    """Hamilton's local neighbourhood distance for each row (row i is the same word in both).

    ``ua``, ``ub``: (n, D) unit vectors of the shared words in model A and model B.
    """
    n = ua.shape[0]
    out = np.zeros(n, dtype=np.float64)
    for start in range(0, n, CHUNK):
        rows = np.arange(start, min(start + CHUNK, n))
        sa, na = _knn(ua, rows, k)
        sb, nb = _knn(ub, rows, k)
        for r in range(len(rows)):
            union = np.union1d(na[r], nb[r])
            va, vb = sa[r, union].astype(np.float64), sb[r, union].astype(np.float64)
            norm = np.linalg.norm(va) * np.linalg.norm(vb)
            out[rows[r]] = 1.0 - float(va @ vb) / norm if norm > 0 else 1.0
    return out


def rank_shift(a: WordVectors, b: WordVectors, *, min_count: int = 1, k: int = 25,
               sort: SortBy = "cosine", anchors: Sequence[str] | None = None) -> ShiftResult:
    """Align ``b`` onto ``a`` and rank the shared words by how far they moved.

    >>> rank_shift(a, b, min_count=20).shifts[0].word  # doctest: +SKIP
    'gay'
    """
    b_aligned, fit = align(a, b, anchors)
    words = shared_words(a, b_aligned, min_count)
    warnings = list(fit.warnings)
    if len(words) < 2:
        raise ValueError(f"only {len(words)} word(s) are in both models with at least "
                         f"{min_count} occurrences; lower --min-count")
    ia = [a.index[w] for w in words]
    ib = [b_aligned.index[w] for w in words]
    ua, ub = a.unit[ia], b_aligned.unit[ib]
    cos = 1.0 - np.sum(ua.astype(np.float64) * ub, axis=1)
    local = local_distances(ua, ub, k)
    shifts = [WordShift(w, float(c), float(lo), a.count(w), b_aligned.count(w))
              for w, c, lo in zip(words, cos.tolist(), local.tolist(), strict=True)]
    key = (lambda s: -s.cosine_distance) if sort == "cosine" else (lambda s: -s.local_distance)
    shifts.sort(key=key)
    return ShiftResult(shifts, len(words), len(fit.words), warnings)
