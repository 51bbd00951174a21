"""The collocation table: one row per phrase with its counts and score, as a TSV file.

The file has a header line ``phrase  count  count_a  count_b  score`` (tab-separated) and one
row per phrase, highest score first; scores are written with ``repr`` so they read back equal.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "table.tsv"
>>> write_table(path, [Collocation("new_york", 12, 15, 13, 30.5)])
>>> read_table(path)
[Collocation(phrase='new_york', count=12, count_a=15, count_b=13, score=30.5)]
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.workspace.atomic import atomic_write

HEADER = ("phrase", "count", "count_a", "count_b", "score")


@dataclass(frozen=True)
class Collocation:
    """A phrase found in the corpus: ``count_a`` and ``count_b`` count its first and last word
    (in the corpus of its pass: a second pass counts the phrases of the first as words)."""

    phrase: str
    count: int
    count_a: int
    count_b: int
    score: float


def sort_table(rows: Iterable[Collocation]) -> list[Collocation]:
    """Highest score first; ties by count (higher first), then by phrase."""
    return sorted(rows, key=lambda r: (-r.score, -r.count, r.phrase))


def write_table(path: str | Path, rows: Iterable[Collocation]) -> None:
    """Write the table atomically (rows as given: sort them first with :func:`sort_table`)."""
    with atomic_write(path, newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write(f"{r.phrase}\t{r.count}\t{r.count_a}\t{r.count_b}\t{r.score!r}\n")


def read_table(path: str | Path) -> list[Collocation]:
    """Read a table written by :func:`write_table`; raises CorpusError saying which line is
    wrong when the file is not such a table."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CorpusError(f"{path}: cannot read the collocation table ({e}).") from None
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise CorpusError(f"{path}: not a collocation table (the first line must be "
                          f"{' '.join(HEADER)!r}, tab-separated). Choose a table written by "
                          "'w2v-studio phrases --table'.")
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        rows.append(_parse_row(path, lineno, line))
    return rows


def _parse_row(path: Path, lineno: int, line: str) -> Collocation:
    cells = line.split("\t")
    try:
        if len(cells) != len(HEADER) or not cells[0]:
            raise ValueError(f"{len(HEADER)} cells expected, found {len(cells)}")
        counts = [int(c) for c in cells[1:4]]
        score = float(cells[4])
        if min(counts) < 0 or math.isnan(score):
            raise ValueError("negative count or score that is not a number")
    except ValueError as e:
        raise CorpusError(f"{path}, line {lineno}: not a table row ({e}). The table may have "
                          "been edited: write it again with 'w2v-studio phrases'.") from None
    return Collocation(cells[0], counts[0], counts[1], counts[2], score)
