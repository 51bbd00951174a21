"""Numba kernels of the document vectors (Le & Mikolov 2014, as gensim's Doc2Vec trains them).

Training reuses the word kernels of ``kernels.py``: the document vectors are extra rows of the
input matrix (rows ``V..V+N-1`` after the ``V`` word rows), so an example is still an input group
and a target word (``examples.py``'s layout):

* PV-DBOW: input = [the document's row], target = each kept word of the document; with
  ``dbow_words`` also the skip-gram pairs of the document's words (gensim's ``dbow_words=1``);
* PV-DM: input = [the document's row] + the context words of the window, target = the centre
  word; the hidden layer is the mean of the group (gensim's ``dm_mean=1``).

Inference (``infer_negative``, ``infer_hierarchical``) trains one new document vector with every
word vector and output weight frozen, as gensim's ``infer_vector``.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from w2v_studio.core.engine.examples import (
    add_context,
    add_pairs,
    example_arrays,
    subsample,
    window_of,
)
from w2v_studio.core.engine.kernels import (
    _FM,
    _add,
    _buffers,
    _draw,
    _example,
    _to_mean,
    _zero,
)


@njit(nogil=True, cache=True)
def make_doc_examples(ids, doc_ptr, doc_rows, keep_prob, window, dynamic, dm, dbow_words,
                      state):
    """(targets, in_ptr, in_ids) of the documents ``ids[doc_ptr[i]:doc_ptr[i+1]]`` whose input
    rows are ``doc_rows[i]``; subsampling with ``keep_prob`` as for words."""
    n_doc = len(doc_ptr) - 1
    kept = np.empty(len(ids), dtype=np.int32)
    per_word = 1 + (2 * window if (dbow_words and not dm) else 0)
    targets, in_ptr, in_ids = example_arrays(len(ids) * per_word + 1,
                                             len(ids) * (2 * window + 1) + 1)
    n_ex, n_in = 0, 0
    for s in range(n_doc):
        n = subsample(ids, doc_ptr[s], doc_ptr[s + 1], keep_prob, state, kept)
        row = doc_rows[s]
        for i in range(n):
            lo, hi = 0, 0
            if dm or dbow_words:
                lo, hi = window_of(i, n, window, dynamic, state)
            in_ids[n_in] = row
            n_in += 1
            if dm:
                n_in = add_context(kept, i, lo, hi, in_ids, n_in)
            targets[n_ex] = kept[i]
            n_ex += 1
            in_ptr[n_ex] = n_in
            if dbow_words and not dm:
                n_ex, n_in = add_pairs(kept, i, lo, hi, targets, in_ptr, in_ids, n_ex, n_in)
    return targets[:n_ex], in_ptr[: n_ex + 1], in_ids[:n_in]


@njit(inline="always", fastmath=_FM)
def _hidden(syn0, doc, doc_row, in_ids, a, b, mean, h):
    """h = the sum (or mean) of the group's rows, ``doc`` standing for the row ``doc_row``."""
    _zero(h)
    for j in range(a, b):
        w = in_ids[j]
        if w == doc_row:
            _add(h, doc)
        else:
            for d in range(h.shape[0]):
                h[d] += syn0[w, d]
    if mean:
        _to_mean(h, b - a)


@njit(inline="always", fastmath=_FM)
def _frozen_step(syn1, row, h, work, label, lr):
    """One logistic unit with its weights frozen: only the error for the input is kept."""
    D = h.shape[0]
    x = np.float32(0.0)
    for d in range(D):
        x += syn1[row, d] * h[d]
    f = 1.0 / (1.0 + math.exp(-np.float64(x)))
    g = np.float32((label - f) * lr)
    for d in range(D):
        work[d] += g * syn1[row, d]


@njit(inline="always", fastmath=_FM)
def _apply(doc, doc_row, in_ids, a, b, work):
    """Add the error to the document vector once for each time it is in the group."""
    for j in range(a, b):
        if in_ids[j] == doc_row:
            _add(doc, work)


@njit(inline="always", fastmath=_FM, cache=True)
def _begin(syn0, doc, doc_row, targets, in_ptr, in_ids, i, lr0, lr1, mean, h, work):
    """``kernels._begin`` with ``doc`` standing for the input row ``doc_row``."""
    lr, a, b, t = _example(targets, in_ptr, i, lr0, lr1)
    _hidden(syn0, doc, doc_row, in_ids, a, b, mean, h)
    _zero(work)
    return lr, a, b, t


@njit(nogil=True, fastmath=_FM, cache=True)
def infer_negative(syn0, syn1, doc, doc_row, targets, in_ptr, in_ids, lr0, lr1, mean,
                   noise_alias, negative, state):
    """Negative sampling on ``doc`` alone (``syn0`` and ``syn1`` are only read)."""
    n = len(targets)
    h, work = _buffers(doc.shape[0])
    for i in range(n):
        lr, a, b, t = _begin(syn0, doc, doc_row, targets, in_ptr, in_ids, i, lr0, lr1, mean, h,
                             work)
        _frozen_step(syn1, t, h, work, 1, lr)
        for _ in range(negative):
            neg = _draw(noise_alias, state)
            if neg != t:
                _frozen_step(syn1, neg, h, work, 0, lr)
        _apply(doc, doc_row, in_ids, a, b, work)
    return n


@njit(nogil=True, fastmath=_FM, cache=True)
def infer_hierarchical(syn0, syn1, doc, doc_row, targets, in_ptr, in_ids, lr0, lr1, mean,
                       codes, points, lengths):
    """Hierarchical softmax on ``doc`` alone (``syn0`` and ``syn1`` are only read)."""
    n = len(targets)
    h, work = _buffers(doc.shape[0])
    for i in range(n):
        lr, a, b, t = _begin(syn0, doc, doc_row, targets, in_ptr, in_ids, i, lr0, lr1, mean, h,
                             work)
        for j in range(lengths[t]):
            _frozen_step(syn1, points[t, j], h, work, 1 - codes[t, j], lr)
        _apply(doc, doc_row, in_ids, a, b, work)
    return n
