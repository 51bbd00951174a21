"""Table exports: TSV + metadata for the TensorFlow Embedding Projector, and CSV."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from w2v_studio.core.vectors.io.paired_paths import paired_paths
from w2v_studio.core.workspace.atomic import atomic_write

_ROWS = 4096


def tsv_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """``x.tsv`` -> (x.tsv, x.metadata.tsv); folder -> (folder/vectors.tsv, folder/metadata.tsv)."""
    return paired_paths(path, ".tsv", ".metadata.tsv", ("vectors.tsv", "metadata.tsv"))


def write_projector_tsv(
    path: str | os.PathLike, words: list[str], vectors: np.ndarray, counts: np.ndarray | None
) -> list[Path]:
    """Write ``vectors.tsv`` (numbers) and ``metadata.tsv`` for projector.tensorflow.org.

    The metadata has a header row ``word<TAB>count`` when counts are known (two columns); with a
    single column it has no header, as the Projector expects.

    >>> write_projector_tsv("out", ["a"], np.ones((1, 2), np.float32), None)  # doctest: +SKIP
    """
    vec_path, meta_path = tsv_paths(path)
    vectors = np.asarray(vectors, dtype=np.float32)
    row_fmt = "\t".join(["%.9g"] * vectors.shape[1]) + "\n"
    with atomic_write(vec_path, "w", newline="\n") as f:
        for start in range(0, len(vectors), _ROWS):
            f.write("".join(row_fmt % tuple(r) for r in vectors[start : start + _ROWS].tolist()))
    with atomic_write(meta_path, "w", newline="\n") as f:
        if counts is None:
            f.writelines(f"{w}\n" for w in words)
        else:
            f.write("word\tcount\n")
            f.writelines(
                f"{w}\t{c}\n" for w, c in zip(words, np.asarray(counts).tolist(), strict=True)
            )
    return [vec_path, meta_path]


def write_csv(
    path: str | os.PathLike, words: list[str], vectors: np.ndarray, counts: np.ndarray | None
) -> list[Path]:
    """One row per word: ``word,count,d1,...,dD`` with a header row (count empty when unknown).

    >>> write_csv("v.csv", ["a"], np.ones((1, 2), np.float32), None)  # doctest: +SKIP
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    dim = vectors.shape[1]
    count_list = [""] * len(words) if counts is None else np.asarray(counts).tolist()
    with atomic_write(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["word", "count", *(f"d{i + 1}" for i in range(dim))])
        for start in range(0, len(vectors), _ROWS):
            block = vectors[start : start + _ROWS].tolist()
            writer.writerows(
                [w, c, *(format(x, ".9g") for x in row)]
                for w, c, row in zip(
                    words[start : start + _ROWS],
                    count_list[start : start + _ROWS],
                    block,
                    strict=True,
                )
            )
    return [Path(path)]
