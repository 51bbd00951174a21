"""The torch backend's device engine: examples and noise words made on the device follow the
host's rules, and training through it learns, with the NaN guard reading the device loss."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tests.core.conftest import cluster_purity
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import EpochEnd, Failed, Finished
from w2v_studio.core.engine.examples import make_examples
from w2v_studio.core.engine.noise import alias_table
from w2v_studio.core.engine.rng import make_state
from w2v_studio.core.engine.torch_examples import AliasSampler, device_examples
from w2v_studio.core.engine.trainer import train

BASE = dict(dim=16, window=3, min_count=1, epochs=4, sample=0, negative=5, seed=3)


def _on_device(ids, ptr, keep, **kw):
    gen = torch.Generator().manual_seed(7)
    t = [torch.as_tensor(np.asarray(a, dtype=np.int64)) for a in (ids, ptr)]
    return device_examples(torch, *t, torch.as_tensor(keep, dtype=torch.float64), gen=gen,
                           batch_size=kw.pop("batch_size", 4), **kw)


def _sentences():
    rng = np.random.default_rng(0)
    ptr = np.array([0, 7, 7, 8, 20, 23], dtype=np.int64)  # an empty and a one-word sentence
    return rng.integers(0, 30, ptr[-1]).astype(np.int32), ptr


@pytest.mark.parametrize("cbow", [False, True])
def test_device_examples_equal_the_hosts_without_randomness(cbow):
    """Full window, nothing subsampled: the same examples, in the same order, as examples.py."""
    ids, ptr = _sentences()
    keep = np.ones(30)
    host = make_examples(ids, ptr, keep, window=2, dynamic=False, cbow=cbow, state=make_state(1))
    dx = _on_device(ids, ptr, keep, window=2, dynamic=False, cbow=cbow)
    assert dx.n == len(host)
    assert dx.targets.tolist() == host.targets.tolist()
    assert dx.in_ids.tolist() == host.in_ids.tolist()
    if cbow:
        sizes = np.diff(host.in_ptr)
        assert dx.sizes.tolist() == sizes.tolist()
        assert dx.seg.tolist() == np.repeat(np.arange(len(host)), sizes).tolist()
        assert dx.bounds == host.in_ptr[[0, 4, 8, 12, 16, 20, len(host)]].tolist()


def test_dynamic_window_gives_pairs_at_distance_d_with_probability_of_word2vec_c():
    """b uniform in [0, W): a context word at distance d is used with P = (W - d + 1) / W.
    Word ids are the positions, so each pair's distance is |input - target|."""
    n, w = 20_000, 4
    ids, ptr, keep = np.arange(n, dtype=np.int32), np.array([0, n]), np.ones(n)
    host = make_examples(ids, ptr, keep, window=w, dynamic=True, cbow=False,
                         state=make_state(2))
    dx = _on_device(ids, ptr, keep, window=w, dynamic=True, cbow=False)
    expected = [2 * (w - d + 1) / w * n for d in range(1, w + 1)]
    for t, i in ((host.targets, host.in_ids), (dx.targets.numpy(), dx.in_ids.numpy())):
        counts = np.bincount(np.abs(i.astype(np.int64) - t), minlength=w + 1)[1:]
        assert np.allclose(counts, expected, rtol=0.04), counts


