"""``train(config, sentences)``: a generator of events around the training engine.

Pipeline (like word2vec.c / gensim): a producer thread turns sentences into jobs of word ids;
worker threads turn each job into examples (``batches.py``) and train on them with a numba
kernel (``kernels.py``, the GIL released) or the torch backend; this generator gathers their
results and yields throttled events. Stop is cooperative through ``cancel``.

>>> from w2v_studio.core.engine.config import TrainConfig
>>> sents = [["a", "b", "c", "a", "b"]] * 50
>>> events = list(train(TrainConfig(dim=8, min_count=1, epochs=2, sample=0), sents))
>>> type(events[-1]).__name__
'Finished'
"""

from __future__ import annotations

import dataclasses
import errno
import math
import queue
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from w2v_studio.core.corpus.encoded import EncodedCorpus, encode_while_counting
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.device import resolve_backend
from w2v_studio.core.engine.events import (
    Cancelled,
    EpochEnd,
    Event,
    Failed,
    Finished,
    Progress,
    Scanning,
    Started,
)
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab, scan_counts

EVENT_INTERVAL = 0.2  # seconds between Progress events (about 5 per second)


@dataclass
class _Job:
    number: int
    epoch: int
    ids: np.ndarray  # in-vocabulary word ids, int32
    sent_ptr: np.ndarray  # sentence boundaries, int64
    raw_words: int  # tokens in these sentences, vocabulary or not
    lr0: float
    lr1: float


@dataclass
class _Result:
    epoch: int
    raw_words: int
    loss: float
    examples: int


class _Stop(Exception):
    pass


def _scan(config: TrainConfig, sentences: Iterable[Sequence[str]], cancel: threading.Event,
          ids_dir: Path | None = None) -> Iterator[Scanning | Vocab | EncodedCorpus]:
    """Count words, yielding Scanning events; the last item is the Vocab, or with ``ids_dir``
    the EncodedCorpus written there while counting."""
    if ids_dir is not None:
        scan = encode_while_counting(sentences, ids_dir, EVENT_INTERVAL,
                                     config.max_sentence_length)
    else:
        scan = scan_counts(sentences, EVENT_INTERVAL)
    try:
        while True:
            n_sent, n_words, secs = next(scan)
            yield Scanning(n_sent, n_words, secs)
            if cancel.is_set():
                scan.close()
                raise _Stop
    except StopIteration as done:
        if ids_dir is not None:
            yield done.value
            return
        counts, n_words, n_sent = done.value
    yield Vocab.from_counts(counts, min_count=config.min_count,
                            max_final_vocab=config.max_final_vocab, corpus_words=n_words,
                            corpus_sentences=n_sent)


def init_model(config: TrainConfig, vocab: Vocab) -> TrainedModel:
    """Fresh weights as word2vec.c makes them: inputs uniform in [-0.5/D, 0.5/D), outputs 0."""
    rng = np.random.default_rng(config.seed)
    v, d = len(vocab), config.dim
    wi = ((rng.random((v, d), dtype=np.float32) - 0.5) / d).astype(np.float32)
    rows = max(v - 1, 1) if config.objective == "hierarchical" else v
    wo = np.zeros((rows, d), dtype=np.float32)
    model = TrainedModel(vocab=vocab, config=config, input_vectors=wi, output_vectors=wo)
    model.ensure_heads()
    return model


def _lowercase(sentences: Iterable[Sequence[str]]) -> Iterable[list[str]]:
    class _Lower:
        def __iter__(self):
            for s in sentences:
                yield [w.lower() for w in s]

    return _Lower()


def train(config: TrainConfig, sentences: Iterable[Sequence[str]], *,
          cancel: threading.Event | None = None, init: TrainedModel | None = None,
          vocab: Vocab | None = None) -> Iterator[Event]:
    """Train word vectors; yields Scanning, Started, Progress (~5/s), EpochEnd, and one final
    Finished, Cancelled or Failed event.

    ``sentences`` is read once: while counting, the words are written as ids to a temporary
    folder (``config.corpus_ids``, 4 bytes per token) and every epoch reads those. With
    ``corpus_ids=False``, ``init`` or ``vocab`` it must be restartable (read once per epoch).
    An :class:`EncodedCorpus` (a tokenized corpus) is never counted again.
    ``init`` continues training a saved model for ``config.epochs`` more epochs (its vocabulary
    and weights are kept). ``vocab`` skips the counting pass.
    """
    counted = init is not None or vocab is not None or isinstance(sentences, EncodedCorpus)
    if not config.corpus_ids or counted:
        yield from _train(config, sentences, cancel, init, vocab, None)
        return
    from w2v_studio.core.workspace.tempdirs import app_temp_dir  # pid-named, swept if orphaned

    with app_temp_dir("ids") as ids_dir:
        yield from _train(config, sentences, cancel, init, vocab, ids_dir)


