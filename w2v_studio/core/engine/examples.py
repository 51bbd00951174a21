"""Example generation shared by every backend: subsampling, dynamic window, skip-gram / CBOW.

An example is an *input group* of word ids and one *target* word id:

* skip-gram: input = [one context word], target = the centre (one example per pair; the
  direction word2vec.c and gensim use, so the pairs of one window share their target);
* CBOW: input = the context words, target = the centre.

They are returned as flat arrays ``targets (N,)``, ``in_ptr (N+1,)`` and ``in_ids (M,)``, the
input group of example i being ``in_ids[in_ptr[i]:in_ptr[i+1]]``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit

from w2v_studio.core.engine.rng import next_below, next_float


@dataclass
class Examples:
    targets: np.ndarray  # (N,) int32
    in_ptr: np.ndarray  # (N+1,) int64
    in_ids: np.ndarray  # (M,) int32

    def __len__(self) -> int:
        return len(self.targets)


@njit(nogil=True, cache=True)
def _make_examples(ids, sent_ptr, keep_prob, window, dynamic, cbow, state):
    n_sent = len(sent_ptr) - 1
    kept = np.empty(len(ids), dtype=np.int32)
    cap = len(ids) * 2 * window + 1
    targets = np.empty(len(ids) * (1 if cbow else 2 * window) + 1, dtype=np.int32)
    in_ids = np.empty(cap, dtype=np.int32)
    in_ptr = np.empty(len(targets) + 1, dtype=np.int64)
    n_ex = 0
    n_in = 0
    in_ptr[0] = 0
    for s in range(n_sent):
        # subsampling: keep each occurrence with probability keep_prob[word]
        n = 0
        for j in range(sent_ptr[s], sent_ptr[s + 1]):
            w = ids[j]
            p = keep_prob[w]
            if p >= 1.0 or next_float(state) < p:
                kept[n] = w
                n += 1
        for i in range(n):
            b = next_below(state, window) if dynamic else 0
            lo = max(0, i - window + b)
            hi = min(n, i + window - b + 1)
            if cbow:
                start = n_in
                for j in range(lo, hi):
                    if j != i:
                        in_ids[n_in] = kept[j]
                        n_in += 1
                if n_in > start:
                    targets[n_ex] = kept[i]
                    n_ex += 1
                    in_ptr[n_ex] = n_in
            else:
                for j in range(lo, hi):
                    if j != i:
                        in_ids[n_in] = kept[j]
                        n_in += 1
                        targets[n_ex] = kept[i]
                        n_ex += 1
                        in_ptr[n_ex] = n_in
    return targets[:n_ex], in_ptr[: n_ex + 1], in_ids[:n_in]


def make_examples(ids: np.ndarray, sent_ptr: np.ndarray, keep_prob: np.ndarray, *, window: int,
                  dynamic: bool, cbow: bool, state: np.ndarray) -> Examples:
    """Examples of one job of sentences (``ids`` in-vocabulary ids, sentence i is
    ``ids[sent_ptr[i]:sent_ptr[i+1]]``). ``state`` is an ``rng.make_state`` array."""
    return Examples(*_make_examples(ids, sent_ptr, keep_prob, window, dynamic, cbow, state))
