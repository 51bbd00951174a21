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

if TYPE_CHECKING:
    from w2v_studio.core.vectors.word_vectors import AnalogyMethod, WordVectors

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

    @property
    def skipped_note(self) -> str:
        """A sentence about the malformed lines that were skipped ('' when none were)."""
        return skipped_lines_note(self.invalid_lines, "four words 'a b c d'")

    @property
    def skipped_share(self) -> float:
        q = self.overall.questions
        return self.overall.skipped / q if q else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = {
            k: v
            for k, v in asdict(self).items()
            if k not in ("sections", "semantic", "syntactic", "overall")
        }
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
) -> AnalogyResult:
    """Accuracy on an analogy file, per section, semantic/syntactic, and overall.

    Like gensim's ``evaluate_word_analogies`` (and ``compute-accuracy``): questions with a word
    outside the first ``restrict_vocab`` words are skipped and counted; answers are searched
    among those words; the question words are never the answer. ``case_insensitive`` folds
    only letters that have case. ``method="3cosmul"`` uses Levy & Goldberg's objective.

    Examples
    --------
    >>> r = evaluate_analogies(wv, "questions-words.txt", restrict_vocab=30_000)  # doctest: +SKIP
    >>> r.overall.accuracy, r.overall.answered, r.overall.skipped  # doctest: +SKIP
    (0.713, 10675, 8869)
    """
    sections, invalid = read_analogies(path)
    table = lookup_table(wv, restrict_vocab, case_insensitive)
    fold = fold_case if case_insensitive else _same
    has_gram = any(name.lower().startswith("gram") for name, _ in sections)
    ids: list[tuple[int, int, int]] = []
    asked: list[tuple[int, tuple[str, str, str], str]] = []  # (section, ignore, expected)
    skipped = [0] * len(sections)
    for s, (_, questions) in enumerate(sections):
        for _, words in questions:
            a, b, c, d = (fold(w) for w in words)
            ia, ib, ic, id_ = (table.get(w) for w in (a, b, c, d))
            if ia is None or ib is None or ic is None or id_ is None:
                skipped[s] += 1
                continue
            ids.append((ia, ib, ic))
            asked.append((s, (a, b, c), d))
    correct = [0] * len(sections)
    answered = [0] * len(sections)
    top = _top_answers(
        wv, np.array(ids, dtype=np.int64).reshape(-1, 3), restrict_vocab, method, progress, cancel
    )
    for (s, ignore, expected), row, q in zip(asked, top, ids, strict=True):
        excluded = set(q)
        predicted = None
        for i in [i for i in row.tolist() if i not in excluded][:_TOPN]:
            predicted = fold(wv.words[i])
            if predicted not in ignore:
                break
        answered[s] += 1
        correct[s] += predicted == expected
    scores = tuple(
        SectionScore(
            name, section_kind(name, str(path), has_gram), correct[s], answered[s], skipped[s]
        )
        for s, (name, _) in enumerate(sections)
    )
    return AnalogyResult(
        str(path),
        method,
        restrict_vocab,
        case_insensitive,
        scores,
        _group("semantic", scores),
        _group("syntactic", scores),
        _sum("overall", "unknown", scores),
        tuple(invalid),
    )


def _same(word: str) -> str:
    return word


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
) -> np.ndarray:
    """(Q, k) best rows for each question (a, b, c), best first; batched matrix products."""
    unit = wv.unit
    cand = unit[:restrict_vocab] if restrict_vocab else unit
    n = len(cand)
    k = min(_TOPN + 3, n)
    out = np.empty((len(ids), k), dtype=np.int64)
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
        if progress is not None:
            progress(min(start + batch, len(ids)), len(ids))
    return out
