"""Analogy benchmark (``: section`` / ``a b c d`` files), batched, matching gensim's rules."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from w2v_studio.core.evaluate.common import (
    DEFAULT_RESTRICT,
    EvaluationCancelled,
    EvaluationFileError,
    fold_case,
    lookup_table,
    read_lines,
    skipped_lines_note,
)
from w2v_studio.core.evaluate.diagnose import SkipReason, explain_words, section_reason
from w2v_studio.core.evaluate.lookup import Fold, WordResolver, same
from w2v_studio.core.evaluate.questions import (
    AnalogyQuestion,
    UnknownWord,
    expected_ranks,
    unknown_words,
)

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import AnalogyMethod, WordVectors
    from w2v_studio.tokenizers.base import Tokenizer

SectionKind = Literal["semantic", "syntactic", "unknown"]
_TOPN = 5  # gensim looks at this many answers, skipping ones that are question words
_CELLS = 1 << 23  # vocabulary x batch similarity cells computed at once (32 MB float32)


@dataclass(frozen=True)
class SectionScore:
    """Analogy accuracy of one section (or of a group of sections)."""

    name: str
    kind: SectionKind
    correct: int
    answered: int  # questions with all four words known
    skipped: int  # questions skipped for an unknown word

    @property
    def accuracy(self) -> float:
        """correct / answered (0.0 when nothing was answered, as gensim reports it)."""
        return self.correct / self.answered if self.answered else 0.0

    @property
    def questions(self) -> int:
        return self.answered + self.skipped

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "accuracy": self.accuracy, "questions": self.questions}


@dataclass(frozen=True)
class AnalogyResult:
    """Per-section and overall analogy accuracy on one file."""

    path: str
    method: str
    restrict_vocab: int | None
    case_insensitive: bool
    sections: tuple[SectionScore, ...]
    semantic: SectionScore | None  # None when no section is semantic
    syntactic: SectionScore | None
    overall: SectionScore
    invalid_lines: tuple[int, ...]
    questions: tuple[AnalogyQuestion, ...] = ()  # every question, in file order
    unknown: tuple[UnknownWord, ...] = ()  # distinct unknown words, most questions blocked first
    skip_reasons: tuple[SkipReason, ...] = ()  # one per section with skipped questions
    looked_up: tuple[tuple[str, str], ...] = ()  # (test word, form found via the tokenizer)

    @property
    def skipped_note(self) -> str:
        """A sentence about the malformed lines that were skipped ('' when none were)."""
        return skipped_lines_note(self.invalid_lines, "four words 'a b c d'")

    @property
    def skipped_share(self) -> float:
        q = self.overall.questions
        return self.overall.skipped / q if q else 0.0

    def to_dict(self, questions: bool = False) -> dict[str, Any]:
        """Plain data for JSON; the per-question list only with ``questions``."""
        d = {
            k: v
            for k, v in asdict(self).items()
            if k not in ("sections", "semantic", "syntactic", "overall", "questions")
        }
        d["why_skipped"] = [r.sentence() for r in self.skip_reasons]
        if questions:
            d["questions"] = [q.to_dict() for q in self.questions]
        d["sections"] = [s.to_dict() for s in self.sections]
        for key in ("semantic", "syntactic", "overall"):
            part = getattr(self, key)
            d[key] = None if part is None else part.to_dict()
        d["skipped_share"] = self.skipped_share
        return d


def section_kind(name: str, file_name: str = "", has_gram: bool = False) -> SectionKind:
    """Semantic or syntactic, from the section name, else from the file name.

    ``gram*``/``syn*`` (Mikolov, Korean set) are syntactic, ``sem*`` semantic; a file named
    ``*morpholog*``/``*syntac*`` (CA8) is syntactic, ``*semantic*`` semantic; in a Mikolov-style
    file that has ``gram`` sections, the other sections are semantic.
    """
    n, f = name.lower(), Path(file_name).stem.lower()
    if n.startswith(("gram", "syn")) or "syntac" in n or "morpholog" in n:
        return "syntactic"
    if n.startswith("sem") or "semantic" in n:
        return "semantic"
    if "morpholog" in f or "syntac" in f:
        return "syntactic"
    if "semantic" in f:
        return "semantic"
    return "semantic" if has_gram else "unknown"


def read_analogies(
    path: str | os.PathLike,
) -> tuple[list[tuple[str, list[tuple[int, list[str]]]]], list[int]]:
    """Sections as (name, [(line number, [a, b, c, d]), ...]) and the invalid line numbers."""
    sections: list[tuple[str, list[tuple[int, list[str]]]]] = []
    invalid: list[int] = []
    for n, line in enumerate(read_lines(path), start=1):
        if line.startswith(": "):
            sections.append((line.lstrip(": ").strip(), []))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split()
        if len(words) != 4:
            invalid.append(n)
            continue
        if not sections:
            sections.append(("(no section)", []))
        sections[-1][1].append((n, words))
    if not any(q for _, q in sections):
        raise EvaluationFileError(
            f"{path}: no analogy questions found; expected ': section' lines and 'a b c d' lines."
        )
    return sections, invalid


def evaluate_analogies(
    wv: WordVectors,
    path: str | os.PathLike,
    *,
    restrict_vocab: int | None = DEFAULT_RESTRICT,
    case_insensitive: bool = False,
    method: AnalogyMethod = "3cosadd",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    tokenizer: Tokenizer | None = None,
    lookup: bool = False,
) -> AnalogyResult:
    """Accuracy on an analogy file, per section, semantic/syntactic, and overall, with every
    question's answer and the rank of the expected word.

    Like gensim's ``evaluate_word_analogies`` (and ``compute-accuracy``): questions with a word
    outside the first ``restrict_vocab`` words are skipped and counted; answers are searched
    among those words; the question words are never the answer. ``case_insensitive`` folds
    only letters that have case. ``method="3cosmul"`` uses Levy & Goldberg's objective.
    ``tokenizer`` (the model's) explains skipped questions; with ``lookup`` a test word not in
    the vocabulary is looked up as its first token (자동차를 -> 자동차).

    Examples
    --------
    >>> r = evaluate_analogies(wv, "questions-words.txt", restrict_vocab=30_000)  # doctest: +SKIP
    >>> r.overall.accuracy, r.overall.answered, r.overall.skipped  # doctest: +SKIP
    (0.713, 10675, 8869)
    >>> r.questions[0].answer, r.questions[0].rank  # doctest: +SKIP
    ('Greece', 1)
    """
    sections, invalid = read_analogies(path)
    table = lookup_table(wv, restrict_vocab, case_insensitive)
    fold = fold_case if case_insensitive else same
    resolver = WordResolver(table, fold, tokenizer if lookup else None)
    asked, skipped = _ask(sections, resolver)
    ids = np.array([q.rows for q in asked], dtype=np.int64).reshape(-1, 4)
    top, rank = _top_answers(wv, ids, restrict_vocab, method, progress, cancel)
    answers = _answers(wv, asked, top, rank, fold)
    by_line = {q.line: q for q in [*answers, *skipped]}
    parts = [tuple(by_line[n] for n, _ in qs) for _, qs in sections]
    questions = tuple(q for part in parts for q in part)
    has_gram = any(name.lower().startswith("gram") for name, _ in sections)
    scores = tuple(
        _score(name, section_kind(name, str(path), has_gram), part)
        for (name, _), part in zip(sections, parts, strict=True)
    )
    blocked = [q.unknown for q in questions if q.unknown]
    causes = explain_words({w for ws in blocked for w in ws}, table, wv.index, fold, tokenizer)
    reasons = [
        section_reason(s.name, s.questions, [q.unknown for q in part if q.unknown], causes,
                       restrict_vocab)
        for s, part in zip(scores, parts, strict=True)
    ]  # fmt: skip
    return AnalogyResult(
        str(path), method, restrict_vocab, case_insensitive, scores,
        _group("semantic", scores), _group("syntactic", scores),
        _sum("overall", "unknown", scores), tuple(invalid), questions,
        unknown_words(blocked), tuple(r for r in reasons if r is not None),
        tuple(resolver.looked_up.items()),
    )  # fmt: skip


@dataclass(frozen=True)
class _Asked:
    section: str
    line: int
    words: list[str]
    rows: tuple[int, int, int, int]


def _ask(
    sections: list[tuple[str, list[tuple[int, list[str]]]]], resolver: WordResolver
) -> tuple[list[_Asked], list[AnalogyQuestion]]:
    """The questions whose four words are known (with their rows), and the skipped ones."""
    asked: list[_Asked] = []
    skipped: list[AnalogyQuestion] = []
    for name, questions in sections:
        for n, words in questions:
            rows = [resolver.row(w) for w in words]
            if any(r is None for r in rows):
                missing = dict.fromkeys(w for w, r in zip(words, rows, strict=True) if r is None)
                skipped.append(AnalogyQuestion(name, n, *words, unknown=tuple(missing)))
            else:
                asked.append(_Asked(name, n, words, tuple(rows)))  # type: ignore[arg-type]
    return asked, skipped


def _answers(
    wv: WordVectors, asked: list[_Asked], top: np.ndarray, rank: np.ndarray, fold: Fold
) -> list[AnalogyQuestion]:
    """The model's answer to each asked question: gensim's rule (the best of the top answers
    that is not a question word, after folding)."""
    out = []
    for q, row, r in zip(asked, top, rank.tolist(), strict=True):
        excluded = set(q.rows[:3])
        ignore = {wv.words[i] if fold is same else fold(wv.words[i]) for i in q.rows[:3]}
        predicted = None
        for i in [i for i in row.tolist() if i not in excluded][:_TOPN]:
            predicted = wv.words[i]
            if fold(predicted) not in ignore:
                break
        expected = wv.words[q.rows[3]]
        correct = predicted is not None and fold(predicted) == fold(expected)
        out.append(AnalogyQuestion(q.section, q.line, *q.words, answer=predicted, rank=r,
                                   correct=correct))  # fmt: skip
    return out


def _score(name: str, kind: SectionKind, part: tuple[AnalogyQuestion, ...]) -> SectionScore:
    answered = [q for q in part if not q.unknown]
    correct = sum(q.correct for q in answered)
    return SectionScore(name, kind, correct, len(answered), len(part) - len(answered))


def _sum(name: str, kind: SectionKind, parts: tuple[SectionScore, ...]) -> SectionScore:
    return SectionScore(
        name,
        kind,
        sum(p.correct for p in parts),
        sum(p.answered for p in parts),
        sum(p.skipped for p in parts),
    )


def _group(kind: SectionKind, scores: tuple[SectionScore, ...]) -> SectionScore | None:
    parts = tuple(s for s in scores if s.kind == kind)
    return _sum(kind, kind, parts) if parts else None


def _top_answers(
    wv: WordVectors,
    ids: np.ndarray,
    restrict_vocab: int | None,
    method: AnalogyMethod,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
) -> tuple[np.ndarray, np.ndarray]:
    """(Q, k) best rows for each question (a, b, c, d), best first, and (Q,) the rank of d
    among the candidates; batched matrix products."""
    unit = wv.unit
    cand = unit[:restrict_vocab] if restrict_vocab else unit
    n = len(cand)
    k = min(_TOPN + 3, n)
    out = np.empty((len(ids), k), dtype=np.int64)
    rank = np.empty(len(ids), dtype=np.int64)
    per = 3 if method == "3cosmul" else 1
    batch = max(1, _CELLS // max(n * per, 1))
    for start in range(0, len(ids), batch):
        if cancel is not None and cancel.is_set():
            raise EvaluationCancelled("analogy evaluation cancelled")
        q = ids[start : start + batch]
        ua, ub, uc = unit[q[:, 0]], unit[q[:, 1]], unit[q[:, 2]]
        if method == "3cosadd":
            query = ub + uc - ua
            norms = np.linalg.norm(query, axis=1, keepdims=True)
            query /= np.where(norms > 0, norms, 1.0)
            scores = query @ cand.T  # (B, n)
        elif method == "3cosmul":
            sb, sc, sa = ((1.0 + u @ cand.T) * 0.5 for u in (ub, uc, ua))
            scores = sb * sc / (sa + 1e-6)
        else:
            raise ValueError(f"method must be '3cosadd' or '3cosmul', not {method!r}")
        part = (
            np.argpartition(scores, n - k, axis=1)[:, n - k :]
            if k < n
            else (np.broadcast_to(np.arange(n), scores.shape))
        )
        vals = np.take_along_axis(scores, part, axis=1)
        order = np.lexsort((part, -vals), axis=1)
        out[start : start + len(q)] = np.take_along_axis(part, order, axis=1)
        rank[start : start + len(q)] = expected_ranks(scores, q[:, :3], q[:, 3])
        if progress is not None:
            progress(min(start + batch, len(ids)), len(ids))
    return out, rank
