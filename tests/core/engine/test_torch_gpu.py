"""The device engine on a CUDA GPU (skipped without one): it learns as on CPU, with large
batches too, and the host waits for the device once per job, never once per batch."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch

from tests.core.conftest import cluster_purity, planted_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished
from w2v_studio.core.engine.noise import noise_distribution
from w2v_studio.core.engine.torch_backend import TorchBackend
from w2v_studio.core.engine.torch_engine import DeviceEngine
from w2v_studio.core.engine.trainer import train

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]

BASE = dict(dim=16, window=3, min_count=1, epochs=4, sample=0, negative=5, seed=3)


@pytest.mark.parametrize("arch", ["skipgram", "cbow"])
@pytest.mark.parametrize("objective", ["softmax", "hierarchical", "negative"])
def test_cuda_training_learns_planted_clusters(planted, arch, objective):
    cfg = TrainConfig(architecture=arch, objective=objective, device="cuda", batch_size=512,
                      **BASE)
    end = list(train(cfg, planted))[-1]
    assert isinstance(end, Finished)
    assert cluster_purity(end.model) == 1.0
    assert end.model.epoch_losses[-1] < end.model.epoch_losses[0]


@pytest.mark.parametrize("objective", ["negative", "hierarchical"])
def test_cuda_64k_example_steps_learn_planted_clusters(objective):
    sents = planted_corpus(n_clusters=10, per_cluster=10, n_sent=8000, seed=1)
    cfg = TrainConfig(objective=objective, device="cuda", batch_size=65536,
                      **{**BASE, "epochs": 5, "dim": 24})
    end = list(train(cfg, sents))[-1]
    assert isinstance(end, Finished) and np.isfinite(end.model.input_vectors).all()
    assert cluster_purity(end.model) >= 0.98


def _syncs_of_one_job(cbow: bool, batch_size: int) -> int:
    """Device syncs torch reports while one job of 6,000 words trains."""
    rng = np.random.default_rng(0)
    v, n = 50, 6000
    syn0 = (rng.random((v, 16), dtype=np.float32) - 0.5) / 16
    backend = TorchBackend(syn0, np.zeros((v, 16), np.float32), objective="negative",
                           mean=cbow, device="cuda", batch_size=batch_size,
                           noise=noise_distribution(np.arange(1, v + 1)), share=not cbow)
    engine = DeviceEngine(backend, np.ones(v), noise_distribution(np.arange(1, v + 1)),
                          window=3, dynamic=True, cbow=cbow)
    ids = rng.integers(0, v, n).astype(np.int32)
    ptr = np.arange(0, n + 1, 20, dtype=np.int64)
    engine.train_job(0, ids, ptr, 0.025, 0.02)  # warm-up: caches, kernels
    torch.cuda.synchronize()
    torch.cuda.set_sync_debug_mode("warn")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loss, examples = engine.train_job(0, ids, ptr, 0.025, 0.02)
    finally:
        torch.cuda.set_sync_debug_mode("default")
    assert examples > 10 * 256 and loss.is_cuda
    return sum("synchroniz" in str(w.message) for w in caught)


@pytest.mark.parametrize("cbow", [False, True])
def test_host_waits_for_the_device_once_per_job_not_per_batch(cbow):
    one_batch = _syncs_of_one_job(cbow, 1 << 20)
    many_batches = _syncs_of_one_job(cbow, 256)  # dozens of batches
    assert one_batch <= 3
    assert many_batches == one_batch
