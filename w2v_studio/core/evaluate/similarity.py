"""Word-similarity benchmark: Pearson/Spearman of model cosines against human scores."""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from w2v_studio.core.evaluate.common import (
    DEFAULT_RESTRICT,
    EvaluationFileError,
    fold_case,
    lookup_table,
    p_value,
    pearson_r,
    read_lines,
    skipped_lines_note,
    spearman_r,
)

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors

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

    @property
    def skipped_note(self) -> str:
        """A sentence about the malformed lines that were skipped ('' when none were)."""
        return skipped_lines_note(self.invalid_lines, "'word1<TAB>word2<TAB>score'")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "oov": self.oov, "oov_share": self.oov_share}


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
    table = lookup_table(wv, restrict_vocab, case_insensitive)
    fold = fold_case if case_insensitive else (lambda w: w)
    gold: list[float] = []
    ids: list[tuple[int, int]] = []
    missing: dict[str, None] = {}
    invalid: list[int] = []
    pairs = 0
    for n, line in enumerate(read_lines(path), start=1):
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
        if not math.isfinite(value):
            raise EvaluationFileError(
                f"{path}, line {n}: the score {score!r} of {a!r} and {b!r} is not a finite "
                "number; correct or remove that line."
            )
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
            f"{path}: no word pairs found; expected lines 'word1<TAB>word2<TAB>score'"
            + (f" ({len(invalid)} line(s) were not)." if invalid else ".")
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
