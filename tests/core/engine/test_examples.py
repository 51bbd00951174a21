"""Example generation (core/engine/examples.py): subsampling keeps each occurrence with
word2vec's probability, the dynamic window draws every reduced size, and the pairs go the way
word2vec.c and gensim train them."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.engine.examples import make_examples
from w2v_studio.core.engine.rng import make_state
from w2v_studio.core.engine.vocab import Vocab


def _one_sentence(ids, keep, *, window=2, dynamic=False, cbow=False, seed=1):
    ids = np.asarray(ids, dtype=np.int32)
    return make_examples(ids, np.array([0, len(ids)], np.int64), np.asarray(keep, np.float32),
                         window=window, dynamic=dynamic, cbow=cbow, state=make_state(seed))


def test_subsampling_keeps_occurrences_with_word2vecs_probability():
    # hand-worked: 1,000 words, sample 1e-3 -> t = 1; keep(c) = (sqrt(c / t) + 1) * t / c
    v = Vocab(["the", "cat"], np.array([900, 100]))
    keep = v.keep_probabilities(1e-3)
    assert keep.tolist() == pytest.approx([31 / 900, 11 / 100], rel=1e-6)
    # over 200,000 occurrences of "cat" a CBOW example is made for each one kept
    ex = _one_sentence(np.ones(200_000), keep, window=5, cbow=True)
    sd = np.sqrt(200_000 * 0.11 * 0.89)
    assert abs(len(ex) - 22_000) < 4 * sd


def test_dynamic_window_draws_every_reduced_size():
    window = 4
    ex = _one_sentence(np.arange(2000), np.ones(2000), window=window, dynamic=True)
    per_centre = np.bincount(ex.targets, minlength=2000)[window:-window]  # interior words
    sizes, freq = np.unique(per_centre, return_counts=True)
    assert sizes.tolist() == [2, 4, 6, 8]  # window shrunk by 3, 2, 1, 0 on each side
    assert freq.min() > 0.8 * freq.mean()  # about uniform
    fixed = _one_sentence(np.arange(2000), np.ones(2000), window=window, dynamic=False)
    assert set(np.bincount(fixed.targets)[window:-window].tolist()) == {8}


def test_skipgram_pairs_predict_the_centre_from_each_context_word():
    ex = _one_sentence([5, 6, 7], np.ones(8), window=1)
    pairs = [(int(ex.in_ids[ex.in_ptr[i]]), int(t)) for i, t in enumerate(ex.targets)]
    assert pairs == [(6, 5), (5, 6), (7, 6), (6, 7)]  # (input, target), window's pairs in a run


def test_cbow_groups_the_context_and_never_crosses_sentences():
    ids = np.array([1, 2, 3, 4], np.int32)
    ex = make_examples(ids, np.array([0, 2, 4], np.int64), np.ones(5, np.float32), window=3,
                       dynamic=False, cbow=True, state=make_state(1))
    groups = [ex.in_ids[ex.in_ptr[i]:ex.in_ptr[i + 1]].tolist() for i in range(len(ex))]
    assert ex.targets.tolist() == [1, 2, 3, 4] and groups == [[2], [1], [4], [3]]
