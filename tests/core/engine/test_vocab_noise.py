"""Vocabulary, subsampling, Huffman tree and noise sampling."""

from __future__ import annotations

import numpy as np
import pytest
from numba import njit

from w2v_studio.core.engine.huffman import build_huffman
from w2v_studio.core.engine.kernels import _draw
from w2v_studio.core.engine.noise import alias_table, noise_distribution
from w2v_studio.core.engine.rng import make_state
from w2v_studio.core.engine.vocab import Vocab, build_vocab


def test_vocab_counts_min_count_order_and_limit():
    sents = [["b", "a", "b"], ["c", "b", "a", "d"], ["a"]]
    v = build_vocab(sents, min_count=2)
    assert v.words == ["a", "b"] and v.counts.tolist() == [3, 3]  # ties: gensim's order
    assert v.corpus_words == 8 and v.corpus_sentences == 3 and v.corpus_types == 4
    # gensim's rule: c and d (count 1) cannot both fit, so min_count becomes 2
    assert build_vocab(sents, min_count=1, max_final_vocab=3).words == ["a", "b"]
    assert v.encode(["a", "zzz", "b"]).tolist() == [0, 1]


def test_subsampling_follows_word2vec_formula():
    v = Vocab(["the", "cat", "rare"], np.array([10_000, 100, 1]))
    keep = v.keep_probabilities(1e-3)
    t = 1e-3 * 10_101
    expected = [(np.sqrt(c / t) + 1) * t / c for c in (10_000, 100, 1)]
    assert keep[:2] == pytest.approx(expected[:2], rel=1e-6)
    assert keep[0] < keep[1] < 1.0 and keep[2] == 1.0 and expected[2] > 1  # capped at 1
    assert (v.keep_probabilities(0) == 1).all()


def test_huffman_codes_are_prefix_free_and_short_for_frequent_words():
    rng = np.random.default_rng(0)
    counts = np.sort(rng.integers(1, 1000, 200))[::-1]
    t = build_huffman(counts)
    codes = ["".join(map(str, t.codes[w, : t.lengths[w]])) for w in range(len(counts))]
    assert len(set(codes)) == len(codes)
    for a in codes:
        assert not any(b != a and b.startswith(a) for b in codes)
    assert t.lengths[0] <= t.lengths[-1]
    assert t.points.max() == len(counts) - 2 and t.points[:, 0].tolist() == [198] * 200  # root
    # optimal code: expected length within 1 bit of the entropy
    p = counts / counts.sum()
    assert (p * t.lengths).sum() < -(p * np.log2(p)).sum() + 1


@njit
def _histogram(table, state, n):
    out = np.zeros(len(table), np.int64)
    for _ in range(n):
        out[_draw(table, state)] += 1
    return out


def test_noise_draws_follow_unigram_to_the_075():
    counts = np.array([5000, 1200, 300, 40, 9, 1])
    p = noise_distribution(counts, 0.75)
    assert p == pytest.approx(counts**0.75 / (counts**0.75).sum())
    h = _histogram(alias_table(p), make_state(7), 1_000_000)
    np.testing.assert_allclose(h / h.sum(), p, atol=2e-3)
