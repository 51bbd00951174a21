"""Noise distribution for negative sampling: unigram ** ns_exponent, drawn via an alias table."""

from __future__ import annotations

import numpy as np


def noise_distribution(counts: np.ndarray, ns_exponent: float = 0.75) -> np.ndarray:
    """Probabilities proportional to count ** ns_exponent (float64, sums to 1)."""
    p = np.asarray(counts, dtype=np.float64) ** ns_exponent
    s = p.sum()
    return p / s if s > 0 else p


def alias_table(probs: np.ndarray) -> np.ndarray:
    """Walker/Vose alias table packed in one uint64 per word: high 32 bits the alias, low 32 the
    acceptance threshold. One draw costs one random number and one memory access, and follows
    ``probs`` exactly (up to 2**-32), unlike word2vec.c's 1e8-entry table.

    Draw: i = uniform slot, u = uniform 32-bit; take i if u < threshold(i) else alias(i).
    """
    p = np.asarray(probs, dtype=np.float64)
    n = len(p)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    scaled = p * n / p.sum()
    alias = np.arange(n, dtype=np.int64)
    thresh = np.ones(n, dtype=np.float64)
    small = [i for i in range(n) if scaled[i] < 1.0]
    large = [i for i in range(n) if scaled[i] >= 1.0]
    while small and large:
        s = small.pop()
        g = large[-1]
        thresh[s] = scaled[s]
        alias[s] = g
        scaled[g] -= 1.0 - scaled[s]
        if scaled[g] < 1.0:
            large.pop()
            small.append(g)
    # leftovers are 1 up to rounding
    t32 = np.minimum(np.round(thresh * 2.0**32), 2.0**32 - 1).astype(np.uint64)
    t32[thresh >= 1.0] = np.uint64(2**32 - 1)
    return (alias.astype(np.uint64) << np.uint64(32)) | t32
