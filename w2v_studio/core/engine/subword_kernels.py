"""Numba kernels for subword (fastText) training: like ``kernels.py``, but each input word
stands for its rows (``subword.Subwords``: the word's own row and its n-gram rows).

The hidden layer is the mean of every row of the input group (skip-gram: one word's rows;
CBOW: the rows of all context words together, as fastText's bag of subwords), and each of those
rows gets the whole hidden-layer error (fastText and gensim's FastText). Rows ``r < V`` are
``syn0[r]`` (the words), rows ``r >= V`` are ``ngrams[r - V]`` (the buckets).

Shapes: syn0 (V, D), ngrams (B, D), syn1 (V, D) negative sampling or (V-1, D) hierarchical;
ptr (V+1,) and rows: word w's rows are ``rows[ptr[w]:ptr[w+1]]``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from numba import njit

from w2v_studio.core.engine.kernels import _FM, _binary_step, _draw, _take

if TYPE_CHECKING:
    from w2v_studio.core.engine.examples import Examples
    from w2v_studio.core.engine.model import TrainedModel
    from w2v_studio.core.engine.subword import Subwords


@njit(inline="always", fastmath=_FM)
def _gather(syn0, ngrams, in_ids, a, b, ptr, rows, h):
    V, D = syn0.shape
    for d in range(D):
        h[d] = 0.0
    count = 0
    for j in range(a, b):
        w = in_ids[j]
        for k in range(ptr[w], ptr[w + 1]):
            r = rows[k]
            if r < V:
                for d in range(D):
                    h[d] += syn0[r, d]
            else:
                for d in range(D):
                    h[d] += ngrams[r - V, d]
            count += 1
    if count > 1:
        inv = np.float32(1.0 / count)
        for d in range(D):
            h[d] *= inv


@njit(inline="always", fastmath=_FM)
def _scatter(syn0, ngrams, in_ids, a, b, ptr, rows, work):
    V, D = syn0.shape
    for j in range(a, b):
        w = in_ids[j]
        for k in range(ptr[w], ptr[w + 1]):
            r = rows[k]
            if r < V:
                for d in range(D):
                    syn0[r, d] += work[d]
            else:
                for d in range(D):
                    ngrams[r - V, d] += work[d]


@njit(inline="always", fastmath=_FM)
def _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1, h, work):
    lr = lr0 + (lr1 - lr0) * (i / len(targets))
    a, b = in_ptr[i], in_ptr[i + 1]
    _gather(syn0, ngrams, in_ids, a, b, ptr, rows, h)
    for d in range(h.shape[0]):
        work[d] = 0.0
    return lr, a, b, targets[i]


@njit(nogil=True, fastmath=_FM, cache=True)
def train_negative(syn0, ngrams, syn1, ptr, rows, targets, in_ptr, in_ids, lr0, lr1,
                   noise_alias, negative, state, share):
    """Negative sampling (``kernels.train_negative`` with subword inputs): K noise words per
    example, a draw equal to the target skipped; ``share`` as there."""
    D = syn0.shape[1]
    n = len(targets)
    h = np.empty(D, dtype=np.float32)
    work = np.empty(D, dtype=np.float32)
    negs = np.empty(max(negative, 1), dtype=np.int64)
    prev = -1
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1,
                             h, work)
        prod, loss = _take(1.0, loss, _binary_step(syn1, t, h, work, 1, lr))
        if not (share and t == prev):
            for k in range(negative):
                negs[k] = _draw(noise_alias, state)
        prev = t
        for k in range(negative):
            if negs[k] == t:
                continue
            prod, loss = _take(prod, loss, _binary_step(syn1, negs[k], h, work, 0, lr))
        loss -= math.log(prod)
        _scatter(syn0, ngrams, in_ids, a, b, ptr, rows, work)
    return loss, n


@njit(nogil=True, fastmath=_FM, cache=True)
def train_hierarchical(syn0, ngrams, syn1, ptr, rows, targets, in_ptr, in_ids, lr0, lr1,
                       codes, points, lengths):
    """Hierarchical softmax along the target's Huffman path, subword inputs."""
    D = syn0.shape[1]
    n = len(targets)
    h = np.empty(D, dtype=np.float32)
    work = np.empty(D, dtype=np.float32)
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1,
                             h, work)
        prod = 1.0
        for j in range(lengths[t]):
            p = _binary_step(syn1, points[t, j], h, work, 1 - codes[t, j], lr)
            prod, loss = _take(prod, loss, p)
        loss -= math.log(prod)
        _scatter(syn0, ngrams, in_ids, a, b, ptr, rows, work)
    return loss, n


def train_job(model: TrainedModel, table: Subwords, ex: Examples, lr0: float, lr1: float,
              alias: np.ndarray, state: np.ndarray, share: bool) -> tuple[float, int]:
    """Train one job's examples ``ex`` (``examples.Examples``) of a subword ``model``
    (``TrainedModel`` with ``ngram_vectors``) whose words map to rows through ``table``."""
    c = model.config
    if c.objective == "hierarchical":
        h = model.huffman
        return train_hierarchical(model.input_vectors, model.ngram_vectors, model.output_vectors,
                                  table.ptr, table.rows, ex.targets, ex.in_ptr, ex.in_ids,
                                  lr0, lr1, h.codes, h.points, h.lengths)
    return train_negative(model.input_vectors, model.ngram_vectors, model.output_vectors,
                          table.ptr, table.rows, ex.targets, ex.in_ptr, ex.in_ids, lr0, lr1,
                          alias, c.negative, state, share)
