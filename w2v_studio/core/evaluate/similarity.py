"""Word-similarity benchmark (Pearson/Spearman) and helpers shared with the analogy benchmark."""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

DEFAULT_RESTRICT = 300_000  # gensim's default; compute-accuracy uses 30,000


class EvaluationFileError(ValueError):
    """An evaluation file that cannot be used; the message names the file and what is wrong."""


class EvaluationCancelled(Exception):
    """Raised when the ``cancel`` event was set during an evaluation."""


@dataclass(frozen=True)
class SimilarityResult:
    """Correlation of model cosines with human scores on one word-pair file."""

    path: str
    pairs: int  # valid pairs in the file
    used: int  # pairs whose two words are both in the (restricted) vocabulary
    pearson: float  # NaN when fewer than 2 pairs were used
    spearman: float
    pearson_p: float | None  # two-sided p-values (None when scipy is not installed)
    spearman_p: float | None
    missing_words: tuple[str, ...]  # distinct unknown words, in file order
    invalid_lines: tuple[int, ...]  # 1-based numbers of lines that are not 'w1 TAB w2 TAB score'

    @property
    def oov(self) -> int:
        return self.pairs - self.used

    @property
    def oov_share(self) -> float:
        """Share (0..1) of pairs skipped for an unknown word."""
        return self.oov / self.pairs if self.pairs else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "oov": self.oov, "oov_share": self.oov_share}


def fold_case(word: str) -> str:
    """Case folding used for ``case_insensitive``: upper case, as gensim does; characters
    without case (Hangul, Hanzi, digits) are unchanged."""
    return word.upper()


def _lookup(wv: WordVectors, restrict_vocab: int | None, case_insensitive: bool) -> dict[str, int]:
    """Folded word -> row, over the first ``restrict_vocab`` rows; the first (most frequent)
    spelling wins when several fold to the same key."""
    words = wv.words[:restrict_vocab] if restrict_vocab else wv.words
    if not case_insensitive:
        return {w: i for i, w in enumerate(words)}
    table: dict[str, int] = {}
    for i, w in enumerate(words):
        table.setdefault(fold_case(w), i)
    return table


def _read_lines(path: str | os.PathLike) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read().splitlines()
    except FileNotFoundError as e:
        raise EvaluationFileError(f"{path}: file not found.") from e
    except UnicodeDecodeError as e:
        raise EvaluationFileError(
            f"{path}: not UTF-8 text (byte {e.start}); save it as UTF-8 and try again."
        ) from e


def evaluate_similarity(
    wv: WordVectors,
    path: str | os.PathLike,
    *,
    restrict_vocab: int | None = DEFAULT_RESTRICT,
    case_insensitive: bool = False,
) -> SimilarityResult:
    """Pearson and Spearman correlation between human scores and model cosines.

    The file has ``word1<TAB>word2<TAB>score`` lines (three whitespace-separated fields also
    work); ``#`` starts a comment line. Pairs with a word outside the first ``restrict_vocab``
    words are skipped and counted. Matches gensim's ``evaluate_word_pairs``.

    Examples
    --------
    >>> r = evaluate_similarity(wv, "wordsim353.tsv")  # doctest: +SKIP
    >>> round(r.spearman, 3), f"{r.oov_share:.1%}"  # doctest: +SKIP
    (0.661, '0.8%')
    """
    table = _lookup(wv, restrict_vocab, case_insensitive)
    fold = fold_case if case_insensitive else (lambda w: w)
    gold: list[float] = []
    ids: list[tuple[int, int]] = []
    missing: dict[str, None] = {}
    invalid: list[int] = []
    pairs = 0
    for n, line in enumerate(_read_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3:
            fields = line.split()
        try:
            a, b, score = fields
            value = float(score)
        except ValueError:
            invalid.append(n)
            continue
        pairs += 1
        ia, ib = table.get(fold(a)), table.get(fold(b))
        if ia is None or ib is None:
            for w, i in ((a, ia), (b, ib)):
                if i is None:
                    missing.setdefault(w)
            continue
        gold.append(value)
        ids.append((ia, ib))
    if pairs == 0:
        raise EvaluationFileError(
            f"{path}: no word pairs found; expected lines 'word1<TAB>word2<TAB>score'."
        )
    unit = wv.unit
    model = [float(unit[i] @ unit[j]) for i, j in ids]
    pearson, spearman = pearson_r(gold, model), spearman_r(gold, model)
    return SimilarityResult(
        str(path),
        pairs,
        len(ids),
        pearson,
        spearman,
        p_value(pearson, len(ids)),
        p_value(spearman, len(ids)),
        tuple(missing),
        tuple(invalid),
    )


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


def __getattr__(name: str) -> Any:
    """``evaluate_analogies`` and its result types live in :mod:`analogy_eval`; reachable here."""
    if name in ("evaluate_analogies", "AnalogyResult", "SectionScore", "section_kind"):
        from w2v_studio.core.evaluate import analogy as analogy_eval

        return getattr(analogy_eval, name)
    raise AttributeError(name)
