"""What the evaluation files share: their errors, reading, case folding, word lookup and the
correlation statistics (numpy; scipy only for p-values)."""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

DEFAULT_RESTRICT = 300_000  # gensim's default; compute-accuracy uses 30,000


class EvaluationFileError(ValueError):
    """An evaluation file that cannot be used; the message names the file and what is wrong."""


class EvaluationCancelled(Exception):
    """Raised when the ``cancel`` event was set during an evaluation."""


def fold_case(word: str) -> str:
    """Case folding used for ``case_insensitive``: upper case, as gensim does; characters
    without case (Hangul, Hanzi, digits) are unchanged."""
    return word.upper()


def lookup_table(
    wv: WordVectors, restrict_vocab: int | None, case_insensitive: bool
) -> dict[str, int]:
    """Folded word -> row, over the first ``restrict_vocab`` rows; the first (most frequent)
    spelling wins when several fold to the same key."""
    words = wv.words[:restrict_vocab] if restrict_vocab else wv.words
    if not case_insensitive:
        return {w: i for i, w in enumerate(words)}
    table: dict[str, int] = {}
    for i, w in enumerate(words):
        table.setdefault(fold_case(w), i)
    return table


_MAX_FILE_BYTES = 256 << 20  # the largest evaluation sets are a few MB


def read_lines(path: str | os.PathLike) -> list[str]:
    """The lines of a UTF-8 evaluation file, with clear errors for a missing, huge, binary or
    non-UTF-8 file."""
    try:
        size = os.path.getsize(path)
        if size > _MAX_FILE_BYTES:
            raise EvaluationFileError(
                f"{path}: {size / 1e6:,.0f} MB is far larger than any evaluation set; choose the "
                "word-pair or analogy file itself."
            )
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError as e:
        raise EvaluationFileError(f"{path}: file not found.") from e
    if b"\0" in data:
        raise EvaluationFileError(
            f"{path}: this is not a text file (it holds NUL bytes at byte {data.index(0):,}); "
            "choose the word-pair or analogy file."
        )
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as e:
        raise EvaluationFileError(
            f"{path}: not UTF-8 text (byte {e.start}); save it as UTF-8 and try again."
        ) from e


def skipped_lines_note(lines: tuple[int, ...], expected: str) -> str:
    """A sentence for the user about lines that were skipped, empty when there were none.

    >>> skipped_lines_note((4, 9), "'word1<TAB>word2<TAB>score'")
    "2 line(s) skipped, not 'word1<TAB>word2<TAB>score': 4, 9"
    """
    if not lines:
        return ""
    shown = ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")
    return f"{len(lines)} line(s) skipped, not {expected}: {shown}"


def ranks(x: np.ndarray) -> np.ndarray:
    """1-based ranks with ties given their average rank (as ``scipy.stats.rankdata``)."""
    x = np.asarray(x, dtype=np.float64)
    order = np.argsort(x, kind="mergesort")
    sx = x[order]
    starts = np.r_[True, sx[1:] != sx[:-1]]
    group = np.cumsum(starts) - 1
    bounds = np.r_[np.flatnonzero(starts), len(x)]
    avg = (bounds[:-1] + bounds[1:] + 1) / 2.0
    out = np.empty(len(x))
    out[order] = avg[group]
    return out


def pearson_r(x: Any, y: Any) -> float:
    """Pearson correlation coefficient (NaN for fewer than 2 points or a constant input)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(x) < 2:
        return math.nan
    dx, dy = x - x.mean(), y - y.mean()
    denom = math.sqrt(float(dx @ dx) * float(dy @ dy))
    return max(-1.0, min(1.0, float(dx @ dy) / denom)) if denom else math.nan


def spearman_r(x: Any, y: Any) -> float:
    """Spearman rank correlation: Pearson on average ranks."""
    return pearson_r(ranks(x), ranks(y)) if len(x) >= 2 else math.nan


def p_value(r: float, n: int) -> float | None:
    """Two-sided p-value of a correlation of ``n`` points (t test; None without scipy)."""
    if math.isnan(r) or n < 3:
        return None
    try:
        from scipy.special import stdtr
    except ImportError:
        return None
    if abs(r) >= 1.0:
        return 0.0
    t = r * math.sqrt((n - 2) / ((1.0 - r) * (1.0 + r)))
    return float(2 * stdtr(n - 2, -abs(t)))
