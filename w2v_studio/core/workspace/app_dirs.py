"""Where the app keeps its own files: data (recovered models) and cache (downloads, corpora).

``$W2V_STUDIO_DATA_DIR`` overrides the data folder (tests, portable installs); otherwise it
follows the platform: ``$XDG_DATA_HOME/w2v-studio`` (``~/.local/share``) on Linux,
``~/Library/Application Support/w2v-studio`` on macOS, ``%APPDATA%\\w2v-studio`` on Windows.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from w2v_studio.core.workspace.downloads import default_cache_dir

APP = "w2v-studio"


def data_dir() -> Path:
    """The folder for files the app keeps for the user (not a cache: never cleaned)."""
    env = os.environ.get("W2V_STUDIO_DATA_DIR")
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / APP
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP


def cache_dir() -> Path:
    """The cache folder (downloads, tokenized corpora): ``downloads.default_cache_dir``."""
    return default_cache_dir()


def recovery_dir() -> Path:
    """Where a model goes when it cannot be written where the user asked."""
    return data_dir() / "recovered"


def new_recovery_folder(name: str) -> Path:
    """A path that does not exist yet in :func:`recovery_dir`, named after ``name`` and the time.

    >>> new_recovery_folder("my model").name.startswith("my model-")   # doctest: +SKIP
    True
    """
    stem = f"{name or 'model'}-{time.strftime('%Y%m%d-%H%M%S')}"
    root = recovery_dir()
    path, n = root / stem, 1
    while path.exists():
        n += 1
        path = root / f"{stem}-{n}"
    return path
