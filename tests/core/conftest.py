"""Small generated corpora shared by the core tests."""

from __future__ import annotations

import numpy as np
import pytest


def planted_corpus(n_clusters: int = 8, per_cluster: int = 8, n_sent: int = 2500,
                   length: int = 12, seed: int = 0) -> list[list[str]]:
    """Sentences each drawn from one cluster of words: neighbours should share a cluster."""
    rng = np.random.default_rng(seed)
    words = [[f"c{c}w{i}" for i in range(per_cluster)] for c in range(n_clusters)]
    return [list(rng.choice(words[rng.integers(n_clusters)], length)) for _ in range(n_sent)]


def cluster_purity(model) -> float:
    """Share of words whose nearest neighbour (cosine) is in the same cluster."""
    v = model.input_vectors / np.linalg.norm(model.input_vectors, axis=1, keepdims=True)
    s = v @ v.T
    np.fill_diagonal(s, -np.inf)
    nn = s.argmax(1)
    cl = [w.split("w")[0] for w in model.words]
    return float(np.mean([cl[i] == cl[j] for i, j in enumerate(nn)]))


@pytest.fixture(scope="session")
def planted():
    return planted_corpus()
