"""The app's temporary folders: named with the owner's pid, removed on exit, swept if orphaned.

A run killed outright (SIGKILL, power loss) cannot clean up after itself; its folders are
``w2v-studio-<kind>-<pid>-<random>`` in the system temp folder, and the next run removes
those whose process is gone. Folders without a pid in the name are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from w2v_studio.core.workspace.locks import pid_alive

KINDS = ("ids", "snap")
_NAME = re.compile(r"^w2v-studio-(?:ids|snap)-(\d+)-[A-Za-z0-9_]+$")


def sweep_stale_temp_dirs(root: str | os.PathLike | None = None) -> list[Path]:
    """Remove the app's temp folders left by processes that no longer run; returns them."""
    root = Path(root if root is not None else tempfile.gettempdir())
    swept: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return swept
    for entry in entries:
        m = _NAME.match(entry.name)
        if m is None or not entry.is_dir(follow_symlinks=False) or pid_alive(int(m.group(1))):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        if not os.path.lexists(entry.path):
            swept.append(Path(entry.path))
    return swept


@contextlib.contextmanager
def app_temp_dir(kind: str) -> Iterator[Path]:
    """A fresh temp folder for ``kind`` (``"ids"``, ``"snap"``), removed when the block ends
    by any path (return, exception, generator closed); stale ones are swept first."""
    if kind not in KINDS:
        raise ValueError(f"unknown temp folder kind {kind!r}")
    sweep_stale_temp_dirs()
    with tempfile.TemporaryDirectory(prefix=f"w2v-studio-{kind}-{os.getpid()}-") as d:
        yield Path(d)