def _train(config: TrainConfig, sentences: Iterable[Sequence[str]],
           cancel: threading.Event | None, init: TrainedModel | None, vocab: Vocab | None,
           ids_dir: Path | None) -> Iterator[Event]:
    """:func:`train`; with ``ids_dir`` the counting pass writes the corpus there as ids."""
    cancel = cancel or threading.Event()
    encoded = sentences if isinstance(sentences, EncodedCorpus) else None
    remap: np.ndarray | None = None
    if config.lowercase and encoded is None:
        sentences = _lowercase(sentences)
    try:
        backend, device = resolve_backend(config)
    except RuntimeError as e:
        yield Failed(str(e))
        return
    # ---- vocabulary
    if init is not None:
        model = init
        model.config = config.with_changes(dim=init.dim, objective=init.config.objective)
        model.ensure_heads()
        vocab = model.vocab
        if encoded is not None:
            remap = encoded.remap_to(vocab, config.lowercase)
    else:
        if encoded is not None:  # counted when it was tokenized: no counting pass
            if vocab is None:
                vocab, remap = encoded.vocab(min_count=config.min_count,
                                             max_final_vocab=config.max_final_vocab,
                                             lowercase=config.lowercase)
            else:
                remap = encoded.remap_to(vocab, config.lowercase)
        if vocab is None:
            try:
                for item in _scan(config, sentences, cancel, ids_dir):
                    if isinstance(item, Vocab):
                        vocab = item
                    elif isinstance(item, EncodedCorpus):  # already lowercased if asked
                        vocab, remap = item.vocab(min_count=config.min_count,
                                                  max_final_vocab=config.max_final_vocab)
                        # training reads ids only: let the lexicon of every type go
                        sentences = dataclasses.replace(item, words=[])
                    else:
                        yield item
            except _Stop:
                yield Failed("Stopped while counting words: nothing was trained yet.")
                return
            except Exception as e:  # a reader or tokenizer failing: say so, never a traceback
                if isinstance(e, OSError) and e.errno == errno.ENOSPC and ids_dir is not None:
                    yield Failed(f"The temporary folder {ids_dir} is full: training writes "
                                 "the corpus there as ids (4 bytes per word). Free some space, "
                                 "or turn corpus_ids off to read the text at every epoch.")
                else:
                    yield Failed(f"Reading the corpus failed: {e}")
                return
        assert vocab is not None
        if len(vocab) == 0:
            yield Failed(f"No word occurs at least min_count={config.min_count} times in the "
                         f"corpus ({vocab.corpus_words} words read). Lower min_count or add text.")
            return
        model = init_model(config, vocab)
    engine = _Engine(model, config, backend, device, cancel, sentences, remap)
    yield from engine.run()


