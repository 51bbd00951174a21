"""Procrustes alignment: a known rotation is recovered exactly; aligned models open everywhere."""

from __future__ import annotations

import numpy as np
import pytest

from w2v_studio.core.analysis.align import (
    AlignmentError,
    align,
    fit_alignment,
    model_from_vectors,
    save_aligned,
)
from w2v_studio.core.vectors.io.load import load_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors


def _rotation(d: int, seed: int) -> np.ndarray:
    q, r = np.linalg.qr(np.random.default_rng(seed).normal(size=(d, d)))
    return q * np.sign(np.diag(r))


def _pair(n: int = 120, d: int = 10, seed: int = 0) -> tuple[WordVectors, WordVectors, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, d)).astype(np.float32)
    q = _rotation(d, seed + 1)
    words = [f"w{i}" for i in range(n)]
    return (WordVectors(words, a, np.arange(n, 0, -1)),
            WordVectors(words, (a @ q.T).astype(np.float32), np.arange(n, 0, -1)), q)


def test_procrustes_recovers_a_known_rotation_exactly():
    from scipy.linalg import orthogonal_procrustes

    a, b, q = _pair()
    aligned, fit = align(a, b)
    np.testing.assert_allclose(aligned.vectors, a.vectors, atol=1e-4)
    np.testing.assert_allclose(fit.rotation, q, atol=1e-5)  # b = a q^T, so b q = a
    expected, _ = orthogonal_procrustes(b.unit, a.unit)
    np.testing.assert_allclose(fit.rotation, expected, atol=1e-5)
    assert fit.mean_cosine_after == pytest.approx(1.0, abs=1e-5)


def test_anchor_words_alone_fix_the_rotation_when_other_words_moved():
    a, b, q = _pair(seed=3)
    moved = b.vectors.copy()
    moved[60:] = np.random.default_rng(9).normal(size=moved[60:].shape)  # half the words moved
    b2 = WordVectors(b.words, moved, b.counts)
    _, fit = align(a, b2, anchors=a.words[:60])
    np.testing.assert_allclose(fit.rotation, q, atol=1e-4)
    _, fit_all = align(a, b2)
    assert np.abs(fit_all.rotation - q).max() > 1e-2


def test_models_of_different_sizes_are_refused_with_a_reason():
    a, _, _ = _pair(d=10)
    b, _, _ = _pair(d=8)
    with pytest.raises(AlignmentError, match="same --dim"):
        fit_alignment(a, b)


def test_models_sharing_no_words_are_refused():
    a, b, _ = _pair()
    c = WordVectors([f"x{i}" for i in range(len(b))], b.vectors)
    with pytest.raises(AlignmentError, match="shared"):
        fit_alignment(a, c)


def test_aligned_model_folder_opens_and_keeps_its_own_cosines(tmp_path):
    a, b, _ = _pair()
    model_from_vectors(b, "test").save(tmp_path / "b")
    _, fit = align(a, b)
    save_aligned(tmp_path / "b", b, fit, tmp_path / "a", tmp_path / "b_aligned")
    out = load_vectors(tmp_path / "b_aligned")
    np.testing.assert_allclose(out.vectors, a.vectors, atol=1e-4)
    assert out.similarity("w1", "w2") == pytest.approx(b.similarity("w1", "w2"), abs=1e-5)
    from w2v_studio.core.engine.model import TrainedModel

    info = TrainedModel.load(tmp_path / "b_aligned").corpus_info
    assert info["aligned_to"]["fitted_on_words"] == 120
