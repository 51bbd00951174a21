"""Run several evaluation files at once: tell similarity from analogy files, write results CSV."""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from w2v_studio.core.evaluate.common import (
    DEFAULT_RESTRICT,
    EvaluationCancelled,
    EvaluationFileError,
)
from w2v_studio.core.evaluate.similarity import SimilarityResult, evaluate_similarity
from w2v_studio.core.vectors.io.text_reader import is_number
from w2v_studio.core.workspace.atomic import atomic_write

if TYPE_CHECKING:
    from w2v_studio.core.evaluate.analogy import AnalogyResult
    from w2v_studio.core.vectors.word_vectors import AnalogyMethod, WordVectors
    from w2v_studio.tokenizers.base import Tokenizer

FileKind = Literal["similarity", "analogy"]
# progress(file index, questions done, questions in this file)
FilesProgress = Callable[[int, int, int], None]


def sniff_kind(path: str | os.PathLike, max_lines: int = 200) -> FileKind:
    """Similarity (``w1 TAB w2 TAB score``) or analogy (``: section`` / ``a b c d``) file.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_text(": capitals\\nathens greece berlin germany\\n", encoding="utf-8")
    >>> sniff_kind(p)
    'analogy'
    """
    votes = {"similarity": 0, "analogy": 0}
    try:
        with open(path, encoding="utf-8-sig") as f:
            for n, line in enumerate(f):
                if n >= max_lines:
                    break
                if line.startswith(": "):
                    votes["analogy"] += 5
                    continue
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split()
                if len(fields) == 4:
                    votes["analogy"] += 1
                elif len(fields) == 3 and is_number(fields[2]):
                    votes["similarity"] += 1
    except FileNotFoundError as e:
        raise EvaluationFileError(f"{path}: file not found.") from e
    except UnicodeDecodeError as e:
        raise EvaluationFileError(f"{path}: not UTF-8 text; save it as UTF-8.") from e
    if votes["analogy"] == votes["similarity"] == 0:
        raise EvaluationFileError(
            f"{path}: neither a similarity file (word1 TAB word2 TAB score per line) nor an "
            "analogy file (': section' lines and 'a b c d' lines)."
        )
    return "analogy" if votes["analogy"] > votes["similarity"] else "similarity"


@dataclass(frozen=True)
class FileOutcome:
    """One file's result, or the reason it could not be evaluated."""

    path: str
    kind: FileKind | None
    result: SimilarityResult | AnalogyResult | None
    error: str | None = None


def evaluate_files(
    wv: WordVectors,
    paths: Sequence[str | os.PathLike],
    *,
    method: AnalogyMethod = "3cosadd",
    restrict_vocab: int | None = DEFAULT_RESTRICT,
    case_insensitive: bool = False,
    progress: FilesProgress | None = None,
    cancel: threading.Event | None = None,
    tokenizer: Tokenizer | None = None,
    lookup: bool = False,
) -> list[FileOutcome]:
    """Evaluate every file (similarity or analogy, by its content); a bad file does not stop the
    others (its ``error`` says why). Raises ``EvaluationCancelled`` when ``cancel`` is set.
    ``tokenizer`` and ``lookup`` as in ``evaluate_analogies``."""
    from w2v_studio.core.evaluate.analogy import evaluate_analogies

    out: list[FileOutcome] = []
    for i, path in enumerate(paths):
        if cancel is not None and cancel.is_set():
            raise EvaluationCancelled()
        kind: FileKind | None = None
        try:
            kind = sniff_kind(path)
            if kind == "similarity":
                res = evaluate_similarity(
                    wv, path, restrict_vocab=restrict_vocab, case_insensitive=case_insensitive,
                    tokenizer=tokenizer, lookup=lookup,
                )
            else:
                res = evaluate_analogies(
                    wv,
                    path,
                    restrict_vocab=restrict_vocab,
                    case_insensitive=case_insensitive,
                    method=method,
                    cancel=cancel,
                    tokenizer=tokenizer,
                    lookup=lookup,
                    progress=(lambda d, t, i=i: progress(i, d, t)) if progress else None,
                )
            out.append(FileOutcome(str(path), kind, res))
        except EvaluationFileError as e:
            out.append(FileOutcome(str(path), kind, None, str(e)))
        if progress:
            progress(i, 1, 1)
    return out


CSV_COLUMNS = ["file", "kind", "section", "section_kind", "correct", "answered", "skipped",
               "accuracy", "pairs", "used", "pearson", "spearman", "pearson_p", "spearman_p",
               "error"]  # fmt: skip


def outcome_rows(outcomes: Sequence[FileOutcome]) -> list[dict[str, object]]:
    """One row per similarity file, one per analogy section plus semantic/syntactic/overall."""
    rows: list[dict[str, object]] = []
    for o in outcomes:
        base = {"file": Path(o.path).name, "kind": o.kind or ""}
        if o.result is None:
            rows.append({**base, "error": o.error or ""})
        elif isinstance(o.result, SimilarityResult):
            r = o.result
            rows.append(
                {
                    **base,
                    "pairs": r.pairs,
                    "used": r.used,
                    "pearson": r.pearson,
                    "spearman": r.spearman,
                    "pearson_p": r.pearson_p,
                    "spearman_p": r.spearman_p,
                }
            )
        else:
            r = o.result
            parts = [*r.sections, r.semantic, r.syntactic, r.overall]
            for s in parts:
                if s is None:
                    continue
                rows.append(
                    {
                        **base,
                        "section": s.name,
                        "section_kind": s.kind,
                        "correct": s.correct,
                        "answered": s.answered,
                        "skipped": s.skipped,
                        "accuracy": s.accuracy,
                    }
                )
    return rows


def write_results_csv(path: str | os.PathLike, outcomes: Sequence[FileOutcome]) -> Path:
    """Write :func:`outcome_rows` as UTF-8 CSV (with BOM, so spreadsheet programs read Korean
    and Chinese correctly), atomically."""
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CSV_COLUMNS, restval="")
        w.writeheader()
        for row in outcome_rows(outcomes):
            w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return path
