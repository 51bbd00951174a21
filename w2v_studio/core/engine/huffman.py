"""Huffman codes and paths for hierarchical softmax, built as word2vec.c builds them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class HuffmanTree:
    """Per word: the binary code and the inner nodes on the path from the root.

    ``codes[w, :lengths[w]]`` are 0/1 branch labels, ``points[w, :lengths[w]]`` the inner-node
    rows (0 .. V-2) of the output matrix, root first. Frequent words get short codes.
    """

    codes: np.ndarray  # (V, L) uint8
    points: np.ndarray  # (V, L) int32
    lengths: np.ndarray  # (V,) int32


def build_huffman(counts: np.ndarray) -> HuffmanTree:
    """Huffman tree over ``counts`` (descending), O(V) with word2vec.c's two-pointer merge.

    >>> t = build_huffman(np.array([5, 3, 1, 1]))
    >>> t.lengths.tolist()
    [1, 2, 3, 3]
    """
    counts = np.asarray(counts, dtype=np.int64)
    v = len(counts)
    if v == 0:
        return HuffmanTree(np.zeros((0, 1), np.uint8), np.zeros((0, 1), np.int32),
                           np.zeros(0, np.int32))
    if v == 1:
        return HuffmanTree(np.zeros((1, 1), np.uint8), np.zeros((1, 1), np.int32),
                           np.ones(1, np.int32))
    count = np.empty(2 * v, dtype=np.int64)
    count[:v] = counts
    count[v:] = np.iinfo(np.int64).max // 4
    binary = np.zeros(2 * v, dtype=np.uint8)
    parent = np.zeros(2 * v, dtype=np.int64)
    pos1, pos2 = v - 1, v
    for a in range(v - 1):
        # pick the two smallest nodes among the leaves (right to left) and new inner nodes
        picks = []
        for _ in range(2):
            if pos1 >= 0 and count[pos1] < count[pos2]:
                picks.append(pos1)
                pos1 -= 1
            else:
                picks.append(pos2)
                pos2 += 1
        min1, min2 = picks
        count[v + a] = count[min1] + count[min2]
        parent[min1] = v + a
        parent[min2] = v + a
        binary[min2] = 1
    root = 2 * v - 2
    # walk each leaf up to the root
    paths_codes: list[list[int]] = []
    paths_points: list[list[int]] = []
    for w in range(v):
        code, point = [], []
        b = w
        while b != root:
            code.append(int(binary[b]))
            b = int(parent[b])
            point.append(b - v)
        code.reverse()
        point.reverse()  # root first; point[i] is the node whose branch code[i] is taken
        paths_codes.append(code)
        paths_points.append(point)
    max_len = max(len(c) for c in paths_codes)
    codes = np.zeros((v, max_len), dtype=np.uint8)
    points = np.zeros((v, max_len), dtype=np.int32)
    lengths = np.zeros(v, dtype=np.int32)
    for w in range(v):
        n = len(paths_codes[w])
        codes[w, :n] = paths_codes[w]
        points[w, :n] = paths_points[w]
        lengths[w] = n
    return HuffmanTree(codes, points, lengths)
