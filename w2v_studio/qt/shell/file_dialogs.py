"""File dialogs that start where the user last was (home the first time), and remember small
choices such as an export format, across sessions.

Remembered in the application's settings when the app named itself (``app.py`` does), else
only for this process (pages run alone, tests), so tests never touch the user's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_memory: dict[str, Any] = {}


def _settings() -> QSettings | None:
    return QSettings() if QCoreApplication.organizationName() else None


def recall(key: str, default: Any = None) -> Any:
    """A remembered choice (``dialogs/<key>``), or ``default``."""
    s = _settings()
    value = s.value(f"dialogs/{key}") if s is not None else _memory.get(key)
    return default if value in (None, "") else value


def remember(key: str, value: Any) -> None:
    s = _settings()
    if s is not None:
        s.setValue(f"dialogs/{key}", value)
    else:
        _memory[key] = value


def last_folder() -> str:
    """The folder of the last file or folder chosen in any dialog (home the first time)."""
    folder = recall("last_folder")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _chosen(path: str) -> Path | None:
    if not path:
        return None
    p = Path(path)
    remember("last_folder", str(p if p.is_dir() else p.parent))
    return p


def open_file(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, last_folder(), filters)
    return _chosen(path)


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, last_folder(), filters)
    for p in paths[:1]:
        _chosen(p)
    return [Path(p) for p in paths]


def open_folder(parent: QWidget | None, title: str) -> Path | None:
    return _chosen(QFileDialog.getExistingDirectory(parent, title, last_folder()))


def save_file(
    parent: QWidget | None, title: str, suggested: str | Path | None = None, filters: str = ""
) -> Path | None:
    """A path to write; ``suggested`` (a name, or a full path) starts in the last folder
    when it has no folder of its own."""
    start = Path(suggested) if suggested else Path("")
    if not start.is_absolute():
        start = Path(last_folder()) / start
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return _chosen(path)