def test_subsampling_keeps_each_word_with_its_keep_probability():
    n = 40_000
    ids = np.tile(np.array([0, 1, 2], np.int32), n // 2)[:n]
    keep = np.array([1.0, 0.25, 0.0])
    dx = _on_device(ids, np.array([0, n]), keep, window=1, dynamic=False, cbow=True)
    kept = np.bincount(dx.targets.numpy(), minlength=3)  # (almost) every kept word is a centre
    share = kept / np.bincount(ids, minlength=3)
    assert share[0] == pytest.approx(1.0, abs=0.002)
    assert share[1] == pytest.approx(0.25, abs=0.015)
    assert share[2] == 0.0


def test_alias_sampler_draws_the_noise_distribution():
    probs = np.array([0.5, 0.3, 0.15, 0.05, 0.0])
    gen = torch.Generator().manual_seed(3)
    draws = AliasSampler(torch, alias_table(probs), torch.device("cpu"), gen).draw((200_000,))
    freq = np.bincount(draws.numpy(), minlength=5) / 200_000
    assert np.allclose(freq, probs, atol=0.004)


@pytest.mark.parametrize("arch", ["skipgram", "cbow"])
@pytest.mark.parametrize("objective", ["negative", "hierarchical"])
def test_device_engine_with_subsampling_learns_planted_clusters(planted, arch, objective):
    cfg = TrainConfig(architecture=arch, objective=objective, backend="torch", device="cpu",
                      batch_size=256, **{**BASE, "sample": 1e-2})
    end = list(train(cfg, planted))[-1]
    assert isinstance(end, Finished) and cluster_purity(end.model) == 1.0
    assert end.model.epoch_losses[-1] < end.model.epoch_losses[0]


def test_device_loss_that_becomes_infinite_fails_and_keeps_the_vectors(planted):
    first = list(train(TrainConfig(backend="torch", device="cpu", **{**BASE, "epochs": 1}),
                       planted))[-1].model
    first.input_vectors[:] = 1e20
    first.output_vectors[:] = 1e20
    before = first.input_vectors.copy()
    events = list(train(TrainConfig(backend="torch", device="cpu", **BASE), planted, init=first))
    end = events[-1]
    assert isinstance(end, Failed) and "diverged" in end.message and "were kept" in end.message
    assert np.array_equal(end.model.input_vectors, before)
    assert not any(isinstance(e, EpochEnd) for e in events)


def test_row_sums_without_device_sync_equal_those_of_torch_unique():
    """The GPU's sort-based row sums (static shapes) apply the same update as torch.unique's."""
    from w2v_studio.core.engine.torch_backend import _apply_scaled, _sum_rows

    rng = np.random.default_rng(4)
    rows = torch.as_tensor(rng.integers(0, 9, 200))
    upd = torch.as_tensor(rng.normal(size=(200, 3)))
    quad_e = torch.as_tensor(rng.random(200))
    for curvature in (quad_e, torch.zeros(200, dtype=torch.float64)):
        for boost in (1.0, 1.5):  # the large-batch boost counts each row's hits either way
            results = []
            for static in (False, True):
                mat = torch.zeros((9, 3), dtype=torch.float64)
                uniq, inv, delta = _sum_rows(torch, mat, rows, upd, static=static)
                _apply_scaled(torch, mat, uniq, inv, delta, curvature, boost=boost)
                results.append(mat)
            assert torch.allclose(results[0], results[1])
    # without curvature each row gets the plain sum of its updates
    by_hand = torch.zeros((9, 3), dtype=torch.float64).index_add_(0, rows, upd)
    assert torch.allclose(results[1], by_hand)


def test_alternating_step_moves_output_rows_then_input_rows_by_lr_times_autograd():
    """One skip-gram example: the output rows take lr x the gradient, then the input row takes
    lr x the gradient at the moved output rows (torch.autograd gives both)."""
    from w2v_studio.core.engine import torch_backend as bt

    rng = np.random.default_rng(5)
    syn0 = torch.as_tensor(rng.normal(0, 0.3, (6, 4)))
    syn1 = torch.as_tensor(rng.normal(0, 0.3, (6, 4)))
    negs, lr = torch.tensor([[2, 4, 5]]), 0.05
    b = bt.make_batch(torch, "cpu", np.array([1]), np.array([0, 1]), np.array([3]), lr, lr)
    b.sizes, b.lr = b.sizes.double(), b.lr.double()

    def loss(s0, s1):
        h = s0[3]
        return -torch.nn.functional.logsigmoid(s1[1] @ h) - sum(
            torch.nn.functional.logsigmoid(-(s1[k] @ h)) for k in (2, 4, 5))

    s1 = syn1.clone().requires_grad_(True)
    loss(syn0, s1).backward()
    want1 = syn1 - lr * s1.grad
    s0 = syn0.clone().requires_grad_(True)
    loss(s0, want1).backward()
    want0 = syn0 - lr * s0.grad
    a0, a1 = syn0.clone(), syn1.clone()
    bt.step_negative(torch, a0, a1, b, negs, False, divide=False, alternate=True)
    assert torch.allclose(a1, want1, atol=1e-12) and torch.allclose(a0, want0, atol=1e-12)
