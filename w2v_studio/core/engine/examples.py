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


@njit(inline="always", cache=True)
def subsample(ids, lo, hi, keep_prob, state, kept):
    """Subsampling: copy each occurrence of ``ids[lo:hi]`` to ``kept`` with probability
    ``keep_prob[word]``; returns how many were kept."""
    n = 0
    for j in range(lo, hi):
        w = ids[j]
        p = keep_prob[w]
        if p >= 1.0 or next_float(state) < p:
            kept[n] = w
            n += 1
    return n


@njit(inline="always", cache=True)
def window_of(i, n, window, dynamic, state):
    """The context positions [lo, hi) of position i among n kept words (``dynamic``: the
    window shrunk by a random 0..window-1, as word2vec.c)."""
    b = next_below(state, window) if dynamic else 0
    return max(0, i - window + b), min(n, i + window - b + 1)


@njit(inline="always", cache=True)
def add_context(kept, i, lo, hi, in_ids, n_in):
    """Append the context words kept[lo:hi] but the centre i to ``in_ids``; the new length."""
    for j in range(lo, hi):
        if j != i:
            in_ids[n_in] = kept[j]
            n_in += 1
    return n_in


@njit(inline="always", cache=True)
def add_pairs(kept, i, lo, hi, targets, in_ptr, in_ids, n_ex, n_in):
    """Skip-gram: one example per context word of centre i (input = it, target = the centre);
    the new (n_ex, n_in)."""
    for j in range(lo, hi):
        if j != i:
            in_ids[n_in] = kept[j]
            n_in += 1
            targets[n_ex] = kept[i]
            n_ex += 1
            in_ptr[n_ex] = n_in
    return n_ex, n_in


@njit(inline="always", cache=True)
def example_arrays(n_examples, n_inputs):
    """Room for at most n_examples examples with n_inputs input ids in all: (targets, in_ptr,
    in_ids), in_ptr[0] = 0."""
    targets = np.empty(n_examples, dtype=np.int32)
    in_ptr = np.empty(n_examples + 1, dtype=np.int64)
    in_ptr[0] = 0
    return targets, in_ptr, np.empty(n_inputs, dtype=np.int32)


@njit(nogil=True, cache=True)
def _make_examples(ids, sent_ptr, keep_prob, window, dynamic, cbow, state):
    n_sent = len(sent_ptr) - 1
    kept = np.empty(len(ids), dtype=np.int32)
    targets, in_ptr, in_ids = example_arrays(len(ids) * (1 if cbow else 2 * window) + 1,
                                             len(ids) * 2 * window + 1)
    n_ex, n_in = 0, 0
    for s in range(n_sent):
        n = subsample(ids, sent_ptr[s], sent_ptr[s + 1], keep_prob, state, kept)
        for i in range(n):
            lo, hi = window_of(i, n, window, dynamic, state)
            if not cbow:
                n_ex, n_in = add_pairs(kept, i, lo, hi, targets, in_ptr, in_ids, n_ex, n_in)
                continue
            start = n_in
            n_in = add_context(kept, i, lo, hi, in_ids, n_in)
            if n_in > start:
                targets[n_ex] = kept[i]
                n_ex += 1
                in_ptr[n_ex] = n_in
    return targets[:n_ex], in_ptr[: n_ex + 1], in_ids[:n_in]


def make_examples(ids: np.ndarray, sent_ptr: np.ndarray, keep_prob: np.ndarray, *, window: int,
                  dynamic: bool, cbow: bool, state: np.ndarray) -> Examples:
    """Examples of one job of sentences (``ids`` in-vocabulary ids, sentence i is
    ``ids[sent_ptr[i]:sent_ptr[i+1]]``). ``state`` is an ``rng.make_state`` array."""
    return Examples(*_make_examples(ids, sent_ptr, keep_prob, window, dynamic, cbow, state))
