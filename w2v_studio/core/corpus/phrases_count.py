"""Counting and scoring phrase candidates with numpy on a corpus of lexicon ids.

A candidate is two neighbouring non-connector tokens ``a`` and ``b`` of one line with the
connector words between them (none when no connector words are set), as gensim's ``Phrases``
collects them. Each candidate is packed into one int64 key ``(middle * L + a) * L + b``, where
``L`` is the lexicon size and ``middle`` numbers the run of connectors (0 = none), so a block
of lines is counted with one ``np.unique`` and blocks are merged by summing counts per key.

>>> import numpy as np
>>> ids = np.array([0, 1, 2, 0, 1], dtype=np.int32)   # "new york is new york"
>>> c = CandidateCounter(lexicon_size=3, connector_ids=np.zeros(0, dtype=np.int64))
>>> c.add(ids, np.array([5], dtype=np.int32))
>>> keys, counts = c.result()
>>> [(c.split(k), int(n)) for k, n in zip(keys, counts)]
[((0, 0, 1), 2), ((0, 1, 2), 1), ((0, 2, 0), 1)]
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

_INT64_MAX = np.iinfo(np.int64).max


@dataclass
class Candidates:
    """The candidates of one block: token positions of ``a`` and ``b`` and their keys."""

    start: np.ndarray  # (K,) int64, position of a in the block
    end: np.ndarray  # (K,) int64, position of b in the block
    keys: np.ndarray  # (K,) int64


class CandidateCounter:
    """Counts of candidate keys over blocks of whole lines, and the connector runs seen."""

    def __init__(self, lexicon_size: int, connector_ids: np.ndarray) -> None:
        self.lexicon_size = max(int(lexicon_size), 1)
        self.is_connector = np.zeros(self.lexicon_size, dtype=bool)
        self.is_connector[connector_ids] = True
        # middle 0: no connector; 1..C: one connector; then interned runs of two or more
        self.single = np.zeros(self.lexicon_size, dtype=np.int64)
        self.single[connector_ids] = np.arange(1, connector_ids.size + 1)
        self.middles: list[tuple[int, ...]] = [()] + [(int(i),) for i in connector_ids]
        self._middle_index = {m: i for i, m in enumerate(self.middles)}
        self._parts: list[tuple[np.ndarray, np.ndarray]] = []
        self._parts_size = 0
        self._merged = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))

    # ------------------------------------------------------------------ keys
    def candidates(self, ids: np.ndarray, lengths: np.ndarray) -> Candidates:
        """Candidates of a block: ``ids`` of whole lines with ``lengths`` tokens each."""
        ids = np.asarray(ids, dtype=np.int64)
        line_of = np.repeat(np.arange(lengths.size), lengths)
        pos = np.flatnonzero(~self.is_connector[ids])
        a, b = pos[:-1], pos[1:]
        same = line_of[a] == line_of[b]
        a, b = a[same], b[same]
        middle = np.zeros(a.size, dtype=np.int64)
        gap = b - a - 1
        one = gap == 1
        middle[one] = self.single[ids[a[one] + 1]]
        for k in np.flatnonzero(gap > 1).tolist():
            run = tuple(ids[a[k] + 1: b[k]].tolist())
            middle[k] = self._middle_id(run)
        n = self.lexicon_size
        if len(self.middles) * n * n >= _INT64_MAX:
            raise ValueError(f"the lexicon ({n} words) is too large to pack phrase keys")
        keys = (middle * n + ids[a]) * n + ids[b]
        return Candidates(a, b, keys)

    def _middle_id(self, run: tuple[int, ...]) -> int:
        got = self._middle_index.get(run)
        if got is None:
            got = self._middle_index[run] = len(self.middles)
            self.middles.append(run)
        return got

    def split(self, key: int) -> tuple[int, int, int]:
        """(middle, a, b) of a packed key."""
        rest, b = divmod(int(key), self.lexicon_size)
        middle, a = divmod(rest, self.lexicon_size)
        return middle, a, b

    def split_arrays(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(middle, a, b) arrays of packed keys."""
        n = self.lexicon_size
        return keys // (n * n), (keys // n) % n, keys % n

    # ------------------------------------------------------------------ counting
    def add(self, ids: np.ndarray, lengths: np.ndarray) -> None:
        """Count the candidates of a block of whole lines."""
        keys, counts = np.unique(self.candidates(ids, lengths).keys, return_counts=True)
        self._parts.append((keys, counts.astype(np.int64)))
        self._parts_size += keys.size
        if self._parts_size > max(self._merged[0].size, 1 << 22):
            self._merge()

    def _merge(self) -> None:
        keys = np.concatenate([self._merged[0]] + [k for k, _ in self._parts])
        counts = np.concatenate([self._merged[1]] + [c for _, c in self._parts])
        uniq, inverse = np.unique(keys, return_inverse=True)
        self._merged = uniq, np.bincount(inverse, weights=counts).astype(np.int64)
        self._parts, self._parts_size = [], 0

    def result(self) -> tuple[np.ndarray, np.ndarray]:
        """Distinct candidate keys (sorted) and how often each occurred."""
        if self._parts:
            self._merge()
        return self._merged


def score(scoring: str, count_ab: np.ndarray, count_a: np.ndarray, count_b: np.ndarray, *,
          min_count: int, vocab_size: int, corpus_words: int) -> np.ndarray:
    """Scores of candidates, as gensim's ``original_scorer`` and ``npmi_scorer``.

    ``default`` (Mikolov et al. 2013): ``(count_ab - min_count) / (count_a * count_b) *
    vocab_size``; ``npmi`` (Bouma 2009): ``log(p_ab / (p_a p_b)) / -log(p_ab)`` in [-1, 1],
    -inf below ``min_count``.

    >>> score("default", np.array([10]), np.array([20]), np.array([10]), min_count=5,
    ...       vocab_size=400, corpus_words=1000).tolist()
    [10.0]
    """
    ab = count_ab.astype(np.float64)
    pa_pb = count_a.astype(np.float64) * count_b.astype(np.float64)
    if scoring == "default":
        with np.errstate(divide="ignore", invalid="ignore"):
            out = (ab - min_count) / pa_pb * float(vocab_size)
        return np.where(pa_pb > 0, out, -math.inf)
    if scoring == "npmi":
        n = float(corpus_words)
        with np.errstate(divide="ignore", invalid="ignore"):
            pab = ab / n
            out = np.log(pab / (pa_pb / (n * n))) / -np.log(pab)
        ok = (count_ab >= min_count) & np.isfinite(out)
        return np.where(ok, out, -math.inf)
    raise ValueError(f"scoring must be 'default' or 'npmi', not {scoring!r}")


def greedy_joins(accepted: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Which accepted candidates are joined reading each line left to right, as gensim does:
    of a chain of accepted candidates that overlap (one ends where the next starts), the
    1st, 3rd, 5th... are joined.

    >>> greedy_joins(np.array([True, True, True, False, True]), np.array([0, 1, 2, 3, 5]),
    ...              np.array([1, 2, 3, 4, 6])).tolist()
    [True, False, True, False, True]
    """
    k = np.arange(accepted.size)
    prev = np.zeros(accepted.size, dtype=bool)
    prev[1:] = accepted[:-1] & (end[:-1] == start[1:])
    starts = accepted & ~prev
    run_start = np.maximum.accumulate(np.where(starts, k, 0))
    return accepted & ((k - run_start) % 2 == 0)
