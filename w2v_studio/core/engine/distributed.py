"""Training across processes with torch.distributed: ``train_processes(config, sentences, N)``.

The corpus is counted once, here, and written as ids to a temporary folder; the vocabulary goes
to every rank with its arguments. N ranks (processes, gloo on CPU) start from the same weights
(same seed), each trains the jobs numbered ``rank mod N`` with the single-process engine (the
learning rate follows the position of each job in the whole corpus, so the schedule is the
single-process one), and every ``sync_words`` words and at the end of each epoch the replicas
are merged. The default merge adds up every rank's change since the last merge (as Hogwild
threads add up within one process): each example then moves the weights as much as in one
process, whatever the number of ranks. ``merge="average"`` is torch's periodic model averaging
(``model_averaging.utils.average_parameters``, local SGD), which divides each rank's progress by
the number of ranks, as if the learning rate were alpha / ranks (``PeriodicModelAverager``
itself skips tensors without gradients, which SGD written out by hand never has). A merge waits
for the rank's queued jobs; every rank merges at the same job numbers, as every rank numbers all
jobs of the corpus. Rank 0 reports progress and writes the weights; a rank that dies makes the
others' next merge fail (gloo notices the closed connection, or the timeout ends the wait), the
run ends Failed with the vectors rank 0 had, and nothing hangs.

World size 1 is exactly single-process training (the average of one replica is itself).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import queue
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import (
    Cancelled,
    EpochEnd,
    Event,
    Failed,
    Finished,
    Progress,
    Started,
)
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.prepare import PrepareError, RunCorpus, Stopped, read_corpus
from w2v_studio.core.engine.trainer import _Engine, _lowercase, init_model
from w2v_studio.core.engine.vocab import Vocab

SYNC_TIMEOUT_S = 120.0  # the longest a rank waits for the others at an average
SYNC_WORDS = 200_000  # words of all ranks between two merges (1M English tokens: 1-process quality)
KILL_RANK_ENV = "W2V_STUDIO_TEST_KILL_RANK"  # tests: "rank:epoch" ends that rank abruptly


@dataclass
class RankSpec:
    """Everything one rank needs (plain values: they cross the process boundary)."""

    rank: int
    world: int
    store: str  # file:// rendezvous of the process group
    config: dict
    ids_dir: str
    remap: np.ndarray
    words: list[str]
    counts: np.ndarray
    corpus_words: int
    out_dir: str
    timeout_s: float = SYNC_TIMEOUT_S
    sync_words: int = 0  # average after about this many words of all ranks (and each epoch)
    merge: str = "sum"  # how replicas are merged: "sum" of their changes, or "average"
    kill_at: tuple[int, int] | None = None  # (rank, epoch): tests of a dying rank


class _RankEngine(_Engine):
    """The single-process engine training one shard, averaging replicas after each epoch."""

    def __init__(self, *args, spec: RankSpec, **kw) -> None:
        super().__init__(*args, **kw)
        self.rank, self.world, self.spec = spec.rank, spec.world, spec
        self.sync_jobs = max(1, round(spec.sync_words / self.batch_words)) \
            if spec.sync_words else 0  # 0: at the end of each epoch only
        self.checksums: list[float] = []  # of the weights after each merge (tests)
        # the weights at the last merge (the starting weights until then), for "sum"
        self.base = [a.copy() for a in (self.model.input_vectors, self.model.output_vectors)
                     if a is not None] if spec.merge == "sum" else None

    def synchronise(self, epoch: int) -> None:
        if self.spec.kill_at == (self.rank, epoch):
            import os

            os._exit(3)
        self._average()

    def before_job(self, number: int, jobs: queue.Queue) -> None:
        """Every ``sync_jobs`` jobs of the epoch (the same job numbers on every rank): wait for
        this rank's queued jobs, then average."""
        if self.world == 1 or not self.sync_jobs or number == 0 or number % self.sync_jobs:
            return
        while jobs.unfinished_tasks and not self.stop.is_set():
            time.sleep(0.001)
        if not self.stop.is_set():
            self._average()

    def _average(self) -> None:
        """Merge the replicas: add up their changes since the last merge ("sum", what Hogwild
        threads do within one process), or average them ("average": torch's periodic model
        averaging, which divides each rank's progress by the number of ranks)."""
        import torch

        arrays = [a for a in (self.model.input_vectors, self.model.output_vectors)
                  if a is not None]
        if self.world == 1:  # one replica: nothing to merge
            pass
        elif self.spec.merge == "average":
            from torch.distributed.algorithms.model_averaging.utils import average_parameters

            tensors = [torch.from_numpy(a) for a in arrays]
            average_parameters(iter(tensors), None)  # all-reduce / world; new storage
            for a, t in zip(arrays, tensors, strict=True):
                np.copyto(a, t.numpy())
        else:
            import torch.distributed as dist

            for a, b in zip(arrays, self.base, strict=True):
                delta = torch.from_numpy(a - b)
                dist.all_reduce(delta)  # the sum of every rank's change
                np.add(b, delta.numpy(), out=a)
                np.copyto(b, a)
        self.checksums.append(float(sum(np.abs(a).sum(dtype=np.float64) for a in arrays)))


