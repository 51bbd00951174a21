"""Project files: the whole workspace as versioned JSON (no Qt).

A project holds the corpus and its tokenizer, the training settings, the model (its folder),
the Compare tab's second model, the evaluation files with their last results, the map's
settings and the word sets. Paths inside the project's folder are stored relative to it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from w2v_studio.core.analysis.word_sets import WordSet
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.workspace.atomic import atomic_write
from w2v_studio.core.workspace.project_fields import (
    NESTED,
    ProjectError,
    check_path,
    optional,
    optional_path,
    paths,
    relative,
    section,
    shown,
    typed,
)
from w2v_studio.core.workspace.project_sections import (
    EvaluationState,
    MapSettings,
    second_model_from,
    word_sets_from_list,
    word_sets_to_list,
)

__all__ = ["PROJECT_SCHEMA_VERSION", "PROJECT_SUFFIX", "EvaluationState", "MapSettings",
           "Project", "ProjectError", "check_path", "load_project", "migrate", "save_project"]

PROJECT_SCHEMA_VERSION = 3
PROJECT_SUFFIX = ".w2vproj"


@dataclass(frozen=True)
class Project:
    """The user's workspace, saved so the work can be picked up again.

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
    second_model: str | None = None  # the Compare tab's model folder or vector file
    evaluation: EvaluationState = dataclasses.field(default_factory=EvaluationState)
    map: MapSettings = dataclasses.field(default_factory=MapSettings)
    word_sets: dict[str, WordSet] = dataclasses.field(default_factory=dict)  # role -> set

    def to_dict(self, base: Path) -> dict[str, Any]:
        """JSON-ready dict; paths inside ``base`` (the project's folder) are stored relative."""
        return {
            "schema_version": PROJECT_SCHEMA_VERSION,
            "corpus": {
                "files": [relative(p, base) for p in self.corpus_files],
                "encodings": {relative(p, base): e for p, e in self.encodings.items()},
                "column": self.column,
                "field": self.field,
            },
            "tokenizer": {"id": self.tokenizer, "options": dict(self.tokenizer_options)},
            "train": self.train.to_dict(),
            "model_dir": relative(self.model_dir, base) if self.model_dir else None,
            "compare": {
                "model": relative(self.second_model, base) if self.second_model else None
            },
            "evaluation": self.evaluation.to_dict(base),
            "map": self.map.to_dict(),
            "word_sets": word_sets_to_list(self.word_sets),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], base: Path) -> Project:
        """Read a dict of any known schema version (older ones are migrated first); every
        field is checked for its type, and its paths must stay inside ``base`` (see
        :func:`check_path`)."""
        d = migrate(d)
        corpus = section(d, "corpus")
        tok = section(d, "tokenizer")
        train = section(d, "train")
        try:
            config = TrainConfig.from_dict(train)  # unknown keys are ignored
        except (TypeError, ValueError) as e:
            raise ProjectError(f"field 'train': the training settings are not valid: {e}") from e
        encodings = typed(corpus, "encodings", dict, "corpus.", "an object of path: encoding")
        if not all(isinstance(e, str) for e in encodings.values()):
            raise ProjectError("field 'corpus.encodings' must map each path to an encoding name")
        return cls(
            corpus_files=paths(corpus, "files", base, "corpus."),
            encodings={check_path(p, base, "corpus.encodings"): e for p, e in encodings.items()},
            column=optional(corpus, "column", (str, int), "corpus."),
            field=optional(corpus, "field", (str,), "corpus."),
            tokenizer=optional(tok, "id", (str,), "tokenizer.") or "whitespace",
            tokenizer_options=_options(tok),
            train=config,
            model_dir=optional_path(d, "model_dir", base),
            second_model=second_model_from(d, base),
            evaluation=EvaluationState.from_dict(section(d, "evaluation"), base),
            map=MapSettings.from_dict(section(d, "map")),
            word_sets=word_sets_from_list(d.get("word_sets")),
        )


def _options(tok: dict[str, Any]) -> dict[str, Any]:
    options = typed(tok, "options", dict, "tokenizer.", "an object of option: value")
    for name, value in options.items():
        items = value if isinstance(value, list) else [value]
        if not all(v is None or isinstance(v, str | int | float | bool) for v in items):
            raise ProjectError(f"field 'tokenizer.options.{name}': {NESTED}")
    return dict(options)


def migrate(d: dict[str, Any]) -> dict[str, Any]:
    """Bring a project dict up to ``PROJECT_SCHEMA_VERSION``.

    Version 1 (the first release) kept everything flat: ``corpus_files``, ``tokenizer`` (an id),
    ``tokenizer_options``, ``config`` and ``model``. Version 2 had corpus, tokenizer, settings
    and model only; version 3 adds ``compare``, ``evaluation``, ``map`` and ``word_sets``
    (empty when migrated: the pages keep their defaults).
    """
    version = d.get("schema_version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectError(f"field 'schema_version' is {version!r}; this version reads 1 to "
                           f"{PROJECT_SCHEMA_VERSION}: open a file saved with File > Save project")
    if version > PROJECT_SCHEMA_VERSION:
        raise ProjectError(
            f"it was written by a newer Word2Vec Studio (schema {version}, this version reads "
            f"up to {PROJECT_SCHEMA_VERSION}); please update the app"
        )
    if version == 1:
        d = {
            "schema_version": 2,
            "corpus": {
                "files": d.get("corpus_files"),
                "encodings": d.get("encodings"),
                "column": d.get("column"),
                "field": None,
            },
            "tokenizer": {
                "id": d.get("tokenizer") or "whitespace",
                "options": d.get("tokenizer_options"),
            },
            "train": d.get("config"),
            "model_dir": d.get("model"),
        }
    if d["schema_version"] == 2:
        d = {**d, "schema_version": 3, "compare": None, "evaluation": None, "map": None,
             "word_sets": None}
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
    except RecursionError as e:
        raise ProjectError(f"{path}: not a project file (its JSON is nested too deeply); "
                           "open a file saved with File > Save project") from e
    except json.JSONDecodeError as e:
        raise ProjectError(
            f"{path}, line {e.lineno}: not a valid project file ({e.msg}); "
            "open a file saved with File > Save project"
        ) from e
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: not a project file (expected a JSON object, found "
                           f"{shown(data)}); open a file saved with File > Save project")
    try:
        return Project.from_dict(data, path.parent.resolve())
    except ProjectError as e:
        hint = "" if "Save project" in str(e) else (
            ". Correct it in the file, or open a project saved with File > Save project")
        raise ProjectError(f"{path}: {e}{hint}") from e
