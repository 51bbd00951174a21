"""Fused CPU training kernels (numba, word2vec.c style, lock-free "Hogwild" across threads).

One kernel per objective; each handles skip-gram (input group of one word) and CBOW (input
group of context words, ``mean`` or sum) through the shared ``Examples`` layout of
``examples.py``. ``divide``: each input word gets the hidden-layer error divided by the group
size: the exact gradient of the mean, and gensim's rule for CBOW-sum (``cbow_mean=0``); without
it each gets the whole error: word2vec.c and gensim for CBOW-mean (an input learning rate of
alpha x context size), and the exact gradient of the sum. Every kernel applies plain
SGD with the exact gradient of its loss and returns the summed per-example negative
log-likelihood (float64) and the number of examples.

Shapes: syn0 (V, D) input vectors; syn1 (V, D) output vectors (softmax, negative sampling) or
(V-1, D) inner-node vectors (hierarchical softmax). Learning rate decays linearly from lr0 at the
first example to lr1 at the last.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from w2v_studio.core.engine.rng import next_u64

# fast but IEEE-safe: NaN and inf must survive so a diverging run is detected
_FM = {"nsz", "arcp", "contract", "afn", "reassoc"}


@njit(inline="always", cache=True)
def _buffers(D):
    """The hidden layer h and the input error work of one example (float32, D each)."""
    return np.empty(D, dtype=np.float32), np.empty(D, dtype=np.float32)


@njit(inline="always", cache=True)
def _zero(v):
    for d in range(v.shape[0]):
        v[d] = 0.0


@njit(inline="always", fastmath=_FM, cache=True)
def _add(dst, src):
    """dst += src (vectors of one length)."""
    for d in range(dst.shape[0]):
        dst[d] += src[d]


@njit(inline="always", fastmath=_FM, cache=True)
def _to_mean(h, count):
    """Divide the sum of ``count`` rows in h by count."""
    if count > 1:
        inv = np.float32(1.0 / count)
        for d in range(h.shape[0]):
            h[d] *= inv


@njit(inline="always", cache=True)
def _example(targets, in_ptr, i, lr0, lr1):
    """Example i's learning rate (linear from lr0 at the first to lr1 at the last), its input
    group [a, b) and its target."""
    return lr0 + (lr1 - lr0) * (i / len(targets)), in_ptr[i], in_ptr[i + 1], targets[i]


@njit(inline="always", fastmath=_FM, cache=True)
def _gather(syn0, in_ids, a, b, mean, h):
    """h = the sum (or mean) of the group's rows (indexed, not syn0[w]: in a hot loop a row
    view costs reference counting)."""
    _zero(h)
    for j in range(a, b):
        w = in_ids[j]
        for d in range(h.shape[0]):
            h[d] += syn0[w, d]
    if mean:
        _to_mean(h, b - a)


@njit(inline="always", fastmath=_FM, cache=True)
def _begin(syn0, targets, in_ptr, in_ids, i, lr0, lr1, mean, h, work):
    """Start example i: its learning rate, input group [a, b), target; h = the hidden layer,
    work (the error for the input words) = 0."""
    lr, a, b, t = _example(targets, in_ptr, i, lr0, lr1)
    _gather(syn0, in_ids, a, b, mean, h)
    _zero(work)
    return lr, a, b, t


@njit(inline="always", fastmath=_FM)
def _scatter(syn0, in_ids, a, b, divide, work):
    """Add the hidden-layer error to each input word (divided by the group size if asked)."""
    D = syn0.shape[1]
    scale = np.float32(1.0 / (b - a)) if divide else np.float32(1.0)
    for j in range(a, b):
        w = in_ids[j]
        for d in range(D):
            syn0[w, d] += work[d] * scale


@njit(inline="always", fastmath=_FM)
def _binary_step(syn1, row, h, work, label, lr):
    """One logistic unit: f = sigmoid(u.h); SGD on -log p(label). Returns p(label) (float64):
    the caller multiplies these and takes one log per example (see ``_Nll``)."""
    D = h.shape[0]
    x = np.float32(0.0)
    for d in range(D):
        x += syn1[row, d] * h[d]
    e = math.exp(-np.float64(x))
    f = 1.0 / (1.0 + e)
    g = np.float32((label - f) * lr)
    for d in range(D):
        work[d] += g * syn1[row, d]
        syn1[row, d] += g * h[d]
    return f if label == 1 else e * f  # 1 - f without cancellation


@njit(inline="always")
def _take(prod, loss, p):
    """Multiply p into the running product; fold it into the log-sum before it can underflow."""
    prod *= p
    if prod < 1e-250:
        loss -= math.log(prod)
        prod = 1.0
    return prod, loss


@njit(inline="always")
def _draw(alias, state):
    """One noise word from the packed alias table (sampling.alias_table)."""
    r = next_u64(state)
    i = ((r >> np.uint64(32)) * np.uint64(len(alias))) >> np.uint64(32)
    e = alias[i]
    if (r & np.uint64(0xFFFFFFFF)) < (e & np.uint64(0xFFFFFFFF)):
        return np.int64(i)
    return np.int64(e >> np.uint64(32))


@njit(inline="always", cache=True)
def _noise(negs, kk, alias, state, share, t, prev):
    """Draw the kk noise words of an example with target t into negs, unless ``share`` and the
    previous example had the same target (they keep its words). Returns t (the next prev)."""
    if not (share and t == prev):
        for k in range(kk):
            negs[k] = _draw(alias, state)
    return t


@njit(inline="always", fastmath=_FM, cache=True)
def _noise_step(syn1, neg, t, h, work, lr, prod, loss):
    """One noise word of negative sampling (skipped when it is the target t)."""
    if neg == t:
        return prod, loss
    return _take(prod, loss, _binary_step(syn1, neg, h, work, 0, lr))


@njit(inline="always", fastmath=_FM, cache=True)
def _path(syn1, t, codes, points, lengths, h, work, lr, loss):
    """Hierarchical softmax of one example along t's Huffman path; returns loss plus the
    example's -log-likelihood."""
    prod = 1.0
    for j in range(lengths[t]):
        p = _binary_step(syn1, points[t, j], h, work, 1 - codes[t, j], lr)
        prod, loss = _take(prod, loss, p)
    return loss - math.log(prod)


