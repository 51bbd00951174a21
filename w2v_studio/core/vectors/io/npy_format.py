"""Vectors as a ``.npy`` matrix plus a vocabulary file naming its rows."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.paired_paths import paired_paths
from w2v_studio.core.vectors.io.raw import RawVectors, check_finite
from w2v_studio.core.vectors.io.vocab_file import read_vocab, write_vocab
from w2v_studio.core.workspace.atomic import atomic_write


def npy_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """``x.npy`` -> (x.npy, x.vocab.txt); a folder -> (folder/vectors.npy, folder/vocab.txt)."""
    return paired_paths(path, ".npy", ".vocab.txt", ("vectors.npy", "vocab.txt"))


def write_npy(
    path: str | os.PathLike, words: list[str], vectors: np.ndarray, counts: np.ndarray | None
) -> list[Path]:
    """Write the float32 matrix and its vocabulary (``word count`` lines); returns both paths.

    >>> write_npy("out/v.npy", ["a", "b"], np.eye(2, dtype=np.float32), None)  # doctest: +SKIP
    """
    npy, vocab = npy_paths(path)
    with atomic_write(npy, "wb") as f:
        np.save(f, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
    write_vocab(vocab, words, counts)
    return [npy, vocab]


def read_npy(path: str | os.PathLike, *, limit: int | None = None) -> RawVectors:
    """Read ``x.npy`` + ``x.vocab.txt`` (or ``vocab.txt`` beside it, or a folder holding both)."""
    npy, vocab = npy_paths(path)
    if not vocab.is_file() and (npy.parent / "vocab.txt").is_file():
        vocab = npy.parent / "vocab.txt"
    for p in (npy, vocab):
        if not p.is_file():
            raise VectorFormatError(
                f"{p} is missing: a .npy matrix needs a vocabulary file naming its rows "
                f"({vocab.name} beside it).",
                str(p),
            )
    try:
        matrix = np.load(npy, mmap_mode="r", allow_pickle=False)
    except ValueError as e:
        raise VectorFormatError(f"{npy}: not a plain numeric array ({e}).", str(npy)) from e
    if matrix.dtype.kind not in "fiu":
        raise VectorFormatError(
            f"{npy}: holds {matrix.dtype} values, not numbers; a vector matrix is a 2-D array "
            f"of floats (save it with numpy.save as float32).",
            str(npy),
        )
    words, counts = read_vocab(vocab)
    if matrix.ndim != 2 or matrix.shape[0] != len(words):
        raise VectorFormatError(
            f"{npy}: the matrix has shape {matrix.shape} but {vocab.name} names {len(words):,} "
            f"words; they must match (one row per word).",
            str(npy),
        )
    n = len(words) if limit is None else min(limit, len(words))
    keep = list(range(n))
    warnings: tuple[str, ...] = ()
    if len(set(words[:n])) != n:
        seen: dict[str, int] = {}
        keep = [seen.setdefault(w, i) for i, w in enumerate(words[:n]) if w not in seen]
        warnings = (f"{vocab}: {n - len(keep):,} duplicate word(s); kept the first of each.",)
    vectors = np.array(matrix[:n], dtype=np.float32)
    check_finite(vectors, words, range(1, n + 1), "row", str(npy))
    if len(keep) != n:
        vectors = vectors[keep]
    kept_counts = None if counts is None else counts[:n][keep]
    return RawVectors([words[i] for i in keep], vectors, kept_counts, warnings, "npy")
