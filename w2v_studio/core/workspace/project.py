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
        """Read a dict of any known schema version (older ones are migrated first); every
        field is checked for its type, and its paths must stay inside ``base`` (see
        :func:`check_path`)."""
        d = migrate(d)
        corpus = _section(d, "corpus")
        tok = _section(d, "tokenizer")
        train = _section(d, "train")
        try:
            config = TrainConfig.from_dict(train)  # unknown keys are ignored
        except (TypeError, ValueError) as e:
            raise ProjectError(f"field 'train': the training settings are not valid: {e}") from e
        files = _typed(corpus, "files", list, "corpus.", "a list of file paths")
        encodings = _typed(corpus, "encodings", dict, "corpus.", "an object of path: encoding")
        if not all(isinstance(e, str) for e in encodings.values()):
            raise ProjectError("field 'corpus.encodings' must map each path to an encoding name")
        model_dir = d.get("model_dir")
        return cls(
            corpus_files=tuple(
                check_path(p, base, f"corpus.files[{i}]") for i, p in enumerate(files)
            ),
            encodings={check_path(p, base, "corpus.encodings"): e for p, e in encodings.items()},
            column=_optional(corpus, "column", (str, int), "corpus."),
            field=_optional(corpus, "field", (str,), "corpus."),
            tokenizer=_optional(tok, "id", (str,), "tokenizer.") or "whitespace",
            tokenizer_options=_options(tok),
            train=config,
            model_dir=check_path(model_dir, base, "model_dir") if model_dir else None,
        )


_NESTED = "nested objects are not allowed there"


def _section(d: dict[str, Any], key: str) -> dict[str, Any]:
    value = d.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProjectError(f"field '{key}' must be an object, not {_shown(value)}")
    return value


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return "null" if value is None else f"a {type(value).__name__}"


def _typed(d: dict[str, Any], key: str, kind: type, prefix: str, meaning: str) -> Any:
    value = d.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ProjectError(f"field '{prefix}{key}' must be {meaning}, not {_shown(value)}")
    return value


def _optional(d: dict[str, Any], key: str, kinds: tuple[type, ...], prefix: str) -> Any:
    value = d.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
        names = " or ".join("text" if k is str else "a whole number" for k in kinds)
        raise ProjectError(f"field '{prefix}{key}' must be {names}, not {_shown(value)}")
    return value


def _options(tok: dict[str, Any]) -> dict[str, Any]:
    options = _typed(tok, "options", dict, "tokenizer.", "an object of option: value")
    for name, value in options.items():
        items = value if isinstance(value, list) else [value]
        if not all(v is None or isinstance(v, str | int | float | bool) for v in items):
            raise ProjectError(f"field 'tokenizer.options.{name}': {_NESTED}")
    return dict(options)


def check_path(p: Any, base: Path, field: str) -> str:
    """The absolute form of a path stored in a project file in ``base``.

    A relative path must stay inside the project's folder (``..`` leading out is refused). An
    absolute path is what :meth:`Project.to_dict` writes for a file kept elsewhere, so it is
    accepted, except a filesystem root, which would make the app read the whole disk.
    """
    if not isinstance(p, str) or not p.strip() or "\0" in p:
        raise ProjectError(f"field '{field}' must be a file path, not {_shown(p)}")
    q = Path(p)
    if q.is_absolute():
        if q == Path(q.anchor):
            raise ProjectError(f"field '{field}' is {p!r}, the root of a disk: choose the "
                               "corpus files or folders themselves")
        return str(q)
    base = Path(os.path.abspath(base))
    if not Path(os.path.abspath(base / q)).is_relative_to(base):
        raise ProjectError(f"field '{field}' is {p!r}, which leads outside the project's "
                           "folder; paths in a project are kept inside its folder")
    return str((base / q).resolve())


def migrate(d: dict[str, Any]) -> dict[str, Any]:
    """Bring a project dict up to ``PROJECT_SCHEMA_VERSION``.

    Version 1 (the first release) kept everything flat: ``corpus_files``, ``tokenizer`` (an id),
    ``tokenizer_options``, ``config`` and ``model``.
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
                           f"{_shown(data)}); open a file saved with File > Save project")
    try:
        return Project.from_dict(data, path.parent.resolve())
    except ProjectError as e:
        hint = "" if "Save project" in str(e) else (
            ". Correct it in the file, or open a project saved with File > Save project")
        raise ProjectError(f"{path}: {e}{hint}") from e


def _rel(p: str | os.PathLike, base: Path) -> str:
    p = Path(p)
    try:
        return Path(os.path.abspath(p)).relative_to(base).as_posix()
    except ValueError:
        return str(p)
