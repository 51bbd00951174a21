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

from w2v_studio.core.engine.kernels import (
    _FM,
    _binary_step,
    _buffers,
    _example,
    _noise,
    _noise_step,
    _path,
    _take,
    _to_mean,
    _zero,
)

if TYPE_CHECKING:
    from w2v_studio.core.engine.examples import Examples
    from w2v_studio.core.engine.model import TrainedModel
    from w2v_studio.core.engine.subword import Subwords


@njit(inline="always", fastmath=_FM, cache=True)
def _rows(syn0, ngrams, in_ids, a, b, ptr, rows, vec, into_rows):
    """Every row of the words of the input group [a, b): vec += the row, or (``into_rows``, a
    constant at each call) the row += vec. Returns how many rows there are."""
    V = syn0.shape[0]
    count = 0
    for j in range(a, b):
        w = in_ids[j]
        for k in range(ptr[w], ptr[w + 1]):
            r = rows[k]
            for d in range(vec.shape[0]):
                if into_rows and r < V:
                    syn0[r, d] += vec[d]
                elif into_rows:
                    ngrams[r - V, d] += vec[d]
                elif r < V:
                    vec[d] += syn0[r, d]
                else:
                    vec[d] += ngrams[r - V, d]
        count += ptr[w + 1] - ptr[w]
    return count


@njit(inline="always", fastmath=_FM, cache=True)
def _gather(syn0, ngrams, in_ids, a, b, ptr, rows, h):
    """h = the mean of the group's rows."""
    _zero(h)
    _to_mean(h, _rows(syn0, ngrams, in_ids, a, b, ptr, rows, h, False))


@njit(inline="always", fastmath=_FM, cache=True)
def _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1, h, work):
    lr, a, b, t = _example(targets, in_ptr, i, lr0, lr1)
    _gather(syn0, ngrams, in_ids, a, b, ptr, rows, h)
    _zero(work)
    return lr, a, b, t


@njit(nogil=True, fastmath=_FM, cache=True)
def train_negative(syn0, ngrams, syn1, ptr, rows, targets, in_ptr, in_ids, lr0, lr1,
                   noise_alias, negative, state, share):
    """Negative sampling (``kernels.train_negative`` with subword inputs): K noise words per
    example, a draw equal to the target skipped; ``share`` as there."""
    n = len(targets)
    h, work = _buffers(syn0.shape[1])
    negs = np.empty(max(negative, 1), dtype=np.int64)
    prev = -1
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1,
                             h, work)
        prev = _noise(negs, negative, noise_alias, state, share, t, prev)
        prod, loss = _take(1.0, loss, _binary_step(syn1, t, h, work, 1, lr))
        for k in range(negative):
            prod, loss = _noise_step(syn1, negs[k], t, h, work, lr, prod, loss)
        loss -= math.log(prod)
        _rows(syn0, ngrams, in_ids, a, b, ptr, rows, work, True)
    return loss, n


@njit(nogil=True, fastmath=_FM, cache=True)
def train_hierarchical(syn0, ngrams, syn1, ptr, rows, targets, in_ptr, in_ids, lr0, lr1,
                       codes, points, lengths):
    """Hierarchical softmax along the target's Huffman path, subword inputs."""
    n = len(targets)
    h, work = _buffers(syn0.shape[1])
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, ngrams, targets, in_ptr, in_ids, ptr, rows, i, lr0, lr1,
                             h, work)
        loss = _path(syn1, t, codes, points, lengths, h, work, lr, loss)
        _rows(syn0, ngrams, in_ids, a, b, ptr, rows, work, True)
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
