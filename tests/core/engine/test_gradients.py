"""The update each backend applies equals learning rate x torch.autograd's gradient of the
stated loss, for all six architecture/objective combinations, on a tiny example.

CBOW-mean has two documented update rules: ``exact`` (every parameter gets lr x gradient) and
``word2vec`` (the default, as word2vec.c and gensim: each context word gets the whole
hidden-layer error, i.e. its learning rate is lr x context size; the output layer gets lr).
CBOW-sum has ``exact`` and ``gensim`` (the default, gensim's cbow_mean=0 in word2vec_inner.pyx:
``sscal(work, 1/count)`` before adding the error to each context word, i.e. an input learning
rate of lr / context size)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from w2v_studio.core.engine import kernels
from w2v_studio.core.engine import torch_backend as bt
from w2v_studio.core.engine.huffman import build_huffman
from w2v_studio.core.engine.rng import make_state

V, D, LR = 7, 5, 0.05
COUNTS = np.array([30, 20, 12, 8, 5, 3, 1])
TREE = build_huffman(COUNTS)


def _example(arch: str):
    """Two examples: skip-gram input groups of one word; CBOW groups of several."""
    if arch == "skipgram":
        return (np.array([1, 4], np.int32), np.array([0, 1, 2], np.int64),
                np.array([3, 0], np.int32))
    return (np.array([1, 4], np.int32), np.array([0, 3, 5], np.int64),
            np.array([3, 0, 6, 2, 5], np.int32))


NEGS = np.array([[2, 5, 1], [6, 0, 0]], np.int32)  # the target 1 in row 0 is skipped


def _reference_loss(objective, syn0, syn1, targets, in_ptr, in_ids, mean, negs):
    """The textbook loss, one example at a time (sequential SGD = one example per step)."""
    losses = []
    for i in range(len(targets)):
        group = torch.as_tensor(in_ids[in_ptr[i]:in_ptr[i + 1]].astype(np.int64))
        h = syn0[group].mean(0) if mean else syn0[group].sum(0)
        t = int(targets[i])
        if objective == "negative":
            neg = [int(k) for k in negs[i] if k != t]
            loss = -torch.nn.functional.logsigmoid(syn1[t] @ h)
            for k in neg:
                loss = loss - torch.nn.functional.logsigmoid(-(syn1[k] @ h))
        elif objective == "hierarchical":
            n = TREE.lengths[t]
            pts = torch.as_tensor(TREE.points[t, :n].astype(np.int64))
            sign = 1.0 - 2.0 * torch.as_tensor(TREE.codes[t, :n].astype(np.float64))
            loss = -torch.nn.functional.logsigmoid(sign * (syn1[pts] @ h)).sum()
        else:
            loss = -torch.log_softmax(syn1 @ h, 0)[t]
        losses.append(loss)
    return losses


def _weights(objective, seed=0):
    rng = np.random.default_rng(seed)
    syn0 = rng.normal(0, 0.5, (V, D))
    rows = V - 1 if objective == "hierarchical" else V
    syn1 = rng.normal(0, 0.5, (rows, D))
    return syn0, syn1


def _expected_after_first(objective, arch, mean, update="exact"):
    """Apply the first example's autograd step: w - lr * grad (input lr x size for word2vec)."""
    syn0, syn1 = _weights(objective)
    targets, in_ptr, in_ids = _example(arch)
    a = torch.tensor(syn0, requires_grad=True)
    b = torch.tensor(syn1, requires_grad=True)
    loss = _reference_loss(objective, a, b, targets[:1], in_ptr[:2], in_ids, mean, NEGS)[0]
    loss.backward()
    size = in_ptr[1] - in_ptr[0]
    lr_in = {"word2vec": LR * size, "gensim": LR / size}.get(update, LR)
    return (syn0 - lr_in * a.grad.numpy(), syn1 - LR * b.grad.numpy(), float(loss.detach()))


