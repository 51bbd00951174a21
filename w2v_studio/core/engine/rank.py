"""One rank of training across processes: the single-process engine on a shard of the jobs,
merging its replica with the other ranks' every few jobs and at each epoch's end.

Merge rules (``RankSpec.merge``), applied to the change of each row since the last merge:

- ``"scaled"`` (default): the ranks' changes added up, each row's sum scaled between 1 (a row
  updated rarely: the sum is what one process would have done) and 1/k for k ranks (a row
  updated so often that each rank's change already went all the way: the average), by the
  row's expected number of updates (``merge_rule.py``). Measured on the English sample (2M
  tokens, 5 epochs): 4 ranks diverge with "sum", and 2 ranks lose a third of their analogy
  accuracy when shared rows are averaged.
- ``"sum"``: every rank's change added up, as Hogwild threads add up within one process (each
  example moves the weights as much as in one process); a row that every rank moved all the
  way overshoots k-fold, which diverges from 3 or 4 ranks on.
- ``"average"``: torch's periodic model averaging (local SGD, ``average_parameters``), which
  divides every rank's progress by the number of ranks, as if alpha were alpha / ranks.

Weights are merged as torch tensors where they live: the numba engine's arrays (shared with
torch on the CPU, gloo), or the torch backend's device tensors (NCCL on a GPU per rank).
"""

from __future__ import annotations

import contextlib
import queue
import time
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.trainer import _Engine

if TYPE_CHECKING:
    from w2v_studio.core.engine.local_merge import LocalSlots, SlotsSpec

SYNC_TIMEOUT_S = 120.0  # the longest a rank waits for the others at a merge
MERGES = ("scaled", "sum", "average")


@dataclass
class RankSpec:
    """Everything one rank needs to train (plain values: they cross the process boundary)."""

    rank: int
    world: int
    store: str  # rendezvous of the process group (file:// or env://)
    config: dict
    ids_dir: str
    remap: np.ndarray
    words: list[str]
    counts: np.ndarray
    corpus_words: int
    out_dir: str
    timeout_s: float = SYNC_TIMEOUT_S
    sync_words: int = 0  # merge after about this many words of all ranks (and each epoch)
    merge: str = "scaled"  # how replicas are merged (see the module docstring)
    kill_at: tuple[int, int] | None = None  # (rank, epoch): tests of a dying rank
    slots: SlotsSpec | None = None  # ranks on one machine: the shared block they merge in


@dataclass
class RankEnd:
    """What a rank reports when it ends."""

    rank: int
    error: str
    epochs_done: int
    words_done: int
    epoch_losses: list[float]
    checksums: list[float] = field(default_factory=list)  # sum of |weights| after each merge
    merge_seconds: float = 0.0  # time spent merging, waiting for the others included


def rank_device(config: TrainConfig, local_rank: int, local_world: int) -> tuple[str, str, str]:
    """(process group backend, device, engine backend) of rank ``local_rank`` of the
    ``local_world`` ranks on this machine: NCCL and the torch backend on GPU ``local_rank`` when
    training on CUDA (``auto``: when this machine has a GPU for every rank); gloo on the CPU
    otherwise, with the numba kernels unless the torch backend is asked for."""
    cuda = config.device.startswith("cuda")
    if config.device == "auto" and config.backend != "numba":
        import torch

        cuda = torch.cuda.is_available() and torch.cuda.device_count() >= local_world
    if cuda:
        return "nccl", f"cuda:{local_rank}", "torch"
    return "gloo", "cpu", "torch" if config.backend == "torch" else "numba"


