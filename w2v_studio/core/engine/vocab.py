"""Vocabulary: counts, min_count / max_final_vocab, frequency order, word <-> id."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Vocab:
    """Words in descending frequency order with their corpus counts.

    >>> v = Vocab.from_counts({"a": 3, "b": 5, "c": 1}, min_count=2)
    >>> v.words, v.counts.tolist(), v.index["a"]
    (['b', 'a'], [5, 3], 1)
    """

    words: list[str]
    counts: np.ndarray  # (V,) int64, descending
    index: dict[str, int] = field(default_factory=dict)
    corpus_words: int = 0  # raw tokens in the corpus, vocabulary or not
    corpus_sentences: int = 0
    corpus_types: int = 0  # distinct tokens before min_count

    def __post_init__(self) -> None:
        self.counts = np.asarray(self.counts, dtype=np.int64)
        if len(self.words) != len(self.counts):
            raise ValueError("words and counts differ in length")
        if not self.index:
            self.index = {w: i for i, w in enumerate(self.words)}

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.index

    @property
    def total(self) -> int:
        """Occurrences of in-vocabulary words in the corpus."""
        return int(self.counts.sum())

    @classmethod
    def from_counts(cls, counts: dict[str, int] | Counter, *, min_count: int = 1,
                    max_final_vocab: int | None = None, corpus_words: int | None = None,
                    corpus_sentences: int = 0, max_final_vocab_rule: str = "gensim") -> Vocab:
        """Keep words seen at least ``min_count`` times, most frequent first, as gensim orders
        them (ties: the word seen first comes last). ``max_final_vocab``: with the "gensim" rule
        min_count is raised until at most that many words are left (possibly fewer); with
        "top" the first ``max_final_vocab`` words are kept."""
        words = list(counts)
        arr = np.fromiter(counts.values(), dtype=np.int64, count=len(words))
        return cls.from_arrays(words, arr, min_count=min_count, max_final_vocab=max_final_vocab,
                               corpus_words=corpus_words, corpus_sentences=corpus_sentences,
                               max_final_vocab_rule=max_final_vocab_rule)[0]

    @classmethod
    def from_arrays(cls, words: Sequence[str], counts: np.ndarray, *, min_count: int = 1,
                    max_final_vocab: int | None = None, corpus_words: int | None = None,
                    corpus_sentences: int = 0, max_final_vocab_rule: str = "gensim"
                    ) -> tuple[Vocab, np.ndarray]:
        """:meth:`from_counts` for words in first-seen order with an array of their counts;
        also returns the kept positions of ``words`` in vocabulary order."""
        counts = np.asarray(counts, dtype=np.int64)
        if max_final_vocab is not None and max_final_vocab_rule == "gensim":
            min_count = max(min_count, effective_min_count(counts, max_final_vocab))
        cand = np.flatnonzero(counts >= min_count)
        order = cand[np.lexsort((-cand, -counts[cand]))]  # gensim's sort_by_descending_frequency
        if max_final_vocab is not None:
            order = order[:max_final_vocab]
        total = int(counts.sum()) if corpus_words is None else corpus_words
        vocab = cls([words[i] for i in order.tolist()], counts[order], corpus_words=int(total),
                    corpus_sentences=corpus_sentences, corpus_types=len(words))
        return vocab, order

    def truncated(self, n: int) -> Vocab:
        """The ``n`` most frequent words (the "top" rule of ``max_final_vocab``)."""
        return Vocab(self.words[:n], self.counts[:n], corpus_words=self.corpus_words,
                     corpus_sentences=self.corpus_sentences, corpus_types=self.corpus_types)

    def encode(self, tokens: Sequence[str]) -> np.ndarray:
        """Ids of the in-vocabulary tokens (others dropped), as int32."""
        get = self.index.get
        ids = [i for i in map(get, tokens) if i is not None]
        return np.fromiter(ids, dtype=np.int32, count=len(ids))

    def keep_probabilities(self, sample: float) -> np.ndarray:
        """Probability of keeping each occurrence when subsampling frequent words.

        word2vec.c's formula: with t = sample * total, keep(w) = (sqrt(c/t) + 1) * t / c,
        capped at 1. ``sample == 0`` keeps everything.
        """
        if sample <= 0 or len(self) == 0:
            return np.ones(len(self), dtype=np.float32)
        t = sample * self.total
        c = self.counts.astype(np.float64)
        p = (np.sqrt(c / t) + 1.0) * t / c
        return np.minimum(p, 1.0).astype(np.float32)


def effective_min_count(counts: np.ndarray, max_final_vocab: int) -> int:
    """gensim's min_count for ``max_final_vocab``: one more than the count of the first word that
    does not fit, so that every word with that count is dropped together (1 if all fit).

    >>> effective_min_count(np.array([3, 1, 3, 2, 2]), 3)  # 2s do not all fit: keep the 3s
    3
    """
    if max_final_vocab >= len(counts):
        return 1
    return 1 - int(np.partition(-counts, max_final_vocab)[max_final_vocab])


def scan_counts(sentences: Iterable[Sequence[str]], every: float = 0.2
                ) -> Generator[tuple[int, int, float], None, tuple[Counter, int, int]]:
    """One pass over the corpus, yielding (sentences, words, seconds) about every ``every``
    seconds; returns (counts, raw token total, sentence total). Stop early with ``close()``."""
    counts: Counter = Counter()
    n_words = n_sent = 0
    t0 = last = time.monotonic()
    for sentence in sentences:
        counts.update(sentence)
        n_words += len(sentence)
        n_sent += 1
        if n_sent % 2000 == 0:
            now = time.monotonic()
            if now - last >= every:
                last = now
                yield n_sent, n_words, now - t0
    return counts, n_words, n_sent


def build_vocab(sentences: Iterable[Sequence[str]], *, min_count: int = 5,
                max_final_vocab: int | None = None, max_final_vocab_rule: str = "gensim"
                ) -> Vocab:
    """Count the corpus and keep the vocabulary (no progress reports)."""
    scan = scan_counts(sentences)
    try:
        while True:
            next(scan)
    except StopIteration as done:
        counts, n_words, n_sent = done.value
    return Vocab.from_counts(counts, min_count=min_count, max_final_vocab=max_final_vocab,
                             corpus_words=n_words, corpus_sentences=n_sent,
                             max_final_vocab_rule=max_final_vocab_rule)
