"""The distributed engine as torchrun runs it (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT in
the environment of each process): rank 0 broadcasts the vocabulary, both ranks train, and the
result is the one ``--nproc 2`` gives on the same corpus (up to rounding)."""

from __future__ import annotations

import multiprocessing as mp
import os
import socket

import numpy as np
import pytest

from tests.core.conftest import planted_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.distributed import train_processes
from w2v_studio.core.engine.events import Finished, Progress

pytestmark = pytest.mark.slow  # two processes importing numba and torch

CFG = TrainConfig(dim=16, window=3, min_count=1, sample=0, negative=5, seed=3, threads=1,
                  epochs=2, batch_words=3000)


def _rank(rank: int, port: int, out: mp.Queue) -> None:
    from w2v_studio.core.engine.torchrun import launched_by_torchrun, train_torchrun

    os.environ.update(RANK=str(rank), WORLD_SIZE="2", MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))
    assert launched_by_torchrun()
    events = list(train_torchrun(CFG, planted_corpus(), sync_words=9000, timeout_s=60))
    fin = events[-1]
    out.put((rank, type(fin).__name__, fin.model.words, fin.model.input_vectors,
             sum(isinstance(e, Progress) for e in events)))


def test_torchrun_ranks_train_as_nproc_does():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_rank, args=(r, port, out)) for r in (0, 1)]
    for p in procs:
        p.start()
    got = {}
    for _ in procs:
        rank, kind, words, vectors, n_progress = out.get(timeout=120)
        got[rank] = (kind, words, vectors, n_progress)
    for p in procs:
        p.join(timeout=30)
    local = list(train_processes(CFG, planted_corpus(), 2, sync_words=9000))[-1]
    assert isinstance(local, Finished)
    assert got[0][0] == got[1][0] == "Finished"
    assert got[0][1] == got[1][1] == local.model.words  # one vocabulary, broadcast
    # the same training: --nproc merges in shared memory (float64 sums), torchrun through gloo
    # (float32 all-reduce), so the two differ by rounding only
    np.testing.assert_allclose(got[0][2], local.model.input_vectors, rtol=1e-4, atol=1e-6)
    assert np.array_equal(got[0][2], got[1][2])  # replicas equal after the last average
    assert got[0][3] > 0 and got[1][3] == 0  # only rank 0 reports progress
