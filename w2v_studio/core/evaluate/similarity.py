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
from w2v_studio.core.evaluate.diagnose import SkipReason, explain_words, section_reason
from w2v_studio.core.evaluate.lookup import WordResolver, same
from w2v_studio.core.evaluate.questions import PairQuestion, UnknownWord, unknown_words

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import WordVectors
    from w2v_studio.tokenizers.base import Tokenizer


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
    questions: tuple[PairQuestion, ...] = ()  # every pair, in file order
    unknown: tuple[UnknownWord, ...] = ()  # distinct unknown words, most pairs blocked first
    skip_reason: SkipReason | None = None  # why pairs were skipped (None when none were)
    looked_up: tuple[tuple[str, str], ...] = ()  # (test word, form found via the tokenizer)

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

    def to_dict(self, questions: bool = False) -> dict[str, Any]:
        """Plain data for JSON; the per-pair list only with ``questions``."""
        d = {k: v for k, v in asdict(self).items() if k != "questions"}
        d["why_skipped"] = [self.skip_reason.sentence()] if self.skip_reason else []
        if questions:
            d["questions"] = [q.to_dict() for q in self.questions]
        return {**d, "oov": self.oov, "oov_share": self.oov_share}


def evaluate_similarity(
    wv: WordVectors,
    path: str | os.PathLike,
    *,
    restrict_vocab: int | None = DEFAULT_RESTRICT,
    case_insensitive: bool = False,
    tokenizer: Tokenizer | None = None,
    lookup: bool = False,
) -> SimilarityResult:
    """Pearson and Spearman correlation between human scores and model cosines.

    The file has ``word1<TAB>word2<TAB>score`` lines (three whitespace-separated fields also
    work); ``#`` starts a comment line. Pairs with a word outside the first ``restrict_vocab``
    words are skipped and counted. Matches gensim's ``evaluate_word_pairs``. ``tokenizer``
    (the model's) explains skipped pairs; with ``lookup`` a test word not in the vocabulary is
    looked up as its first token (자동차를 -> 자동차).

    Examples
    --------
    >>> r = evaluate_similarity(wv, "wordsim353.tsv")  # doctest: +SKIP
    >>> round(r.spearman, 3), f"{r.oov_share:.1%}"  # doctest: +SKIP
    (0.661, '0.8%')
    >>> r.questions[0].word1, r.questions[0].human, round(r.questions[0].model, 3)  # doctest: +SKIP
    ('love', 6.77, 0.262)
    """
    table = lookup_table(wv, restrict_vocab, case_insensitive)
    fold = fold_case if case_insensitive else same
    resolver = WordResolver(table, fold, tokenizer if lookup else None)
    pairs, invalid = _read_pairs(path)
    unit = wv.unit
    questions = []
    for n, a, b, value in pairs:
        ia, ib = resolver.row(a), resolver.row(b)
        if ia is None or ib is None:
            unknown = tuple(dict.fromkeys(w for w, i in ((a, ia), (b, ib)) if i is None))
            questions.append(PairQuestion(n, a, b, value, unknown=unknown))
        else:
            questions.append(PairQuestion(n, a, b, value, float(unit[ia] @ unit[ib])))
    used = [q for q in questions if not q.unknown]
    gold, model = [q.human for q in used], [q.model for q in used]
    pearson, spearman = pearson_r(gold, model), spearman_r(gold, model)
    blocked = [q.unknown for q in questions if q.unknown]
    causes = explain_words({w for ws in blocked for w in ws}, table, wv.index, fold, tokenizer)
    return SimilarityResult(
        str(path), len(pairs), len(used), pearson, spearman,
        p_value(pearson, len(used)), p_value(spearman, len(used)),
        tuple(dict.fromkeys(w for ws in blocked for w in ws)), tuple(invalid), tuple(questions),
        unknown_words(blocked), section_reason("", len(pairs), blocked, causes, restrict_vocab),
        tuple(resolver.looked_up.items()),
    )  # fmt: skip


def _read_pairs(path: str | os.PathLike) -> tuple[list[tuple[int, str, str, float]], list[int]]:
    """(line, word1, word2, score) of each valid line, and the numbers of malformed lines."""
    pairs: list[tuple[int, str, str, float]] = []
    invalid: list[int] = []
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
        pairs.append((n, a, b, value))
    if not pairs:
        raise EvaluationFileError(
            f"{path}: no word pairs found; expected lines 'word1<TAB>word2<TAB>score'"
            + (f" ({len(invalid)} line(s) were not)." if invalid else ".")
        )
    return pairs, invalid
