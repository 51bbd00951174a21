"""Training across processes with torch.distributed: ``train_processes(config, sentences, N)``.

The N rank processes start first and load torch and the compiled kernels while the corpus is
counted, here, once (and written as ids to a temporary folder, unless it is a tokenized corpus
already); the vocabulary goes to every rank with its :class:`~rank.RankSpec`. The ranks (gloo on
CPU, NCCL with a GPU each) start from the same weights (same seed); each trains the jobs
numbered ``rank mod N`` with the single-process engine (the learning rate follows the position
of each job in the whole corpus, so the schedule is the single-process one), and every
``sync_words`` words and at the end of each epoch the replicas are merged (``rank.py`` says
how). A merge waits for the rank's queued jobs; every rank merges at the same job numbers, as
every rank numbers all jobs of the corpus. Rank 0 reports progress and writes the weights; a
rank that dies makes the others' next merge fail (gloo notices the closed connection, or the
timeout ends the wait), the run ends Failed with the vectors rank 0 had, and nothing hangs.

World size 1 is exactly single-process training (merging one replica changes nothing).
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from w2v_studio.core.corpus.encoded import EncodedCorpus
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
from w2v_studio.core.engine.prepare import PrepareError, Stopped, read_corpus
from w2v_studio.core.engine.rank import SYNC_TIMEOUT_S, RankEnd, RankSpec, rank_main
from w2v_studio.core.engine.trainer import _lowercase
from w2v_studio.core.engine.vocab import Vocab

if TYPE_CHECKING:
    from w2v_studio.core.engine.local_merge import SlotsSpec

SYNC_WORDS = 200_000  # words of all ranks between two merges (1M English tokens: 1-process quality)
# ... and at least this many per vocabulary word: a merge passes over every weight about 8
# times, so with 2 ranks merging then costs under ~5% of the training time. Measured on the full
# English sample (75k words, 2 processes x 1 thread, 5 epochs): a merge every 200k words spent
# 21 of 75 s merging (0.80x the speed of 1 process x 2 threads), every 1.8M words 3.8 of 56 s
# (1.09x) at equal quality; on 2M tokens (22k words), 540k instead of 200k: 9.5% / 0.45 both.
# Not more with more ranks: each rank's words between merges set the quality (4 ranks on 2M
# tokens: 7.1% / 0.38 merging every 200k words, 6.9% / 0.36 every 360k, 4.3% / 0.31 every 720k).
SYNC_WORDS_PER_ROW = 16
KILL_RANK_ENV = "W2V_STUDIO_TEST_KILL_RANK"  # tests: "rank:epoch" ends that rank abruptly


@dataclass
class RunReport:
    """What the ranks reported when they ended (benchmarks and tests): rank -> RankEnd."""

    ends: dict[int, RankEnd] = field(default_factory=dict)

    @property
    def replica_sums(self) -> dict[int, list[float]]:
        """rank -> the sum of |weights| after each merge (equal on every rank)."""
        return {r: e.checksums for r, e in self.ends.items()}

    @property
    def merge_seconds(self) -> dict[int, float]:
        return {r: round(e.merge_seconds, 3) for r, e in self.ends.items()}


def train_processes(config: TrainConfig, sentences: Iterable[Sequence[str]], nproc: int, *,
                    cancel: threading.Event | None = None, work_dir: Path | None = None,
                    timeout_s: float = SYNC_TIMEOUT_S, sync_words: int = SYNC_WORDS,
                    merge: str = "scaled", report: RunReport | None = None) -> Iterator[Event]:
    """:func:`trainer.train` over ``nproc`` processes; yields the same events.
    ``work_dir`` holds the corpus ids and the weights rank 0 writes (a temporary folder when
    not given); ``timeout_s`` is the longest wait for another rank; replicas are merged by
    ``merge`` ("scaled", "sum" or "average": see ``rank.py``) after every ``sync_words`` words (all
    ranks together; at least ``SYNC_WORDS_PER_ROW`` x the vocabulary) and every epoch;
    ``report``, when given, receives what each rank reported."""
    if nproc < 1:
        raise ValueError(f"nproc must be at least 1 (got {nproc})")
    if work_dir is None:
        from w2v_studio.core.workspace.tempdirs import app_temp_dir

        with app_temp_dir("ids") as d:  # the corpus ids, and the weights rank 0 writes
            yield from train_processes(config, sentences, nproc, cancel=cancel, work_dir=d,
                                       timeout_s=timeout_s, sync_words=sync_words,
                                       merge=merge, report=report)
        return
    cancel = cancel or threading.Event()
    report = report if report is not None else RunReport()
    ranks = _Ranks(nproc, config)  # they load torch and the kernels while we count
    try:
        yield from _count_and_train(config, sentences, ranks, cancel, work_dir,
                                    (timeout_s, sync_words, merge), report)
    finally:
        ranks.close()


def _count_and_train(config: TrainConfig, sentences: Iterable[Sequence[str]], ranks: _Ranks,
                     cancel: threading.Event, work_dir: Path, how: tuple[float, int, str],
                     report: RunReport) -> Iterator[Event]:
    if config.lowercase and not isinstance(sentences, EncodedCorpus):
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
    from w2v_studio.core.engine.memory_estimate import memory_problem

    if problem := memory_problem(config.with_changes(processes=ranks.world), len(corpus.vocab)):
        yield Failed(problem[0].upper() + problem[1:])
        return
    if isinstance(corpus.sentences, EncodedCorpus):  # a tokenized corpus, or the ids written
        ids_dir = corpus.sentences.path
    timeout_s, sync_words, merge = how
    if sync_words:
        sync_words = max(sync_words, SYNC_WORDS_PER_ROW * len(corpus.vocab))
    slots = ranks.shared_block(config, len(corpus.vocab))
    specs = [RankSpec(r, ranks.world, (work_dir / "store").resolve().as_uri(),
                      config.to_dict(), str(ids_dir), corpus.remap, corpus.vocab.words,
                      corpus.vocab.counts, corpus.words, str(work_dir), timeout_s, sync_words,
                      merge, _kill_at(), slots)
             for r in range(ranks.world)]
    ranks.send(specs)
    yield from ranks.follow(config, specs[0], cancel, report.ends)
    yield _final(config, corpus.vocab, specs[0], ranks, report.ends, cancel)


def _kill_at() -> tuple[int, int] | None:
    import os

    value = os.environ.get(KILL_RANK_ENV, "")
    rank, _, epoch = value.partition(":")
    return (int(rank), int(epoch)) if rank.isdigit() and epoch.isdigit() else None


class _Ranks:
    """The rank processes: started at once, given their specs once the corpus is counted."""

    def __init__(self, world: int, config: TrainConfig) -> None:
        ctx = mp.get_context("spawn")
        self.world = world
        self.events: mp.Queue = ctx.Queue()
        self.stop = ctx.Event()  # the ranks' Stop
        self.inboxes = [ctx.Queue() for _ in range(world)]
        self.procs = [ctx.Process(target=rank_main, daemon=True,
                                  args=(r, world, config.to_dict(), self.inboxes[r],
                                        self.events, self.stop))
                      for r in range(world)]
        for p in self.procs:
            p.start()
        self.sent = False
        self.t0 = time.monotonic()
        self.block = None  # the shared memory the ranks merge in

    def shared_block(self, config: TrainConfig, words: int) -> SlotsSpec | None:
        """The shared block for merging on this machine (None: merge through gloo)."""
        from w2v_studio.core.engine.local_merge import SlotsSpec, create_block
        from w2v_studio.core.engine.trainer import output_rows

        if self.world == 1:
            return None
        shapes = [(words, config.dim), (output_rows(config, words), config.dim)]
        self.block = create_block(self.world, shapes)
        return SlotsSpec(self.block.name, self.world, shapes) if self.block else None

    def send(self, specs: list[RankSpec]) -> None:
        for inbox, spec in zip(self.inboxes, specs, strict=True):
            inbox.put(spec)
        self.sent = True
        self.t0 = time.monotonic()

    def follow(self, config: TrainConfig, spec: RankSpec, cancel: threading.Event,
               ends: dict[int, RankEnd]) -> Iterator[Event]:
        """Forward rank 0's events until every rank has ended (or died)."""
        while len(ends) < self.world:
            try:
                item = self.events.get(timeout=0.2)
            except queue.Empty:
                if self.lost(ends):
                    break
                continue
            finally:
                if cancel.is_set():
                    self.stop.set()
            if item[0] == "event":
                yield _whole_run(item[1], self.world, config, spec.corpus_words)
            else:
                ends[item[1].rank] = item[1]

    def lost(self, ends: dict) -> bool:
        """A rank ended without reporting (killed, crashed) and the others have ended too."""
        procs = self.procs
        dead = [i for i, p in enumerate(procs) if not p.is_alive() and i not in ends]
        return bool(dead) and all(not p.is_alive() or i in ends for i, p in enumerate(procs))

    def close(self) -> None:
        """Tell ranks that got nothing to end; wait for every rank (briefly), then end it."""
        if not self.sent:
            for inbox in self.inboxes:
                inbox.put(None)
        self.stop.set()
        for p in self.procs:
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
                p.join()
        if self.block is not None:  # ours: made by shared_block
            self.block.close()
            self.block.unlink()
            self.block = None


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


def _final(config: TrainConfig, vocab: Vocab, spec: RankSpec, ranks: _Ranks,
           ends: dict[int, RankEnd], cancel: threading.Event) -> Event:
    """Finished, or Failed/Cancelled with the vectors rank 0 wrote (if it got that far)."""
    seconds = time.monotonic() - ranks.t0
    for p in ranks.procs:  # every rank has reported or died: let them exit
        p.join(timeout=5)
    model = None
    out = Path(spec.out_dir)
    if (out / "input_vectors.npy").is_file() and 0 in ends:
        epochs_done = ends[0].epochs_done
        model = TrainedModel(vocab=vocab, config=config,
                             input_vectors=np.load(out / "input_vectors.npy"),
                             output_vectors=np.load(out / "output_vectors.npy"),
                             epochs_done=epochs_done,
                             words_done=spec.corpus_words * epochs_done,
                             epoch_losses=ends[0].epoch_losses)
        model.ensure_heads()
    errors = [f"rank {i} ended unexpectedly (exit code {p.exitcode})"
              for i, p in enumerate(ranks.procs) if i not in ends]
    errors += [e.error for e in ends.values() if e.error]
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
