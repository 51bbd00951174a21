"""The Word Embedding Association Test (Caliskan, Bryson & Narayanan 2017, Science 356:183).

For target sets X, Y and attribute sets A, B:

- ``s(w, A, B) = mean_a cos(w, a) - mean_b cos(w, b)``
- test statistic ``S = sum_x s(x, A, B) - sum_y s(y, A, B)``
- effect size ``d = (mean_x s(x) - mean_y s(y)) / std_{w in X u Y} s(w)`` (sample std, ddof=1)
- one-sided p-value: the share of equal-size re-partitions (X_i, Y_i) of X u Y whose statistic
  is at least S; every partition when there are few (exact), else random ones (seeded).

A positive d means X is closer to A (and Y to B) than the other way round.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from w2v_studio.core.vectors.word_vectors import WordVectors


class WeatError(ValueError):
    """Word sets that cannot be tested (too few words known to the model)."""


@dataclass
class WeatResult:
    effect_size: float
    statistic: float
    p_value: float
    exact: bool  # every partition was counted (else ``permutations`` random ones)
    permutations: int  # partitions counted
    sizes: dict[str, int]  # words used per set
    missing: dict[str, list[str]] = field(default_factory=dict)  # words the model lacks

    def to_dict(self) -> dict:
        return asdict(self)


def association(w: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``s(w, A, B)`` for each row of ``w`` (all arguments are unit vectors, one per row)."""
    return (w @ a.T).mean(axis=1) - (w @ b.T).mean(axis=1)


def _present(wv: WordVectors, name: str, words: Sequence[str],
             missing: dict[str, list[str]]) -> np.ndarray:
    known = [w for w in dict.fromkeys(words) if w in wv]
    lost = [w for w in dict.fromkeys(words) if w not in wv]
    if lost:
        missing[name] = lost
    if len(known) < 2:
        raise WeatError(f"word set {name}: only {len(known)} of its {len(set(words))} words are "
                        "in the model; WEAT needs at least two per set. Use words the model "
                        "knows (train with a lower --min-count, or choose other words).")
    return wv.unit[[wv.index[w] for w in known]].astype(np.float64)


def _p_value(s: np.ndarray, nx: int, observed: float, permutations: int,
             seed: int) -> tuple[float, bool, int]:
    """(p, exact, partitions counted) for the statistic ``2 * sum(s[X_i]) - sum(s)``."""
    n = len(s)
    total = s.sum()
    eps = 1e-12 * max(1.0, abs(observed))
    if math.comb(n, nx) <= permutations:
        stats = np.array([2 * s[list(c)].sum() - total
                          for c in itertools.combinations(range(n), nx)])
        return float(np.mean(stats >= observed - eps)), True, len(stats)
    rng = np.random.default_rng(seed)
    hits = 0
    done = 0
    while done < permutations:  # in blocks to bound memory
        m = min(10_000, permutations - done)
        order = np.argsort(rng.random((m, n)), axis=1)[:, :nx]
        stats = 2 * s[order].sum(axis=1) - total
        hits += int(np.sum(stats >= observed - eps))
        done += m
    return (hits + 1) / (permutations + 1), False, permutations


def weat(wv: WordVectors, x: Sequence[str], y: Sequence[str], a: Sequence[str],
         b: Sequence[str], *, permutations: int = 100_000, seed: int = 0) -> WeatResult:
    """Run WEAT; words the model lacks are left out (listed in ``missing``).

    >>> r = weat(wv, flowers, insects, pleasant, unpleasant)  # doctest: +SKIP
    >>> r.effect_size > 0 and r.p_value < 0.05  # doctest: +SKIP
    True
    """
    if permutations < 1:
        raise WeatError(f"permutations must be at least 1 (got {permutations})")
    missing: dict[str, list[str]] = {}
    vx, vy = _present(wv, "X", x, missing), _present(wv, "Y", y, missing)
    va, vb = _present(wv, "A", a, missing), _present(wv, "B", b, missing)
    sx, sy = association(vx, va, vb), association(vy, va, vb)
    both = np.concatenate([sx, sy])
    std = float(np.std(both, ddof=1))
    effect = (sx.mean() - sy.mean()) / std if std > 0 else 0.0
    statistic = float(sx.sum() - sy.sum())
    p, exact, count = _p_value(both, len(sx), statistic, permutations, seed)
    sizes = {"X": len(sx), "Y": len(sy), "A": len(va), "B": len(vb)}
    return WeatResult(float(effect), statistic, p, exact, count, sizes, missing)
