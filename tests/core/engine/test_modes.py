"""Every mode does what it says: continued training's schedule, Stop before training, the
options shared_negatives and cbow_mode (with its update rules), and the dtype on Apple GPUs."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from tests.core.conftest import cluster_purity, planted_corpus
from w2v_studio.core.engine import kernels
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Cancelled, Finished, Progress, Scanning, Started
from w2v_studio.core.engine.prepare import Stopped, cbow_rules, huffman_events
from w2v_studio.core.engine.rng import make_state
from w2v_studio.core.engine.torch_backend import TorchBackend, _wide, wide_dtype
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.engine.vocab import Vocab

BASE = dict(dim=16, window=3, min_count=1, sample=0, negative=5, seed=3, threads=2)


@pytest.mark.parametrize("corpus_ids", [True, False])
@pytest.mark.parametrize("scale", [6, 0.25])
def test_continued_training_schedules_over_the_corpus_it_trains_on_now(corpus_ids, scale):
    first = planted_corpus(n_sent=400)
    model = list(train(TrainConfig(epochs=1, **BASE), first))[-1].model
    now = planted_corpus(n_sent=int(400 * scale), seed=1)
    cfg = TrainConfig(epochs=2, batch_words=500, corpus_ids=corpus_ids, **BASE)
    events = list(train(cfg, now, init=model))
    words = sum(len(s) for s in now)
    started = next(e for e in events if isinstance(e, Started))
    assert started.corpus_words == words and started.total_words == 2 * words
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[0].fraction <= 0.5 and progress[0].learning_rate > cfg.alpha / 2
    assert progress[-1].fraction == pytest.approx(1.0)
    assert progress[-1].learning_rate == pytest.approx(cfg.min_alpha)
    assert isinstance(events[-1], Finished) and events[-1].model.epochs_done == 3


def test_stop_while_counting_is_cancelled_with_nothing_trained():
    cancel = threading.Event()

    class Slow:  # a corpus long enough to be stopped while it is counted
        def __iter__(self):
            for i in range(50_000_000):
                yield ["a", str(i % 100)]

    events = []
    for e in train(TrainConfig(**BASE), Slow(), cancel=cancel):
        events.append(e)
        if isinstance(e, Scanning):
            cancel.set()
    assert isinstance(events[-1], Cancelled)
    assert events[-1].model is None and events[-1].epoch == 0
    assert not any(isinstance(e, Started) for e in events)


def test_stop_while_building_the_huffman_tree_stops_after_one_step():
    vocab = Vocab([f"w{i}" for i in range(200_000)], np.arange(200_000, 0, -1))
    cancel = threading.Event()
    cancel.set()
    steps = huffman_events(TrainConfig(objective="hierarchical"), vocab, cancel)
    with pytest.raises(Stopped):
        next(steps)


def test_shared_negatives_draw_one_set_of_noise_words_per_window_in_numba():
    rng = np.random.default_rng(0)
    syn0, syn1 = rng.normal(0, 0.1, (2, 10, 4)).astype(np.float32)
    alias = np.zeros(10, np.uint64)  # uniform alias table: accept every slot
    alias |= np.uint64(0xFFFFFFFF)
    targets = np.array([3, 3, 3, 7, 7], np.int32)  # two windows: centre 3, then centre 7
    ptr, ids = np.arange(6, dtype=np.int64), np.array([1, 2, 4, 6, 8], np.int32)
    draws = {}
    for share in (True, False):
        state = make_state(5)
        kernels.train_negative(syn0.copy(), syn1.copy(), targets, ptr, ids, 0.01, 0.01, False,
                               False, alias, 3, np.zeros((0, 0), np.int32), state, share)
        draws[share] = state
    # the random state moved by 2 windows x 3 draws when shared, 5 examples x 3 when not
    for share, n in ((True, 6), (False, 15)):
        state = make_state(5)
        for _ in range(n):
            kernels._draw(alias, state)
        assert draws[share][0] == state[0]


def test_shared_negatives_in_torch_give_a_windows_pairs_the_same_noise_words():
    noise = np.full(50, 1 / 50)
    syn = np.zeros((50, 4), np.float32)
    targets = torch.tensor([3, 3, 3, 7, 7, 3])
    for share in (True, False):
        b = TorchBackend(syn.copy(), syn.copy(), objective="negative", mean=False, device="cpu",
                         batch_size=8, negative=5, noise=noise, share=share)
        negs = b.noise_words(targets)
        assert negs.shape == (6, 5)
        same = [torch.equal(negs[i], negs[i + 1]) for i in range(5)]
        assert same == ([True, True, False, True, False] if share else [False] * 5)


def test_cbow_rules_follow_gensims_inner_loop_unless_exact_is_asked():
    def rules(**kw):
        return cbow_rules(TrainConfig(architecture="cbow", **kw))

    # gensim cbow_mean=1: h = mean, each context word += the whole error (no division)
    assert rules(cbow_mode="mean") == (True, False)
    assert rules(cbow_mode="mean", cbow_mean_update="exact") == (True, True)
    # gensim cbow_mean=0: h = sum, the error is scaled by 1/count before it is added
    assert rules(cbow_mode="sum") == (False, True)
    assert rules(cbow_mode="sum", cbow_sum_update="exact") == (False, False)
    assert cbow_rules(TrainConfig(architecture="skipgram")) == (False, False)


@pytest.mark.parametrize("update", ["gensim", "exact"])
def test_cbow_sum_learns_planted_clusters_with_either_update(planted, update):
    cfg = TrainConfig(architecture="cbow", cbow_mode="sum", cbow_sum_update=update, epochs=4,
                      **BASE)
    fin = list(train(cfg, planted))[-1]
    assert isinstance(fin, Finished) and cluster_purity(fin.model) == 1.0


def test_apple_gpus_get_float32_and_other_devices_float64():
    assert wide_dtype("mps") == "float32"
    assert wide_dtype("cuda") == wide_dtype("cpu") == "float64"
    assert _wide(torch, torch.zeros(2, dtype=torch.float32)).dtype == torch.float64
