"""A tiny deterministic random generator usable inside numba kernels (xorshift64*)."""

from __future__ import annotations

import numpy as np
from numba import njit

_MASK53 = (1 << 53) - 1


def make_state(*seeds: int) -> np.ndarray:
    """A 1-element uint64 state mixed from several integers (seed, epoch, job...)."""
    x = 0x9E3779B97F4A7C15
    for s in seeds:
        x = (x ^ (int(s) & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9 & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 31
    return np.array([x or 1], dtype=np.uint64)


@njit(inline="always")
def next_u64(state):
    x = state[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    state[0] = x
    return x * np.uint64(0x2545F4914F6CDD1D)


@njit(inline="always")
def next_float(state):
    """Uniform in [0, 1)."""
    return (next_u64(state) >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@njit(inline="always")
def next_below(state, n):
    """Uniform integer in [0, n)."""
    return np.int64(next_u64(state) >> np.uint64(33)) % n