class _Engine:
    def __init__(self, model: TrainedModel, config: TrainConfig, backend: str, device: str,
                 cancel: threading.Event, sentences: Iterable[Sequence[str]],
                 remap: np.ndarray | None = None) -> None:
        self.model, self.config, self.backend, self.device = model, config, backend, device
        self.cancel = cancel
        self.sentences = sentences
        self.remap = remap  # lexicon id -> vocabulary id, when ``sentences`` is encoded
        self.vocab = model.vocab
        self.keep = self.vocab.keep_probabilities(config.sample)
        self.epochs = config.epochs
        self.corpus_words = max(self.vocab.corpus_words, 1)
        self.total_words = self.corpus_words * self.epochs
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self._snapshot_dir: tempfile.TemporaryDirectory | None = None
        self.torch_backend = None
        # CBOW's hidden layer: the mean of the context (or the sum); the exact update divides
        # the error by the context size
        self.mean = config.architecture == "cbow" and config.cbow_mode == "mean"
        self.divide = self.mean and config.cbow_mean_update == "exact"
        if backend == "numba":
            from w2v_studio.core.engine.noise import alias_table

            self.alias = alias_table(model.noise) if model.noise is not None else \
                np.zeros(1, np.uint64)
            self.no_negs = np.zeros((0, 0), dtype=np.int32)
            self.batch_words = config.batch_words
        else:
            from w2v_studio.core.engine.torch_backend import TorchBackend

            self.torch_backend = TorchBackend(
                model.input_vectors, model.output_vectors, objective=config.objective,
                mean=self.mean, divide=self.divide,
                device=device, batch_size=config.batch_size, negative=config.negative,
                noise=model.noise, huffman=model.huffman, threads=config.threads,
                seed=config.seed)
            # enough words per job to fill a few device batches
            per_word = 1 if config.architecture == "cbow" else config.window
            self.batch_words = max(config.batch_words, 2 * config.batch_size // per_word)

    # ------------------------------------------------------------ producer / workers
    def _lr(self, words_done: int) -> float:
        c = self.config
        frac = min(1.0, words_done / self.total_words)
        return c.alpha - (c.alpha - c.min_alpha) * frac

    def _jobs_from_text(self, sentences: Iterable[Sequence[str]]
                        ) -> Iterator[tuple[np.ndarray, np.ndarray, int]]:
        """(ids, sentence boundaries, raw tokens) of about ``batch_words`` tokens each."""
        get = self.vocab.index.get
        cap = self.config.max_sentence_length
        ids: list[int] = []
        ptr = [0]
        raw = 0
        for sentence in sentences:
            if self.stop.is_set():
                return
            for start in range(0, max(len(sentence), 1), cap):
                piece = sentence[start: start + cap]
                ids.extend([i for i in map(get, piece) if i is not None])
                ptr.append(len(ids))
                raw += len(piece)
            if raw >= self.batch_words:
                yield np.array(ids, dtype=np.int32), np.array(ptr, dtype=np.int64), raw
                ids, ptr, raw = [], [0], 0
        if raw:
            yield np.array(ids, dtype=np.int32), np.array(ptr, dtype=np.int64), raw

    def _produce(self, epoch: int, sentences: Iterable[Sequence[str]], jobs: queue.Queue) -> None:
        try:
            if isinstance(sentences, EncodedCorpus) and self.remap is not None:
                blocks = sentences.id_blocks(self.remap, self.batch_words,
                                             self.config.max_sentence_length)
            else:
                blocks = self._jobs_from_text(sentences)
            base = (epoch - 1) * self.corpus_words
            done = 0
            for number, (ids, ptr, raw) in enumerate(blocks):
                if self.stop.is_set():
                    return
                a = base + done
                job = _Job(number, epoch, ids, ptr, raw, self._lr(a), self._lr(a + raw))
                while not self.stop.is_set():
                    try:
                        jobs.put(job, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                done += raw
        except BaseException as e:  # reader/tokenizer failure: reported by the main loop
            self.error = e
            self.stop.set()
        finally:
            for _ in range(self.n_workers):
                while True:
                    try:
                        jobs.put(None, timeout=0.1)
                        break
                    except queue.Full:
                        if self.stop.is_set():
                            self._drain(jobs)

    @staticmethod
    def _drain(q: queue.Queue) -> None:
        try:
            while True:
                q.get_nowait()
        except queue.Empty:
            pass

    def _work(self, jobs: queue.Queue, results: queue.Queue) -> None:
        from w2v_studio.core.engine import kernels
        from w2v_studio.core.engine.examples import make_examples
        from w2v_studio.core.engine.rng import make_state

        c, m = self.config, self.model
        cbow = c.architecture == "cbow"
        mean, divide = self.mean, self.divide
        share = c.shared_negatives and not cbow
        try:
            while True:
                job = jobs.get()
                if job is None:
                    break
                if self.stop.is_set():
                    continue
                state = make_state(c.seed, job.epoch + m.epochs_done * 1000, job.number)
                ex = make_examples(job.ids, job.sent_ptr, self.keep, window=c.window,
                                   dynamic=c.dynamic_window, cbow=cbow, state=state)
                if self.torch_backend is not None:
                    loss, n = self.torch_backend.train(ex, job.lr0, job.lr1)
                elif c.objective == "negative":
                    loss, n = kernels.train_negative(
                        m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                        job.lr0, job.lr1, mean, divide, self.alias, c.negative, self.no_negs,
                        state, share)
                elif c.objective == "hierarchical":
                    h = m.huffman
                    loss, n = kernels.train_hierarchical(
                        m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                        job.lr0, job.lr1, mean, divide, h.codes, h.points, h.lengths)
                else:
                    loss, n = kernels.train_softmax(
                        m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                        job.lr0, job.lr1, mean, divide)
                results.put(_Result(job.epoch, job.raw_words, float(loss), int(n)))
        except BaseException as e:
            self.error = e
            self.stop.set()
        finally:
            results.put(None)

    # ------------------------------------------------------------ snapshots (NaN guard)
    def _save_snapshot(self) -> None:
        if self._snapshot_dir is None:
            self._snapshot_dir = tempfile.TemporaryDirectory(prefix="w2v-studio-snap-")
        d = Path(self._snapshot_dir.name)
        if self.torch_backend is not None:
            self.torch_backend.sync()
        np.save(d / "wi.npy", self.model.input_vectors)
        np.save(d / "wo.npy", self.model.output_vectors)

    def _restore_snapshot(self) -> None:
        d = Path(self._snapshot_dir.name)
        self.model.input_vectors[...] = np.load(d / "wi.npy")
        self.model.output_vectors[...] = np.load(d / "wo.npy")

    # ------------------------------------------------------------ main loop
    def _device_label(self) -> str:
        if self.backend == "numba":
            return f"cpu (numba, {self.config.threads} thread{'s' * (self.config.threads > 1)})"
        return f"{self.device} (torch)"

    def run(self) -> Iterator[Event]:
        c, m = self.config, self.model
        self.n_workers = c.threads if self.torch_backend is None else 1
        yield Started(len(self.vocab), self.vocab.corpus_words, self.total_words,
                      self._device_label())
        sentences = self.sentences
        completed = 0
        diverged = False
        t0 = time.monotonic()
        words_done = 0
        last_event = t0
        win_loss, win_n = 0.0, 0
        outcome = "finished"
        fail_message = ""
        try:
            for epoch in range(1, self.epochs + 1):
                self._save_snapshot()
                jobs: queue.Queue = queue.Queue(maxsize=2 * self.n_workers)
                results: queue.Queue = queue.Queue()
                producer = threading.Thread(target=self._produce, args=(epoch, sentences, jobs),
                                            name="w2v-producer", daemon=True)
                workers = [threading.Thread(target=self._work, args=(jobs, results),
                                            name=f"w2v-worker-{i}", daemon=True)
                           for i in range(self.n_workers)]
                producer.start()
                for w in workers:
                    w.start()
                e_t0 = time.monotonic()
                e_words, e_loss, e_n = 0, 0.0, 0
                alive = self.n_workers
                while alive:
                    try:
                        r = results.get(timeout=0.05)
                    except queue.Empty:
                        r = False
                    if r is None:
                        alive -= 1
                    elif r:
                        if not math.isfinite(r.loss):
                            diverged = True
                            if outcome == "finished":
                                outcome = "failed"
                                fail_message = (
                                    f"The loss became {'NaN' if math.isnan(r.loss) else 'infinite'}"
                                    f" in epoch {epoch}: training diverged. Lower the learning "
                                    f"rate (alpha, now {c.alpha:g}) and train again. The vectors "
                                    "from before this epoch were kept.")
                            self.stop.set()
                            continue
                        e_words += r.raw_words
                        words_done += r.raw_words
                        e_loss += r.loss
                        e_n += r.examples
                        win_loss += r.loss
                        win_n += r.examples
                    if self.cancel.is_set() and not self.stop.is_set():
                        if outcome == "finished":
                            outcome = "cancelled"
                        self.stop.set()
                    now = time.monotonic()
                    if now - last_event >= EVENT_INTERVAL and win_n and \
                            outcome == "finished" and not self.stop.is_set():
                        last_event = now
                        yield self._progress(epoch, words_done, win_loss, win_n, now - t0)
                        win_loss, win_n = 0.0, 0
                producer.join()
                for w in workers:
                    w.join()
                if self.error is not None and outcome == "finished":
                    outcome = "failed"
                    fail_message = _describe(self.error)
                if outcome != "finished":
                    break
                now = time.monotonic()
                yield self._progress(epoch, words_done, win_loss, win_n, now - t0)
                win_loss, win_n = 0.0, 0
                m.epoch_losses.append(e_loss / e_n if e_n else float("nan"))
                completed += 1
                yield EpochEnd(epoch, self.epochs, m.epoch_losses[-1], e_words, now - e_t0)
        finally:
            self.stop.set()
        if self.torch_backend is not None:
            self.torch_backend.sync()
        elapsed = time.monotonic() - t0
        m.words_done += words_done
        if outcome == "failed":
            if diverged or not np.isfinite(m.input_vectors).all():
                self._restore_snapshot()
            m.status = "failed"
            m.epochs_done += completed
            yield Failed(fail_message, m)
        elif outcome == "cancelled":
            m.status = "cancelled"
            m.epochs_done += completed
            yield Cancelled(m, completed + 1, words_done / self.total_words)
        else:
            m.status = "finished"
            m.epochs_done += self.epochs
            yield Finished(m, elapsed, words_done / max(elapsed, 1e-9))
        if self._snapshot_dir is not None:
            self._snapshot_dir.cleanup()

    def _progress(self, epoch: int, words_done: int, loss: float, n: int, elapsed: float
                  ) -> Progress:
        frac = words_done / self.total_words
        wps = words_done / max(elapsed, 1e-9)
        eta = (self.total_words - words_done) / wps if wps > 0 else float("inf")
        return Progress(epoch=epoch, epochs=self.epochs, fraction=min(frac, 1.0),
                        words_done=words_done, words_per_sec=wps,
                        learning_rate=self._lr(words_done), loss=loss / n if n else float("nan"),
                        examples=n, eta_seconds=eta, elapsed_seconds=elapsed)


def _describe(e: BaseException) -> str:
    name = type(e).__name__
    text = str(e) or name
    if name in ("CorpusError", "TokenizeError", "UnicodeDecodeError", "FileNotFoundError"):
        return f"Reading the corpus failed: {text}"
    return f"Training stopped because of an unexpected error ({name}: {text})."
