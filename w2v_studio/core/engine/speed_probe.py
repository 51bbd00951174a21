"""How long a run will take on this computer: train for about a second on the first lines of
the corpus with the run's own settings and vocabulary, and scale the measured speed.

The fixed costs of a run (vocabulary, Huffman tree, noise table, threads) are measured as the
time until training starts; the rest scales with the corpus words times the epochs.

>>> probe = SpeedProbe(words_per_sec=1_000_000.0, setup_seconds=0.5, sample_words=200_000)
>>> probe.seconds_for(corpus_words=10_000_000, epochs=5)
50.5
"""

from __future__ import annotations

import itertools
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Cancelled, Failed, Finished, Progress, Started
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.engine.warmup import warm_up

SAMPLE_WORDS = 300_000  # words of the corpus start that the probe trains on (at most)
PROBE_SECONDS = 1.0  # wall time of one probe (stopped then)


class ProbeFailed(Exception):
    """The probe could not measure a speed (the message says why)."""


@dataclass(frozen=True)
class SpeedProbe:
    words_per_sec: float  # raw corpus words per second with the probed settings
    setup_seconds: float  # once per run: until the first training step
    sample_words: int  # words the probe trained on

    def seconds_for(self, corpus_words: int, epochs: int) -> float:
        """Estimated wall time of a run over ``corpus_words`` words for ``epochs`` epochs."""
        return self.setup_seconds + corpus_words * epochs / max(self.words_per_sec, 1e-9)


class ProbeSample:
    """The first lines of a tokenized corpus as a small id corpus (written once, reused for
    every probe of that corpus), with the full corpus' counts for the vocabulary."""

    def __init__(self, corpus: EncodedCorpus, words: int = SAMPLE_WORDS) -> None:
        self.corpus = corpus
        self._dir = tempfile.TemporaryDirectory(prefix="w2v-studio-probe-")
        budget = itertools.accumulate(len(s) for s in corpus)
        lines = sum(1 for _ in itertools.takewhile(lambda n: n < words, budget)) + 1
        write_encoded(Path(self._dir.name), itertools.islice(corpus, lines))
        self.sample = EncodedCorpus.open(self._dir.name)

    def close(self) -> None:
        self._dir.cleanup()

    def measure(self, config: TrainConfig, seconds: float = PROBE_SECONDS,
                cancel: threading.Event | None = None) -> SpeedProbe:
        """Train on the sample with ``config`` (one epoch, the full corpus' vocabulary) for
        about ``seconds``; raises ProbeFailed when no speed could be measured."""
        vocab, _ = self.corpus.vocab(min_count=config.min_count,
                                     max_final_vocab=config.max_final_vocab,
                                     lowercase=config.lowercase)  # fmt: skip
        warm_up()  # the kernels loaded (the app does this at start; then it costs nothing)
        stop = cancel or threading.Event()
        timer = threading.Timer(seconds, stop.set)
        t0 = time.perf_counter()
        setup: float | None = None
        marks: list[tuple[float, int]] = []  # (elapsed, words done) at each report
        try:
            for ev in train(config.with_changes(epochs=1), self.sample, vocab=vocab, cancel=stop):
                if isinstance(ev, Started):
                    setup = time.perf_counter() - t0
                    timer.start()
                elif isinstance(ev, Progress) and ev.words_done:
                    marks.append((ev.elapsed_seconds, ev.words_done))
                elif isinstance(ev, Failed):
                    raise ProbeFailed(ev.message)
                elif isinstance(ev, Cancelled) and cancel is not None and cancel.is_set():
                    raise ProbeFailed("cancelled")
                elif isinstance(ev, Finished) and not marks:
                    marks.append((ev.seconds, self.sample.tokens))
        finally:
            timer.cancel()
        return SpeedProbe(_speed(marks), float(setup or 0.0), self.sample.tokens)


def _speed(marks: list[tuple[float, int]]) -> float:
    """Words per second between the first and the last report (the first one includes the
    start of the threads), or over the whole probe when there was one report."""
    if not marks:
        raise ProbeFailed("the sample was too small to measure a speed")
    if len(marks) >= 3:
        (t0, w0), (t1, w1) = marks[0], marks[-1]
        if t1 > t0 and w1 > w0:
            return (w1 - w0) / (t1 - t0)
    t, w = marks[-1]
    return w / max(t, 1e-9)