def _rank_main(spec: RankSpec, events: mp.Queue, cancel) -> None:
    """One rank: join the group, train its shard, rank 0 reports and writes the weights."""
    import signal

    import torch.distributed as dist

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the ranks through ``cancel``

    from w2v_studio.core.corpus.encoded import EncodedCorpus

    dist.init_process_group("gloo", init_method=spec.store, rank=spec.rank,
                            world_size=spec.world, timeout=timedelta(seconds=spec.timeout_s))
    config = TrainConfig.from_dict(spec.config)
    vocab = Vocab(spec.words, spec.counts, corpus_words=spec.corpus_words)
    encoded = EncodedCorpus.open(spec.ids_dir, config.max_sentence_length)
    corpus = RunCorpus(replace(encoded, words=[]), spec.remap, vocab, spec.corpus_words)
    model = init_model(config, vocab)
    engine = _RankEngine(model, config, "numba", "cpu", cancel, corpus, spec=spec)
    error = ""
    try:
        for ev in engine.run():
            if spec.rank == 0 and isinstance(ev, (Started, Progress, EpochEnd)):
                events.put(("event", ev))
            elif isinstance(ev, Failed):
                error = ev.message
    except Exception as e:  # an average failed: a peer died or timed out
        error = f"rank {spec.rank}: averaging the replicas failed ({type(e).__name__}: {e})"
    out = Path(spec.out_dir)
    if spec.rank == 0:
        np.save(out / "input_vectors.npy", model.input_vectors)
        np.save(out / "output_vectors.npy", model.output_vectors)
    events.put(("end", spec.rank, error, model.epochs_done, model.words_done,
                list(model.epoch_losses), engine.checksums))
    with contextlib.suppress(Exception):  # the group is already broken when a peer died
        dist.destroy_process_group()


def train_processes(config: TrainConfig, sentences: Iterable[Sequence[str]], nproc: int, *,
                    cancel: threading.Event | None = None, work_dir: Path | None = None,
                    timeout_s: float = SYNC_TIMEOUT_S, sync_words: int = SYNC_WORDS,
                    replica_sums: dict | None = None, merge: str = "sum") -> Iterator[Event]:
    """:func:`trainer.train` over ``nproc`` processes (gloo on CPU); yields the same events.
    ``work_dir`` holds the corpus ids and the weights rank 0 writes (a temporary folder when
    not given); ``timeout_s`` is the longest wait for another rank; replicas are averaged
    after every ``sync_words`` words (all ranks together) and every epoch; ``replica_sums``, when
    given, receives rank -> the sum of |weights| after each average (replicas agree);
    ``merge``: "sum" adds up the replicas' changes, "average" averages the replicas."""
    if nproc < 1:
        raise ValueError(f"nproc must be at least 1 (got {nproc})")
    if work_dir is None:
        from w2v_studio.core.workspace.tempdirs import app_temp_dir

        with app_temp_dir("ids") as d:  # the corpus ids, and the weights rank 0 writes
            yield from train_processes(config, sentences, nproc, cancel=cancel, work_dir=d,
                                       timeout_s=timeout_s, sync_words=sync_words,
                                       replica_sums=replica_sums, merge=merge)
        return
    cancel = cancel or threading.Event()
    if config.lowercase:
        sentences = _lowercase(sentences)
    ids_dir = work_dir / "ids"
    ids_dir.mkdir()
    try:
        corpus = yield from read_corpus(config, sentences, cancel, None, None, ids_dir)
    except Stopped:
        yield Cancelled(None, 0, 0.0)
        return
    except PrepareError as e:
        yield Failed(str(e))
        return
    if len(corpus.vocab) == 0:
        yield Failed(f"No word occurs at least min_count={config.min_count} times in the corpus "
                     f"({corpus.words} words read). Lower min_count or add text.")
        return
    specs = [RankSpec(r, nproc, (work_dir / "store").resolve().as_uri(), config.to_dict(),
                      str(ids_dir), corpus.remap, corpus.vocab.words, corpus.vocab.counts,
                      corpus.words, str(work_dir), timeout_s, sync_words, merge,
                      _kill_at())
             for r in range(nproc)]
    ends: dict[int, tuple] = {}
    yield from _run_ranks(config, corpus.vocab, specs, cancel, ends)
    if replica_sums is not None:
        replica_sums.update({rank: end[-1] for rank, end in ends.items()})


