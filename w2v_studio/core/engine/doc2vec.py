"""Document vectors (PV-DBOW and PV-DM) trained by the word engine's threads and events.

``train_documents(config, settings, documents)`` yields the trainer's events (Started, Progress,
EpochEnd, then Finished, Cancelled or Failed), so the CLI's progress bar and the GUI's loss curve
work unchanged; the model of the final event is a :class:`DocModel` (word vectors + one vector
per document). The document vectors are extra input rows after the word rows, trained with the
word kernels (``doc2vec_kernels`` explains the examples).

>>> from w2v_studio.core.engine.config import TrainConfig
>>> docs = Documents([["a", "b", "c"]] * 20, [str(i) for i in range(20)])
>>> cfg = doc_config(TrainConfig(dim=8, min_count=1, epochs=2, sample=0), DocSettings())
>>> events = list(train_documents(cfg, DocSettings(), docs))
>>> events[-1].model.doc_vectors.shape
(20, 8)
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.doc2vec_model import TEXT_CHARS, DocModel, DocSettings, Documents
from w2v_studio.core.engine.events import Cancelled, Event, Failed
from w2v_studio.core.engine.huffman import build_huffman
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.prepare import RunCorpus
from w2v_studio.core.engine.trainer import _Engine, _Job, _Result, init_model
from w2v_studio.core.engine.vocab import Vocab

__all__ = ["DocModel", "DocSettings", "Documents", "doc_config", "read_documents",
           "train_documents", "train_sentences"]

Unit = Literal["line", "file"]


def read_documents(corpus, tokenize: Callable[[str], list[str]], unit: Unit = "line",
                   cancel: threading.Event | None = None) -> Documents:
    """The documents of a ``core.corpus.reader.Corpus``: one per line (a csv/tsv row or a jsonl
    record is a line) or one per file; documents without any token are left out."""
    docs = Documents([], [], [], [])
    key, parts = None, []

    def flush() -> None:
        text = "\n".join(parts) if unit == "file" else " ".join(parts)
        tokens = tokenize(text)
        if tokens:
            path, lineno = key
            docs.tokens.append(tokens)
            docs.tags.append(path.name if unit == "file" else f"{path.name}:{lineno}")
            docs.sources.append(str(path) if unit == "file" else f"{path}:{lineno}")
            docs.texts.append(text[:TEXT_CHARS])

    for line in corpus.lines(skip_empty=True):
        if cancel is not None and cancel.is_set():
            break
        k = (line.path, None if unit == "file" else line.lineno)
        if k != key and parts:
            flush()
            parts = []
        key = k
        parts.append(line.text)
    if parts:
        flush()
    return docs


def doc_config(config: TrainConfig, settings: DocSettings) -> TrainConfig:
    """The word settings a document model trains with: PV-DM is CBOW over the mean of the
    document and its context words, PV-DBOW skip-gram-like."""
    if settings.mode == "dm":
        return config.with_changes(method="doc2vec", architecture="cbow", cbow_mode="mean",
                                   cbow_mean_update="word2vec", backend="numba")
    return config.with_changes(method="doc2vec", architecture="skipgram", backend="numba")


@dataclass
class _Encoded:
    """The documents as vocabulary ids, cut in jobs of about ``batch_words`` raw tokens."""

    ids: np.ndarray  # int32, every document's in-vocabulary ids one after another
    piece_ptr: np.ndarray  # int64 boundaries of the pieces (a document or a part of one)
    piece_doc: np.ndarray  # int32 document of each piece
    piece_raw: np.ndarray  # int64 raw tokens of each piece
    blocks: list[tuple[int, int]]  # pieces [a, b) of each job
    raw_words: int


def _encode(vocab: Vocab, documents: Documents, batch_words: int, cap: int) -> _Encoded:
    ids, ptr, doc, raw = [], [0], [], []
    for d, tokens in enumerate(documents.tokens):
        enc = vocab.encode(tokens)
        first = True
        for start in range(0, max(len(enc), 1), cap):
            ids.append(enc[start: start + cap])
            ptr.append(ptr[-1] + len(ids[-1]))
            doc.append(d)
            raw.append(len(tokens) if first else 0)
            first = False
    blocks, a, acc = [], 0, 0
    for i, r in enumerate(raw):
        acc += r
        if acc >= batch_words:
            blocks.append((a, i + 1))
            a, acc = i + 1, 0
    if a < len(raw):
        blocks.append((a, len(raw)))
    return _Encoded(np.concatenate(ids) if ids else np.zeros(0, np.int32),
                    np.array(ptr, np.int64), np.array(doc, np.int32), np.array(raw, np.int64),
                    blocks, int(sum(raw)))


def _count(config: TrainConfig, documents: Documents) -> Vocab:
    counts: Counter = Counter()
    for tokens in documents.tokens:
        counts.update(tokens)
    return Vocab.from_counts(counts, min_count=config.min_count,
                             max_final_vocab=config.max_final_vocab,
                             corpus_words=sum(counts.values()),
                             corpus_sentences=len(documents),
                             max_final_vocab_rule=config.max_final_vocab_rule)


def _lowered(documents: Documents) -> Documents:
    return Documents([[w.lower() for w in t] for t in documents.tokens], documents.tags,
                     documents.sources, documents.texts)


def new_doc_model(config: TrainConfig, settings: DocSettings, vocab: Vocab,
                  documents: Documents) -> DocModel:
    """Fresh weights as gensim's Doc2Vec makes them: words and documents uniform in
    [-1/D, 1/D) (twice word2vec.c's range: with half of it PV-DM's vectors of a document and
    of its inferred twin lay markedly further apart after the same epochs), outputs 0."""
    tree = build_huffman(vocab.counts) if config.objective == "hierarchical" else None
    words = init_model(config, vocab, tree)  # words uniform in [-0.5/D, 0.5/D)
    rng = np.random.default_rng([config.seed, 1])
    d = config.dim
    docs = ((rng.random((len(documents), d), dtype=np.float32) - 0.5) * (2 / d)).astype(
        np.float32)
    syn0 = np.concatenate([words.input_vectors * np.float32(2), docs])
    return DocModel(vocab=vocab, config=config, input_vectors=syn0[: len(vocab)],
                    output_vectors=words.output_vectors, huffman=words.huffman,
                    noise=words.noise, doc_vectors=syn0[len(vocab):], doc_settings=settings,
                    doc_tags=list(documents.tags), doc_sources=list(documents.sources),
                    doc_texts=list(documents.texts), syn0=syn0)


def train_documents(config: TrainConfig, settings: DocSettings, documents: Documents, *,
                    cancel: threading.Event | None = None) -> Iterator[Event]:
    """Train word and document vectors on ``documents`` (``config`` from :func:`doc_config`)."""
    cancel = cancel or threading.Event()
    if config.objective == "softmax":
        yield Failed("Document vectors train with negative sampling or hierarchical softmax, "
                     "not the full softmax: choose --objective negative or hierarchical.")
        return
    if config.lowercase:
        documents = _lowered(documents)
    vocab = _count(config, documents)
    if len(vocab) == 0:
        yield Failed(f"No word occurs at least min_count={config.min_count} times in the "
                     f"{len(documents)} documents. Lower min_count or add text.")
        return
    model = new_doc_model(config, settings, vocab, documents)
    enc = _encode(vocab, documents, config.batch_words, config.max_sentence_length)
    corpus = RunCorpus(documents.tokens, None, vocab, enc.raw_words)
    yield from _DocEngine(model, config, cancel, corpus, enc, settings).run()


def train_sentences(config: TrainConfig, sentences: Iterable[Sequence[str]], *,
                    cancel: threading.Event | None = None, init: TrainedModel | None = None,
                    tokenized: Any = None) -> Iterator[Event]:
    """The Train page's doc2vec run: each sentence (a line of the tokenized corpus) is a
    document; CBOW trains PV-DM, skip-gram PV-DBOW with the word vectors (``dbow_words``).
    With ``tokenized`` (the ``TokenizedCorpus`` of ``sentences``) each line is tagged with its
    file and line and keeps its original text (``doc2vec_lines``)."""
    if init is not None:
        yield Failed("Continuing the training of a doc2vec model is not available: start a new "
                     "run (untick 'Continue').")
        return
    settings = DocSettings(mode="dm" if config.architecture == "cbow" else "dbow",
                           dbow_words=True)
    if tokenized is not None:
        from w2v_studio.core.engine.doc2vec_lines import documents_from_tokenized

        try:
            docs = documents_from_tokenized(tokenized, cancel)
        except (OSError, ValueError, IndexError) as e:  # its folder changed or went away
            yield Failed(f"Reading the tokenized corpus failed ({e}). Tokenize it again on the "
                         "Corpus page.")
            return
    else:
        tokens = [list(sentence) for sentence in _until(sentences, cancel)]
        docs = Documents(tokens, [f"#{i}" for i in range(1, len(tokens) + 1)])
    if cancel is not None and cancel.is_set():
        yield Cancelled(None, 0, 0.0)
        return
    yield from train_documents(doc_config(config, settings), settings, docs, cancel=cancel)


def _until(items: Iterable[Sequence[str]], cancel: threading.Event | None
           ) -> Iterator[Sequence[str]]:
    for item in items:
        if cancel is not None and cancel.is_set():
            return
        yield item


class _DocEngine(_Engine):
    """The word engine with jobs of documents and the examples of PV-DBOW / PV-DM."""

    def __init__(self, model: DocModel, config: TrainConfig, cancel: threading.Event,
                 corpus: RunCorpus, enc: _Encoded, settings: DocSettings) -> None:
        super().__init__(model, config, "numba", "cpu", cancel, corpus)
        self.enc, self.settings, self.syn0 = enc, settings, model.syn0
        self.restore_point.arrays = [a for a in (model.syn0, model.output_vectors)
                                     if a is not None]  # the documents' rows too
        self.restore_point.nbytes = sum(a.nbytes for a in self.restore_point.arrays)

    def _jobs_from_text(self, sentences) -> Iterator[tuple[np.ndarray, np.ndarray, int]]:
        e = self.enc
        for a, b in e.blocks:
            if self.stop.is_set():
                return
            lo, hi = e.piece_ptr[a], e.piece_ptr[b]
            yield e.ids[lo:hi], e.piece_ptr[a: b + 1] - lo, int(e.piece_raw[a:b].sum())

    def _step(self, job: _Job) -> _Result:
        from w2v_studio.core.engine import kernels
        from w2v_studio.core.engine.doc2vec_kernels import make_doc_examples
        from w2v_studio.core.engine.prepare import shares_noise_words
        from w2v_studio.core.engine.rng import make_state

        c, m, s, e = self.config, self.model, self.settings, self.enc
        a, b = e.blocks[job.number]
        rows = e.piece_doc[a:b] + np.int32(len(self.vocab))
        state = make_state(c.seed, job.epoch + m.epochs_done * 1000, job.number)
        t, p, i = make_doc_examples(job.ids, job.sent_ptr, rows, self.keep, c.window,
                                    c.dynamic_window, s.mode == "dm", s.dbow_words, state)
        if c.objective == "negative":
            loss, n = kernels.train_negative(
                self.syn0, m.output_vectors, t, p, i, job.lr0, job.lr1, self.mean, self.divide,
                self.alias, c.negative, self.no_negs, state, shares_noise_words(c))
        else:
            h = m.huffman
            loss, n = kernels.train_hierarchical(
                self.syn0, m.output_vectors, t, p, i, job.lr0, job.lr1, self.mean, self.divide,
                h.codes, h.points, h.lengths)
        return _Result(job.epoch, job.raw_words, float(loss), int(n))
