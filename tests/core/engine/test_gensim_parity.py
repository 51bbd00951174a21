"""The tables training starts from equal gensim's on the same corpus: the vocabulary (words,
counts, order, max_final_vocab), the Huffman codes and points, and the noise distribution for
several ns_exponent values. gensim builds them without training (``build_vocab``)."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished
from w2v_studio.core.engine.huffman import build_huffman, huffman_steps
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.engine.vocab import build_vocab


@pytest.fixture(scope="module")
def zipf_corpus() -> list[list[str]]:
    """Zipf-distributed words (many ties among the rare counts, where orders can differ)."""
    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(600)]
    p = 1.0 / np.arange(1, 601)
    p /= p.sum()
    return [[words[j] for j in rng.choice(600, size=rng.integers(2, 25), p=p)]
            for _ in range(900)]


def _gensim(corpus, **kw):
    from gensim.models import Word2Vec

    m = Word2Vec(vector_size=8, workers=1, **kw)
    m.build_vocab(corpus)
    return m


def test_vocabulary_words_counts_and_order_equal_gensims(zipf_corpus):
    g = _gensim(zipf_corpus, min_count=2)
    ours = build_vocab(zipf_corpus, min_count=2)
    assert ours.words == g.wv.index_to_key
    assert ours.counts.tolist() == [g.wv.get_vecattr(w, "count") for w in ours.words]
    assert len(set(ours.counts.tolist())) < len(ours) / 3  # ties were there to be ordered


def test_max_final_vocab_raises_min_count_as_gensim_does_or_keeps_the_top_n(zipf_corpus):
    g = _gensim(zipf_corpus, min_count=2, max_final_vocab=150)
    ours = build_vocab(zipf_corpus, min_count=2, max_final_vocab=150)
    assert ours.words == g.wv.index_to_key
    assert len(ours) < 150  # the words tied at the cut-off are all dropped
    top = build_vocab(zipf_corpus, min_count=2, max_final_vocab=150, max_final_vocab_rule="top")
    assert len(top) == 150 and top.words[: len(ours)] == ours.words


def test_trained_vocabulary_follows_the_max_final_vocab_rule(zipf_corpus):
    g = _gensim(zipf_corpus, min_count=1, max_final_vocab=100)
    for rule, expected in (("gensim", g.wv.index_to_key), ("top", None)):
        cfg = TrainConfig(dim=8, epochs=1, min_count=1, max_final_vocab=100,
                          max_final_vocab_rule=rule, threads=1)
        fin = list(train(cfg, zipf_corpus))[-1]
        assert isinstance(fin, Finished)
        if expected is None:
            assert len(fin.model.words) == 100
        else:
            assert fin.model.words == expected


def test_huffman_codes_and_points_equal_gensims(zipf_corpus):
    g = _gensim(zipf_corpus, min_count=1, hs=1, negative=0)
    cfg = TrainConfig(dim=8, epochs=1, min_count=1, objective="hierarchical", threads=1)
    fin = list(train(cfg, zipf_corpus))[-1]
    tree = fin.model.huffman
    assert fin.model.words == g.wv.index_to_key
    for i, w in enumerate(fin.model.words):
        n = tree.lengths[i]
        assert tree.codes[i, :n].tolist() == g.wv.get_vecattr(w, "code").tolist(), w
        assert tree.points[i, :n].tolist() == g.wv.get_vecattr(w, "point").tolist(), w


def test_huffman_tree_of_many_words_reports_progress_in_steps():
    counts = np.sort(np.random.default_rng(0).zipf(1.5, 300_000))[::-1]
    steps = huffman_steps(counts)
    fractions = []
    try:
        while True:
            fractions.append(next(steps))
    except StopIteration as done:
        tree = done.value
    assert len(fractions) >= 4 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert np.array_equal(tree.lengths, build_huffman(counts).lengths)
    # a prefix code: Kraft's sum is exactly 1 for a full binary tree
    assert np.sum(2.0 ** -tree.lengths.astype(np.float64)) == pytest.approx(1.0)


@pytest.mark.parametrize("exponent", [0.75, 0.5, -0.5])
def test_noise_distribution_equals_gensims_cum_table(zipf_corpus, exponent):
    g = _gensim(zipf_corpus, min_count=1, ns_exponent=exponent, negative=5)
    cfg = TrainConfig(dim=8, epochs=1, min_count=1, ns_exponent=exponent, threads=1)
    fin = list(train(cfg, zipf_corpus))[-1]
    domain = 2**31 - 1  # gensim's cum_table holds round(cumulative share * domain)
    gensim_p = np.diff(np.concatenate([[0], g.cum_table])) / domain
    np.testing.assert_allclose(fin.model.noise, gensim_p, atol=2.0 / domain)
