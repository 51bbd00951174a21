"""Huffman codes and paths for hierarchical softmax, built as gensim builds them.

The tree is gensim's (``_build_heap``: repeatedly merge the two smallest counts of a binary
heap, the first popped becoming the 0 branch), built in O(V log V) compiled code; then each
leaf's path is written in chunks so that a caller can show progress and stop between them.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

import numpy as np
from numba import njit

CHUNK = 1 << 16  # leaves whose paths are written between two progress reports


@dataclass
class HuffmanTree:
    """Per word: the binary code and the inner nodes on the path from the root.

    ``codes[w, :lengths[w]]`` are 0/1 branch labels, ``points[w, :lengths[w]]`` the inner-node
    rows (0 .. V-2) of the output matrix, root first. Frequent words get short codes.
    """

    codes: np.ndarray  # (V, L) uint8
    points: np.ndarray  # (V, L) int32
    lengths: np.ndarray  # (V,) int32


@njit(inline="always")
def _sift_down(cnt, node, start, pos):
    """heapq._siftdown: move heap[pos] up while it is smaller than its parent."""
    c, n = cnt[pos], node[pos]
    while pos > start:
        up = (pos - 1) >> 1
        if c < cnt[up]:
            cnt[pos], node[pos] = cnt[up], node[up]
            pos = up
            continue
        break
    cnt[pos], node[pos] = c, n


@njit(inline="always")
def _sift_up(cnt, node, end, pos):
    """heapq._siftup: move the smaller child up to the leaf level, then sift down."""
    start = pos
    c, n = cnt[pos], node[pos]
    child = 2 * pos + 1
    while child < end:
        if child + 1 < end and not cnt[child] < cnt[child + 1]:
            child += 1
        cnt[pos], node[pos] = cnt[child], node[child]
        pos = child
        child = 2 * pos + 1
    cnt[pos], node[pos] = c, n
    _sift_down(cnt, node, start, pos)


@njit(inline="always")
def _pop(cnt, node, end):
    """heapq.heappop on a heap of ``end`` items; returns (count, node)."""
    last_c, last_n = cnt[end - 1], node[end - 1]
    end -= 1
    if end == 0:
        return last_c, last_n
    c, n = cnt[0], node[0]
    cnt[0], node[0] = last_c, last_n
    _sift_up(cnt, node, end, 0)
    return c, n


@njit(nogil=True, cache=True)
def _merge(counts):
    """parent, branch bit and depth of every node (leaves 0..V-1, inner nodes V..2V-2).

    gensim merges with Python's heapq, its items comparing by count only, so which of several
    equal counts comes first is decided by heapq's sift order: this is that algorithm, step for
    step, so that the codes are gensim's also where counts tie."""
    v = len(counts)
    cnt = counts.copy()
    node = np.arange(v, dtype=np.int64)
    for i in range(v // 2 - 1, -1, -1):  # heapq.heapify
        _sift_up(cnt, node, v, i)
    parent = np.zeros(2 * v - 1, dtype=np.int64)
    binary = np.zeros(2 * v - 1, dtype=np.uint8)
    end = v
    for a in range(v - 1):
        c1, n1 = _pop(cnt, node, end)
        c2, n2 = _pop(cnt, node, end - 1)
        end -= 2
        parent[n1], parent[n2] = v + a, v + a
        binary[n2] = 1
        cnt[end], node[end] = c1 + c2, v + a  # heapq.heappush
        end += 1
        _sift_down(cnt, node, 0, end - 1)
    depth = np.zeros(2 * v - 1, dtype=np.int32)
    for k in range(2 * v - 3, -1, -1):  # parents are made after their children
        depth[k] = depth[parent[k]] + 1
    return parent, binary, depth


@njit(nogil=True, cache=True)
def _paths(parent, binary, depth, codes, points, lo, hi):
    v = codes.shape[0]
    for w in range(lo, hi):
        b = w
        for j in range(depth[w] - 1, -1, -1):
            codes[w, j] = binary[b]
            b = parent[b]
            points[w, j] = b - v


def huffman_steps(counts: np.ndarray) -> Generator[float, None, HuffmanTree]:
    """Build the tree, yielding the fraction of leaves done after each chunk; returns the tree.
    Stop by not asking for the next step (``close()``)."""
    counts = np.asarray(counts, dtype=np.int64)
    v = len(counts)
    if v <= 1:
        return HuffmanTree(np.zeros((v, 1), np.uint8), np.zeros((v, 1), np.int32),
                           np.ones(v, np.int32))
    parent, binary, depth = _merge(counts)
    lengths = depth[:v].copy()
    codes = np.zeros((v, int(lengths.max())), dtype=np.uint8)
    points = np.zeros((v, int(lengths.max())), dtype=np.int32)
    for lo in range(0, v, CHUNK):
        _paths(parent, binary, depth, codes, points, lo, min(v, lo + CHUNK))
        yield min(v, lo + CHUNK) / v
    return HuffmanTree(codes, points, lengths)


def build_huffman(counts: np.ndarray) -> HuffmanTree:
    """Huffman tree over ``counts`` (descending), without progress reports.

    >>> t = build_huffman(np.array([5, 3, 1, 1]))
    >>> t.lengths.tolist(), t.codes[0].tolist(), t.points[0].tolist()
    ([1, 2, 3, 3], [0, 0, 0], [2, 0, 0])
    """
    steps = huffman_steps(counts)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
