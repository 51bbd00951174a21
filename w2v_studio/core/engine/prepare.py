"""What a run needs before its first epoch: the corpus counted (or looked up) with its
vocabulary and size, the Huffman tree, and the rules that decide how CBOW and noise words
behave (the same for both backends)."""

from __future__ import annotations

import dataclasses
import errno
import threading
import time
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from w2v_studio.core.corpus.encoded import EncodedCorpus, encode_while_counting
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Building, Scanning
from w2v_studio.core.engine.huffman import HuffmanTree, huffman_steps
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.vocab import Vocab, scan_counts

EVENT_INTERVAL = 0.2  # seconds between events (Progress about 5 per second)


def cbow_rules(config: TrainConfig) -> tuple[bool, bool]:
    """(mean, divide): CBOW's hidden layer is the mean of the context (else the sum), and each
    context word gets the error divided by the context size (else all of it).

    divide: CBOW-mean "exact" (the true gradient of the mean) and CBOW-sum "gensim" (gensim's
    cbow_mean=0); not for CBOW-mean "word2vec" (word2vec.c, gensim) nor CBOW-sum "exact".

    >>> cbow_rules(TrainConfig(architecture="cbow", cbow_mode="sum"))
    (False, True)
    """
    if config.architecture != "cbow":
        return False, False
    if config.cbow_mode == "mean":
        return True, config.cbow_mean_update == "exact"
    return False, config.cbow_sum_update == "gensim"


def shares_noise_words(config: TrainConfig) -> bool:
    """Skip-gram pairs of one window share their noise words (Ji et al.), in both backends."""
    return config.shared_negatives and config.architecture == "skipgram"


class Stopped(Exception):
    """The user stopped the run before training began."""


class PrepareError(Exception):
    """Preparing the run failed; the message says what happened and what to do."""


@dataclass
class RunCorpus:
    sentences: Iterable[Sequence[str]]  # text, or an EncodedCorpus read through ``remap``
    remap: np.ndarray | None  # lexicon id -> vocabulary id, when ``sentences`` is encoded
    vocab: Vocab
    words: int  # raw tokens per epoch of the corpus trained on now: the schedule's unit


def count_corpus(config: TrainConfig, sentences: Iterable[Sequence[str]], cancel: threading.Event,
           ids_dir: Path | None) -> Generator[Scanning, None, EncodedCorpus | tuple]:
    """The counting pass, yielding Scanning events; returns the EncodedCorpus written to
    ``ids_dir``, or without one (counts, words, sentences). Raises Stopped or PrepareError."""
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
                raise Stopped
    except StopIteration as done:
        return done.value
    except Stopped:
        raise
    except Exception as e:  # a reader or tokenizer failing: say so, never a traceback
        if isinstance(e, OSError) and e.errno == errno.ENOSPC and ids_dir is not None:
            raise PrepareError(f"The temporary folder {ids_dir} is full: training writes the "
                               "corpus there as ids (4 bytes per word). Free some space, or turn "
                               "corpus_ids off to read the text at every epoch.") from e
        raise PrepareError(f"Reading the corpus failed: {e}") from e


def encoded_vocab(encoded: EncodedCorpus, config: TrainConfig, lowercase: bool
                   ) -> tuple[Vocab, np.ndarray]:
    """The vocabulary of a tokenized corpus under ``config``'s min_count and max_final_vocab."""
    top = config.max_final_vocab_rule == "top" and config.max_final_vocab is not None
    vocab, remap = encoded.vocab(min_count=config.min_count, lowercase=lowercase,
                                 max_final_vocab=None if top else config.max_final_vocab)
    if top and len(vocab) > config.max_final_vocab:
        n = config.max_final_vocab
        vocab, remap = vocab.truncated(n), np.where(remap < n, remap, -1).astype(np.int32)
    return vocab, remap


def read_corpus(config: TrainConfig, sentences: Iterable[Sequence[str]],
                 cancel: threading.Event, init: TrainedModel | None, vocab: Vocab | None,
                 ids_dir: Path | None) -> Generator[Scanning, None, RunCorpus]:
    """Count (or look up) the corpus: its vocabulary, or ``init``'s, and its size now."""
    given = init.vocab if init is not None else vocab
    if isinstance(sentences, EncodedCorpus):  # counted when it was tokenized
        if given is None:
            given, remap = encoded_vocab(sentences, config, config.lowercase)
        else:
            remap = sentences.remap_to(given, config.lowercase)
        return RunCorpus(sentences, remap, given, sentences.tokens)
    if init is None and vocab is not None:  # the caller counted this corpus
        return RunCorpus(sentences, None, vocab, vocab.corpus_words)
    item = yield from count_corpus(config, sentences, cancel, ids_dir)
    if isinstance(item, EncodedCorpus):  # already lowercased if asked
        if given is None:
            given, remap = encoded_vocab(item, config, False)
        else:
            remap = item.remap_to(given)
        # training reads ids only: let the lexicon of every type go
        return RunCorpus(dataclasses.replace(item, words=[]), remap, given, item.tokens)
    counts, n_words, n_sent = item
    if given is None:
        given = Vocab.from_counts(counts, min_count=config.min_count,
                                  max_final_vocab=config.max_final_vocab, corpus_words=n_words,
                                  corpus_sentences=n_sent,
                                  max_final_vocab_rule=config.max_final_vocab_rule)
    return RunCorpus(sentences, None, given, n_words)


def huffman_events(config: TrainConfig, vocab: Vocab, cancel: threading.Event
             ) -> Generator[Building, None, HuffmanTree | None]:
    """The Huffman tree hierarchical softmax needs, with Building events; raises Stopped."""
    if config.objective != "hierarchical":
        return None
    t0 = last = time.monotonic()
    steps = huffman_steps(vocab.counts)
    try:
        while True:
            fraction = next(steps)
            if cancel.is_set():
                steps.close()
                raise Stopped
            now = time.monotonic()
            if now - last >= EVENT_INTERVAL:
                last = now
                yield Building("Huffman tree", fraction, now - t0)
    except StopIteration as done:
        return done.value


JOB_SECONDS = 0.1  # aim for one job (the unit between progress reports and Stop) per thread
DOT_ELEMENTS_PER_SECOND = 9.7e8  # per thread, measured on the English benchmark (numba)


def job_words(config: TrainConfig, vocab_size: int) -> int:
    """Words per job for the CPU kernels: ``config.batch_words``, fewer when one word costs
    so much (full softmax scores the whole vocabulary per example) that a job would keep
    progress reports and Stop waiting for seconds.

    >>> job_words(TrainConfig(), 50_000)  # negative sampling: the setting as it is
    10000
    >>> job_words(TrainConfig(objective="softmax", dim=50), 7_000) < 100
    True
    """
    if config.objective == "negative":
        per_target = config.negative + 1
    elif config.objective == "hierarchical":
        per_target = max(1.0, 0.65 * float(np.log2(max(vocab_size, 2))))
    else:
        per_target = max(vocab_size, 1)
    if config.architecture == "skipgram":
        units = config.window * per_target
    else:
        units = per_target + 2 * config.window
    fits = int(JOB_SECONDS * DOT_ELEMENTS_PER_SECOND / (max(config.dim, 1) * units))
    return max(8, min(config.batch_words, fits))
