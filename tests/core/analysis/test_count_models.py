"""PPMI and SVD baselines: values equal a direct count, planted clusters come back, folders open."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.core.conftest import cluster_purity, planted_corpus
from w2v_studio.core.analysis import count_models
from w2v_studio.core.analysis.count_models import (
    CountModelError,
    CountSettings,
    build_count_model,
    cooccurrence,
    ppmi,
)
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab
from w2v_studio.core.vectors.io.load import load_vectors


def _direct_ppmi(sentences, words, window, cds=0.75):
    """Counted pair by pair in plain Python, the PPMI formula of Levy et al. (2015)."""
    idx = {w: i for i, w in enumerate(words)}
    c = np.zeros((len(words), len(words)))
    for s in sentences:
        ids = [idx[w] for w in s if w in idx]
        for i, wi in enumerate(ids):
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                if j != i:
                    c[wi, ids[j]] += 1
    total_ctx = sum(c[:, k].sum() ** cds for k in range(len(words)))
    out = np.zeros_like(c)
    for w in range(len(words)):
        for k in range(len(words)):
            if c[w, k]:
                pmi = math.log(c[w, k] / (c[w].sum() * c[:, k].sum() ** cds / total_ctx))
                out[w, k] = max(pmi, 0.0)
    return out


def test_ppmi_equals_a_direct_count_with_smoothing():
    sents = [["a", "b", "c", "a"], ["b", "d", "b"], ["c", "a", "d", "x", "b"]]
    vocab = Vocab.from_counts({"a": 3, "b": 4, "c": 2, "d": 2})
    got = ppmi(cooccurrence(sents, vocab, window=2)).toarray()
    np.testing.assert_allclose(got, _direct_ppmi(sents, vocab.words, 2), atol=1e-12)


@pytest.mark.parametrize("method", ["ppmi", "svd"])
def test_count_model_neighbours_recover_planted_clusters(method):
    model = build_count_model(TrainConfig(dim=8, min_count=1, window=3),
                              planted_corpus(n_sent=1500), CountSettings(method))
    assert cluster_purity(model) == 1.0
    assert model.corpus_info["method"] == method


def test_count_model_folder_opens_as_vectors_and_as_a_model(tmp_path):
    model = build_count_model(TrainConfig(dim=6, min_count=1, window=3),
                              planted_corpus(n_sent=800), CountSettings("svd"))
    model.save(tmp_path / "svd")
    wv = load_vectors(tmp_path / "svd")
    assert wv.dim == 6 and len(wv) == 64
    assert wv.neighbours("c0w0", topn=1)[0].word.startswith("c0w")
    assert TrainedModel.load(tmp_path / "svd").corpus_info["count_model"]["eig"] == 0.5


def test_vocabulary_cap_applies_and_too_large_a_model_is_refused_with_what_to_do(monkeypatch):
    notes: list[str] = []
    sents = planted_corpus(n_sent=800)
    capped = build_count_model(TrainConfig(min_count=1, window=2), sents,
                               CountSettings("ppmi", vocab_cap=10), notes.append)
    assert len(capped.words) == 10 and any("capped" in n for n in notes)
    monkeypatch.setattr(count_models, "MEMORY_LIMIT", 1000)
    with pytest.raises(CountModelError, match="lower --max-vocab"):
        build_count_model(TrainConfig(min_count=1, window=2), sents, CountSettings("ppmi"))


def test_svd_size_must_be_below_the_vocabulary():
    with pytest.raises(CountModelError, match="smaller --dim"):
        build_count_model(TrainConfig(dim=64, min_count=1, window=2),
                          planted_corpus(n_sent=300), CountSettings("svd"))
