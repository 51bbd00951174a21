"""The distributed engine under ``torchrun`` (one process per rank, on one or many machines).

``torchrun`` starts the same command on every machine and sets RANK, WORLD_SIZE, MASTER_ADDR
and MASTER_PORT; ``w2v-studio train`` then calls :func:`train_torchrun`. Every rank reads its
own copy of the corpus once (writing it as ids to a local temporary folder); rank 0 builds the
vocabulary and broadcasts it (as JSON bytes, no pickle), the others map their ids onto it; then
each rank trains the jobs numbered ``rank mod world`` and the replicas are averaged as with
``--nproc`` (:mod:`distributed`). Only rank 0 reports progress and writes the model.

Two machines, one process each (the corpus at the same path on both; run on each machine, with
``--node-rank 1`` on the second; HOST is the first machine's address)::

    torchrun --nnodes 2 --nproc-per-node 1 --node-rank 0 --master-addr HOST \
        --master-port 29500 -m w2v_studio train corpus.txt -o model --threads 8

``--nproc-per-node`` starts several ranks per machine; rank 0 writes ``model`` on its machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np

from w2v_studio.core.corpus.encoded import EncodedCorpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.distributed import SYNC_WORDS, _whole_run, train_processes
from w2v_studio.core.engine.events import Cancelled, EpochEnd, Event, Failed, Progress, Started
from w2v_studio.core.engine.prepare import (
    PrepareError,
    RunCorpus,
    Stopped,
    count_corpus,
    encoded_vocab,
)
from w2v_studio.core.engine.rank import SYNC_TIMEOUT_S, RankEngine, RankSpec, rank_device
from w2v_studio.core.engine.trainer import _lowercase, init_model
from w2v_studio.core.engine.vocab import Vocab

_ENV = ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


def launched_by_torchrun() -> bool:
    """True in a process that torchrun (or any env:// launcher) started as one rank."""
    return all(k in os.environ for k in _ENV) and int(os.environ["WORLD_SIZE"]) > 1


def across_processes(config: TrainConfig, sentences: Iterable[Sequence[str]], nproc: int, *,
                     cancel: threading.Event | None = None) -> Iterator[Event]:
    """``--nproc N``: N ranks on this machine, or, when torchrun started this process, this
    process as one rank of torchrun's world (``nproc`` is then torchrun's business)."""
    if launched_by_torchrun():
        return train_torchrun(config, sentences, cancel=cancel)
    return train_processes(config, sentences, nproc, cancel=cancel)


def _local() -> tuple[int, int]:
    """(this rank's number on its machine, the number of ranks on its machine)."""
    rank, world = os.environ.get("RANK", "0"), os.environ.get("WORLD_SIZE", "1")
    return (int(os.environ.get("LOCAL_RANK", rank)),
            int(os.environ.get("LOCAL_WORLD_SIZE", world)))


def writes_the_model() -> bool:
    """Only rank 0 writes the model (every process is rank 0 outside torchrun)."""
    return os.environ.get("RANK", "0") == "0"


def train_torchrun(config: TrainConfig, sentences: Iterable[Sequence[str]], *,
                   cancel: threading.Event | None = None, timeout_s: float = SYNC_TIMEOUT_S,
                   sync_words: int = SYNC_WORDS) -> Iterator[Event]:
    """Train as rank RANK of WORLD_SIZE (from the environment); yields train()'s events (rank 0
    its progress; every rank one final event with its replica)."""
    import torch.distributed as dist

    from w2v_studio.core.workspace.tempdirs import app_temp_dir

    rank, world = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"])
    if config.lowercase:
        sentences = _lowercase(sentences)
    group, _, _ = rank_device(config, *_local())
    dist.init_process_group(group, init_method="env://", rank=rank, world_size=world,
                            timeout=timedelta(seconds=timeout_s))
    try:
        with app_temp_dir("ids") as ids_dir:
            yield from _train_rank(config, sentences, cancel or threading.Event(),
                                   RankSpec(rank, world, "env://", config.to_dict(),
                                            str(ids_dir), np.zeros(0, np.int32), [],
                                            np.zeros(0, np.int64), 0, str(ids_dir), timeout_s,
                                            sync_words))
    finally:
        with contextlib.suppress(Exception):  # broken when a peer died
            dist.destroy_process_group()


def _train_rank(config: TrainConfig, sentences: Iterable[Sequence[str]],
                cancel: threading.Event, spec: RankSpec) -> Iterator[Event]:
    try:
        encoded = yield from count_corpus(config, sentences, cancel, Path(spec.ids_dir))
    except Stopped:
        yield Cancelled(None, 0, 0.0)
        return
    except PrepareError as e:
        yield Failed(f"rank {spec.rank}: {e}")
        return
    assert isinstance(encoded, EncodedCorpus)
    vocab, remap = encoded_vocab(encoded, config, False) if spec.rank == 0 else (None, None)
    vocab = broadcast_vocab(vocab)
    if remap is None:
        remap = encoded.remap_to(vocab)
    if len(vocab) == 0:
        yield Failed(f"No word occurs at least min_count={config.min_count} times in the "
                     "corpus. Lower min_count or add text.")
        return
    spec = replace(spec, remap=remap, words=vocab.words, counts=vocab.counts,
                   corpus_words=vocab.corpus_words)
    corpus = RunCorpus(replace(encoded, words=[]), remap, vocab, vocab.corpus_words)
    model = init_model(config, vocab)
    _, device, backend = rank_device(config, *_local())
    engine = RankEngine(model, config, backend, device, cancel, corpus, spec=spec)
    final: Event = Failed(f"rank {spec.rank} ended without a result", model)
    try:
        for ev in engine.run():
            if not isinstance(ev, (Started, Progress, EpochEnd)):
                final = ev
            elif spec.rank == 0:
                yield _whole_run(ev, spec.world, config, vocab.corpus_words)
    except Exception as e:  # an average failed: a peer died or timed out
        model.status = "failed"
        final = Failed(f"Training across processes failed: rank {spec.rank} could not average "
                       f"the replicas ({type(e).__name__}: {e}). The vectors of this rank are "
                       "kept.", model)
    yield final


def broadcast_vocab(vocab: Vocab | None) -> Vocab:
    """Rank 0's vocabulary on every rank (JSON bytes in a uint8 tensor; ``None`` elsewhere)."""
    import torch
    import torch.distributed as dist

    size = torch.zeros(1, dtype=torch.long)
    if vocab is not None:
        payload = json.dumps({"words": vocab.words, "counts": vocab.counts.tolist(),
                              "corpus_words": vocab.corpus_words,
                              "sentences": vocab.corpus_sentences},
                             ensure_ascii=False).encode("utf-8")
        data = torch.frombuffer(bytearray(payload), dtype=torch.uint8)
        size[0] = len(payload)
    dist.broadcast(size, 0)
    if vocab is None:
        data = torch.empty(int(size[0]), dtype=torch.uint8)
    dist.broadcast(data, 0)
    d = json.loads(bytes(data.numpy()).decode("utf-8"))
    return Vocab(d["words"], np.array(d["counts"], dtype=np.int64),
                 corpus_words=d["corpus_words"], corpus_sentences=d["sentences"])