@njit(nogil=True, fastmath=_FM, cache=True)
def train_negative(syn0, syn1, targets, in_ptr, in_ids, lr0, lr1, mean, divide, noise_alias,
                   negative, fixed_negs, state, share):
    """Negative sampling. ``fixed_negs`` (N, K) replaces random draws when it has N rows
    (used by the gradient tests); otherwise K=``negative`` noise words are drawn per example and
    a draw equal to the target is skipped, as in word2vec.c.

    ``share``: consecutive skip-gram examples with the same target (the pairs of one window) use
    the same K noise words (Ji et al. 2016), so a window fetches K random output rows instead of
    K per pair. Each example still has K noise words from the noise distribution."""
    n = len(targets)
    h, work = _buffers(syn0.shape[1])
    use_fixed = fixed_negs.shape[0] == n and n > 0
    kk = fixed_negs.shape[1] if use_fixed else negative
    negs = np.empty(max(kk, 1), dtype=np.int64)
    prev = -1
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, targets, in_ptr, in_ids, i, lr0, lr1, mean, h, work)
        if use_fixed:
            for k in range(kk):
                negs[k] = fixed_negs[i, k]
        else:
            prev = _noise(negs, kk, noise_alias, state, share, t, prev)
        prod, loss = _take(1.0, loss, _binary_step(syn1, t, h, work, 1, lr))
        for k in range(kk):
            prod, loss = _noise_step(syn1, negs[k], t, h, work, lr, prod, loss)
        loss -= math.log(prod)
        _scatter(syn0, in_ids, a, b, divide, work)
    return loss, n


@njit(nogil=True, fastmath=_FM, cache=True)
def train_hierarchical(syn0, syn1, targets, in_ptr, in_ids, lr0, lr1, mean, divide, codes,
                       points, lengths):
    """Hierarchical softmax along the target's Huffman path: at node points[t, j] the branch
    code[t, j] is taken; p(branch) = sigmoid(u.h) for code 0, sigmoid(-u.h) for code 1."""
    n = len(targets)
    h, work = _buffers(syn0.shape[1])
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, targets, in_ptr, in_ids, i, lr0, lr1, mean, h, work)
        loss = _path(syn1, t, codes, points, lengths, h, work, lr, loss)
        _scatter(syn0, in_ids, a, b, divide, work)
    return loss, n


@njit(nogil=True, fastmath=_FM, cache=True)
def train_softmax(syn0, syn1, targets, in_ptr, in_ids, lr0, lr1, mean, divide):
    """Full softmax over the whole vocabulary: O(V * D) per example (small vocabularies)."""
    V, D = syn1.shape
    n = len(targets)
    h, work = _buffers(D)
    scores = np.empty(V, dtype=np.float64)
    loss = 0.0
    for i in range(n):
        lr, a, b, t = _begin(syn0, targets, in_ptr, in_ids, i, lr0, lr1, mean, h, work)
        mx = -np.inf
        for w in range(V):
            s = np.float32(0.0)
            for d in range(D):
                s += syn1[w, d] * h[d]
            scores[w] = s
            if s > mx:
                mx = s
        z = 0.0
        for w in range(V):
            scores[w] = math.exp(scores[w] - mx)
            z += scores[w]
        loss += math.log(z) + mx - (math.log(scores[t]) + mx)
        for w in range(V):
            p = scores[w] / z
            g = np.float32(((1.0 if w == t else 0.0) - p) * lr)
            for d in range(D):
                work[d] += g * syn1[w, d]
                syn1[w, d] += g * h[d]
        _scatter(syn0, in_ids, a, b, divide, work)
    return loss, n
