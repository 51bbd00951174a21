"""Field-by-field checks for project files: each names the field and says what it must be."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

NESTED = "nested objects are not allowed there"
MAX_JSON_DEPTH = 12  # free-form parts of a project (evaluation results) nest at most this deep


class ProjectError(Exception):
    """A project file that cannot be read; the message says which file and what to do."""


def shown(value: Any) -> str:
    """How a wrong value is named in a message: the text itself, else its kind."""
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return "null" if value is None else f"a {type(value).__name__}"


def section(d: dict[str, Any], key: str, prefix: str = "") -> dict[str, Any]:
    """The object ``d[key]`` ({} when absent or null)."""
    value = d.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProjectError(f"field '{prefix}{key}' must be an object, not {shown(value)}")
    return value


def typed(d: dict[str, Any], key: str, kind: type, prefix: str, meaning: str) -> Any:
    """``d[key]`` of type ``kind`` (``kind()`` when absent or null)."""
    value = d.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ProjectError(f"field '{prefix}{key}' must be {meaning}, not {shown(value)}")
    return value


def optional(d: dict[str, Any], key: str, kinds: tuple[type, ...], prefix: str) -> Any:
    """``d[key]`` when it is one of ``kinds`` (text or a whole number), or None."""
    value = d.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
        names = " or ".join("text" if k is str else "a whole number" for k in kinds)
        raise ProjectError(f"field '{prefix}{key}' must be {names}, not {shown(value)}")
    return value


def whole(d: dict[str, Any], key: str, prefix: str, low: int, high: int, default: int) -> int:
    """A whole number from ``low`` to ``high`` (``default`` when absent)."""
    value = optional(d, key, (int,), prefix)
    if value is None:
        return default
    if not low <= value <= high:
        raise ProjectError(f"field '{prefix}{key}' is {value}; it must be from {low:,} to "
                           f"{high:,}")
    return value


def choice(d: dict[str, Any], key: str, prefix: str, allowed: tuple[str, ...], default: str) -> str:
    """One of the texts ``allowed`` (``default`` when absent)."""
    value = optional(d, key, (str,), prefix)
    if value is None:
        return default
    if value not in allowed:
        raise ProjectError(f"field '{prefix}{key}' is {value!r}; it must be one of "
                           f"{', '.join(allowed)}")
    return value


def texts(d: dict[str, Any], key: str, prefix: str, meaning: str = "a list of words") -> list[str]:
    """A list of texts."""
    values = typed(d, key, list, prefix, meaning)
    if not all(isinstance(v, str) for v in values):
        raise ProjectError(f"field '{prefix}{key}' must be {meaning} (each one text)")
    return list(values)


def plain_json(value: Any, field: str, depth: int = 0) -> Any:
    """``value`` when it holds only JSON objects, lists, texts, numbers, true/false and null,
    nested at most ``MAX_JSON_DEPTH`` deep (free-form parts such as evaluation results)."""
    if depth > MAX_JSON_DEPTH:
        raise ProjectError(f"field '{field}' is nested too deeply")
    if isinstance(value, dict):
        for k, v in value.items():
            plain_json(v, f"{field}.{k}", depth + 1)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            plain_json(v, f"{field}[{i}]", depth + 1)
    elif value is not None and not isinstance(value, str | int | float | bool):
        raise ProjectError(f"field '{field}' holds {shown(value)}, which a project cannot hold")
    return value


def check_path(p: Any, base: Path, field: str) -> str:
    """The absolute form of a path stored in a project file in ``base``.

    A relative path must stay inside the project's folder (``..`` leading out is refused). An
    absolute path is what :meth:`Project.to_dict` writes for a file kept elsewhere, so it is
    accepted, except a filesystem root, which would make the app read the whole disk.
    """
    if not isinstance(p, str) or not p.strip() or "\0" in p:
        raise ProjectError(f"field '{field}' must be a file path, not {shown(p)}")
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


def optional_path(d: dict[str, Any], key: str, base: Path, prefix: str = "") -> str | None:
    """A path field that may be absent or null."""
    value = d.get(key)
    return check_path(value, base, prefix + key) if value else None


def paths(d: dict[str, Any], key: str, base: Path, prefix: str) -> tuple[str, ...]:
    """A list of paths, each checked with :func:`check_path`."""
    values = typed(d, key, list, prefix, "a list of file paths")
    return tuple(check_path(p, base, f"{prefix}{key}[{i}]") for i, p in enumerate(values))


def relative(p: str | os.PathLike, base: Path) -> str:
    """``p`` relative to ``base`` (with /) when it is inside it, else as it is."""
    p = Path(p)
    try:
        return Path(os.path.abspath(p)).relative_to(base).as_posix()
    except ValueError:
        return str(p)
