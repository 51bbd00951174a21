"""A lock file beside an output, so that two runs writing the same path cannot both succeed.

The lock is ``.<name>.lock`` in the output's folder, created with ``O_CREAT | O_EXCL`` and
holding the owner's process id. A lock whose process is gone (a killed run) is taken over.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_HELD: set[Path] = set()  # locks this process holds (a save inside a locked run nests)


class LockedError(Exception):
    """Another running process is writing the same output."""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # LIMITED_QUERY
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_path(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    return path.with_name(f".{path.name}.lock")


def _owner(lock: Path) -> int | None:
    try:
        text = lock.read_text(encoding="ascii", errors="replace").strip()
    except FileNotFoundError:
        return None
    except OSError:
        return -1
    return int(text) if text.isdigit() else -1


def _create(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(f"{os.getpid()}\n")
    return True


def _young(lock: Path, seconds: float = 5.0) -> bool:
    try:
        return time.time() - lock.stat().st_mtime < seconds
    except OSError:
        return False


def _take_over(lock: Path, dead: int) -> None:
    """Move a dead run's lock out of the way; a live one that slipped in is put back."""
    aside = lock.with_name(f"{lock.name}.stale-{os.getpid()}")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return
    if _owner(aside) in (dead, -1):
        aside.unlink(missing_ok=True)
    else:  # another process took it over between our read and our rename
        with contextlib.suppress(OSError):
            os.rename(aside, lock)


def acquire(path: Path) -> bool:
    """Take the lock of ``path``; False when this process already holds it.

    Raises :class:`LockedError` naming the process that holds it, ``OSError`` when the
    folder cannot be written.
    """
    lock = lock_path(path)
    if lock in _HELD:
        return False
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        if _create(lock):
            _HELD.add(lock)
            return True
        owner = _owner(lock)
        if owner == -1 and _young(lock):  # being written this instant: its pid comes next
            owner = 0
        if owner == 0 or (owner is not None and owner > 0 and pid_alive(owner)
                          and owner != os.getpid()):
            raise LockedError(f"{Path(os.path.abspath(path))} is being written by another run "
                              f"(process {owner or '?'}); wait for it to finish or choose another "
                              "name")
        if owner is not None:
            _take_over(lock, owner)
    raise LockedError(f"could not take the lock {lock}: other runs keep taking it")


def release(path: Path) -> None:
    lock = lock_path(path)
    if lock in _HELD:
        _HELD.discard(lock)
        with contextlib.suppress(OSError):  # a folder made read-only meanwhile keeps it
            lock.unlink()


@contextlib.contextmanager
def output_lock(path: str | os.PathLike) -> Iterator[None]:
    """Hold the lock of ``path`` for the block (nested use in one process is allowed)."""
    path = Path(path)
    took = acquire(path)
    try:
        yield
    finally:
        if took:
            release(path)