def _run_numba(objective, arch, mean, update):
    divide = update == ("exact" if mean else "gensim")
    syn0, syn1 = (w.astype(np.float32) for w in _weights(objective))
    targets, in_ptr, in_ids = _example(arch)
    t, p = targets[:1], in_ptr[:2]
    if objective == "negative":
        loss, n = kernels.train_negative(syn0, syn1, t, p, in_ids, LR, LR, mean, divide,
                                         np.zeros(1, np.uint64), 3, NEGS[:1], make_state(1), True)
    elif objective == "hierarchical":
        loss, n = kernels.train_hierarchical(syn0, syn1, t, p, in_ids, LR, LR, mean, divide,
                                             TREE.codes, TREE.points, TREE.lengths)
    else:
        loss, n = kernels.train_softmax(syn0, syn1, t, p, in_ids, LR, LR, mean, divide)
    assert n == 1
    return syn0, syn1, loss


def _run_torch(objective, arch, mean, update):
    divide = update == ("exact" if mean else "gensim")
    syn0, syn1 = (torch.tensor(w, dtype=torch.float64) for w in _weights(objective))
    targets, in_ptr, in_ids = _example(arch)
    b = bt.make_batch(torch, "cpu", targets[:1], in_ptr[:2], in_ids[:in_ptr[1]], LR, LR)
    b.sizes, b.lr = b.sizes.double(), b.lr.double()
    if objective == "negative":
        negs = torch.as_tensor(NEGS[:1].astype(np.int64))
        loss = bt.step_negative(torch, syn0, syn1, b, negs, mean, divide=divide)
    elif objective == "hierarchical":
        tree = [torch.as_tensor(x.astype(np.int64)) for x in (TREE.codes, TREE.points,
                                                                TREE.lengths)]
        loss = bt.step_hierarchical(torch, syn0, syn1, b, *tree, mean, divide=divide)
    else:
        loss = bt.step_softmax(torch, syn0, syn1, b, mean, divide=divide)
    return syn0.numpy(), syn1.numpy(), float(loss)


MODES = [("skipgram", False, "exact"), ("cbow", False, "exact"), ("cbow", False, "gensim"),
         ("cbow", True, "exact"), ("cbow", True, "word2vec")]
COMBOS = [(a, o, m, u) for a, m, u in MODES for o in ("softmax", "hierarchical", "negative")]


@pytest.mark.parametrize("arch,objective,mean,update", COMBOS)
@pytest.mark.parametrize("backend", ["numba", "torch"])
def test_update_equals_lr_times_autograd_gradient(backend, arch, objective, mean, update):
    exp0, exp1, exp_loss = _expected_after_first(objective, arch, mean, update)
    run = _run_numba if backend == "numba" else _run_torch
    got0, got1, loss = run(objective, arch, mean, update)
    start0, start1 = _weights(objective)
    # the update really moved the weights, and by exactly LR * gradient
    assert np.abs(exp0 - start0).max() > 1e-4 and np.abs(exp1 - start1).max() > 1e-4
    tol = 2e-6 if backend == "numba" else 1e-10
    np.testing.assert_allclose(got0, exp0, atol=tol)
    np.testing.assert_allclose(got1, exp1, atol=tol)
    assert loss == pytest.approx(exp_loss, rel=1e-5)


def test_negative_draw_equal_to_target_is_skipped():
    syn0, syn1 = (w.astype(np.float32) for w in _weights("negative"))
    before = syn1[1].copy()
    targets, in_ptr, in_ids = _example("skipgram")
    # target 1 appears among the negatives: only its positive update may touch row 1
    kernels.train_negative(syn0, syn1, targets[:1], in_ptr[:2], in_ids, LR, LR, False, False,
                           np.zeros(1, np.uint64), 3, NEGS[:1], make_state(1), True)
    exp0, exp1, _ = _expected_after_first("negative", "skipgram", False)
    np.testing.assert_allclose(syn1[1], exp1[1], atol=2e-6)
    assert not np.allclose(syn1[1], before)
