"""Meaning change: a word planted in another cluster in the second corpus ranks first."""

from __future__ import annotations

import numpy as np

from w2v_studio.core.analysis.shift import local_distances, rank_shift
from w2v_studio.core.analysis.stability import train_model
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.vectors.word_vectors import WordVectors


def mover_corpus(cluster: int, n_sent: int = 1500, seed: int = 0) -> list[list[str]]:
    """Sentences from one of 6 word clusters; 'mover' belongs to ``cluster``."""
    rng = np.random.default_rng(seed)
    words = [[f"c{c}w{i}" for i in range(8)] for c in range(6)]
    words[cluster].append("mover")
    return [list(map(str, rng.choice(words[rng.integers(6)], 10))) for _ in range(n_sent)]


def _model(cluster: int, seed: int) -> WordVectors:
    cfg = TrainConfig(dim=16, min_count=1, epochs=4, sample=0, window=3, threads=1,
                      device="cpu", seed=seed)
    return WordVectors.from_model(train_model(cfg, mover_corpus(cluster, seed=seed)))


def test_a_word_moved_to_another_cluster_ranks_first_by_both_measures():
    a, b = _model(0, seed=1), _model(3, seed=2)
    by_cos = rank_shift(a, b, k=5)
    by_local = rank_shift(a, b, k=5, sort="local")
    assert by_cos.shifts[0].word == "mover"
    assert by_local.shifts[0].word == "mover"
    assert by_cos.shared == 49
    # the mover's new neighbours are the other cluster's words
    assert b.neighbours("mover", topn=1)[0].word.startswith("c3")


def test_local_measure_is_zero_for_identical_models_and_ignores_rotation():
    rng = np.random.default_rng(0)
    u = rng.normal(size=(40, 6))
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    q, _ = np.linalg.qr(rng.normal(size=(6, 6)))
    np.testing.assert_allclose(local_distances(u, u @ q, k=5), 0.0, atol=1e-9)


def test_min_count_leaves_out_rare_words():
    a, b = _model(0, seed=1), _model(3, seed=2)
    needed = max(a.count("mover"), b.count("mover")) + 1
    kept = {s.word for s in rank_shift(a, b, min_count=needed).shifts}
    assert "mover" not in kept and kept
    assert all(a.count(w) >= needed and b.count(w) >= needed for w in kept)


def test_the_moved_word_path_goes_from_its_old_cluster_to_the_new_one():
    from w2v_studio.core.analysis.slices import align_sequence
    from w2v_studio.core.analysis.trajectory import word_path

    aligned, _ = align_sequence([_model(0, seed=1), _model(3, seed=2)])
    wp = word_path(aligned, "mover", topn=5)
    (x0, y0), (x1, y1) = wp.path
    old = np.array([(x, y) for w, i, x, y in wp.context if i == 0])
    new = np.array([(x, y) for w, i, x, y in wp.context if i == 1])
    assert {w[:2] for w, i, _, _ in wp.context if i == 0} == {"c0"}
    assert {w[:2] for w, i, _, _ in wp.context if i == 1} == {"c3"}
    # on the map, each position of the word is nearer its neighbours of that model
    assert np.linalg.norm(old.mean(0) - (x0, y0)) < np.linalg.norm(new.mean(0) - (x0, y0))
    assert np.linalg.norm(new.mean(0) - (x1, y1)) < np.linalg.norm(old.mean(0) - (x1, y1))