class RankEngine(_Engine):
    """The single-process engine training one shard, merging replicas on a schedule."""

    def __init__(self, *args, spec: RankSpec, slots: LocalSlots | None = None, **kw) -> None:
        super().__init__(*args, **kw)
        self.rank, self.world, self.spec = spec.rank, spec.world, spec
        if spec.merge not in MERGES:
            raise ValueError(f"merge must be one of {', '.join(MERGES)} (got {spec.merge!r})")
        self.sync_jobs = max(1, round(spec.sync_words / self.batch_words)) \
            if spec.sync_words else 0  # 0: at the end of each epoch only
        self.checksums: list[float] = []
        self.merge_seconds = 0.0
        host = self.torch_backend is None or self.torch_backend.device.type == "cpu"
        self.slots = slots if host and spec.merge != "average" else None
        self.weights = self._weights()
        # the weights at the last merge (the starting weights until then)
        self.base = [w.copy() if isinstance(w, np.ndarray) else w.clone()
                     for w in self.weights] if spec.merge != "average" else []
        self.rates = self._rates() if spec.merge == "scaled" else []
        self.position = self.merged_at = 0  # words into the run: now, at the last merge

    def _weights(self) -> list:
        """The trained matrices: numpy arrays on the host (the torch backend's CPU tensors
        share their memory), the torch backend's tensors on a GPU."""
        if self.slots is None and self.torch_backend is not None:
            return [self.torch_backend.syn0, self.torch_backend.syn1]
        arrays = [a for a in (self.model.input_vectors, self.model.output_vectors)
                  if a is not None]
        if self.slots is not None:
            return arrays
        import torch

        return [torch.from_numpy(a) for a in arrays]

    def _rates(self) -> list:
        """Each matrix's expected updates per row and training word (merge_rule)."""
        from w2v_studio.core.engine.merge_rule import update_rates

        c, m = self.config, self.model
        rates = update_rates(m.vocab.counts, self.keep, c.window, c.objective, c.negative,
                             m.noise, m.huffman)
        if self.slots is not None:
            return [r.astype(np.float64) for r in rates]
        import torch

        return [torch.as_tensor(r, dtype=w.dtype, device=w.device)
                for r, w in zip(rates, self.weights, strict=False)]

    def synchronise(self, epoch: int) -> None:
        if self.spec.kill_at == (self.rank, epoch):
            import os

            os._exit(3)
        self.merge(epoch * self.corpus_words)

    def before_job(self, number: int, jobs: queue.Queue, position: int) -> None:
        """Every ``sync_jobs`` jobs of the epoch (the same job numbers on every rank): wait for
        this rank's queued jobs, then merge."""
        if self.world == 1 or not self.sync_jobs or number == 0 or number % self.sync_jobs:
            return
        while jobs.unfinished_tasks and not self.stop.is_set():
            time.sleep(0.001)
        if not self.stop.is_set():
            self.merge(position)

    def merge(self, position: int) -> None:
        """Merge the replicas by ``spec.merge`` (one replica: nothing to do). ``position``: the
        words into the run (the same on every rank), which sets the learning rate and the
        words each rank trained since the last merge for the scaled rule."""
        t0 = time.perf_counter()
        if self.world > 1:
            from w2v_studio.core.engine.merge_rule import merge_factor

            factor = merge_factor(self._lr(position), (position - self.merged_at) / self.world)
            if self.slots is not None:
                import torch.distributed as dist

                self.slots.merge(self.weights, self.base, self.rates or [None] * len(self.weights),
                                 factor,
                                 dist.barrier)
            else:
                self._merge_tensors(factor)
        self.merged_at = position
        self.checksums.append(sum(_abs_sum(w) for w in self.weights))
        self.merge_seconds += time.perf_counter() - t0

    def _merge_tensors(self, factor: float) -> None:
        import torch

        with torch.no_grad():
            for i, w in enumerate(self.weights):
                merge_tensor(w, self.base[i] if self.base else None, self.spec.merge,
                             (self.rates[i], factor) if self.rates else None)


def _abs_sum(w) -> float:
    """The sum of |weights| of a matrix (numpy or torch), in float64."""
    if isinstance(w, np.ndarray):
        return float(np.abs(w).sum(dtype=np.float64))
    return float(w.abs().double().sum().item())


