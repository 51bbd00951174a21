"""Writers for the word2vec text and binary formats (read back exactly by gensim and word2vec.c)."""

from __future__ import annotations

import os

import numpy as np

from w2v_studio.core.workspace.atomic import atomic_write

_ROWS = 4096  # rows formatted / written at once


def write_word2vec_text(path: str | os.PathLike, words: list[str], vectors: np.ndarray) -> None:
    """``COUNT DIM`` header, then ``word v1 ... vD`` lines; ``%.9g`` keeps every float32 exact.

    >>> write_word2vec_text("v.txt", ["a"], np.ones((1, 2), np.float32))  # doctest: +SKIP
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    row_fmt = " ".join(["%.9g"] * dim)
    with atomic_write(path, "w", newline="\n") as f:
        f.write(f"{n} {dim}\n")
        for start in range(0, n, _ROWS):
            block = vectors[start : start + _ROWS].tolist()
            f.write(
                "".join(
                    f"{w} {row_fmt % tuple(row)}\n"
                    for w, row in zip(words[start : start + _ROWS], block, strict=True)
                )
            )


def write_word2vec_binary(path: str | os.PathLike, words: list[str], vectors: np.ndarray) -> None:
    """``COUNT DIM`` header, then ``word<space>`` + D little-endian float32 + ``\\n`` per word.

    This is what word2vec.c writes with ``-binary 1``.

    >>> write_word2vec_binary("v.bin", ["a"], np.ones((1, 2), np.float32))  # doctest: +SKIP
    """
    vectors = np.ascontiguousarray(vectors, dtype="<f4")
    n, dim = vectors.shape
    with atomic_write(path, "wb") as f:
        f.write(f"{n} {dim}\n".encode())
        for start in range(0, n, _ROWS):
            block = vectors[start : start + _ROWS]
            f.write(
                b"".join(
                    w.encode("utf-8") + b" " + row.tobytes() + b"\n"
                    for w, row in zip(words[start : start + _ROWS], block, strict=True)
                )
            )
