"""How far each row moves when replicas are merged: between adding up the ranks' changes (what a
single process would have done, for a row that is updated rarely) and averaging them (for a row
updated so often that every rank's change already went all the way).

Model: a row that one rank updated n times with learning rate lr moves towards its local optimum
by the fraction 1 - exp(-a) of the way, a = lr x c x n (c: the curvature of one update's loss).
One process would have applied the k ranks' k x n updates one after another: 1 - exp(-k a) of
the way. The sum of the k changes goes k (1 - exp(-a)) of the way, so the merged change is the
sum scaled by

    s(k, a) = (1 - exp(-k a)) / (k (1 - exp(-a)))

which is 1 (the sum) for a -> 0 and 1/k (the average) for a large. It is kept at or above
min(1, 2/k): a saturated row then moves at most twice its own way, the most a quadratic model
stays stable with, which is also what the plain sum of two ranks does and what measured best
with two ranks (a row is never scaled when two ranks changed it). n is the row's expected
number of updates in the words each rank trained since the last merge, from the vocabulary's
counts, the subsampling and the noise distribution (the same on every rank, so that replicas
stay equal). ``CURVATURE`` was measured on the first 30,000 lines of the English sample (2M
tokens, sg+ns, 5 epochs, a merge every 200,000 words; one process: analogy 8.7-9.1%, WordSim-353
0.44): with 4 processes, c = 0.013 diverges (NaN in epoch 1), 0.05 reaches 7.3% / 0.38, 0.13
6.2% / 0.38, 0.43 4.5% / 0.32 (too much averaging); with 2 processes c = 0.05 reaches 8.3% /
0.43. With the floor of 2/k: 4 processes 7.1% / 0.38, 2 processes the sum's 9.0% / 0.46.
(The plain sum: 4 processes NaN; averaging every row two processes share: 5.6% / 0.29.)
"""

from __future__ import annotations

import numpy as np

CURVATURE = 0.05  # c: one update's curvature, as measured (see the module docstring)
FLOOR = 2.0  # s is at least min(1, FLOOR / k): two ranks add up (as measured best)


def update_rates(counts: np.ndarray, keep: np.ndarray, window: int, objective: str,
                 negative: int, noise: np.ndarray | None, huffman=None
                 ) -> tuple[np.ndarray, np.ndarray | None]:
    """Expected updates per training word of each input row and each output row."""
    p = counts.astype(np.float64) / max(float(counts.sum()), 1.0)
    kept = p * keep  # occurrences that survive subsampling, per word of text
    pairs = window + 1  # a kept word's expected context pairs (dynamic window, both sides)
    rate_in = kept * pairs
    if objective == "negative" and noise is not None:
        rate_out = rate_in + negative * noise * float(kept.sum()) * pairs
    elif objective == "hierarchical" and huffman is not None:
        rate_out = np.zeros(max(len(counts) - 1, 1))
        L = huffman.points.shape[1]
        on_path = np.arange(L)[None, :] < huffman.lengths[:, None]
        np.add.at(rate_out, huffman.points[on_path], np.repeat(rate_in, huffman.lengths))
    else:
        rate_out = rate_in
    return rate_in, rate_out


def merge_factor(lr: float, words_per_rank: float) -> float:
    """a / rate: the learning rate x the curvature x the words each rank trained since the
    last merge."""
    return lr * CURVATURE * words_per_rank


def merge_scale(changed, rate, factor: float):
    """s(k, a) per row (torch tensors): ``changed`` k, the number of ranks that changed each
    row; ``rate`` its updates per word; ``factor`` from :func:`merge_factor`."""
    import torch

    a = factor * rate.double()
    k = changed.double().clamp_min(1)
    s = torch.expm1(-k * a) / (k * torch.expm1(-a))
    s = torch.maximum(s, (FLOOR / k).clamp_max(1.0))
    return torch.where(a > 1e-12, s, torch.ones_like(s)).to(rate.dtype)