def _kill_at() -> tuple[int, int] | None:
    import os

    value = os.environ.get(KILL_RANK_ENV, "")
    rank, _, epoch = value.partition(":")
    return (int(rank), int(epoch)) if rank.isdigit() and epoch.isdigit() else None


def _run_ranks(config: TrainConfig, vocab: Vocab, specs: list[RankSpec],
               cancel: threading.Event, ends: dict[int, tuple]) -> Iterator[Event]:
    """Start the ranks, forward rank 0's events, and end with one final event; ``ends``
    receives what each rank reported when it ended."""
    ctx = mp.get_context("spawn")
    events: mp.Queue = ctx.Queue()
    stop = ctx.Event()  # the ranks' Stop
    procs = [ctx.Process(target=_rank_main, args=(s, events, stop), daemon=True)
             for s in specs]
    for p in procs:
        p.start()
    t0 = time.monotonic()
    world = len(specs)
    try:
        while len(ends) < world:
            try:
                item = events.get(timeout=0.2)
            except queue.Empty:
                if _lost(procs, ends):
                    break
                continue
            finally:
                if cancel.is_set():
                    stop.set()
            if item[0] == "event":
                yield _whole_run(item[1], world, config, specs[0].corpus_words)
            else:
                ends[item[1]] = item[2:]
    finally:
        for p in procs:
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
                p.join()
    yield _final(config, vocab, specs[0], procs, ends, time.monotonic() - t0, cancel)


def _lost(procs: list, ends: dict) -> bool:
    """A rank ended without reporting (killed, crashed) and the others have finished too."""
    dead = [i for i, p in enumerate(procs) if not p.is_alive() and i not in ends]
    return bool(dead) and all(not p.is_alive() or i in ends for i, p in enumerate(procs))


def _whole_run(ev: Event, world: int, config: TrainConfig, corpus_words: int) -> Event:
    """Rank 0's event, scaled to the whole run (rank 0 trains about one job in ``world``)."""
    if isinstance(ev, Progress):
        frac = min(ev.epoch / ev.epochs, ev.fraction * world)
        return replace(ev, fraction=frac, words_done=ev.words_done * world,
                       words_per_sec=ev.words_per_sec * world,
                       learning_rate=config.alpha - (config.alpha - config.min_alpha) * frac)
    if isinstance(ev, EpochEnd):  # the ranks together trained the whole corpus
        return replace(ev, words=corpus_words)
    return replace(ev, device=f"{world} processes x {ev.device}") if isinstance(ev, Started) \
        else ev


def _final(config: TrainConfig, vocab: Vocab, spec: RankSpec, procs: list, ends: dict,
           seconds: float, cancel: threading.Event) -> Event:
    """Finished, or Failed/Cancelled with the vectors rank 0 wrote (if it got that far)."""
    model = None
    out = Path(spec.out_dir)
    if (out / "input_vectors.npy").is_file() and 0 in ends:
        _, epochs_done, _, losses, _ = ends[0]
        model = TrainedModel(vocab=vocab, config=config,
                             input_vectors=np.load(out / "input_vectors.npy"),
                             output_vectors=np.load(out / "output_vectors.npy"),
                             epochs_done=epochs_done,
                             words_done=spec.corpus_words * epochs_done,
                             epoch_losses=losses)
        model.ensure_heads()
    errors = [f"rank {i} ended unexpectedly (exit code {p.exitcode})"
              for i, p in enumerate(procs) if i not in ends]
    errors += [e[0] for e in ends.values() if e[0]]
    if cancel.is_set():
        if model is not None:
            model.status = "cancelled"
        return Cancelled(model, model.epochs_done + 1 if model else 0, 0.0)
    if errors or model is None:
        kept = " The vectors of rank 0 are kept." if model is not None else ""
        if model is not None:
            model.status = "failed"
        return Failed("Training across processes failed: " + "; ".join(errors or
                      ["rank 0 wrote no vectors"]) + "." + kept, model)
    model.status = "finished"
    return Finished(model, seconds, model.words_done / max(seconds, 1e-9))
