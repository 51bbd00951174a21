"""The vocabulary file: ``word count`` per line, most frequent first (word2vec ``-save-vocab``)."""

from __future__ import annotations

import os

import numpy as np

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.workspace.atomic import atomic_write


def write_vocab(path: str | os.PathLike, words: list[str], counts: np.ndarray | None) -> None:
    """Write ``word count`` lines (or bare words when ``counts`` is None), atomically.

    >>> write_vocab("vocab.txt", ["the", "cat"], np.array([10, 3]))  # doctest: +SKIP
    """
    with atomic_write(path, "w", newline="\n") as f:
        if counts is None:
            for w in words:
                f.write(f"{w}\n")
        else:
            for w, c in zip(words, np.asarray(counts).tolist(), strict=True):
                f.write(f"{w} {c}\n")


def read_vocab(path: str | os.PathLike) -> tuple[list[str], np.ndarray | None]:
    """Read a vocabulary file: ``word count`` lines, or one bare word per line (counts None).

    Raises
    ------
    VectorFormatError
        A line with more than two fields, a count that is not a whole number, or a mix of lines
        with and without counts; the line is named.
    """
    spath = str(path)
    words: list[str] = []
    counts: list[int] = []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, start=1):
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not text.strip():
                continue
            parts = text.split(" ")
            if len(parts) > 2:
                raise VectorFormatError(
                    f"{spath}, line {n}: expected 'word count', found {len(parts)} fields.",
                    spath,
                    n,
                )
            if len(parts) == 2:
                if not (parts[1].isascii() and parts[1].isdigit()) or int(parts[1]) >= 2**63:
                    raise VectorFormatError(
                        f"{spath}, line {n}: the count {parts[1][:30]!r} is not a whole number.",
                        spath,
                        n,
                    )
                if len(counts) != len(words):
                    raise VectorFormatError(
                        f"{spath}, line {n}: this line has a count but earlier lines do not.",
                        spath,
                        n,
                    )
                counts.append(int(parts[1]))
            elif counts:
                raise VectorFormatError(
                    f"{spath}, line {n}: the count is missing (earlier lines have one).", spath, n
                )
            words.append(parts[0])
    return words, (np.array(counts, dtype=np.int64) if counts else None)
