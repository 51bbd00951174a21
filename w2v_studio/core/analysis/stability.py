"""Neighbour stability (Antoniak & Mimno 2018): train several runs (other seeds, or bootstrap
samples of the lines) and count in how many runs each neighbour of a word comes back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.vectors.word_vectors import WordVectors

Trainer = Callable[[TrainConfig, Iterable[Sequence[str]], int], TrainedModel]

UNSTABLE_BELOW = 0.8  # a neighbour found in fewer than 80% of the runs is called unstable


@dataclass
class NeighbourRuns:
    """One neighbour of the query word over all runs."""

    word: str
    runs: int  # runs in which it was among the top neighbours
    share: float  # runs / total runs
    mean_rank: float  # over the runs where it appeared (1 = nearest)
    mean_similarity: float

    @property
    def stable(self) -> bool:
        return self.share >= UNSTABLE_BELOW


@dataclass
class WordStability:
    word: str
    runs: int  # runs compared (those whose vocabulary has the word)
    neighbours: list[NeighbourRuns] = field(default_factory=list)  # most stable first

    def to_dict(self) -> dict:
        return {"word": self.word, "runs": self.runs,
                "neighbours": [{**asdict(n), "stable": n.stable} for n in self.neighbours]}


def neighbour_stability(models: Sequence[WordVectors], word: str,
                        topn: int = 10) -> WordStability:
    """Gather the ``topn`` neighbours of ``word`` in each model that knows it."""
    seen: dict[str, list[tuple[int, float]]] = {}
    runs = 0
    for wv in models:
        if word not in wv:
            continue
        runs += 1
        for nb in wv.neighbours(word, topn=topn):
            seen.setdefault(nb.word, []).append((nb.rank, nb.similarity))
    out = [NeighbourRuns(w, len(v), len(v) / runs, float(np.mean([r for r, _ in v])),
                         float(np.mean([s for _, s in v])))
           for w, v in seen.items()] if runs else []
    out.sort(key=lambda n: (-n.runs, n.mean_rank))
    return WordStability(word, runs, out)


class BootstrapLines:
    """A restartable resample with replacement of a corpus's lines (same size, seeded).

    Each line is repeated as often as it was drawn; the draw is made once, so every pass
    over this object gives the same sample.
    """

    def __init__(self, sentences: Iterable[Sequence[str]], n_lines: int, seed: int) -> None:
        self.sentences = sentences
        rng = np.random.default_rng(seed)
        self.repeats = np.bincount(rng.integers(0, n_lines, n_lines), minlength=n_lines)

    def __iter__(self) -> Iterator[Sequence[str]]:
        for i, s in enumerate(self.sentences):
            if i >= len(self.repeats):
                break
            for _ in range(int(self.repeats[i])):
                yield s


def train_model(config: TrainConfig, sentences: Iterable[Sequence[str]],
                cancel: threading.Event | None = None) -> TrainedModel:
    """Run the trainer to its end and return the model (RuntimeError when it fails)."""
    from w2v_studio.core.engine import events as ev
    from w2v_studio.core.engine.trainer import train

    last = None
    for e in train(config, sentences, cancel=cancel):
        last = e
    if isinstance(last, ev.Finished):
        return last.model
    raise RuntimeError(getattr(last, "message", "training stopped before the end"))


def stability_runs(config: TrainConfig, sentences: Iterable[Sequence[str]], words: Sequence[str],
                   *, runs: int = 5, bootstrap: bool = False, topn: int = 10,
                   trainer: Trainer | None = None) -> list[WordStability]:
    """Train ``runs`` models (seed, seed+1, ...; with ``bootstrap`` also resampled lines) and
    report each word's neighbours by how many runs they appear in.

    ``trainer(config, sentences, run)`` trains one run (default :func:`train_model`).
    """
    if runs < 2:
        raise ValueError(f"stability needs at least 2 runs (got {runs})")
    n_lines = sum(1 for _ in sentences) if bootstrap else 0
    models: list[WordVectors] = []
    for i in range(runs):
        seed = config.seed + i
        data = BootstrapLines(sentences, n_lines, seed) if bootstrap else sentences
        if trainer is None:
            model = train_model(config.with_changes(seed=seed), data)
        else:
            model = trainer(config.with_changes(seed=seed), data, i)
        models.append(WordVectors.from_model(model))
    return [neighbour_stability(models, w, topn) for w in words]
