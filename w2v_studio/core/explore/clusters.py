"""k-means clustering of word vectors in numpy (k-means++ start, Lloyd iterations)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Clustering:
    labels: np.ndarray  # (N,) int32 cluster id per word, 0..k-1
    centres: np.ndarray  # (k, D) float32
    iterations: int


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms > 0, norms, 1.0)


def _sq_dists(x: np.ndarray, x_sq: np.ndarray, c: np.ndarray) -> np.ndarray:
    # |x - c|^2 = |x|^2 - 2 x.c + |c|^2 ; (N, k)
    d = x_sq[:, None] - 2.0 * (x @ c.T) + (c * c).sum(axis=1)[None, :]
    return np.maximum(d, 0.0)


def kmeans(
    vectors: np.ndarray,
    k: int,
    *,
    seed: int = 1,
    max_iter: int = 50,
    normalize: bool = True,
    tol: float = 1e-4,
) -> Clustering:
    """Group words into ``k`` clusters (cosine geometry when ``normalize``).

    Deterministic for a given seed. Memory is O(N·k), so 50,000 × 300 with k=10 is quick.

    >>> rng = np.random.default_rng(0)
    >>> x = np.vstack([rng.normal(0, .1, (20, 5)) + 5, rng.normal(0, .1, (20, 5)) - 5])
    >>> res = kmeans(x, 2, normalize=False)
    >>> len(set(res.labels[:20])), len(set(res.labels[20:])), bool(res.labels[0] != res.labels[-1])
    (1, 1, True)
    """
    x = np.asarray(vectors, dtype=np.float32)
    if x.ndim != 2:
        raise ValueError(f"expected a (words, dimensions) matrix, got shape {x.shape}")
    n = x.shape[0]
    if k < 1:
        raise ValueError(f"k must be at least 1 (got {k})")
    if n == 0:
        return Clustering(np.zeros(0, np.int32), np.zeros((0, x.shape[1]), np.float32), 0)
    k = min(k, n)
    if normalize:
        x = _unit(x)
    rng = np.random.default_rng(seed)
    x_sq = (x * x).sum(axis=1)
    # k-means++ seeding
    centres = np.empty((k, x.shape[1]), np.float32)
    centres[0] = x[rng.integers(n)]
    closest = _sq_dists(x, x_sq, centres[:1])[:, 0]
    for j in range(1, k):
        total = float(closest.sum())
        if total <= 0:
            centres[j] = x[rng.integers(n)]
        else:
            centres[j] = x[rng.choice(n, p=closest / total)]
        closest = np.minimum(closest, _sq_dists(x, x_sq, centres[j : j + 1])[:, 0])
    labels = np.zeros(n, np.int32)
    it = 0
    for step in range(1, max_iter + 1):
        it = step
        labels = np.argmin(_sq_dists(x, x_sq, centres), axis=1).astype(np.int32)
        sizes = np.bincount(labels, minlength=k)
        new = centres.copy()
        for j in np.flatnonzero(sizes):
            new[j] = x[labels == j].mean(axis=0, dtype=np.float64)
        filled = sizes > 0
        if (~filled).any():  # empty cluster: restart it at the worst-served point
            far = np.argsort(-_sq_dists(x, x_sq, new[filled]).min(axis=1))
            new[~filled] = x[far[: int((~filled).sum())]]
        shift = float(np.abs(new - centres).max())
        centres = new
        if shift < tol:
            break
    labels = np.argmin(_sq_dists(x, x_sq, centres), axis=1).astype(np.int32)
    return Clustering(labels, centres, it)
