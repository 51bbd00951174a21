"""Evaluation results as plain data and back (for projects), and the per-question table as
TSV (``w2v-studio evaluate --questions``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from w2v_studio.core.evaluate.analogy import AnalogyResult, SectionScore
from w2v_studio.core.evaluate.diagnose import SkipReason
from w2v_studio.core.evaluate.files import FileOutcome
from w2v_studio.core.evaluate.questions import AnalogyQuestion, PairQuestion, UnknownWord
from w2v_studio.core.evaluate.similarity import SimilarityResult
from w2v_studio.core.workspace.atomic import atomic_write

Result = SimilarityResult | AnalogyResult


class RecordError(ValueError):
    """Saved evaluation results that cannot be read back; the message says which part."""


def outcome_to_dict(o: FileOutcome) -> dict[str, Any]:
    """One file's outcome as JSON-able data, every question included."""
    result = None if o.result is None else _plain(o.result)
    return {"path": o.path, "kind": o.kind, "error": o.error, "result": result}


def outcome_from_dict(d: Any) -> FileOutcome:
    """The inverse of :func:`outcome_to_dict`; raises ``RecordError`` naming the bad part."""
    if not isinstance(d, dict) or not isinstance(d.get("path"), str):
        raise RecordError("an evaluation result must be an object with a 'path'")
    kind = d.get("kind")
    if kind not in ("similarity", "analogy", None):
        raise RecordError(f"{d['path']}: unknown kind {kind!r}")
    raw = d.get("result")
    result: Result | None = None
    if raw is not None:
        cls = SimilarityResult if kind == "similarity" else AnalogyResult
        result = _build(cls, raw, d["path"])
    error = d.get("error")
    return FileOutcome(d["path"], kind, result, error if isinstance(error, str) else None)


def _plain(obj: Any) -> Any:
    """Dataclasses, tuples and floats as JSON values (NaN -> None)."""
    if is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple | list):
        return [_plain(v) for v in obj]
    if isinstance(obj, float) and obj != obj:
        return None
    return obj


# the dataclass each nested field holds (tuples of them where the field is a tuple)
_NESTED: dict[str, type] = {
    "sections": SectionScore, "semantic": SectionScore, "syntactic": SectionScore,
    "overall": SectionScore, "unknown": UnknownWord, "skip_reasons": SkipReason,
    "skip_reason": SkipReason,
}  # fmt: skip
_QUESTIONS = {SimilarityResult: PairQuestion, AnalogyResult: AnalogyQuestion}


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise RecordError(f"{where}: {cls.__name__} must be an object")
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        inner = _QUESTIONS.get(cls) if f.name == "questions" else _NESTED.get(f.name)
        if cls in (AnalogyQuestion, PairQuestion) and f.name == "unknown":
            inner = None  # a question's unknown words are plain strings
        if inner is not None and isinstance(value, list):
            value = tuple(_build(inner, v, where) for v in value)
        elif inner is not None and value is not None:
            value = _build(inner, value, where)
        elif isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        elif value is None and f.type == "float":
            value = float("nan")
        _check_type(f.type, value, f"{where}: {cls.__name__}.{f.name}")
        kwargs[f.name] = value
    try:
        return cls(**kwargs)
    except TypeError as e:
        raise RecordError(f"{where}: {cls.__name__} is incomplete ({e})") from e


_SIMPLE = {"int": (int,), "str": (str,), "float": (int, float), "bool": (bool, int)}


def _check_type(annotation: Any, value: Any, where: str) -> None:
    """Plain fields (``int``, ``str``, ``float``, ``bool``, optionally ``| None``) hold that."""
    name = str(annotation)
    optional = name.endswith(" | None")
    base = name.removesuffix(" | None")
    if base not in _SIMPLE or (optional and value is None):
        return
    if not isinstance(value, _SIMPLE[base]) or (base != "bool" and isinstance(value, bool)):
        raise RecordError(f"{where} should be {base}, not {type(value).__name__}")


QUESTION_COLUMNS = ["file", "kind", "section", "line", "word1", "word2", "word3", "expected",
                    "answer", "rank", "human", "model", "status", "unknown"]  # fmt: skip


def question_rows(results: Sequence[Result]) -> list[dict[str, object]]:
    """One row per question of every result (analogy: word1-3 = a, b, c)."""
    rows: list[dict[str, object]] = []
    for r in results:
        base = {"file": Path(r.path).name}
        for q in r.questions:
            row: dict[str, object] = {**base, "line": q.line, "status": q.status,
                                      "unknown": " ".join(q.unknown)}  # fmt: skip
            if isinstance(q, PairQuestion):
                row.update(kind="similarity", word1=q.word1, word2=q.word2, human=q.human,
                           model="" if q.model is None else f"{q.model:.6f}")  # fmt: skip
            else:
                row.update(kind="analogy", section=q.section, word1=q.a, word2=q.b, word3=q.c,
                           expected=q.expected, answer=q.answer or "",
                           rank="" if q.rank is None else q.rank)  # fmt: skip
            rows.append(row)
    return rows


def write_questions_tsv(path: str | os.PathLike, results: Sequence[Result]) -> Path:
    """The per-question table as UTF-8 TSV with a header line, written atomically."""
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(QUESTION_COLUMNS) + "\n")
        for row in question_rows(results):
            cells = (str(row.get(c, "")).replace("\t", " ") for c in QUESTION_COLUMNS)
            f.write("\t".join(cells) + "\n")
    return path
