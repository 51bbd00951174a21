"""Project files: corpus, tokenizer and training settings as versioned JSON (no Qt)."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.workspace.atomic import atomic_write

PROJECT_SCHEMA_VERSION = 2
PROJECT_SUFFIX = ".w2vproj"


class ProjectError(Exception):
    """A project file that cannot be read; the message says which file and what to do."""


@dataclass(frozen=True)
class Project:
    """What a user sets up before training, saved so the work can be picked up again.

    >>> p = Project(corpus_files=("a.txt",), tokenizer="jieba")
    >>> Project.from_dict(p.to_dict(Path(".")), Path(".")).tokenizer
    'jieba'
    """

    corpus_files: tuple[str, ...] = ()
    encodings: dict[str, str] = dataclasses.field(
        default_factory=dict
    )  # path -> codec chosen by the user
    column: str | None = None  # CSV/TSV column holding the text
    field: str | None = None  # JSON Lines field holding the text
    tokenizer: str = "whitespace"
    tokenizer_options: dict[str, Any] = dataclasses.field(default_factory=dict)
    train: TrainConfig = dataclasses.field(default_factory=TrainConfig)
    model_dir: str | None = None

    def to_dict(self, base: Path) -> dict[str, Any]:
        """JSON-ready dict; paths inside ``base`` (the project's folder) are stored relative."""
        return {
            "schema_version": PROJECT_SCHEMA_VERSION,
            "corpus": {
                "files": [_rel(p, base) for p in self.corpus_files],
                "encodings": {_rel(p, base): e for p, e in self.encodings.items()},
                "column": self.column,
                "field": self.field,
            },
            "tokenizer": {"id": self.tokenizer, "options": dict(self.tokenizer_options)},
            "train": self.train.to_dict(),
            "model_dir": _rel(self.model_dir, base) if self.model_dir else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], base: Path) -> Project:
        """Read a dict of any known schema version (older ones are migrated first)."""
        d = migrate(d)
        corpus = d.get("corpus") or {}
        tok = d.get("tokenizer") or {}
        try:
            config = TrainConfig.from_dict(d.get("train") or {})  # unknown keys are ignored
        except (TypeError, ValueError) as e:
            raise ProjectError(f"the training settings are not valid: {e}") from e
        return cls(
            corpus_files=tuple(_abs(p, base) for p in corpus.get("files") or ()),
            encodings={_abs(p, base): e for p, e in (corpus.get("encodings") or {}).items()},
            column=corpus.get("column"),
            field=corpus.get("field"),
            tokenizer=str(tok.get("id") or "whitespace"),
            tokenizer_options=dict(tok.get("options") or {}),
            train=config,
            model_dir=_abs(d["model_dir"], base) if d.get("model_dir") else None,
        )


def migrate(d: dict[str, Any]) -> dict[str, Any]:
    """Bring a project dict up to ``PROJECT_SCHEMA_VERSION``.

    Version 1 (the first release) kept everything flat: ``corpus_files``, ``tokenizer`` (an id),
    ``tokenizer_options``, ``config`` and ``model``.
    """
    version = d.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise ProjectError(f"unknown schema_version {version!r}")
    if version > PROJECT_SCHEMA_VERSION:
        raise ProjectError(
            f"it was written by a newer Word2Vec Studio (schema {version}, this version reads "
            f"up to {PROJECT_SCHEMA_VERSION}); please update the app"
        )
    if version == 1:
        d = {
            "schema_version": 2,
            "corpus": {
                "files": list(d.get("corpus_files") or ()),
                "encodings": dict(d.get("encodings") or {}),
                "column": d.get("column"),
                "field": None,
            },
            "tokenizer": {
                "id": d.get("tokenizer") or "whitespace",
                "options": dict(d.get("tokenizer_options") or {}),
            },
            "train": dict(d.get("config") or {}),
            "model_dir": d.get("model"),
        }
    return d


def save_project(project: Project, path: str | os.PathLike) -> Path:
    """Write ``project`` atomically as JSON and return the path."""
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(PROJECT_SUFFIX)
    data = project.to_dict(path.parent.resolve())
    with atomic_write(path) as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def load_project(path: str | os.PathLike) -> Project:
    """Read a project file; raises ``ProjectError`` with a plain message when it cannot."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ProjectError(f"{path}: cannot be read ({e.strerror or e})") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ProjectError(
            f"{path}, line {e.lineno}: not a valid project file ({e.msg}); "
            "open a file saved with File > Save project"
        ) from e
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: not a project file (expected a JSON object)")
    try:
        return Project.from_dict(data, path.parent.resolve())
    except ProjectError as e:
        raise ProjectError(f"{path}: {e}") from e


def _rel(p: str | os.PathLike, base: Path) -> str:
    p = Path(p)
    try:
        return Path(os.path.abspath(p)).relative_to(base).as_posix()
    except ValueError:
        return str(p)


def _abs(p: str, base: Path) -> str:
    q = Path(p)
    return str(q if q.is_absolute() else (base / q).resolve())