def merge_tensor(w, base, rule: str, scale: tuple | None = None) -> None:
    """Merge one weight matrix ``w`` (a torch tensor) in place across the ranks through the
    process group; ``base`` (same shape) holds its value at the last merge and is set to the
    merged value; ``scale``: (the rows' update rates, ``merge_factor``) for "scaled"."""
    import torch.distributed as dist

    if rule == "average":
        from torch.distributed.algorithms.model_averaging.utils import average_parameters

        average_parameters(iter([w]), None)  # all-reduce / world
        return
    delta = w - base
    if rule == "scaled":
        from w2v_studio.core.engine.merge_rule import merge_scale

        changed = (delta != 0).any(1).to(delta.dtype)
        dist.all_reduce(changed)  # how many ranks changed each row
        dist.all_reduce(delta)
        delta *= merge_scale(changed, *scale)[:, None]
    else:
        dist.all_reduce(delta)  # the sum of every rank's change
    base += delta
    w.copy_(base)


def rank_main(rank: int, world: int, config: dict, inbox, events, cancel) -> None:
    """One rank process: load what it needs while the corpus is counted, then (given its
    :class:`RankSpec` in ``inbox``, or ``None`` when there is nothing to train) join the group,
    train its shard; rank 0 reports its events and writes the weights."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the ranks through ``cancel``
    _load(TrainConfig.from_dict(config), rank, world)
    spec = inbox.get()
    if spec is not None:
        _train(spec, events, cancel)


def _load(config: TrainConfig, rank: int, world: int) -> None:
    """Import torch.distributed and load the compiled kernels this rank will use (before the
    corpus is counted, so that neither waits on the other)."""
    import torch.distributed  # noqa: F401

    _, device, backend = rank_device(config, rank, world)
    if backend == "numba":
        from w2v_studio.core.engine.warmup import warm_up

        warm_up((config.objective,))
    if device == "cpu":  # the weights stay on the host: they merge in shared memory
        from w2v_studio.core.engine import local_merge

        local_merge.warm_up()


def _train(spec: RankSpec, events, cancel) -> None:
    import torch.distributed as dist

    from w2v_studio.core.corpus.encoded import EncodedCorpus
    from w2v_studio.core.engine.events import EpochEnd, Failed, Progress, Started
    from w2v_studio.core.engine.prepare import RunCorpus
    from w2v_studio.core.engine.trainer import init_model
    from w2v_studio.core.engine.vocab import Vocab

    config = TrainConfig.from_dict(spec.config)
    group, device, backend = rank_device(config, spec.rank, spec.world)
    dist.init_process_group(group, init_method=spec.store, rank=spec.rank,
                            world_size=spec.world, timeout=timedelta(seconds=spec.timeout_s))
    vocab = Vocab(spec.words, spec.counts, corpus_words=spec.corpus_words)
    encoded = EncodedCorpus.open(spec.ids_dir, config.max_sentence_length)
    corpus = RunCorpus(replace(encoded, words=[]), spec.remap, vocab, spec.corpus_words)
    model = init_model(config, vocab)
    slots = None
    if spec.slots is not None:
        from w2v_studio.core.engine.local_merge import LocalSlots

        slots = LocalSlots(spec.slots, spec.rank)
    engine = RankEngine(model, config, backend, device, cancel, corpus, spec=spec, slots=slots)
    error = ""
    try:
        for ev in engine.run():
            if spec.rank == 0 and isinstance(ev, (Started, Progress, EpochEnd)):
                events.put(("event", ev))
            elif isinstance(ev, Failed):
                error = ev.message
    except Exception as e:  # a merge failed: a peer died or timed out
        error = f"rank {spec.rank}: merging the replicas failed ({type(e).__name__}: {e})"
    out = Path(spec.out_dir)
    if spec.rank == 0:
        np.save(out / "input_vectors.npy", model.input_vectors)
        np.save(out / "output_vectors.npy", model.output_vectors)
    events.put(("end", RankEnd(spec.rank, error, model.epochs_done, model.words_done,
                               list(model.epoch_losses), engine.checksums,
                               engine.merge_seconds)))
    with contextlib.suppress(Exception):  # the group is already broken when a peer died
        dist.destroy_process_group()
    if slots is not None:
        engine.slots = None
        slots.close()
