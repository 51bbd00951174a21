"""``train(config, sentences)``: a generator of events around the training engine.

Pipeline (like word2vec.c / gensim): a producer thread turns sentences into jobs of word ids;
worker threads turn each job into examples (``examples.py``) and train on them with a numba
kernel (``kernels.py``, the GIL released) or the torch backend; this generator gathers their
results and yields throttled events. Stop is cooperative through ``cancel``.

>>> from w2v_studio.core.engine.config import TrainConfig
>>> sents = [["a", "b", "c", "a", "b"]] * 50
>>> events = list(train(TrainConfig(dim=8, min_count=1, epochs=2, sample=0), sents))
>>> type(events[-1]).__name__
'Finished'
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from w2v_studio.core.corpus.encoded import EncodedCorpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.device import resolve_backend
from w2v_studio.core.engine.events import (
    Cancelled,
    EpochEnd,
    Event,
    Failed,
    Finished,
    Progress,
    Started,
)
from w2v_studio.core.engine.huffman import HuffmanTree
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.prepare import (
    EVENT_INTERVAL,
    PrepareError,
    RunCorpus,
    Stopped,
    cbow_rules,
    huffman_events,
    job_words,
    read_corpus,
    shares_noise_words,
)
from w2v_studio.core.engine.run_state import RestorePoint, RunState, gigabytes
from w2v_studio.core.engine.vocab import Vocab


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
    loss: float  # or a 0-d tensor on the torch device, read when an event is due
    examples: int


def output_rows(config: TrainConfig, words: int) -> int:
    """Rows of the output matrix: one per word, or per inner node of the Huffman tree."""
    return max(words - 1, 1) if config.objective == "hierarchical" else words


def init_model(config: TrainConfig, vocab: Vocab, huffman: HuffmanTree | None = None
               ) -> TrainedModel:
    """Fresh weights as word2vec.c makes them: inputs uniform in [-0.5/D, 0.5/D), outputs 0."""
    rng = np.random.default_rng(config.seed)
    v, d = len(vocab), config.dim
    wi = ((rng.random((v, d), dtype=np.float32) - 0.5) / d).astype(np.float32)
    wo = np.zeros((output_rows(config, v), d), dtype=np.float32)
    model = TrainedModel(vocab=vocab, config=config, input_vectors=wi, output_vectors=wo,
                         huffman=huffman)
    if config.method == "fasttext":  # the n-gram rows, drawn like the word rows
        model.ngram_vectors = (rng.random((config.buckets, d), dtype=np.float32) - 0.5) / d
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
    """Train word vectors; yields Scanning, Building, Started, Progress (~5/s), EpochEnd, and
    one final Finished, Cancelled or Failed event.

    ``sentences`` is read once: while counting, the words are written as ids to a temporary
    folder (``config.corpus_ids``, 4 bytes per token) and every epoch reads those. With
    ``corpus_ids=False`` or ``vocab`` it must be restartable (read once per epoch).
    An :class:`EncodedCorpus` (a tokenized corpus) is never counted again.
    ``init`` continues training a saved model for ``config.epochs`` more epochs (its vocabulary
    and weights are kept; the learning rate decays over the corpus given now, which is counted
    for its size). ``vocab`` skips the counting pass.
    """
    counted = (init is None and vocab is not None) or isinstance(sentences, EncodedCorpus)
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
    if config.lowercase and not isinstance(sentences, EncodedCorpus):
        sentences = _lowercase(sentences)
    try:
        backend, device = resolve_backend(config)
    except RuntimeError as e:
        yield Failed(str(e))
        return
    if config.method == "fasttext":  # subword kernels: numba only
        backend, device = "numba", "cpu"
    try:
        corpus = yield from read_corpus(config, sentences, cancel, init, vocab, ids_dir)
        if init is None and len(corpus.vocab) == 0:
            raise PrepareError(f"No word occurs at least min_count={config.min_count} times "
                               f"in the corpus ({corpus.words} words read). Lower min_count or "
                               "add text.")
        tree = None
        if init is None or init.huffman is None:  # the objective stays the saved model's
            tree = yield from huffman_events(init.config if init else config, corpus.vocab, cancel)
    except Stopped:
        yield Cancelled(None, 0, 0.0)
        return
    except PrepareError as e:
        yield Failed(str(e))
        return
    if init is not None:
        model = init
        from w2v_studio.core.engine.subword import subword_settings

        model.config = config.with_changes(dim=init.dim, objective=init.config.objective,
                                           **subword_settings(init.config))
        model.huffman = model.huffman or tree
        model.ensure_heads()
    else:
        model = init_model(config, corpus.vocab, tree)
    yield from _Engine(model, config, backend, device, cancel, corpus).run()


class _Engine:
    def __init__(self, model: TrainedModel, config: TrainConfig, backend: str, device: str,
                 cancel: threading.Event, corpus: RunCorpus) -> None:
        self.model, self.config, self.backend, self.device = model, config, backend, device
        self.cancel = cancel
        self.sentences = corpus.sentences
        self.remap = corpus.remap  # lexicon id -> vocabulary id, when ``sentences`` is encoded
        self.vocab = model.vocab
        self.keep = self.vocab.keep_probabilities(config.sample)
        self.epochs = config.epochs
        self.corpus_words = max(corpus.words, 1)
        self.total_words = self.corpus_words * self.epochs
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self.torch_backend = None
        self.device_engine = None  # the torch backend's jobs: examples made on the device
        self.restore_point = RestorePoint(model)
        self.mean, self.divide = cbow_rules(config)
        self.rank, self.world = 0, 1  # this process trains the jobs numbered rank mod world
        self.subwords = None  # subword.Subwords: fastText models
        if backend == "numba":
            from w2v_studio.core.engine.noise import alias_table

            self.alias = alias_table(model.noise) if model.noise is not None else \
                np.zeros(1, np.uint64)
            self.no_negs = np.zeros((0, 0), dtype=np.int32)
            self.batch_words = job_words(config, len(model.vocab))  # ~0.1 s per job
            if model.ngram_vectors is not None:  # fastText: each word's rows
                from w2v_studio.core.engine.subword import Subwords

                self.subwords = Subwords.for_config(self.vocab.words, model.config)
        else:
            from w2v_studio.core.engine.torch_backend import TorchBackend

            self.torch_backend = TorchBackend(
                model.input_vectors, model.output_vectors, objective=config.objective,
                mean=self.mean, divide=self.divide,
                device=device, batch_size=config.batch_size, negative=config.negative,
                noise=model.noise, huffman=model.huffman, threads=config.threads,
                seed=config.seed, share=shares_noise_words(config))
            from w2v_studio.core.engine.torch_engine import DeviceEngine

            self.device_engine = DeviceEngine(
                self.torch_backend, self.keep, model.noise, window=config.window,
                dynamic=config.dynamic_window, cbow=config.architecture == "cbow")
            # enough words per job to fill a few device batches
            per_word = 1 if config.architecture == "cbow" else config.window
            self.batch_words = max(config.batch_words, 4 * config.batch_size // per_word)

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
                                             self.config.max_sentence_length,
                                             (self.rank, self.world))
            else:
                blocks = self._jobs_from_text(sentences)
            base = (epoch - 1) * self.corpus_words
            done = 0
            for number, (ids, ptr, raw) in enumerate(blocks):
                if self.stop.is_set():
                    return
                self.before_job(number, jobs, base + done)
                if number % self.world != self.rank:  # another process's job
                    done += raw
                    continue
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
        try:
            while True:
                job = jobs.get()
                if job is None:
                    break
                try:
                    if not self.stop.is_set():
                        results.put(self._step(job))
                finally:
                    jobs.task_done()  # the producer may wait for its jobs (jobs.join())
        except BaseException as e:
            self.error = e
            self.stop.set()
        finally:
            results.put(None)

    def _step(self, job: _Job) -> _Result:
        """Train on one job's examples with the numba kernel of the objective or torch."""
        from w2v_studio.core.engine import kernels
        from w2v_studio.core.engine.examples import make_examples
        from w2v_studio.core.engine.rng import make_state

        c, m, mean, divide = self.config, self.model, self.mean, self.divide
        if self.device_engine is not None:  # the loss stays on the device until an event
            loss, n = self.device_engine.train_job(job.number, job.ids, job.sent_ptr, job.lr0,
                                                   job.lr1)
            return _Result(job.epoch, job.raw_words, loss, n)
        state = make_state(c.seed, job.epoch + m.epochs_done * 1000, job.number)
        ex = make_examples(job.ids, job.sent_ptr, self.keep, window=c.window,
                           dynamic=c.dynamic_window, cbow=c.architecture == "cbow", state=state)
        if self.subwords is not None:
            from w2v_studio.core.engine import subword_kernels

            loss, n = subword_kernels.train_job(m, self.subwords, ex, job.lr0, job.lr1,
                                                self.alias, state, shares_noise_words(c))
        elif self.torch_backend is not None:
            loss, n = self.torch_backend.train(ex, job.lr0, job.lr1)
        elif c.objective == "negative":
            loss, n = kernels.train_negative(
                m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                job.lr0, job.lr1, mean, divide, self.alias, c.negative, self.no_negs,
                state, shares_noise_words(c))
        elif c.objective == "hierarchical":
            h = m.huffman
            loss, n = kernels.train_hierarchical(
                m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                job.lr0, job.lr1, mean, divide, h.codes, h.points, h.lengths)
        else:
            loss, n = kernels.train_softmax(
                m.input_vectors, m.output_vectors, ex.targets, ex.in_ptr, ex.in_ids,
                job.lr0, job.lr1, mean, divide)
        return _Result(job.epoch, job.raw_words, float(loss), int(n))

    # ------------------------------------------------------------ main loop
    def _device_label(self) -> str:
        if self.backend == "numba":
            return f"cpu (numba, {self.config.threads} thread{'s' * (self.config.threads > 1)})"
        return f"{self.device} (torch)"

    def run(self) -> Iterator[Event]:
        self.n_workers = self.config.threads if self.torch_backend is None else 1
        yield Started(len(self.vocab), self.corpus_words, self.total_words,
                      self._device_label())
        run = RunState(t0=time.monotonic())
        run.last_event = run.t0
        try:
            for epoch in range(1, self.epochs + 1):
                self.restore_point.save(self.torch_backend)
                yield from self._epoch(epoch, run)
                if run.outcome != "finished":
                    break
                try:
                    self.synchronise(epoch)
                except Exception as e:  # processes: a peer stopped or died
                    run.end("cancelled" if self.cancel.is_set() else "failed", _describe(e))
                    break
        finally:
            self.stop.set()
        if self.torch_backend is not None:
            self.torch_backend.sync()
        yield self._outcome(run)

    def synchronise(self, epoch: int) -> None:
        """After each completed epoch: nothing here; processes average their replicas."""

    def before_job(self, number: int, jobs: queue.Queue, position: int) -> None:
        """Before job ``number`` of the epoch, which starts ``position`` words into the run, is
        queued (by the producer thread): nothing here; processes merge their replicas every few
        jobs."""

    def _start_threads(self, epoch: int, results: queue.Queue) -> list[threading.Thread]:
        """The producer of this epoch's jobs and the workers training on them, started."""
        jobs: queue.Queue = queue.Queue(maxsize=2 * self.n_workers)
        threads = [threading.Thread(target=self._produce, args=(epoch, self.sentences, jobs),
                                    name="w2v-producer", daemon=True)]
        threads += [threading.Thread(target=self._work, args=(jobs, results),
                                     name=f"w2v-worker-{i}", daemon=True)
                    for i in range(self.n_workers)]
        for t in threads:
            t.start()
        return threads

    def _epoch(self, epoch: int, run: RunState) -> Iterator[Event]:
        """One pass: gather the workers' results, yielding throttled Progress and EpochEnd."""
        results: queue.Queue = queue.Queue()
        threads = self._start_threads(epoch, results)
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
            elif r and self._take(r, epoch, run):
                e_words, e_loss, e_n = e_words + r.raw_words, e_loss + r.loss, e_n + r.examples
            if self.cancel.is_set() and not self.stop.is_set():
                run.end("cancelled")
                self.stop.set()
            now = time.monotonic()
            if now - run.last_event >= EVENT_INTERVAL and run.win_n and \
                    run.outcome == "finished" and not self.stop.is_set() and \
                    not self._diverged(float(run.win_loss), epoch, run):
                yield self._progress(epoch, run, now)
        for t in threads:
            t.join()
        if self.error is not None:
            run.end("failed", _describe(self.error))
        if run.outcome != "finished" or self._diverged(float(e_loss), epoch, run):
            return
        now = time.monotonic()
        yield self._progress(epoch, run, now)
        self.model.epoch_losses.append(float(e_loss) / e_n if e_n else float("nan"))
        run.completed += 1
        yield EpochEnd(epoch, self.epochs, self.model.epoch_losses[-1], e_words, now - e_t0)

    def _take(self, r: _Result, epoch: int, run: RunState) -> bool:
        """Count one job's result; a non-finite loss (the NaN guard, per job) stops the run.
        A device loss is checked when it is read (each event and the epoch's end)."""
        if isinstance(r.loss, float) and self._diverged(r.loss, epoch, run):
            return False
        run.words_done += r.raw_words
        run.win_loss += r.loss
        run.win_n += r.examples
        return True

    def _diverged(self, loss: float, epoch: int, run: RunState) -> bool:
        """True (and the run failed) when ``loss`` is NaN or infinite."""
        if math.isfinite(loss):
            return False
        run.diverged = True
        run.end("failed", f"The loss became {'NaN' if math.isnan(loss) else 'infinite'} "
                f"in epoch {epoch}: training diverged. Lower the learning rate (alpha, now "
                f"{self.config.alpha:g}) and train again.")
        self.stop.set()
        return True

    def _outcome(self, run: RunState) -> Event:
        """The final event; a diverged run gets its vectors from before the failing epoch."""
        m = self.model
        m.words_done += run.words_done
        m.status = run.outcome
        m.epochs_done += run.completed
        if run.outcome == "failed":
            kept: TrainedModel | None = m
            if run.diverged or not np.isfinite(m.input_vectors).all():
                kept = m if self.restore_point.restore() else None
                run.message += (" The vectors from before this epoch were kept." if kept else
                                f" The model is too large ({gigabytes(self.restore_point.nbytes)}) "
                                "to keep a copy in memory, so no vectors were kept.")
            return Failed(run.message, kept)
        if run.outcome == "cancelled":
            return Cancelled(m, run.completed + 1, run.words_done / self.total_words)
        elapsed = time.monotonic() - run.t0
        return Finished(m, elapsed, run.words_done / max(elapsed, 1e-9))

    def _progress(self, epoch: int, run: RunState, now: float) -> Progress:
        """Progress since the previous event (whose loss window it empties)."""
        words_done, elapsed, n = run.words_done, now - run.t0, run.win_n
        frac = words_done / self.total_words
        wps = words_done / max(elapsed, 1e-9)
        eta = (self.total_words - words_done) / wps if wps > 0 else float("inf")
        event = Progress(epoch=epoch, epochs=self.epochs, fraction=min(frac, 1.0),
                         words_done=words_done, words_per_sec=wps,
                         learning_rate=self._lr(words_done),
                         loss=float(run.win_loss) / n if n else float("nan"), examples=n,
                         eta_seconds=eta, elapsed_seconds=elapsed)
        run.last_event, run.win_loss, run.win_n = now, 0.0, 0
        return event


def _describe(e: BaseException) -> str:
    name = type(e).__name__
    text = str(e) or name
    if name in ("CorpusError", "TokenizeError", "UnicodeDecodeError", "FileNotFoundError"):
        return f"Reading the corpus failed: {text}"
    return f"Training stopped because of an unexpected error ({name}: {text})."
