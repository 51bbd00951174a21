"""2-D projection (PCA / t-SNE / UMAP), cancellation and k-means on clustered vectors."""

from __future__ import annotations

import time

import numpy as np
import pytest

from w2v_studio.core.explore.clusters import kmeans
from w2v_studio.core.explore.projection import (
    ProjectionCancelled,
    ProjectionError,
    ProjectionSettings,
    pca_2d,
    project,
)
from w2v_studio.core.explore.projection_process import ProjectionProcess


def clustered(n_per: int = 20, k: int = 3, dim: int = 30, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim)) * 4
    x = np.vstack([c + rng.normal(size=(n_per, dim)) for c in centres]).astype(np.float32)
    return x, np.repeat(np.arange(k), n_per)


def separation(points: np.ndarray, labels: np.ndarray) -> float:
    """Mean distance between groups divided by the mean distance within groups."""
    d = np.linalg.norm(points[:, None] - points[None], axis=-1)
    same = labels[:, None] == labels[None]
    np.fill_diagonal(same, False)
    return float(d[~same & ~np.eye(len(d), dtype=bool)].mean() / d[same].mean())


def test_pca_equals_scikit_learn_up_to_sign():
    from sklearn.decomposition import PCA

    x, _ = clustered()
    ours = pca_2d(x, normalize=False)
    ref = PCA(2).fit_transform(x)
    for j in range(2):
        sign = np.sign(ours[:, j] @ ref[:, j])
        np.testing.assert_allclose(ours[:, j], sign * ref[:, j], atol=1e-3)


def test_pca_is_reproducible_and_handles_tiny_inputs():
    x, _ = clustered()
    np.testing.assert_array_equal(pca_2d(x), pca_2d(x.copy()))
    assert pca_2d(np.zeros((0, 5))).shape == (0, 2)
    assert pca_2d(np.ones((1, 5))).shape == (1, 2)


@pytest.fixture(scope="module")
def trained():
    """A tiny real model: sentences drawn from 3 topics of 10 words each."""
    from w2v_studio.core.engine.config import TrainConfig
    from w2v_studio.core.engine.events import Finished
    from w2v_studio.core.engine.trainer import train

    rng = np.random.default_rng(0)
    topics = [[f"{t}{i}" for i in range(10)] for t in ("animal", "food", "city")]
    sents = [[str(w) for w in rng.choice(topics[i % 3], 8)] for i in range(600)]
    cfg = TrainConfig(dim=20, epochs=3, min_count=1, window=3, threads=1, sample=0)
    model = next(ev.model for ev in train(cfg, sents) if isinstance(ev, Finished))
    labels = np.array(
        [("animal", "food", "city").index(w.rstrip("0123456789")) for w in model.words]
    )
    return model.input_vectors, labels


@pytest.mark.parametrize(
    "settings",
    [
        ProjectionSettings(method="pca"),
        ProjectionSettings(method="tsne", tsne_iterations=250, perplexity=8),
        pytest.param(
            ProjectionSettings(method="umap", umap_epochs=50, umap_neighbors=8),
            marks=pytest.mark.slow,
        ),  # numba compiles UMAP once (~20 s)
    ],
    ids=["pca", "tsne", "umap"],
)
def test_trained_model_projects_with_topics_apart(trained, settings):
    vectors, labels = trained
    pts = project(vectors, settings)
    assert pts.shape == (30, 2) and np.isfinite(pts).all()
    assert separation(pts, labels) > 2.0


def test_too_few_words_for_tsne_is_a_clear_error():
    with pytest.raises(ProjectionError, match="at least 4 words"):
        project(np.eye(3), ProjectionSettings(method="tsne"))


def test_process_returns_the_result_and_cancel_stops_it_quickly():
    x, labels = clustered()
    job = ProjectionProcess(x, ProjectionSettings(method="pca"))
    job.start()
    np.testing.assert_allclose(job.wait(), pca_2d(x), atol=1e-5)

    big = np.random.default_rng(1).normal(size=(3000, 50)).astype(np.float32)
    job = ProjectionProcess(big, ProjectionSettings(method="tsne"))
    job.start()
    time.sleep(1.0)
    t0 = time.perf_counter()
    job.cancel()
    with pytest.raises(ProjectionCancelled):
        job.result()
    assert time.perf_counter() - t0 < 5
    assert not job._proc.is_alive()


def test_kmeans_finds_the_groups():
    x, labels = clustered(k=4)
    res = kmeans(x, 4, seed=3)
    # each true group lands in exactly one cluster, and the clusters are all different
    found = [set(res.labels[labels == g].tolist()) for g in range(4)]
    assert all(len(f) == 1 for f in found)
    assert len({next(iter(f)) for f in found}) == 4
    assert kmeans(x, 4, seed=3).labels.tolist() == res.labels.tolist()  # reproducible


def test_tsne_in_a_process_reports_its_progress_as_it_goes():
    x = np.random.default_rng(3).normal(size=(600, 20)).astype(np.float32)
    job = ProjectionProcess(x, ProjectionSettings(method="tsne", tsne_iterations=500))
    job.start()
    seen: list[float] = []
    xy = job.wait(progress=seen.append, interval=0.02)
    assert xy.shape == (600, 2) and np.isfinite(xy).all()
    assert len(seen) >= 3 and seen == sorted(seen) and seen[0] > 0 and seen[-1] <= 1.0
