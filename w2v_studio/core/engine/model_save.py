"""Where a model folder may be written, and what happens when it cannot be.

A model is written only to a new path, an empty folder, or (with ``overwrite``) a folder that
already holds a model (its ``model.json`` says so). A user's other folders and files are
refused before anything is written, and never moved or deleted. The write holds a lock beside
the folder, so that two runs writing the same path cannot both succeed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from w2v_studio.core.workspace.atomic import NotReplaceable, atomic_dir
from w2v_studio.core.workspace.locks import LockedError, output_lock

FORMAT = "w2v-studio-model"  # the "format" of model.json (model.py writes and checks it)
Refusal = Literal["model", "folder", "file"]


class Saveable(Protocol):
    """A model that writes its folder (``TrainedModel``)."""

    def save(self, path: str | Path, *, overwrite: bool = True) -> Path: ...


class SaveRefused(Exception):
    """The path holds something a save must not replace; ``kind`` says what."""

    def __init__(self, path: Path, kind: Refusal) -> None:
        self.path, self.kind = path, kind
        text = {
            "model": f"{path} already holds a model; use --overwrite or another name",
            "folder": f"{path} is a folder with other files in it, not a model folder: nothing "
                      "was written there. Choose an empty folder or a new name",
            "file": f"{path} is a file, not a folder: it was left as it is. Choose another name",
        }[kind]
        super().__init__(text)


def is_model_folder(path: Path) -> bool:
    """Whether ``path`` is a folder whose ``model.json`` names this app's model format."""
    try:
        meta = json.loads((Path(path) / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("format") == FORMAT


def check_target(path: str | os.PathLike, overwrite: bool) -> None:
    """Raise :class:`SaveRefused` unless a model may be written at ``path``."""
    path = Path(os.path.abspath(path))
    if not os.path.lexists(path):
        return
    if path.is_symlink() or not path.is_dir():
        raise SaveRefused(path, "file")
    if not any(path.iterdir()):
        return
    if not is_model_folder(path):
        raise SaveRefused(path, "folder")
    if not overwrite:
        raise SaveRefused(path, "model")


@contextlib.contextmanager
def model_target(path: str | os.PathLike, overwrite: bool) -> Iterator[Path]:
    """A temp folder to write the model into; on success it takes the place of ``path``."""
    with output_lock(path):
        check_target(path, overwrite)
        try:
            with atomic_dir(path, may_replace=is_model_folder if overwrite else None) as tmp:
                yield tmp
        except NotReplaceable:  # something appeared at the path while the model was written
            check_target(path, overwrite)
            raise


def describe_failure(e: BaseException, path: Path) -> str:
    """Why a save failed, in words (no exception names)."""
    if isinstance(e, (SaveRefused, LockedError, NotReplaceable)):
        return str(e)
    if isinstance(e, OSError):
        reason = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                  errno.EACCES: "permission denied (the folder is read-only for you)",
                  errno.EPERM: "permission denied", errno.EROFS: "the disk is read-only",
                  errno.ENOENT: "the folder no longer exists",
                  errno.ENOTDIR: "a part of the path is a file, not a folder",
                  errno.EEXIST: "a file is in the way of the folder",
                  }.get(e.errno or 0, e.strerror or str(e))
        return f"could not write {path}: {reason}"
    return f"could not write {path}: {e}"


@dataclass
class SaveOutcome:
    """Where the model went: ``path`` as asked, or a recovery folder with ``problem`` saying why."""

    path: Path
    problem: str | None = None


def save_or_recover(model: Saveable, path: str | os.PathLike,
                    overwrite: bool) -> SaveOutcome:
    """Save to ``path``; if that fails, save to a new folder under the app's data folder.

    Raises ``OSError`` only when both fail (its message names both problems).
    """
    from w2v_studio.core.workspace.app_dirs import new_recovery_folder

    path = Path(os.path.abspath(path))
    try:
        model.save(path, overwrite=overwrite)
        return SaveOutcome(path)
    except (OSError, SaveRefused, LockedError) as e:
        problem = describe_failure(e, path)
    rescue = new_recovery_folder(path.name)
    try:
        model.save(rescue, overwrite=False)
    except (OSError, SaveRefused, LockedError) as e:
        raise OSError(f"{problem}; the recovery folder failed too: "
                      f"{describe_failure(e, rescue)}") from None
    return SaveOutcome(rescue, problem)
