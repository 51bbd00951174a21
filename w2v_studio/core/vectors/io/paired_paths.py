"""Formats written as two files (numbers + words): where each goes for a file or a folder."""

from __future__ import annotations

import os
from pathlib import Path


def paired_paths(
    path: str | os.PathLike, suffix: str, side_suffix: str, in_folder: tuple[str, str]
) -> tuple[Path, Path]:
    """``x<suffix>`` -> (x<suffix>, x<side_suffix>); a folder -> the two ``in_folder`` names.

    >>> paired_paths("out/m.npy", ".npy", ".vocab.txt", ("vectors.npy", "vocab.txt"))
    (PosixPath('out/m.npy'), PosixPath('out/m.vocab.txt'))
    """
    path = Path(path)
    if path.suffix.lower() == suffix:
        return path, path.with_name(path.stem + side_suffix)
    return path / in_folder[0], path / in_folder[1]
